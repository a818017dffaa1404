"""The PostgreSQL engine: a pool of asyncpg connections behind the same interface as SQLite.

Chosen when DATABASE_URL is set. The storage modules' SQL is written with `?` placeholders;
`placeholders` turns each into `$1, $2, …` once per statement text (cached). A failure to
reach or use the server becomes one `DatabaseProblem` line naming the server without its
password.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import asyncpg

from storage.engine import Database, DatabaseProblem, Tx
from storage.migrations import MIGRATIONS, Migration
from storage.schema import migrate, refuse_newer, schema_version

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10.0  # seconds for the server to answer at startup
POOL_SIZE = 8  # handlers and the push share it; each transaction holds one connection
# Any number both sides agree on: the key of the advisory lock taken while migrating.
_SCHEMA_LOCK = 7_104_221_001


# Query parameters libpq and asyncpg read a secret from (postgresql://host/db?password=…).
_SECRET_PARAMETERS = frozenset({"password", "sslpassword"})


def redact_url(url: str) -> str:
    """The URL with any password (before the @ or in the query) replaced by ***, for logs.

    A password may hold an unencoded '/', '?' or '#', which ends the address part for a URL
    parser; so the part between '://' and the last '@' is masked by hand first.
    """
    scheme, sep, rest = url.partition("://")
    if sep and "@" in rest:
        userinfo, _, after = rest.rpartition("@")
        if ":" in userinfo:
            url = f"{scheme}://{userinfo.split(':', 1)[0]}:***@{after}"
    try:
        parts = urlsplit(url)
    except ValueError:
        return "the DATABASE_URL given"
    query = parse_qsl(parts.query, keep_blank_values=True)
    if any(name.lower() in _SECRET_PARAMETERS for name, _ in query):
        hidden = [(n, "***" if n.lower() in _SECRET_PARAMETERS else v) for n, v in query]
        parts = parts._replace(query=urlencode(hidden, safe="*"))
    return urlunsplit(parts)


@functools.lru_cache(maxsize=1024)
def placeholders(sql: str) -> str:
    """`sql` with each `?` outside quotes numbered for PostgreSQL: `$1`, `$2`, …"""
    out: list[str] = []
    number = 0
    quoted = False
    for char in sql:
        if char == "'":
            quoted = not quoted
        elif char == "?" and not quoted:
            number += 1
            out.append(f"${number}")
            continue
        out.append(char)
    return "".join(out)


def _changed(status: str) -> int:
    """Rows a statement changed, from its status tag ("UPDATE 3", "INSERT 0 1")."""
    last = status.rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else 0


class _PostgresTx(Tx):
    """Statements on one pooled connection inside its transaction."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return _changed(await self.conn.execute(placeholders(sql), *params))

    async def executemany(
        self, sql: str, rows: Iterable[Sequence[Any]], *, count: bool = False
    ) -> int:
        rows = list(rows)
        if not rows:
            return 0
        if count:
            # executemany reports no counts; RETURNING one row per changed row does, in the
            # same pipelined round trip.
            returned = await self.conn.fetchmany(placeholders(sql) + " RETURNING 1", rows)
            return len(returned)
        await self.conn.executemany(placeholders(sql), rows)
        return 0

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> asyncpg.Record | None:
        return await self.conn.fetchrow(placeholders(sql), *params)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[asyncpg.Record]:
        return list(await self.conn.fetch(placeholders(sql), *params))


class PostgresDatabase(Database):
    """A pool of connections to one PostgreSQL database."""

    dialect = "postgresql"

    def __init__(self, pool: asyncpg.Pool, url: str) -> None:
        self.pool = pool
        self.url = url

    @property
    def location(self) -> str:
        return redact_url(self.url)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Tx]:
        async with self.pool.acquire() as conn, conn.transaction():
            yield _PostgresTx(conn)

    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return _changed(await self.pool.execute(placeholders(sql), *params))

    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> asyncpg.Record | None:
        return await self.pool.fetchrow(placeholders(sql), *params)

    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[asyncpg.Record]:
        return list(await self.pool.fetch(placeholders(sql), *params))

    async def close(self) -> None:
        try:
            await asyncio.wait_for(self.pool.close(), 10.0)
        except TimeoutError:
            self.pool.terminate()

    async def has_table(self, name: str) -> bool:
        row = await self.fetchone("SELECT to_regclass(?) IS NOT NULL", (name,))
        return bool(row and row[0])

    async def table_names(self) -> list[str]:
        rows = await self.fetchall(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            " ORDER BY table_name"
        )
        return [str(row[0]) for row in rows]

    async def tables_with_column(self, column: str) -> list[str]:
        rows = await self.fetchall(
            "SELECT c.table_name FROM information_schema.columns c"
            " JOIN information_schema.tables t"
            "  ON t.table_schema = c.table_schema AND t.table_name = c.table_name"
            " WHERE c.table_schema = current_schema() AND c.column_name = ?"
            "  AND t.table_type = 'BASE TABLE'"
            " ORDER BY c.table_name",
            (column,),
        )
        return [str(row[0]) for row in rows]

    async def run_script(self, tx: Tx, sql: str) -> None:
        # With no arguments asyncpg sends the text as one simple query: several statements,
        # dollar-quoted function bodies included.
        assert isinstance(tx, _PostgresTx)
        await tx.conn.execute(sql)

    async def lock_schema(self, tx: Tx) -> None:
        await tx.execute("SELECT pg_advisory_xact_lock(?)", (_SCHEMA_LOCK,))


# The server ends the session of a client that stopped answering (a machine gone, a cable
# pulled) after about idle + interval * count seconds, releasing its advisory locks.
SESSION_KEEPALIVES = {
    "tcp_keepalives_idle": "10",
    "tcp_keepalives_interval": "5",
    "tcp_keepalives_count": "3",
}


