"""Operator tools: /stats, /broadcast, /reload for ADMIN_IDS only, and the online backup."""

from __future__ import annotations

import asyncio
import os
import shutil
import sqlite3
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest
from telegram import Bot

from handlers.context import Services
from journey.clock import FakeClock
from push.broadcast import SendReport, send_paced
from settings.config import Config
from storage import coursework, subscribers
from tests.conftest import TOKEN, BotRunner
from tests.launcher import Launcher
from tgdouble.server import BotApiDouble
from tgdouble.users import SimulatedUser

ADMIN = 42  # conftest's config.admin_ids


async def start(double: BotApiDouble, user_id: int, name: str) -> SimulatedUser:
    user = double.user(user_id, first_name=name, language_code="en")
    await user.send("/start")
    await user.wait_for_messages(2)
    return user


async def test_the_tools_are_invisible_to_everyone_else(
    double: BotApiDouble, bot: Services
) -> None:
    alice = double.user(1001, first_name="Alice")
    await alice.send("/nonsense")
    (unknown,) = await alice.wait_for_messages(1)
    for command in ("/stats", "/broadcast Free pizza", "/reload"):
        await alice.send(command)
        (reply,) = await alice.wait_for_messages(1)
        assert (reply.html, reply.buttons) == (unknown.html, unknown.buttons), command

    # A forged confirm button for a real pending announcement sends nothing.
    admin = double.user(ADMIN, first_name="Ops")
    await admin.send("/broadcast Hello everyone")
    _preview, prompt = await admin.wait_for_messages(2)
    data = prompt.buttons[0].callback_data
    query = double.press(alice, alice.messages[0], data)
    answer = await alice.wait_for_answer(query)
    assert "expired" in (answer.text or "")
    await asyncio.sleep(0.2)
    assert [d.chat_id for d in double.deliveries if d.text == "Hello everyone"] == [ADMIN]
    assert await subscribers.get_subscriber(bot.require_db(), alice.id) is None


async def test_stats_counts_statuses_lessons_funnel_and_check_ins(
    double: BotApiDouble, bot: Services, clock: FakeClock
) -> None:
    db, course = bot.require_db(), bot.require_course()
    lessons = [lesson.id for lesson in course.lessons]
    now = clock.now()
    statuses = ["active", "active", "paused", "stopped", "blocked", "unreachable", "finished"]
    for chat_id, status in enumerate(statuses, start=1):
        await subscribers.subscribe(db, chat_id, f"Person {chat_id}", "en", now)
        await subscribers.set_status(db, chat_id, status, now)
    # Who got how far, and when: 4 reached lesson 1, 2 reached lesson 2, 1 reached lesson 3.
    sent = [
        (1, lessons[0], now - timedelta(days=10)),
        (1, lessons[1], now - timedelta(days=3)),
        (1, lessons[2], now),
        (2, lessons[0], now - timedelta(days=3)),
        (2, lessons[1], now - timedelta(hours=1)),
        (3, lessons[0], now - timedelta(days=8)),
        (4, lessons[0], now - timedelta(days=6, hours=8)),  # Tuesday 01:00: inside 7 days
    ]
    for chat_id, lesson_id, when in sent:
        await coursework.record_delivery(db, chat_id, 1, lesson_id, "push", when)
    for chat_id, correct in ((1, True), (2, True), (3, False)):
        await coursework.record_answer(db, chat_id, 1, lessons[0], "a", correct, now)

    admin = double.user(ADMIN, first_name="Ops")
    await admin.send("/stats")
    (reply,) = await admin.wait_for_messages(1)
    text = reply.text
    assert "Subscribers: 7" in text
    assert "active 2 · paused 1 · stopped 1 · blocked 1 · finished 1 · unreachable 1" in text
    assert "Lessons sent: 2 today · 5 in the last 7 days" in text
    rows = {line.split()[1]: line.split()[2:] for line in text.splitlines() if line[:2].strip()}
    assert rows[lessons[0][:12]] == ["4", "100%", "2/3", "67%"]
    assert rows[lessons[1][:12]] == ["2", "50%", "–"]
    assert rows[lessons[2][:12]] == ["1", "25%", "–"]
    assert rows[lessons[3][:12]] == ["0", "0%", "–"]
    assert any(entity["type"] == "pre" for entity in reply.entities)
    assert len(text) < 2000


