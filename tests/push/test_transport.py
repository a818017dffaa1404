"""The push's own transport speaks to the Bot API exactly as ``Bot.send_message`` does.

A tiny server on 127.0.0.1 captures what each sends for the same lesson and answers both the
same way, so the form fields and the exceptions can be compared one for one.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qsl

import pytest
from aiohttp import web
from telegram import Bot, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import TelegramError

import views
from content.loader import load_course
from push.transport import NotSent, PreparedCall, Transport
from push.verdict import Verdict, classify
from settings.config import DEFAULT_CONTENT_DIR
from tests.conftest import TOKEN

CHAT = 123456
ME = {"id": 1, "is_bot": True, "first_name": "Course", "username": "course_bot"}


class Capture:
    """Answers getMe; answers sendMessage with `answer` and keeps each body it was sent."""

    def __init__(self) -> None:
        self.bodies: list[list[tuple[str, str]]] = []
        self.answer: tuple[int, dict[str, Any]] = (200, {})

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if method == "getMe":
            return web.json_response({"ok": True, "result": ME})
        body = (await request.read()).decode()
        self.bodies.append(sorted(parse_qsl(body, keep_blank_values=True)))
        status, payload = self.answer
        if status == 200:
            message = {"message_id": 1, "date": 0, "chat": {"id": CHAT, "type": "private"}}
            payload = {"ok": True, "result": {**message, "text": "x"}}
        return web.json_response(payload, status=status)


@pytest.fixture
async def server() -> AsyncIterator[tuple[Capture, str]]:
    capture = Capture()
    app = web.Application()
    app.router.add_post("/bot{token}/{method}", capture.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield capture, f"http://127.0.0.1:{port}/bot"
    finally:
        await runner.cleanup()


def lesson_message() -> dict[str, Any]:
    course = load_course(DEFAULT_CONTENT_DIR)
    text, keyboard = views.push_view(course.lessons[0])
    return {
        "text": text,
        "parse_mode": ParseMode.HTML,
        "reply_markup": keyboard,
        "link_preview_options": LinkPreviewOptions(is_disabled=True),
        "allow_paid_broadcast": True,
    }


async def test_the_push_sends_the_same_form_as_bot_send_message(
    server: tuple[Capture, str],
) -> None:
    capture, base = server
    message = lesson_message()
    async with Bot(TOKEN, base_url=base) as bot:
        await bot.send_message(CHAT, **message)
        transport = Transport(bot.base_url)
        call = PreparedCall("sendMessage", **message)
        try:
            await transport.post(call, call.body(chat_id=CHAT))
        finally:
            await transport.shutdown()
    by_bot, by_push = capture.bodies
    assert dict(by_push).keys() == dict(by_bot).keys()
    for (name, ours), (_, theirs) in zip(by_push, by_bot, strict=True):
        if ours.startswith(("{", "[")):  # JSON fields: the same object, spacing aside
            assert json.loads(ours) == json.loads(theirs), name
        else:
            assert ours == theirs, name
    assert "Lesson 1 of" in dict(by_push)["text"]


def failure(code: int, description: str, **parameters: int) -> dict[str, Any]:
    answer: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
    return {**answer, "parameters": parameters} if parameters else answer


@pytest.mark.parametrize(
    ("status", "payload", "verdict"),
    [
        (403, failure(403, "Forbidden: bot was blocked by the user"), "blocked"),
        (400, failure(400, "Bad Request: chat not found"), "unreachable"),
        (400, failure(400, "Bad Request: can't parse entities"), "failed"),
        (429, failure(429, "Too Many Requests: retry after 3", retry_after=3), "flood_wait"),
        (400, failure(400, "Bad Request: group migrated", migrate_to_chat_id=-100), "unreachable"),
        (500, failure(500, "Internal Server Error"), "retry"),
        (502, {}, "retry"),
        (401, failure(401, "Unauthorized"), "failed"),
    ],
)
async def test_telegrams_answers_raise_what_python_telegram_bot_raises(
    server: tuple[Capture, str], status: int, payload: dict[str, Any], verdict: str
) -> None:
    capture, base = server
    capture.answer = (status, payload)
    bot = Bot(TOKEN, base_url=base)
    transport = Transport(bot.base_url)
    call = PreparedCall("sendMessage", text="Hello")
    errors: list[TelegramError] = []
    for send in (
        lambda: bot.send_message(CHAT, "Hello"),
        lambda: transport.post(call, call.body(chat_id=CHAT)),
    ):
        with pytest.raises(TelegramError) as raised:
            await send()
        errors.append(raised.value)
    await transport.shutdown()
    await bot.shutdown()
    theirs, ours = errors
    assert type(ours) is type(theirs)
    assert ours.message == theirs.message
    assert classify(ours) == Verdict(verdict)


async def test_no_connection_means_nothing_was_sent() -> None:
    transport = Transport(f"http://127.0.0.1:9/bot{TOKEN}")  # the discard port: refused
    call = PreparedCall("sendMessage", text="Hello")
    with pytest.raises(NotSent) as raised:
        await transport.post(call, call.body(chat_id=CHAT))
    await transport.shutdown()
    assert classify(raised.value) is Verdict.RETRY
