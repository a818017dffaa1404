"""The shipped course: it loads, fits the limits, cites its sources and teaches the key facts."""

from __future__ import annotations

import re

import pytest

import views
from content.loader import MESSAGE_LIMIT, PART_LIMIT, load_course
from content.markup import plain_text, telegram_length
from content.models import Course
from settings.config import DEFAULT_CONTENT_DIR


@pytest.fixture(scope="module")
def course() -> Course:
    return load_course(DEFAULT_CONTENT_DIR)


def test_course_size_and_order(course: Course) -> None:
    assert 12 <= len(course.lessons) <= 14
    assert [lesson.number for lesson in course.lessons] == list(range(1, len(course.lessons) + 1))
    assert set(course.pages) == {
        "mechanism",
        "speed",
        "resistant",
        "cautions",
        "future",
        "myths",
        "sources",
        "about",
    }


def test_every_part_is_bite_sized(course: Course) -> None:
    too_long = {
        f"{lesson.id} part {i + 1}": telegram_length(text)
        for lesson in course.lessons
        for i, text in enumerate(lesson.messages)
        if telegram_length(text) > PART_LIMIT
    }
    assert too_long == {}


def test_every_page_fits_one_message(course: Course) -> None:
    for page in course.pages.values():
        assert 0 < telegram_length(page.html) <= MESSAGE_LIMIT, page.command


def test_every_lesson_cites_sources_that_resolve(course: Course) -> None:
    for lesson in course.lessons:
        assert lesson.sources, lesson.id
        numbers = {int(n) for text in lesson.messages for n in re.findall(r"\[(\d+)\]", text)}
        assert numbers, f"{lesson.id} has no citation markers"
        assert numbers <= set(range(1, len(lesson.sources) + 1)), lesson.id
        assert "Sources:" in lesson.messages[-1]
    for source in course.sources.values():
        assert source.title and source.year and source.url.startswith("https://")


def test_every_lesson_ends_with_a_valid_check_in(course: Course) -> None:
    for lesson in course.lessons:
        quiz = lesson.quiz
        assert quiz is not None, lesson.id
        assert 3 <= len(quiz.options) <= 4, lesson.id
        for option in quiz.options:
            assert option.id == quiz.answer or plain_text(option.feedback).strip(), (
                f"{lesson.id}: option {option.id} has no feedback"
            )
        assert quiz.option(quiz.answer) is not None
        assert plain_text(quiz.explanation).strip()
        _text, keyboard = views.quiz_view(lesson)
        assert len(keyboard.inline_keyboard) == len(quiz.options)


def _all_text(course: Course) -> str:
    parts = [m for lesson in course.lessons for m in lesson.messages]
    parts += [page.html for page in course.pages.values()]
    return plain_text("\n".join(parts))


@pytest.mark.parametrize(
    "fact",
    [
        r"72 hours",  # Berman 2000
        r"2 hours",  # Zarate 2006 onset; also the REMS monitoring time
        r"one week",
        r"March 2019",  # esketamine approval
        r"Spravato",
        r"REMS|restricted program",
        r"next day",  # no driving
        r"blood pressure",
        r"cystitis",
        r"Schedule III|controlled",
        r"BDNF",
        r"mTOR",
        r"AMPA",
        r"NMDA",
        r"glutamate",
        r"treatment-resistant",
        # Course v2: what a psychiatrist would insist on
        r"suicidal thoughts",  # the 2020 indication and the boxed warning
        r"not been shown to prevent suicide|not shown to prevent suicide",
        r"does not replace (a )?hospital",
        r"January 2025",  # monotherapy
        r"dissociation",
        r"pulse oximetry",
        r"under 25",
        r"under 18",
        r"aneurysm",
        r"AVM",
        r"bleed in the brain|brain bleed",
        r"pregnan",
        r"breastfeeding",
        r"psychosis",
        r"benzodiazepines",
        r"stimulants",
        r"MAOIs",
        r"off-label",
        r"compound",
        r"October 2023",
        r"racemic",
        r"arketamine",
        r"26\.7%",
        r"45\.3%",
        r"ECT",
        r"rTMS",
        r"HNK",
        r"naltrexone",
        r"selective serotonin reuptake inhibitors",  # SSRI explained
        r"Risk Evaluation and Mitigation Strategy",  # REMS explained
        r"dummy treatment",  # placebo-controlled explained
    ],
)
def test_key_facts_are_taught(course: Course, fact: str) -> None:
    assert re.search(fact, _all_text(course), re.I), fact


