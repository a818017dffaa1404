"""The Telegram Bot API double, driven by the real python-telegram-bot stack: sending, updates,
callback queries, edits and documents."""

from __future__ import annotations

import asyncio
import json
import time
from typing import Any

import aiohttp
import pytest
from telegram import Bot, InputFile, Update
from telegram.error import (
    BadRequest,
    Conflict,
    InvalidToken,
    RetryAfter,
)
from telegram.ext import (
    Application,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.tgdouble.common import JSON_FILE, MENU, TOKEN, free_port, ptb_message
from tgdouble import (
    BotApiDouble,
)

# -- sending and reading back ---------------------------------------------------------------------


async def test_send_message_is_read_back_by_the_user(double: BotApiDouble, bot: Bot) -> None:
    alice = double.add_user(1001, "Alice", language_code="en")
    sent = await bot.send_message(
        1001, "<b>Hello</b> 👋 <i>Alice</i>", parse_mode="HTML", reply_markup=MENU
    )
    assert sent.text == "Hello 👋 Alice"
    assert sent.chat.type == "private" and sent.chat.first_name == "Alice"
    assert sent.from_user is not None and sent.from_user.is_bot
    assert [(e.type, e.offset, e.length) for e in sent.entities] == [
        ("bold", 0, 5),
        ("italic", 9, 5),  # the emoji counts two UTF-16 units
    ]
    (message,) = await alice.wait_for_messages(count=1, timeout=1)
    assert message.message_id == sent.message_id
    assert message.html == "<b>Hello</b> 👋 <i>Alice</i>"
    assert message.buttons == [("Menu", "menu", None)]
    assert alice.last_message is message and alice.messages == [message]
    assert double.delivered_to(1001) == 1
    assert double.deliveries[0][:3] == (1001, sent.message_id, "Hello 👋 Alice")


async def test_token_method_names_and_encodings(
    double: BotApiDouble, http: aiohttp.ClientSession
) -> None:
    double.add_user(7, "Gus")
    async with http.post("/bot1:WRONG/getMe") as response:
        assert response.status == 401
        assert await response.json() == {
            "ok": False,
            "error_code": 401,
            "description": "Unauthorized",
        }
    async with http.post(f"/bot{TOKEN}/noSuchMethod") as response:
        assert response.status == 404
        assert (await response.json())["description"] == "Not Found"
    async with http.get(f"/bot{TOKEN}/GETME") as response:
        assert (await response.json())["result"]["is_bot"] is True
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    async with http.post(
        f"/bot{TOKEN}/sendMessage", json={"chat_id": 7, "text": "json", "reply_markup": markup}
    ) as response:
        assert (await response.json())["result"]["reply_markup"] == markup
    form = aiohttp.FormData(
        {"chat_id": "7", "text": "multipart", "reply_markup": json.dumps(markup)}
    )
    form.add_field("document", b"bytes", filename="a.txt")
    async with http.post(f"/bot{TOKEN}/sendMessage", data=form) as response:
        assert (await response.json())["result"]["text"] == "multipart"

    with pytest.raises(InvalidToken, match="was rejected by the server"):
        async with Bot("1:WRONG", base_url=double.base_url):
            pass


# -- updates -------------------------------------------------------------------------------------


async def test_get_updates_long_polls_and_confirms_with_offset(
    double: BotApiDouble, bot: Bot
) -> None:
    alice = double.user(1001, "Alice")
    await alice.send("/start@course_test_bot")
    (update,) = await bot.get_updates()
    assert update.message.text == "/start@course_test_bot"
    assert update.message.entities[0].type == "bot_command"
    assert update.message.entities[0].length == len("/start@course_test_bot")
    assert update.effective_user.first_name == "Alice"

    again = await bot.get_updates()  # not confirmed yet: delivered again
    assert [u.update_id for u in again] == [update.update_id]

    started = time.monotonic()
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0.3) == ()
    assert 0.25 < time.monotonic() - started < 2

    poll = asyncio.create_task(bot.get_updates(offset=update.update_id + 1, timeout=5))
    await asyncio.sleep(0.05)
    await alice.send("hello")
    started = time.monotonic()
    (second,) = await asyncio.wait_for(poll, 2)
    assert second.message.text == "hello" and not second.message.entities
    assert time.monotonic() - started < 1
    assert double.pending_updates[0]["update_id"] == second.update_id


