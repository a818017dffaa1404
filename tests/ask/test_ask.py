"""Ask the course, without Telegram: passages, search, replies, synonyms and their checks."""

from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from ask import CourseIndex, Passage, SynonymsError, compose, course_passages, load_synonyms
from ask.reply import DOSE_NUMBER, EXCERPT_CHARS, MIN_COVERAGE, PRESCRIBER_LINE, excerpt
from ask.synonyms import Synonyms, parse_synonyms
from bot.cli import main
from content.loader import load_course
from content.markup import plain_text
from content.models import Source

ROOT = Path(__file__).resolve().parents[2]
REAL_COURSE = ROOT / "content" / "ketamine"
ANY_DOSE = re.compile(r"\d\s*(?:mg|mcg|ml|milligram|/\s*kg|spray)", re.IGNORECASE)


def text_of(html: str) -> str:
    return plain_text(html)


# -- passages ------------------------------------------------------------------------------------


def test_every_lesson_and_page_is_searchable_without_headers_markers_or_footers() -> None:
    course = load_course(REAL_COURSE)
    passages = course_passages(course)
    docs = {p.doc for p in passages}
    assert {f"lesson:{lesson.id}" for lesson in course.lessons} <= docs
    assert {f"page:{command}" for command in course.pages} <= docs
    for passage in passages:
        assert passage.text.strip(), passage.doc
        assert not re.search(r"\[\d+\]", passage.text), passage.doc  # markers are numbered per item
        assert "Lesson 1 of" not in passage.text and not passage.text.startswith("Sources:")
    quiz = [p for p in passages if p.kind == "quiz"]
    assert len(quiz) == sum(lesson.quiz is not None for lesson in course.lessons)


# -- answers -------------------------------------------------------------------------------------


def test_a_covered_question_gets_its_lesson_or_page_with_sources(index: CourseIndex) -> None:
    reply = compose(index, "when did the FDA approve spravato")
    assert reply.answered
    assert "2019" in text_of(reply.html)  # the year of the approval, from the course
    assert "Sources:" in text_of(reply.html)
    assert PRESCRIBER_LINE not in text_of(reply.html)


def test_the_excerpt_is_whole_sentences_within_the_limit(index: CourseIndex) -> None:
    for question in ("what is treatment resistant depression", "how does ketamine work"):
        reply = compose(index, question)
        assert reply.answered, question
        shown = excerpt(reply.docs[0].text, index.read(question).terms)
        assert 0 < len(shown) <= EXCERPT_CHARS
        assert shown[0].isupper() or shown[0] == "•", shown  # starts a sentence
        assert shown[-1] in ".!?:", shown  # and ends one
        assert shown in text_of(reply.html)


def test_a_long_passage_is_cut_at_a_sentence_around_the_match() -> None:
    sentences = [f"Sentence number {i} talks about the weather." for i in range(60)]
    sentences[30] = "Sentence number 30 talks about zebras."
    shown = excerpt(" ".join(sentences), ("zebras",))
    assert len(shown) <= EXCERPT_CHARS < len(" ".join(sentences))
    assert "zebras." in shown and "number 0 " not in shown  # around the match, not the start
    assert shown.startswith("Sentence number") and shown.endswith(".")


def test_the_synonyms_find_what_the_course_calls_something_else(index: CourseIndex) -> None:
    assert compose(index, "is k addictive").docs[0].target == "cautions"
    bare = CourseIndex([replace(p, asks=()) for p in index.passages], Synonyms())  # nor `asks`
    assert not compose(bare, "is k addictive").answered  # neither word is in the course's text


