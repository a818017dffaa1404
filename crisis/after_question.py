"""The writer's own overdose or method question, told in a sentence after a question.

A question can frame a whole message as someone else's or as a hypothetical: "what should a
person do if they took too many sleeping pills?" alone gets the helpers' reply, "what would
happen if someone took all of them? asking for a story" none. When a later sentence, read on its
own, is the writer's overdose or method question ("i just took 30 of mine"), that sentence is the
message: the full crisis reply. Pure; nothing here logs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from crisis import disclaimed, signals
from crisis.normalise import normalise
from crisis.tiers import CRISIS, Verdict

_SENTENCE_END = re.compile(r"(?<=[.!?\n])\s+")
_URGENT = (signals.OVERDOSE, signals.METHOD)

Judge = Callable[[str], Verdict]


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def _told_after(sentences: list[str], framed_at: int, judge: Judge) -> Verdict | None:
    for sentence in sentences[framed_at + 1 :]:
        alone = judge(sentence)
        if alone.tier == CRISIS and alone.reason in _URGENT:
            return alone
    return None


def after_hypothetical(text: str, judge: Judge) -> Verdict | None:
    """After a question that says it is not meant: "what should we do if someone took too many
    pills? i took all of mine an hour ago"."""
    sentences = _sentences(text)
    if len(sentences) < 2:
        return None
    # Only a question frames: a story's "10 years clean this month." frames what follows it, and
    # with no question the frame is the whole message's ("in 2019 I overdosed ... now I run a
    # group").
    framed_at = max(
        (
            i
            for i, s in enumerate(sentences)
            if s.rstrip().endswith("?") and disclaimed.not_meant(s, normalise(s))
        ),
        default=-1,
    )
    return None if framed_at < 0 else _told_after(sentences, framed_at, judge)


def after_their_question(text: str, judge: Judge) -> Verdict | None:
    """After a question about someone else, which gave the whole message the helpers' reply:
    "what should a person do if they took too many sleeping pills? i just took 30 of mine"."""
    sentences = _sentences(text)
    first_question = next(
        (i for i, s in enumerate(sentences) if s.rstrip().endswith("?")), len(sentences)
    )
    return _told_after(sentences, first_question, judge)