async def test_broadcast_preview_confirm_and_report(double: BotApiDouble, bot: Services) -> None:
    db = bot.require_db()
    admin = await start(double, ADMIN, "Ops")
    alice = await start(double, 1001, "Alice")
    bob = await start(double, 1002, "Bob")
    dave = await start(double, 1003, "Dave")
    await dave.send("/pause")
    await dave.wait_for_messages(1)
    double.deactivate(bob.id)  # Telegram will answer 403; the database still says active
    await subscribers.subscribe(
        db, 555, "Carol", None, bot.clock.now()
    )  # a chat Telegram doesn't know

    await admin.send("/broadcast <b>New page:</b> side effects & safety.\nSee /cautions")
    preview, prompt = await admin.wait_for_messages(2)
    assert preview.html == "<b>New page:</b> side effects &amp; safety.\nSee /cautions"
    assert preview.text == "New page: side effects & safety.\nSee /cautions"
    assert "Send it to 4 active subscribers?" in prompt.text
    assert [b.text for b in prompt.buttons] == ["📣 Send to 4", "Cancel"]

    await admin.tap(prompt, "📣 Send to 4")
    await admin.wait_for_edit(prompt)
    assert "Sending to 4 subscribers" in prompt.text and not prompt.buttons
    announcement, report = await admin.wait_for_messages(2, timeout=10)
    assert announcement.html == preview.html
    assert "2 sent · 1 blocked · 1 unreachable · 0 failed" in report.text

    (received,) = await alice.wait_for_messages(1)
    assert (received.html, received.entities) == (preview.html, preview.entities)
    assert dave.read() == []  # paused people are left alone
    assert (await subscribers.get_subscriber(db, bob.id)).status == "blocked"
    assert (await subscribers.get_subscriber(db, 555)).status == "unreachable"

    # A second tap on the same confirmation sends nothing more.
    query = double.press(admin, prompt, prompt.edits[0].buttons[0].callback_data)
    await admin.wait_for_answer(query)
    await admin.wait_for_edit(prompt)
    assert "already sent or cancelled" in prompt.text
    assert sum(d.chat_id == alice.id for d in double.deliveries if d.html == preview.html) == 1


async def test_broadcast_escapes_text_that_is_not_telegram_html(
    double: BotApiDouble, bot: Services
) -> None:
    admin = await start(double, ADMIN, "Ops")
    alice = await start(double, 1001, "Alice")
    await admin.send("/broadcast Doses <5 mg are <blink>rare</blink>")
    preview, prompt = await admin.wait_for_messages(2)
    assert preview.text == "Doses <5 mg are <blink>rare</blink>"
    await admin.tap(prompt, "Cancel")
    await admin.wait_for_edit(prompt)
    assert "Cancelled. Nothing was sent." in prompt.text
    await asyncio.sleep(0.2)
    assert alice.read() == []


@pytest.mark.parametrize(
    "announcement",
    [
        "The bot will be down for maintenance tonight",
        "Thinking about suicide? You are not alone: /sos lists people you can talk to right now.",
    ],
)
async def test_an_announcement_is_previewed_whatever_its_words(
    double: BotApiDouble, bot: Services, announcement: str
) -> None:
    # The operator's text is addressed to the subscribers: it gets its preview, not a check-in.
    admin = await start(double, ADMIN, "Ops")
    await admin.send(f"/broadcast {announcement}")
    preview, prompt = await admin.wait_for_messages(2)
    assert preview.text == announcement
    assert "Send it to 1 active subscribers?" in prompt.text

    # Anyone else typing the same gets the safety reply first, as with any message.
    alice = await start(double, 1001, "Alice")
    await alice.send("/broadcast Thinking about suicide? I am.")
    (reply,) = await alice.wait_for_messages(1)
    assert "988" in reply.text or "suicide" in reply.text.lower()


