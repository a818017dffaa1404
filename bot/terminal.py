"""The offline demo's screen: a Telegram chat drawn in a terminal.

:class:`ChatScreen` prints what the bot does in the demo chat as it happens: new messages with
their number and buttons, edits, deletions and the short notices a tap can bring up. It also
turns what the person types to tap a button (``2``, or ``5.2`` for message #5) into that button.
"""

from __future__ import annotations

import html
import logging
import re
from dataclasses import dataclass
from typing import TextIO

from tgdouble import Button, ChatMessage, SimulatedUser

logger = logging.getLogger(__name__)

# "2" taps button 2 of the keyboard printed last; "5.2" taps button 2 of message #5.
_BUTTON_REF = re.compile(r"(?:(\d{1,9})\.)?(\d{1,9})")


class Style:
    """ANSI styles when writing to a terminal, plain text otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.enabled else text


def render_html(text: str, style: Style) -> str:
    """Telegram HTML as terminal text: bold and italics kept, links shown, quotes indented."""
    text = re.sub(
        r"<(b|strong)>(.*?)</\1>", lambda m: style.wrap("1", m.group(2)), text, flags=re.S
    )
    text = re.sub(r"<(i|em)>(.*?)</\1>", lambda m: style.wrap("3", m.group(2)), text, flags=re.S)
    text = re.sub(
        r'<a href="([^"]*)">(.*?)</a>',
        lambda m: f"{m.group(2)} ({m.group(1)})" if m.group(1) != m.group(2) else m.group(1),
        text,
        flags=re.S,
    )
    text = re.sub(
        r"<blockquote[^>]*>(.*?)</blockquote>",
        lambda m: "\n".join("│ " + line for line in m.group(1).splitlines()),
        text,
        flags=re.S,
    )
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def button_ref(text: str) -> tuple[int | None, int] | None:
    """``(message number or None, button number)`` if ``text`` names a button, else None."""
    match = _BUTTON_REF.fullmatch(text)
    if match is None:
        return None
    message_id, number = match.groups()
    return (int(message_id) if message_id else None), int(number)


@dataclass
class _Shown:
    """What the screen last printed of one message."""

    edits: int
    text: str
    deleted: bool = False


class ChatScreen:
    """Prints the demo chat as it changes and finds the buttons the person names."""

    def __init__(self, user: SimulatedUser, style: Style, out: TextIO) -> None:
        self.user = user
        self.style = style
        self.out = out
        self.keyboard_id: int | None = None  # the message whose buttons were printed last
        self._shown: dict[int, _Shown] = {}
        self._answers = 0  # callback answers already shown
        self._printed: tuple[int, ...] = ()

    def forget(self) -> None:
        """Start a fresh screen (the chat was cleared)."""
        self.keyboard_id = None
        self._shown.clear()
        self._answers = 0
        self._printed = self._version()

    def _version(self) -> tuple[int, ...]:
        """A cheap fingerprint of the chat: it changes whenever something is worth a look."""
        messages = self.user.messages
        return (
            len(messages),
            sum(len(m.edits) for m in messages),
            sum(m.deleted for m in messages),
            len(self.user.callback_answers),
        )

    def has_news(self) -> bool:
        return self._version() != self._printed

    def write(self, text: str) -> None:
        self.out.write(text)
        self.out.flush()

    def note(self, text: str) -> None:
        """A line from the demo itself (not from the bot), set apart in parentheses."""
        self.write(self.style.wrap("2", f"({text})") + "\n")

    def prompt(self) -> None:
        self.write(self.style.wrap("32", "you> "))

    def print_news(self) -> bool:
        """Print what changed since the last call; whether anything was printed."""
        printed = False
        self._printed = self._version()
        for message in self.user.messages:
            printed |= self._print_changes(message)
        answers = self.user.callback_answers
        for answer in answers[self._answers :]:
            if answer.text:  # Telegram shows the text as a toast (or an alert box)
                kind = "alert" if answer.show_alert else "notice"
                self.write(self.style.wrap("35", f"  [{kind}] {answer.text}") + "\n")
                printed = True
        self._answers = len(answers)
        return printed

    def _print_changes(self, message: ChatMessage) -> bool:
        seen = self._shown.get(message.message_id)
        if seen is not None and message.deleted and not seen.deleted:
            seen.deleted = True
            self.note(f"the bot deleted message #{message.message_id}")
            return True
        if message.deleted or (seen is not None and seen.edits == len(message.edits)):
            return False
        self._shown[message.message_id] = _Shown(len(message.edits), message.text)
        # An edit that only took the buttons away (after a tap) is not worth reprinting.
        if seen is not None and seen.text == message.text and not message.reply_markup:
            return False
        self._print(message, edited=seen is not None)
        return True

    def _print(self, message: ChatMessage, edited: bool) -> None:
        label = f"bot #{message.message_id}" + (" (edited)" if edited else "") + ":"
        body = render_html(message.html or message.text, self.style)
        document = message.document
        if document:  # a terminal can't show a file, so say what it is and how big
            size = document.get("file_size", 0)
            body = f"[file: {document.get('file_name', 'document')}, {size} bytes]\n{body}"
        lines = [f"\n{self.style.wrap('36', label)}", body]
        number = 0
        for row in message.reply_markup:
            labels = []
            for button in row:
                number += 1
                link = " ↗" if button.callback_data is None else ""
                labels.append(self.style.wrap("33", f"[{number}] {button.text}{link}"))
            lines.append("  " + "   ".join(labels))
        if number:
            self.keyboard_id = message.message_id
        self.write("\n".join(lines) + "\n")

    def keyboard_showing(self) -> bool:
        """Whether the keyboard printed last still has buttons (a bare number taps one)."""
        message = self.user.chat.messages.get(self.keyboard_id or 0)
        return message is not None and not message.deleted and bool(message.buttons)

    def find_button(self, ref: tuple[int | None, int]) -> tuple[ChatMessage, Button] | str:
        """The message and button ``ref`` names, or a kind line saying why there is none."""
        message_id, number = ref
        if message_id is None:
            message_id = self.keyboard_id
            if message_id is None:
                return "no buttons on screen yet"
        message = self.user.chat.messages.get(message_id)
        if message is None or not message.from_bot:
            return f"there is no message #{message_id} from the bot"
        if message.deleted:
            return f"message #{message_id} was deleted"
        buttons = message.buttons
        if not buttons:
            return f"message #{message_id} has no buttons now"
        if not 1 <= number <= len(buttons):
            return f"message #{message_id} has buttons 1 to {len(buttons)}"
        return message, buttons[number - 1]
