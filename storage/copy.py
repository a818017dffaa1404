"""Copying the bot's SQLite database into PostgreSQL (`python -m bot migrate-db`).

The source may be in use by a running bot. SQLite's online backup API takes a consistent
snapshot of it (the -wal file's recent changes included) into a private temporary file, which is
brought to this version's schema; the live file is only read. The target is migrated to the same
version, then every table is copied in foreign-key order, all inside one PostgreSQL transaction:
a copy that fails half-way leaves the target as it was.

Afterwards the target holds exactly the source's rows. Each table's rows go, in batches, into a
temporary staging table; one `INSERT … ON CONFLICT` then adds the new rows and replaces changed
ones (an unchanged row is left alone), and one `DELETE` removes rows the source no longer holds
(someone who used /forget between two runs). So a re-run never duplicates anything, a re-run with
nothing new changes nothing, and the usual way to move is: copy while the bot runs, stop the bot,
copy again (seconds: only the changes), start the bots on PostgreSQL.

A target whose activity is newer than the source's (bots already run on it) is refused: copying
would overwrite what they wrote.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import asyncpg

from storage.engine import DatabaseProblem, Tx
from storage.migrations import MIGRATIONS
from storage.postgres import PostgresDatabase, connect_postgres, redact_url
from storage.schema import migrate, refuse_newer, schema_version
from storage.sqlite import SqliteDatabase, connect

logger = logging.getLogger(__name__)

BATCH = 5000  # rows per executemany: one pipelined round trip each
SKIPPED = ("schema_migrations",)  # each side records its own migrations
# A trigger on deliveries deletes the chat's push_attempts row: copy push_attempts after it.
WRITTEN_BY_TRIGGERS = ("push_attempts",)
# When each side last saw someone do something: a target ahead of the source has bots of its own.
ACTIVITY = (
    ("subscribers", "updated_at"),
    ("deliveries", "delivered_at"),
    ("quiz_answers", "answered_at"),
    ("broadcasts", "created_at"),
)

#: Told (rows just copied, rows in all) after each batch.
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class TableCopy:
    """One table's outcome: rows on each side, rows added or replaced, rows removed."""

    name: str
    source_rows: int
    target_rows: int
    written: int
    removed: int

    @property
    def matches(self) -> bool:
        return self.source_rows == self.target_rows


@dataclass(frozen=True)
class CopyReport:
    source: Path
    target: str  # without its password
    schema_version: int
    tables: list[TableCopy]

    @property
    def matches(self) -> bool:
        return all(table.matches for table in self.tables)


@dataclass(frozen=True)
class _Table:
    name: str
    columns: list[str]
    key: list[str]  # the primary key's columns, in order


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def snapshot(source: Path, target: Path) -> None:
    """A consistent copy of the database at `source` (which may be in use) written to `target`."""
    if not source.is_file():
        raise DatabaseProblem(f"No database at {source}")
    try:
        with (
            contextlib.closing(
                sqlite3.connect(source.absolute().as_uri() + "?mode=ro", uri=True)
            ) as live,
            contextlib.closing(sqlite3.connect(target)) as copy,
        ):
            live.backup(copy)  # one step: a read transaction the bot's writes never disturb
    except sqlite3.Error as exc:
        text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        if "not a database" in text or "malformed" in text:
            raise DatabaseProblem(
                f"{source} is damaged or is not a SQLite database ({text})"
            ) from None
        raise DatabaseProblem(f"cannot read {source} ({text})") from None


async def _open_snapshot(path: Path, source: Path) -> SqliteDatabase:
    """The snapshot: this bot's tables, not from a newer version, migrated to this version."""
    db = await connect(path)
    try:
        version = await schema_version(db)
        if version == 0:
            raise DatabaseProblem(f"{source} holds no tables of this bot; check --database")
        refuse_newer(version, MIGRATIONS, str(source))
        await migrate(db)
    except BaseException:
        await db.close()
        raise
    return db


