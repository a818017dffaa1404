"""The bot writing into chats through the Bot API double: send, edit and delete messages.

:class:`MessageMethods` holds ``sendMessage``, ``sendDocument``, ``editMessageText``,
``editMessageReplyMarkup``, ``deleteMessage`` and ``sendChatAction``, with the checks Telegram
makes first (may the bot write here, does the text parse, is the keyboard valid, is a limit hit)
and the record of every delivery. It is a part of :class:`tgdouble.server.BotApiDouble`, which
owns the state annotated below: the limits are plain attributes a test may change at any time,
and the counters are replaced on reset, so the methods read them from the double each time.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import mimetypes
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from tgdouble.api import NOT_MODIFIED, ApiError, Params, Upload, bad_request, too_many_requests
from tgdouble.chats import JSON, Chat, ChatMessage
from tgdouble.faults import SlidingWindow
from tgdouble.html import HtmlParseError
from tgdouble.records import Counters, Delivery, StoredFile
from tgdouble.text import TextError, format_caption, format_text

logger = logging.getLogger(__name__)

_BUTTON_ACTIONS = frozenset(
    {
        "callback_data", "url", "web_app", "login_url", "switch_inline_query", "pay",
        "switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "callback_game",
        "copy_text",
    }
)  # fmt: skip


class MessageMethods:
    """The Bot API methods that put messages into chats, and their checks."""

    # Owned by BotApiDouble.
    bot_user: JSON
    chats: dict[int, Chat]
    counters: Counters
    deliveries: list[Delivery]
    files: dict[str, StoredFile]
    global_rate: int | None
    per_chat_limit: tuple[int, float] | None
    monotonic: Callable[[], float]
    _delivered: set[tuple[int, str, str | None]]
    _file_ids: itertools.count[int]
    _global_window: SlidingWindow

    # -- shared checks --------------------------------------------------------------------------

    def _writable_chat(self, params: Params) -> Chat:
        """The target chat, if the bot may write there now."""
        chat_id = params.chat_id()
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        chat = self.chats.get(chat_id) if isinstance(chat_id, int) else None
        if chat is None:
            raise bad_request("chat not found")
        user = chat.user
        if user is not None:
            if user.deactivated:
                raise ApiError(403, "Forbidden: user is deactivated")
            if user.blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if not user.started:
                raise ApiError(403, "Forbidden: bot can't initiate conversation with a user")
        return chat

    def _text(self, params: Params) -> tuple[str, list[JSON]]:
        return self._formatted(params, "text", "entities", format_text)

    def _caption(self, params: Params) -> tuple[str, list[JSON]]:
        return self._formatted(params, "caption", "caption_entities", format_caption)

    def _formatted(
        self,
        params: Params,
        name: str,
        entities_name: str,
        formatter: Callable[[str | None, str | None, list[JSON] | None], tuple[str, list[JSON]]],
    ) -> tuple[str, list[JSON]]:
        """A text or caption parameter, parsed and checked as Telegram does."""
        parse_mode = params.text("parse_mode")
        if parse_mode and parse_mode.lower() not in ("html", "markdown", "markdownv2"):
            raise bad_request("unsupported parse_mode")
        try:
            return formatter(
                params.text(name), parse_mode, params.json(entities_name, "entities JSON object")
            )
        except HtmlParseError as exc:
            raise bad_request(f"can't parse entities: {exc.description}") from None
        except TextError as exc:
            raise bad_request(exc.description) from None

    def _markup(self, params: Params) -> JSON | None:
        markup = params.json("reply_markup", "reply keyboard markup JSON object")
        if not markup:
            return None
        if not isinstance(markup, dict):
            raise bad_request("can't parse reply keyboard markup JSON object")
        for row in markup.get("inline_keyboard") or ():
            for button in row:
                if not _BUTTON_ACTIONS & button.keys():
                    raise bad_request(
                        "can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard"
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise bad_request("BUTTON_DATA_INVALID")
        return markup

    def _admit(self, chat: Chat, *, paid: bool = False) -> None:
        """Apply the rate limits to one more message (send or edit) in ``chat``."""
        now = self.monotonic()
        global_rate = None if paid else self.global_rate
        if global_rate is not None:
            wait = self._global_window.retry_after(global_rate, 1.0, now)
            if wait is not None:
                raise too_many_requests(wait)
        if self.per_chat_limit is not None:
            wait = chat.window.retry_after(*self.per_chat_limit, now)
            if wait is not None:
                raise too_many_requests(wait)
            chat.window.add(now)
        if global_rate is not None:
            self._global_window.add(now)

    def _bot_message(self, chat: Chat, params: Params, missing: str) -> ChatMessage:
        if params.text("inline_message_id"):
            raise bad_request(missing)
        message = chat.messages.get(params.int("message_id", -1))
        if message is None or message.deleted:
            raise bad_request(missing)
        return message

    def _record_delivery(
        self, message: ChatMessage, text: str, paid: bool, file_unique_id: str | None = None
    ) -> None:
        """Count a message the bot got delivered, for the statistics and the duplicate check."""
        chat_id = message.chat.id
        counts = self.counters
        counts.delivered += 1
        counts.paid += paid
        counts.per_chat[chat_id] += 1
        key = (chat_id, text, file_unique_id)
        if key in self._delivered:
            counts.duplicates += 1
        else:
            self._delivered.add(key)
        self.deliveries.append(
            Delivery(chat_id, message.message_id, text, message.html, time.time(), file_unique_id)
        )

    # -- sending --------------------------------------------------------------------------------

    async def api_sendMessage(self, params: Params) -> JSON:
        chat = self._writable_chat(params)
        text, entities = self._text(params)
        markup = self._markup(params)
        paid = params.flag("allow_paid_broadcast")
        self._admit(chat, paid=paid)
        raw = params.text("text")
        message = chat.add_message(self.bot_user, text, html=raw, entities=entities, markup=markup)
        self._record_delivery(message, text, paid)
        return message.to_api()

    def _document(self, params: Params) -> StoredFile:
        """The ``document`` parameter: an upload, a file_id sent before, or a file_id or URL the
        double never issued (kept as given; the double fetches nothing)."""
        value = params.data.get("document")
        if isinstance(value, str) and value.startswith("attach://"):
            value = params.data.get(value.removeprefix("attach://"))
        if isinstance(value, Upload):
            if not value.data:
                raise bad_request("file must be non-empty")
            document: JSON = {
                "file_id": f"BQACAgIAAxkBAA{next(self._file_ids):06d}",
                "file_unique_id": _unique_id(value.data),
            }
            name = value.filename
            mime = value.content_type
            if not mime or mime == "application/octet-stream":
                mime = mimetypes.guess_type(name or "", strict=False)[0] or mime
            document.update(_present(file_name=name, mime_type=mime, file_size=len(value.data)))
            return StoredFile(document, value.data)
        if not isinstance(value, str) or not value:
            raise bad_request("there is no document in the request")
        known = self.files.get(value)
        if known is not None:
            return known
        document = {"file_id": value, "file_unique_id": _unique_id(value.encode())}
        if value.startswith(("http://", "https://")):
            name = urlsplit(value).path.rsplit("/", 1)[-1] or None
            mime = mimetypes.guess_type(name or "", strict=False)[0]
            document.update(_present(file_name=name, mime_type=mime))
        return StoredFile(document, None)

    async def api_sendDocument(self, params: Params) -> JSON:
        chat = self._writable_chat(params)
        file = self._document(params)
        caption, caption_entities = self._caption(params)
        markup = self._markup(params)
        paid = params.flag("allow_paid_broadcast")
        self._admit(chat, paid=paid)
        self.files[file.document["file_id"]] = file
        extra: JSON = {"document": file.document}
        if caption:
            extra["caption"] = caption
        if caption_entities:
            extra["caption_entities"] = caption_entities
        message = chat.add_message(
            self.bot_user,
            html=params.text("caption"),
            markup=markup,
            extra=extra,
            document_bytes=file.data,
        )
        self._record_delivery(message, caption, paid, file.document["file_unique_id"])
        return message.to_api()

    async def api_sendChatAction(self, params: Params) -> bool:
        self._writable_chat(params)
        return True

    # -- editing and deleting -------------------------------------------------------------------

    def _editable(self, params: Params) -> tuple[Chat, ChatMessage]:
        chat = self._writable_chat(params)
        message = self._bot_message(chat, params, "message to edit not found")
        if not message.from_bot:
            raise bad_request("message can't be edited")
        return chat, message

    async def api_editMessageText(self, params: Params) -> JSON:
        chat, message = self._editable(params)
        if message.document is not None:
            raise bad_request("there is no text in the message to edit")
        text, entities = self._text(params)
        markup = self._markup(params)
        if (text, entities, markup) == (message.text, message.entities, message.markup):
            raise bad_request(NOT_MODIFIED)
        self._admit(chat)
        chat.edit(message, text=text, html=params.text("text"), entities=entities, markup=markup)
        self.counters.edits += 1
        return message.to_api()

    async def api_editMessageReplyMarkup(self, params: Params) -> JSON:
        chat, message = self._editable(params)
        markup = self._markup(params)
        if markup == message.markup:
            raise bad_request(NOT_MODIFIED)
        self._admit(chat)
        chat.edit(message, markup=markup)
        self.counters.edits += 1
        return message.to_api()

    async def api_deleteMessage(self, params: Params) -> bool:
        chat = self._writable_chat(params)
        message = self._bot_message(chat, params, "message to delete not found")
        message.deleted = True
        chat.changed.notify()
        return True


def _unique_id(content: bytes) -> str:
    """A file_unique_id: like Telegram's, the same for the same file."""
    return "AgAD" + hashlib.sha256(content).hexdigest()[:16]


def _present(**fields: Any) -> JSON:
    """The fields that have a value (Telegram leaves unknown ones out)."""
    return {name: value for name, value in fields.items() if value is not None}
