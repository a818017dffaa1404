"""What the Bot API double remembers about each chat: its messages, edits, taps and answers.

These objects are shared between the server side (which adds bot messages) and the user side
(which reads them and taps buttons), so tests can assert on exactly what a person would see.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple, Protocol

from tgdouble.faults import SlidingWindow

JSON = dict[str, Any]


class Notifier:
    """Wakes coroutines waiting for a condition; ``notify`` costs nothing while nobody waits."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event: asyncio.Event | None = None

    def notify(self) -> None:
        if self._event is not None:
            self._event.set()
            self._event = None

    async def wait_for(self, predicate: Callable[[], bool], timeout: float) -> bool:  # noqa: ASYNC109
        """Wait until ``predicate()`` holds or ``timeout`` seconds pass; return the predicate."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            if self._event is None:
                self._event = asyncio.Event()
            try:
                async with asyncio.timeout(remaining):
                    await self._event.wait()
            except TimeoutError:
                return predicate()
        return True


class Button(NamedTuple):
    """One inline keyboard button as the user sees it."""

    text: str
    callback_data: str | None = None
    url: str | None = None


@dataclass(slots=True)
class CallbackAnswer:
    """The bot's answer to a callback query (``answerCallbackQuery``)."""

    query_id: str
    text: str | None = None
    show_alert: bool = False
    url: str | None = None


@dataclass(eq=False, slots=True)
class CallbackQuery:
    """A button tap, and the answer once the bot gives one."""

    id: str
    user_id: int
    chat_id: int
    message_id: int
    data: str
    created: float  # time.monotonic(), for the answer deadline
    answer: CallbackAnswer | None = None


@dataclass(eq=False, repr=False, slots=True)
class ChatMessage:
    """A message in a chat, from the bot or from a user, with its edit history."""

    message_id: int
    chat: Chat
    sender: JSON  # Bot API User object
    date: int
    text: str = ""  # plain text, after parsing
    html: str | None = None  # the text (or caption) parameter as the bot sent it
    entities: list[JSON] = field(default_factory=list)
    markup: JSON | None = None  # reply_markup as the bot sent it
    extra: JSON = field(default_factory=dict)  # other content fields (sticker, photo, ...)
    edits: list[ChatMessage] = field(default_factory=list)  # earlier versions, oldest first
    edit_date: int | None = None
    deleted: bool = False
    edits_seen: int = 0  # edits already handed to a wait_for_edit() caller
    document_bytes: bytes | None = None  # the uploaded file, for a document the bot sent

    @property
    def document(self) -> JSON | None:
        """The Bot API Document (file_id, file_name, mime_type, file_size, ...), if any."""
        return self.extra.get("document")

    @property
    def caption(self) -> str | None:
        """The caption of a media message, as plain text after parsing."""
        return self.extra.get("caption")

    @property
    def from_bot(self) -> bool:
        return bool(self.sender.get("is_bot"))

    @property
    def author(self) -> str:
        return "bot" if self.from_bot else str(self.sender.get("first_name", "user"))

    @property
    def reply_markup(self) -> list[list[Button]]:
        """The inline keyboard, row by row (empty when there is none)."""
        rows = (self.markup or {}).get("inline_keyboard") or []
        return [
            [Button(b.get("text", ""), b.get("callback_data"), b.get("url")) for b in row]
            for row in rows
        ]

    @property
    def buttons(self) -> list[Button]:
        return [button for row in self.reply_markup for button in row]

    def find_button(self, text: str | None = None, *, callback_data: str | None = None) -> Button:
        """The button with this exact text (or callback data); AssertionError if there is none."""
        for button in self.buttons:
            if (text is None or button.text == text) and (
                callback_data is None or button.callback_data == callback_data
            ):
                return button
        wanted = text if callback_data is None else f"callback_data={callback_data!r}"
        raise AssertionError(
            f"no button {wanted!r} on message #{self.message_id}; buttons: "
            f"{[(b.text, b.callback_data or b.url) for b in self.buttons]}\n"
            f"{transcript(self.chat)}"
        )

    def to_api(self) -> JSON:
        """The Bot API Message object."""
        result: JSON = {
            "message_id": self.message_id,
            "date": self.date,
            "chat": self.chat.info,
            "from": self.sender,
        }
        if self.text or not self.extra:
            result["text"] = self.text
        if self.entities:
            result["entities"] = self.entities
        if self.markup and "inline_keyboard" in self.markup:
            result["reply_markup"] = self.markup
        if self.edit_date is not None:
            result["edit_date"] = self.edit_date
        result.update(self.extra)
        return result

    def summary(self) -> JSON:
        """A compact JSON view for the HTTP control API."""
        return {
            "message_id": self.message_id,
            "from_bot": self.from_bot,
            "text": self.text,
            "html": self.html,
            "entities": self.entities,
            "caption": self.caption,
            "document": self.document,  # the metadata; GET file/<file_id> gives the bytes
            "buttons": [[b._asdict() for b in row] for row in self.reply_markup],
            "edits": len(self.edits),
            "deleted": self.deleted,
            "date": self.date,
        }

    def __str__(self) -> str:
        return f"#{self.message_id} {self.text!r}"

    def __repr__(self) -> str:
        state = " deleted" if self.deleted else f" edits={len(self.edits)}" if self.edits else ""
        return f"<ChatMessage #{self.message_id} from {self.author}{state}: {self.text!r}>"


