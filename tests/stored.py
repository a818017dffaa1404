"""What a database holds, read the same way on SQLite and PostgreSQL, for tests to check."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from settings.config import Config
from storage import counts
from storage.db import Database, SqliteDatabase, open_database


async def snapshot(
    db: Database, leave_out: Collection[str] = ()
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (but those in `leave_out`), to show that something changed
    nothing."""
    tables = {}
    for name in await db.table_names():
        if name in leave_out:
            continue
        rows = await db.fetchall(f'SELECT * FROM "{name}"')
        tables[name] = sorted((tuple(row) for row in rows), key=repr)
    return tables


async def rows_mentioning(config: Config, value: object) -> list[tuple[str, tuple[Any, ...]]]:
    """Every row in every table of the bot's database with `value` in any column."""
    db = await open_database(config.database)
    try:
        return [
            (table, row)
            for table, rows in (await snapshot(db)).items()
            for row in rows
            if value in row
        ]
    finally:
        await db.close()


async def stored_bytes(config: Config) -> bytes:
    """Everything the database keeps: SQLite's files byte for byte (free pages and the -wal
    included), or every row of every PostgreSQL table as text."""
    if not config.database_url:
        db = await open_database(config.database_path)
        await db.close()  # folds the -wal file into the main file
        path = config.database_path
        return b"".join(p.read_bytes() for p in sorted(path.parent.glob(path.name + "*")))
    db = await open_database(config.database_url)
    try:
        parts = []
        for name in await db.table_names():
            rows = await db.fetchall(f'SELECT CAST(t AS TEXT) FROM "{name}" t')
            parts += [str(row[0]) for row in rows]
        return "\n".join(parts).encode()
    finally:
        await db.close()


async def column_types(db: Database, table: str) -> list[tuple[str, str]]:
    """(name, declared type) of each column of `table`."""
    if isinstance(db, SqliteDatabase):
        rows = await db.fetchall("SELECT name, type FROM pragma_table_info(?)", (table,))
    else:
        rows = await db.fetchall(
            "SELECT column_name, data_type FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ?",
            (table,),
        )
    return [(str(row[0]), str(row[1])) for row in rows]


async def counted(db: Database, name: str) -> int:
    """An operator counter as /stats reads it (0 if nothing was counted under `name`)."""
    return (await counts.counters(db)).get(name, 0)
