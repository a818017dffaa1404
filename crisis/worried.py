"""Someone else's risk told by what worries the writer, with no word of harm: the reply for
helpers.

- ``_HANDED``: someone who hands the writer a treasure of theirs (a wedding ring, a watch, their
  savings, their passwords, their dog) "to keep safe" or "to look after", out of the blue, and
  the writer's unease ("something feels very wrong", "not like her", "out of nowhere"). A reason
  for it is the lookalike: surgery, a trip, a move, a wedding, an heirloom passed on, a swim, a
  day it is to come back ("till Sunday").
- ``_SIGNED_OFF``: someone in a group chat, a ward or a wing who posted "done", "sorry",
  "bye" or "this is it", and nobody who can reach them (no address, not answering, gone
  quiet). A task or an event they are done with ("done with the school run") is the lookalike.

- ``_SORRY_ALL``: someone who texted "sorry for everything" (or "forgive me for everything")
  with no cause for it; a fight, a broken vase, being late or a drunk night is the lookalike.
- ``_KEEPS_ASKING``: someone who keeps asking how high a bridge, a car park or a roof is, or
  whether one would survive the fall. A van's clearance, a school project, a view, a climb or
  a young child's curiosity is the lookalike.

- ``_LOOK_AFTER``: someone who texted the writer to look after the people or the things they
  leave ("love you, look after the crew", "take care of mum for me") and has been silent since,
  for hours or with no answer. A reason for the silence (a flight, a shift, a dead phone, asleep)
  or a day they come back is the lookalike.

Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_THEM = (
    r"(?:my (?:\w+ )?(?:sister|brother|mum|mom|mother|dad|father|son|daughter|wife|husband|"
    r"partner|girlfriend|boyfriend|friend|mate|best mate|best friend|cousin|flatmate|roommate|"
    r"colleague|neighbour|neighbor|cellmate|pad mate|padmate)|(?:she|he|they))"
)
_TREASURE = (
    r"(?:(?:her|his|their) (?:\w+ )?(?:wedding ring|engagement ring|ring|rings|watch|necklace|"
    r"jewellery|jewelry|savings|bank card|savings card|cards|passwords?|pin|car keys|keys|"
    r"guitar|medals|dog|cat|pet|lead|diary|journals?|photos|letters|will|deeds))"
)
_HANDED = needles.compile(
    r"\b" + _THEM + r" (?:\w+ ){0,6}?(?:and )?(?:just |suddenly |randomly |today |then )?"
    r"(?:gave|handed|passed|left) "
    r"(?:me|us) " + _TREASURE + r"\b"
)
# ...and what makes it strange
_UNEASE = needles.compile(
    r"\b(?:something (?:feels|is|seems) (?:very |really |so )?(?:wrong|off)\b(?! with)|"
    r"(?:to|and said to|said to|asked me to) (?:keep (?:it |them )?safe|look after (?:it|them)|"
    r"hold on to (?:it|them))|not like (?:her|him|them)|out of (?:nowhere|the blue)|"
    r"for no reason|(?:got|have) a bad feeling|scared for (?:her|him|them)|worried (?:about|"
    r"for) (?:her|him|them)|she s not|he s not|she is not|he is not)\b"
)
# ...for which there is an everyday reason
_REASON = needles.compile(
    r"\b(?:while (?:she|he|they|i) (?:has|have|is|are|s|goes|go)|surgery|operation|op|"
    r"hospital stay|holiday|trip|travel\w*|abroad|flight|move|moving|renovat\w*|swim\w*|gym|"
    r"wedding(?! ring)|heirloom|birthday|christmas|inherit\w*|pass (?:it|them) (?:on|down)|"
    r"wants me to have|for my|for safekeeping during|burglar\w*|break in|"
    # ...or a day it comes back: "till Sunday", feeding the cat, the spare key
    r"(?:till|until|til) (?:\w+ )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"the weekend|next week|tomorrow|(?:shes|hes|theyre|(?:she|he|they) (?:s|is|are|re|gets?)) "
    r"back)|for the "
    r"weekend|water\w* (?:the|her|his|their) plants|feed\w* (?:the|her|his|their) (?:cat|dog|"
    r"fish|rabbit)|spare keys?)\b"
)
_POSTER = (
    r"(?:one (?:mum|mom|member|girl|lad|guy|woman|man|of (?:the|us|them)|person)|a (?:mum|mom|"
    r"member|girl|lad|guy|woman|man|friend|mate)|someone|somebody|my (?:friend|mate|cellmate)|"
    r"she|he)"
)
_SIGNED_OFF = needles.compile(
    r"\b" + _POSTER + r" (?:\w+ ){0,4}?(?:just |has |had )?(?:wrote|posted|said|messaged|sent|"
    r"typed|put) (?:\w+ ){0,2}?(?:she s|he s|she is|he is|they are|they re|im|i am|i m)? ?"
    r"(?:done|finished|sorry|goodbye|bye|over it|out|gone|this is it|all over)\b"
    r"(?! (?:with|for (?:the|today|tonight|now)|eating|cooking|shopping|working|packing|here|"
    r"of)\b)"
)
# ...and nobody can reach them
_UNREACHED = needles.compile(
    r"\b(?:(?:none of us|nobody|no one|noone|we do not|we dont|i do not|i dont) (?:\w+ )?"
    r"(?:knows?|know|has|have) (?:her|his|their) (?:address|number|surname|last name|full name)|"
    r"(?:not|isn t|is not|won t|will not|wont) (?:answering|replying|responding|picking up)|"
    r"(?:gone|went) (?:quiet|silent|offline)|left the (?:group|chat|server)|deleted (?:her|his|"
    r"their) (?:account|profile))\b"
)


# someone who keeps asking how high a place to fall from is
_KEEPS_ASKING = needles.compile(
    r"\b(?:keeps|kept|keep|been|was|is|s|started|starts) (?:\w+ )?asking (?:me |us |staff |"
    r"everyone )?(?:\w+ ){0,2}?(?:how (?:high|tall|far down|deep|many floors|many storeys|"
    r"many stories)|whether you (?:could|would) survive|if you (?:could|would) survive) "
    r"(?:\S+ ){0,4}?(?:bridge|multi ?stor\w*|car ?park|cliffs?|roof|rooftop|tower block|block "
    r"of flats|flats|viaduct|flyover|overpass|quarry|balcony|fall|drop|window)\b"
)
# ...for a vehicle's clearance, a school project, a view or a climb
_ASKING_WHY = needles.compile(
    r"\b(?:van|lorry|truck|bus|caravan|trailer|boat|mast|clearance|project|school|homework|"
    r"essay|view|climb\w*|abseil\w*|bungee|photo\w*|drone|kite|engineer\w*|survey\w*|"
    r"scaffold\w*|repair\w*|fix\w*|"
    # ...or a young child's curiosity
    r"(?:[1-9]|one|two|three|four|five|six|seven|eight|nine) (?:year old|yr old|yo)|toddler|"
    r"little one|nursery|preschool\w*|curious|fascinated|facts?|trivia)\b"
)


# someone who texted an apology for everything, with no cause for it
_SORRY_ALL = needles.compile(
    r"\b" + _THEM + r" (?:\w+ ){0,3}?(?:texted|sent|messaged|wrote|said|left (?:a )?(?:note|"
    r"message)|posted|dm d|whatsapped) (?:me |us )?(?:\w+ ){0,3}?(?:sorry for everything|"
    r"forgive me for everything|sorry for being (?:a burden|like this|who i am))\b"
)
# ...for a fight, a broken thing, being late, a drunk night
_SORRY_CAUSE = needles.compile(
    r"\b(?:fight|fought|argument|argued|row|rowed|fell out|falling out|made up|make up|broke|"
    r"broken|late|mess|drunk|shout\w*|the "
    r"way (?:she|he|they) acted|earlier|yesterday|last night|party|rude|forgot|cancel\w*)\b"
)


# a last word that hands someone or something over, then silence
_HANDOVER = (
    r"(?:texted|texting|sent|messaged|wrote|said|posted|dm d|whatsapped|called)\b(?: \S+){0,6}? "
    r"(?:look after|take care of|look out for|watch over|keep an eye on) (?:the |my |our |mum|mom|"
    r"dad|the kids|\w+)"
)
_SILENT = (
    r"(?:went|gone|has gone|have gone|been|is|s) (?:quiet|silent|dark|offline|radio silent|"
    r"missing)|(?:not|isn t|is not|won t|will not|wont|hasn t|has not|stopped) (?:answering|"
    r"replying|responding|picking up|answered|replied|responded|picked up)|no (?:answer|reply|"
    r"response)|(?:been|it s been|its been) (?:\w+ )?(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|twelve|several|a few|many) (?:hours|hrs|days)"
)
_LOOK_AFTER = needles.compile(
    r"\b" + _HANDOVER + r"\b(?=.*\b(?:" + _SILENT + r")\b)"
    r"|\b(?:" + _SILENT + r")\b(?: \S+){0,4}? (?:after|since) (?:\w+ )?" + _HANDOVER + r"\b"
)
# ...for which there is a reason: a flight, a shift, a phone out of battery, asleep
_SILENCE_WHY = needles.compile(
    r"\b(?:flight|plane|flying|boarding|trip|holiday|camping|signal|reception|battery|phone "
    r"(?:died|is dead|dead)|asleep|sleeping|on shift|at work|working|deploy\w*|exercise|back "
    r"(?:on|by|tomorrow|monday|sunday)|while (?:she|he|they) (?:is|are|s) away|away for|"
    r"surgery|operation|hospital stay)\b"
)


def handed_for_a_reason(plain: str) -> bool:
    """A treasure handed over with its everyday reason ("her keys to look after till Sunday"):
    the classifier, which has seen things handed over mostly in goodbyes, defers to it."""
    return _HANDED.search(plain) is not None and _REASON.search(plain) is not None


def other(plain: str) -> bool:
    """Someone else's risk told by a treasure handed over or a sign-off no one can follow up."""
    if _HANDED.search(plain) and _UNEASE.search(plain) and not _REASON.search(plain):
        return True
    if _KEEPS_ASKING.search(plain) and not _ASKING_WHY.search(plain):
        return True
    if _SORRY_ALL.search(plain) and not _SORRY_CAUSE.search(plain):
        return True
    if _LOOK_AFTER.search(plain) and not _SILENCE_WHY.search(plain):
        return True
    return _SIGNED_OFF.search(plain) is not None and _UNREACHED.search(plain) is not None
