"""What every database engine offers the storage modules: statements, transactions, rows.

The SQL in `storage/` is written once, with `?` placeholders, in the subset SQLite and
PostgreSQL share (`ON CONFLICT`, `RETURNING`, `CASE`, `COALESCE`, `substr`). Each engine runs it
as it needs: SQLite as it is, PostgreSQL with `$1, $2, …` placeholders. Rows are read by
position or by column name, which both drivers' row types support.
"""

from __future__ import annotations

import abc
import asyncio
from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from datetime import datetime
from typing import Any, Protocol


class DatabaseProblem(Exception):
    """The database cannot be used as it is; the message is one line saying why and what to do."""


class Row(Protocol):
    """A result row: by position, by column name, unpacked, or `keys()` for its columns."""

    def __getitem__(self, key: int | str, /) -> Any: ...
    def __iter__(self) -> Any: ...
    def __len__(self) -> int: ...
    def keys(self) -> Any: ...


def ts(when: datetime) -> int:
    """A datetime as whole Unix seconds (how every time is stored)."""
    return int(when.timestamp())


class Tx(abc.ABC):
    """Statements inside one transaction."""

    @abc.abstractmethod
    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; return the number of rows it changed."""

    @abc.abstractmethod
    async def executemany(
        self, sql: str, rows: Iterable[Sequence[Any]], *, count: bool = False
    ) -> int:
        """Run one statement per row; with `count`, return the rows changed in all (else 0)."""

    @abc.abstractmethod
    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None: ...

    @abc.abstractmethod
    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...


class Database(abc.ABC):
    """One database, shared by the whole bot; each engine serialises or pools as it must."""

    #: "sqlite" or "postgresql"
    dialect: str

    @property
    @abc.abstractmethod
    def location(self) -> str:
        """Where the data lives, for messages: a file path, or a URL without its password."""

    @abc.abstractmethod
    def transaction(self) -> AbstractAsyncContextManager[Tx]:
        """Run several statements atomically; rolls back if the block raises."""

    @abc.abstractmethod
    async def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement in its own transaction; return the number of rows changed."""

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        async with self.transaction() as tx:
            await tx.executemany(sql, rows)

    @abc.abstractmethod
    async def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None: ...

    @abc.abstractmethod
    async def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    @abc.abstractmethod
    async def close(self) -> None: ...

    def pending_check(self) -> asyncio.Task[None] | None:
        """The check for damage still running in the background, if any (it raises
        DatabaseProblem); None once the database was checked in full before it opened."""
        return None

    @abc.abstractmethod
    async def has_table(self, name: str) -> bool:
        """Whether a table of this name exists."""

    @abc.abstractmethod
    async def tables_with_column(self, column: str) -> list[str]:
        """Names of the tables that have a column of this name, sorted."""

    @abc.abstractmethod
    async def table_names(self) -> list[str]:
        """Every table's name, sorted (the engine's own catalogue excluded)."""

    async def separate(self) -> Database | None:
        """A connection of its own for a worker that must not queue behind the others' statements,
        or None when this one already serves many at once (a pool)."""
        return None

    @abc.abstractmethod
    async def run_script(self, tx: Tx, sql: str) -> None:
        """Run a migration's statements inside `tx`."""

    async def lock_schema(self, tx: Tx) -> None:
        """Keep other processes from migrating until `tx` ends (SQLite's write lock does)."""
        return None
