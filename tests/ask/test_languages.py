"""Questions in other languages: a concept's word in any form a question uses finds its lesson,
as the English word would, while English words keep their own meaning and a lookalike question
on a subject the course doesn't cover is still declined."""

from __future__ import annotations

from pathlib import Path

import pytest

from ask import CourseIndex, compose
from ask.languages import ForeignStems, unaccented
from ask.reply import PRESCRIBER_LINE
from content.markup import plain_text
from handlers.context import Services
from tests.ask.answers import shown
from tests.chat import ask
from tgdouble.server import BotApiDouble

REAL_COURSE = Path(__file__).resolve().parents[2] / "content" / "ketamine"
PREGNANCY = ("pregnancy", "embarazo", "беременность", "gebelik")
EFFECTS = ("side effects", "nebenwirkungen", "efeitos colaterais")
BLADDER = ("bladder", "mesane")


async def test_a_question_in_spanish_finds_the_lesson_as_in_english(
    double: BotApiDouble, bot: Services
) -> None:
    # "embarazada" is not listed: the Spanish stem of "embarazo", which is, finds it.
    alice, reply = await ask(double, "¿puede una embarazada recibir ketamina?")
    who_not = bot.require_course().lesson("who-not")
    assert who_not is not None
    assert f"Lesson: {who_not.title}" in reply.text
    assert reply.buttons[0].text == f"📖 {who_not.title}"
    await alice.tap(reply, reply.buttons[0].text)
    (opened,) = await alice.wait_for_messages(1)
    assert who_not.title in opened.text


@pytest.mark.parametrize(
    "question",
    [
        "¿cuánto cuesta la ketamina en méxico?",  # what it costs, where: never answered
        "ketamina para el dolor de espalda",  # back pain: a condition the course doesn't discuss
        "Ketamin gegen Tinnitus",
        "ketamin untuk jerawat",  # Indonesian: for acne
        "was kostet spravato",
    ],
)
async def test_a_lookalike_question_in_another_language_is_declined(
    double: BotApiDouble, bot: Services, question: str
) -> None:
    _, reply = await ask(double, question)
    assert "doesn't cover that" in reply.text
    assert [b.text for b in reply.buttons] == ["◀ Menu"]


async def test_a_personal_question_in_tagalog_gets_the_prescriber_line(
    double: BotApiDouble, bot: Services
) -> None:
    # "can I have ketamine if I'm pregnant?": "ako" is "I", "buntis" pregnant
    _, reply = await ask(double, "pwede ba ako mag ketamine kung buntis ako?")
    who_not = bot.require_course().lesson("who-not")
    assert who_not is not None
    assert f"Lesson: {who_not.title}" in reply.text
    assert PRESCRIBER_LINE in reply.text


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("welche Nebenwirkungen hat Ketamin?", "cautions"),  # "hat": German, though English too
        ("efeitos colaterais da cetamina", "cautions"),
        ("la kétamine rend-elle dépendant ?", "cautions"),
        ("ketamin bağımlılık yapar mı?", "cautions"),
        ("mag je autorijden na ketamine?", "cautions"),
        ("можно ли кетамин при беременности?", "who-not"),
        ("hamilelikte ketamin kullanılır mı?", "who-not"),  # Turkish, an ending on the term
        ("pwede bang uminom ng alak habang nasa ketamine?", "who-not"),  # drink alcohol
        ("qual a rapidez do efeito da cetamina", "speed"),
        ("hoe snel werkt ketamine?", "speed"),
        ("jak szybko działa ketamina?", "speed"),
        ("que fait la dépression au cerveau ?", "depression"),
        ("was macht Depression mit dem Gehirn?", "depression"),
        ("czym jest receptor NMDA?", "nmda"),
        ("¿la depresión vuelve después de la ketamina?", "evidence"),
        ("hoe effectief is ketamine?", "evidence"),
        ("o que ainda não se sabe sobre a cetamina?", "future"),
        ("mitos sobre la ketamina", "myths"),
        ("история кетамина", "origins"),
        ("quando a cetamina foi criada?", "origins"),
        ("ano po ang spravato at bakit sa clinic lang", "resistant"),
        ("cetamina intravenosa é off label?", "off-label"),
    ],
)
def test_a_question_in_another_language_finds_its_lesson(
    index: CourseIndex, question: str, target: str
) -> None:
    assert shown(index, question) == target


