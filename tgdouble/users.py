"""The user side of the Bot API double: a person in a private chat with the bot.

A :class:`SimulatedUser` sends messages and taps buttons (each becomes an update the bot
receives through ``getUpdates``) and reads what the bot sent, waiting for it when needed.
"""

# The wait_* helpers take a timeout on purpose: it goes into their failure message.
# ruff: noqa: ASYNC109

from __future__ import annotations

import logging
import re
from typing import Any, Protocol

from tgdouble.chats import JSON, CallbackAnswer, Chat, ChatMessage, Member, transcript
from tgdouble.html import utf16_len

logger = logging.getLogger(__name__)

_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]{3,32})?")


def command_entities(text: str) -> list[JSON]:
    """A ``bot_command`` entity for a leading ``/command`` (or ``/command@botname``)."""
    match = _COMMAND.match(text)
    if match is None or (match.end() < len(text) and not text[match.end()].isspace()):
        return []
    return [{"type": "bot_command", "offset": 0, "length": utf16_len(match.group())}]


class Switchboard(Protocol):
    """What a user needs from the server side (:class:`tgdouble.server.BotApiDouble` is one)."""

    def enqueue_update(self, kind: str, payload: JSON) -> int | None: ...

    def unblock(self, user_id: int) -> None: ...

    def press(self, user: Member, message: ChatMessage, data: str) -> str: ...


class SimulatedUser:
    """A Telegram user talking to the bot in a private chat whose id is the user id."""

    def __init__(
        self,
        double: Switchboard,
        user_id: int,
        first_name: str,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = None,
    ) -> None:
        self.double = double
        self.id = user_id
        names = {"first_name": first_name, "last_name": last_name, "username": username}
        names = {key: value for key, value in names.items() if value}
        self.info: JSON = {"id": user_id, "is_bot": False, **names}
        if language_code:
            self.info["language_code"] = language_code
        self.chat = Chat(user_id, {"id": user_id, "type": "private", **names}, user=self)
        self.started = False  # the bot may write only once the user has written first
        self.blocked = False
        self.deactivated = False
        self.callback_answers: list[CallbackAnswer] = []
        self._read = 0  # bot messages already handed out by wait_for_messages/read

    def __repr__(self) -> str:
        return f"SimulatedUser({self.id}, {self.info['first_name']!r})"

    @property
    def messages(self) -> list[ChatMessage]:
        """Every message the bot sent in this chat, in order (deleted ones flagged)."""
        return self.chat.bot_messages

    @property
    def last_message(self) -> ChatMessage | None:
        return self.chat.bot_messages[-1] if self.chat.bot_messages else None

    def transcript(self) -> str:
        return transcript(self.chat)

    # -- acting -------------------------------------------------------------------------------

    def _post(self, text: str = "", **fields: Any) -> ChatMessage:
        if self.blocked:  # writing again means pressing "Restart", which unblocks the bot
            self.double.unblock(self.id)
        self.started = True
        message = self.chat.add_message(self.info, text, **fields)
        self.double.enqueue_update("message", message.to_api())
        return message

    async def send(self, text: str) -> ChatMessage:
        """Send a text message; a leading /command gets its ``bot_command`` entity."""
        return self._post(text, entities=command_entities(text))

    async def send_sticker(self, emoji: str = "👍") -> ChatMessage:
        unique = f"sticker{self.chat.last_message_id + 1}"
        sticker = {
            "file_id": f"CAACAgIAAx{unique}",
            "file_unique_id": unique,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
        }
        return self._post(extra={"sticker": sticker})

    async def send_photo(self, caption: str | None = None) -> ChatMessage:
        unique = f"photo{self.chat.last_message_id + 1}"
        photo = [
            {"file_id": f"AgACAgIAAx{unique}", "file_unique_id": unique, "width": 90, "height": 90}
        ]
        extra: JSON = {"photo": photo}
        if caption:
            extra["caption"] = caption
        return self._post(extra=extra)

    async def send_voice(self, duration: int = 3) -> ChatMessage:
        unique = f"voice{self.chat.last_message_id + 1}"
        voice = {"file_id": f"AwACAgIAAx{unique}", "file_unique_id": unique, "duration": duration}
        return self._post(extra={"voice": voice})

    async def edit_message(self, message: ChatMessage, text: str) -> ChatMessage:
        """Edit one of the user's own messages; the bot gets an ``edited_message`` update."""
        if message.from_bot or message.chat is not self.chat:
            raise AssertionError(f"{self!r} can only edit their own messages, not {message}")
        self.chat.edit(message, text=text, entities=command_entities(text))
        self.double.enqueue_update("edited_message", message.to_api())
        return message

    async def tap(
        self,
        message: ChatMessage | int,
        text: str | None = None,
        *,
        callback_data: str | None = None,
    ) -> str:
        """Tap an inline button by its exact text (or callback data); returns the query id."""
        if isinstance(message, int):
            message = self.chat.messages[message]
        if message.deleted:
            raise AssertionError(f"message {message} was deleted; it has no buttons to tap")
        button = message.find_button(text, callback_data=callback_data)
        if button.callback_data is None:
            raise AssertionError(f"button {button.text!r} opens {button.url!r}; it sends no query")
        return self.double.press(self, message, button.callback_data)

    # -- reading ------------------------------------------------------------------------------

    def forget_read(self) -> None:
        """Start reading afresh (the double's reset cleared the chat)."""
        self._read = 0

    def read(self) -> list[ChatMessage]:
        """The bot messages not yet handed out, without waiting."""
        unread = self.chat.bot_messages[self._read :]
        self._read = len(self.chat.bot_messages)
        return unread

    async def wait_for_messages(self, count: int = 1, timeout: float = 5.0) -> list[ChatMessage]:
        """The next ``count`` bot messages in this chat; AssertionError if they don't come."""
        wanted = self._read + count
        arrived = await self.chat.changed.wait_for(
            lambda: len(self.chat.bot_messages) >= wanted, timeout
        )
        if not arrived:
            got = len(self.chat.bot_messages) - self._read
            raise AssertionError(
                f"expected {count} new bot message(s) from chat {self.id} within {timeout}s, "
                f"got {got}\n{self.transcript()}"
            )
        messages = self.chat.bot_messages[self._read : wanted]
        self._read = wanted
        return messages

    async def wait_for_edit(self, message: ChatMessage, timeout: float = 5.0) -> ChatMessage:
        """Wait until ``message`` is edited (again); returns it, now holding the new content."""
        seen = message.edits_seen
        if not await self.chat.changed.wait_for(lambda: len(message.edits) > seen, timeout):
            raise AssertionError(
                f"message {message} was not edited within {timeout}s\n{self.transcript()}"
            )
        message.edits_seen = len(message.edits)
        return message

    async def wait_for_answer(self, query_id: str, timeout: float = 5.0) -> CallbackAnswer:
        """Wait until the bot answers the callback query ``query_id``."""

        def answered() -> bool:
            return any(answer.query_id == query_id for answer in self.callback_answers)

        if not await self.chat.changed.wait_for(answered, timeout):
            raise AssertionError(
                f"callback query {query_id} was not answered within {timeout}s\n{self.transcript()}"
            )
        return next(answer for answer in self.callback_answers if answer.query_id == query_id)
