"""What a lesson or page answers, in learners' words (`asks`): checked when the course loads,
and used by the search to find the lesson a question means."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from ask import CourseIndex, Passage, compose, course_passages, load_synonyms
from bot.cli import main
from content.loader import load_course
from tests.coursefiles import REAL_COURSE
from tests.coursefiles import edit_yaml as edit
from tests.coursefiles import load_errors as errors


def test_every_lesson_and_page_of_the_course_says_what_it_answers() -> None:
    course = load_course(REAL_COURSE)
    assert all(lesson.asks for lesson in course.lessons)
    assert "who qualifies" in course.lesson("resistant").asks
    assert "kick in" in course.pages["speed"].asks


def test_a_lesson_or_page_without_asks_still_loads(course_dir: Path) -> None:
    edit(course_dir / "lessons" / "speed.yaml", lambda lesson: lesson.pop("asks"))
    edit(course_dir / "pages.yaml", lambda pages: pages["speed"].pop("asks"))
    course = load_course(course_dir)
    assert course.lesson("speed").asks == () and course.pages["speed"].asks == ()


def test_the_phrases_are_kept_as_written_with_spaces_tidied(course_dir: Path) -> None:
    edit(course_dir / "lessons" / "speed.yaml", lambda lesson: lesson.update(asks=["kick  in "]))
    assert load_course(course_dir).lesson("speed").asks == ("kick in",)


@pytest.mark.parametrize(
    ("asks", "says"),
    [
        ("how fast does it work", "asks: must be list, got str"),
        (["kick in", 3], "asks[1]: must be a phrase (text), got int"),
        (["kick in", None], "asks[1]: must be a phrase (text), got nothing"),
        (["kick in", "Kick in"], "asks[1]: 'Kick in' is already listed as asks[0]"),
        (["<b>fast</b>"], "asks[0]: '<b>fast</b>' is plain words: no markup or [source] markers"),
        (["x" * 81], "asks[0]: is 81 characters; a phrase is at most 80"),
    ],
)
def test_a_bad_asks_value_is_one_error_naming_file_and_field(
    course_dir: Path, asks: object, says: str
) -> None:
    edit(course_dir / "lessons" / "speed.yaml", lambda lesson: lesson.update(asks=asks))
    assert errors(course_dir) == [f"lessons/speed.yaml: {says}"]


def test_a_bad_phrase_on_a_page_names_the_page(course_dir: Path) -> None:
    edit(course_dir / "pages.yaml", lambda pages: pages["myths"].update(asks=["myths", 7]))
    assert errors(course_dir) == ["pages.yaml: myths.asks[1]: must be a phrase (text), got int"]


def test_check_content_names_a_bad_phrase(
    course_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(course_dir / "lessons" / "speed.yaml", lambda lesson: lesson.update(asks=[["nested"]]))
    assert main(["check-content", str(course_dir)]) == 1
    err = capsys.readouterr().err
    assert "lessons/speed.yaml: asks[0]: must be a phrase (text), got list" in err


def test_a_question_reaches_a_lesson_only_through_its_asks_phrases() -> None:
    course = load_course(REAL_COURSE)
    synonyms = load_synonyms(course.directory)
    index = CourseIndex.build(course)
    bare = CourseIndex([replace(p, asks=()) for p in course_passages(course)], synonyms, course)
    question = "who is eligible for esketamine"  # "eligible" is in no lesson's text
    assert not compose(bare, question).answered
    reply = compose(index, question)
    assert reply.answered and reply.docs[0].target == "resistant"
    # The excerpt is the lesson's own text, never the phrases that led to it.
    assert "eligible" not in reply.html and "who qualifies" not in reply.html


def test_the_asks_phrases_do_not_answer_what_the_course_does_not_cover() -> None:
    index = CourseIndex.build(load_course(REAL_COURSE))
    for question in ("is spravato covered by insurance", "does ketamine show up on a drug test"):
        assert not compose(index, question).answered, question


def test_a_phrase_counts_only_when_the_question_says_all_of_it() -> None:
    lesson = Passage(
        "lesson:bladder",
        "part",
        "Cautions",
        "Heavy use outside medicine can harm the urinary tract. It is called cystitis.",
        (),
        asks=("bladder damage", "pee problems"),
    )
    others = [
        Passage(f"page:p{i}", "page", "Other", f"Text {i} is about gardens and the weather.", ())
        for i in range(8)
    ]
    index = CourseIndex([lesson, *others])
    reply = compose(index, "can it cause bladder damage")  # neither word is in the text
    assert reply.answered and reply.docs[0].target == "bladder"
    assert index.search(index.read("can it cause bladder damage"))[0].asked > 0
    for question in ("can it cause liver damage", "bladder pee"):  # half a phrase; two halves
        assert not compose(index, question).answered, question
        assert all(hit.asked == 0 for hit in index.search(index.read(question))), question


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("how strong is the evidence behind esketamine", "evidence"),
        ("what happens after ketamine blocks nmda", "nmda"),
        ("are antidepressants slow because of brain circuits", "depression"),
        ("which studies are cited in the lessons", "sources"),
    ],
)
def test_a_lay_question_finds_the_lesson_that_answers_it(question: str, target: str) -> None:
    index = CourseIndex.build(load_course(REAL_COURSE))
    reply = compose(index, question)
    assert reply.answered and reply.docs[0].target == target, question


def test_a_question_about_pregnancy_goes_to_who_should_not_have_it() -> None:
    # The cautions page mentions pregnancy in passing; the lesson on who should not have it
    # is the one that answers.
    index = CourseIndex.build(load_course(REAL_COURSE))
    assert compose(index, "can you have spravato while pregnant").docs[0].target == "who-not"
