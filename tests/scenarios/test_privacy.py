"""Privacy: only what the course needs is stored, /mydata shows it all, /forget erases it all."""

from __future__ import annotations

import json
from datetime import timedelta

from content.markup import telegram_length
from handlers.context import Services
from journey.clock import FakeClock
from storage import coursework, privacy, subscribers
from tests.conftest import START, BotRunner
from tests.stored import column_types, rows_mentioning, stored_bytes
from tgdouble.chats import ChatMessage
from tgdouble.server import BotApiDouble
from tgdouble.users import SimulatedUser

# Every TEXT column, and why none of them can hold something a person typed.
ALLOWED_TEXT_COLUMNS = {
    ("schema_migrations", "name"),  # migration names, from the code
    ("subscribers", "first_name"),  # from the Telegram profile, to greet people
    ("subscribers", "language_code"),  # from the Telegram profile
    ("subscribers", "status"),  # one of subscribers.STATUSES
    ("subscribers", "push_time"),  # normalised 'HH:MM'
    ("subscribers", "timezone"),  # canonical IANA name or 'UTC+hh:mm'
    ("deliveries", "lesson_id"),  # content ids
    ("deliveries", "via"),  # 'push' or 'pull'
    ("quiz_answers", "lesson_id"),
    ("quiz_answers", "option_id"),  # content ids from our own buttons
    ("subscribers", "claim_token"),  # random hex, the pusher's claim
    ("push_attempts", "lesson_key"),  # content ids
    ("broadcast_recipients", "state"),  # one of storage.broadcasts' states
    ("subscribers", "expecting"),  # handlers.conversation.Expecting: the typed answer awaited
    ("subscribers", "zone_country"),  # an ISO code from the zone index, never the typed place
}


async def subscribe(double: BotApiDouble, user_id: int, name: str) -> SimulatedUser:
    """/start, pick 08:00 and Berlin, as a person would."""
    user = double.user(user_id, first_name=name, language_code="en")
    await user.send("/start")
    _welcome, ask_time = await user.wait_for_messages(2)
    await user.tap(ask_time, "08:00")
    await user.wait_for_edit(ask_time)
    await user.tap(ask_time, "Berlin / Paris")
    await user.wait_for_edit(ask_time)
    assert "All set" in ask_time.text
    return user


async def take_first_lesson(user: SimulatedUser, services: Services, clock: FakeClock) -> None:
    """/next sends lesson 1 (and records it); the check-in answer is recorded directly.

    Each simulated person stays well under the flood limit this way.
    """
    await user.send("/next")
    await user.wait_for_messages(1)
    lesson = services.require_course().lessons[0]
    assert lesson.quiz is not None
    db = services.require_db()
    await coursework.record_answer(db, user.id, 1, lesson.id, lesson.quiz.answer, True, clock.now())


def exported_file(message: ChatMessage) -> dict:
    """The JSON document /mydata sent as a file, checked to be the file a person can save."""
    document = message.document
    assert document is not None, message
    assert document["file_name"] == "my-data.json"
    assert document["mime_type"] == "application/json"
    content = message.document_bytes
    assert content is not None and document["file_size"] == len(content)
    assert content.startswith(b'{\n  "chat_id": ')  # pretty-printed
    assert "file you can save" in (message.caption or "")
    return json.loads(content.decode("utf-8"))


async def test_no_column_can_hold_typed_text(bot: Services) -> None:
    db = bot.require_db()
    text_columns = set()
    for table in await privacy.personal_tables(db) + ["schema_migrations"]:
        for column in await column_types(db, table):
            if "CHAR" in column[1].upper() or "TEXT" in column[1].upper() or not column[1]:
                text_columns.add((table, column[0]))
    assert text_columns <= ALLOWED_TEXT_COLUMNS, text_columns - ALLOWED_TEXT_COLUMNS


