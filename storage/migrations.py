"""The database schema, as numbered migrations, each written for SQLite and for PostgreSQL.

Append-only: never edit or reorder a migration that has shipped; add a new one instead.

The two texts of a migration define the same tables, columns, constraints and indexes; only the
types differ where the engines do (PostgreSQL needs BIGINT for Telegram's chat ids and Unix
times, an identity column for an id, and a function behind a trigger). Queries are written once,
for both, in the storage modules.
"""

from __future__ import annotations

from typing import NamedTuple


class Migration(NamedTuple):
    version: int
    name: str
    sql: str  # SQLite
    postgres: str = ""

    def for_dialect(self, dialect: str) -> str:
        """The migration's text for the engine named `dialect` ("sqlite" or "postgresql")."""
        if dialect == "postgresql":
            if not self.postgres:
                raise ValueError(f"migration {self.version} has no PostgreSQL text")
            return self.postgres
        return self.sql


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
        """
        CREATE TABLE subscribers (
            chat_id BIGINT PRIMARY KEY,
            first_name TEXT NOT NULL DEFAULT '',
            language_code TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (
                status IN ('active', 'paused', 'stopped', 'blocked', 'unreachable', 'finished')
            ),
            round INTEGER NOT NULL DEFAULT 1,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL
        );
        CREATE TABLE deliveries (
            chat_id BIGINT NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            lesson_id TEXT NOT NULL,
            via TEXT NOT NULL CHECK (via IN ('push', 'pull')),
            delivered_at BIGINT NOT NULL,
            PRIMARY KEY (chat_id, round, lesson_id)
        );
        CREATE INDEX deliveries_by_time ON deliveries (delivered_at);
        CREATE TABLE quiz_answers (
            chat_id BIGINT NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            lesson_id TEXT NOT NULL,
            option_id TEXT NOT NULL,
            correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
            answered_at BIGINT NOT NULL,
            PRIMARY KEY (chat_id, round, lesson_id)
        );
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
        """
        ALTER TABLE subscribers ADD COLUMN push_time TEXT;
        ALTER TABLE subscribers ADD COLUMN timezone TEXT;
        ALTER TABLE subscribers ADD COLUMN next_due_at BIGINT;
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
        """
        ALTER TABLE deliveries ADD COLUMN parts_read INTEGER NOT NULL DEFAULT 1;
        """,
    ),
    Migration(
        4,
        "push claims, attempts and resumable broadcasts",
        """
        -- The pusher's claim on a due subscriber: a delivery is recorded only while it holds.
        ALTER TABLE subscribers ADD COLUMN claim_token TEXT;
        -- Sends of one lesson that may have reached the chat (in flight, or the answer was lost).
        CREATE TABLE push_attempts (
            chat_id INTEGER PRIMARY KEY REFERENCES subscribers (chat_id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            lesson_key TEXT NOT NULL,
            sends INTEGER NOT NULL,
            first_at INTEGER NOT NULL
        );
        -- A lesson recorded as delivered (pushed or pulled) needs no more counting. A trigger,
        -- so the push's group commit costs no extra statement.
        CREATE TRIGGER push_attempts_settled AFTER INSERT ON deliveries BEGIN
            DELETE FROM push_attempts WHERE chat_id = NEW.chat_id;
        END;
        -- A one-row table the push writes to find out whether writes work again.
        CREATE TABLE push_probe (id INTEGER PRIMARY KEY CHECK (id = 1), probed_at INTEGER);
        INSERT INTO push_probe (id, probed_at) VALUES (1, NULL);
        CREATE TABLE broadcasts (
            id INTEGER PRIMARY KEY,
            admin_chat_id INTEGER NOT NULL,
            html TEXT,
            created_at INTEGER NOT NULL,
            finished_at INTEGER,
            reported_at INTEGER,
            sent INTEGER NOT NULL DEFAULT 0,
            blocked INTEGER NOT NULL DEFAULT 0,
            unreachable INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE broadcast_recipients (
            broadcast_id INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
            chat_id INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (
                state IN ('pending', 'sending', 'sent', 'blocked', 'unreachable', 'failed')
            ),
            PRIMARY KEY (broadcast_id, chat_id)
        ) WITHOUT ROWID;
        CREATE INDEX broadcast_recipients_by_chat ON broadcast_recipients (chat_id);
        -- Who is left to send to: each batch costs O(batch), however many recipients.
        CREATE INDEX broadcast_recipients_todo
            ON broadcast_recipients (broadcast_id, state, chat_id);
        """,
        """
        ALTER TABLE subscribers ADD COLUMN claim_token TEXT;
        CREATE TABLE push_attempts (
            chat_id BIGINT PRIMARY KEY REFERENCES subscribers (chat_id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            lesson_key TEXT NOT NULL,
            sends INTEGER NOT NULL,
            first_at BIGINT NOT NULL
        );
        CREATE FUNCTION push_attempts_settle() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            DELETE FROM push_attempts WHERE chat_id = NEW.chat_id;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER push_attempts_settled AFTER INSERT ON deliveries
            FOR EACH ROW EXECUTE FUNCTION push_attempts_settle();
        CREATE TABLE push_probe (id INTEGER PRIMARY KEY CHECK (id = 1), probed_at BIGINT);
        INSERT INTO push_probe (id, probed_at) VALUES (1, NULL);
        CREATE TABLE broadcasts (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            admin_chat_id BIGINT NOT NULL,
            html TEXT,
            created_at BIGINT NOT NULL,
            finished_at BIGINT,
            reported_at BIGINT,
            sent INTEGER NOT NULL DEFAULT 0,
            blocked INTEGER NOT NULL DEFAULT 0,
            unreachable INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE broadcast_recipients (
            broadcast_id BIGINT NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
            chat_id BIGINT NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
            state TEXT NOT NULL DEFAULT 'pending' CHECK (
                state IN ('pending', 'sending', 'sent', 'blocked', 'unreachable', 'failed')
            ),
            PRIMARY KEY (broadcast_id, chat_id)
        );
        CREATE INDEX broadcast_recipients_by_chat ON broadcast_recipients (chat_id);
        CREATE INDEX broadcast_recipients_todo
            ON broadcast_recipients (broadcast_id, state, chat_id);
        """,
    ),
    Migration(
        5,
        "when a push claim was taken",
        # A claim by another process is stale only once it is older than the claim TTL, so two
        # pushers on one PostgreSQL database never take each other's live claims.
        """
        ALTER TABLE subscribers ADD COLUMN claimed_at INTEGER;
        """,
        """
        ALTER TABLE subscribers ADD COLUMN claimed_at BIGINT;
        """,
    ),
    Migration(
        6,
        "updates handled once, and the operator's counts",
        """
        -- Updates some instance has taken: Telegram may deliver one twice (a webhook retried
        -- after a timeout), to this instance or another. Kept a day, then purged by time.
        CREATE TABLE handled_updates (
            update_id INTEGER PRIMARY KEY,
            handled_at INTEGER NOT NULL
        );
        CREATE INDEX handled_updates_by_time ON handled_updates (handled_at);
        -- What /stats counts beyond the tables (crisis replies, errors, questions...), added up
        -- by every instance. Counts only, never anything about one person.
        CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        """,
        """
        CREATE TABLE handled_updates (
            update_id BIGINT PRIMARY KEY,
            handled_at BIGINT NOT NULL
        );
        CREATE INDEX handled_updates_by_time ON handled_updates (handled_at);
        CREATE TABLE counters (
            name TEXT PRIMARY KEY,
            value BIGINT NOT NULL
        );
        """,
    ),
    Migration(
        7,
        "the typed answer the bot waits for, in the database",
        # Which typed answer (a time, a time zone) the bot asked this person for, if any. In
        # the database rather than one process's memory, so whichever instance receives the
        # answer reads it as one, and a restart in between loses nothing; since when, so a
        # question left unanswered expires instead of catching a message weeks later.
        """
        ALTER TABLE subscribers ADD COLUMN expecting TEXT;
        ALTER TABLE subscribers ADD COLUMN expecting_since INTEGER;
        """,
        """
        ALTER TABLE subscribers ADD COLUMN expecting TEXT;
        ALTER TABLE subscribers ADD COLUMN expecting_since BIGINT;
        """,
    ),
    Migration(
        8,
        "whether a lesson's check-in question has been put, and reminded of",
        # 0: not yet put (a pushed one-part lesson keeps it behind a button); 1: put, with the
        # last part or by its button; 2: /next has reminded of it once, so the next /next moves
        # on instead of sending it a third time.
        """
        ALTER TABLE deliveries ADD COLUMN checkin_shown INTEGER NOT NULL DEFAULT 0;
        """,
        """
        ALTER TABLE deliveries ADD COLUMN checkin_shown INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    Migration(
        9,
        "the country of the place a time zone was chosen by",
        # The ISO 3166-1 code of the city or country the person typed (or confirmed) when
        # choosing their time zone; NULL when the zone came from a button several countries
        # share ("Berlin / Paris"), an offset or a local time, which say nothing certain about
        # the country. Which crisis lines someone sees starts from it.
        """
        ALTER TABLE subscribers ADD COLUMN zone_country TEXT;
        """,
        """
        ALTER TABLE subscribers ADD COLUMN zone_country TEXT;
        """,
    ),
)
