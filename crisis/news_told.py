"""Strangers' overdoses or deaths told from the news, with the writer's sympathy.

"news said 3 people overdosed at a festival in rio, that's so sad, hope drug checking spreads":
a report of other people's harm, its source named (the news, an article, the paper), with "so
sad" said of it. The distress rules read "so sad" as the writer's mood and the classifier reads
"overdosed" as risk; ``strangers`` is True for such a report, and both readings are dropped
(``crisis.by_model``).

Never when the writer is in it: a friend or family member among them, the writer there or
taking the same, a wish to join them or "could have been me", or a mood of the writer's own
beyond the sympathy (hopeless, can't cope). Read on normalised text; pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# the source named: the news, an article, a report, the paper
_SOURCE = needles.compile(
    r"\b(?:news|headlines?|article|reported|reports|report|newspaper|the paper|bbc|cnn|"
    r"reuters|press|journalist|news ?feed|breaking)\b"
)
# ...of people the writer does not name as their own, harmed or dead
_STRANGERS = needles.compile(
    r"\b(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a few|dozens of|"
    r"hundreds of|a couple of|a number of)(?: \w+)? (?:people|persons|fans|festival ?goers|"
    r"students|teens|teenagers|kids|young people|youngsters|ravers|attendees|party ?goers|men|"
    r"women|tourists|revellers|clubbers|concert ?goers|patients|users|deaths)\b"
    r"|\b(?:a|one|another) (?:young |local )?(?:man|woman|teen|teenager|student|girl|boy|fan|"
    r"raver|tourist|festival ?goer|clubber) (?:\w+ )?(?:died|overdosed|collapsed|was "
    r"hospitali[sz]ed)\b"
)
_HARMED = needles.compile(
    r"\b(?:overdosed|overdoses|overdose|od d|died|dead|deaths|hospitali[sz]ed|collapsed|"
    r"poisoned|killed)\b"
)
# ...and nothing of the writer's own: a friend there, the same taken, a wish, a mood of their own
_MINE = needles.compile(
    r"\bmy (?:friend|friends|mate|mates|brother|sister|son|daughter|cousin|partner|boyfriend|"
    r"girlfriend|husband|wife|mum|mom|dad|kid|kids|child|niece|nephew|flatmate|roommate)\b|"
    r"\b(?:i was (?:there|at)|we were (?:there|at)|i took|i have taken|i am taking|same (?:pills|"
    r"batch|stuff|ones)|could (?:have|ve|of) been me|wish (?:it was|it were|that was|i was) "
    r"(?:me|one of them|them)|me next|join them|lucky (?:them|ones)|jealous|envy|i want|"
    r"i wanna|hopeless|can not (?:cope|go on|stop)|kill myself|end it|my turn)\b"
)


def strangers(plain: str) -> bool:
    """Other people's overdoses or deaths told from the news, the writer not among them."""
    return (
        _SOURCE.search(plain) is not None
        and _STRANGERS.search(plain) is not None
        and _HARMED.search(plain) is not None
        and _MINE.search(plain) is None
    )
