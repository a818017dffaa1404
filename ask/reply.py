"""The reply to a question: the best passage as a short excerpt with its sources, or a kind
"the course doesn't cover that". Never advice, never a dose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape

from ask.hits import META_PAGES, Hit
from ask.index import RUNNERS_UP, CourseIndex
from ask.passages import Passage, sentences
from ask.questions import Question

EXCERPT_CHARS = 600
MIN_COVERAGE = 0.48  # share of the question's weight the best passage must contain (dev set)
# Personal questions carry words about the writer ("years ago", "my mum") that no passage holds;
# their replies always add the prescriber line, so the course's passage may match less of them.
PERSONAL_MIN_COVERAGE = 0.4
# A passage can hold a question's words in unrelated places ("drug" here, "tested" there); the
# words that answer a question stand together. Share of the weight the best two sentences hold:
MIN_TOGETHER = 0.35
MIN_SCORE = 0.0  # and its bm25 score
CLOSE = 0.7  # another lesson or page is offered when it ranks within this share of the best
OFFERED = 3  # lessons or pages offered at most, the best first
# A lesson or page can stand out although its best passage holds less of the question's weight
# than MIN_COVERAGE: its title or `asks` phrases name what is asked, and no other lesson comes
# near ("is it true ketamine prevents suicide? saw a headline", where "headline" weighs most).
# It answers then when its rank reaches STANDS_OUT, every other lesson or page ranks at least
# AHEAD_BY below it, and its best passage still holds MIN_SHARE of the weight, within two
# sentences. Chosen on the nine labelled sets: it answers a quarter of the covered questions
# declined before, and one question the course doesn't cover.
STANDS_OUT = 1.3
AHEAD_BY = 0.3
MIN_SHARE = 0.2
# The learned layer (ask.learned) answers the same way: a lesson or page it gives SURE of the
# probability or more answers with MIN_SHARE; and a question it finds UNASKED likely to be one
# the course doesn't cover is declined, whatever its words match. Chosen left-one-set-out
# (python -m bench.ask_loso).
SURE = 0.4
UNASKED = 0.4
# But SURE answers only with SURE_SHARE of the question's weight (a word the course never uses
# beside one or two of its concepts, "ketamine brain synapses and alzheimers", still declines),
# and UNASKED declines only when the passage misses some of it (after a reload that adds
# "ayahuasca" to a page, "what is ayahuasca" is answered).
SURE_SHARE = 0.4
HELD = 0.99
# When the question asks nothing in words the course never uses (at most STRAY of its weight
# in them), a lesson the layer is sure of answers with LOOSE_SHARE: what it misses are course
# words said elsewhere ("peeing problems after years of ket use"), not a subject the course
# doesn't cover ("alzheimers", "migraines"). Chosen left-one-set-out (python -m bench.ask_loso).
LOOSE_SHARE = 0.2
STRAY = 0.3

PRESCRIBER_LINE = "This is general education; your prescriber or pharmacist can answer for you."
# Asked how much: said plainly first, since the passage that answers may speak of amounts.
NO_DOSES = "This course never gives doses: how much, and how often, is for your prescriber."
NOT_COVERED = (
    "I looked through the course and it doesn't cover that, so I won't guess. 💛\n"
    "A doctor or pharmacist is the right person to ask. Tap ☰ Menu to see what the course covers."
)
# For a question in a script the search reads through a small map of the course's topics
# (ask.scripts): it may be covered, in words the map doesn't hold.
NOT_COVERED_SCRIPT = (
    "I couldn't find that in the course, so I won't guess. 💛\n"
    "Questions work best in English: you're welcome to ask again in English, or tap /menu to "
    "see every topic the course covers. A doctor or pharmacist is the right person to ask about "
    "your own care."
)
EDUCATION_NOTE = "General education from the course, not medical advice."
MORE = "Ask me something else, or tap ◀ Menu for every topic."

# A number with a dose unit: "56 mg", "0.5mg/kg", "2 sprays", "84 milligrams".
DOSE_NUMBER = re.compile(
    r"\d[\d.,]*\s*(?:mg|mcg|µg|g|ml|milligrams?|micrograms?|grams?|millilit(?:er|re)s?"
    r"|sprays?|puffs?|devices?|doses?|/\s*kg|per\s+(?:kg|kilo))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reply:
    """What the bot says to a question; `docs` are the lessons or pages to offer as buttons."""

    html: str
    answered: bool
    docs: tuple[Passage, ...] = ()  # best first, then up to two that rank close to it
    personal: bool = False
    dosing: bool = False
    off_topic: bool = False  # nothing in it is a word the course uses: not a course question
    # The lessons or pages in the order the reply stands on them: its buttons first, then the
    # rest of the ranking it answered from (what "among the first three" counts).
    ranked: tuple[str, ...] = ()

    @property
    def needs_care_line(self) -> bool:
        return self.personal or self.dosing


def excerpt(text: str, terms: tuple[str, ...], limit: int = EXCERPT_CHARS) -> str:
    """At most `limit` characters of whole sentences, around the one that matches best."""
    parts = [s for s in sentences(text) if not DOSE_NUMBER.search(s)]
    if not parts:
        return ""
    stems = [t[:5] for t in terms if t]

    def matches(sentence: str) -> int:
        lowered = sentence.lower()
        return sum(stem in lowered for stem in stems)

    best = max(range(len(parts)), key=lambda i: (matches(parts[i]), -i))
    start = end = best
    size = len(parts[best])
    while True:  # grow forward first (the sentences after explain), then back
        if end + 1 < len(parts) and size + 1 + len(parts[end + 1]) <= limit:
            end += 1
            size += 1 + len(parts[end])
        elif start > 0 and size + 1 + len(parts[start - 1]) <= limit:
            start -= 1
            size += 1 + len(parts[start])
        else:
            break
    chosen = parts[start : end + 1]
    if size > limit:  # one sentence longer than the limit: cut at a word, plainly marked
        return chosen[0][: limit - 1].rsplit(" ", 1)[0] + "…"
    return " ".join(chosen)


def _citations(passage: Passage) -> str:
    links = [
        f'<a href="{escape(s.url)}">{escape(s.label, quote=False)}</a>' for s in passage.citations
    ]
    return "<i>Sources:</i> " + "; ".join(links) if links else ""


def _close_others(hits: list[Hit], passed: Hit | None = None) -> list[Passage]:
    """Up to OFFERED - 1 other lessons or pages, each on a topic of its own (a lesson and the
    page of the same name are one): first the one the ranking put first (`passed`) when its
    passage held too little of the question to be shown, since it is still the likeliest topic;
    then those that rank within CLOSE of the best by the question's words (the learned layer
    puts the likeliest first; it doesn't hide a close second)."""
    best = hits[0]
    seen = {best.passage.target}
    others: list[Passage] = []
    if passed is not None and passed.passage.target not in seen:
        seen.add(passed.passage.target)
        others.append(passed.passage)
    for hit in hits[1:]:
        if len(others) == OFFERED - 1 or hit.matched < CLOSE * best.matched:
            break
        if hit.passage.target not in seen:
            seen.add(hit.passage.target)
            others.append(hit.passage)
    return others


