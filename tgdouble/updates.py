"""How updates reach the bot from the Bot API double: a queue, long polling and webhooks.

:class:`UpdateQueue` owns the pending updates and answers ``getUpdates``, ``setWebhook``,
``deleteWebhook`` and ``getWebhookInfo``. As Telegram does, it drops what ``allowed_updates``
leaves out, ends a long poll when a newer one arrives, and refuses polling while a webhook is set.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections import deque
from itertools import islice

from tgdouble.api import ApiError, Params
from tgdouble.chats import JSON, Notifier
from tgdouble.webhook import WebhookPusher

logger = logging.getLogger(__name__)

# Updates Telegram leaves out unless allowed_updates asks for them.
_OPT_IN_UPDATES = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def first_update_id() -> int:
    """Where this double's update ids start: as Telegram's, they go on growing when the double
    restarts (a millisecond clock, within 31 bits), so a bot that remembers the ids it handled
    (a demo's database kept from one run to the next) never takes new updates for old ones."""
    return int(time.time() * 1000) % 2**31 or 1


def update_kind(update: JSON) -> str:
    """The kind of an update: its one key besides ``update_id``."""
    return next((key for key in update if key != "update_id"), "")


class UpdateQueue:
    """The updates waiting for the bot, and the Bot API methods that hand them over."""

    def __init__(self) -> None:
        self.closed = False
        self._updates: deque[JSON] = deque()
        self._update_ids = itertools.count(first_update_id())
        self._ready = Notifier()
        self._poll_generation = 0
        self._allowed: frozenset[str] | None = None  # None: all but _OPT_IN_UPDATES
        self._webhook: WebhookPusher | None = None

    def __len__(self) -> int:
        return len(self._updates)

    @property
    def pending(self) -> list[JSON]:
        return list(self._updates)

    def enqueue(self, update: JSON) -> int | None:
        """Queue an update dict (an ``update_id`` is added); None if allowed_updates drops it."""
        if not self.is_allowed(update_kind(update)):
            return None
        update = {"update_id": next(self._update_ids), **update}
        self._updates.append(update)
        self._ready.notify()
        return update["update_id"]

    def is_allowed(self, kind: str) -> bool:
        if self._allowed is None:
            return kind not in _OPT_IN_UPDATES
        return kind in self._allowed

    def clear(self) -> None:
        self._updates.clear()

    def open(self) -> None:
        self.closed = False

    async def close(self) -> None:
        """Release the long poll in progress and stop pushing to a webhook."""
        self.closed = True
        self._ready.notify()
        await self._remove_webhook()

    # -- Bot API methods ------------------------------------------------------------------------

    async def api_getUpdates(self, params: Params) -> list[JSON]:
        if self._webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = params.int("offset")
        limit = min(max(params.int("limit", 100), 1), 100)
        timeout = max(params.number("timeout"), 0.0)
        self._set_allowed_updates(params)
        if offset > 0:
            while self._updates and self._updates[0]["update_id"] < offset:
                self._updates.popleft()
        elif offset < 0:
            while len(self._updates) > -offset:
                self._updates.popleft()
        # A newer poll ends the one still waiting, as Telegram does with two bot instances.
        self._poll_generation += 1
        generation = self._poll_generation
        self._ready.notify()
        await self._ready.wait_for(
            lambda: bool(self._updates) or generation != self._poll_generation or self.closed,
            timeout,
        )
        if generation != self._poll_generation:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; "
                "make sure that only one bot instance is running",
            )
        return list(islice(self._updates, limit))

    def _set_allowed_updates(self, params: Params) -> None:
        allowed = params.json("allowed_updates")
        if allowed is not None:  # Telegram keeps the last setting when none is given
            self._allowed = frozenset(allowed) or None
            kept = [update for update in self._updates if self.is_allowed(update_kind(update))]
            self._updates.clear()
            self._updates.extend(kept)  # in place: a webhook pusher holds this deque

    async def _remove_webhook(self) -> None:
        if self._webhook is not None:
            await self._webhook.stop()
            self._webhook = None

    async def api_setWebhook(self, params: Params) -> bool:
        await self._remove_webhook()
        if params.flag("drop_pending_updates"):
            self._updates.clear()
        self._set_allowed_updates(params)
        if url := params.text("url"):
            self._webhook = WebhookPusher(
                url, params.text("secret_token"), self._updates, self._ready
            )
            self._webhook.start()
        return True

    async def api_deleteWebhook(self, params: Params) -> bool:
        await self._remove_webhook()
        if params.flag("drop_pending_updates"):
            self._updates.clear()
        return True

    async def api_getWebhookInfo(self, params: Params) -> JSON:
        info: JSON = {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._updates),
        }
        if self._webhook is not None:
            info.update(self._webhook.info())
        if self._allowed is not None:
            info["allowed_updates"] = sorted(self._allowed)
        return info