@pytest.mark.parametrize(
    ("question", "lesson"),
    [
        ("isnt ketamine basically a horse tranquilizer?", "origins"),  # slang, a synonym group
        ("why does ketamine knock people out for operations", "origins"),  # a phrase split up
        ("why do people feel drunk and spacey after spravato", "cautions"),
        ("why is ketamine so tightly regulated", "cautions"),  # an intensifier is no topic
        ("how long do they monitor you after esketamine", "resistant"),  # "monitored", stemmed
        ("is esketamin ok during pregnacy", "who-not"),  # letters left out
        ("who cant have esketamine", "who-not"),  # "can't have", typed without the apostrophe
        ("is ketamine overhyped", "myths"),  # a lay word for a claim
        ("what do the critics think of spravato", "evidence"),
        ("la kétamine augmente la tension artérielle ?", "cautions"),  # in French
        ("la ketamina es rápida?", "speed"),  # in Spanish: "es" is a small word, not a topic
        ("¿cuánto tarda la esketamina en hacer efecto?", "speed"),
        ("can women who are pregnant have spravato", "who-not"),  # "women" is no topic
        ("explain nmda receptors in simple words", "nmda"),  # how to explain is no topic
        ("is heavy ketamine use toxic to the bladder", "cautions"),  # "toxic" is harm
        ("for my essay: why does ketamine keep knocking people out", "origins"),
        ("observation period after esketamine", "resistant"),  # stay for 2 hours of checks
    ],
)
def test_the_words_learners_use_find_the_lesson(
    index: CourseIndex, question: str, lesson: str
) -> None:
    reply = compose(index, question)
    assert reply.answered, question
    assert reply.docs[0].target == lesson, question  # the lesson, or its topic page


def test_a_concept_in_a_lesson_title_ranks_that_lesson_first(index: CourseIndex) -> None:
    # Several lessons mention esketamine and a risk; one is about side effects.
    assert compose(index, "spravato side effects").docs[0].title == "Cautions and side effects"


def test_pages_about_the_course_win_only_questions_about_the_course(index: CourseIndex) -> None:
    # The sources page says "each link opens the original"; the question is about ketamine.
    assert compose(index, "what was ketamine originally used for").docs[0].target == "origins"
    reply = compose(index, "can u show me the studies / references")
    assert reply.docs[0].doc == "page:sources"
    assert not reply.personal  # "show me" asks the bot for something; it is not about the writer
    # The about page points to /myths; the pointer does not make it a page about myths.
    assert compose(index, "common misconceptions about ketamine").docs[0].doc == "page:myths"


def test_a_misspelling_is_read_as_the_course_word_and_a_real_word_is_not(
    index: CourseIndex,
) -> None:
    assert ("serotonin",) == index.read("seratonin").concepts[0][:1]  # one letter changed
    assert ("receptors",) == index.read("recepters").concepts[0][:1]
    assert ("receptors",) == index.read("recpetors").concepts[0][:1]  # two letters swapped
    assert "ketamine" in index.read("ketmaine").concepts[0]
    assert "spravato" in index.read("spravatto").concepts[0]  # a letter typed twice
    assert "spravato" in index.read("spravado").concepts[0]  # one changed in eight letters
    assert "brain" in index.read("brian").concepts[0]  # a short word: only a swap is read
    # A phrase with a slip in it still counts as the phrase
    assert "side effects" in index.read("the side efects of spravato").concepts[1]
    assert ("weight",) in index.read("ketamine and weight gain").concepts  # not "weigh"
    assert ("therapist",) in index.read("a good therapist").concepts  # not "therapies"
    surge = index.read("the glutamate surge").concepts
    assert ("burst", "surge") in [concept[:2] for concept in surge]  # not "urge"


def test_a_phrase_matches_with_a_few_words_inside_it() -> None:
    synonyms = Synonyms((("anaesthesia", "knock out"),))
    assert synonyms.mentioned("it can knock you out") == [("anaesthesia", "knock out")]
    assert synonyms.mentioned("it can knock all of those people out") == []
    assert synonyms.mentioned("out of the knock") == []  # the words in their order only
    # A two-word phrase that starts with a filler word matches only as written.
    origins = Synonyms((("originally", "at first"),))
    assert origins.found("at a first appointment", frozenset({"at", "a"})) == []
    assert origins.found("at first it was", frozenset({"at"})) == [
        (("originally", "at first"), ("at first",))
    ]
    # Nor does a phrase take in a word of another group: that word says what is asked.
    how = Synonyms((("mechanism", "how does it work"), ("fast", "quickly")))
    assert how.mentioned("how does it really work") == [("mechanism", "how does it work")]
    assert how.mentioned("how fast does it work") == [("fast", "quickly")]


def test_asking_how_fast_it_works_is_about_speed_not_the_mechanism(index: CourseIndex) -> None:
    assert compose(index, "how fast does ketamine work for depression").docs[0].target == "speed"
    assert compose(index, "how does ketamine work").docs[0].target == "mechanism"


