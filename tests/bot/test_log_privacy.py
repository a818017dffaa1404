"""Nothing a person wrote or is called reaches the log, even at DEBUG.

python-telegram-bot logs every update and API call at DEBUG, and aiosqlite every query with its
parameters. The bot runs here as a real process at LOG_LEVEL=DEBUG; a person with a distinctive
name and username writes a crisis message, types a time and answers a question, and then the
whole log is searched for what they wrote and who they are.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.logs import setup_logging
from tests.bot.test_shutdown import BotProcess
from tests.launcher import Launcher
from tgdouble.server import BotApiDouble

pytestmark = pytest.mark.timeout(120)

CRISIS = "I want to end my life"
FIRST_NAME = "Quillonia"
USERNAME = "quillonia_private_handle"
TYPED_TIME = "7.45 p.m."
CHAT_ID = 731_555_019


class DebugBotProcess(BotProcess):
    def environment(self) -> dict[str, str]:
        return {**super().environment(), "LOG_LEVEL": "DEBUG"}


async def test_a_whole_conversation_at_debug_logs_no_text_name_or_chat_id(
    double: BotApiDouble, tmp_path: Path, launcher: Launcher
) -> None:
    bot = DebugBotProcess(double, tmp_path / "bot.sqlite3", launcher)
    person = double.user(CHAT_ID, FIRST_NAME, username=USERNAME, language_code="en")
    try:
        await bot.start()
        await person.send("/start")
        welcome, ask_time = await person.wait_for_messages(2, timeout=60)
        assert FIRST_NAME in welcome.text  # the bot did read the name: it must not log it
        await person.send(CRISIS)
        (crisis_reply, *_rest) = await person.wait_for_messages(1, timeout=10)
        assert "988" in crisis_reply.text
        await person.tap(ask_time, "Other time…")
        await person.wait_for_edit(ask_time)
        await person.send(TYPED_TIME)
        (ask_zone,) = await person.wait_for_messages(1, timeout=10)
        await person.tap(ask_zone, "Other: type your city…")
        await person.wait_for_edit(ask_zone)
        await person.send("Europe/Lisbon")
        (done,) = await person.wait_for_messages(1, timeout=10)
        assert "19:45" in done.text
        assert await bot.stop(signal.SIGTERM) == 0, bot.log[-3000:]
    finally:
        await bot.kill()

    log = bot.log
    # The log is a real DEBUG log: PTB's API calls and aiosqlite's queries are in it.
    assert " DEBUG telegram" in log and " DEBUG aiosqlite" in log, log[-3000:]
    for secret in (CRISIS, "end my life", FIRST_NAME, USERNAME, TYPED_TIME, "Europe/Lisbon"):
        assert secret not in log, [line for line in log.splitlines() if secret in line][:3]
    lines_with_the_chat_id = [line for line in log.splitlines() if str(CHAT_ID) in line]
    assert not [line for line in lines_with_the_chat_id if " ERROR " not in line], (
        lines_with_the_chat_id[:3]
    )
    assert "getUpdates returned" in log


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_library_records_are_summarised(
    capsys: pytest.CaptureFixture[str], restore_logging: None
) -> None:
    """The shapes python-telegram-bot and aiosqlite log, each turned into a safe summary."""
    import functools

    setup_logging("DEBUG")
    update = {"update_id": 5, "message": {"text": CRISIS, "from": {"first_name": FIRST_NAME}}}
    bot = logging.getLogger("telegram.Bot")
    bot.debug("Calling Bot API endpoint `%s` with parameters `%s`", "sendMessage", update)
    bot.debug(
        "Call to Bot API endpoint `%s` finished with return value `%s`", "getUpdates", [update]
    )
    logging.getLogger("aiosqlite").debug(
        "executing %s", functools.partial(print, "SELECT ?", (FIRST_NAME,))
    )
    logging.getLogger("some.library").info("unknown shape %s and %r", CRISIS, [USERNAME])
    written = capsys.readouterr().err
    assert "Calling Bot API endpoint `sendMessage` with parameters: message, update_id" in written
    assert "getUpdates returned 1 updates" in written
    assert "aiosqlite: executing print" in written
    assert "unknown shape <21 characters> and '1 str'" in written
    for secret in (CRISIS, FIRST_NAME, USERNAME):
        assert secret not in written
