"""The SQLite engine: opening the file, checking it, checkpoints and backups.

One aiosqlite connection serves the whole bot. Statements from concurrent handlers would
otherwise interleave inside each other's transactions, so every access goes through
`SqliteDatabase`, which holds a lock for the duration of a statement or a transaction.

`open_sqlite` is how the bot opens its file: it refuses, with one line saying why and what to
do, a folder, a file that is not a database or is damaged, a file the bot cannot write, one
written by a newer version, and an existing file that has lost its tables. A brand-new database
is announced at WARNING with its absolute path, so a new empty file is never created silently.
The files are private: the database, its -wal and -shm files and backups are mode 0600.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from storage.engine import Database, DatabaseProblem, Tx
from storage.migrations import MIGRATIONS, Migration
from storage.schema import migrate, refuse_newer, schema_version

logger = logging.getLogger(__name__)


PRIVATE_FILE = 0o600  # the database, its -wal/-shm (SQLite copies the mode) and backups
PRIVATE_FOLDER = 0o700  # a folder the bot creates for them
BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another process's lock (a backup)
# `PRAGMA quick_check` reads every page: about 2 s for a million subscribers (60 MB) here. A file
# up to this size is checked before the bot starts; a bigger one, when asked, while it starts.
CHECK_FIRST_BYTES = 16 * 2**20


class _SqliteTx(Tx):
    """Statements on the connection while `SqliteDatabase.transaction` holds its lock."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        cursor = await self.conn.execute(sql, params)
        await cursor.close()
        return cursor.rowcount

    async def executemany(
        self, sql: str, rows: Iterable[Sequence[Any]], *, count: bool = False
    ) -> int:
        # sqlite3 sums the rows each statement changed into one rowcount.
        cursor = await self.conn.executemany(sql, rows)
        await cursor.close()
        return max(cursor.rowcount, 0) if count else 0

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        async with self.conn.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        # One trip to aiosqlite's thread (execute, fetch, close) rather than three.
        return list(await self.conn.execute_fetchall(sql, params))