def covered(hits: list[Hit], personal: bool = False) -> bool:
    """Whether the best passage answers enough of the question to be shown: enough of its
    weight in the passage, and enough of it together, within two sentences; or less, when its
    lesson or page stands out from every other."""
    if not hits or hits[0].score <= MIN_SCORE:
        return False
    best = hits[0]
    least = PERSONAL_MIN_COVERAGE if personal else MIN_COVERAGE
    if best.unasked >= UNASKED and best.coverage < HELD:
        return False
    if best.coverage >= least and best.together >= MIN_TOGETHER:
        return True
    share = LOOSE_SHARE if best.stray <= STRAY else SURE_SHARE
    if best.learned >= SURE and best.coverage >= share and best.together >= share:
        return True
    return best.coverage >= MIN_SHARE and best.together >= MIN_SHARE and _stands_out(hits)


def _answerable_first(hits: list[Hit], personal: bool) -> list[Hit]:
    """The hits with the first that holds enough of the question's words moved to the front:
    of the runners-up in rank order, else the best by the words alone; as they were if none."""
    least = PERSONAL_MIN_COVERAGE if personal else MIN_COVERAGE
    runners = hits[1:RUNNERS_UP]
    place = next(
        (
            i
            for i, hit in enumerate(runners, 1)
            if hit.coverage >= least and hit.together >= MIN_TOGETHER
        ),
        None,
    )
    if place is not None:
        return [hits[place], *hits[:place], *hits[place + 1 :]]
    by_words = sorted(hits, key=lambda hit: hit.matched, reverse=True)
    return by_words if covered(by_words, personal) else hits