@pytest.mark.parametrize(
    "question",
    [
        "what is ayahuasca",
        "lithium side effects",
        "write me a poem about spring",
        "how long does esketamine stay in your body",  # not the bladder lesson
    ],
)
def test_what_the_course_does_not_cover_is_declined_without_guessing(
    index: CourseIndex, question: str
) -> None:
    reply = compose(index, question)
    assert not reply.answered and reply.docs == ()
    assert "doctor or pharmacist" in text_of(reply.html)


@pytest.mark.parametrize(
    "question", ["can ketamine cause liver damage", "what does serotonin syndrome feel like"]
)
def test_words_found_far_apart_in_a_passage_do_not_answer(
    index: CourseIndex, question: str
) -> None:
    # The course says "harm the bladder" and "causes pain"; "serotonin" and "feel" sit in
    # different parts of a passage. Enough of the words are there, but not together.
    best = index.search(index.read(question))[0]
    assert best.coverage >= MIN_COVERAGE
    assert not compose(index, question).answered


@pytest.mark.parametrize(
    "question",
    [
        "should I try ketamine?",
        "can I take it with my sertraline?",
        "I had a bleed in my brain two years ago. can I still do esketamine?",
        "do you think ketamine could fix my depression",
        # Advice asked without "I": for someone else, for anyone, or in another language
        "should my son try esketamine",
        "can a person with epilepsy have ketamine",
        "is it safe to drive after spravato",
        "can you drink alcohol on ketamine",
        "would you recommend spravato",
        "puedo tomar ketamina para la depresión",
        "soll ich spravato nehmen",
        "можно ли мне кетамин",
        "would ketamine be a good option for a 45 year old with depression",
        "our son has depression, would it help",
        "我可以用氯胺酮吗",
        "can a 15 year old use spravato",
        "can u take ketamine with zoloft",
        "what would happen if a person on lithium took ketamine",
        # About a relative's or a patient's own care, without "should"
        "she's been dizzy since her infusion yesterday, is that normal",
        "does she have to fast before the spray",
        "a patient of mine in his 70s with high blood pressure, would you prescribe it",
        "he has bipolar disorder, will the dissociation be dangerous for him",
    ],
)
def test_personal_questions_get_the_prescriber_line(index: CourseIndex, question: str) -> None:
    reply = compose(index, question)
    assert reply.personal
    assert PRESCRIBER_LINE in text_of(reply.html)


def test_a_personal_story_still_gets_the_course_passage(index: CourseIndex) -> None:
    # Words about the writer's life ("none", "mother", "today") are in no passage.
    reply = compose(
        index,
        "I've been on 3 different antidepressants and none of them worked, "
        "does that make me treatment resistant?",
    )
    assert reply.answered and reply.personal
    assert reply.docs[0].target == "resistant"
    assert PRESCRIBER_LINE in text_of(reply.html)


@pytest.mark.parametrize(
    "question",
    [
        "what dose of ketamine for depression",
        "spravato 56mg vs 84mg",
        "ketamine infusion mg per kg",
        "how many sprays of spravato per session",
        "how frequently do people get the nasal spray",
        "is it ok to have an infusion twice a week",
        "how much special k to microdose",
        "max spravato per week",
        "cuánta ketamina para la depresión",
    ],
)
def test_dosing_questions_get_no_number_and_the_prescriber_line(
    index: CourseIndex, question: str
) -> None:
    reply = compose(index, question)
    assert reply.dosing
    assert PRESCRIBER_LINE in text_of(reply.html)
    assert not ANY_DOSE.search(text_of(reply.html))


def test_a_dose_in_the_course_text_is_never_quoted() -> None:
    source = Source("label", "A label", 2025, "https://example.org/label")
    passage = Passage(
        "page:cautions",
        "page",
        "Cautions",
        "Esketamine is sprayed in the nose at the clinic. The label lists 56 mg or 84 mg. "
        "Staff watch you for two hours after each esketamine session.",
        (source,),
    )
    others = [
        Passage(f"page:p{i}", "page", "Other", f"Text {i} is about gardens and the weather.", ())
        for i in range(8)
    ]
    index = CourseIndex([passage, *others])
    reply = compose(index, "how much esketamine is sprayed in the nose at the clinic")
    assert reply.dosing
    assert reply.answered
    assert "sprayed in the nose" in text_of(reply.html)
    assert "56" not in text_of(reply.html) and "84" not in text_of(reply.html)
    assert DOSE_NUMBER.search(passage.text)  # the filter had something to remove


