"""Opening the bot's database, whichever engine holds it.

`open_database(target)` takes a file path (SQLite, the default) or a ``postgresql://`` URL
(DATABASE_URL) and returns a checked, migrated `Database`. Everything the storage modules need
comes from here: the `Database` interface, `ts` and `DatabaseProblem`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from storage.engine import Database, DatabaseProblem, Row, Tx, ts
from storage.migrations import MIGRATIONS, Migration
from storage.postgres import (
    AdvisorySession,
    PostgresDatabase,
    advisory_session,
    connect_postgres,
    open_postgres,
    redact_url,
)
from storage.schema import migrate, schema_version
from storage.sqlite import SqliteDatabase, backup, connect, open_sqlite
from storage.sqlite import checkpoint as _checkpoint_sqlite

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.startswith(POSTGRES_SCHEMES)


async def open_database(
    target: Path | str, migrations: Sequence[Migration] = MIGRATIONS, *, check_later: bool = False
) -> Database:
    """The bot's database at `target`, checked and migrated; raises DatabaseProblem.

    `check_later` lets a big SQLite file be searched for damage while the bot starts
    (`Database.pending_check`); PostgreSQL checks its own pages.
    """
    if is_postgres_url(target):
        return await open_postgres(str(target), migrations)
    return await open_sqlite(target, migrations, check_later=check_later)


async def checkpoint(db: Database) -> None:
    """Fold SQLite's -wal file into the main file; PostgreSQL needs nothing of the kind."""
    if isinstance(db, SqliteDatabase):
        await _checkpoint_sqlite(db)


__all__ = [
    "AdvisorySession",
    "Database",
    "DatabaseProblem",
    "PostgresDatabase",
    "Row",
    "SqliteDatabase",
    "Tx",
    "advisory_session",
    "backup",
    "checkpoint",
    "connect",
    "connect_postgres",
    "is_postgres_url",
    "migrate",
    "open_database",
    "redact_url",
    "schema_version",
    "ts",
]
