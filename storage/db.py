"""Opening the SQLite database and applying migrations.

One aiosqlite connection serves the whole bot. Statements from concurrent handlers would otherwise
interleave inside each other's transactions, so every access goes through `Database`, which holds
a lock for the duration of a statement or a transaction.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import aiosqlite

from storage.migrations import MIGRATIONS, Migration

logger = logging.getLogger(__name__)


def ts(when: datetime) -> int:
    """A datetime as whole Unix seconds (how every time is stored)."""
    return int(when.timestamp())


class Database:
    """A serialised async SQLite connection."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._lock = asyncio.Lock()

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run several statements atomically; rolls back if the block raises."""
        async with self._lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
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

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        async with self.transaction() as conn:
            await conn.executemany(sql, rows)

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        async with self._lock, self.conn.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        async with self._lock, self.conn.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def close(self) -> None:
        async with self._lock:
            await self.conn.close()


async def connect(path: Path | str) -> Database:
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
        await conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        # e.g. the file is not a database: close, or the connection's thread keeps the process
        # from exiting.
        await conn.close()
        raise
    return Database(conn, path)


async def schema_version(db: Database) -> int:
    """The highest migration applied, 0 for a new database."""
    exists = await db.fetchone(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    )
    if not exists:
        return 0
    row = await db.fetchone("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
    return int(row[0]) if row else 0


async def migrate(db: Database, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Apply the migrations not yet recorded, each in one transaction with its record."""
    await db.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)"
    )
    current = await schema_version(db)
    applied: list[int] = []
    for migration in sorted(migrations, key=lambda m: m.version):
        if migration.version <= current:
            continue
        async with db.transaction() as conn:
            for statement in _statements(migration.sql):
                await conn.execute(statement)
            await conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, int(time.time())),
            )
        logger.info("Applied migration %d: %s", migration.version, migration.name)
        applied.append(migration.version)
    return applied


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


async def backup(db: Database, target: Path | str) -> None:
    """Write a consistent copy of the live database to `target` (SQLite's online backup API)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    async with db._lock:
        dest = await aiosqlite.connect(target)
        try:
            await db.conn.backup(dest)
        finally:
            await dest.close()