def _stands_out(hits: list[Hit]) -> bool:
    """Whether the best lesson or page ranks high and well ahead of any other, by the
    question's words alone: the learned layer orders lessons, it never makes one stand out."""
    best = hits[0]
    if best.matched < STANDS_OUT:
        return False
    others = [hit.matched for hit in hits if hit.passage.target != best.passage.target]
    return not others or max(others) <= (1 - AHEAD_BY) * best.matched


def _about_the_course(hits: list[Hit]) -> bool:
    """Whether the best passage is a page about the course that the question names by its
    title ("does this course say where to buy it")."""
    return bool(hits) and hits[0].passage.doc in META_PAGES and hits[0].titled > 0


def compose(index: CourseIndex, text: str) -> Reply:
    """Answer a question from the course, or say kindly that the course doesn't cover it."""
    question = index.read(text)
    minors = index.course.minors if index.course is not None else ""
    return compose_for(question, index.search(question), minors)


def compose_for(question: Question, hits: list[Hit], minors: str = "") -> Reply:
    """The reply to a read question; `minors` is the course's sourced sentence for a personal
    question about someone under 18 (the approved treatment is for adults only)."""
    flags = {"personal": question.personal, "dosing": question.dosing}
    care = question.personal or question.dosing
    # The care line, with, for someone under 18, what the label says about their age first.
    care_lines = [minors] if care and question.minor and minors else []
    care_lines += [f"<b>{NO_DOSES}</b>"] if question.dosing else []
    care_lines += [f"<b>{PRESCRIBER_LINE}</b>"] if care else []
    # A subject the course doesn't answer (what it costs, where to buy it) is declined however
    # well its other words match, unless the question asks what the course itself says.
    aside = question.off_topic and not _about_the_course(hits)
    declined = NOT_COVERED_SCRIPT if question.script else NOT_COVERED
    first = hits[0] if hits else None
    if not covered(hits, question.personal):
        # The learned layer's first may hold too little of the question's words to be shown;
        # then the next that holds enough answers (ask.index.RUNNERS_UP, in rank order), and,
        # failing those, the best by the words alone, as it would without the layer.
        hits = _answerable_first(hits, question.personal)
    if aside or not covered(hits, question.personal):
        lines = [declined, *care_lines]
        # Nothing the course says: small talk gets the menu's pointer instead. Not so in these
        # scripts, where it is more likely a question the map of topics doesn't hold.
        off_topic = (not hits or hits[0].coverage == 0) and not question.script
        return Reply("\n\n".join(lines), answered=False, off_topic=off_topic, **flags)
    best = hits[0].passage
    shown = excerpt(best.text, question.terms)
    if not shown:  # every sentence carried a dose: nothing safe to quote
        lines = [declined, *care_lines]
        return Reply("\n\n".join(lines), answered=False, **flags)
    where = "Lesson" if best.is_lesson else "Page"
    lines = [f"💬 {where}: <b>{escape(best.title, quote=False)}</b>", escape(shown, quote=False)]
    if cites := _citations(best):
        lines.append(cites)
    lines.extend(care_lines or [f"<i>{EDUCATION_NOTE}</i>"])
    lines.append(MORE)
    docs = (best, *_close_others(hits, first))
    ranked = tuple(
        dict.fromkeys([*(doc.target for doc in docs), *(h.passage.target for h in hits)])
    )
    return Reply("\n\n".join(lines), answered=True, docs=docs, ranked=ranked, **flags)