def test_cautions_page_is_the_most_careful(course: Course) -> None:
    text = plain_text(course.pages["cautions"].html)
    for needle in ("blood pressure", "next day", "2 hours", "/sos"):
        assert needle.lower() in text.lower(), needle
    assert re.search(r"doctor|professional|clinician", text, re.I)


CRISIS_LINES = ("988", "116 123", "911", "112", "findahelpline.com")


@pytest.mark.parametrize("reply", ["html", "someone_else_html"])
def test_crisis_resources_are_real(course: Course, reply: str) -> None:
    html = getattr(course.crisis, reply)
    text = plain_text(html)
    for needle in CRISIS_LINES:
        assert needle in text or needle in html, needle
    assert plain_text(course.crisis.grounding_html).strip()


def test_the_reply_for_someone_worried_about_another_person_says_what_helps(
    course: Course,
) -> None:
    text = plain_text(course.crisis.someone_else_html).lower()
    for needle in (
        "immediate danger",
        "stay with them",
        "ask them directly",
        "does not put the idea in their head",
        "without judging",
        "professional",
        "look after yourself",
    ):
        assert needle in text, needle
    assert text.index("emergency") < text.index("988"), "danger comes before the list"
    assert len(text) < 1500, "a helper should take it in at a glance"


CARE = re.compile(r"doctor|psychiatrist|health professional", re.I)


def test_every_page_and_lesson_points_to_professional_care(course: Course) -> None:
    for page in course.pages.values():
        assert CARE.search(plain_text(page.html)), page.command
    for lesson in course.lessons:
        feedback = views.quiz_feedback(
            lesson, lesson.quiz.answer, first_answer_correct=None, disclaimer=course.disclaimer
        )
        assert CARE.search(plain_text(feedback)), lesson.id


KEPT_LESSON_IDS = (
    "origins",
    "depression",
    "nmda",
    "glutamate",
    "plasticity",
    "speed",
    "resistant",
    "cautions",
    "future",
    "doctor",
)
KEPT_SOURCE_KEYS = (
    "berman2000",
    "zarate2006",
    "newport2015",
    "zanos2018",
    "duman2012",
    "domino2010",
    "shahani2007",
    "fda2019",
    "jnj2025",
    "spravatopi",
    "spravatorems",
)


def test_published_ids_and_keys_are_kept(course: Course) -> None:
    """Other code and a question-answering index refer to these: never rename them."""
    assert set(KEPT_LESSON_IDS) <= {lesson.id for lesson in course.lessons}
    assert set(KEPT_SOURCE_KEYS) <= set(course.sources)
    assert {"mechanism", "speed", "resistant", "cautions", "future", "sources", "about"} <= set(
        course.pages
    )


def test_safety_comes_early(course: Course) -> None:
    assert "/sos" in plain_text(course.welcome)
    first_never = next(
        lesson.number
        for lesson in course.lessons
        if re.search(r"never .*(trying|take|try) ketamine", plain_text("".join(lesson.messages)))
    )
    assert first_never < 8


def test_every_lesson_from_the_second_opens_with_a_recap_about_an_earlier_one(
    course: Course,
) -> None:
    assert course.lessons[0].recap is None
    for lesson in course.lessons[1:]:
        assert lesson.recap is not None, lesson.id
        assert lesson.recap.number < lesson.number
        assert "Quick recap" in lesson.messages[0]
        assert lesson.takeaway, lesson.id


def test_a_checkpoint_at_least_every_four_lessons(course: Course) -> None:
    after = [course.lesson(cp.after).number for cp in course.checkpoints]
    gaps = [b - a for a, b in zip([0, *after], after, strict=False)]
    assert after and all(3 <= gap <= 4 for gap in gaps), after
    assert after[-1] == len(course.lessons)
    for checkpoint in course.checkpoints:
        assert 3 <= len(checkpoint.questions) <= 4


def test_myths_page_corrects_the_hype(course: Course) -> None:
    text = plain_text(course.pages["myths"].html).lower()
    for needle in ("cures depression", "everyone", "prevents suicide", "online clinic"):
        assert needle in text, needle


def test_lessons_read_right_a_day_apart_or_back_to_back(course: Course) -> None:
    for lesson in course.lessons:
        text = plain_text("".join(lesson.messages)).lower()
        for word in ("yesterday", "tomorrow", "day one"):
            assert word not in text, (lesson.id, word)


def test_sources_render_once_with_their_year(course: Course) -> None:
    text = plain_text(course.pages["sources"].html)
    assert "(2019) (2019)" not in text and "2019) (2019" not in text
    assert "5 March 2019." in text
