"""Applying the numbered migrations, on either engine.

Each migration runs in one transaction together with its row in `schema_migrations`, so a
crash leaves the database at one version or the next, never between. Several processes may
start at once on one PostgreSQL database: each migration re-reads the version under a lock
the engine takes in `Database.lock_schema`, so a migration is applied once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence

from storage.engine import Database, DatabaseProblem
from storage.migrations import MIGRATIONS, Migration

logger = logging.getLogger(__name__)

_VERSION = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations"


async def schema_version(db: Database) -> int:
    """The highest migration applied, 0 for a new database."""
    if not await db.has_table("schema_migrations"):
        return 0
    row = await db.fetchone(_VERSION)
    return int(row[0]) if row else 0


def refuse_newer(version: int, migrations: Sequence[Migration], where: str) -> None:
    """Raise if the database was written by a version of the bot that knows more migrations."""
    known = max((m.version for m in migrations), default=0)
    if version > known:
        raise DatabaseProblem(
            f"{where} was written by a newer version of the bot (schema version {version}; this "
            f"version knows up to {known}); upgrade the bot"
        )


async def migrate(db: Database, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Apply the migrations not yet recorded, each in one transaction with its record."""
    async with db.transaction() as tx:
        await db.lock_schema(tx)  # two processes creating it at once would collide
        await tx.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"
        )
    current = await schema_version(db)
    refuse_newer(current, migrations, db.location)
    applied: list[int] = []
    for migration in sorted(migrations, key=lambda m: m.version):
        if migration.version <= current:
            continue
        async with db.transaction() as tx:
            await db.lock_schema(tx)
            row = await tx.fetchone(_VERSION)
            if row is not None and int(row[0]) >= migration.version:
                continue  # another process applied it meanwhile
            await db.run_script(tx, migration.for_dialect(db.dialect))
            await tx.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, int(time.time())),
            )
        logger.info("Applied migration %d: %s", migration.version, migration.name)
        applied.append(migration.version)
    return applied