async def test_what_people_type_never_reaches_the_database(
    double: BotApiDouble, runner: BotRunner, config
) -> None:
    await runner.start()
    alice = double.user(1001, first_name="Alice", language_code="en")
    await alice.send("/start")
    _welcome, ask_time = await alice.wait_for_messages(2)
    await alice.send("My neighbour Quillbert Vantablack says hello")
    await alice.wait_for_messages(1)
    await alice.tap(ask_time, "Other time…")
    await alice.wait_for_edit(ask_time)
    await alice.send("7.45 p.m.")
    (ask_zone,) = await alice.wait_for_messages(1)
    await alice.tap(ask_zone, "Other: type your city…")
    await alice.wait_for_edit(ask_zone)
    await alice.send("10:00")  # START is 09:00 UTC, so this is UTC+01:00
    (confirm,) = await alice.wait_for_messages(1)
    assert "UTC+01:00" in confirm.text  # a clock read from the time now is asked, not taken
    await alice.tap(confirm, "Yes, it's 10:00 here now")
    done = await alice.wait_for_edit(confirm)
    assert "19:45" in done.text and "UTC+01:00" in done.text
    await runner.stop()  # closes the database, so the WAL is folded into the file

    stored = await stored_bytes(config)
    for typed in ("Quillbert", "Vantablack", "7.45 p.m.", "p.m."):
        assert typed.encode() not in stored, typed
    assert b"19:45" in stored  # the normalised time is there: we grepped the right file


async def test_mydata_shows_everything_stored(
    double: BotApiDouble, bot: Services, clock: FakeClock
) -> None:
    alice = await subscribe(double, 1001, "Alice")
    await take_first_lesson(alice, bot, clock)
    clock.advance(hours=2)
    await alice.send("/mydata")
    file, reply = await alice.wait_for_messages(2)
    assert reply.text.startswith("Everything I store about you")
    assert "/forget" in reply.text
    data = exported_file(file)
    # The chat gets a page to read, not the JSON: settings, lessons by date, answers in words.
    lesson = bot.require_course().lessons[0]
    assert not any(e["type"] == "pre" for e in reply.entities) and '"correct"' not in reply.text
    assert "Daily lesson: 08:00, Europe/Berlin" in reply.text
    assert f"02 Nov 2026 — 1. {lesson.title} (you asked)" in reply.text
    right = lesson.quiz.option(lesson.quiz.answer).text
    assert f"1. {lesson.title}: “{right}” — ✅ right" in reply.text
    assert "Europe/Berlin" in reply.text.splitlines()[1]  # dates in their own zone

    lesson = bot.require_course().lessons[0]
    assert data["chat_id"] == alice.id
    assert data["exported_at"] == (START + timedelta(hours=2)).isoformat()
    subscriber = data["subscriber"]
    assert subscriber["first_name"] == "Alice" and subscriber["language_code"] == "en"
    assert subscriber["status"] == "active" and subscriber["round"] == 1
    assert subscriber["push_time"] == "08:00" and subscriber["timezone"] == "Europe/Berlin"
    assert subscriber["created_at"] == START.isoformat()
    assert subscriber["next_due_at"].endswith("+00:00")
    assert [d["lesson_id"] for d in data["deliveries"]] == [lesson.id]
    assert data["deliveries"][0]["delivered_at"] == START.isoformat()
    (answer,) = data["quiz_answers"]
    assert answer["lesson_id"] == lesson.id and answer["correct"] == 1

    # Everything in the database about Alice is in the export, row for row.
    stored = await privacy.personal_data(bot.require_db(), alice.id)
    assert len(stored["deliveries"]) == len(data["deliveries"])
    assert len(stored["quiz_answers"]) == len(data["quiz_answers"])
    assert set(stored) - {"subscribers"} <= set(data)


async def test_a_long_export_is_split_into_messages_that_fit(
    double: BotApiDouble, bot: Services, clock: FakeClock
) -> None:
    alice = await subscribe(double, 1001, "Zoë <&> Smith")
    db, course = bot.require_db(), bot.require_course()
    for round_ in range(1, 5):  # four times through the course
        for lesson in course.lessons:
            await coursework.record_delivery(db, alice.id, round_, lesson.id, "push", clock.now())
            await coursework.record_answer(db, alice.id, round_, lesson.id, "a", False, clock.now())
            clock.advance(days=1)
    await alice.send("/mydata")
    file, *messages = await alice.wait_for_messages(3)
    while "/forget" not in messages[-1].text:
        messages += await alice.wait_for_messages(1)
    for number, message in enumerate(messages, start=1):
        assert telegram_length(message.html or "") <= 4096
        if len(messages) > 1:
            assert f"Part {number} of {len(messages)}." in message.text
    summary = "\n".join(message.text for message in messages)
    assert "Zoë <&> Smith" in summary  # escaped on the way in, shown as typed
    assert summary.count(course.lessons[0].title) == 2 * 4  # each round: a lesson and an answer
    data = exported_file(file)
    assert data["subscriber"]["first_name"] == "Zoë <&> Smith"
    assert len(data["deliveries"]) == len(data["quiz_answers"]) == 4 * len(course.lessons)
    assert "Zoë <&> Smith".encode() in (file.document_bytes or b"")  # UTF-8, not \u escapes


