"""Questions in Chinese, Japanese, Korean, Hindi, Arabic and Thai: the core topics found, what
the course doesn't cover declined with a kind word that English works best."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ask import CourseIndex, compose
from ask.reply import NOT_COVERED_SCRIPT, PRESCRIBER_LINE
from ask.scripts import ScriptReader
from content.loader import load_course
from content.markup import plain_text
from tests.coursefiles import REAL_COURSE

QUESTIONS = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "data" / "ask_scripts.yaml").read_text("utf-8")
)


@pytest.fixture(scope="module")
def index() -> CourseIndex:
    return CourseIndex.build(load_course(REAL_COURSE))


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("氯胺酮有什么副作用？", "ketamine side effects"),
        ("艾司氯胺酮会上瘾吗", "esketamine addictive"),  # the longer name, not "ketamine" in it
        ("ケタミンはどのくらいで効きますか", "ketamine how fast does it work"),
        ("케타민의 부작용은 무엇인가요?", "ketamine side effects"),  # the ending joined to it
        ("केटामाइन के दुष्प्रभाव क्या हैं?", "ketamine side effects"),
        ("ما هي الآثار الجانبية للكيتامين؟", "side effects ketamine"),  # "lil-" joined in front
        ("ใครไม่ควรใช้คีตามีน", "who should not take it ketamine"),
        ("NMDA受体是什么", "nmda receptor"),  # Latin letters kept as typed
        ("氯胺酮能治疗焦虑吗", "ketamine treatment 焦虑"),  # anxiety: kept, a word the course lacks
    ],
)
def test_a_question_is_put_into_the_courses_english_words(question: str, english: str) -> None:
    assert ScriptReader().english(question) == english


@pytest.mark.parametrize("item", QUESTIONS, ids=[item["q"] for item in QUESTIONS])
def test_questions_in_each_script_find_their_page_or_are_declined(
    index: CourseIndex, item: dict
) -> None:
    reply = compose(index, item["q"])
    text = plain_text(reply.html)
    if item["kind"] == "covered":
        # Its page first, or (one question of 114, see bench.ask) among the buttons
        assert reply.answered and {d.target for d in reply.docs} & set(item["answer"]), text
    elif item["kind"] == "not_covered":
        assert not reply.answered and not reply.off_topic
        assert NOT_COVERED_SCRIPT.splitlines()[0] in text
    else:
        assert PRESCRIBER_LINE in text


def test_the_decline_says_kindly_that_english_works_best_and_names_the_menu(
    index: CourseIndex,
) -> None:
    reply = compose(index, "氯胺酮对偏头痛有用吗")  # migraine: not in the course
    text = plain_text(reply.html)
    assert not reply.answered and not reply.off_topic  # sent, not the small-talk pointer
    assert "English" in text and "/menu" in text and "doctor or pharmacist" in text
    english = compose(index, "does ketamine help migraines")
    assert "/menu" not in plain_text(english.html)  # in English, the usual decline


def test_a_teenager_writing_in_chinese_hears_it_is_for_adults_only(index: CourseIndex) -> None:
    text = plain_text(compose(index, "我16岁，可以用Spravato吗？").html)
    assert PRESCRIBER_LINE in text and "approved for adults only" in text
