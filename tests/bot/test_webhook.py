"""Webhook mode: our webhook server (bot/webhook.py) with the settings `python -m bot run` uses.

Only requests that carry the secret token reach the bot; anything else gets 403. A body over
1 MB gets 413 before it is read, and a body that is not an update 400.
"""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import replace
from typing import Any

import aiohttp
import pytest
from telegram.ext import Application

from bot.app import build_application
from bot.cli import ALLOWED_UPDATES, webhook_options
from bot.webhook import RefusalLog, serving
from handlers.context import SERVICES_KEY
from journey.clock import FakeClock
from settings.config import Config
from storage import subscribers
from tgdouble.server import BotApiDouble
from tgdouble.users import command_entities

SECRET = "s3cret_token-for-tests"
HEADER = "X-Telegram-Bot-Api-Secret-Token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@asynccontextmanager
async def serving_webhook(
    application: Application, options: dict[str, Any]
) -> AsyncIterator[Application]:
    """The bot with the lifecycle `python -m bot run` drives, inside the test's own event loop."""
    async with serving(application, **options):
        yield application


def webhook_config(config: Config, url: str) -> Config:
    return replace(
        config,
        webhook_url=url,
        webhook_secret=SECRET,
        webhook_listen="127.0.0.1",
        webhook_port=free_port(),
    )


def test_webhook_options_follow_the_configured_address(config: Config) -> None:
    options = webhook_options(webhook_config(config, "https://bot.example.org/tg/hook"))
    assert options["url_path"] == "tg/hook"
    assert options["webhook_url"] == "https://bot.example.org/tg/hook"
    assert options["secret_token"] == SECRET
    assert options["listen"] == "127.0.0.1"
    assert "my_chat_member" in options["allowed_updates"]
    assert options["allowed_updates"] == ALLOWED_UPDATES


async def test_only_requests_with_the_secret_reach_the_bot(
    double: BotApiDouble, config: Config, clock: FakeClock
) -> None:
    # A public address the double never contacts: the test posts the updates itself.
    settings = webhook_config(config, "https://bot.example.org/tg/hook")
    options = webhook_options(settings)
    application = build_application(settings, clock=clock, push=False)
    alice = double.user(1001, first_name="Alice", language_code="en", started=True)
    local = f"http://127.0.0.1:{settings.webhook_port}/tg/hook"

    def update(update_id: int) -> dict[str, Any]:
        message = alice.chat.add_message(alice.info, "/start", entities=command_entities("/start"))
        return {"update_id": update_id, "message": message.to_api()}

    async with serving_webhook(application, options), aiohttp.ClientSession() as http:
        info = await application.bot.get_webhook_info()
        assert info.url == "https://bot.example.org/tg/hook"
        assert "my_chat_member" in (info.allowed_updates or ())

        for headers in ({}, {HEADER: "wrong"}):
            async with http.post(local, json=update(1), headers=headers) as response:
                assert response.status == 403
        await asyncio.sleep(0.3)
        assert alice.messages == []
        db = application.bot_data[SERVICES_KEY].require_db()
        assert await subscribers.get_subscriber(db, alice.id) is None

        async with http.post(local, json=update(2), headers={HEADER: SECRET}) as response:
            assert response.status == 200
        welcome, ask_time = await alice.wait_for_messages(2)
        assert "Hi Alice!" in welcome.text
        assert "What time suits you?" in ask_time.text
        assert await subscribers.get_subscriber(db, alice.id) is not None


