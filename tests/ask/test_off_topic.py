"""Subjects the course never answers (synonyms.yaml's `off_topic`): declined, kindly, even when
the course's own words meet the question; and checked when the content is."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from ask import CourseIndex, SynonymsError, compose
from ask.reply import NOT_COVERED, PRESCRIBER_LINE
from ask.synonyms import parse_synonyms
from bot.cli import main
from content.markup import plain_text

ROOT = Path(__file__).resolve().parents[2]
REAL_COURSE = ROOT / "content" / "ketamine"
DECLINED = plain_text(NOT_COVERED).splitlines()[0]


@pytest.mark.parametrize(
    "question",
    [
        "what does a course of spravato cost",  # the doctor lesson says "what would it cost?"
        "will my insurer pay for ketamine drips",
        "where can i get esketamine without a clinic",
        "is ketamine used for alcoholism",
        "does yoga work as well as ketamine for depression",
        "which is the best antidepressant for anxiety",
        "¿dónde comprar ketamina?",
        "so how is it made, what chemicals",
    ],
)
def test_a_subject_the_course_never_answers_is_declined(index: CourseIndex, question: str) -> None:
    reply = compose(index, question)
    assert not reply.answered and reply.docs == ()
    assert DECLINED in plain_text(reply.html)


def test_a_personal_question_on_such_a_subject_still_gets_the_prescriber_line(
    index: CourseIndex,
) -> None:
    reply = compose(index, "can I afford spravato, should I try it")
    assert not reply.answered
    assert PRESCRIBER_LINE in plain_text(reply.html)


def test_the_course_words_alone_still_answer(index: CourseIndex) -> None:
    # "buy" and "alcohol" are words of covered questions too; only the off-topic terms decline.
    pharmacy = compose(index, "can I buy spravato at a pharmacy")
    assert pharmacy.answered and pharmacy.docs[0].target in {"off-label", "resistant"}
    alcohol = compose(index, "does ketamine interact with alcohol")
    assert alcohol.answered and alcohol.docs[0].target == "who-not"
    made = compose(index, "who first made ketamine")  # its history, not how to make it
    assert made.answered and made.docs[0].target == "origins"


def test_asking_what_the_course_itself_says_about_it_goes_to_the_course_page(
    index: CourseIndex,
) -> None:
    reply = compose(index, "does this course say anything about prices")
    assert reply.answered and reply.docs[0].target == "about"


def test_an_off_topic_group_may_be_one_term_and_shares_the_file_s_one_listing_rule() -> None:
    synonyms = parse_synonyms({"groups": [["ketamine", "k"]], "off_topic": [["recipe"]]})
    assert ("recipe",) in synonyms.off_topic and ("recipe",) in synonyms.groups
    with pytest.raises(SynonymsError) as caught:
        parse_synonyms({"groups": [["price", "cost"]], "off_topic": [["Price"], []]})
    errors = caught.value.errors
    assert "synonyms.yaml: off_topic[0][0]: 'Price' is already listed in groups[0]" in errors
    assert "synonyms.yaml: off_topic[1]: is empty; a group lists a term" in errors


def test_check_content_names_an_asks_phrase_that_uses_an_off_topic_term(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "course"
    shutil.copytree(REAL_COURSE, target)
    path = target / "lessons" / "doctor.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["asks"] = [*data.get("asks", []), "is it covered by insurance"]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["check-content", str(target)]) == 1
    _, err = capsys.readouterr()
    assert re.search(r"lessons/doctor\.yaml: asks: 'is it covered by insurance' uses", err)
