"""Ask the course, spoken to the real bot through the Bot API double."""

from __future__ import annotations

import logging
import re
import shutil
from pathlib import Path

import pytest
import yaml

from ask.reply import PRESCRIBER_LINE
from handlers.context import Services
from handlers.fallback import POINTER
from settings.config import Config
from storage import counts
from tests.chat import ask
from tests.conftest import BotRunner
from tests.stored import counted, stored_bytes
from tgdouble.server import BotApiDouble

ADMIN = 42  # conftest's config.admin_ids
ANY_DOSE = re.compile(r"\d\s*(?:mg|mcg|ml|milligram|/\s*kg|spray)", re.IGNORECASE)


async def test_a_covered_question_is_answered_with_a_button_to_its_lesson(
    double: BotApiDouble, bot: Services
) -> None:
    alice, reply = await ask(double, "are you allowed to drive after esketamine")
    cautions = bot.require_course().lesson("cautions")
    assert cautions is not None
    labels = [b.text for b in reply.buttons]
    assert labels[-1] == "◀ Menu"
    page = bot.require_course().pages["cautions"]
    assert labels[0] in (f"📖 {cautions.title}", f"📖 {page.title}")
    assert "Sources:" in reply.text and "next day" in reply.text
    assert "not medical advice" in reply.text

    await alice.tap(reply, labels[0])
    (opened,) = await alice.wait_for_messages(1)
    assert cautions.title in opened.text
    db = bot.require_db()
    asked, answered = counts.QUESTIONS_ASKED, counts.QUESTIONS_ANSWERED
    assert await counted(db, asked) == await counted(db, answered) == 1
    assert await bot.require_db().fetchall("SELECT * FROM deliveries") == []  # reading ≠ delivery


async def test_a_question_the_course_does_not_cover_is_declined_kindly(
    double: BotApiDouble, bot: Services
) -> None:
    _, reply = await ask(double, "lithium side effects")
    assert "doesn't cover that" in reply.text and "doctor or pharmacist" in reply.text
    assert [b.text for b in reply.buttons] == ["◀ Menu"]
    assert await counted(bot.require_db(), counts.QUESTIONS_NOT_COVERED) == 1


async def test_a_question_about_what_it_costs_is_declined_though_a_lesson_says_cost(
    double: BotApiDouble, bot: Services
) -> None:
    _, reply = await ask(double, "how much would a course of spravato cost me per month?")
    assert "doesn't cover that" in reply.text and "doctor or pharmacist" in reply.text
    assert [b.text for b in reply.buttons] == ["◀ Menu"]
    assert await counted(bot.require_db(), counts.QUESTIONS_NOT_COVERED) == 1


async def test_a_personal_question_gets_the_course_and_the_prescriber_line(
    double: BotApiDouble, bot: Services
) -> None:
    _, reply = await ask(double, "I had a bleed in my brain years ago, can I have esketamine?")
    assert PRESCRIBER_LINE in reply.text
    assert re.search(r"bleed in the brain|brain bleed", reply.text)  # the course's own caution


async def test_a_teenager_asking_for_spravato_hears_it_is_for_adults_only(
    double: BotApiDouble, bot: Services
) -> None:
    _, reply = await ask(double, "I'm 16, can I get Spravato?")
    assert PRESCRIBER_LINE in reply.text
    assert "approved for adults only" in reply.text and "under 18" in reply.text
    assert "Spravato label" in reply.text  # with its source, linked
    assert reply.text.index("adults only") < reply.text.index(PRESCRIBER_LINE)
    _, reply = await ask(double, "I'm 46, can I get Spravato?", user_id=1002)
    assert PRESCRIBER_LINE in reply.text and "adults only" not in reply.text


async def test_questions_in_chinese_arabic_and_thai_find_their_lesson_or_point_to_english(
    double: BotApiDouble, bot: Services
) -> None:
    course = bot.require_course()
    for number, (question, lesson) in enumerate(
        (
            ("氯胺酮有什么副作用？", "cautions"),
            ("هل يسبب الكيتامين الإدمان؟", "cautions"),
            ("คีตามีนออกฤทธิ์เร็วแค่ไหน", "speed"),
        )
    ):
        _, reply = await ask(double, question, user_id=3000 + number)
        titles = [item.title for item in (course.lesson(lesson), course.pages.get(lesson)) if item]
        assert reply.buttons[0].text in [f"📖 {title}" for title in titles], question
        assert "Sources:" in reply.text, question
    # A question the course doesn't cover (migraine) is declined kindly, not met with the
    # pointer for small talk: English works best, and /menu shows the topics.
    _, reply = await ask(double, "氯胺酮对偏头痛有用吗", user_id=3010)
    assert "English" in reply.text and "/menu" in reply.text
    assert "doesn't cover" not in reply.text and POINTER not in reply.text
    assert [b.text for b in reply.buttons] == ["◀ Menu"]
    assert await counted(bot.require_db(), counts.QUESTIONS_NOT_COVERED) == 1


