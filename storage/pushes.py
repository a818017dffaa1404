"""The daily push's SQL: who is due (keyset pages over a partial index) and the group
commit of outcomes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from storage.db import Database, Tx, ts
from storage.subscribers import Status

# Keyset pagination over the partial index `subscribers_due` (next_due_at, then the rowid, which
# is chat_id): each batch costs O(batch) however many subscribers there are, and rows whose send
# is still in flight are not claimed twice within one tick.
DUE_QUERY = (
    "SELECT chat_id, round, push_time, timezone, next_due_at FROM subscribers"
    " WHERE status = 'active' AND next_due_at IS NOT NULL AND next_due_at <= ?"
    " AND (next_due_at, chat_id) > (?, ?)"
    " ORDER BY next_due_at, chat_id LIMIT ?"
)


DUE_START = (-(2**63), -(2**63))  # a keyset cursor before every row


_IN_CHUNK = 500  # bound on host parameters per IN (...) list


@dataclass(frozen=True)
class DueSubscriber:
    """What the push needs to know about one subscriber whose lesson is due."""

    chat_id: int
    round: int
    push_time: str | None
    timezone: str | None
    next_due_at: int  # the claimed value: outcomes only apply while it is unchanged

    @property
    def cursor(self) -> tuple[int, int]:
        return (self.next_due_at, self.chat_id)


@dataclass(frozen=True)
class PushOutcome:
    """What one push did, to be written in the same transaction as others of its batch.

    `lesson_id` is set when a lesson was delivered; `status` is the subscriber's new status and
    `next_due_at` their next push (None: not scheduled). Both apply only while the subscriber is
    still active and due at the claimed instant (a /pause meanwhile wins). `sends_delta` adjusts
    the count of sends that may have reached the chat (-1: the last one certainly did not); a
    delivery drops the count (a trigger on `deliveries`).
    """

    chat_id: int
    round: int
    claimed_due: int
    status: Status
    next_due_at: int | None
    lesson_id: str | None = None
    claim: str = ""
    sends_delta: int = 0


@dataclass(frozen=True)
class Claim:
    """A subscriber to send `lesson_key` to (the closing message: ""), under claim `token`."""

    subscriber: DueSubscriber
    lesson_key: str


MAX_UNKNOWN_SENDS = 2  # sends of one lesson per 24 h that may have reached the chat
UNKNOWN_WINDOW = 86_400  # seconds
CLAIM_TTL = 300.0  # seconds before another process's claim counts as abandoned (PostgreSQL)
STALE_AT_ONCE = 2**62  # SQLite: any claim by another process is a dead one's


async def due_subscribers(
    db: Database, now: datetime, after: tuple[int, int], limit: int
) -> list[DueSubscriber]:
    """Up to `limit` active subscribers due at `now`, ordered after the keyset cursor `after`."""
    rows = await db.fetchall(DUE_QUERY, (ts(now), after[0], after[1], limit))
    return [DueSubscriber(*row) for row in rows]


async def delivered_by_chat(
    db: Database, subscribers: Sequence[DueSubscriber]
) -> dict[int, list[tuple[str, int, int]]]:
    """(lesson id, parts read, delivered at) of each lesson delivered in each subscriber's
    current round, by chat id (primary-key lookups)."""
    rounds = {sub.chat_id: sub.round for sub in subscribers}
    delivered: dict[int, list[tuple[str, int, int]]] = {chat_id: [] for chat_id in rounds}
    chat_ids = list(rounds)
    for start in range(0, len(chat_ids), _IN_CHUNK):
        chunk = chat_ids[start : start + _IN_CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = await db.fetchall(
            "SELECT chat_id, round, lesson_id, parts_read, delivered_at FROM deliveries"
            f" WHERE chat_id IN ({marks})",
            chunk,
        )
        for chat_id, round_, lesson_id, parts_read, delivered_at in rows:
            if rounds[chat_id] == round_:
                delivered[chat_id].append((str(lesson_id), int(parts_read), int(delivered_at)))
    return delivered


async def claim(
    db: Database,
    wanted: Sequence[Claim],
    token: str,
    process: str,
    now: datetime,
    *,
    ttl: float = CLAIM_TTL,
) -> tuple[list[Claim], int]:
    """Claim subscribers for this process in one transaction; (claimed, held back).

    A subscriber is claimed only while still active, due at the instant read, and not claimed by
    this process already. A claim by another process is taken over only once it is `ttl` seconds
    old (PostgreSQL, where several instances run and two leaders may overlap for a moment); on
    SQLite one process per database pushes (a file lock), so another's claim is a dead
    process's and stale at once. On PostgreSQL the rows are first locked ``FOR UPDATE SKIP
    LOCKED``: a row another claimer's transaction holds is left to it, never waited on, so two
    concurrent claimers never both get a subscriber and never deadlock. Each claim counts a send
    that may reach the chat; one whose lesson has gone out MAX_UNKNOWN_SENDS times in 24 h
    without a known outcome is not claimed but put off until that window ends.
    """
    stamp = ts(now)
    by_chat = {c.subscriber.chat_id: c for c in wanted}
    if not by_chat:
        return [], 0
    postgres = db.dialect == "postgresql"
    stale_before = stamp - int(ttl) if postgres else STALE_AT_ONCE
    async with db.transaction() as tx:
        if postgres:
            by_chat = await _lock_rows(tx, by_chat)
        counts: dict[int, tuple[int, str, int, int]] = {}
        chat_ids = list(by_chat)
        for start in range(0, len(chat_ids), _IN_CHUNK):
            chunk = chat_ids[start : start + _IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            for chat_id, round_, key, sends, first_at in await tx.fetchall(
                "SELECT chat_id, round, lesson_key, sends, first_at FROM push_attempts"
                f" WHERE chat_id IN ({marks})",
                chunk,
            ):
                counts[chat_id] = (round_, key, sends, first_at)
        held: list[tuple[int, int, int]] = []
        candidates: list[Claim] = []
        for chat_id, wish in by_chat.items():
            known = counts.get(chat_id)
            same = (
                known is not None
                and known[0] == wish.subscriber.round
                and known[1] == wish.lesson_key
                and known[3] > stamp - UNKNOWN_WINDOW
            )
            if same and known is not None and known[2] >= MAX_UNKNOWN_SENDS:
                held.append((known[3] + UNKNOWN_WINDOW, chat_id, wish.subscriber.next_due_at))
            else:
                candidates.append(wish)
        if held:
            await tx.executemany(
                "UPDATE subscribers SET next_due_at = ? WHERE chat_id = ? AND status = 'active'"
                " AND next_due_at = ?",
                held,
            )
        await tx.executemany(
            "UPDATE subscribers SET claim_token = ?, claimed_at = ?"
            " WHERE chat_id = ? AND status = 'active' AND next_due_at = ?"
            " AND (claim_token IS NULL OR (substr(claim_token, 1, ?) != ?"
            "  AND COALESCE(claimed_at, 0) <= ?))",
            [
                (token, stamp, c.subscriber.chat_id, c.subscriber.next_due_at, len(process),
                 process, stale_before)
                for c in candidates
            ],
        )  # fmt: skip
        got: set[int] = set()
        ids = [c.subscriber.chat_id for c in candidates]
        for start in range(0, len(ids), _IN_CHUNK):  # primary-key lookups, no scan
            chunk = ids[start : start + _IN_CHUNK]
            rows = await tx.fetchall(
                f"SELECT chat_id FROM subscribers WHERE chat_id IN ({','.join('?' * len(chunk))})"
                " AND claim_token = ?",
                (*chunk, token),
            )
            got.update(row[0] for row in rows)
        claimed = [c for c in candidates if c.subscriber.chat_id in got]
        await tx.executemany(
            "INSERT INTO push_attempts (chat_id, round, lesson_key, sends, first_at)"
            " VALUES (?, ?, ?, 1, ?) ON CONFLICT (chat_id) DO UPDATE SET"
            "  sends = CASE WHEN push_attempts.round = excluded.round"
            "   AND push_attempts.lesson_key = excluded.lesson_key"
            "   AND push_attempts.first_at > ? THEN push_attempts.sends + 1 ELSE 1 END,"
            "  first_at = CASE WHEN push_attempts.round = excluded.round"
            "   AND push_attempts.lesson_key = excluded.lesson_key"
            "   AND push_attempts.first_at > ? THEN push_attempts.first_at"
            "   ELSE excluded.first_at END,"
            "  round = excluded.round, lesson_key = excluded.lesson_key",
            [
                (c.subscriber.chat_id, c.subscriber.round, c.lesson_key, stamp,
                 stamp - UNKNOWN_WINDOW, stamp - UNKNOWN_WINDOW)
                for c in claimed
            ],
        )  # fmt: skip
    return claimed, len(held)


async def _lock_rows(tx: Tx, by_chat: dict[int, Claim]) -> dict[int, Claim]:
    """The wanted subscribers whose rows this transaction could lock (PostgreSQL only).

    A row skipped because another transaction holds it (a claimer, or a handler writing that
    subscriber's row) stays due and is claimed at the next tick.
    """
    locked: set[int] = set()
    chat_ids = list(by_chat)
    for start in range(0, len(chat_ids), _IN_CHUNK):
        chunk = chat_ids[start : start + _IN_CHUNK]
        rows = await tx.fetchall(
            f"SELECT chat_id FROM subscribers WHERE chat_id IN ({','.join('?' * len(chunk))})"
            " FOR UPDATE SKIP LOCKED",
            chunk,
        )
        locked.update(int(row[0]) for row in rows)
    return {chat_id: wish for chat_id, wish in by_chat.items() if chat_id in locked}


async def count_resend(db: Database, chat_id: int, claim_token: str) -> bool:
    """Count one more send that may reach the chat; False if the 24-hour allowance is spent."""
    changed = await db.execute(
        "UPDATE push_attempts SET sends = sends + 1 WHERE chat_id = ? AND sends < ?"
        " AND EXISTS (SELECT 1 FROM subscribers WHERE chat_id = ? AND claim_token = ?)",
        (chat_id, MAX_UNKNOWN_SENDS, chat_id, claim_token),
    )
    return changed == 1


async def hold_until(db: Database, chat_id: int) -> int | None:
    """When a subscriber whose allowance of unknown sends is spent may be sent to again."""
    row = await db.fetchone("SELECT first_at FROM push_attempts WHERE chat_id = ?", (chat_id,))
    return int(row[0]) + UNKNOWN_WINDOW if row else None


async def record_push_outcomes(db: Database, outcomes: Sequence[PushOutcome], now: datetime) -> int:
    """Record deliveries, settle claims and schedule the next pushes, in one transaction.

    Each outcome applies only while its claim still holds (the claim and the record are one
    atomic step): a delivery is inserted only if this process's claim on that subscriber is in
    place, and the claim is released in the same transaction. The schedule moves on only while
    the subscriber is still active and due at the claimed instant, so a /pause, /time or
    start-over made while the message was in flight is not overwritten. Returns how many claims
    held.
    """
    stamp = ts(now)
    deliveries = [
        (o.chat_id, o.round, o.lesson_id, "push", stamp, o.chat_id, o.claim)
        for o in outcomes
        if o.lesson_id
    ]
    adjusted = [
        (o.sends_delta, o.sends_delta, o.chat_id, o.chat_id, o.claim)
        for o in outcomes
        if o.sends_delta
    ]
    updates = [
        (o.claimed_due, o.status, o.claimed_due, o.next_due_at, stamp, o.chat_id, o.claim)
        for o in outcomes
    ]
    async with db.transaction() as tx:
        if deliveries:
            await tx.executemany(
                # ON CONFLICT: a lesson already recorded (a pull meanwhile) is kept as it was.
                "INSERT INTO deliveries (chat_id, round, lesson_id, via, delivered_at)"
                " SELECT CAST(? AS BIGINT), CAST(? AS INTEGER), CAST(? AS TEXT), CAST(? AS TEXT),"
                " CAST(? AS BIGINT) WHERE EXISTS"
                " (SELECT 1 FROM subscribers WHERE chat_id = ? AND claim_token = ?)"
                " ON CONFLICT DO NOTHING",
                deliveries,
            )
        if adjusted:
            await tx.executemany(
                "UPDATE push_attempts SET sends = CASE WHEN sends + ? < 0 THEN 0 ELSE sends + ? END"
                " WHERE chat_id = ? AND EXISTS"
                " (SELECT 1 FROM subscribers WHERE chat_id = ? AND claim_token = ?)",
                adjusted,
            )
        held = await tx.executemany(
            # Both engines evaluate every SET expression on the row as it was, so both CASEs
            # see the status and due time from before this update.
            "UPDATE subscribers SET"
            " status = CASE WHEN status = 'active' AND next_due_at = ? THEN ? ELSE status END,"
            " next_due_at = CASE WHEN status = 'active' AND next_due_at = ? THEN ?"
            "  ELSE next_due_at END,"
            " updated_at = ?, claim_token = NULL"
            " WHERE chat_id = ? AND claim_token = ?",
            updates,
            count=True,
        )
    return held


async def probe(db: Database, now: datetime) -> None:
    """A small real write: raises while the database cannot be written."""
    await db.execute("UPDATE push_probe SET probed_at = ? WHERE id = 1", (ts(now),))