class AdvisorySession:
    """One connection of its own (never from the pool) for session-level advisory locks.

    A lock taken here is held until released or until the session ends, however it ends: the
    process killed, the connection dropped, the machine gone (the server's TCP keepalives
    notice within about 25 s). Pooled connections could not hold one: asyncpg unlocks all
    advisory locks whenever a connection goes back to its pool.
    """

    def __init__(self, conn: asyncpg.Connection) -> None:
        self._conn = conn
        self._busy = asyncio.Lock()  # one statement at a time on the connection

    async def try_lock(self, *keys: int) -> bool:
        """`pg_try_advisory_lock` on one bigint key or two int keys; never waits."""
        marks = ", ".join(f"${n}" for n in range(1, len(keys) + 1))
        async with self._busy:
            return bool(await self._conn.fetchval(f"SELECT pg_try_advisory_lock({marks})", *keys))

    async def unlock(self, *keys: int) -> None:
        marks = ", ".join(f"${n}" for n in range(1, len(keys) + 1))
        async with self._busy:
            await self._conn.fetchval(f"SELECT pg_advisory_unlock({marks})", *keys)

    async def alive(self, within: float) -> bool:
        """Whether the session still stands, and so every lock it took is still held; a
        server that does not answer `within` seconds counts as gone."""
        if self._conn.is_closed():
            return False
        try:
            async with asyncio.timeout(within), self._busy:
                await self._conn.fetchval("SELECT 1")
        except Exception:  # whatever broke it, the session cannot be trusted to stand
            return False
        return True

    async def close(self) -> None:
        try:
            await asyncio.wait_for(self._conn.close(), 5.0)
        except Exception:
            self._conn.terminate()


async def advisory_session(url: str) -> AdvisorySession:
    """A new connection for advisory locks; raises DatabaseProblem (one line, no password)."""
    try:
        conn = await asyncpg.connect(
            url, timeout=CONNECT_TIMEOUT, server_settings=SESSION_KEEPALIVES
        )
    except _FAILURES as exc:
        raise DatabaseProblem(_explain(url, exc)) from None
    return AdvisorySession(conn)


_REFUSED = (asyncpg.InvalidPasswordError, asyncpg.InvalidAuthorizationSpecificationError)
# A port past 65535 gets as far as the socket, which raises OverflowError.
_FAILURES = (
    OSError,
    TimeoutError,
    ValueError,
    OverflowError,
    asyncpg.PostgresError,
    asyncpg.InterfaceError,
)


def _explain(url: str, exc: BaseException) -> str:
    where = redact_url(url)
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if url in text:
        text = text.replace(url, where)
    if isinstance(exc, TimeoutError):
        return f"the PostgreSQL server at {where} did not answer in {CONNECT_TIMEOUT:.0f} s"
    if isinstance(exc, OSError):
        return f"cannot reach the PostgreSQL server at {where} ({exc.strerror or text})"
    if isinstance(exc, _REFUSED):
        return f"the PostgreSQL server at {where} refused the user or password ({text})"
    if isinstance(exc, asyncpg.InvalidCatalogNameError):
        return f"{where}: {text}; create it first (createdb)"
    if isinstance(exc, ValueError | OverflowError | asyncpg.ClientConfigurationError):
        return (
            f"DATABASE_URL is not a valid PostgreSQL URL ({text}); e.g."
            " postgresql://user:password@host:5432/dbname"
        )
    return f"cannot use the PostgreSQL database {where}: {text}"


async def connect_postgres(url: str, *, pool_size: int = POOL_SIZE) -> PostgresDatabase:
    """A pool on `url`; raises DatabaseProblem with one line if the server can't be used."""
    try:
        pool = await asyncpg.create_pool(
            url, min_size=1, max_size=pool_size, timeout=CONNECT_TIMEOUT, command_timeout=60
        )
    except _FAILURES as exc:
        raise DatabaseProblem(_explain(url, exc)) from None
    return PostgresDatabase(pool, url)


async def _analyse_if_never(db: PostgresDatabase) -> None:
    """Give the planner statistics on a table that has none yet (a bulk load, a restore).

    Without them PostgreSQL found claimed subscribers through the due index, scanning everyone
    due at the same instant for each row, and the push ran at half speed until autovacuum
    caught up. ANALYZE samples a fixed number of rows, so this is quick at any size, and runs
    only while a table has never been analysed.
    """
    rows = await db.fetchall(
        "SELECT relname FROM pg_stat_user_tables WHERE schemaname = current_schema()"
        " AND last_analyze IS NULL AND last_autoanalyze IS NULL"
        " AND relname IN ('subscribers', 'deliveries', 'push_attempts')"
    )
    for row in rows:
        await db.execute(f'ANALYZE "{row[0]}"')


async def open_postgres(url: str, migrations: Sequence[Migration] = MIGRATIONS) -> PostgresDatabase:
    """Open the bot's PostgreSQL database: connected, checked and migrated."""
    db = await connect_postgres(url)
    try:
        found = await schema_version(db)
        refuse_newer(found, migrations, db.location)
        applied = await migrate(db, migrations)
        await _analyse_if_never(db)
    except DatabaseProblem:
        await db.close()
        raise
    except (asyncpg.PostgresError, asyncpg.InterfaceError, OSError) as exc:
        await db.close()
        raise DatabaseProblem(_explain(url, exc)) from None
    if applied and not found:  # as on SQLite: a new, empty database is worth a look
        logger.warning("Created the tables in a new, empty database at %s", db.location)
    elif applied:
        logger.info("Database %s migrated to version %d", db.location, applied[-1])
    else:
        logger.info("Database %s opened (schema version %d)", db.location, await schema_version(db))
    return db