async def test_a_dosing_question_never_gets_a_number(double: BotApiDouble, bot: Services) -> None:
    for number, question in enumerate(
        ("how many mg of spravato per session", "ketamine infusion dose per kg")
    ):
        _, reply = await ask(double, question, user_id=2000 + number)
        assert PRESCRIBER_LINE in reply.text, question
        assert not ANY_DOSE.search(reply.text), question


async def test_a_crisis_phrased_as_a_question_gets_the_crisis_reply(
    double: BotApiDouble, bot: Services
) -> None:
    _, reply = await ask(double, "how much ketamine would kill me")
    assert reply.html == bot.require_course().crisis.html
    assert await counted(bot.require_db(), counts.CRISIS_REPLIES) == 1
    assert await counted(bot.require_db(), counts.QUESTIONS_ASKED) == 0


async def test_a_question_while_the_bot_waits_for_a_time_is_not_searched(
    double: BotApiDouble, bot: Services
) -> None:
    alice = double.user(1001, first_name="Alice")
    await alice.send("/start")
    _welcome, ask_time = await alice.wait_for_messages(2)
    await alice.tap(ask_time, "Other time…")
    await alice.wait_for_edit(ask_time)
    await alice.send("what is spravato")
    (reply,) = await alice.wait_for_messages(1)
    assert "/menu" in reply.text and "Sources:" not in reply.text  # the time prompt's own help
    assert await counted(bot.require_db(), counts.QUESTIONS_ASKED) == 0
    await alice.send("07:30")  # the bot still takes the time it asked for
    (saved,) = await alice.wait_for_messages(1)
    assert "07:30" in saved.text


async def test_small_talk_still_gets_the_pointer(double: BotApiDouble, bot: Services) -> None:
    _, reply = await ask(double, "hello")
    assert reply.text == POINTER
    assert await counted(bot.require_db(), counts.QUESTIONS_ASKED) == 0


