"""A wish to be gone told sideways, as a mood or a joke: the check-in (``check``).

People who would not say "i want to die" tell the wish by what they envy, hope or call a cure:

- ``_LAST_NIGHT``: going to bed hoping that this time is the last ("i go to bed hoping it is the
  last time", "fall asleep praying tonight is my last night");
- ``_ENVY_ASLEEP``: envy of people who died in their sleep or peacefully ("kinda jealous of
  people who died in their sleep tbh");
- ``_GRAVE_CURE``: the only cure or fix for one's depression, life or pain a grave, a six-foot
  hole, a coffin or death ("the only cure for my depression is a 6 foot hole");
- ``_SLEEP_NO_RETURN``: a tiredness where one wants to sleep and never come back or wake, said
  in the second person ("the kind of tired where you want to sleep and never come back").

Lookalikes stay quiet: the last time one has to get up at five, a grandparent who died
peacefully told as a mercy, the only cure for a hangover or for Mondays, sleeping through the
weekend, a holiday one never wants to come back from. Read on normalised text; pure, nothing
here logs.
"""

from __future__ import annotations

from crisis import needles

_LAST_NIGHT = needles.compile(
    r"\b(?:(?:go|goes|went|going|get|got) (?:in)?to (?:bed|sleep)|(?:fall|falling|fell) asleep) "
    r"(?:\w+ ){0,3}?"
    r"(?:hoping|praying|wishing) (?:that )?(?:it is|it will be|this is|this will be|tonight is|"
    r"tonight will be) (?:the|my) last (?:time|night|one)\b"
    # ...at the end, or before waking or a word of mood: not the last time of an errand
    r"(?= *$| (?:i|ill|i will|i ever|i have to close) (?:wake|close|sleep|open)| honestly| tbh| "
    r"lol| for real| fr)"
)
_ENVY_ASLEEP = needles.compile(
    r"\b(?:jealous|envious|envy) (?:of )?(?:people|those|anyone|everyone|the ones|folks|ppl|"
    r"everybody)(?: who| that)? (?:died|die|pass|passed|passed away|went|go|slipped away) "
    r"(?:away )?(?:in (?:their|the|his|her) sleep|peacefully|quietly)\b"
)
_GRAVE_CURE = needles.compile(
    r"\b(?:the )?only (?:cure|fix|solution|answer|treatment|remedy|escape|way out|medicine) "
    r"(?:for|to|from) (?:my|this) (?:\w+ ){0,2}?(?:is|will be|would be|=) (?:a |an |the |being )?"
    r"(?:(?:6|six) ?(?:foot|feet|ft) (?:hole|under|deep|of dirt)|grave|coffin|death|dying|dead|"
    r"bullet|rope|noose|box in the ground)\b"
)
_SLEEP_NO_RETURN = needles.compile(
    r"\b(?:you|u|one|i) (?:just )?(?:want|wanna|wish|would like) to (?:sleep|fall asleep|go to "
    r"sleep|close (?:your|my) eyes|lie down) (?:and|&) (?:never|not) (?:come back|wake up|wake|"
    r"open (?:them|your eyes|my eyes) again)\b"
)
# ...a hangover, a cold or the Monday blues: the joke's own cure
_ERRAND = needles.compile(
    r"\b(?:hangover|hiccups|cold|flu|boredom|mondays?|monday blues|this song|this game|cringe|"
    r"jet lag|alarm|5am|early shift|until|till|for a week|weekend)\b"
)


def check(plain: str) -> bool:
    """A wish to be gone told by a hope at bedtime, an envy, a cure or a tiredness."""
    rules = (_LAST_NIGHT, _ENVY_ASLEEP, _GRAVE_CURE, _SLEEP_NO_RETURN)
    if not any(rule.search(plain) for rule in rules):
        return False
    return _ERRAND.search(plain) is None
