"""Distress told as being cut adrift, with no sign of risk: the caring reply (``distress``), when
no rule and not the classifier found it.

- ``_NO_ONE_SPOKEN_TO``: weeks or days gone by without speaking to a real person ("4 months on
  the road, haven't talked to a real person in like 2 weeks"), not a silent retreat, a busy
  spell of exams or a quiet week told as bliss;
- ``_NOT_WHO_I_AM``: not knowing who one is any more ("i don't know who i am anymore, nothing
  makes sense"), not a new haircut or a night out told with a laugh;
- ``_LOSS_STILL_HITS``: someone close lost, and the loss that still hits the writer every time a
  place or a date comes round ("lost my best friend in a wreck last year, still hits me every time
  i pass mile 212"), not a memory told with a smile.

Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_NO_ONE_SPOKEN_TO = _compile(
    r"\b(?:have not|havent|have nt|not|did not|haven t|hardly|barely) (?:really )?(?:talked|spoken|"
    r"spoke|talk|speak|said a word) (?:to|with) (?:a real person|anyone|anybody|a soul|a living "
    r"soul|another (?:human|person|soul)|a human|a single person|real people|people)\b"
    r"(?: \S+){0,3}? (?:in|for) (?:like |about |over |almost |nearly |at least )?(?:\d+|a|two|"
    r"three|four|five|six|several|many|weeks|days|months) ?(?:days?|weeks?|months?)?\b"
    r"(?!.*\b(?:retreat|vow|on purpose|bliss|heaven|peaceful|lovely|exams?|deadline|lol|haha|"
    r"best week|recharg\w*)\b)",
)

_NOT_WHO_I_AM = _compile(
    r"\bi (?:do not|don t|dont|no longer) (?:even )?know who i am (?:any ?more|now|these days|"
    r"without (?:him|her|them|it))\b"
    r"(?!.*\b(?:lol|haha|lmao|haircut|hair|makeover|costume|outfit|glasses|tattoo|drunk|"
    r"hungover|fit check)\b)",
)

_LOSS_STILL_HITS = _compile(
    r"\b(?:lost (?:my|our) (?:\w+ ){0,2}?(?:friend|mate|buddy|brother|sister|wife|husband|son|"
    r"daughter|mum|mom|dad|partner|boy|girl|baby|cousin)|(?:died|passed away|was killed|got "
    r"killed))\b(?: \S+){0,14}? (?:still )?(?:hits|gets|guts|wrecks|breaks|floors|gets to) me\b"
    r"(?: \S+){0,2}? (?:every time|each time|whenever|every single time|every year|every day)\b"
    r"(?!.*\b(?:smile|smiling|laugh|laughing|fondly|lol|haha|game|match|series|episode|"
    r"character)\b)",
)


def distress(plain: str) -> bool:
    """One of the kinds here."""
    kinds = (_NO_ONE_SPOKEN_TO, _NOT_WHO_I_AM, _LOSS_STILL_HITS)
    return any(kind.search(plain) for kind in kinds)