async def test_a_second_poller_ends_the_first_with_conflict(double: BotApiDouble, bot: Bot) -> None:
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    async with Bot(TOKEN, base_url=double.base_url) as second_instance:
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await asyncio.gather(first, second_instance.get_updates(timeout=0.1))


async def test_other_update_kinds_parse_in_ptb(double: BotApiDouble, bot: Bot) -> None:
    alice = double.user(1001, "Alice")
    await alice.send_sticker("🔥")
    await alice.send_photo(caption="look")
    await alice.send_voice(duration=4)
    note = await alice.send("typo")
    await alice.edit_message(note, "fixed")
    await double.send_group_message(-100, alice, "/help")
    double.enqueue_raw_update({"message_reaction_count": {}})  # opt-in kind: dropped
    raw = {"message_id": 1, "date": 0, "chat": {"id": 5, "type": "private"}, "text": "raw"}
    double.enqueue_raw_update({"message": raw})
    updates = await bot.get_updates()
    assert updates[0].message.sticker.emoji == "🔥"
    assert updates[1].message.photo[-1].width == 90 and updates[1].message.caption == "look"
    assert updates[2].message.voice.file_unique_id.startswith("voice")
    assert updates[4].edited_message.text == "fixed"
    assert updates[5].message.chat.type == "group" and updates[5].message.text == "/help"
    assert updates[6].message.text == "raw"
    assert len(updates) == 7


async def test_webhook_info_and_conflict_with_polling(double: BotApiDouble, bot: Bot) -> None:
    await double.user(1, "A").send("hi")
    assert await bot.set_webhook("https://example.invalid/hook")  # recorded, never contacted
    info = await bot.get_webhook_info()
    assert (info.url, info.pending_update_count) == ("https://example.invalid/hook", 1)
    with pytest.raises(Conflict, match="webhook is active"):
        await bot.get_updates()
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert (await bot.get_webhook_info()).pending_update_count == 0

    unreachable = f"http://127.0.0.1:{free_port()}/hook"
    await double.user(1).send("again")
    await bot.set_webhook(unreachable)
    for _ in range(50):
        info = await bot.get_webhook_info()
        if info.last_error_message:
            break
        await asyncio.sleep(0.02)
    assert info.last_error_message.startswith("Connection failed")
    assert info.pending_update_count == 1  # kept for the next attempt


async def test_webhook_delivers_to_a_ptb_webhook_server(double: BotApiDouble) -> None:
    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.effective_message.reply_text(f"echo {update.effective_message.text}")

    app = Application.builder().token(TOKEN).base_url(double.base_url).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    port = free_port()
    eve = double.user(5, "Eve")
    async with app:
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path="telegram",
            webhook_url=f"http://127.0.0.1:{port}/telegram",
            secret_token="s3cret",
        )
        await app.start()
        try:
            await eve.send("hi")
            await eve.send("there")
            replies = await eve.wait_for_messages(2, timeout=5)
            assert [r.text for r in replies] == ["echo hi", "echo there"]
            assert double.pending_updates == []
        finally:
            await app.updater.stop()
            await app.stop()


async def test_bot_commands(bot: Bot) -> None:
    assert await bot.set_my_commands([("start", "Begin"), ("menu", "Topics")])
    assert await bot.set_my_commands([("start", "Commencer")], language_code="fr")
    assert [c.command for c in await bot.get_my_commands()] == ["start", "menu"]
    assert [c.description for c in await bot.get_my_commands(language_code="fr")] == ["Commencer"]
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([("Start", "Capital letters are not allowed")])
    assert await bot.delete_my_commands()
    assert await bot.get_my_commands() == ()


# -- callback queries ----------------------------------------------------------------------------


