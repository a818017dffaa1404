"""The learned layer of the ranking: the shipped model loads and knows the course's lessons and
pages, the build script fits a tiny set into a model that ranks its lesson first, and a question
in words no rule was written for reaches its lesson through it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ask import CourseIndex, compose, load_synonyms
from ask.learned import MODEL_PATH, NONE, Featurer, RankModel, from_dict, load_model
from ask.passages import course_passages
from ask.train import UNSEEN, dumps, fit, labelled_sets, question_samples
from content.loader import load_course

ROOT = Path(__file__).resolve().parents[2]
REAL_COURSE = ROOT / "content" / "ketamine"


@pytest.fixture(scope="module")
def course():
    return load_course(REAL_COURSE)


@pytest.fixture(scope="module")
def index(course) -> CourseIndex:
    return CourseIndex.build(course)


def test_the_shipped_model_loads_and_names_only_the_course_s_lessons_and_pages(course) -> None:
    model = load_model()
    assert model is not None
    targets = {p.target for p in course_passages(course)}
    assert set(model.targets) - {NONE} <= targets
    lessons = {p.target for p in course_passages(course) if p.is_lesson}
    assert lessons <= set(model.targets)  # every lesson can be pointed to
    probabilities = model.probabilities(["t:bladder", "c:bladder"])
    assert abs(sum(probabilities.values()) - 1.0) < 1e-9
    assert max(probabilities, key=probabilities.__getitem__) == "cautions"


def test_the_shipped_model_file_is_what_the_build_script_writes() -> None:
    text = MODEL_PATH.read_text(encoding="utf-8")
    assert dumps(json.loads(text)) == text  # sorted, one feature a line: diffs stay readable


def test_a_model_of_another_format_or_with_mismatched_weights_is_refused() -> None:
    good = {"format": 1, "targets": ["a", "b"], "bias": [0.0, 0.0], "weights": {"t:x": [1, -1]}}
    assert isinstance(from_dict(good), RankModel)
    with pytest.raises(ValueError, match="format"):
        from_dict({**good, "format": 99})
    with pytest.raises(ValueError, match="match"):
        from_dict({**good, "weights": {"t:x": [1.0]}})


def test_a_missing_model_file_leaves_the_rules_to_rank(tmp_path: Path) -> None:
    assert load_model(tmp_path / "model.json") is None


def test_the_build_script_fits_a_tiny_set_into_a_model_that_ranks_its_lesson(index) -> None:
    items = [
        {"q": "does it hurt the bladder", "answer": ["cautions"], "kind": "covered"},
        {"q": "bladder problems from ketamine", "answer": ["cautions"], "kind": "covered"},
        {"q": "how fast does it kick in", "answer": ["speed"], "kind": "covered"},
        {"q": "how quickly does it kick in", "answer": ["speed"], "kind": "covered"},
        {"q": "what is the weather like", "answer": [], "kind": "not_covered"},
        {"q": "what is the weather like today", "answer": [], "kind": "not_covered"},
        {"q": "can I take it with my sertraline", "answer": [], "kind": "personal"},  # no lesson
    ]
    samples = question_samples(index, items)
    assert len(samples) == 6
    first = fit(samples, min_df=2)
    assert fit(samples, min_df=2) == first  # the same data gives the same model
    model = from_dict(first)
    assert model.targets == (NONE, "cautions", "speed")
    featurer = Featurer()
    asked = model.probabilities(featurer.features(index.read("when does it kick in")))
    assert asked["speed"] > 0.5
    asked = model.probabilities(featurer.features(index.read("any bladder trouble")))
    assert asked["cautions"] > 0.5
    asked = model.probabilities(featurer.features(index.read("how is the weather")))
    assert asked[NONE] > 0.5


def test_the_learned_layer_lifts_the_lesson_a_question_s_words_point_to(index, course) -> None:
    # Words alone point to the lesson on speaking with a doctor ("doctors"), and to the one
    # about history ("first"); people who ask this way mean the lesson on how fast it works.
    question = "when did doctors first notice it helps depression"
    rules = CourseIndex(course_passages(course), load_synonyms(course.directory), course)
    assert rules.model is None
    assert compose(rules, question).docs[0].target == "doctor"
    learned = compose(index, question)
    assert learned.answered
    assert learned.docs[0].target == "speed"
    assert any(hit.learned > 0.3 for hit in index.search(index.read(question)))


def test_a_question_the_learned_layer_s_first_cannot_answer_is_answered_by_its_words(
    index,
) -> None:
    # Whatever the model prefers, a question whose words a passage answers is never declined
    # because of it.
    reply = compose(index, "what is glutamate and why does everyone at the clinic keep saying it")
    assert reply.answered


def test_a_lesson_the_model_is_sure_of_answers_a_short_question_the_words_alone_declined(
    index, course
) -> None:
    question = "is ketamine better than ECT?"
    rules = CourseIndex(course_passages(course), load_synonyms(course.directory), course)
    assert not compose(rules, question).answered
    reply = compose(index, question)
    assert reply.answered
    assert reply.docs[0].target == "evidence"


@pytest.mark.parametrize(
    "question",
    [
        "what do you think about psilocybin for depression",
        "how long are the waiting lists at ketamine clinics usually",
    ],
)
def test_a_question_like_those_the_course_does_not_cover_is_declined(
    index, course, question: str
) -> None:
    rules = CourseIndex(course_passages(course), load_synonyms(course.directory), course)
    assert compose(rules, question).answered  # its words match a passage
    assert not compose(index, question).answered


def test_a_set_kept_unseen_is_never_read_for_training(tmp_path: Path) -> None:
    # The unseen check stays unseen: the build script and the leave-one-set-out bench both read
    # the sets through labelled_sets, which leaves it out by name, before opening any file.
    blind = tmp_path / "blind"
    blind.mkdir()
    (blind / "ask_dev.yaml").write_text("- {q: what is it, answer: [nmda], kind: covered}\n")
    (blind / "ask_dev10.yaml").write_text("- {q: [unreadable\n")  # would fail if parsed
    assert "ask_dev10" in UNSEEN
    assert list(labelled_sets(tmp_path)) == ["ask_dev"]


@pytest.mark.parametrize(
    "question",
    [
        # the evidence lesson
        "how can studies be blinded when ketamine makes you feel trippy, doesnt that ruin them",
        "whats so special about ketamine's speed",  # the lesson on how fast it works
    ],
)
def test_the_lesson_ranked_first_but_passed_over_for_its_words_keeps_a_button(
    index, question: str
) -> None:
    # Its passages hold too little of the question to be quoted, so another lesson's passage
    # answers; the lesson the ranking put first is still the likeliest topic, one tap away.
    first = index.search(index.read(question))[0].passage.target
    reply = compose(index, question)
    assert reply.answered
    assert reply.docs[0].target != first
    assert first in [doc.target for doc in reply.docs[1:]]
    assert reply.ranked[: len(reply.docs)] == tuple(doc.target for doc in reply.docs)


def test_the_first_three_counted_are_the_buttons_the_reply_shows_then_the_ranking(index) -> None:
    reply = compose(index, "what does ketamine do to nmda receptors and glutamate")
    assert reply.answered
    shown = tuple(doc.target for doc in reply.docs)
    assert reply.ranked[: len(shown)] == shown
    assert len(set(reply.ranked)) == len(reply.ranked) >= 3
    declined = compose(index, "lithium side effects")
    assert not declined.answered and declined.ranked == ()


def test_a_lesson_the_model_is_sure_of_answers_when_nothing_asked_is_outside_the_course(
    index, course
) -> None:
    # Every word is one the course uses ("problems", "years"), though not all in the passage
    # that answers: the lesson the layer is sure of answers, where it was declined before.
    question = "peeing problems after years of ket use"
    hits = index.search(index.read(question))
    assert hits[0].stray == 0 and hits[0].coverage < 0.4  # below the sure path's usual share
    reply = compose(index, question)
    assert reply.answered
    assert reply.docs[0].target == "cautions"
    assert "bladder" in reply.html
    # A word the course never uses beside the same sure lesson still declines: it is what is
    # asked, and the course doesn't answer it (test_ask_chatty has more).
    alzheimers = "ketamine brain synapses and alzheimers"
    assert index.search(index.read(alzheimers))[0].stray > 0.3
    assert not compose(index, alzheimers).answered
