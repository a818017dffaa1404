"""One pusher per database: an OS file lock next to the database file.

``<database>.push.lock`` is locked with ``fcntl.flock`` for as long as the process that pushes
runs. The kernel releases the lock when that process exits, however it exits (a crash, SIGKILL,
a power cut), so a stale lock never keeps the next process from pushing. A second process on the
same database finds the lock taken, leaves the push alone and goes on answering updates.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path

logger = logging.getLogger(__name__)


class FileLock:
    """An exclusive ``flock`` on `path`, held until released or the process ends; never waits.

    Two FileLocks on one path conflict even within one process (each opens the file anew).
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the lock if no other process holds it; True if this process now does."""
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

    def release(self, *, remove: bool = False) -> None:
        """Let go; with `remove`, delete the file first (no one else may take it meanwhile)."""
        if self._fd is not None:
            if remove:
                self.path.unlink(missing_ok=True)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def push_lock(database_path: Path) -> FileLock:
    """The right to push from the database at `database_path`."""
    return FileLock(Path(f"{database_path}.push.lock"))


def broadcast_lock(database_path: Path, broadcast_id: int) -> FileLock:
    """The right to send broadcast `broadcast_id` (held by the process sending it)."""
    return FileLock(Path(f"{database_path}.broadcast-{broadcast_id}.lock"))


__all__ = ["FileLock", "broadcast_lock", "push_lock"]
