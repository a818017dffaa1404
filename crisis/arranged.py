"""Affairs arranged for after the writer is gone, told as errands: the check-in (``CHECK``).

People who have decided rarely say so; they tell of the things they are putting in order, in the
flat words of an errand:

- ``_GIVEN_AND_DAY``: belongings given away, and a day told bare as "the day" ("gave my laptop
  to my roommate and my jacket to the guy downstairs. sunday is the day");
- ``_IF_NOT_HERE``: a bill, an account or a subscription to be closed "if I'm not here" after a
  date, or kept from falling on the family "after" ("if im not here next week can someone cancel
  my subscription? dont want my parents getting charged after");
- ``_NO_NEED_PAST``: nothing needed past a date: a place to stay, rent, a coat ("after friday i
  dont plan on needing a place to stay");
- ``_WHO_GETS``: a list of who gets what, written by the writer and left out ("I wrote down who
  gets what, a phone, a watch from my father. it's on the table for the morning");
- ``_SETTLED``: debts paid and things sold, and nothing left to do ("sold everything, paid back
  my debts. nothing left to do after sunday");
- ``_INSURED``: the family better off with the life insurance than with the writer, or its clause
  waited out ("the policy pays out after 1 year so I waited. it's been a year");
- ``_CODES``: the phone's code or the passwords handed on, with a sorry or a dangerous place
  ("writing this from the cliff path. left my phone code with my sister. sorry.").

Lookalikes stay quiet: a move, a trip or a new flat ("after friday I won't need a place to stay,
moving in with my sister"), "sunday is the day we move", a subscription cancelled for a holiday,
who gets what chores or for secret santa, a grandmother's will, better off with the money from
the car sale, codes left with a sister for a surgery or a trip. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|"
    r"the weekend|next week|the \d+(?:st|nd|rd|th)?|the end of (?:the |this )?(?:week|month))"
)
# A move, a trip, a new home or a job: the ordinary reasons things are given away or not needed.
_ERRAND = needles.compile(
    r"\b(?:mov(?:e|es|ed|ing)|relocat\w*|new (?:flat|place|house|home|job|apartment|room)|"
    r"moving in|staying (?:with|at)|my (?:sister|brother|mum|mom|dad|parents|friend|boyfriend|"
    r"girlfriend|partner) s|holiday|vacation|trip|travel\w*|flight|flying|abroad|backpacking|"
    r"camp\w*|festival|halls|dorm|hostel|hotel|declutter\w*|konmari|minimalis\w*|charity shop|"
    r"garage sale|yard sale|car boot|wedding|party|race|marathon|exams?|interviews?|surgery|"
    r"operation|lessons?|class|course|"
    r"hospital stay|deployment|deployed|secret santa|chores?|rota|shifts?|presents|gifts)\b"
)

_GIVEN_AND_DAY = needles.compile(
    r"\b(?:i )?(?:gave|given|giving) (?:away )?(?:my|all my|most of my)\b(?: \S+){0,16}? "
    + _DAY
    + r" is the (?:day|night|date)$"
)

# ...or all one's things given, and then it is time, or a day is when
_GIVEN_THEN = needles.compile(
    r"\b(?:giving|gave|given|gifting|gifted) (?:away )?(?:all )?(?:of )?(?:my )?(?:stuff|things|"
    r"belongings|possessions)\b(?=.*\b(?:" + _DAY + r" is (?:the day|when|it)|(?:then )?(?:it is|"
    r"its) time)$)"
)

_IF_NOT_HERE = needles.compile(
    r"\bif i am (?:not here|not around|not alive|not on here|not online|gone) (?:any more "
    r"|anymore )?(?:next week|"
    r"next month|by \w+|after \w+|tomorrow|"
    + _DAY
    + r")\b(?: \S+){0,6}? (?:cancel|close|delete|stop|end|unsubscribe)\w* (?:my|the) (?:\w+ )?"
    # ...what keeps charging or speaking for the writer, not a lesson or an order
    r"(?:subscriptions?|accounts?|membership|contract|direct debit|standing order|payments?|"
    r"netflix|spotify|gym|facebook|instagram|phone|plan|insurance)\b"
    r"|\b(?:do not|dont) want (?:my )?(?:parents|mum|mom|dad|family|wife|husband|kids|children|"
    r"partner|sister|brother) (?:getting|to get|being|to be|paying|to pay|stuck with|left with|"
    r"dealing with|to deal with)\b(?: \S+){0,3}? after(?: i am gone| i go| that)?$"
)

_NO_NEED_PAST = needles.compile(
    r"\b(?:after|past|beyond) (?:" + _DAY + r"|that|this week|this month)\b(?: \S+){0,2}? i "
    r"(?:do not|will not|wont|dont) (?:plan on |expect to be |intend on |think i will be )?"
    r"(?:need|needing|be needing) (?:a place|anywhere|a room|a bed|rent|money|a coat|my \w+|"
    r"anything|food|a job|a home)\b"
    r"|\bi (?:do not|dont) plan on (?:being here|being around|sticking around|being alive) "
    r"(?:after|past|beyond|by) (?:" + _DAY + r"|the \d+\w*|(?:january|february|march|april|may|"
    r"june|july|august|september|october|november|december)\b)"
    r"|\bno point (?:paying|renewing|topping up) (?:for )?(?:the |my )?(?:rent|bills|phone|"
    r"council tax|lease|contract|mortgage|insurance)\b(?: \S+){0,4}? i (?:will not|wont|"
    r"do not|dont) (?:need|be needing) (?:it|them|one)\b"
)

# Debts paid and things sold, and nothing left to do after a day.
_SETTLED = needles.compile(
    r"\b(?:paid (?:back|off) (?:all )?(?:my )?(?:debts?|loans?|everyone)|sold (?:everything|all my "
    r"(?:stuff|things))|settled (?:all )?my (?:debts|affairs|accounts))\b"
    r"(?=.*\bnothing (?:left|else) to do\b(?! but\b)(?: \S+){0,2}? (?:after|past|now|but wait)?)"
)

_WHO_GETS = needles.compile(
    r"\b(?:i )?(?:wrote|written|writing|made|making|left|sorted|decided|arranged|figured) (?:down |"
    r"out |up )?(?:a list of |a note "
    r"of |a note saying )?who gets (?:what|my|which)\b"
)
# ...and the things are the writer's own, left out for when they are found
_WHO_GETS_MINE = needles.compile(
    r"\b(?:only a few things|my (?:phone|watch|ring|laptop|guitar|things|stuff|car|savings|"
    r"cat|dog)|a watch from my|for the morning|on the table|when i am gone|after i am gone|"
    r"everything i have|all my)\b"
)

_INSURED = needles.compile(
    r"\bbetter (?:off )?with (?:the )?(?:payout|insurance|pay out|insurance money|money from (?:my "
    r")?(?:life \w+|insurance|policy|the payout))\b(?: \S+){0,5}? than (?:with )?me\b(?! \w+ing\b)"
    r"|\blife (?:insurance|cover|policy)\b(?: \S+){0,8}? (?:pays out|pays|covers it|covers "
    r"suicide|valid|kicks in)\b(?: \S+){0,4}? after (?:one|1|a|two|2) years?\b(?: \S+){0,4}? "
    r"(?:i waited|i have waited|so i waited|it has been a year|its been a year|the year is up|"
    r"that was \w+ ago)"
    r"|\b(?:policy|insurance|cover|life cover)\b(?: \S+){0,3}? (?:covers|pays out for|pays for|"
    r"includes) suicide after (?:\d+|one|two|a) (?:months?|years?)\b(?=.*\b(?:its been|it has "
    r"been|i waited|i have waited|waiting|that was|is up|has passed|now)\b)"
    r"(?!.*\b(?:class|course|exam|essay|lecture|module|work|client|customer)\b)"
    r"|\b(?:insurance|payout|pay out|life cover|policy) (?:money )?(?:\S+ ){0,3}?better (?:off )?"
    r"than (?:having |with )?me\b"
    r"|\b(?:get|gets|getting|will get|would get) more (?:from|out of) (?:my )?(?:life )?"
    r"(?:insurance|policy|payout|life cover)\b(?: \S+){0,4}? than (?:\S+ ){0,4}?(?:from|with|out "
    r"of) me\b"
    r"|\bwait\w* (?:for|until|till) (?:my|the) (?:life )?(?:policy|insurance|cover)\b"
    r"(?: \S+){0,6}? then (?:i will|ill|i ll|i can) (?:do it|end it|(?:finally )?go$)"
    r"|\bthe suicide (?:clause|exclusion)\b(?: \S+){0,4}? (?:is |has )?(?:over|ended|ends|up|"
    r"passed|run out|ran out|expired)\b"
)

# Love left to be passed on "if something happens", with no trip or operation to explain it.
_IF_SOMETHING = needles.compile(
    r"\btell (?:my )?(?:\w+ ){0,2}?(?:i love|that i love|i am sorry|that i am sorry) (?:her|him|"
    r"them|you)\b(?: \S+){0,3}? if (?:something|anything) (?:happens|happened)\b"
    r"|\bif (?:something|anything) (?:happens|happened)\b(?: \S+){0,4}? tell (?:my )?(?:\w+ ){0,2}?"
    r"(?:i love|that i love|i am sorry|that i am sorry) (?:her|him|them|you)\b"
)

_CODES = needles.compile(
    r"\b(?:left|gave|sent|wrote down|written down|texted) (?:my )?(?:phone |bank |laptop |email |"
    r"computer )?(?:code|passcode|password|passwords|pin|pin code|logins?|unlock code)\b"
    r"(?: \S+){0,3}? (?:with|to|for) (?:my |the )?\w+"
)
# ...with a dangerous place named, or a sorry or a goodbye as the last word
_CODES_WHY = needles.compile(
    r"\b(?:cliff|cliffs|cliff path|bridge|the edge|tracks|rooftop|the roof|the river|the sea|the "
    r"lake|the woods)\b|\b(?:sorry|forgive me|goodbye|bye everyone)$"
)
_CODES_BUT = needles.compile(
    r"\b(?:hospital|surgery|operation|holiday|vacation|trip|travel\w*|while i am|so (?:she|he|"
    r"they) can|in case i lose|camping|hiking|festival|work|wifi|wi fi|netflix|router)\b"
)


def check(plain: str) -> bool:
    """Affairs put in order for after the writer, with no move, trip or job to explain them."""
    errand = _ERRAND.search(plain) is not None
    if _INSURED.search(plain):
        return True
    if _WHO_GETS.search(plain) and _WHO_GETS_MINE.search(plain) and not errand:
        return True
    if errand:
        return False
    if _GIVEN_AND_DAY.search(plain) or _IF_NOT_HERE.search(plain) or _NO_NEED_PAST.search(plain):
        return True
    if _SETTLED.search(plain) or _GIVEN_THEN.search(plain) or _IF_SOMETHING.search(plain):
        return True
    return bool(_CODES.search(plain) and _CODES_WHY.search(plain) and not _CODES_BUT.search(plain))
