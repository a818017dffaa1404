"""An end weighed as one of two choices, or the last thing holding the writer back giving way.

- ``leaning``: life set against a place or a means of dying, and the writer leaning to the end
  ("after that its cold turkey or the river. leaning river"): the full reply. Lookalikes are
  choices of a route, a meal or a day out ("the bike or the train to work, leaning train");
- ``giving_way``: the only thing stopping the writer, said to be failing ("the only thing
  stopping me is my daughter. and lately even that isnt working"): the check-in. Lookalikes
  name what is being stopped ("the only thing stopping me from quitting is the pay").

Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_END = r"(?:river|bridge|rope|noose|tracks|train|gun|pills|lake|sea|cliff|roof|overpass|edge)"
_LEANING = needles.compile(
    r"\bor (?:the |a |my )?" + _END + r"\b(?: \S+){0,4}? (?:leaning|leaning towards?|leaning to|"
    r"probably|prob|most likely|i choose|i pick|choosing|picking) (?:the |a |my )?" + _END + r"\b"
)
# A route, a meal, a day out or a job chosen between: no end.
_OUTING = needles.compile(
    r"\b(?:to work|commute|walk|trip|holiday|route|ride|cruise|view|hike|picnic|swim\w*|fish\w*|"
    r"kayak\w*|paddle\w*|camp\w*|date|dinner|lunch|photos?|wedding|venue|ticket\w*|station|"
    r"model|set|toy|lego|painting|drawing|tattoo)\b"
)


def leaning(plain: str) -> bool:
    """Life weighed against a place or a means of dying, the writer leaning to the end."""
    return _LEANING.search(plain) is not None and _OUTING.search(plain) is None


_GIVING_WAY = needles.compile(
    r"\bonly (?:thing|reason|person|one) (?:stopping|keeping|holding) me(?: back| here| going)?"
    r"(?! from (?!(?:doing it|ending|killing|going through with))) (?:\S+ ){0,12}?even (?:that|"
    r"she|he|they|it|them|her|him) (?:is not|are not|is no longer|does not|do not|is not "
    r"enough|isnt|wont)(?: \S+)? ?(?:working|enough|helping|holding|stopping|anymore|cut it)?\b"
)


def giving_way(plain: str) -> bool:
    """The only thing stopping the writer, said to be failing."""
    return _GIVING_WAY.search(plain) is not None
