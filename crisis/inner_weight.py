"""Distress carried inside, told plainly with no sign of risk: the caring reply (``distress``),
when no rule and not the classifier found it.

- ``_EATEN``: a feeling named as eating the writer alive or up ("imposter syndrome is eating me
  alive this rotation", "the guilt is eating me up"); bugs, midges or a mortgage rate doing it stay
  quiet, since only feelings are named;
- ``_OLD_SELF``: the writer missing who they used to be ("miss my old self. the one who laughed at
  stuff", "i miss the person i used to be"); an old phone, school or haircut missed stays quiet;
- ``_STILL_TELLING``: the phone reached for to tell someone, then remembering ("every time
  something funny happens i reach for my phone to tell dad, then remember"); a phone reached for
  to tell someone the news with nothing remembered stays quiet;
- ``_OWN_PET_PUT_DOWN``: the writer's own animal put down or to sleep, told raw ("had to put my
  own dog to sleep today. this one broke me"); a dog put to sleep in its crate for the night, or a
  patient's animal told as the day's work, stays quiet.

Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_EATEN = _compile(
    r"\b(?:imposter|impostor) syndrome (?:is |s |has been |keeps |just )?(?:eating|killing|"
    r"destroying|crushing|consuming|swallowing|wrecking|getting to) me\b"
    r"|\b(?:the |this |my )?(?:guilt|shame|anxiety|stress|loneliness|grief|self doubt|regret|"
    r"worry|dread|imposter syndrome|impostor syndrome|panic) (?:is |s |has been |keeps |just )?"
    r"(?:eating|eats) me (?:alive|up|away|from the inside)\b"
)
_OLD_SELF = _compile(
    r"\b(?:i )?(?:really |just |so )?miss (?:my old self|the old me|my real self|(?:the person|"
    r"the girl|the guy|the man|the woman|who|the one) i used to be|being (?:myself|me|happy)|"
    r"feeling (?:like myself|happy|normal|anything))\b"
    r"(?!.*\b(?:hair|haircut|fringe|abs|gym|lol|haha|lmao|jeans|body|skin|tan)\b)"
)
_STILL_TELLING = _compile(
    r"\b(?:reach|reached|go|went|grab|grabbed|pick up|picked up) (?:for )?(?:my )?phone to "
    r"(?:tell|text|call|ring|message|show) (?:my )?(?:mum|mom|dad|nan|gran|grandad|grandma|"
    r"grandpa|brother|sister|husband|wife|son|daughter|him|her|them|best friend)\b(?: \S+){0,3}? "
    r"(?:then|and then|before i|until i|and) (?:i )?(?:remember|realise|realize|remembered|"
    r"realised|realized)\b"
)
_OWN_PET_PUT_DOWN = _compile(
    r"\b(?:had to|have to|having to|just|we|i) (?:have |get )?(?:put|putting) (?:my|our) "
    r"(?:own |old |sweet |beloved |baby |best )?(?:dog|cat|puppy|kitten|pet|horse|pony|rabbit|"
    r"bunny|boy|girl) (?:\w+ )?(?:down|to sleep)\b(?! (?:in|on|for|because|before|after|early|"
    r"at|with)\b)"
    r"(?=.*\b(?:broke me|broken|breaks me|wrecked|destroyed|gutted|devastated|heartbroken|"
    r"crying|cried|can not stop|hardest|today|yesterday|this morning|tonight|this afternoon)\b)"
)


def distress(plain: str) -> bool:
    """One of the kinds here."""
    kinds = (_EATEN, _OLD_SELF, _STILL_TELLING, _OWN_PET_PUT_DOWN)
    return any(kind.search(plain) is not None for kind in kinds)
