"""Someone else's farewell posted or sent, and nobody able to reach them: the helpers' reply.

A brother, a friend or a son who posted or texted "see you all on the other side", "goodbye
everyone" or "sorry for everything", and now nobody can reach him, his phone is off or he
does not answer ("my mate put 'goodbye everyone, sorry' on his story and his phone's off",
"friend posted insta story 'see you never' and not answering").
Both are needed: a farewell posted by a friend leaving for a trip, a game's "see you on the
other side" or a phone out of battery with no farewell before it stay quiet. Read on
normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_POSTED_BY_OTHER = needles.compile(
    r"(?:^|\b(?:my|our|a) (?:\w+ ){0,5}?)(?:brother|sister|son|daughter|friend|mate|dad|father|mum|"
    r"mom|mother|husband|wife|partner|cousin|uncle|aunt|boyfriend|girlfriend|nephew|niece|"
    r"flatmate|colleague|client|grandson|granddaughter)\b(?: \S+){0,8}? (?:posted|wrote|put|"
    r"texted|messaged|sent|tweeted|shared|said)\b(?: \S+){0,6}? (?:see you (?:all )?on the other "
    r"side|goodbye (?:everyone|all|world)|bye (?:everyone|all)|sorry for everything|i love you "
    r"all goodbye|this is goodbye|farewell everyone|see (?:you|ya|u) never|bye forever|goodbye "
    r"forever|nice knowing (?:you|u) all)\b"
    r"(?!.*\b(?:trip|holiday|flight|abroad|game|level|raid|festival|gap year|deployment|"
    r"leaving do|new job|lol|lmao|haha|ex|club|party)\b)"
)
_UNREACHABLE = needles.compile(
    r"\b(?:nobody|no one|noone|none of us) (?:can|could|has been able to|is able to) "
    r"(?:reach|contact|get hold of|get through to|find) (?:him|her|them)\b|\b(?:his|her|their) "
    r"phone (?:is|s|has been|was) (?:off|switched off|going to voicemail|dead)\b|\b(?:he|she|they)"
    r" (?:is not|isn t|are not|has not been|hasn t been|have not been|won t|will not) "
    r"(?:answering|picking up|replying|responding)\b"
    # ...or told with the subject dropped: "posted 'see you never' and not answering"
    r"|\b(?:and|but|now|still) (?:not|is not|isn t|not been) (?:answering|picking up|replying|"
    r"responding)\b"
)


def helper(plain: str) -> bool:
    """Someone else's farewell posted and nobody able to reach them."""
    return _POSTED_BY_OTHER.search(plain) is not None and _UNREACHABLE.search(plain) is not None
