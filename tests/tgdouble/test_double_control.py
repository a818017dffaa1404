"""The Bot API double with a PTB application polling it, its HTTP control API and its command
line."""

from __future__ import annotations

import asyncio
import signal
import sys
from typing import Any

import aiohttp
import pytest
from telegram import Bot, InputFile, Update
from telegram.error import (
    Forbidden,
    NetworkError,
    RetryAfter,
)
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
)

from tests.tgdouble.common import MENU, TOKEN
from tgdouble import (
    BotApiDouble,
)

# -- a PTB application polling the double --------------------------------------------------------


async def test_application_polls_replies_and_answers(double: BotApiDouble) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_html("<b>Welcome</b>", reply_markup=MENU)

    async def on_menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("Topics")

    app = (
        Application.builder()
        .token(TOKEN)
        .base_url(double.base_url)
        .base_file_url(double.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(on_menu, pattern="^menu$"))
    alice = double.user(1001, "Alice")
    async with app:
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await app.start()
        try:
            await alice.send("/start")
            (welcome,) = await alice.wait_for_messages(timeout=3)
            assert welcome.text == "Welcome" and welcome.entities[0]["type"] == "bold"
            await alice.tap(welcome, "Menu")
            await alice.wait_for_edit(welcome, timeout=3)
            assert welcome.text == "Topics" and welcome.buttons == []
            assert len(alice.callback_answers) == 1 and not double.unanswered_callbacks()
        finally:
            await app.updater.stop()
            await app.stop()


async def test_groups_and_a_restarted_double_keep_state(double: BotApiDouble, bot: Bot) -> None:
    await double.send_group_message(-500, 1001, "/help@course_test_bot")
    await bot.send_message(-500, "Groups need no /start from each member")
    port = int(double.url.rsplit(":", 1)[1])
    await double.stop()
    await double.start(port=port)
    (update,) = await bot.get_updates()
    assert update.message.chat.title == "Test group"
    assert [m.text for m in double.chat(-500).bot_messages] == [
        "Groups need no /start from each member"
    ]


# -- the HTTP control API and the command line ---------------------------------------------------


async def test_control_api(double: BotApiDouble, bot: Bot, http: aiohttp.ClientSession) -> None:
    async def call(path: str, body: dict[str, Any] | None = None, status: int = 200) -> Any:
        method = http.post if body is not None else http.get
        async with method(f"/_double/{path}", json=body) as response:
            assert response.status == status, await response.text()
            return await response.json()

    assert await call("users", {"ids": "10..12"}) == {"registered": 3}
    sent = await call("send", {"user_id": 10, "text": "/start"})
    assert sent["message"]["entities"][0]["type"] == "bot_command"
    (update,) = await bot.get_updates()
    assert update.message.from_user.id == 10

    reply = await bot.send_message(10, "<b>Hi</b>", parse_mode="HTML", reply_markup=MENU)
    waited = await call("wait", {"user_id": 10, "count": 1, "timeout": 1})
    assert waited["messages"][0]["buttons"] == [
        [{"text": "Menu", "callback_data": "menu", "url": None}]
    ]
    chat = await call("chat/10")
    assert chat["messages"][0]["html"] == "<b>Hi</b>" and "#2 bot: Hi" in chat["transcript"]
    tapped = await call("tap", {"user_id": 10, "message_id": reply.message_id, "text": "Menu"})
    await bot.answer_callback_query(tapped["callback_query_id"], text="ok")
    assert (await call("chat/10"))["callback_answers"][0]["text"] == "ok"

    await call("config", {"global_rate": 1, "per_chat_limit": "3/3"})
    assert double.per_chat_limit == (3, 3.0)
    await bot.send_message(11, "first in this second")
    with pytest.raises(RetryAfter):
        await bot.send_message(11, "second in this second")
    await call("config", {"global_rate": None, "per_chat_limit": None})
    await call("faults", {"kind": "server_error", "method": "sendMessage"})
    with pytest.raises(NetworkError):
        await bot.send_message(11, "x")
    await call("block", {"user_id": 12})
    with pytest.raises(Forbidden):
        await bot.send_message(12, "x")

    stats = await call("stats")
    assert stats["delivered"] == 2 and stats["rate_limited"] == 1
    assert stats["faults"] == {"server_error": 1} and stats["errors_by_code"] == {"403": 1}
    assert (await call("deliveries"))["deliveries"][0][:3] == [10, reply.message_id, "Hi"]

    assert "error" in await call("tap", {"user_id": 10, "message_id": 99, "text": "x"}, 400)
    assert "error" in await call("send", {"text": "no user"}, 400)
    await call("reset", {})
    assert (await call("stats"))["delivered"] == 0 and (await call("chat/10"))["messages"] == []


async def test_control_api_shows_documents(
    double: BotApiDouble, bot: Bot, http: aiohttp.ClientSession
) -> None:
    double.add_user(10, "Ann")
    sent = await bot.send_document(
        10, InputFile(b'{"a": 1}', filename="a.json"), caption="<i>Saved</i>", parse_mode="HTML"
    )
    async with http.get("/_double/chat/10") as response:
        (message,) = (await response.json())["messages"]
    assert message["caption"] == "Saved" and message["html"] == "<i>Saved</i>"
    assert message["document"] == sent.document.to_dict()  # the metadata, not the bytes
    async with http.get(f"/_double/file/{sent.document.file_id}") as response:
        assert response.content_type == "application/json"
        assert await response.read() == b'{"a": 1}'
    async with http.get("/_double/file/no-such-file") as response:
        assert response.status == 400


async def test_command_line_runs_until_sigterm() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tgdouble",
        "--port",
        "0",
        "--users",
        "1000..1004",
        "--per-chat",
        "3/3",
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        url = (await asyncio.wait_for(process.stdout.readline(), 10)).decode().strip()
        assert url.startswith("http://127.0.0.1:")
        async with aiohttp.ClientSession(url) as http:
            async with http.post(f"/bot{TOKEN}/sendMessage", data={"chat_id": 1004, "text": "hi"}):
                pass
            async with http.get("/_double/stats") as response:
                assert (await response.json())["delivered"] == 1
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 10) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
