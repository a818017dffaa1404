"""Start-up failures of `python -m bot run`: one line each, never the token, exit status 1.

Each case is a real fault: the double rejects the token, the API address is a closed port, the
database path is a folder, a folder or file that refuses writes, a file that is not a database,
is cut short or has a damaged page, one from a newer version, one whose tables were lost with
its -wal file. The bot runs as a process of its own and its whole output is read: through
`python -m bot run` where the command line is what is tested, as a fork of a loaded one
(tests.launcher) where the database is.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from storage import subscribers
from storage.db import open_database, ts
from storage.migrations import MIGRATIONS
from storage.sqlite import CHECK_FIRST_BYTES
from tests.balancer import free_port
from tests.bot.test_shutdown import BotProcess
from tests.conftest import TOKEN
from tests.launcher import Launcher
from tgdouble.server import BotApiDouble

PROJECT = Path(__file__).resolve().parents[2]
SECRET_PART = TOKEN.split(":", 1)[1]
LATEST = max(m.version for m in MIGRATIONS)

pytestmark = pytest.mark.timeout(180)


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def environment(**settings: str) -> dict[str, str]:
    unrelated = ("WEBHOOK_URL", "WEBHOOK_SECRET", "ADMIN_IDS", "CONTENT_DIR", "TELEGRAM_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(unrelated)}
    env.update(LOG_LEVEL="INFO", PYTHONUNBUFFERED="1", **settings)
    return env


async def start_and_fail(env: dict[str, str], cwd: Path = PROJECT) -> tuple[int, str]:
    """Run `python -m bot run` (stdin not a terminal) until it exits; its code and output."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=cwd,
        env=env,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        async with asyncio.timeout(90):
            output, _ = await process.communicate()
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode is not None
    return process.returncode, output.decode("utf-8", "replace")


async def fork_and_fail(launcher: Launcher, env: dict[str, str], log: Path) -> tuple[int, str]:
    """As ``start_and_fail``, with the bot a fork of ``launcher``'s loaded one (tests.launcher):
    the same code, without an interpreter's start for each case."""
    bot = launcher.start(["run"], env, PROJECT, log)
    try:
        code = await bot.wait_async(90)
    finally:
        await asyncio.to_thread(bot.kill)
    return code, bot.output()


def the_one_line(output: str) -> str:
    """The failure line: everything but the bot's routine INFO log lines, which must be one."""
    lines = [line for line in output.splitlines() if " INFO " not in line]
    assert len(lines) == 1, output
    assert "Traceback" not in output and SECRET_PART not in output, output
    return lines[0]