def test_asking_what_would_kill_is_flagged_for_the_crisis_reply(index: CourseIndex) -> None:
    for question in (
        "how much ketamine would kill me",
        "whats the lethal dose of k",
        "if i take the whole pack of lozenges will i die",
        "is a bottle of spravato enough to kill",
        "i dont want to be alive anymore, will ketamine work fast enough",
        "ive been saving up and stockpiling my lozenges",
        "quiero morir, nada funciona",
        "if nothing works whats the point in living",
        "is there any point in me going on if the spray fails",
    ):
        assert index.read(question).harm, question
    assert not index.read("does ketamine raise blood pressure").harm
    assert not index.read("is there any point in trying ketamine after ect").harm


def test_small_talk_is_not_a_course_question(index: CourseIndex) -> None:
    for text in ("hello", "08:15", "sorry, are you there?", "message 5"):
        reply = compose(index, text)
        assert reply.off_topic and not reply.answered, text


# -- synonyms.yaml -------------------------------------------------------------------------------


def test_the_course_synonyms_are_valid() -> None:
    synonyms = load_synonyms(REAL_COURSE)
    assert ("esketamine", "spravato") == synonyms.groups[1][:2]


def test_a_course_without_synonyms_has_none(tmp_path: Path) -> None:
    assert load_synonyms(tmp_path).groups == ()


def test_synonym_mistakes_are_named_by_file_and_field() -> None:
    data = {
        "groups": [["ketamine", "k"], [], ["ECT"], ["spravato", "K"], "oops"],
        "synonym": [],
    }
    with pytest.raises(SynonymsError) as caught:
        parse_synonyms(data)
    errors = caught.value.errors
    assert "synonyms.yaml: synonym: unknown field (known: groups, off_topic)" in errors
    assert "synonyms.yaml: groups[1]: is empty; a group lists two or more terms" in errors
    assert "synonyms.yaml: groups[2]: has one term; a group lists two or more" in errors
    assert "synonyms.yaml: groups[3][1]: 'K' is already listed in groups[0]" in errors
    assert "synonyms.yaml: groups[4]: is empty; a group lists two or more terms" in errors


def test_a_synonyms_file_that_does_not_parse_is_one_line_with_its_place(tmp_path: Path) -> None:
    (tmp_path / "synonyms.yaml").write_text("groups:\n\t- [ketamine, k]\n", encoding="utf-8")
    with pytest.raises(SynonymsError) as caught:
        load_synonyms(tmp_path)
    (error,) = caught.value.errors
    assert error.startswith("synonyms.yaml: YAML does not parse at line 2, column 1: ")
    assert "\n" not in error and str(tmp_path) not in error


def test_a_synonyms_file_that_is_not_utf8_says_so(tmp_path: Path) -> None:
    (tmp_path / "synonyms.yaml").write_bytes("groups: [[café, cafe]]".encode("latin-1"))
    with pytest.raises(SynonymsError) as caught:
        load_synonyms(tmp_path)
    assert caught.value.errors == ["synonyms.yaml: is not UTF-8 text"]


@pytest.fixture
def course_with_bad_synonyms(tmp_path: Path) -> Path:
    target = tmp_path / "course"
    shutil.copytree(REAL_COURSE, target)
    path = target / "synonyms.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["groups"].append(["Spravato", "the spray"])  # Spravato is already in a group
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return target


def test_check_content_reports_bad_synonyms(
    capsys: pytest.CaptureFixture[str], course_with_bad_synonyms: Path
) -> None:
    code = main(["check-content", str(course_with_bad_synonyms)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert re.search(r"synonyms\.yaml: groups\[\d+\]\[0\]: 'Spravato' is already listed", err)


def test_check_content_counts_the_synonym_groups(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-content", str(REAL_COURSE)]) == 0
    out, _ = capsys.readouterr()
    assert f"{len(load_synonyms(REAL_COURSE).groups)} synonym groups" in out


def test_a_long_story_gets_the_prescriber_line_and_is_still_checked_for_harm(
    index: CourseIndex,
) -> None:
    story = "we talked about spravato and the side effects at the clinic. " * 40
    reply = compose(index, story)
    assert reply.personal and PRESCRIBER_LINE in text_of(reply.html)
    assert index.read(story + "how much ketamine would kill me").harm
