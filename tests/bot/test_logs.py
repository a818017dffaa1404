"""Logging: the bot token never reaches the log output, and HTTP clients stay quiet."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator

import pytest

from bot.logs import setup_logging

SECRET = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
TOKEN = f"123456789:{SECRET}"
API_URL = f"https://api.telegram.org/bot{TOKEN}"


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """setup_logging changes process-wide state; put it back for the other tests."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    quieted = {name: logging.getLogger(name).level for name in ("httpx", "httpcore")}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, old in quieted.items():
        logging.getLogger(name).setLevel(old)


def log_exception(log: logging.Logger) -> None:
    try:
        raise ConnectionError(f"could not reach {API_URL}/getUpdates")
    except ConnectionError:
        log.exception("polling failed")


WAYS_TO_LOG_THE_TOKEN: dict[str, Callable[[logging.Logger], None]] = {
    "in-the-message": lambda log: log.info(f"GET {API_URL}/getMe"),
    "in-the-args": lambda log: log.debug("POST %s/sendMessage (%d bytes)", API_URL, 120),
    "in-an-exception": log_exception,
}


@pytest.mark.parametrize("emit", WAYS_TO_LOG_THE_TOKEN.values(), ids=WAYS_TO_LOG_THE_TOKEN.keys())
def test_the_token_is_redacted_from_what_is_written(
    capsys: pytest.CaptureFixture[str], emit: Callable[[logging.Logger], None]
) -> None:
    setup_logging(level="DEBUG", token=TOKEN)
    emit(logging.getLogger("telegram.ext.Updater"))
    written = capsys.readouterr().err
    assert "https://api.telegram.org/bot<TOKEN>" in written
    assert SECRET not in written and "123456789" not in written


def test_the_exception_keeps_its_traceback_apart_from_the_token(
    capsys: pytest.CaptureFixture[str],
) -> None:
    setup_logging(level="DEBUG", token=TOKEN)
    log_exception(logging.getLogger("push.tick"))
    written = capsys.readouterr().err
    assert "ERROR push.tick: polling failed" in written
    assert "Traceback (most recent call last)" in written
    assert "ConnectionError: could not reach https://api.telegram.org/bot<TOKEN>/getUpdates" in (
        written
    )


def test_a_token_of_any_shape_is_redacted_when_it_is_given(
    capsys: pytest.CaptureFixture[str],
) -> None:
    odd_token = "42:local-double"  # too short for the pattern, so only knowing it helps
    setup_logging(level="INFO", token=odd_token)
    logging.getLogger("bot").info("talking to /bot%s/getMe", odd_token)
    written = capsys.readouterr().err
    assert "/bot<TOKEN>/getMe" in written and "local-double" not in written


def test_debug_records_are_written_at_debug_level(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging(level="DEBUG", token=TOKEN)
    logging.getLogger("bot.app").debug("handlers registered")
    assert "DEBUG bot.app: handlers registered" in capsys.readouterr().err


def test_httpx_is_quiet_below_warning(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging(level="DEBUG", token=TOKEN)
    httpx = logging.getLogger("httpx")
    assert httpx.getEffectiveLevel() == logging.WARNING
    httpx.info('HTTP Request: POST %s/getUpdates "HTTP/1.1 200 OK"', API_URL)
    httpx.warning("retrying %s/getUpdates", API_URL)
    written = capsys.readouterr().err
    assert "HTTP Request" not in written
    assert "WARNING httpx: retrying https://api.telegram.org/bot<TOKEN>/getUpdates" in written


def test_setting_up_twice_writes_each_record_once(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging(level="INFO", token=TOKEN)
    setup_logging(level="INFO", token=TOKEN)
    logging.getLogger("bot").info("started")
    assert capsys.readouterr().err.count("bot: started") == 1
