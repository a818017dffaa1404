"""Tests of the Telegram Bot API double, driven by the real python-telegram-bot stack."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tgdouble import (
    DEFAULT_TOKEN,
    BotApiDouble,
    HtmlParseError,
    TextError,
    format_text,
    parse_html,
    utf16_len,
)

TOKEN = DEFAULT_TOKEN
MENU = InlineKeyboardMarkup([[InlineKeyboardButton("Menu", callback_data="menu")]])
JSON_FILE = InputFile(b"{}", filename="a.json")


@pytest.fixture
async def double() -> AsyncIterator[BotApiDouble]:
    async with BotApiDouble(TOKEN, hang_seconds=2.0) as server:
        yield server


@pytest.fixture
async def bot(double: BotApiDouble) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=double.base_url, base_file_url=double.base_file_url) as client:
        yield client


@pytest.fixture
async def http(double: BotApiDouble) -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession(double.url) as session:
        yield session


def ptb_message(description: str) -> str:
    """What PTB makes of a "Bad Request: ..." description."""
    return description.removeprefix("Bad Request: ").capitalize()


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


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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


# -- HTML parse mode -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "description"),
    [
        ("<b>bold", "Can't find end tag corresponding to start tag b"),
        ("hi <div>x</div>", 'Unsupported start tag "div" at byte offset 3'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("é <b", "Unclosed start tag at byte offset 3"),  # byte offsets: é is two bytes
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<a href=x/y>t</a>", "Unexpected end of name token at byte offset 8"),
        ("<a href>t</a>",
         'Expected equal sign in declaration of an attribute of the tag "a" at byte offset 0'),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ('<tg-emoji emoji-id="x">👍</tg-emoji>', "Invalid custom emoji identifier specified"),
        ("&#55357;", "Text contains invalid Unicode characters after decoding HTML entities, "
                     "check for unmatched surrogate code units"),
    ],
)  # fmt: skip
def test_html_parse_errors(markup: str, description: str) -> None:
    with pytest.raises(HtmlParseError) as caught:
        parse_html(markup)
    assert caught.value.description == description


def test_html_entities_offsets_in_utf16() -> None:
    text, entities = parse_html(
        '👍 <b>bold</b> <a href="https://example.com">link</a> '
        '<pre><code class="language-python">x = 1</code></pre> <tg-spoiler>s</tg-spoiler> '
        '<span class="tg-spoiler">t</span> <blockquote expandable>q</blockquote> '
        '<a href="tg://user?id=42">Al</a> <tg-emoji emoji-id="5368324170671202286">🙂</tg-emoji>'
    )
    assert text == "👍 bold link x = 1 s t q Al 🙂"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 4},
        {"type": "text_link", "offset": 8, "length": 4, "url": "https://example.com"},
        {"type": "pre", "offset": 13, "length": 5, "language": "python"},
        {"type": "spoiler", "offset": 19, "length": 1},
        {"type": "spoiler", "offset": 21, "length": 1},
        {"type": "expandable_blockquote", "offset": 23, "length": 1},
        {
            "type": "text_mention",
            "offset": 25,
            "length": 2,
            "user": {"id": 42, "is_bot": False, "first_name": "42"},
        },
        {
            "type": "custom_emoji",
            "offset": 28,
            "length": 2,
            "custom_emoji_id": "5368324170671202286",
        },
    ]
    assert utf16_len(text) == 30


def test_html_character_references() -> None:
    text, entities = parse_html("&lt;b&gt; &amp; &quot; &#65;&#x42; &nbsp; &copy; AT&T &amp")
    assert text == '<b> & " AB &nbsp; &copy; AT&T &'  # unknown names stay as written
    assert entities == []
    assert parse_html("<B>X</B><CODE>y</>") == (
        "Xy",
        [{"type": "bold", "offset": 0, "length": 1}, {"type": "code", "offset": 1, "length": 1}],
    )


def test_format_text_trims_and_limits() -> None:
    assert format_text("  <b> hi</b>  \n", "HTML") == (
        "hi",
        [{"type": "bold", "offset": 0, "length": 2}],
    )
    assert format_text("<b>" + "a" * 4096 + "</b>", "HTML")[0] == "a" * 4096  # tags don't count
    with pytest.raises(TextError, match="too long"):
        format_text("😀" * 2049)  # 4098 UTF-16 units
    with pytest.raises(TextError, match="empty"):
        format_text(" \n ")
    assert format_text("*not parsed*", "MarkdownV2") == ("*not parsed*", [])
    assert format_text("tab\there\r\n") == ("tab here", [])  # as Telegram cleans text


async def test_html_error_through_the_api(double: BotApiDouble, bot: Bot) -> None:
    double.add_user(1001, "Alice")
    with pytest.raises(BadRequest) as caught:
        await bot.send_message(1001, "<b>open", parse_mode="HTML")
    assert caught.value.message == (
        "Can't parse entities: can't find end tag corresponding to start tag b"
    )


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
