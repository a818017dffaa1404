"""The daily push while its SQLite database refuses writes; the bot and the double are processes.

Three real ways a database stops taking writes, each in the middle of a push to 1,500
subscribers: another process holds the write lock, the files are made immutable, and the disk
is full. While writes fail the push must stop sending (at most PUSH_CONCURRENCY messages go out
after the first failed write), say so in one line when it stops and one when it resumes, and
once writes work again every subscriber has the lesson, with copies beyond one within
PUSH_CONCURRENCY.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.launcher import Launcher
from tests.push.test_push_crash import (
    CONCURRENCY,
    SUBSCRIBERS,
    BotProcess,
    Double,
    still_due,
    wait_until,
)
from tests.push.test_push_faults import log_lines, seed

pytestmark = pytest.mark.timeout(300)

OPENED, CLOSED = "Database writes fail", "Database writes work again"


class WriteLockHolder:
    """Another process that takes the database's write lock and keeps it until `release`."""

    def __init__(self, database: Path) -> None:
        script = (
            "import sqlite3, sys\n"
            "conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)\n"
            "conn.execute('BEGIN EXCLUSIVE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.readline()\n"
            "conn.execute('ROLLBACK')\n"
        )
        self.process = subprocess.Popen(
            [sys.executable, "-c", script, str(database)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"

    def release(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()  # the holder reads the end of its input and rolls back
        assert self.process.wait(120) == 0


@contextlib.contextmanager
def write_lock_held(database: Path) -> Iterator[None]:
    holder = WriteLockHolder(database)
    try:
        yield
    finally:
        holder.release()


def immutable(paths: list[Path], on: bool) -> None:
    """Set or clear the immutable attribute: the files refuse every write, even root's."""
    for path in paths:
        result = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True)
        if on and result.returncode != 0:
            immutable(paths, on=False)
            pytest.skip(f"this file system cannot make a file immutable: {result.stderr!r}")


@contextlib.contextmanager
def files_immutable(database: Path) -> Iterator[None]:
    files = [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
    try:
        immutable(files, on=True)
        yield
    finally:
        immutable(files, on=False)  # every file, whatever happened to the others


@contextlib.contextmanager
def small_disk(folder: Path) -> Iterator[Path]:
    """A 32 MB file system of its own (tmpfs), unmounted afterwards."""
    folder.mkdir()
    mount = ["mount", "-t", "tmpfs", "-o", "size=32m,mode=0700", "tmpfs", str(folder)]
    result = subprocess.run(mount, capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {result.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "--lazy", str(folder)], check=False)


@contextlib.contextmanager
def disk_full(database: Path) -> Iterator[None]:
    """Fill the file system the database is on, to the last byte, until the block ends."""
    # The write-ahead log reuses the space it has; emptied first, it must grow at the next
    # commit, so the full disk bites at once rather than some way into the push.
    conn = sqlite3.connect(database, timeout=10)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    filler = database.parent / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        chunk = b"\0" * 65536
        while True:
            try:
                os.write(fd, chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC, exc
                if len(chunk) == 1:
                    break
                chunk = chunk[: len(chunk) // 2]
        yield
    finally:
        os.close(fd)
        filler.unlink()


FAULTS = {
    "the write lock held by another process": write_lock_held,
    "the files made immutable": files_immutable,
    "the disk full": disk_full,
}


def needs_root(fault: str) -> list[pytest.MarkDecorator]:
    if fault == "the write lock held by another process":
        return []
    reason = "only root can make a file immutable or mount a small disk"
    return [pytest.mark.skipif(os.geteuid() != 0, reason=reason)]


@pytest.mark.parametrize(
    "fault", [pytest.param(name, id=name, marks=needs_root(name)) for name in FAULTS]
)
def test_writes_failing_mid_push_stop_the_sending_and_nothing_is_lost(
    tmp_path: Path, fault: str, launcher: Launcher
) -> None:
    with contextlib.ExitStack() as stack:
        folder = tmp_path
        if fault == "the disk full":
            folder = stack.enter_context(small_disk(tmp_path / "disk"))
        double = Double(latency=0.02, log=tmp_path / "double.log")
        stack.callback(double.close)
        database, log = folder / "bot.sqlite3", tmp_path / "bot.log"
        seed(database, SUBSCRIBERS, due=True)
        bots = [BotProcess(launcher, double, database, log)]
        stack.callback(lambda: [b.signal(signal.SIGKILL) for b in bots if b.process.poll() is None])
        total = len(SUBSCRIBERS)
        wait_until(lambda: double.delivered() >= total // 5, 60, "the push to get going")
        with FAULTS[fault](database):
            at_fault = double.delivered()
            wait_until(lambda: log_lines(log, OPENED) or bots[0].process.poll(), 60, "a failure")
            # A full disk bites once the write-ahead log must grow; the others bite at once.
            first_failure = double.delivered() if fault == "the disk full" else at_fault
            time.sleep(10)  # ten seconds with a database that takes no write
            during = double.delivered() - first_failure
        assert at_fault < total, "the push finished before the writes failed: nothing was tested"
        # SQLite maps its -shm file into memory: writing to it once it is immutable can end the
        # process with SIGBUS. That is a crash, and a restart carries on as after a kill -9.
        died = bots[0].process.poll()
        if died is not None:
            assert (fault, died) == ("the files made immutable", -signal.SIGBUS), died
            bots.append(BotProcess(launcher, double, database, log))
        wait_until(lambda: still_due(database) == 0, 90, "the push to finish once writes work")
        assert bots[-1].signal(signal.SIGTERM) == 0
        per_chat = double.per_chat()
    copies = sum(count - 1 for count in per_chat.values())
    how = "ended by SIGBUS and restarted" if died is not None else "kept running"
    print(f"{fault} after {at_fault} of {total} sent: {during} sent after the first failed write,"
          f" {copies} copies; the bot {how}")  # fmt: skip
    assert during <= CONCURRENCY, f"{during} messages went out while nothing could be recorded"
    assert set(per_chat) == set(SUBSCRIBERS), "every subscriber got the lesson"
    assert copies <= CONCURRENCY, f"{copies} repeated lessons"
    if died is None:  # the breaker held the sends: one line when it opened, one when it closed
        assert log_lines(log, OPENED) == 1
        assert log_lines(log, CLOSED) == 1
        assert "Traceback" not in log.read_text()