async def test_broadcast_without_text_explains_itself(double: BotApiDouble, bot: Services) -> None:
    admin = double.user(ADMIN, first_name="Ops")
    await admin.send("/broadcast")
    (reply,) = await admin.wait_for_messages(1)
    assert reply.text.startswith("Usage: /broadcast text")


async def test_broadcast_waits_out_flood_control(double: BotApiDouble, runner: BotRunner) -> None:
    services = await runner.start(push=True)  # the broadcast shares the push's pacing
    assert services.pacer is not None
    admin = await start(double, ADMIN, "Ops")
    alice = await start(double, 1001, "Alice")
    double.inject_fault("flood", method="sendmessage", chat_id=alice.id, retry_after=1)
    await admin.send("/broadcast Reading week: no new lessons until Monday.")
    _preview, prompt = await admin.wait_for_messages(2)
    await admin.tap(prompt, "📣 Send to 2")
    _announcement, report = await admin.wait_for_messages(2, timeout=10)
    assert "2 sent · 0 blocked · 0 unreachable · 0 failed" in report.text
    (received,) = await alice.wait_for_messages(1)
    assert received.text.startswith("Reading week")
    assert double.counters.faults["flood"] == 1
    assert services.pacer.paused_seconds > 0  # pushes waited with it


async def test_send_paced_keeps_to_the_rate(double: BotApiDouble) -> None:
    double.add_users(range(5000, 5030))
    failures: list[tuple[int, str]] = []

    async def on_error(chat_id: int, outcome: str) -> None:
        failures.append((chat_id, outcome))

    async with Bot(TOKEN, base_url=double.base_url) as telegram_bot:
        report: SendReport = await send_paced(
            telegram_bot,
            [*range(5000, 5030), 9999],
            "Hello",
            rate=20,
            concurrency=8,
            on_error=on_error,
        )
    assert (report.sent, report.unreachable, report.failed) == (30, 1, 0)
    assert failures == [(9999, "unreachable")]
    times = sorted(d.time for d in double.deliveries)
    assert times[-1] - times[0] >= 29 / 20 - 0.1
    assert max(sum(t <= s < t + 1 for s in times) for t in times) <= 21


