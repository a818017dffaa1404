"""What a crew says and carries: a workmate's wish told by the writer, and grief after a death on
site or in the family.

- ``other``: a workmate who keeps saying they would be better off under a machine, a truck or the
  ground ("bloke at work keeps saying he'd be better off under the press"): the reply for helpers;
- ``distress``: a death, an accident or an arrest on the ward kept replaying or the writer's
  own part in it doubted ("could i have done something different"), a patient lost kept
  thought of ("keep thinking about the baby we lost on the ward"), or all hitting the writer at
  once now ("lost my mate in the collapse ... keep replaying it", "my dad died in march ... now
  it's all hitting me at once"), and a word like worthless that keeps coming up about oneself:
  the caring reply.

Lookalikes stay quiet: a workmate better off under a new foreman or in another crew, a match or
a goal replayed, a film that hits at once, a worthless old drill. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_BETTER_OFF_UNDER = _compile(
    r"\b(?:keeps|kept|keep|always|is always|was) (?:saying|telling (?:me|us|everyone|the lads)|"
    r"joking|on about)\b(?: \S+){0,3}? (?:(?:he|she|they) (?:would |d |is |was )?|hed |theyd )"
    r"(?:be )?better off "
    r"(?:under|in|beneath|on) the (?:press|truck|wheels|train|ground|roof|rollers|crusher|"
    r"shredder|conveyor|belt|river|tracks|machine|saw|digger|excavator|loader|dirt)\b"
    r"|\b(?:keeps|kept|keep|always) (?:saying|telling (?:me|us|everyone)|joking)\b(?: \S+){0,3}? "
    r"(?:(?:he|she|they) (?:would|d)|hed|theyd) (?:be )?better off (?:dead|gone|not here|not "
    r"around|six feet under)\b"
)
_LOSS = _compile(
    r"\b(?:died|dead|death|killed|lost (?:my|our) (?:mate|dad|mum|mother|father|brother|sister|"
    r"son|daughter|wife|husband|friend|best mate|partner)|collapse|accident|funeral|passed "
    r"away|passed|arrest|cardiac arrest|resus|cpr|crash call|the shout|the call out|patient|"
    r"(?:we|i) lost)\b"
)
_REPLAYING = _compile(
    r"\b(?:keep|keeps|kept|can not stop|cannot stop) replaying\b|\b(?:it is|its|it s|it has) "
    r"all (?:hitting|catching up with|landing on) me\b|\ball hitting me at once\b|\bi was "
    r"(?:meant|supposed) to be (?:on|in) (?:that|the) (?:shift|crew|truck|job)\b"
    # the writer's own part doubted: "could i have done something different"
    r"|\bcould (?:i|we) have done (?:something|anything) (?:different|differently|more|else)\b"
    # ...or kept thinking of a patient lost: "keep thinking about the baby we lost on the ward"
    r"|\b(?:keep|keeps|kept|can not stop|cannot stop) thinking (?:about|of) (?:the|that|our|my) "
    r"(?:baby|patient|child|kid|boy|girl|man|woman|lady|mum|dad|teenager|young \w+) (?:we|i) "
    r"lost\b"
)
_REPLAYED_GAME = _compile(r"\b(?:match|goal|game|penalty|replay|highlights|film|movie|episode)\b")
_WORD_FOR_ME = _compile(
    r"^(?:i am |just )?(?:worthless|useless|pathetic|a failure|a waste of space)\b(?: \S+){0,3}? "
    r"(?:word|thing|thought) (?:that )?(?:keeps|kept) (?:coming up|coming back|popping up)\b"
)


def other(plain: str) -> bool:
    """A workmate who keeps saying they would be better off under a machine or dead."""
    return _BETTER_OFF_UNDER.search(plain) is not None


def distress(plain: str) -> bool:
    """A death kept replaying or all hitting at once, or a word for oneself that keeps coming."""
    if _WORD_FOR_ME.search(plain):
        return True
    return (
        _REPLAYING.search(plain) is not None
        and _LOSS.search(plain) is not None
        and _REPLAYED_GAME.search(plain) is None
    )
