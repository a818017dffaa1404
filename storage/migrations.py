"""The database schema, as numbered migrations.

Append-only: never edit or reorder a migration that has shipped; add a new one instead.
"""

from __future__ import annotations

from typing import NamedTuple


class Migration(NamedTuple):
    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "subscribers and progress",
        """
        CREATE TABLE subscribers (
            chat_id INTEGER PRIMARY KEY,
            first_name TEXT NOT NULL DEFAULT '',
            language_code TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (
                status IN ('active', 'paused', 'stopped', 'blocked', 'unreachable', 'finished')
            ),
            round INTEGER NOT NULL DEFAULT 1,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        );
        CREATE TABLE deliveries (
            chat_id INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            lesson_id TEXT NOT NULL,
            via TEXT NOT NULL CHECK (via IN ('push', 'pull')),
            delivered_at INTEGER NOT NULL,
            PRIMARY KEY (chat_id, round, lesson_id)
        ) WITHOUT ROWID;
        CREATE INDEX deliveries_by_time ON deliveries (delivered_at);
        CREATE TABLE quiz_answers (
            chat_id INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            lesson_id TEXT NOT NULL,
            option_id TEXT NOT NULL,
            correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
            answered_at INTEGER NOT NULL,
            PRIMARY KEY (chat_id, round, lesson_id)
        ) WITHOUT ROWID;
        """,
    ),
    Migration(
        2,
        "daily schedule",
        """
        ALTER TABLE subscribers ADD COLUMN push_time TEXT;
        ALTER TABLE subscribers ADD COLUMN timezone TEXT;
        ALTER TABLE subscribers ADD COLUMN next_due_at INTEGER;
        -- Partial index: the tick's cost follows the number due, not the number of subscribers.
        CREATE INDEX subscribers_due ON subscribers (next_due_at)
            WHERE status = 'active' AND next_due_at IS NOT NULL;
        """,
    ),
    Migration(
        3,
        "where each subscriber is in a lesson",
        """
        -- Parts of a lesson sent so far (the first comes with the delivery), so /next can resume
        -- at the next unread part instead of skipping ahead.
        ALTER TABLE deliveries ADD COLUMN parts_read INTEGER NOT NULL DEFAULT 1;
        """,
    ),
)
