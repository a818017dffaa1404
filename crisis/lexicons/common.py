"""What the lexicons share: word gaps for phrases whose parts may stand apart, and the
concepts one language's words are sorted into (``crisis.lexicons.by_concept``)."""

from typing import TypedDict

G = r"(?:\w+ ){0,3}?"  # up to three words
G6 = r"(?:\w+ ){0,6}?"  # up to six


class Words(TypedDict):
    """One language's concepts, each a regular expression (alternatives in one group)."""

    means: str  # a gun, a rope, a poison, pills put by, an engine running in a garage
    dark: str  # despair with no word of an end: no sense, can't any more, thinking of it
    end: str  # an end declared: I'm done, that's it, it has to stop
    farewell: str  # a farewell done: leave taken, a pet handed over, a will or a letter
    chosen: str  # the place or the day chosen: the tree, "this week I finish with everything"
    secret: str  # a goodbye the other does not know of
    gone: str  # gone to a wild place and not coming back
    sleep: str  # taken in one's sleep, prayed for
    other: str  # the same told of someone close