async def _tables(db: SqliteDatabase) -> list[_Table]:
    """The source's tables in an order that puts each after the tables it refers to."""
    tables: dict[str, _Table] = {}
    parents: dict[str, set[str]] = {}
    for name in await db.table_names():
        if name in SKIPPED:
            continue
        info = await db.fetchall("SELECT name, pk FROM pragma_table_info(?) ORDER BY cid", (name,))
        key = [str(row[0]) for row in sorted((r for r in info if r[1]), key=lambda r: r[1])]
        if not key:
            raise DatabaseProblem(f"table {name} has no primary key; it cannot be copied safely")
        tables[name] = _Table(name, [str(row[0]) for row in info], key)
        refs = await db.fetchall('SELECT "table" FROM pragma_foreign_key_list(?)', (name,))
        parents[name] = {str(row[0]) for row in refs} - {name}
    order: list[_Table] = []
    while len(order) < len(tables):
        done = {table.name for table in order}
        ready = [n for n in tables if n not in done and parents[n] <= done]
        if not ready:
            raise DatabaseProblem("the tables refer to each other in a circle; cannot order them")
        order.append(tables[min(ready, key=lambda n: (n in WRITTEN_BY_TRIGGERS, n))])
    return order


async def _count(db: SqliteDatabase | PostgresDatabase, table: str) -> int:
    row = await db.fetchone(f"SELECT COUNT(*) FROM {_quote(table)}")
    return int(row[0]) if row else 0


async def _latest_activity(db: SqliteDatabase | PostgresDatabase) -> int:
    latest = 0
    for table, column in ACTIVITY:
        row = await db.fetchone(f"SELECT MAX({_quote(column)}) FROM {_quote(table)}")
        if row is not None and row[0] is not None:
            latest = max(latest, int(row[0]))
    return latest


async def _check_target(target: PostgresDatabase, tables: Sequence[_Table]) -> None:
    for table in tables:
        rows = await target.fetchall(
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND table_name = ?",
            (table.name,),
        )
        if {str(row[0]) for row in rows} != set(table.columns):
            raise DatabaseProblem(
                f"table {table.name} differs between the two databases at the same schema"
                " version; was either changed by hand?"
            )


async def _copy_table(
    source: SqliteDatabase,
    tx: Tx,
    table: _Table,
    total: int,
    progress: Progress | None,
    batch: int,
) -> tuple[int, int]:
    """Mirror one table into the target inside `tx`; (rows added or replaced, rows removed)."""
    name, stage = _quote(table.name), _quote(f"copy_{table.name}")
    cols = ", ".join(_quote(c) for c in table.columns)
    key = ", ".join(_quote(c) for c in table.key)
    await tx.execute(f"CREATE TEMP TABLE {stage} (LIKE {name}) ON COMMIT DROP")
    insert = f"INSERT INTO {stage} ({cols}) VALUES ({', '.join('?' * len(table.columns))})"
    first = f"SELECT {cols} FROM {name} ORDER BY {key} LIMIT ?"
    after = (
        f"SELECT {cols} FROM {name} WHERE ({key}) > ({', '.join('?' * len(table.key))})"
        f" ORDER BY {key} LIMIT ?"
    )
    at = [table.columns.index(c) for c in table.key]
    rows = await source.fetchall(first, (batch,))
    while rows:
        # The next batch is read (in SQLite's thread) while this one is sent.
        last = rows[-1]
        following = asyncio.ensure_future(
            source.fetchall(after, (*(last[i] for i in at), batch))
            if len(rows) == batch
            else asyncio.sleep(0, [])
        )
        try:
            await tx.executemany(insert, [tuple(row) for row in rows])
        except BaseException:
            following.cancel()
            await asyncio.gather(following, return_exceptions=True)
            raise
        if progress is not None:
            progress(len(rows), total)
        rows = await following
    await tx.execute(f"ANALYZE {stage}")
    rest = [c for c in table.columns if c not in table.key]
    if rest:
        mine = ", ".join(f"{name}.{_quote(c)}" for c in rest)
        theirs = ", ".join(f"EXCLUDED.{_quote(c)}" for c in rest)
        sets = ", ".join(f"{_quote(c)} = EXCLUDED.{_quote(c)}" for c in rest)
        conflict = f"DO UPDATE SET {sets} WHERE ROW({mine}) IS DISTINCT FROM ROW({theirs})"
    else:
        conflict = "DO NOTHING"
    written = await tx.execute(
        f"INSERT INTO {name} ({cols}) SELECT {cols} FROM {stage} ON CONFLICT ({key}) {conflict}"
    )
    same = " AND ".join(f"s.{_quote(c)} = t.{_quote(c)}" for c in table.key)
    removed = await tx.execute(
        f"DELETE FROM {name} t WHERE NOT EXISTS (SELECT 1 FROM {stage} s WHERE {same})"
    )
    # Statistics now, not when autovacuum gets round to it: without them PostgreSQL's planner
    # may look a subscriber up through subscribers_due (everyone due at one instant) instead
    # of the primary key, and the first push after the move crawls.
    await tx.execute(f"ANALYZE {name}")
    return written, removed