def test_safe_during_pregnancy_asks_whom_it_does_not_suit(index: CourseIndex) -> None:
    # "safe during" is the sharper phrase: not "safe" (side effects) and pregnancy apart
    assert shown(index, "is ketamine safe during pregnancy") == "who-not"
    assert shown(index, "is ketamine safe with maois") == "who-not"
    assert shown(index, "la ketamina es segura durante el embarazo?") == "who-not"
    # with other words around it, a term keeps its meaning: "growth" in "growth factor"
    concepts = index.read("bdnf growth factor role").concepts
    assert any("grow" in concept for concept in concepts)


def test_an_acronym_is_never_another_language_s_small_word(index: CourseIndex) -> None:
    # "ai" is Italian for "to the"; typed in capitals it is what the question asks about
    assert shown(index, "which AI model is behind this chatbot") is None


def test_stems_find_forms_of_listed_terms_and_nothing_else() -> None:
    groups = (PREGNANCY, EFFECTS, BLADDER, ("higher", "höher"), ("dealer", "dealers"))
    stems = ForeignStems(groups, in_course=lambda term: term == "higher", english={"deal"})
    assert stems.group("embarazada") == PREGNANCY  # Spanish: a form of "embarazo"
    assert stems.group("беременности") == PREGNANCY  # Russian
    assert stems.group("gebeliği") == PREGNANCY  # Turkish, with its own letters
    assert stems.group("mesaneye") == BLADDER  # a listed term with a short ending
    assert stems.group("nebenwirkung") == EFFECTS  # the singular of a listed plural
    assert stems.group("deal") is None  # an English word: never another language's
    assert stems.group("high") is None  # "higher" is the course's own word, not stemmed
    assert stems.group("emb") is None  # too short to stand for a word
    assert stems.group("mesanexyzw") is None  # more than a short ending


def test_two_groups_sharing_a_stem_lead_to_neither() -> None:
    one = ForeignStems((("embarazo", "pregnancy"),))
    assert one.group("embarazos") == ("embarazo", "pregnancy")
    two = ForeignStems((("embarazo", "pregnancy"), ("embarazosa", "awkward")))
    assert two.group("embarazos") is None


def test_accents_are_compared_with_and_without() -> None:
    assert unaccented("depresión") == "depresion"
    assert unaccented("кетамин") == "кетамин"
    assert unaccented("й") == "й"  # a Cyrillic letter of its own, not "и" with a mark
    stems = ForeignStems((("depresión", "depression"),))
    assert stems.group("depresiones") == ("depresión", "depression")
    assert stems.group("depresion") == ("depresión", "depression")


def test_a_question_in_another_language_keeps_the_safety_lines(index: CourseIndex) -> None:
    dosing = compose(index, "berapa dosis ketamin untuk depresi?")  # Indonesian: what dose
    assert dosing.dosing and PRESCRIBER_LINE in plain_text(dosing.html)
    personal = compose(index, "ketamin benim için güvenli mi?")  # Turkish: safe for me?
    assert PRESCRIBER_LINE in plain_text(personal.html)
    assert index.read("gusto ko nang mamatay").harm  # Tagalog: I want to die


@pytest.mark.parametrize(
    "question",
    [
        "kann man danach Auto fahren?",  # can one: advice asked without "I"
        "¿se puede tomar alcohol con ketamina?",
        "pwede bang magmaneho pagkatapos ng ketamine?",
        "annem ketamin alabilir mi?",  # Turkish: can my mother have it
        "czy można prowadzić samochód po ketaminie?",
    ],
)
def test_advice_asked_in_another_language_gets_the_prescriber_line(
    index: CourseIndex, question: str
) -> None:
    assert PRESCRIBER_LINE in plain_text(compose(index, question).html)
