"""Several bot instances on one database: one leads and pushes, the others stand by.

Two running bots (each with its own connections, as two machines behind a load balancer would
have) share one database. Exactly one pushes; when it stops, or loses its lock connection
(the server ends its session, for real), the other takes over and nobody gets a lesson twice.
Two claimers running at once on PostgreSQL never claim the same subscriber.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from datetime import timedelta

import pytest

from bot.app import PUSHER_KEY
from handlers.context import Services
from journey.clock import FakeClock
from push.jobs import PushJobs
from push.lock import PUSH_KEY
from storage import broadcasts, pushes, subscribers
from storage.db import Database, open_database, ts
from tests.balancer import Balancer
from tests.conftest import START, BotRunner
from tests.push.test_push import eventually, seed
from tgdouble.server import BotApiDouble

TICK = 0.1
FAST = {"push": True, "push_tick_seconds": TICK, "push_rate": 1000.0, "paid_broadcast": True}


def jobs(runner: BotRunner, index: int) -> PushJobs:
    found: PushJobs = runner.applications[index].bot_data[PUSHER_KEY]
    return found


async def nobody_due(services: Services) -> bool:
    db, now = services.require_db(), services.clock.now()
    return not await pushes.due_subscribers(db, now, pushes.DUE_START, 10)


def lessons_per_chat(double: BotApiDouble) -> Counter[int]:
    return Counter(d.chat_id for d in double.deliveries if d.text.startswith("Lesson "))


async def test_two_instances_on_one_database_only_one_pushes(
    double: BotApiDouble, runner: BotRunner, clock: FakeClock
) -> None:
    first = await runner.start(**FAST)
    await runner.start(**FAST)
    assert [jobs(runner, 0).leading, jobs(runner, 1).leading] == [True, False]
    chats = await seed(first, double, range(7000, 7300), clock.now())
    await eventually(lambda: nobody_due(first), 30)
    await asyncio.sleep(10 * TICK)  # ten more ticks: a second pusher would have sent by now
    per_chat = lessons_per_chat(double)
    assert set(per_chat) == set(chats), "everyone got the lesson"
    assert max(per_chat.values()) == 1, "nobody got it twice"
    assert not jobs(runner, 1).leading


async def test_when_the_leader_stops_the_other_instance_takes_over(
    double: BotApiDouble, runner: BotRunner, clock: FakeClock
) -> None:
    await runner.start(**FAST)
    second = await runner.start(**FAST)
    standby = jobs(runner, 1)
    assert not standby.leading
    await runner.stop(0)  # the leader stops (its lock goes with it)

    async def leads() -> bool:
        return standby.leading

    await eventually(leads, 10)
    chats = await seed(second, double, range(7000, 7100), clock.now())
    await eventually(lambda: nobody_due(second), 30)
    per_chat = lessons_per_chat(double)
    assert set(per_chat) == set(chats) and max(per_chat.values()) == 1


async def test_a_broadcast_nobody_is_sending_is_sent_once_by_the_leader_and_reported(
    double: BotApiDouble, runner: BotRunner, clock: FakeClock
) -> None:
    await runner.start(**FAST)
    standby = await runner.start(**FAST)
    db = standby.require_db()
    admin = double.user(42, first_name="Ops", started=True)
    chats = list(range(7000, 7050))
    double.add_users(chats)
    later = ts(clock.now()) + 86_400  # active, but no lesson due during the test
    await subscribers.import_subscribers(
        db, [(c, "08:00", "UTC", later) for c in chats], clock.now()
    )
    # Recorded through the standby, whose sender stopped before sending anything (as if killed):
    # no process holds the broadcast's lock.
    await broadcasts.create(db, admin.id, "<b>News</b> for everyone", clock.now())
    (report,) = await admin.wait_for_messages(1, timeout=20)
    assert "50 sent · 0 blocked · 0 unreachable · 0 failed" in report.text
    per_chat = Counter(d.chat_id for d in double.deliveries if d.text == "News for everyone")
    assert set(per_chat) == set(chats) and max(per_chat.values()) == 1
    await asyncio.sleep(10 * TICK)  # ten more ticks: nothing is sent again
    assert len(double.deliveries) == len(chats) + 1


async def lock_sessions(db: Database) -> list[int]:
    """Server processes holding the push lock (a bigint key: high and low 32 bits)."""
    rows = await db.fetchall(
        "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted"
        " AND classid = ? AND objid = ? AND objsubid = 1",
        (PUSH_KEY >> 32, PUSH_KEY & 0xFFFFFFFF),
    )
    return [int(row[0]) for row in rows]


@pytest.mark.postgresql
async def test_a_leader_that_loses_its_lock_connection_stops_and_the_other_takes_over(
    double: BotApiDouble,
    runner: BotRunner,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    first = await runner.start(**FAST, push_concurrency=4)
    second = await runner.start(**FAST, push_concurrency=4)
    leader, standby = jobs(runner, 0), jobs(runner, 1)
    double.latency = 0.01  # a push long enough to cut in the middle
    chats = await seed(first, double, range(7000, 7400), clock.now())

    async def under_way() -> bool:
        return len(double.deliveries) >= 40

    await eventually(under_way, 30)
    (pid,) = await lock_sessions(first.require_db())
    await first.require_db().execute("SELECT pg_terminate_backend(?)", (pid,))
    assert len(double.deliveries) < len(chats), "the push was over before the cut"

    async def handed_over() -> bool:
        return standby.leading and not leader.leading

    await eventually(handed_over, 10)
    await eventually(lambda: nobody_due(second), 30)
    per_chat = lessons_per_chat(double)
    assert set(per_chat) == set(chats), "everyone got the lesson"
    assert max(per_chat.values()) == 1, "the old leader's claims were left to it, not repeated"
    lost = [r for r in caplog.records if "Lost the push lock" in r.getMessage()]
    assert [r.levelno for r in lost] == [logging.WARNING], "one warning, once"
    assert "password" not in lost[0].getMessage()
    assert len(await lock_sessions(second.require_db())) == 1, "one leader, not two"


@pytest.mark.postgresql
async def test_two_concurrent_claimers_never_claim_the_same_subscriber(
    database: Database, database_url: str
) -> None:
    now = START
    everyone = range(20_000, 21_500)
    rows = [(chat_id, "08:00", "UTC", ts(now)) for chat_id in everyone]
    await subscribers.import_subscribers(database, rows, now)
    other = await open_database(database_url)

    async def claimer(db: Database, process: str) -> list[int]:
        got: list[int] = []
        cursor, n = pushes.DUE_START, 0
        while batch := await pushes.due_subscribers(db, now, cursor, 50):
            cursor, n = batch[-1].cursor, n + 1
            wanted = [pushes.Claim(sub, "origins") for sub in batch]
            claimed, _ = await pushes.claim(db, wanted, f"{process}{n:08x}", process, now)
            got += [c.subscriber.chat_id for c in claimed]
        return got

    try:
        a, b = await asyncio.gather(claimer(database, "a" * 32), claimer(other, "b" * 32))
    finally:
        await other.close()
    print(f"claimed: {len(a)} by one, {len(b)} by the other")
    assert len(a) == len(set(a)) and len(b) == len(set(b))
    assert not set(a) & set(b), "no subscriber claimed by both"
    assert set(a) | set(b) == set(everyone), "every due subscriber claimed by one of them"
    rows = await database.fetchall("SELECT chat_id, claim_token FROM subscribers")
    owners = {int(r[0]): str(r[1])[:1] for r in rows}
    assert all(owners[c] == "a" for c in a) and all(owners[c] == "b" for c in b)


@pytest.mark.postgresql
async def test_another_process_claim_is_taken_over_only_after_the_ttl(database: Database) -> None:
    now = START
    await subscribers.import_subscribers(
        database, [(c, "08:00", "UTC", ts(now)) for c in (1, 2, 3)], now
    )
    wanted = [
        pushes.Claim(s, "origins")
        for s in await pushes.due_subscribers(database, now, pushes.DUE_START, 10)
    ]
    mine, _ = await pushes.claim(database, wanted, "a" * 33, "a" * 32, now, ttl=60)
    assert len(mine) == 3
    early = now + timedelta(seconds=59)
    theirs, _ = await pushes.claim(database, wanted, "b" * 33, "b" * 32, early, ttl=60)
    assert theirs == [], "a live claim is left to its process"
    late = now + timedelta(seconds=60)
    theirs, _ = await pushes.claim(database, wanted, "b" * 34, "b" * 32, late, ttl=60)
    assert len(theirs) == 3, "an abandoned claim is taken over"


async def test_a_broadcast_confirmed_where_the_push_does_not_run_is_sent_by_the_leader(
    double: BotApiDouble, runner: BotRunner, clock: FakeClock
) -> None:
    # Two instances in webhook mode. The second registers its balancer last, so Telegram posts
    # every update to it; the first leads the push. Bulk sends all go out through the leader,
    # which paces them together against Telegram's bot-wide limit.
    elsewhere, front = Balancer("s3cret-elsewhere"), Balancer("s3cret-front")
    for balancer in (elsewhere, front):
        await balancer.start()
    try:
        await runner.start(**FAST, behind=elsewhere)
        standby = await runner.start(**FAST, behind=front)
        assert [jobs(runner, 0).leading, jobs(runner, 1).leading] == [True, False]
        chats = list(range(7000, 7050))
        double.add_users(chats)
        later = ts(clock.now()) + 86_400  # active, but no lesson due during the test
        rows = [(c, "08:00", "UTC", later) for c in chats]
        await subscribers.import_subscribers(standby.require_db(), rows, clock.now())
        admin = double.user(42, first_name="Ops", started=True)
        await admin.send("/broadcast <b>News</b> for everyone")
        _preview, prompt = await admin.wait_for_messages(2)
        await admin.tap(prompt, "📣 Send to 50")
        await admin.wait_for_edit(prompt)
        assert "Queued for 50 subscribers" in prompt.text, prompt.text
        (report,) = await admin.wait_for_messages(1, timeout=20)
        assert "50 sent · 0 blocked · 0 unreachable · 0 failed" in report.text
        sent = [d.chat_id for d in double.deliveries if d.text == "News for everyone"]
        per_chat = Counter(chat for chat in sent if chat != admin.id)  # the admin saw a preview
        assert set(per_chat) == set(chats) and max(per_chat.values()) == 1
        assert not elsewhere.passed and sum(front.passed.values()) == 2, "both went to the front"
    finally:
        for balancer in (elsewhere, front):
            await balancer.stop()
