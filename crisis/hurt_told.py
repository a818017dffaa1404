"""A hurt told plainly, with no risk beside it: the caring reply (distress).

Kinds, read on normalised text:

- ``_FRESH_LOSS`` with ``_LINGERING``: a death this morning or last week, and the writer still
  looking at the bed or never having said goodbye ("my dog died this morning. i keep looking
  at his bed", "my grandad passed last week and i didnt get to say bye");
- ``_LEFT_OUT``: a group chat made without the writer, friends meeting without them ("my
  friends made a new group chat without me");
- ``_LOOKED_DOWN_ON``: looked at like scum or dirt ("everyone at the NA meeting looks at me like
  im scum");
- ``_FAMILY_LOST`` with ``_IT_HURTS``: a child who will not speak to the writer or calls someone
  else mum, and the writer gutted or hurting ("my kids call my sister mum now. it guts me").

Lookalikes stay quiet: a plant that died this morning, a group chat made for a surprise party,
"looks at me like i'm mad" over a joke, a son who won't speak to me until he gets his phone
back, laughing. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_FRESH_LOSS = needles.compile(
    r"\b(?:died|passed|passed away|was put down|got put down|had to put (?:him|her) down|lost "
    r"(?:him|her)) (?:\w+ )?(?:this morning|today|last night|yesterday|last week|on (?:monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday)|this week|earlier)\b"
)
_LINGERING = needles.compile(
    r"\bi (?:keep|can not stop|cant stop) (?:looking at|staring at|expecting|hearing|listening "
    r"for|waiting for|crying|thinking about)\b|\b(?:did not|didnt|never) (?:get to |got to )?say "
    r"(?:bye|goodbye|good bye)\b|\bnever said (?:bye|goodbye)\b"
)
_LEFT_OUT = needles.compile(
    r"\b(?:made|started|set up|created|have|got) (?:a |their )?(?:new |second |other |secret )?"
    r"(?:group chat|gc|chat|group) without me\b|\b(?:kicked|removed|left) me (?:out )?(?:of|from) "
    r"the (?:group chat|gc|group)\b|\b(?:went|hung out|hanging out|met up|meeting up|went out) "
    r"(?:\w+ ){0,3}?without (?:me|inviting me)\b"
)
_PARTY = needles.compile(
    r"\b(?:surprise|birthday|present|gift|planning (?:my|a)|lol|lmao|haha|fine by me|do not "
    r"mind|dont mind)\b"
)
_LOOKED_DOWN_ON = needles.compile(
    r"\b(?:(?:looks?|looked|looking|stare|stares|stared) at|treats?|treated|talks? to|talked to) "
    r"me like (?:i am|i m|"
    r"im|i was) (?:\w+ )?(?:scum|dirt|rubbish|trash|filth|nothing|a criminal|a monster|a piece of "
    r"shit|a piece of dirt|the worst|a junkie|an addict|a con|a lowlife|worthless|disgusting)\b"
)
_FAMILY_LOST = needles.compile(
    r"\bmy (?:\w+ )?(?:kids|children|son|daughter|boy|girl|sons|daughters|family|mum|mom|dad) "
    r"(?:\w+ )?(?:will not|wont|does not|doesnt|do not|dont|refuses? to|refused to) (?:even )?"
    r"(?:speak|talk) to me\b|\bmy (?:\w+ )?(?:kids|children|son|daughter|boy|girl) (?:\w+ )?"
    r"(?:calls?|calling) (?:my |his |her |their )?(?:\w+ ){0,2}?(?:mum|mom|dad|mummy|daddy)\b"
)
_IT_HURTS = needles.compile(
    r"\b(?:it|that) (?:guts|gutted|kills|breaks|destroys|tears) me\b|\bhurts (?:so )?(?:bad|much|"
    r"badly)\b|\bbreaks my heart\b|\bi deserve it\b|\bcan not (?:bear|take) it\b"
)
_BACK_SOON = needles.compile(
    r"\b(?:until|till|unless) (?:i|he|she|they)\b|\blol\b|\blmao\b|\bhaha\b|\bsulk\w*\b"
)


def distress(plain: str) -> bool:
    """A loss still fresh, being left out or looked down on, a child lost to the writer."""
    if _FRESH_LOSS.search(plain) and _LINGERING.search(plain):
        return True
    if _LEFT_OUT.search(plain) and not _PARTY.search(plain):
        return True
    if _LOOKED_DOWN_ON.search(plain):
        return True
    lost = _FAMILY_LOST.search(plain) and _IT_HURTS.search(plain)
    return bool(lost) and not _BACK_SOON.search(plain)
