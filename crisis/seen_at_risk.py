"""Someone else at risk, seen or heard by the writer in plain words: the reply for helpers.

Kinds, read on normalised text:

- ``_OVER_THE_RAIL``: a person (with up to five words on who: "a guy from my engine company")
  sitting or standing on the outside, the wrong side or the other side of a bridge's railing or
  barrier ("theres a lad sitting on the outside of the railing on
  the bridge near me right now");
- ``_TALKS_OF_IT``: a cellmate, a mate or a brother who keeps talking about ending it, topping
  himself or not being here ("my cellie talks about ending it every night"), the writer beside
  as the one asked;
- ``_SIGNED_OFF`` with ``_MISSING``: a farewell posted or said ("see you all on the other side",
  "goodbye everyone", "his last post was see you on the other side") by someone who now cannot be
  found, is not answering or has not answered for days.

Lookalikes stay quiet: a worker in a harness on the outside of the railing, a mate "ending it
with his girlfriend", a farewell before a flight or a night out, "see you on the other side" of
an exam or the holidays with everyone answering. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_PERSON = (
    r"(?:lad|guy|man|woman|girl|boy|bloke|kid|teenager|teen|person|someone|somebody|fella|"
    r"fellow|lass|student|young (?:lad|man|woman|girl|guy))"
)
_OVER_THE_RAIL = needles.compile(
    r"\b" + _PERSON + r" (?:\w+ ){0,5}?(?:is |s |was )?(?:sitting|standing|stood|sat|perched|"
    r"climbing|climbed|hanging|leaning|crouching|crouched) (?:\w+ )?(?:on |over )?(?:the )?"
    r"(?:outside|wrong side|other side|far side|edge) (?:of )?(?:the |a )?(?:railings?|barriers?|"
    r"fence|rail|parapet|guard ?rail|safety rail|bars)\b"
)
_WORK = needles.compile(
    r"\b(?:fixing|painting|repair\w*|worker|workers|workman|workmen|maintenance|harness|rope "
    r"access|crew|engineer|inspect\w*|council|filming|film|photo\w*|selfie|fishing|rod)\b"
)

_MATE = (
    r"(?:cellie|celly|cellmate|cell mate|padmate|pad mate|bunkie|bunkmate|mate|pal|friend|"
    r"brother|bro|cousin|neighbour|neighbor|roommate|flatmate|housemate|son|daughter|sister|"
    r"boyfriend|girlfriend|husband|wife|partner|dad|mum|mom|uncle)"
)
_TALKS_OF_IT = needles.compile(
    r"\b(?:my|our) (?:\w+ )?" + _MATE + r" (?:\w+ )?(?:talks|keeps talking|is always talking|"
    r"always talks|goes on|keeps going on|keeps on|has been talking|been talking|talking|talked|"
    r"won t stop talking|will not stop talking) (?:\w+ )?about (?:ending it|ending his life|ending "
    r"her life|ending things|killing (?:himself|herself)|topping (?:himself|herself)|hanging "
    r"(?:himself|herself)|doing (?:himself|herself) in|suicide|not being here|not wanting to be "
    r"here|wanting to die|dying)\b(?! with\b)"
)

_SIGNED_OFF = needles.compile(
    r"\b(?:posted|put|wrote|said|sent|messaged|texted|tweeted|status|last post|last message|"
    r"last text|last words)\b(?: \S+){0,6}? (?:see you "
    r"(?:all )?on the other side|goodbye (?:everyone|all|everybody)|bye (?:everyone|all)|this is "
    r"goodbye|i am sorry for everything|sorry for everything|love you all|it is been real)\b"
)
_MISSING = needles.compile(
    r"\b(?:nobody|no one|none of us|we) (?:can|could|has|have) (?:find|found|reach|reached|heard "
    r"from|get hold of|get through to) (?:him|her|them)\b|\b(?:can not|could not|can t|cant) "
    r"(?:find|reach|get hold of|get through to) (?:him|her|them)\b|\b(?:he is|she is|hes|shes|"
    r"he s|she s) (?:missing|not answering|gone quiet|offline)\b|\b(?:has not|have not|"
    r"hasnt|havent) (?:answered|replied|responded|picked up|been seen|been heard from|read)\b"
    r"(?! (?:my|the) (?:email|invoice|offer|application))|\bphone (?:is )?(?:off|dead)\b"
)

# ...gone away on a trip, not missing
_AWAY = needles.compile(
    r"\b(?:flight|flying|plane|holiday|trip|abroad|festival|camping|travel\w*|backpacking|"
    r"land|lands|landed|retreat|detox|rehab|deploy\w*|exams?|finals|semester|summer|signal|wifi|"
    r"airport|boarding)\b"
)


def helper(plain: str) -> bool:
    """Someone else seen over the rail, talking of ending it, or gone after a farewell."""
    if _OVER_THE_RAIL.search(plain) and not _WORK.search(plain):
        return True
    if _TALKS_OF_IT.search(plain):
        return True
    gone = _SIGNED_OFF.search(plain) is not None and _MISSING.search(plain) is not None
    return gone and _AWAY.search(plain) is None