async def test_reload_changes_the_answer(
    double: BotApiDouble, runner: BotRunner, config: Config, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(config.content_dir, content)
    services = await runner.start(content_dir=content)
    question = "what is ayahuasca"
    _, before = await ask(double, question)
    assert before.text == POINTER  # not a word of it is in the course

    pages = yaml.safe_load((content / "pages.yaml").read_text(encoding="utf-8"))
    pages["about"]["text"] += "\nAyahuasca is a plant brew. This course does not cover it.\n"
    (content / "pages.yaml").write_text(yaml.safe_dump(pages, allow_unicode=True), "utf-8")
    admin = double.user(ADMIN, first_name="Ops")
    await admin.send("/reload")
    (done,) = await admin.wait_for_messages(1)
    assert done.text.startswith("✅ Content reloaded")

    _, after = await ask(double, question)
    assert "Ayahuasca is a plant brew." in after.text
    assert after.buttons[0].text == f"📖 {services.require_course().pages['about'].title}"


async def test_stats_show_question_counts_only(double: BotApiDouble, bot: Services) -> None:
    await ask(double, "does ketamine raise blood pressure", user_id=3001)
    await ask(double, "does CBD oil help with migraines", user_id=3002)
    admin = double.user(ADMIN, first_name="Ops")
    await admin.send("/stats")
    (stats,) = await admin.wait_for_messages(1)
    assert "Questions: 2 asked · 1 answered · 1 not covered" in stats.text
    assert re.search(r"Answered most by: (lesson|page) [a-z-]+ 1$", stats.text, re.MULTILINE)
    assert "blood pressure" not in stats.text and "CBD" not in stats.text


async def test_the_question_is_never_stored_or_logged(
    double: BotApiDouble, runner: BotRunner, config: Config, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    await runner.start()
    word = "Quetzalcoatlus"  # a word nothing else would ever write
    questions = (
        f"can {word} take esketamine for depression?",  # answered, with the prescriber line
        f"what does the {word} say about ketamine side effects",  # answered
        f"{word} and ketamine for chronic pain",  # not covered
    )
    for number, question in enumerate(questions):
        await ask(double, question, user_id=4000 + number)
    await runner.stop()  # the database is closed and checkpointed

    data = await stored_bytes(config)
    assert word.encode() not in data and word.lower().encode() not in data
    # Our own modules at every level; libraries at INFO and above, the operator's default
    # (python-telegram-bot echoes whole updates at DEBUG).
    ours = ("ask", "bot", "handlers", "push", "views", "journey", "storage", "content")
    shown = [
        record.getMessage()
        for record in caplog.records
        if record.name.split(".")[0] in ours or record.levelno >= logging.INFO
    ]
    assert len(shown) > 3  # the log did record the bot's work
    assert not [line for line in shown if word.lower() in line.lower()]


async def test_reload_with_bad_synonyms_keeps_the_course_and_its_answers(
    double: BotApiDouble, runner: BotRunner, config: Config, tmp_path: Path
) -> None:
    content = tmp_path / "content"
    shutil.copytree(config.content_dir, content)
    services = await runner.start(content_dir=content)
    before = services.require_course(), services.require_index()
    (content / "synonyms.yaml").write_text("groups:\n  - [spravato]\n", encoding="utf-8")
    admin = double.user(ADMIN, first_name="Ops")
    await admin.send("/reload")
    (failed,) = await admin.wait_for_messages(1)
    assert "Content not reloaded" in failed.text
    assert "synonyms.yaml: groups[0]: has one term" in failed.text
    assert (services.require_course(), services.require_index()) == before
    _, reply = await ask(double, "is k addictive")  # "k" still means ketamine
    assert "misused" in reply.text


async def test_slang_finds_the_lesson_the_course_words_differently(
    double: BotApiDouble, bot: Services
) -> None:
    # Neither "horse" nor "tranquilizer" is in the course: it says "anaesthetic".
    alice, reply = await ask(double, "isnt ketamine basically a horse tranquilizer?")
    origins = bot.require_course().lesson("origins")
    assert origins is not None
    assert f"Lesson: {origins.title}" in reply.text and "anaesthetic" in reply.text
    assert reply.buttons[0].text == f"📖 {origins.title}"
    await alice.tap(reply, reply.buttons[0].text)
    (opened,) = await alice.wait_for_messages(1)
    assert origins.title in opened.text
    _, spacey = await ask(double, "why do people feel drunk and spacey after spravato", 1002)
    assert "dissociation" in spacey.text
    assert await counted(bot.require_db(), counts.QUESTIONS_ANSWERED) == 2


@pytest.mark.parametrize(
    ("typed", "command"),
    [
        ("stop", "/stop"),
        ("STOP.", "/stop"),
        ("Help?", "/help"),
        ("start", "/start"),
        ("unsubscribe", "/stop"),
        ("/ pause", "/pause"),
        ("mechanism", "/mechanism"),
    ],
)
async def test_a_command_typed_without_its_slash_is_pointed_to_not_searched(
    double: BotApiDouble, bot: Services, typed: str, command: str
) -> None:
    alice = double.user(1001, first_name="Alice")
    await alice.send("/start")
    await alice.wait_for_messages(2)
    await alice.send(typed)
    (reply,) = await alice.wait_for_messages(1)
    assert reply.text.startswith(f"Did you mean {command}?")
    assert "/help" in reply.text
    assert await counted(bot.require_db(), counts.QUESTIONS_ASKED) == 0  # not searched
    status = await bot.require_db().fetchall("SELECT status FROM subscribers")
    assert [row[0] for row in status] == ["active"]  # a word is not the command itself


async def test_a_one_word_question_that_is_no_command_is_still_searched(
    double: BotApiDouble, bot: Services
) -> None:
    _, reply = await ask(double, "esketamine?")
    assert not reply.text.startswith("Did you mean")


async def test_the_likeliest_lesson_keeps_a_button_when_another_passage_answers(
    double: BotApiDouble, bot: Services
) -> None:
    # The evidence lesson's passages hold too little of these words to be quoted; the answer
    # comes from another lesson, and the lesson the question most likely means is one tap away.
    question = "how can studies be blinded when ketamine makes you feel trippy, doesnt that ruin it"
    alice, reply = await ask(double, question)
    evidence = bot.require_course().lesson("evidence")
    assert evidence is not None
    labels = [b.text for b in reply.buttons]
    assert labels[0].startswith("📖 ") and evidence.title not in labels[0]
    also = f"Also: {evidence.title}"
    assert also in labels
    await alice.tap(reply, also)
    (opened,) = await alice.wait_for_messages(1)
    assert evidence.title in opened.text


async def test_a_long_question_cut_in_parts_is_answered_once(
    double: BotApiDouble, bot: Services
) -> None:
    """Telegram's apps cut a message over 4096 characters into parts; one answer is enough."""
    alice = double.user(1001, first_name="Alice")
    question = "are you allowed to drive after esketamine? i really need to know. "
    part1 = (question * 80)[:4096]
    part2 = (question * 20)[:900]
    await alice.send(part1)  # the parts come one right after the other
    await alice.send(part2)
    (answer,) = await alice.wait_for_messages(1)
    assert "next day" in answer.text
    await alice.send("/help")
    (after,) = await alice.wait_for_messages(1)  # the help, not a second copy of the answer
    assert "💬" not in after.text and "/next" in after.text
    # Short questions asked twice are each answered: only a cut message's parts are merged.
    for _ in range(2):
        await alice.send(question)
        (again,) = await alice.wait_for_messages(1)
        assert "next day" in again.text
