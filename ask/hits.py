"""How well a passage matches a question, and how passages rank: the weights of a question's
concepts (Robertson idf, floored, with chat words capped) and a hit's rank from its coverage,
its lesson's title and `asks` phrases, bm25 and the learned layer. ask.index finds the passages
and fills in these figures; ask.reply decides from them whether and what to answer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ask.passages import Passage

# Passages are ranked by coverage (share of the question's concepts they contain, synonyms
# counted once, each weighing its Robertson idf) plus a small share of bm25, which breaks ties
# between equally covering passages and favours the passage that is about a word over one that
# names it in passing (the course's opening lists every topic ahead). bm25 alone ranks passages
# that repeat one common word too high; 0.1 was best left-one-set-out on five labelled sets.
# The rank leaves out words most passages use, so that "ketamine" in a passage does not beat
# "it"; whether the best passage answers at all counts them at WEIGHT_FLOOR (ask.reply).
BM25_SHARE = 0.1
# A concept named in a lesson's or page's title says what the whole lesson is about, so the
# share of the question's weight found in the title adds to the rank ("spravato side effects"
# belongs to "Cautions and side effects", not to any passage that mentions a risk in passing).
TITLE_SHARE = 0.3
# The share named by the best `asks` phrase of a lesson or page (what it answers, in the words
# learners use: "kick in", "qualify"; ask.asks) adds to the rank in the same way.
ASKS_SHARE = 0.8

# Pages about the course itself rather than its topic: they answer questions about the course
# ("where does this come from?") but should rarely win a content question through a stray word.
META_PAGES = frozenset({"page:sources", "page:about"})
# The learned layer (ask.learned): the probability it gives a passage's lesson or page, at this
# share, adds to the passage's rank. Chosen left-one-set-out (python -m bench.ask_loso).
LEARNED_SHARE = 6.0
META_PRIOR = 0.8
WEIGHT_FLOOR = 0.1  # the least a concept weighs, for a word in more than half the passages
# A question that names three of the course's concepts or more (synonym groups, which authors
# keep for what the course is about) says plainly what it asks; a word beside them that the
# course never uses ("metaphor", "psych", "dying") is mostly how it is put: "do brain circuits
# physically change in depression or is that a metaphor". For whether a passage answers, such a
# word weighs at most CHAT_CAP of the heaviest of those concepts. With fewer it weighs in full:
# "does ketamine help chronic pain" names one, and "chronic pain" is what it asks. Course words
# that are no group ("help", "change") do not count, or "does the nasal spray help depression
# with migraines" would be answered. Chosen on the twelve blind sets and the two written ones:
# two or a cap of 1.0 lost declined questions on three sets; this loses none.
NAMED_ENOUGH = 3
CHAT_CAP = 0.6


@dataclass(frozen=True)
class Hit:
    """A passage and how well it matches: `score` is bm25 (higher is better), `coverage` the
    share of the question's weight (sum of idf, at least WEIGHT_FLOOR a concept) that the
    passage contains."""

    passage: Passage
    score: float
    coverage: float
    focused: float = 0.0  # the share of the weight of its rarer words (in < half the passages)
    titled: float = 0.0  # that share named in the title of the passage's lesson or page
    # The share of the weight its best two sentences (and title) hold; worked out only for
    # the passages that may answer (ask.index.RUNNERS_UP), 0 for the rest.
    together: float = 0.0
    asked: float = 0.0  # that share named in the `asks` phrases of its lesson or page
    learned: float = 0.0  # the learned layer's probability for its lesson or page
    unasked: float = 0.0  # and that the course doesn't cover the question at all
    # The share of the question's weight in words no passage holds, filler aside ("alzheimers"
    # in "ketamine brain synapses and alzheimers"): the same for every passage of a question.
    stray: float = 0.0

    @property
    def rank(self) -> float:
        return self.matched + LEARNED_SHARE * self.learned

    @property
    def matched(self) -> float:
        """The rank from the question's words and phrases alone, without the learned layer."""
        # A question that names a page about the course in its title is asking about it.
        meta = self.passage.doc in META_PAGES and not self.titled
        prior = META_PRIOR if meta else 1.0
        named = TITLE_SHARE * self.titled + ASKS_SHARE * self.asked
        return prior * (self.focused + named + BM25_SHARE * self.score)


def chat_capped(weights: list[float], named: list[bool], stray: list[bool]) -> list[float]:
    """The concepts' weights for whether a passage answers: a stray word (one the course never
    uses, in no synonym group) weighs at most CHAT_CAP of the heaviest `named` concept when the
    question names NAMED_ENOUGH of them or more."""
    course = [w for w, n in zip(weights, named, strict=True) if n]
    if len(course) < NAMED_ENOUGH:
        return weights
    most = CHAT_CAP * max(course)
    return [min(w, most) if s else w for w, s in zip(weights, stray, strict=True)]


def rare(count: int, total: int) -> float:
    """Robertson's idf: positive for a word fewer than half the passages use, else not."""
    return math.log((total - count + 0.5) / (count + 0.5))
