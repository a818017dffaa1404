"""Button taps in the Bot API double: callback queries and the bot's answers to them."""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Mapping

from tgdouble.api import QUERY_TOO_OLD, Params, bad_request
from tgdouble.chats import JSON, CallbackAnswer, CallbackQuery, Chat, ChatMessage, Member

logger = logging.getLogger(__name__)


class Callbacks:
    """Every callback query since the last reset, answered or not."""

    def __init__(self, users: Mapping[int, Member], chats: Mapping[int, Chat]) -> None:
        self._users = users  # the double's own registries, read here
        self._chats = chats
        self._queries: dict[str, CallbackQuery] = {}
        self._ids = itertools.count(4_000_000_000_000_000_001)

    def press(self, user: Member, message: ChatMessage, data: str) -> tuple[str, JSON]:
        """Record a tap; returns the query id and the ``callback_query`` update payload."""
        query = CallbackQuery(
            str(next(self._ids)),
            user.id,
            message.chat.id,
            message.message_id,
            data,
            time.monotonic(),
        )
        self._queries[query.id] = query
        message.chat.timeline.append(query)
        payload = {
            "id": query.id,
            "from": user.info,
            "message": message.to_api(),
            "chat_instance": str(-message.chat.id),
            "data": data,
        }
        return query.id, payload

    def unanswered(self) -> list[CallbackQuery]:
        return [query for query in self._queries.values() if query.answer is None]

    def clear(self) -> None:
        self._queries.clear()

    def answer(self, params: Params, timeout: float) -> bool:
        """``answerCallbackQuery``: once per query, within ``timeout`` seconds of the tap."""
        query = self._queries.get(params.text("callback_query_id") or "")
        if query is None or query.answer is not None or time.monotonic() - query.created > timeout:
            raise bad_request(QUERY_TOO_OLD)
        query.answer = CallbackAnswer(
            query.id, params.text("text"), params.flag("show_alert"), params.text("url")
        )
        user = self._users.get(query.user_id)
        if user is not None:
            user.callback_answers.append(query.answer)
        self._chats[query.chat_id].changed.notify()
        return True
