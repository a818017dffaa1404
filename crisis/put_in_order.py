"""Affairs put in order and a last word left, told as a list of errands: the check-in ("ask,
don't guess").

Kinds, read on normalised text:

- ``_ACTS``: three or more different affairs settled in one message (a will updated, the gym or
  the subscriptions cancelled, the keys or the papers left with someone, the credit card paid
  off, the socials deleted, emails set to send later, "everything's in order now");
- ``_NOTE``: a note opened to whoever reads or finds it first (or "in case anyone finds this"),
  with a pet or the children left in someone's care or an apology ("dear whoever reads this
  first, please make sure my cat goes to a good home");
- ``_PET_HOMED``: a pet to be sure of a good home, with no reason for giving it up;
- ``_NO_REASONS``: reasons run out, said alone or to go on ("ran out of reasons. sorry");
- ``_STOP_ALL``: a treatment that did not work, and the writer ending on stopping everything
  instead ("doc says the esketamine didnt work ... im just going to stop everything instead").

Lookalikes name an ordinary reason: a move, a trip abroad, a baby on the way, an operation, a new
year's clear-out or a budget ("deleted my socials, cancelled the gym, paid off the card: new year
new me"); a cat rehomed for an allergy or a landlord; reasons run out to skip the gym; stopping
everything for a holiday or to try something else. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_ACTS = tuple(
    needles.compile(pattern)
    for pattern in (
        r"\b(?:updated|made|wrote|written|signed|finished|sorted|changed|redid|did) (?:my|a) "
        r"(?:new )?will\b",
        r"\bcancel+ed (?:the |my |all my |all )?(?:gym|subscriptions?|phone contract|contracts?|"
        r"netflix|spotify|memberships?|direct debits?|appointments?|standing orders?)\b",
        r"\bleft (?:the |my )?(?:\w+ ){0,7}?(?:keys|papers|passwords|documents|paperwork|"
        r"deeds) (?:\w+ )?with\b",
        r"\b(?:paid off|cleared|settled) (?:the |my |all my |all )?(?:credit cards?|cards?|"
        r"debts?|loans?|overdraft|tab|bills?|car)\b",
        r"\b(?:deleted|deactivated|closed|wiped) (?:all )?(?:of )?(?:my )?(?:socials|social media|"
        r"instagram|insta|facebook|tiktok|twitter|accounts|profiles)\b",
        r"\b(?:emails?|messages?|texts?|letters?|posts?) (?:\w+ )?(?:on |for )?schedul\w*"
        r"|\bschedul\w* (?:\w+ )?(?:emails?|messages?|texts?|posts?)\b",
        r"\b(?:wrote|written|left) (?:down )?(?:all )?(?:my )?passwords\b",
        r"\b(?:sorted|arranged|sorted out) (?:my )?(?:life insurance|pension|finances|funeral)\b",
        r"\beverything(?: is| s|s)? (?:in order|sorted|taken care of|squared away)(?: now)?$",
    )
)
_MOST_ACTS = 3
_ORDINARY = needles.compile(
    r"\b(?:mov\w+|relocat\w*|emigrat\w*|travel\w*|trip|holiday|abroad|surgery|operation|baby|"
    r"pregnan\w*|wedding|new year|resolutions?|detox|budget\w*|fresh start|retir\w*|deploy\w*|"
    r"sabbatical|gap year|lol|haha|productive|adulting|life admin|spring clean\w*|declutter\w*)\b"
)
_NOTE = needles.compile(
    r"^(?:(?:dear|to) (?:whoever|whomever|the person who|anyone who|whoever it is that)|(?:in case|"
    r"if) (?:anyone|someone|somebody|you)) (?:reads|finds|sees|opens|gets) (?:this|my)\b"
    r"(?=.*\b(?:make sure|look after|take care of|feed|please give|sorry|goodbye|tell (?:my|them|"
    r"her|him)|(?:food|lead|meds|keys|will|passwords|papers) (?:is|are) in)\b)"
)
_PET_HOMED = needles.compile(
    r"\bmake sure (?:my|our) (?:\w+ )?(?:cat|dog|kitten|puppy|pets?|rabbit|bunny|hamster|"
    r"parrot|budgie|birds?|fish|horse|tortoise|snake) (?:goes|go|gets|get|finds|find|ends up) "
    r"(?:to |in |with )?(?:a )?(?:good|loving|nice|safe|kind|forever) (?:home|family|people)\b"
)
_GIVING_UP_WHY = needles.compile(
    r"\b(?:allerg\w*|landlord|lease|tenancy|baby|rehom\w*|adopt\w*|can not afford|cant afford|"
    r"new job|shelter|rescue|mov\w+|abroad|deploy\w*|care home|hospital stay)\b"
)
_NO_REASONS = needles.compile(
    r"^(?:i )?(?:have |ve |just |finally |officially )?(?:ran|run|running|out) ?(?:out )?of "
    r"reasons(?: (?:to (?:stay|live|keep going|go on|be here|try|fight|hold on|get up|wake up)|"
    r"left))?(?: (?:i am |im )?sorry(?: everyone| all| guys| mum| mom| dad)?)?$"
)
_TREATMENT_FAILED = needles.compile(
    r"\b(?:esketamine|ketamine|spravato|ect|tms|meds|medication|antidepressants?|therapy|"
    r"treatment|lithium|sertraline|fluoxetine|venlafaxine|mirtazapine|infusions?|trial|"
    r"pills)\b(?: \w+){0,4}? (?:did not|didn t|didnt|does not|doesn t|has not|hasn t|never) "
    r"(?:work|help|working|helped|worked)\b|\bnothing (?:works|worked|has worked|is working)\b"
)
_STOP_ALL = needles.compile(
    r"\b(?:i am |i m |im |i ll |i will )?(?:just )?(?:going to|gonna|will) (?:stop everything|"
    r"stop it all|give up on everything|end everything|end it all|be done with (?:everything|it "
    r"all))(?: instead| then| now)?$"
)


def check(plain: str) -> bool:
    """One of the kinds here, with no ordinary reason beside it."""
    if _NO_REASONS.search(plain) is not None:
        return True
    if _TREATMENT_FAILED.search(plain) is not None and _STOP_ALL.search(plain) is not None:
        return True
    if _NOTE.search(plain) is not None:
        return True
    if _PET_HOMED.search(plain) is not None and _GIVING_UP_WHY.search(plain) is None:
        return True
    acts = sum(act.search(plain) is not None for act in _ACTS)
    return acts >= _MOST_ACTS and _ORDINARY.search(plain) is None