async def test_reload_swaps_content_only_when_it_is_valid(
    double: BotApiDouble, runner: BotRunner, config: Config, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(config.content_dir, content)
    services = await runner.start(content_dir=content)
    admin = double.user(ADMIN, first_name="Ops")
    before = services.require_course()

    lesson_file = content / "lessons" / "origins.yaml"
    good = lesson_file.read_text()
    lesson_file.write_text(
        good.replace("Ketamine is not a new drug.", "Ketamine is not a <blink>new</blink> drug.")
    )
    await admin.send("/reload")
    (failed,) = await admin.wait_for_messages(1)
    assert "Content not reloaded" in failed.text
    assert "<blink> is not a tag Telegram supports" in failed.text  # shown, escaped
    assert services.require_course() is before

    lesson_file.write_text(good.replace("title: Where ketamine came from", "title: Origins"))
    await admin.send("/reload")
    (done,) = await admin.wait_for_messages(1)
    assert done.text.startswith(f"✅ Content reloaded: {len(before.lessons)} lessons")
    assert services.require_course() is not before
    assert services.require_course().lessons[0].title == "Origins"


# -- backup --------------------------------------------------------------------------------------


async def run_cli(launcher: Launcher, *args: str, cwd: Path) -> tuple[int, str, str]:
    """`python -m bot ARGS` in ``cwd``, as a process of its own (a fork: tests.launcher)."""
    env = dict(os.environ)
    env.pop("TELEGRAM_BOT_TOKEN", None)
    with tempfile.TemporaryDirectory() as outputs:
        out, err = Path(outputs, "out"), Path(outputs, "err")
        command = launcher.start(list(args), env, cwd, out, stderr=err)
        try:
            code = await command.wait_async(60)
        except TimeoutError:
            raise AssertionError(f"python -m bot {' '.join(args)} did not finish in 60 s") from None
        finally:
            await asyncio.to_thread(command.kill)
        return code, await asyncio.to_thread(out.read_text), await asyncio.to_thread(err.read_text)


def table_rows(path: Path) -> dict[str, set[tuple]]:
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {table: set(conn.execute(f'SELECT * FROM "{table}"')) for table in tables}


@pytest.mark.sqlite  # PostgreSQL is backed up with its own tools
async def test_backup_while_the_bot_runs_and_writes(
    double: BotApiDouble, bot: Services, config: Config, tmp_path: Path, launcher: Launcher
) -> None:
    db = bot.require_db()
    alice = await start(double, 1001, "Alice")
    writing = asyncio.Event()
    stop = asyncio.Event()

    async def writer() -> int:
        chat_id = 100_000
        while not stop.is_set():
            chat_id += 1
            async with db.transaction() as conn:  # both rows or neither, in any snapshot
                await conn.execute(
                    "INSERT INTO subscribers (chat_id, first_name, created_at, updated_at)"
                    " VALUES (?, 'Writer', 0, 0)",
                    (chat_id,),
                )
                await conn.execute(
                    "INSERT INTO deliveries (chat_id, round, lesson_id, via, delivered_at)"
                    " VALUES (?, 1, 'origins', 'push', 0)",
                    (chat_id,),
                )
            writing.set()
            await asyncio.sleep(0)
        return chat_id - 100_000

    task = asyncio.create_task(writer())
    await writing.wait()
    copy = tmp_path / "backups" / "copy.sqlite3"
    code, out, err = await run_cli(
        launcher, "backup", str(copy), "--database", str(config.database_path), cwd=tmp_path
    )
    await alice.send("/next")  # the bot keeps answering meanwhile
    await alice.wait_for_messages(1)
    stop.set()
    written = await task
    assert (code, err) == (0, ""), err
    assert f"Backed up {config.database_path} to {copy}" in out
    assert sorted(p.name for p in copy.parent.iterdir()) == ["copy.sqlite3"]

    live, copied = table_rows(config.database_path), table_rows(copy)
    assert written > 0 and copied["subscribers"]
    assert set(copied) == set(live)
    for table, rows in copied.items():
        assert rows <= live[table], table  # a snapshot: nothing the live database never had
    # Each writer row came with its delivery, written in one transaction: the copy is a
    # consistent snapshot, not a file copied while it changed.
    writers = {row[0] for row in copied["subscribers"] if row[1] == "Writer"}
    assert writers == {row[0] for row in copied["deliveries"] if row[0] > 100_000}

    # Once writes stop, a fresh backup holds exactly the same rows.
    code, _out, err = await run_cli(
        launcher, "backup", str(copy), "--database", str(config.database_path), cwd=tmp_path
    )
    assert code == 0, err
    assert table_rows(copy) == table_rows(config.database_path)


async def test_backup_errors_are_one_clear_line(tmp_path: Path, launcher: Launcher) -> None:
    missing = tmp_path / "missing.sqlite3"
    code, _out, err = await run_cli(
        launcher, "backup", str(tmp_path / "x"), "--database", str(missing), cwd=tmp_path
    )
    assert code == 1 and err.strip() == f"No database at {missing}"

    source = tmp_path / "live.sqlite3"
    with sqlite3.connect(source) as conn:
        conn.execute("CREATE TABLE t (x)")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    code, _out, err = await run_cli(
        launcher, "backup", str(blocker / "copy.sqlite3"), "--database", str(source), cwd=tmp_path
    )
    assert code == 1
    assert err.startswith(f"Backup of {source} to {blocker / 'copy.sqlite3'} failed:")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1

    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("hello " * 200)
    code, _out, err = await run_cli(
        launcher,
        "backup",
        str(tmp_path / "copy.sqlite3"),
        "--database",
        str(not_a_database),
        cwd=tmp_path,
    )
    assert code == 1 and "failed: file is not a database" in err
    assert "Traceback" not in err