class SqliteDatabase(Database):
    """A serialised async SQLite connection."""

    dialect = "sqlite"

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._lock = asyncio.Lock()
        self._check: asyncio.Task[None] | None = None
        self._checker: sqlite3.Connection | None = None  # the background check's own connection

    def pending_check(self) -> asyncio.Task[None] | None:
        return self._check

    def check_in_background(self) -> None:
        """Run `PRAGMA quick_check` on a read-only connection of its own, in a thread."""
        uri = f"{self.path.resolve().as_uri()}?mode=ro"

        def check() -> list[str]:
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._checker = conn
            try:
                return [row[0] for row in conn.execute("PRAGMA quick_check")]
            finally:
                self._checker = None
                conn.close()

        async def run() -> None:
            try:
                problems = await asyncio.to_thread(check)
            except sqlite3.Error as exc:
                raise DatabaseProblem(_explain(self.path, exc)) from None
            _refuse_damage(self.path, problems)
            logger.info("Database %s checked: no damage found", self.path)

        self._check = asyncio.create_task(run(), name="database-check")

    @property
    def location(self) -> str:
        return str(self.path)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Tx]:
        """Run several statements atomically; rolls back if the block raises."""
        async with self._lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield _SqliteTx(self.conn)
            except BaseException:
                await self.conn.rollback()
                raise
            await self.conn.commit()

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement in its own transaction; return the number of rows changed."""
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            await cursor.close()
            return cursor.rowcount

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        async with self._lock, self.conn.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        # One trip to aiosqlite's thread (execute, fetch, close) rather than three: a tap
        # reads its subscriber's lessons and answers this way.
        async with self._lock:
            return list(await self.conn.execute_fetchall(sql, params))

    async def close(self) -> None:
        checker = self._checker
        if checker is not None:
            checker.interrupt()  # a check still reading a big file ends now, not in seconds
        if self._check is not None:
            await asyncio.wait({self._check})
            if not self._check.cancelled():
                self._check.exception()  # retrieved: a check cut short is nobody's problem now
        async with self._lock:
            await self.conn.close()

    async def has_table(self, name: str) -> bool:
        row = await self.fetchone(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        )
        return row is not None

    async def table_names(self) -> list[str]:
        rows = await self.fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
        return [str(row[0]) for row in rows]

    async def tables_with_column(self, column: str) -> list[str]:
        found = []
        for name in await self.table_names():
            columns = await self.fetchall("SELECT name FROM pragma_table_info(?)", (name,))
            if any(row[0] == column for row in columns):
                found.append(name)
        return found

    async def separate(self) -> SqliteDatabase | None:
        """A second connection to the same file (WAL lets a writer and readers in at once)."""
        if str(self.path) == ":memory:":
            return None
        return await connect(self.path)

    async def run_script(self, tx: Tx, sql: str) -> None:
        for statement in _statements(sql):
            await tx.execute(statement)


async def connect(path: Path | str) -> SqliteDatabase:
    """Open (creating if needed) the database at `path` with WAL and foreign keys on."""
    path = Path(path)
    if str(path) != ":memory:":
        path.parent.mkdir(parents=True, exist_ok=True)
    # isolation_level=None: we issue BEGIN ourselves, so sqlite3 never opens hidden transactions.
    conn = await aiosqlite.connect(path, isolation_level=None)
    try:
        conn.row_factory = sqlite3.Row
        await conn.execute("PRAGMA journal_mode = WAL")
        await conn.execute("PRAGMA synchronous = NORMAL")
        await conn.execute("PRAGMA foreign_keys = ON")
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Deleted rows (/forget, retention) are overwritten with zeros, not left in free pages.
        await conn.execute("PRAGMA secure_delete = ON")
    except BaseException:
        # e.g. the file is not a database: close, or the connection's thread keeps the process
        # from exiting.
        await conn.close()
        raise
    return SqliteDatabase(conn, path)


def _create_private(path: Path) -> bool:
    """Create the file (and its folder) readable by the bot's user only; True if it was new."""
    if not path.parent.exists():
        path.parent.mkdir(mode=PRIVATE_FOLDER, parents=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def _prepare(path: Path) -> tuple[Path, bool]:
    """The absolute path, and whether it held data already; creates it (private) if missing."""
    path = path.absolute()  # a relative DATABASE_PATH depends on the folder the bot starts in
    if path.is_dir():
        raise DatabaseProblem(
            f"{path} is a folder; set DATABASE_PATH to a file in it, e.g. {path / 'bot.sqlite3'}"
        )
    try:
        existed = path.exists() and path.stat().st_size > 0
        _create_private(path)
    except OSError as exc:
        raise DatabaseProblem(_explain(path, exc)) from None
    return path, existed


def _make_private(path: Path) -> None:
    """A file made by an older version (or copied in) may be readable by others: it holds
    names and chat ids, so it and its -wal and -shm files become mode 0600 (said once)."""
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            current = file.stat().st_mode & 0o777
        except FileNotFoundError:
            continue
        if current & 0o077 and os.access(file, os.W_OK):
            try:
                os.chmod(file, PRIVATE_FILE)
            except OSError:
                continue  # owned by another user: it stays as it is, and the bot carries on
            logger.warning("Made %s private (mode %o was %o)", file, PRIVATE_FILE, current)


def _explain(path: Path, exc: BaseException) -> str:
    """One line for the operator: what is wrong with the file at `path` and what to do."""
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, OSError):
        text = exc.strerror or text
    lowered = text.lower()
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return f"{path} is damaged or is not a SQLite database ({text}); restore a backup"
    if "readonly" in lowered or "read-only" in lowered:
        return (
            f"{path} is read-only for the bot ({text}); it must be able to write the file and "
            f"create {path.name}-wal and {path.name}-shm beside it"
        )
    if "unable to open" in lowered or isinstance(exc, PermissionError):
        return (
            f"cannot open {path} ({text}); the bot must be able to write the file and its "
            "folder, which must exist"
        )
    return f"cannot use the database {path}: {text}"


