"""A waking dreaded for its hour or its reason: a night with the baby, an early shift.

"I don't want to wake up again at 4am with the baby", "dont wanna wake up at 5 for the school run"
say the words of a wish not to live ("don't want to wake up") with what is dreaded named right
after them: an hour, a baby or a toddler, a feed, an alarm, work. That is a tired parent or
worker, not a wish; ``early`` is True for it, and the death-wish reading is dropped
(``crisis.assess``) as is the classifier's (``crisis.by_model``).

Never with a waking dodged for ever ("again, ever", "at all", "anymore"), nor with a word of
dying, being here or the point of it beside it: "I don't want to wake up again, ever" keeps the
full reply. Read on normalised text; pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# the wish's words, then within a word or two what is dreaded: an hour, a reason, a rhythm
_DREADED = needles.compile(
    r"\b(?:do not|never|not) (?:\w+ )?(?:want|wanna|feel like) (?:to )?(?:wake|get|getting|"
    r"waking) up "
    r"(?:again |tomorrow |today |ever again )?(?:(?:at|before|by|around) (?:like )?(?:[0-9]{1,2}"
    r"(?: ?[0-9]{2})?(?: ?(?:am|a m|pm|o clock))?|dawn|sunrise|midnight|the crack of dawn)|"
    r"(?:for|to|with|because of) (?:the |my |a |our |her |his |another )?(?:baby|newborn|infant|"
    r"toddler|kids?|twins|little one|feeds?|feeding|night feeds?|bottles?|nappies|diapers|alarm|"
    r"school run|work|shift|early shift|night shift|gym|dog|puppy|cat|neighbou?rs?|builders|"
    r"drilling|bin lorry|garbage truck|roosters?|cockerel)|so early|this early|early|"
    r"every (?:two|three|2|3|couple of) hours|(?:two|three|four|2|3|4) times a night|"
    r"in the middle of the night|on a (?:monday|saturday|sunday|weekend)|on my day off)\b"
)
# ...for ever, or beside a word of dying, being here or the point of it
_FOR_EVER = needles.compile(
    r"\b(?:ever|at all|any ?more|forever|for good|ever again|die|dying|dead|death|kill\w*|"
    r"suicid\w*|end it|be here|exist\w*|alive|living|no point|not worth|pills|tired of life|"
    r"wish i|never again wake)\b"
)


def early(plain: str) -> bool:
    """A waking dreaded for its hour or its reason (a baby, an alarm), not for ever."""
    found = _DREADED.search(plain)
    if found is None:
        return False
    # "...at 4am again, or ever": a word of for ever anywhere after the wish's own words
    return _FOR_EVER.search(plain) is None