async def test_mydata_for_someone_unknown_stores_nothing(
    double: BotApiDouble, bot: Services
) -> None:
    stranger = double.user(2002, first_name="Sam")
    for command in ("/mydata", "/forget"):
        await stranger.send(command)
        (reply,) = await stranger.wait_for_messages(1)
        assert "don't have anything stored about you" in reply.text
    assert [m.document for m in stranger.messages] == [None, None]  # no file either
    assert double.files == {}
    assert await subscribers.get_subscriber(bot.require_db(), stranger.id) is None


async def test_forget_can_be_declined(double: BotApiDouble, bot: Services, config) -> None:
    alice = await subscribe(double, 1001, "Alice")
    await alice.send("/forget")
    (ask,) = await alice.wait_for_messages(1)
    assert "can't be undone" in ask.text
    await alice.tap(ask, "No, keep it")
    await alice.wait_for_edit(ask)
    assert "Nothing was deleted" in ask.text and not ask.buttons
    subscriber = await subscribers.get_subscriber(bot.require_db(), alice.id)
    assert subscriber is not None and subscriber.push_time == "08:00"


async def test_forget_erases_everything_after_confirmation(
    double: BotApiDouble, bot: Services, clock: FakeClock, config
) -> None:
    alice = await subscribe(double, 777001, "Alice")
    bob = await subscribe(double, 777002, "Bob")
    await take_first_lesson(alice, bot, clock)
    await take_first_lesson(bob, bot, clock)
    db = bot.require_db()
    assert len(await rows_mentioning(config, alice.id)) >= 3

    await alice.send("/forget")
    (ask,) = await alice.wait_for_messages(1)
    await alice.tap(ask, "Yes, delete everything")
    await alice.wait_for_edit(ask)
    assert "Everything I stored about you is deleted" in ask.text
    assert "/start" in ask.text and "/sos" in ask.text and not ask.buttons

    assert await rows_mentioning(config, alice.id) == []
    # No push can find her: she is in no schedule at all.
    due = await db.fetchall("SELECT chat_id FROM subscribers WHERE next_due_at IS NOT NULL")
    assert [row[0] for row in due] == [bob.id]
    # Bob is untouched.
    assert len(await rows_mentioning(config, bob.id)) >= 3

    await alice.send("/start")
    welcome, _ask_time = await alice.wait_for_messages(2)
    assert "Hi Alice!" in welcome.text  # a fresh start, not "welcome back"
    again = await subscribers.get_subscriber(db, alice.id)
    assert again is not None and again.push_time is None and again.round == 1
    assert await coursework.delivered_lessons(db, alice.id, 1) == []


async def test_forget_also_drops_a_question_in_progress(
    double: BotApiDouble, bot: Services
) -> None:
    alice = double.user(1001, first_name="Alice")
    await alice.send("/start")
    _welcome, ask_time = await alice.wait_for_messages(2)
    await alice.tap(ask_time, "Other time…")  # the bot now waits for a typed time
    await alice.wait_for_edit(ask_time)
    await alice.send("/forget")
    (ask,) = await alice.wait_for_messages(1)
    await alice.tap(ask, "Yes, delete everything")
    await alice.wait_for_edit(ask)

    await alice.send("08:15")
    (reply,) = await alice.wait_for_messages(1)
    assert "can't reply to messages" in reply.text  # not taken as a lesson time
    assert await subscribers.get_subscriber(bot.require_db(), alice.id) is None