async def open_sqlite(
    path: Path | str, migrations: Sequence[Migration] = MIGRATIONS, *, check_later: bool = False
) -> SqliteDatabase:
    """Open the bot's database: checked, migrated, checkpointed; raises DatabaseProblem.

    Checks, in order: that the path is not a folder, that SQLite can read the file and finds
    no damage (`PRAGMA quick_check`), that an existing file still holds this bot's tables, that
    it was not written by a newer version, and that a real write commits. A file that fails a
    check is left as it was.

    With `check_later`, a file over CHECK_FIRST_BYTES is searched for damage in the background
    instead (`pending_check`), so a big database does not hold up the start.
    """
    path, existed = _prepare(Path(path))
    later = check_later and existed and path.stat().st_size > CHECK_FIRST_BYTES
    try:
        db = await connect(path)
    except sqlite3.Error as exc:
        raise DatabaseProblem(_explain(path, exc)) from None
    try:
        await _check(db, existed, migrations, damage=not later)
        applied = await migrate(db, migrations)
        # The schema and everything so far go into the main file now: until a checkpoint, a
        # new database lives in its -wal file, and losing that file would lose everything.
        await checkpoint(db)
        if existed:
            _make_private(path)  # after the checks: a file refused is left exactly as it was
    except DatabaseProblem:
        await db.close()
        raise
    except sqlite3.Error as exc:
        await db.close()
        raise DatabaseProblem(_explain(path, exc)) from None
    if later:
        db.check_in_background()
    if not existed:
        logger.warning("Created a new, empty database at %s", path)
    elif applied:
        logger.info("Database %s migrated to version %d", path, applied[-1])
    else:
        logger.info("Database %s opened (schema version %d)", path, await schema_version(db))
    return db


def _refuse_damage(path: Path, problems: list[str]) -> None:
    if problems != ["ok"]:
        first = problems[0].splitlines()[-1] if problems else "no answer"
        raise DatabaseProblem(f"{path} is damaged (quick_check: {first}); restore a backup")


async def _check(
    db: SqliteDatabase, existed: bool, migrations: Sequence[Migration], *, damage: bool = True
) -> None:
    path = db.path
    if damage:
        _refuse_damage(path, [row[0] for row in await db.fetchall("PRAGMA quick_check")])
    if existed and await schema_version(db) == 0:
        tables = await db.fetchone("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")
        if tables is not None and tables[0] == 0:
            raise DatabaseProblem(
                f"{path} exists but holds no tables (were its -wal and -shm files deleted while "
                "the bot ran?); restore a backup, or delete the file to start a new database"
            )
        raise DatabaseProblem(
            f"{path} holds another program's tables; point DATABASE_PATH elsewhere"
        )
    refuse_newer(await schema_version(db), migrations, str(path))
    # A file the bot may read but not write opens fine and fails at the first write (every
    # push tick); a real write now, committed, finds that out at startup.
    row = await db.fetchone("PRAGMA user_version")
    async with db.transaction() as tx:
        await tx.execute(f"PRAGMA user_version = {int(row[0]) if row else 0}")


async def checkpoint(db: SqliteDatabase) -> None:
    """Copy what the -wal file holds into the main file, then cut the -wal file to nothing.

    SQLite checkpoints by itself only once the log reaches 1000 pages, or when the bot stops
    cleanly. Until then recent changes exist only in the -wal file, and a -wal file deleted
    (or a copy of the main file alone) loses them. Cutting the file also removes the old
    versions of pages it held, such as rows /forget erased. With the bot's one connection
    nothing else reads, so this takes milliseconds. If a backup is reading at that moment, the
    checkpoint does what it can without waiting (busy_timeout 0, so the bot never stalls) and
    the next one finishes the job.
    """
    async with db._lock:
        await db.conn.execute("PRAGMA busy_timeout = 0")
        try:
            await db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            await db.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (executescript would commit our transaction)."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements


async def backup(db: SqliteDatabase, target: Path | str) -> None:
    """Write a consistent copy of the live database to `target` (SQLite's online backup API)."""
    target = Path(target)
    target.parent.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    # Created private before SQLite opens it: the copy holds the same personal data.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(fd)
    os.chmod(target, PRIVATE_FILE)
    async with db._lock:
        dest = await aiosqlite.connect(target)
        try:
            await db.conn.backup(dest)
        finally:
            await dest.close()