@pytest.fixture
def refuse_writes() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder refuse writes, for real, even to root (the immutable attribute)."""
    undo: list[Callable[[], object]] = []

    def make_read_only(path: Path) -> None:
        if os.geteuid() == 0:  # permission bits do not bind root
            subprocess.run(["chattr", "+i", str(path)], check=True)
            undo.append(lambda: subprocess.run(["chattr", "-i", str(path)], check=True))
        else:
            mode = path.stat().st_mode
            path.chmod(0o555 if path.is_dir() else 0o444)
            undo.append(lambda: path.chmod(mode))

    yield make_read_only
    for step in reversed(undo):
        step()


def good_database(path: Path) -> None:
    """A database as the bot leaves it, made with SQLite directly (version LATEST)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute(
            "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
            " applied_at INTEGER NOT NULL)"
        )
        conn.executemany(
            "INSERT INTO schema_migrations VALUES (?, ?, 0)",
            [(m.version, m.name) for m in MIGRATIONS],
        )
        conn.execute("CREATE TABLE filler (x)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("x" * 500,) for _ in range(400)])
    conn.close()


async def test_a_rejected_token_is_one_line_without_the_token(
    double: BotApiDouble, tmp_path: Path
) -> None:
    env = environment(
        TELEGRAM_BOT_TOKEN="987654321:" + SECRET_PART[::-1],
        TELEGRAM_API_BASE_URL=double.base_url,
        DATABASE_PATH=str(tmp_path / "bot.sqlite3"),
    )
    code, output = await start_and_fail(env)
    assert code == 1
    line = the_one_line(output)
    assert line.startswith("Cannot start: ") and "rejected TELEGRAM_BOT_TOKEN" in line
    assert SECRET_PART[::-1] not in output


async def test_no_network_is_one_line(tmp_path: Path) -> None:
    env = environment(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{closed_port()}/bot",
        DATABASE_PATH=str(tmp_path / "bot.sqlite3"),
    )
    code, output = await start_and_fail(env)
    assert code == 1
    assert "cannot reach the Bot API" in the_one_line(output)


def a_folder(path: Path, refuse_writes: Callable[[Path], None]) -> Path:
    path.mkdir()
    return path


def in_a_read_only_folder(path: Path, refuse_writes: Callable[[Path], None]) -> Path:
    path.mkdir()
    refuse_writes(path)
    return path / "bot.sqlite3"


def existing_in_a_read_only_folder(path: Path, refuse_writes: Callable[[Path], None]) -> Path:
    path.mkdir()
    good_database(path / "bot.sqlite3")
    refuse_writes(path)
    return path / "bot.sqlite3"


def a_read_only_file(path: Path, refuse_writes: Callable[[Path], None]) -> Path:
    good_database(path)
    refuse_writes(path)
    return path


def not_a_database(path: Path, refuse_writes: Callable[[Path], None]) -> Path:
    path.write_text("these are my notes\n" * 300, encoding="utf-8")
    return path


def cut_short(path: Path, refuse_writes: Callable[[Path], None]) -> Path:
    good_database(path)
    os.truncate(path, path.stat().st_size // 3)
    return path


def a_damaged_page(path: Path, refuse_writes: Callable[[Path], None]) -> Path:
    good_database(path)
    with path.open("r+b") as file:  # scribble over the middle of a page of the filler table
        file.seek(path.stat().st_size - 3 * 4096 + 100)
        file.write(bytes(range(256)) * 8)
    return path


def from_a_newer_version(path: Path, refuse_writes: Callable[[Path], None]) -> Path:
    good_database(path)
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES (?, 'future', 0)", (LATEST + 1,))
    conn.close()
    return path


def its_tables_lost(path: Path, refuse_writes: Callable[[Path], None]) -> Path:
    """A database whose tables lived only in its -wal file, deleted after a kill -9."""
    script = (
        "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]);"
        "c.execute('PRAGMA journal_mode = WAL'); c.execute('CREATE TABLE t (x)');"
        "c.commit(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script, str(path)], check=True)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink()
    assert path.stat().st_size > 0
    return path


BAD_DATABASES = {
    "a-folder": (a_folder, "is a folder"),
    "read-only-folder": (in_a_read_only_folder, "cannot open"),
    "existing-in-read-only-folder": (existing_in_a_read_only_folder, "cannot open"),
    "read-only-file": (a_read_only_file, "is read-only for the bot"),
    "not-a-database": (not_a_database, "is damaged or is not a SQLite database"),
    "cut-short": (cut_short, "is damaged"),
    "damaged-page": (a_damaged_page, "is damaged (quick_check: "),
    "newer-version": (from_a_newer_version, "was written by a newer version of the bot"),
    "tables-lost": (its_tables_lost, "exists but holds no tables"),
}


@pytest.mark.parametrize(("make", "says"), BAD_DATABASES.values(), ids=BAD_DATABASES.keys())
async def test_a_bad_database_is_one_line(
    double: BotApiDouble,
    tmp_path: Path,
    refuse_writes: Callable[[Path], None],
    make: Callable[[Path, Callable[[Path], None]], Path],
    says: str,
    launcher: Launcher,
) -> None:
    database = make(tmp_path / "bot.sqlite3", refuse_writes)
    before = database.read_bytes() if database.is_file() else None
    env = environment(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_API_BASE_URL=double.base_url,
        DATABASE_PATH=str(database),
    )
    code, output = await fork_and_fail(launcher, env, tmp_path / "bot.log")
    assert code == 1
    line = the_one_line(output)
    assert line.startswith(f"Cannot start: {database}") or line.startswith(
        f"Cannot start: cannot open {database}"
    ), line
    assert says in line, line
    if before is not None:
        assert database.read_bytes() == before  # nothing was lost or overwritten


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_a_big_damaged_database_is_found_while_starting_and_is_one_line(
    double: BotApiDouble, tmp_path: Path, mode: str, launcher: Launcher
) -> None:
    """Over CHECK_FIRST_BYTES the damage check runs while the bot starts: it still ends the bot
    with the same one line, and pushes nothing meanwhile."""
    database = tmp_path / "bot.sqlite3"
    good_database(database)
    with sqlite3.connect(database) as conn:  # a big file: 20 MB of filler
        conn.executemany("INSERT INTO filler VALUES (?)", [("y" * 500,) for _ in range(40_000)])
    conn.close()
    assert database.stat().st_size > CHECK_FIRST_BYTES
    with database.open("r+b") as file:  # scribble over a page near the end of the filler
        file.seek(database.stat().st_size - 3 * 4096 + 100)
        file.write(bytes(range(256)) * 8)
    database.chmod(0o600)  # private already: the one line is about the damage alone
    pages = database.read_bytes()[4096:]  # all but the first page, whose header counts writes
    env = environment(
        TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=double.base_url, DATABASE_PATH=str(database)
    )
    if mode == "webhook":
        env.update(
            WEBHOOK_URL="https://bot.example.org/hook",
            WEBHOOK_SECRET="big-damaged_0",
            WEBHOOK_LISTEN="127.0.0.1",
            WEBHOOK_PORT=str(free_port()),
        )
    code, output = await fork_and_fail(launcher, env, tmp_path / "bot.log")
    assert code == 1
    line = the_one_line(output)
    assert line.startswith(f"Cannot start: {database} is damaged (quick_check: "), line
    assert database.read_bytes()[4096:] == pages  # nothing was lost or overwritten
    assert double.deliveries == []


async def test_a_big_sound_database_is_checked_while_starting_and_then_pushed(
    double: BotApiDouble, tmp_path: Path, launcher: Launcher
) -> None:
    """A big file starts without waiting for its damage check; once the check passes, the
    people who are due get their lesson."""
    database = tmp_path / "bot.sqlite3"
    db = await open_database(database)
    now = datetime.now(UTC)
    await subscribers.import_subscribers(db, [(7101, "08:00", "UTC", ts(now) - 60)], now)
    await db.close()
    with sqlite3.connect(database) as conn:  # 20 MB the bot does not read, for the size
        conn.execute("CREATE TABLE filler (x)")
        conn.executemany("INSERT INTO filler VALUES (?)", [("y" * 500,) for _ in range(40_000)])
    conn.close()
    assert database.stat().st_size > CHECK_FIRST_BYTES
    sam = double.user(7101, "Sam", language_code="en", started=True)
    bot = BotProcess(double, database, launcher)
    try:
        await bot.start()
        (lesson,) = await sam.wait_for_messages(1, timeout=60)
    finally:
        code = await bot.stop(signal.SIGTERM)
    assert lesson.text.startswith("Lesson 1 of ")
    assert code == 0, bot.log
    assert "checked: no damage found" in bot.log


@pytest.mark.parametrize("stdin", ["devnull", "pipe"])
def test_no_token_and_no_terminal_is_one_line(tmp_path: Path, stdin: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=tmp_path,  # no .env here
        env=environment(DATABASE_PATH=str(tmp_path / "bot.sqlite3")),
        stdin=subprocess.DEVNULL if stdin == "devnull" else None,
        input="/start\n" if stdin == "pipe" else None,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.startswith("Cannot start: TELEGRAM_BOT_TOKEN is not set")
    assert result.stderr.count("\n") == 1, result.stderr
    assert not (tmp_path / "demo.sqlite3").exists()


async def test_a_deleted_wal_after_a_kill_keeps_who_was_there(
    double: BotApiDouble, tmp_path: Path, launcher: Launcher
) -> None:
    """kill -9, then the -wal and -shm files deleted: a returning person is still known.

    Until a checkpoint, SQLite keeps a new database's tables and rows in the -wal file only;
    the bot folds it into the main file at start and every DATABASE_CHECKPOINT_SECONDS.
    """
    database = tmp_path / "bot.sqlite3"

    class Checkpointing(BotProcess):
        def environment(self) -> dict[str, str]:
            return {**super().environment(), "DATABASE_CHECKPOINT_SECONDS": "0.2"}

    bot = Checkpointing(double, database, launcher)
    sam = double.user(7001, "Sam", language_code="en")
    try:
        await bot.start()
        await sam.send("/start")
        welcome, _ = await sam.wait_for_messages(2, timeout=60)
        assert welcome.text.startswith("Hi Sam!")
        await asyncio.sleep(1.5)  # a few checkpoint periods
        assert bot.process is not None
        bot.process.send_signal(signal.SIGKILL)
        assert await bot.process.wait_async(10) == -signal.SIGKILL
    finally:
        await bot.kill()
    for suffix in ("-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)

    again = BotProcess(double, database, launcher)
    try:
        await again.start()
        await sam.send("/start")
        (back,) = await sam.wait_for_messages(1, timeout=60)
        assert back.text.startswith("Welcome back, Sam!"), back.text
        assert await again.stop(signal.SIGTERM) == 0, again.log
    finally:
        await again.kill()


def test_no_token_in_a_terminal_starts_the_demo(tmp_path: Path) -> None:
    """The same command from a terminal is the offline demo, as `make run` promises."""
    import pty

    controller, terminal = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=tmp_path,
            env=environment(DATABASE_PATH=str(tmp_path / "bot.sqlite3"), NO_COLOR="1"),
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        os.write(controller, b"/quit\n")
        out, err = process.communicate(timeout=60)
    finally:
        os.close(controller)
        os.close(terminal)
    assert process.returncode == 0, err.decode()
    assert b"Offline demo" in out
    assert (tmp_path / "demo.sqlite3").exists()
