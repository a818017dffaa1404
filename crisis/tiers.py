"""The tiers a message can get, the verdict that carries one, and whose crisis it is.

Shared by the rules (``crisis/__init__.py``) and the classifier's reading (``crisis.by_model``).
Pure; nothing here logs.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisis import needles
from crisis.whose import _NOUN

OWN = "own"  # the writer is in crisis
OTHER = "other"  # the writer is worried about someone else who is

# The tiers, strongest first.
CRISIS = "crisis"  # the full crisis reply: emergency numbers and lines first
CHECK = "check"  # a short check-in that asks directly, with the person's crisis line
DISTRESS = "distress"  # distress without a sign of risk: a caring reply, grounding, /sos
HELPER = "helper"  # someone else is in crisis: the reply for helpers

# The reasons ``assess`` gives a CRISIS verdict for an overdose already taken: the reply puts the
# medical emergency first. Every rule that reads an overdose gives one of these.
OVERDOSE_REASONS = frozenset(
    {
        "overdose",
        "language overdose",
        "emoji overdose",
        "counted",
        "street overdose",
        "swallowed overdose",
        "at work overdose",
        "trades overdose",
        "doubled overdose",
        "consumed overdose",
    }
)
# The reasons of a HELPER verdict for something someone else has already swallowed: a friend's
# overdose, a small child who got into the medicine cabinet. The helper's reply puts the medical
# emergency first too, before the words about suicide, which do not fit a poisoned toddler.
THEIR_OVERDOSE_REASONS = OVERDOSE_REASONS | {"child poisoned"}

# The writer speaking of themselves, beside a named other person
_I_CLAUSE = needles.compile(r"\b(?:i|me|myself)\b")
_OTHER_SUBJECT = needles.compile(
    r"\b(?:he|she|hes|shes)\b|(?<!tell )(?<!let )\b(?:my|our) (?:\w+ )?"
    + _NOUN
    + r"s? (?:\w+ )?(?:is|was|has|had|"
    r"took|said|says|sent|texted|wrote|left|keeps|kept|gave|posted|tried|wants|told|will|would|"
    r"just|locked|climbed|went|stopped|refuses|asked|called|messaged|showed)\b"
)
_DROPPED_I = needles.compile(
    r"(?:just |already )?(?:gave|took|wrote|bought|made|left|swallowed|popped|told|sent|said|"
    r"deleted|cut|burned|hid|saved|finished|written|taken|been|found|signed|closed|sold|"
    r"cancelled|canceled|paid|packed|recorded|set up|please tell|tell|sorted|organised|organized|"
    r"arranged|updated|changed|transferred|printed|labelled|labeled|put)\b"
)


@dataclass(frozen=True)
class Verdict:
    """What the bot should do with one message; ``reason`` is for tests and figures, never logs."""

    tier: str | None
    reason: str | None = None

    @property
    def whose(self) -> str | None:
        """OWN, OTHER or None, as ``crisis_kind`` says it."""
        if self.tier is None:
            return None
        return OTHER if self.tier == HELPER else OWN


def about_someone_else(plain: str) -> bool:
    """Another person as the subject, and the writer nowhere as subject or object.

    A message that opens with a verb ("gave my cat to my friend today") has dropped its "I".
    """
    if _DROPPED_I.match(plain):
        return False
    return _OTHER_SUBJECT.search(plain) is not None and _I_CLAUSE.search(plain) is None