async def test_tap_and_answer_callback_query(double: BotApiDouble, bot: Bot) -> None:
    alice = double.add_user(1001, "Alice")
    sent = await bot.send_message(1001, "Pick", reply_markup=MENU)
    (message,) = await alice.wait_for_messages()
    query_id = await alice.tap(message, "Menu")
    (update,) = await bot.get_updates()
    assert update.callback_query.id == query_id
    assert update.callback_query.data == "menu"
    assert update.callback_query.message.message_id == sent.message_id
    assert [q.id for q in double.unanswered_callbacks()] == [query_id]

    assert await bot.answer_callback_query(query_id, text="Opening", show_alert=True)
    answer = await alice.wait_for_answer(query_id, timeout=1)
    assert (answer.text, answer.show_alert) == ("Opening", True)
    assert alice.callback_answers == [answer] and double.unanswered_callbacks() == []

    too_old = "Bad Request: query is too old and response timeout expired or query ID is invalid"
    with pytest.raises(BadRequest) as twice:
        await bot.answer_callback_query(query_id)
    assert twice.value.message == ptb_message(too_old)
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query("12345")
    double.callback_timeout = 0.0
    late = await alice.tap(message, callback_data="menu")
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(late)

    with pytest.raises(AssertionError, match="no button 'Nope'"):
        await alice.tap(message, "Nope")


# -- editing and deleting ------------------------------------------------------------------------


async def test_edit_and_delete(double: BotApiDouble, bot: Bot) -> None:
    alice = double.add_user(1001, "Alice")
    sent = await bot.send_message(1001, "<b>v1</b>", parse_mode="HTML", reply_markup=MENU)
    (message,) = await alice.wait_for_messages()

    async def edit_later() -> None:
        await asyncio.sleep(0.05)
        await bot.edit_message_text("v2", 1001, sent.message_id, reply_markup=MENU)

    edit = asyncio.create_task(edit_later())
    assert (await alice.wait_for_edit(message, timeout=1)).text == "v2"
    await edit
    assert [old.html for old in message.edits] == ["<b>v1</b>"]
    assert message.buttons == [("Menu", "menu", None)]

    not_modified = (
        "Bad Request: message is not modified: specified new message content and reply markup "
        "are exactly the same as a current content and reply markup of the message"
    )
    with pytest.raises(BadRequest) as same:
        await bot.edit_message_text("v2", 1001, sent.message_id, reply_markup=MENU)
    assert same.value.message == ptb_message(not_modified)

    await bot.edit_message_reply_markup(1001, sent.message_id)  # removes the keyboard
    assert message.buttons == [] and len(message.edits) == 2
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(1001, sent.message_id)

    with pytest.raises(BadRequest) as missing:
        await bot.edit_message_text("x", 1001, 999)
    assert missing.value.message == "Message to edit not found"
    assert await bot.delete_message(1001, sent.message_id)
    assert message.deleted
    with pytest.raises(BadRequest) as gone:
        await bot.delete_message(1001, sent.message_id)
    assert gone.value.message == "Message to delete not found"
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("v3", 1001, sent.message_id)
    assert "(deleted)" in double.transcript(1001)


# -- documents -----------------------------------------------------------------------------------


async def test_send_document_uploads_a_file_the_user_can_read(
    double: BotApiDouble, bot: Bot
) -> None:
    alice = double.add_user(1001, "Alice")
    content = '{"name": "Zoë"}\n'.encode()
    sent = await bot.send_document(
        1001,
        InputFile(content, filename="data.json"),
        caption="<b>Your data</b> 👋 as a file",
        parse_mode="HTML",
        reply_markup=MENU,
    )
    document = sent.document
    assert (document.file_name, document.mime_type) == ("data.json", "application/json")
    assert document.file_size == len(content) and document.file_id and document.file_unique_id
    assert sent.caption == "Your data 👋 as a file" and sent.text is None
    assert [(e.type, e.offset, e.length) for e in sent.caption_entities] == [("bold", 0, 9)]

    (message,) = await alice.wait_for_messages(timeout=1)
    assert message.message_id == sent.message_id
    assert message.document == document.to_dict()
    assert message.document_bytes == content
    assert double.files[document.file_id].data == content
    assert message.caption == "Your data 👋 as a file" and message.text == ""
    assert message.html == "<b>Your data</b> 👋 as a file"
    assert message.buttons == [("Menu", "menu", None)]
    assert f"[document data.json, {len(content)} bytes] Your data" in alice.transcript()
    assert double.delivered_to(1001) == 1
    assert double.deliveries[-1].file_unique_id == document.file_unique_id

    # The same file again, by its file_id: nothing is uploaded, the same file arrives.
    again = await bot.send_document(
        1001, document.file_id, caption="<b>Your data</b> 👋 as a file", parse_mode="HTML"
    )
    assert again.document == document
    (copy,) = await alice.wait_for_messages(timeout=1)
    assert copy.document_bytes == content
    assert double.counters.duplicates == 1
    assert double.duplicate_deliveries() == {(1001, "Your data 👋 as a file"): 2}

    with pytest.raises(BadRequest, match="There is no text in the message to edit"):
        await bot.edit_message_text("text", 1001, sent.message_id)
    await bot.edit_message_reply_markup(1001, sent.message_id)  # the buttons can go
    assert message.buttons == []


