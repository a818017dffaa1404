"""Claims and records of the daily push, on both engines: one atomic step per subscriber."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage import pushes, subscribers
from storage.db import Database, ts

NOW = datetime(2026, 11, 3, 8, 0, tzinfo=UTC)
DAY = 86_400


@pytest.fixture
async def db(database: Database) -> Database:
    """Three subscribers due now, on a SQLite file and then on a PostgreSQL database."""
    rows = [(chat_id, "08:00", "UTC", ts(NOW)) for chat_id in (1, 2, 3)]
    await subscribers.import_subscribers(database, rows, NOW)
    return database


async def due(db: Database) -> list[pushes.DueSubscriber]:
    return await pushes.due_subscribers(db, NOW, pushes.DUE_START, 100)


def delivered(sub: pushes.DueSubscriber, claim: str) -> pushes.PushOutcome:
    return pushes.PushOutcome(
        sub.chat_id, sub.round, sub.next_due_at, "active", ts(NOW) + DAY, "origins", claim
    )


def lost(sub: pushes.DueSubscriber, claim: str) -> pushes.PushOutcome:
    """The answer was lost: released, left due, the send still counted."""
    return pushes.PushOutcome(
        sub.chat_id, sub.round, sub.next_due_at, "active", sub.next_due_at, None, claim
    )


async def deliveries(db: Database) -> list[int]:
    return [row[0] for row in await db.fetchall("SELECT chat_id FROM deliveries ORDER BY 1")]


async def test_a_delivery_is_recorded_only_while_the_claim_holds(db: Database) -> None:
    wanted = [pushes.Claim(sub, "origins") for sub in await due(db)]
    mine, _ = await pushes.claim(db, wanted, "A" * 32 + "1", "A" * 32, NOW)
    assert len(mine) == 3
    # This process died; once its claims are older than the claim TTL (at once on SQLite, where
    # one process pushes) the next one claims the same subscribers, and the first one's late
    # record must not count.
    later = NOW + timedelta(seconds=pushes.CLAIM_TTL)
    theirs, _ = await pushes.claim(db, wanted, "B" * 32 + "1", "B" * 32, later)
    assert len(theirs) == 3
    held = await pushes.record_push_outcomes(
        db, [delivered(c.subscriber, "A" * 32 + "1") for c in mine], NOW
    )
    assert held == 0
    assert await deliveries(db) == []
    assert len(await due(db)) == 3, "still due: the second claim's sends decide"
    held = await pushes.record_push_outcomes(
        db, [delivered(c.subscriber, "B" * 32 + "1") for c in theirs], NOW
    )
    assert held == 3
    assert await deliveries(db) == [1, 2, 3]
    assert await due(db) == []


async def test_a_process_never_claims_its_own_claims_twice(db: Database) -> None:
    wanted = [pushes.Claim(sub, "origins") for sub in await due(db)]
    first, _ = await pushes.claim(db, wanted, "A" * 32 + "1", "A" * 32, NOW)
    again, _ = await pushes.claim(db, wanted, "A" * 32 + "2", "A" * 32, NOW)
    assert (len(first), len(again)) == (3, 0)


async def test_a_pause_while_in_flight_is_kept_and_the_lesson_recorded(db: Database) -> None:
    (sub, *_rest) = await due(db)
    claimed, _ = await pushes.claim(db, [pushes.Claim(sub, "origins")], "A" * 33, "A" * 32, NOW)
    assert len(claimed) == 1
    await subscribers.set_status(db, sub.chat_id, "paused", NOW)
    assert await pushes.record_push_outcomes(db, [delivered(sub, "A" * 33)], NOW) == 1
    found = await subscribers.get_subscriber(db, sub.chat_id)
    assert found is not None and found.status == "paused" and found.next_due_at is None
    assert await deliveries(db) == [sub.chat_id]


async def test_two_lost_answers_put_the_lesson_off_for_a_day(db: Database) -> None:
    process = "A" * 32
    for n in (1, 2):
        (sub, *_rest) = await due(db)
        claimed, held = await pushes.claim(
            db, [pushes.Claim(sub, "origins")], f"{process}{n}", process, NOW
        )
        assert (len(claimed), held) == (1, 0)
        await pushes.record_push_outcomes(db, [lost(sub, f"{process}{n}")], NOW)
    (sub, *_rest) = await due(db)
    claimed, held = await pushes.claim(
        db, [pushes.Claim(sub, "origins")], f"{process}3", process, NOW
    )
    assert (claimed, held) == ([], 1)
    found = await subscribers.get_subscriber(db, sub.chat_id)
    assert found is not None and found.next_due_at == ts(NOW) + DAY
    # A day later the allowance starts afresh.
    later = NOW + timedelta(days=1, seconds=1)
    again = await pushes.due_subscribers(db, later, pushes.DUE_START, 100)
    mine = [pushes.Claim(s, "origins") for s in again if s.chat_id == sub.chat_id]
    claimed, held = await pushes.claim(db, mine, f"{process}4", process, later)
    assert (len(claimed), held) == (1, 0)


@pytest.mark.sqlite  # SQLite's query plan
async def test_a_broadcast_batch_reads_only_its_batch(db: Database) -> None:
    rows = await db.fetchall(
        "EXPLAIN QUERY PLAN SELECT chat_id FROM broadcast_recipients WHERE broadcast_id = ?"
        " AND state = ? ORDER BY chat_id LIMIT ?",
        (1, "pending", 32),
    )
    plan = " | ".join(str(row[3]) for row in rows)
    assert "USING COVERING INDEX broadcast_recipients_todo" in plan, plan
    assert "TEMP B-TREE" not in plan, plan