async def _advance_identities(tx: Tx) -> None:
    """Identity columns (broadcasts.id) continue after the highest id copied."""
    for table, column in await tx.fetchall(
        "SELECT table_name, column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND is_identity = 'YES'"
    ):
        await tx.execute(
            f"SELECT setval(pg_get_serial_sequence(?, ?),"
            f" COALESCE((SELECT MAX({_quote(column)}) FROM {_quote(table)}), 0) + 1, false)",
            (_quote(table), column),
        )


async def copy_database(
    source: SqliteDatabase,
    target: PostgresDatabase,
    progress: Progress | None = None,
    batch: int = BATCH,
) -> list[TableCopy]:
    """Make `target` (migrated to the same version) hold exactly `source`'s rows."""
    tables = await _tables(source)
    await _check_target(target, tables)
    if await _latest_activity(target) > await _latest_activity(source):
        raise DatabaseProblem(
            f"{target.location} holds activity newer than {source.location} (bots already run"
            " on it?); copying would overwrite it. Copy into a new, empty database instead"
        )
    counts = {table.name: await _count(source, table.name) for table in tables}
    total = sum(counts.values())
    changes: dict[str, tuple[int, int]] = {}
    async with target.transaction() as tx:
        for table in tables:
            changes[table.name] = await _copy_table(source, tx, table, total, progress, batch)
        await _advance_identities(tx)
    return [
        TableCopy(t.name, counts[t.name], await _count(target, t.name), *changes[t.name])
        for t in tables
    ]


async def migrate_to_postgres(
    source: Path, url: str, progress: Progress | None = None, batch: int = BATCH
) -> CopyReport:
    """Copy the SQLite database at `source` (live or not) into the PostgreSQL database at `url`.

    Raises DatabaseProblem with one line (the URL's password never in it) when either side
    cannot be used.
    """
    with tempfile.TemporaryDirectory(prefix="migrate-db-") as folder:  # mode 0700
        copy = Path(folder) / "snapshot.sqlite3"
        await asyncio.to_thread(snapshot, source, copy)
        snap = await _open_snapshot(copy, source)
        try:
            version = await schema_version(snap)
            target = await connect_postgres(url, pool_size=2)
            try:
                await migrate(target)
                tables = await copy_database(snap, target, progress, batch)
            except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
                text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise DatabaseProblem(
                    f"copying into {redact_url(url)} failed, nothing was changed there: {text}"
                ) from None
            finally:
                await target.close()
        finally:
            await snap.close()
    return CopyReport(source, redact_url(url), version, tables)


def describe(report: CopyReport) -> list[str]:
    """The per-table lines `migrate-db` prints."""
    lines = [
        f"Copied {report.source} into {report.target} (schema version {report.schema_version}):",
        f"  {'table':<22} {'source':>9} {'target':>9} {'written':>9} {'removed':>9}",
    ]
    for table in report.tables:
        mark = "" if table.matches else "  MISMATCH"
        lines.append(
            f"  {table.name:<22} {table.source_rows:>9} {table.target_rows:>9}"
            f" {table.written:>9} {table.removed:>9}{mark}"
        )
    return lines


__all__ = ["CopyReport", "TableCopy", "copy_database", "describe", "migrate_to_postgres"]
