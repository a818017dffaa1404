"""The Bot API double's errors, rate limits and injected faults, seen through the PTB stack."""

from __future__ import annotations

import time
from typing import Any

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)

from tests.tgdouble.common import JSON_FILE, ptb_message
from tgdouble import (
    BotApiDouble,
)

# -- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "description"),
    [
        ({"text": ""}, BadRequest, "Bad Request: message text is empty"),
        ({"text": "<b> </b>", "parse_mode": "HTML"}, BadRequest,
         "Bad Request: message text is empty"),
        ({"text": "x" * 4097}, BadRequest, "Bad Request: message is too long"),
        (
            {"text": "a <div>b</div>", "parse_mode": "HTML"},
            BadRequest,
            'Bad Request: can\'t parse entities: Unsupported start tag "div" at byte offset 2',
        ),
        (
            {"text": "x", "reply_markup": InlineKeyboardMarkup.from_button(
                InlineKeyboardButton("long", callback_data="é" * 33)
            )},
            BadRequest,
            "Bad Request: BUTTON_DATA_INVALID",
        ),
        ({"text": "x", "chat_id": 424242}, BadRequest, "Bad Request: chat not found"),
        (
            {"text": "x", "chat_id": 2002},
            Forbidden,
            "Forbidden: bot can't initiate conversation with a user",
        ),
        ({"document": InputFile(b"", filename="empty.json")}, BadRequest,
         "Bad Request: file must be non-empty"),
        ({"document": JSON_FILE, "caption": "😀" * 513}, BadRequest,  # 1026 UTF-16 units
         "Bad Request: message caption is too long"),
        ({"document": JSON_FILE, "caption": "<b>open", "parse_mode": "HTML"}, BadRequest,
         "Bad Request: can't parse entities: Can't find end tag corresponding to start tag b"),
        ({"document": JSON_FILE, "chat_id": 2002}, Forbidden,
         "Forbidden: bot can't initiate conversation with a user"),
    ],
)  # fmt: skip
async def test_send_errors(
    double: BotApiDouble,
    bot: Bot,
    kwargs: dict[str, Any],
    error: type[Exception],
    description: str,
) -> None:
    double.add_user(1001, "Alice")
    double.user(2002, "Bob")  # exists, never wrote to the bot
    kwargs = {"chat_id": 1001} | kwargs
    send = bot.send_document if "document" in kwargs else bot.send_message
    with pytest.raises(error) as caught:
        await send(**kwargs)
    expected = description if error is Forbidden else ptb_message(description)
    assert caught.value.message == expected  # type: ignore[attr-defined]
    assert double.counters.delivered == 0 and double.files == {}
    assert sum(double.counters.errors.values()) == 1


async def test_blocked_and_deactivated_users(double: BotApiDouble, bot: Bot) -> None:
    alice = double.add_user(1001, "Alice")
    double.add_user(1002, "Bob")
    double.block(1001)
    (update,) = await bot.get_updates()
    member = update.my_chat_member
    assert member.chat.id == 1001
    assert (member.old_chat_member.status, member.new_chat_member.status) == ("member", "kicked")
    with pytest.raises(Forbidden) as blocked:
        await bot.send_message(1001, "hi")
    assert blocked.value.message == "Forbidden: bot was blocked by the user"

    await alice.send("/start")  # writing again unblocks, as "Restart" does
    updates = await bot.get_updates(offset=update.update_id + 1)
    assert updates[0].my_chat_member.new_chat_member.status == "member"
    assert updates[1].message.text == "/start"
    await bot.send_message(1001, "welcome back")

    double.deactivate(1002)
    with pytest.raises(Forbidden) as deactivated:
        await bot.send_message(1002, "hi")
    assert deactivated.value.message == "Forbidden: user is deactivated"


# -- limits and faults ---------------------------------------------------------------------------


async def test_global_rate_limit(double: BotApiDouble, bot: Bot) -> None:
    double.add_users(range(1, 32))
    double.global_rate = 30
    double.monotonic = lambda: 1000.0  # the burst is one instant, however busy the machine
    for chat_id in range(1, 31):
        await bot.send_message(chat_id, "push")
    with pytest.raises(RetryAfter, match="Retry in 1 seconds"):
        await bot.send_message(31, "push")
    assert double.counters.delivered == 30 and double.counters.rate_limited == 1
    paid = await bot.send_message(31, "paid", allow_paid_broadcast=True)
    assert paid.text == "paid" and double.counters.paid == 1


async def test_per_chat_limit(double: BotApiDouble, bot: Bot) -> None:
    double.add_users([1, 2])
    double.per_chat_limit = (3, 3.0)
    double.monotonic = lambda: 1000.0  # the burst is one instant, however busy the machine
    for n in range(3):
        await bot.send_message(1, f"m{n}")
    with pytest.raises(RetryAfter, match="Retry in 3 seconds"):
        await bot.send_message(1, "m3")
    await bot.send_message(2, "other chat is fine")
    assert double.delivered_to(1) == 3 and double.stats()["rate_limited"] == 1


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("server_error", NetworkError),
        ("bad_gateway", NetworkError),
        ("drop", NetworkError),
        ("timeout", TimedOut),
        ("flood", RetryAfter),
    ],
)
async def test_injected_faults(
    double: BotApiDouble, bot: Bot, kind: str, error: type[Exception]
) -> None:
    double.add_users([1, 2])
    double.inject_fault(kind, count=1, method="sendMessage", chat_id=1)
    await bot.send_message(2, "other chats are not affected")
    with pytest.raises(error) as caught:
        await bot.send_message(1, "x", read_timeout=0.2)
    assert not isinstance(caught.value, BadRequest)
    await bot.send_message(1, "only the next request failed")
    assert double.counters.faults[kind] == 1 and double.counters.delivered == 2


async def test_lost_response_makes_a_duplicate(double: BotApiDouble, bot: Bot) -> None:
    double.add_user(1, "A")
    double.inject_fault("timeout", after_delivery=True)
    with pytest.raises(TimedOut):
        await bot.send_message(1, "lesson 1", read_timeout=0.2)
    await bot.send_message(1, "lesson 1")  # the naive retry
    assert double.counters.delivered == 2 and double.counters.duplicates == 1
    assert double.duplicate_deliveries() == {(1, "lesson 1"): 2}


async def test_fault_storm_is_seeded(double: BotApiDouble, bot: Bot) -> None:
    double.add_users(range(1, 41))

    async def failures(seed: int) -> int:
        double.faults.start_storm(0.3, ["server_error", "bad_gateway"], seed=seed)
        failed = 0
        for chat_id in range(1, 41):
            try:
                await bot.send_message(chat_id, "x")
            except NetworkError:
                failed += 1
        double.faults.clear()
        return failed

    first = await failures(7)
    assert 0 < first < 40
    assert await failures(7) == first
    assert double.counters.delivered == 80 - 2 * first
    assert await bot.get_me()  # getUpdates/getMe keep working after clear()


async def test_latency_is_added(double: BotApiDouble, bot: Bot) -> None:
    double.latency = 0.1
    started = time.monotonic()
    await bot.get_me()
    assert time.monotonic() - started >= 0.1


async def test_wait_for_messages_explains_a_timeout(double: BotApiDouble) -> None:
    alice = double.user(1001, "Alice")
    await alice.send("/start")
    with pytest.raises(AssertionError, match=r"(?s)expected 1 new bot message.*#1 Alice: /start"):
        await alice.wait_for_messages(timeout=0.05)
