"""The right to do something alone: push from a database, or send one broadcast.

One small async interface, :class:`Lock` (``acquire`` never waits, ``held`` says whether the
right still stands, ``release`` lets go), with two implementations, chosen by the database:

* **SQLite**: :class:`FileLock`, an ``fcntl.flock`` on a file next to the database
  (``<database>.push.lock``, ``<database>.broadcast-<id>.lock``). The kernel releases it when
  the process exits, however it exits (a crash, SIGKILL, a power cut), so a stale lock never
  keeps the next process out. Every process runs on the one machine that holds the file.
* **PostgreSQL**: :class:`AdvisoryLock`, a session-level ``pg_try_advisory_lock`` held on a
  connection of its own (never a pooled one). Instances on different machines behind a load
  balancer share nothing but the server; the server releases the lock when the holder's session
  ends: the process killed, its connection dropped, its machine gone (TCP keepalives, about
  25 s). ``held`` asks the session whether it still stands, so a holder that lost its connection
  finds out before it does anything more.
"""

from __future__ import annotations

import abc
import fcntl
import logging
import os
from pathlib import Path

from storage.db import AdvisorySession, Database, DatabaseProblem, PostgresDatabase
from storage.db import advisory_session as open_advisory_session

logger = logging.getLogger(__name__)

# Keys both sides agree on (storage.postgres takes 7_104_221_001 while migrating).
PUSH_KEY = 7_104_221_002  # one bigint: the right to push (the leader)
BROADCAST_SPACE = 710_422  # two ints: (BROADCAST_SPACE, broadcast id), one broadcast's sender
CHECK_SECONDS = 5.0  # a server that does not answer a liveness check this fast: lock lost


class Lock(abc.ABC):
    """An exclusive right among processes, held until released or the holder ends."""

    @abc.abstractmethod
    async def acquire(self) -> bool:
        """Take it if nobody else holds it (never waits); True if this process now does."""

    @abc.abstractmethod
    async def held(self) -> bool:
        """Whether this process still holds it (a lost connection means it does not)."""

    @abc.abstractmethod
    async def release(self, *, finished: bool = False) -> None:
        """Let go (after a failed acquire too); `finished`: the work is done for good."""


class FileLock(Lock):
    """An exclusive ``flock`` on `path`, held until released or the process ends.

    Two FileLocks on one path conflict even within one process (each opens the file anew).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    async def acquire(self) -> bool:
        # No await inside: taken, or not, in one step of the event loop.
        if self._fd is not None:
            return True
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return True

    async def held(self) -> bool:
        return self._fd is not None

    async def release(self, *, finished: bool = False) -> None:
        """Let go; if `finished`, delete the file first (no one else may take it meanwhile)."""
        if self._fd is not None:
            if finished:
                self.path.unlink(missing_ok=True)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


class AdvisoryLock(Lock):
    """A session-level PostgreSQL advisory lock on a connection of its own.

    A failed acquire keeps the connection for the next try (a standby retries every tick);
    ``release`` closes it. Log lines name the server by `location`, never with its password.
    """

    def __init__(self, url: str, location: str, keys: tuple[int, ...], what: str) -> None:
        self.url, self.location, self.keys, self.what = url, location, keys, what
        self._session: AdvisorySession | None = None
        self._held = False
        self._unreachable = False  # said once per spell, not every tick

    async def acquire(self) -> bool:
        if self._held:
            return await self.held()
        try:
            if self._session is None:
                self._session = await open_advisory_session(self.url)
            self._held = await self._session.try_lock(*self.keys)
        except Exception as exc:
            if not self._unreachable:
                reason = exc if isinstance(exc, DatabaseProblem) else type(exc).__name__
                logger.warning("Could not try the %s lock on %s: %s", self.what, self.location,
                               reason)  # fmt: skip
            self._unreachable = True
            await self._drop()
            return False
        self._unreachable = False
        return self._held

    async def held(self) -> bool:
        if not self._held or self._session is None:
            return False
        if await self._session.alive(CHECK_SECONDS):
            return True
        self._held = False  # the server has ended (or will end) the session: the lock is gone
        await self._drop()
        return False

    async def release(self, *, finished: bool = False) -> None:
        self._held = False
        await self._drop()  # ending the session releases every lock it holds

    async def _drop(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()


def push_lock(db: Database) -> Lock:
    """The right to push from `db` (held by the leader)."""
    if isinstance(db, PostgresDatabase):
        return AdvisoryLock(db.url, db.location, (PUSH_KEY,), "push")
    return FileLock(Path(f"{db.location}.push.lock"))


def broadcast_lock(db: Database, broadcast_id: int) -> Lock:
    """The right to send broadcast `broadcast_id` (held by the process sending it)."""
    if isinstance(db, PostgresDatabase):
        keys = (BROADCAST_SPACE, broadcast_id % 2**31)
        return AdvisoryLock(db.url, db.location, keys, f"broadcast {broadcast_id}")
    return FileLock(Path(f"{db.location}.broadcast-{broadcast_id}.lock"))


__all__ = ["AdvisoryLock", "FileLock", "Lock", "broadcast_lock", "push_lock"]
