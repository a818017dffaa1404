"""A crisis phoned or texted in by a third person: "her daughter just called me saying her dad is
sitting in his truck with a hose from the exhaust", "his wife texted me to say he has the gun
out". The means is told of the one named after "saying", not of the writer, even when the writer
goes on about themselves ("i'm off duty 40 min away"): the reply for helpers is theirs.

``theirs`` is read by ``crisis.assess`` where a sign told without its words would otherwise be
taken as the writer's own. Read on normalised text (see ``crisis.normalise``); pure, nothing here
logs.
"""

from __future__ import annotations

from crisis import needles

_KIN = (
    r"(?:dad|father|mum|mom|mother|husband|wife|son|daughter|brother|sister|partner|boyfriend|"
    r"girlfriend|friend|mate|uncle|aunt|grandad|grandpa|grandma|nan|cousin|flatmate|roommate|"
    r"neighbou?r|boss|colleague)"
)
# someone rang the writer to say that a person of theirs is somewhere, or has something
_PHONED_IN = needles.compile(
    r"\b(?:called|rang|phoned|texted|messaged|rung|rang up|called up|dmd|voice noted) (?:me|us)"
    r"(?: \w+)? (?:saying|to say|and said|and says|to tell me|crying saying|in tears saying)"
    r"(?: that)? (?:her|his|their|my|our) (?:\w+ )?" + _KIN + r"s? (?:is|was|has|had|just|"
    r"locked|took|left|went|sent|got)\b"
)


def theirs(plain: str) -> bool:
    """A third person's call or text telling of someone of theirs, relayed by the writer."""
    return _PHONED_IN.search(plain) is not None
