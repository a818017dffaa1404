"""Preparations told by what is done in an ordinary week, in English: the check-in (``mine``).

People who have decided often tell it only through errands: what was bought and what the family
was told it is for, what was handed on and the story given for it, what was left behind near a
river, what the policy pays if the death is "my own doing". Each kind here is the writer's own:

- ``_INSURANCE``: whether life insurance pays out if the death is the writer's own doing, by
  their own hand, self-inflicted or a suicide ("asking cause my wife would get the house clear");
- ``_PAYOUT``: the payout or the insurance the family would get, beside being a burden or them
  being better off ("my kids deserve a dad who isn't a burden. they'd get the payout");
- ``_RETIRING_YOUNG``: tools, gear or prized things handed on under the story of retiring, at an
  age no one retires ("gave my tools to my apprentice, told him i was retiring lol. im 41");
- ``_AFFAIRS``: one's affairs sorted with the will done, or things and pets assigned to people
  one by one ("will's done, dog goes to my brother, bike to my nephew");
- ``_COVER_STORY``: a means bought (a hose, tape, rope, charcoal, a gun, pills) and the family
  thinking it is for something else ("the wife thinks it's for the garden"), or the shop told
  so ("told the shop guy it was for a tent");
- ``_LEFT_BY_WATER``: things one always wears left behind (boots, a wedding ring, a watch, a
  wallet, a phone), and a river, a bridge or a cliff a short walk away;
- ``_STOPPED_AND_KEPT``: one's own medicine stopped and every dose kept, with a day for a plan
  ("stopped my antidepressants 2 weeks ago and kept every one of them. plan is saturday").

Lookalikes stay quiet: insurance asked for a mortgage or a car, a claim refused after a
relative's death, tools handed on when retiring at 65 or leaving a sport, a will made after a
baby was born or before an operation, a hose bought for the garden with no one told a story, a
ring left on the dresser before a swim in the river, medicine stopped with the leftovers taken
back to the chemist. ``ordinary_cover`` is insurance asked about as an errand (a car, a boiler, a
premium, someone else dying of an illness, a relative's claim refused), which the classifier's
reading defers to. Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.vocab import _compile

# A life policy asked about a death of the writer's own doing
_INSURANCE = _compile(
    r"\b(?:life insurance|life cover|life policy|insurance|policy|insurer|super|superannuation|"
    r"death benefit|death in service)\b(?: \S+){0,6}? "
    r"(?:pay|pays|paid|payout|pay out|pays out|cover|covers|honou?r|honou?rs)\b(?: \S+){0,6}? "
    r"(?:if|when|even if) (?:it s |its |it is |it was |the death is |my death is |i )?(?:ruled |"
    r"deemed |counted |classed |found |judged |seen |recorded |put down )?(?:as )?(?:my own "
    r"doing|by my own hand|self inflicted|i do it (?:myself|on purpose)|i did it (?:myself|on "
    r"purpose)|i take my own life|i kill myself|i end it|suicide)\b"
    # ...a relative's claim told as past, or the course's question about a clause
    r"(?!.*\b(?:was ruled|were ruled|uncle|aunt|cousin|grandad|grandpa|grandma|nan|his death|"
    r"her death|their death|essay|lesson|module|assignment|policy review|adviser|advisor|broker|"
    r"client|customer|quote|underwrit\w*|at work|for work)\b)",
)

# ...or the payout the family would get, beside a burden or being better off
_PAYOUT = _compile(
    r"\b(?:would|d|will|ll|could|can) (?:still )?get (?:the |my )?(?:payout|pay out|insurance|"
    r"life insurance|insurance money|death benefit|super|policy)\b",
)
_PAYOUT_WHY = _compile(
    r"\b(?:burden|better off|deserve|without me|when i am gone|if i am gone|after i am gone|after "
    r"me|when i go|if i go)\b",
)

# An age no one retires at: under fifty
_YOUNG = r"(?:i am|im|aged|age|at|only) (?:1[6-9]|[2-4][0-9])\b"
_RETIRING_YOUNG = _compile(
    r"\b(?:gave|giving|given|handed|handing|passed|passing) (?:on |over |away )?(?:all )?my "
    r"(?:\w+ ){0,2}?(?:tools|toolbox|tool box|gear|kit|rods|guns|rifle|bike|motorbike|truck|ute|"
    r"van|guitar|records|vinyl|stuff|things|welder|saws?)\b"
    r"(?=.*\bretir\w*\b)(?=.*\b" + _YOUNG + r")"
    # ...not a sport left young, a business sold, an early retirement that was paid for
    r"(?!.*\b(?:from (?:football|rugby|boxing|racing|the game|playing|competition|the team|"
    r"the league|the ring)|sold (?:the|my) (?:business|company|firm)|fire|savings|investments|"
    r"crypto|bitcoin|lottery|package|redundancy|pension)\b)",
)

# One's affairs sorted, or things given out one by one, with nothing that explains it
_EXCUSED = (
    r"(?!.*\b(?:surgery|operation|op|baby|born|pregnan\w*|wedding|married|mortgage|deploy\w*|"
    r"posting|tour|trip|travel\w*|flight|abroad|emigrat\w*|moving|diagnos\w*|terminal|cancer|"
    r"chemo|hospice|solicitor|lawyer|retire\w*|mum s|mom s|dad s|her affairs|his affairs|"
    r"their affairs|estate of|executor)\b)"
)
_ASSIGNED = (
    r"(?:dog|dogs|cat|cats|horse|horses|pets?|bike|truck|ute|car|van|guitar|tools|house|boat|"
    r"watch|ring|rods?) (?:goes|go|going|will go|gets? left) to (?:my |our )?\w+"
)
_AFFAIRS = _compile(
    r"\b(?:sorting|sorted|getting|got|putting|put|setting|set|tidying) (?:out )?(?:all )?my "
    r"affairs\b(?=.*\b(?:wills? (?:is |s )?(?:done|sorted|written|signed)|wills done|"
    + _ASSIGNED
    + r"|do not worry (?:about|bout) me)\b)"
    + _EXCUSED,
    r"\bwills? (?:is |s )?(?:done|sorted|written|signed)\b(?: \S+){0,3}? " + _ASSIGNED
    # ...two things given out, one after the other
    + r"\b(?: \S+){0,3}? (?:\w+ )?to (?:my |our )?\w+" + _EXCUSED,
    r"\bwills done\b(?: \S+){0,3}? " + _ASSIGNED + r"\b(?: \S+){0,3}? (?:\w+ )?to (?:my |our )?\w+"
    + _EXCUSED,
)

# A means bought, and the family told a story for it
_MEANS = (
    r"(?:hose|hosepipe|hose pipe|duct tape|gaffer tape|tape|rope|ropes|charcoal|bbq coals|helium|"
    r"gas canister|gun|rifle|shotgun|pistol|pills|tablets|razor blades|blades|cable ties|zip "
    r"ties|extension cord|tow rope|ratchet straps?)"
)
_COVER_STORY = _compile(
    r"\b(?:bought|got|picked up|ordered|buying|grabbed|purchased) (?:a |an |some |the |more )?"
    r"(?:\w+ )?(?:(?:length|roll|bag|box|pack|bottle|tank|coil) of )?" + _MEANS + r"\b"
    # ...its errand not said beside it ("a hose and tape for the washing machine")
    r"(?!(?: and (?:\w+ ){0,2}?\w+)? (?:for|to fix|to repair|to mend) )"
    r"(?=.*\b(?:thinks|think|believes|reckons|assumes|assumed|thought) (?:(?:it s|its|it is|it was|"
    r"they are|they re|theyre|they were|that s|thats|that is) for|(?:we re|we are|i m|i am) "
    r"(?:having|doing|going|making|fixing|building))\b|.*\btold (?:\w+ ){0,5}?(?:it was|it is|its|"
    r"they were|they are) for\b)"
    # ...a surprise or a present kept quiet, or the real errand told, not an end
    r"(?!.*\b(?:but (?:it s|its|it is|they re|they are|theyre) (?:really |actually )?for|"
    r"surprise|present|gift|birthday|christmas|anniversary|party|treehouse|swing|hammock|"
    # ...or the shop's advice that followed the errand told
    r"(?:and|so) (?:he|she|they|i) (?:sold|recommended|showed|suggested|threw in))\b)",
)

# Things always worn left behind, and water or a height a short way off
_LEFT_BY_WATER = _compile(
    r"\bleft (?:my |our )?(?:wedding ring|ring|watch|wallet|phone|keys|boots|shoes|glasses|"
    r"jacket|coat)\b(?: \S+){0,5}? (?:on|by|at|beside|next to|in) (?:the|my) (?:\w+ )?(?:door|"
    r"dresser|table|bed|bench|counter|worktop|nightstand|bedside|shelf|mat|doormat|porch|step|"
    r"steps|desk|drawer|hall|hallway|kitchen)\b(?: \S+){0,8}? (?:river|rivers|bridge|bridges|"
    r"cliff|cliffs|lake|lakes|sea|"
    r"dam|quarry|tracks|railway|rail line|weir|pier|jetty|reservoir|gorge|viaduct|overpass)\b"
    r"(?: \S+){0,3}? (?:(?:a |an |only a |just a )?(?:\d+|five|ten|two|few|short) ?(?:min|mins|"
    r"minute|minutes|m|k|km|miles?) (?:walk|away|drive|off)|(?:just )?(?:up|down|across|over) "
    r"the road|round the corner|around the corner|close by|nearby|not far)\b"
    r"(?!.*\b(?:swim\w*|fish\w*|paddl\w*|kayak\w*|canoe\w*|picnic|walk the dog|dog walk|jog\w*|"
    r"run|running|view|sunset|photo\w*|gym|pool|beach day|holiday|airbnb|hotel|cottage|back for|"
    r"pop back|go back|get it|let me in|pub|cafe|restaurant|meet\w*|later|pick (?:it|them) up|"
    r"can you|could you)\b)",
)

# One's own medicine stopped and kept whole, and a day for a plan
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|"
    r"the weekend|next week|new year|christmas|my birthday)"
)
_STOPPED_AND_KEPT = _compile(
    r"\b(?:stopped|quit|came off|come off|stopped taking|not taking|stopped using) (?:taking )?"
    r"(?:my |the )?(?!her |his |their )(?:\w+ )?(?:antidepressants|meds|medication|medicine|"
    r"pills|tablets|sleepers|"
    r"sleeping (?:pills|tablets)|painkillers|\w+(?:ine|pam|lam|one|ate))\b(?: \S+){0,8}? "
    r"(?:kept|keeping|saved|saving|stashed|hoarded|held on to|holding on to|hung on to) "
    r"(?:every (?:one|single one|pill|tablet|dose)|all of them|the lot|each one|(?:them|me|"
    r"those|these) all(?! (?:together|in|up|day|night|week|the time|along|going)\b))\b"
    r"(?=.*\b(?:plan is|plan s|plans is|planned for|doing it|it happens|day is|date is) (?:on "
    r"|for )?" + _DAY + r"\b| (?:\S+ ){0,2}?" + _DAY + r" *$)",
)

# Insurance asked about as an errand, which the classifier defers to: a car, a home, a trip, a
# premium, whether a policy is worth it, someone else dying of an illness, a relative's claim
# refused; never beside a death of the writer's own doing.
_COVER = _compile(
    r"\b(?:car|home|house|contents|travel|pet|phone|gadget|health|dental|landlord|buildings?) "
    r"insurance\b",
    r"\b(?:insurance|insurer|life cover|premium)\b(?: \S+){0,8}? (?:boiler|flood\w*|storm|theft|"
    r"stolen|mortgage|premium|worth it|quote|dies of|died of|covid|cancer|heart attack|stroke|"
    r"natural causes)\b",
)
_OWN_DEATH = _compile(
    r"\b(?:suicid\w*|my own doing|own hand|self inflicted|kill\w*|end it|overdos\w*|on purpose|"
    r"if i (?:go|went|die|died|was gone|were gone|am gone)|i am gone|not here|better off|"
    r"goodbye|garage|exhaust|hose|pills|rope|gun|bridge|note|letter|wake up|not wake|any ?more|"
    r"i am done|plan|tonight|accident|look like|still gets?|gets the|get the|clause|ran out|"
    r"waiting period|my own way|permanently|for good|sort (?:this|it) out)\b",
)
_RELATIVE_CLAIM = _compile(
    r"\b(?:uncle|aunt|cousin|grandad|grandpa|grandma|nan|dad|mum|mom|father|mother|brother|"
    r"sister|husband|wife|son|daughter|friend|neighbour)s?\b(?: \S+){0,4}? (?:life insurance|"
    r"policy|insurer)\b(?: \S+){0,6}? (?:did not pay|refused|denied|was ruled|would not pay|"
    r"wo not pay)\b",
)

# ...unless the writer would follow: "i want to join him", "i'm next"
_FOLLOW = needles.compile(
    r"\b(?:i want|me too|myself|join (?:him|her|them)|i will|i am going to|same way|i am next|"
    r"next)\b"
)


# Debts paid and contracts ended, called a tidy or clean ending: one's affairs closed for good
_TIDY_END = _compile(
    r"\b(?:paid|paying|settled|cleared|cancel\w*|closed|ended|terminated) (?:off )?(?:\w+ ){0,3}?"
    r"(?:debts?|bills|loans?|contracts?|subscriptions?|accounts?|lease|phone|memberships?)\b"
    r"(?=.*\b(?:tidy|clean|neat|quiet|proper|orderly) (?:ending|end|exit|finish|goodbye|departure)"
    # ...not a tidy ending to the year, the month or a habit, nor a job left
    r"\b(?! (?:to|of|for|in|on|from|at)\b))(?!.*\b(?:notice|firm|job|employer|company|boss)\b)"
    + _EXCUSED,
)
# A medicine asked for or got, and said not to be for what it treats: "not for sleeping"
_NOT_FOR_USE = _compile(
    r"\b(?:sleeping (?:pills|tablets|meds)|sleep(?:ing)? aids?|sleepers|zopiclone|zolpidem|ambien|"
    r"\w+(?:pam|lam))\b(?: \S+){0,8}? not (?:for|to) (?:sleep|sleeping|help me sleep)\b"
    r"(?! (?:every|each|long|more|better|well|through|on|in|they|it|but)\b)",
    r"\b(?:painkillers|pain (?:meds|pills|killers)|opioids|oxy\w*|codeine|tramadol)\b"
    r"(?: \S+){0,8}? not (?:for|because of) (?:the |my )?(?:pain|back|headaches?|migraines?|"
    r"tooth)\b"
    r"(?! (?:every|each|long|but|they|it)\b)",
)


def ordinary_cover(plain: str) -> bool:
    """Insurance asked about as an errand or a relative's claim, not the writer's own death."""
    if _RELATIVE_CLAIM.search(plain):
        return _FOLLOW.search(plain) is None
    return _COVER.search(plain) is not None and _OWN_DEATH.search(plain) is None


def mine(plain: str) -> bool:
    """One of the kinds here, said of the writer."""
    if _PAYOUT.search(plain) and _PAYOUT_WHY.search(plain):
        return True
    kinds = (_INSURANCE, _RETIRING_YOUNG, _AFFAIRS, _COVER_STORY, _LEFT_BY_WATER, _STOPPED_AND_KEPT)
    kinds += (_TIDY_END, _NOT_FOR_USE)
    return any(kind.search(plain) for kind in kinds)