class Member(Protocol):
    """The person on the other side of a private chat, as the server side needs to know them.

    :class:`tgdouble.users.SimulatedUser` is one; the protocol keeps this module from importing
    the user side, which itself builds on chats.
    """

    id: int
    info: JSON  # Bot API User object
    started: bool  # the bot may write only once the user has written first
    blocked: bool
    deactivated: bool
    callback_answers: list[CallbackAnswer]


@dataclass(eq=False, repr=False)
class Chat:
    """One chat as the double keeps it."""

    id: int
    info: JSON  # Bot API Chat object
    user: Member | None = None  # the other side of a private chat
    messages: dict[int, ChatMessage] = field(default_factory=dict)
    bot_messages: list[ChatMessage] = field(default_factory=list)
    timeline: list[ChatMessage | CallbackQuery] = field(default_factory=list)
    last_message_id: int = 0
    window: SlidingWindow = field(default_factory=SlidingWindow)
    changed: Notifier = field(default_factory=Notifier)

    def __repr__(self) -> str:
        return f"<Chat {self.id} ({self.info.get('type')}), {len(self.messages)} messages>"

    def add_message(self, sender: JSON, text: str = "", **fields: Any) -> ChatMessage:
        self.last_message_id += 1
        message = ChatMessage(self.last_message_id, self, sender, int(time.time()), text, **fields)
        self.messages[message.message_id] = message
        self.timeline.append(message)
        if message.from_bot:
            self.bot_messages.append(message)
        self.changed.notify()
        return message

    def edit(self, message: ChatMessage, **changes: Any) -> None:
        message.edits.append(replace(message, edits=[]))
        for name, value in changes.items():
            setattr(message, name, value)
        message.edit_date = int(time.time())
        self.changed.notify()

    def clear(self) -> None:
        """Forget the history (message ids keep counting up, as in Telegram)."""
        self.messages.clear()
        self.bot_messages.clear()
        self.timeline.clear()
        self.window.clear()
        self.changed.notify()


def _describe(entry: ChatMessage | CallbackQuery) -> list[str]:
    if isinstance(entry, CallbackQuery):
        answer = entry.answer
        said = "UNANSWERED" if answer is None else f"answered {answer.text or ''!r}"
        return [f"  -> taps {entry.data!r} on #{entry.message_id} ({said})"]
    flags = "".join(
        [
            f" (edited x{len(entry.edits)})" if entry.edits else "",
            " (deleted)" if entry.deleted else "",
        ]
    )
    content = entry.text or ", ".join(sorted(entry.extra)) or "<empty>"
    if entry.document is not None:
        name = entry.document.get("file_name") or entry.document["file_id"]
        size = entry.document.get("file_size")
        content = f"[document {name}{f', {size} bytes' if size is not None else ''}]"
        content += f" {entry.caption}" if entry.caption else ""
    lines = [f"#{entry.message_id} {entry.author}{flags}: {content}"]
    lines += [
        "    " + "  ".join(f"[{b.text} | {b.callback_data or b.url}]" for b in row)
        for row in entry.reply_markup
    ]
    return lines


def transcript(chat: Chat) -> str:
    """A readable dump of the chat, for assertion messages."""
    lines = [f"--- chat {chat.id} ({chat.info.get('type')}) ---"]
    for entry in chat.timeline:
        lines += _describe(entry)
    return "\n".join(lines)