async def test_a_conversation_over_the_webhook(
    double: BotApiDouble, config: Config, clock: FakeClock
) -> None:
    # A loopback address: the double delivers updates to the bot's webhook, with the secret.
    port = free_port()
    settings = replace(webhook_config(config, f"http://127.0.0.1:{port}/hook"), webhook_port=port)
    application = build_application(settings, clock=clock, push=False)
    async with serving_webhook(application, webhook_options(settings)):
        alice = double.user(1001, first_name="Alice")
        await alice.send("/start")
        _welcome, ask_time = await alice.wait_for_messages(2)
        await alice.tap(ask_time, "08:00")
        await alice.wait_for_edit(ask_time)
        assert "time zone" in ask_time.text

        double.block(alice.id)  # my_chat_member must come through the webhook too
        db = application.bot_data[SERVICES_KEY].require_db()
        for _ in range(50):
            subscriber = await subscribers.get_subscriber(db, alice.id)
            if subscriber is not None and subscriber.status == "blocked":
                break
            await asyncio.sleep(0.05)
        assert subscriber is not None and subscriber.status == "blocked"


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"], indirect=True)
async def test_an_update_posted_to_two_instances_is_answered_once(
    double: BotApiDouble, config: Config, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    # Two instances on one database behind a load balancer: Telegram's retry of a call that
    # timed out reaches the second while the first is still at it.
    apps = []
    for _ in range(2):
        settings = webhook_config(config, "https://bot.example.org/tg/hook")
        apps.append((build_application(settings, clock=clock, push=False), settings))
    alice = double.user(1001, first_name="Alice", language_code="en", started=True)
    message = alice.chat.add_message(alice.info, "/start", entities=command_entities("/start"))
    update = {"update_id": 7, "message": message.to_api()}
    async with AsyncExitStack() as stack:
        for application, settings in apps:
            await stack.enter_async_context(serving_webhook(application, webhook_options(settings)))
        http = await stack.enter_async_context(aiohttp.ClientSession())
        posts = [
            http.post(
                f"http://127.0.0.1:{settings.webhook_port}/tg/hook",
                json=update,
                headers={HEADER: SECRET},
            )
            for _, settings in apps
        ]
        for response in await asyncio.gather(*posts):
            assert response.status == 200
            response.release()
        welcome, _ask_time = await alice.wait_for_messages(2)
        assert "Hi Alice!" in welcome.text
        for _ in range(200):  # the other instance has had it too, and stopped it at once
            if "Update 7 was delivered again" in caplog.text:
                break
            await asyncio.sleep(0.025)
        assert "Update 7 was delivered again" in caplog.text
        assert len(alice.messages) == 2 and double.duplicate_deliveries() == {}
        db = apps[0][0].bot_data[SERVICES_KEY].require_db()
        rows = await db.fetchall("SELECT update_id FROM handled_updates")
        assert [row[0] for row in rows] == [7]


async def raw_request(port: int, head: str, body: bytes = b"") -> int:
    """Send a request's head and the start of its body; return the status the server answers.

    The rest of a declared body is never sent: a server that reads the body before answering
    would wait for it, and the test would time out instead of getting a status.
    """
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(head.encode("latin-1") + b"\r\n" + body)
        await writer.drain()
        async with asyncio.timeout(20):
            status_line = await reader.readline()
        return int(status_line.split()[1])
    finally:
        writer.close()


def head(path: str, length: int | None, secret: str | None, chunked: bool = False) -> str:
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    if secret is not None:
        lines.append(f"{HEADER}: {secret}")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    elif length is not None:
        lines.append(f"Content-Length: {length}")
    return "\r\n".join(lines) + "\r\n"


async def test_hostile_requests_are_refused_before_their_body_is_read(
    double: BotApiDouble, config: Config, clock: FakeClock
) -> None:
    settings = webhook_config(config, "https://bot.example.org/tg/hook")
    application = build_application(settings, clock=clock, push=False)
    port, huge = settings.webhook_port, 95 * 1024 * 1024
    start = b"{" + b" " * 65_000
    async with serving_webhook(application, webhook_options(settings)):
        # 95 MB declared, 64 kB sent: answered at once, never read to the end.
        assert await raw_request(port, head("/tg/hook", huge, None), start) == 403
        assert await raw_request(port, head("/tg/hook", huge, "wrong"), start) == 403
        assert await raw_request(port, head("/tg/hook", huge, SECRET[:-1] + "X"), start) == 403
        assert await raw_request(port, head("/tg/hook", huge, SECRET), start) == 413
        # A chunked body gives no size up front: it is cut off once it passes 1 MB.
        chunk = b"%x\r\n%s\r\n" % (256 * 1024, b" " * 256 * 1024)
        chunked = head("/tg/hook", None, SECRET, chunked=True)
        assert await raw_request(port, chunked, chunk * 5) == 413
        assert await raw_request(port, head("/elsewhere", 2, SECRET), b"{}") == 404

        async with aiohttp.ClientSession() as http:
            local = f"http://127.0.0.1:{port}/tg/hook"
            junk = (
                b"{not json",
                b"[1, 2]",
                b'{"no_update_id": 1}',
                b"\xff\xfe",
                b'{"update_id": 1, "message": "text"}',
                b'{"update_id": 1, "message": {"message_id": 1, "date": 1e30, "chat": {}}}',
                b'{"update_id": 1, "message": {"message_id": 1, "date": 100000000000000000000,'
                b' "chat": {"id": 1, "type": "private"}}}',
            )
            for body in junk:
                async with http.post(local, data=body, headers={HEADER: SECRET}) as response:
                    assert response.status == 400, body
            async with http.get(local, headers={HEADER: SECRET}) as response:
                assert response.status == 405

            # The bot still serves a real update afterwards.
            alice = double.user(1001, first_name="Alice", started=True)
            message = alice.chat.add_message(
                alice.info, "/start", entities=command_entities("/start")
            )
            update = {"update_id": 9, "message": message.to_api()}
            async with http.post(local, json=update, headers={HEADER: SECRET}) as response:
                assert response.status == 200
            welcome, _ask_time = await alice.wait_for_messages(2)
            assert "Hi Alice!" in welcome.text


def test_a_flood_of_refused_requests_logs_one_line_a_minute(
    caplog: pytest.LogCaptureFixture,
) -> None:
    log = RefusalLog(interval=60.0)
    with caplog.at_level(logging.WARNING, logger="bot.webhook"):
        for _ in range(500):
            log.refused("403", "Webhook request without the right secret token refused (403)")
        log.refused("400", "Webhook request refused (400): %s", "ValueError")
    lines = [r.getMessage() for r in caplog.records if r.name == "bot.webhook"]
    assert lines == [
        "Webhook request without the right secret token refused (403)",
        "Webhook request refused (400): ValueError",
    ]

    caplog.clear()
    log.interval = 0.0  # the minute has passed
    with caplog.at_level(logging.WARNING, logger="bot.webhook"):
        log.refused("403", "Webhook request without the right secret token refused (403)")
    (line,) = [r.getMessage() for r in caplog.records if r.name == "bot.webhook"]
    assert line.startswith("Webhook request without the right secret token refused (403) (499 more")