async def test_send_document_as_bytes_url_or_unknown_id(double: BotApiDouble, bot: Bot) -> None:
    alice = double.add_user(1001, "Alice")
    plain = await bot.send_document(1001, b"line one\n", filename="notes.txt")
    assert (plain.document.file_name, plain.document.mime_type) == ("notes.txt", "text/plain")
    assert plain.caption is None
    by_url = await bot.send_document(1001, "https://example.invalid/files/guide.pdf")
    assert by_url.document.file_id == "https://example.invalid/files/guide.pdf"  # as given
    assert (by_url.document.file_name, by_url.document.mime_type) == (
        "guide.pdf",
        "application/pdf",
    )
    other = await bot.send_document(1001, "BQACAgIAAxkBAAIBm2ZneverIssued")
    assert other.document.file_id == "BQACAgIAAxkBAAIBm2ZneverIssued"
    messages = await alice.wait_for_messages(3, timeout=1)
    assert [m.document_bytes for m in messages] == [b"line one\n", None, None]
    assert double.counters.delivered == 3


async def test_send_document_multipart_by_hand(
    double: BotApiDouble, http: aiohttp.ClientSession
) -> None:
    alice = double.add_user(7, "Gus")

    async def post(form: aiohttp.FormData) -> tuple[int, dict[str, Any]]:
        async with http.post(f"/bot{TOKEN}/sendDocument", data=form) as response:
            return response.status, await response.json()

    form = aiohttp.FormData({"chat_id": "7", "document": "attach://part1"})
    form.add_field("part1", b"a,b\n1,2\n", filename="table.csv")  # no content type: guessed
    status, body = await post(form)
    assert status == 200 and body["result"]["document"]["mime_type"] == "text/csv"
    assert "caption" not in body["result"] and "text" not in body["result"]
    (message,) = await alice.wait_for_messages(timeout=1)
    assert message.document_bytes == b"a,b\n1,2\n"

    status, body = await post(aiohttp.FormData({"chat_id": "7"}))
    assert (status, body["description"]) == (
        400,
        "Bad Request: there is no document in the request",
    )
    huge = aiohttp.FormData({"chat_id": "7"})
    huge.add_field("document", b"x" * (50 * 1024 * 1024 + 1), filename="huge.bin")
    status, body = await post(huge)
    assert (status, body["description"]) == (413, "Request Entity Too Large")
    assert double.counters.delivered == 1


async def test_send_document_caption_limits_count_after_parsing(
    double: BotApiDouble, bot: Bot
) -> None:
    double.add_user(1001, "Alice")
    sent = await bot.send_document(
        1001,
        JSON_FILE,
        caption="<b>" + "a" * 1024 + "</b>",
        parse_mode="HTML",
    )
    assert sent.caption == "a" * 1024  # tags don't count
    blank = await bot.send_document(1001, JSON_FILE, caption=" \n ")
    assert blank.caption is None  # an empty caption is no caption


async def test_send_document_counts_against_the_rate_limits(double: BotApiDouble, bot: Bot) -> None:
    double.add_users([1])
    double.per_chat_limit = (2, 3.0)
    await bot.send_message(1, "text")
    await bot.send_document(1, JSON_FILE)
    with pytest.raises(RetryAfter):
        await bot.send_document(1, JSON_FILE)
    assert double.delivered_to(1) == 2 and double.counters.rate_limited == 1
    assert len(double.files) == 1  # the refused upload was not kept
