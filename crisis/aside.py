"""Kinds told in passing: a day set, a countdown, a plan held, a worry reported, a low owned.

- ``SELF`` (the check-in): a deadline given to oneself ("I've given myself until Sunday"); a
  countdown with nothing to count down to ("Counting down. 3 days.", "on a clock, 3 days left");
  the plan and the day held ("I've got the plan and the day"); "tonight's the night" with a
  goodbye to family; not existing after a day; everything ready at home after the last hope;
  better off with a parent in a photo frame; "is it selfish if I go?"; a danger told by a deed
  (heading to the overpass "sorry", a height checked "and I know why", edging to the platform's
  line as the express comes, hoping the wheel slips, an appointment missed "not because of
  traffic", a suicide clause passed).
- ``OVERDOSE`` (the full reply): a medicine taken twice or three times by mistake with the body
  answering ("took my warfarin two times today, my gums are bleeding"), as older people tell it,
  an injection done twice, a second dose or a pen set to 60 instead of 6, the body answering;
  "3 lozenges instead of 1", the usual amount of a stronger batch, with the body answering; the
  rest of someone's pills, with the body answering or no reason for it.
- ``OTHER`` (the reply for helpers): someone who reports another's plan as a moderator, a
  clinician or a teacher ("a patient disclosed a plan", "someone posts they have a plan and a
  date").
- ``DISTRESS`` (the caring reply, even asked as a question): nothing left to try, running out of
  options, "what's wrong with me that it didn't work", nobody here, someone to ask how I am.

``at_peace`` (the classifier defers to it, said of someone else): someone old at peace with
dying in its time ("whenever the Lord calls", "he'll go when he's ready").

Each with its lookalikes: a deadline for an essay, a countdown to a holiday, the plan and the day
of a wedding, "tonight's the night, wish me luck", everything ready for the party, a double dose
asked about. Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

import re

from crisis import needles
from crisis.vocab import _compile

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|"
    r"the end of (?:the )?(?:week|month|year)|christmas|new year|my birthday|the \d+\w*|\d+\w*|"
    r"one more (?:week|month|day)|another (?:week|month|day)|(?:a|one|two|three|\d+) (?:more )?"
    r"(?:days?|weeks?|months?))"
)
# Something to do by the deadline, or an event to count down to: an errand, not a plan to die.
_ERRAND = needles.compile(
    r"\b(?:to (?:finish|get|write|decide|learn|pay|apply|clean|pack|read|submit|do|find|fix|"
    r"sort|quit|save|lose|choose|reply|answer|make)|until (?:my |the |our )?(?:holiday|vacation|"
    r"trip|wedding|birthday|exam|exams|deadline|christmas|party|concert|holidays|graduation|"
    r"release|launch|move|surgery|baby|due date|shift|flight|results|interview)|holiday|vacation|"
    r"trip|wedding|party|concert|graduation|launch|flight|exam|exams|deadline|christmas|birthday|"
    r"baby|due date|release|game|match|season|diet|detox|challenge|streak|shift|work|class|"
    r"lecture|meeting|train|bus|job|essay|project|homework|decision)\b"
)
SELF = _compile(
    r"\b(?:given|giving|gave|give) myself (?:until|till|til|to|up to) " + _DAY + r"\b",
    r"\b(?:counting down|on a clock|on the clock|the clock is ticking)\b(?: \S+){0,6}? "
    r"(?:\d+|one|two|three|four|five|six|seven) (?:more )?(?:days?|hours?|nights?|sleeps?)\b",
    r"\b(?:i have|i ve|ive|i v|i) (?:got |now )?(?:the|a|my) plan and (?:the|a|my) (?:day|date|"
    r"time|place)\b",
    r"\b(?:tonight|today|tomorrow)(?: is|s| s) the (?:night|day)\b(?= (?:\S+ ){0,6}?(?:love you|"
    r"goodbye|bye|forgive me|sorry for everything|look after)\b)",
    r"\b(?:not|stop) (?:exist\w*|be here|be around|be alive) after (?:it|that|this|the weekend|"
    r"sunday|monday|friday|saturday|tonight|tomorrow)\b",
    r"\bbetter off (?:with|having) (?:a|their|my|the) (?:\w+ )?(?:in a (?:photo|picture|frame|"
    r"photo frame|urn)|as a memory|photo of me)\b",
    r"\b(?:got|grabbed|fetched|took|brought) (?:the|my|dad s|his|grandad s) (?:shotgun|rifle|gun|"
    r"pistol|revolver|rope|noose) (?:\w+ ){0,5}?(?:it s|its|it is) time\b",
    r"\bis it selfish (?:if|to|that) i (?:just )?(?:go|leave|end it|die|do it|stop)\b(?! (?:to|on|"
    r"out|home|back|for|abroad|away|with|travel\w*|alone|first|early|now and))",
    # the place or the danger told by what is done there, and no more said
    r"\b(?:heading|going|walking|driving|on my way|off) (?:to|up to|out to) (?:the )?(?:overpass|"
    r"bridge|roof|rooftop|cliffs?|tracks|railway|viaduct|top floor|multistorey)\b(?: \S+){0,2}? "
    r"(?:sorry|goodbye|bye|forgive me|love you all)$",
    r"\b(?:checking|checked|looking up|googling|measuring|checked) how (?:high|tall|far down) "
    r"(?:\S+ ){0,8}?(?:is|are)\b(?=.*\bi know (?:exactly )?why\b)",
    r"\b(?:stepping|step|stepped|standing|getting|moving|edging|leaning) (?:\w+ )?(?:closer|nearer)"
    r" to (?:the )?(?:yellow line|edge|platform edge|tracks)\b(?=.*\b(?:train|express|comes "
    r"through|not stopping|without stopping)\b)",
    r"\b(?:half |kind of |kinda |secretly |sort of )?hoping (?:that )?(?:the|a|my) (?:wheel|car|"
    r"brakes?|truck|lorry|bus|tyre|tire) (?:slips|fails|fail|hits me|crashes|blows|gives)\b",
    r"\bnot (?:gonna|going to|able to) (?:make it|be there|come|be here)\b(?: \S+){0,6}? not "
    r"because of\b(?!(?: \S+){1,3} but\b)",
    r"\bsuicide clause\b(?=.*\b(?:passed|past|over|expired|ran out|is up|ends|ended)\b)"
    r"(?!.*\b(?:what is|how does|explain|mean)\b)",
)
# Everything ready, after the last hope failed
_READY = needles.compile(r"\b(?:got|have|ve got|i ve) everything ready(?: at home| now)?\b(?! for)")
_LAST_HOPE = needles.compile(
    r"\b(?:final straw|last (?:hope|chance|try|resort)|did not work|nothing worked|no point|"
    r"failed)\b"
)
# The plan and the day of an event, "tonight's the night, wish me luck"
_EVENT = needles.compile(
    r"\b(?:wedding|party|trip|holiday|launch|move|meeting|exam|birthday|proposal|date night|gig|"
    r"show|premiere|prom|interview|match|race|surprise|wish me luck|fingers crossed|nervous)\b"
)
# A medicine taken again by mistake, and the body answering
_TWICE = needles.compile(
    r"\b(?:took|taken|had) (?:my |the )?(?:\w+ ){0,2}?(?:two|three|2|3|several) times\b"
    r"|\b(?:took|taken) (?:it|them|my \w+|the \w+) (?:twice|again)\b|\bdouble dos\w*\b"
    # an injection or a jab done twice: "did my night insulin twice", "injected my dose again"
    r"|\b(?:did|done|injected|jabbed|shot|gave myself) (?:my |the )?(?:\w+ ){0,2}?(?:insulin|"
    r"lantus|levemir|tresiba|toujeo|humalog|novorapid|fiasp|humulin|basaglar|apidra|"
    r"dose|jab|shot|injection|pen|units)\b(?: \w+){0,2}? (?:twice|again|two times|double)\b"
    # extra pills on top of the usual one: "had two of my sleeping pills plus the night one"
    r"|\b(?:took|taken|had|swallowed) (?:\w+ ){0,4}?(?:pills?|tablets?|doses?|ones?|caps|"
    r"capsules) (?:plus|on top of|as well as|and then) (?:the|my) (?:usual|normal|regular|night|"
    r"nightly|evening|morning|bedtime) (?:one|ones|dose|pill|tablet)\b"
    # a second dose of the same by mistake: "took a second dose of my methadone by mistake"
    r"|\b(?:took|taken|had|gave myself|injected|did) (?:a|my) second (?:dose|lot|shot|round)\b"
)
_ASKED = needles.compile(r"(?:what|is|if|would|should|can|could|does|do|how|will)\b")
# More taken than meant, told by what was taken: "3 lozenges instead of 1", "the rest of my
# grandma's heart pills", the usual amount of a stronger batch. Each needs the body answering.
_INSTEAD = needles.compile(
    r"\b(?:took|taken|had|used|did|swallowed) (?:\d+|two|three|four|five|six|double|twice) "
    r"(?:\w+ )?(?:lozenges?|pills?|tablets?|tabs?|capsules?|doses?|sprays?|patches|puffs?|drops|"
    r"mg|mgs|ml|gummies|bumps?|lines?|troches?|devices?) instead of (?:\d+|one|the usual|my usual|"
    r"a single)\b"
    # a pen or a syringe set to ten times the dose: "my insulin pen was set to 60 instead of 6"
    r"|\b(?:set to|dialled|dialed|dialled up|dialed up|drew up|drawn up|injected|gave myself) "
    r"(?:\d+|double) (?:units? |mg |ml )?instead of (?:\d+|the usual|my usual)\b"
)
# What is taken past its dose, when it is named: not notes, photos or time
_DRUG = (
    r"(?:insulin|pills?|tablets?|meds|medicines?|medication|doses?|units|mg|ml|drugs?|xanax|"
    r"ketamine|k|heroin|h|gear|fent\w*|oxy\w*|morphine|methadone|codeine|tramadol|opioids?|"
    r"\w+(?:pam|lam|done|pine|tine|line|zine|zole|pril|olol|pram))"
)
_TOO_FAR = needles.compile(
    # far more than the dose, or too much on going back to it after clean time: "injected way
    # more insulin than i should", "used again after a year, too much"
    r"\b(?:injected|took|taken|used|swallowed|gave myself|shot|popped|did) (?:way|much|far|a lot|"
    r"loads|lots) more (?:of )?(?:my |the |it |them )?(?:" + _DRUG + r" )?than "
    r"(?:i (?:should|was meant|meant|needed|normally|usually)|"
    r"prescribed|the (?:dose|prescription|label)|my (?:dose|usual))\b"
    r"|\b(?:used|relapsed|slipped|picked up|shot up|did it) (?:again )?(?:after|for the first time "
    r"in) (?:\S+ ){0,4}?(?:clean|sober|years?|months?|weeks?)\b(?: \S+){0,4}? (?:too much|way too "
    r"much|too many|more than)\b"
)
# ...unless what was had too much of is food, drink or the sun: a hangover, not a dose
_FOOD_DRINK = needles.compile(
    r"\b(?:drank|drink\w*|beer|wine|vodka|shots|ate|eaten|food|pizza|cake|sugar|coffee|caffeine|"
    r"espresso|sun|gym|workout)\b"
)
_THE_REST = needles.compile(
    r"\b(?:ate|took|swallowed|downed|had|necked|finished) (?:all )?the rest of (?:\S+ ){0,3}?"
    r"(?:pills|tablets|meds|medication|medicine|capsules|painkillers|sleeping pills|bottle|"
    r"packet|box|strip)\b"
)
_STRONGER = needles.compile(
    r"\b(?:stronger|more potent|laced|cut with)\b(?=.*\b(?:did|took|had|used|snorted|smoked|"
    r"shot|railed) (?:my |the )?(?:normal|usual|regular|same) (?:amount|dose|line|bump|hit)\b)"
)
# ...and no reason for it: "not sure why I did it"
_NO_REASON = needles.compile(r"\b(?:not sure|do not know|dont know|no idea) why (?:i did|i took)\b")
_BODY = needles.compile(
    r"\b(?:lips? (?:are |is )?(?:going |gone |turning )?(?:numb|blue)|heads? (?:is )?"
    r"(?:pounding|spinning)|heart (?:\w+ )?pounding|can not (?:stand|breathe|feel)|bleeding|"
    r"bleed\w*|bruis\w*|dizzy|faint\w*|confused|vomit\w*|throwing up|can not "
    r"breathe|chest|heart (?:is )?(?:racing|slow|pounding)|blood in|black stools?|"
    # a low blood sugar's signs after insulin twice
    r"sweaty|sweating|clammy|shaky|shaking|trembl\w*|hypo|going low|drowsy|can not keep my "
    r"eyes open|can (?:not|barely) (?:stay awake|keep my eyes open)|vision is (?:blurry|going)|"
    r"blurry vision|tingl\w*|i am (?:so |really |very |freezing )?(?:cold|freezing))\b"
)
OTHER = _compile(
    r"\b(?:someone|somebody|a (?:patient|client|student|member|user|pupil|resident|caller)|my "
    r"(?:patient|client|student|pupil)|one of my (?:patients|clients|students|pupils|members)|"
    # ...or a patient met at work, named by the place: "patient at my clinic shift mentioned"
    r"(?:^|the )(?:patient|client|resident|caller) (?:at|in|on|from) (?:my|our|the) (?:\w+ ){0,3}?"
    r"(?:clinic|shift|ward|practice|surgery|pharmacy|desk|unit|home|line)) "
    r"(?:\w+ ){0,8}?(?:disclosed|posts?|posted|said|says|told me|mentioned|admitted|wrote|"
    r"messaged|shared) (?:\w+ ){0,4}?(?:a plan|(?:she|he|they) (?:has|have|had) a plan|a suicide "
    # ...a plan for a day is a date: "a plan for this weekend", not "a plan for dinner"
    r"plan)\b(?! (?:to|for) (?!end|kill|die|take|(?:this|next|the) (?:weekend|week|friday|saturday|"
    r"sunday|monday|tuesday|wednesday|thursday)|tonight|tomorrow))",
)
# ...where the report is about risk: a safety plan, next steps, making it worse
_CONCERN = needles.compile(
    r"\b(?:safety plan|suicid\w*|crisis|self harm|harm|worried|make it worse|next steps|respond|"
    r"what do i (?:do|say)|how do i (?:respond|help|reply)|a date|and a date|the date|advice)\b"
)
# "...left to try for dinner": a choice, not a treatment
_NOT_FOR = r"(?! (?:for|on|in|with) (?!me|my (?:depression|mood|mind)|depression))"
DISTRESS = _compile(
    r"\bback (?:in|into|to) (?:the|my) (?:pit|hole|dark|darkness|void|abyss)\b",
    r"\b(?:think about|forget|notice) how alone i am\b",
    r"\b(?:it is|its|it s|every day is|every morning is) the same hell\b",
    r"\b(?:do not|dont|don t) know what (?:else )?(?:is |s )?left to try\b" + _NOT_FOR,
    r"\bnothing (?:else )?(?:is )?left to try\b" + _NOT_FOR,
    r"\brunning out of (?:options|things to try|one more things|treatments|hope|reasons)\b",
    r"\bwhat is wrong with me (?:that|why) (?:it|they|nothing) (?:did not|didnt|does not|doesnt|"
    r"never)\b",
    r"\b(?:in this country|here|anymore) i have (?:nobody|no one)\b|\bi have (?:nobody|no one) "
    r"(?:here|in this country|left)\b",
    r"\bi want (?:someone|somebody|anyone) to ask (?:me )?how i am (?:actually |really )?doing\b",
)


def own(plain: str) -> bool:
    """The writer's own plan told in passing, with no event it could be about."""
    found = SELF.search(plain) is not None
    found = found or (_READY.search(plain) is not None and _LAST_HOPE.search(plain) is not None)
    return found and _EVENT.search(plain) is None and not _deadline_errand(plain)


def _deadline_errand(plain: str) -> bool:
    """A deadline or a countdown with a task or an event to it."""
    timed = re.search(r"\b(?:myself (?:until|till|til|to|up to)|counting down|clock)\b", plain)
    return timed is not None and _ERRAND.search(plain) is not None


def overdose(plain: str) -> bool:
    """A medicine taken again by mistake, with the body answering now."""
    if _ASKED.match(plain):
        return False  # "if i took it twice, would i bleed": asked, not told
    body = _BODY.search(plain) is not None
    more = _TWICE.search(plain) or _INSTEAD.search(plain) or _STRONGER.search(plain)
    far = _TOO_FAR.search(plain) is not None and _FOOD_DRINK.search(plain) is None
    if (more is not None or far) and body:
        return True
    return _THE_REST.search(plain) is not None and (body or _NO_REASON.search(plain) is not None)


def reported(plain: str) -> bool:
    """Someone else's plan, reported by a moderator, a clinician or a teacher."""
    return OTHER.search(plain) is not None and _CONCERN.search(plain) is not None


def distress(plain: str) -> bool:
    """A low owned, even when asked as a question."""
    return DISTRESS.search(plain) is not None


def ordinary(plain: str) -> bool:
    """What the classifier defers to: a deadline with a task to it, a double dose asked about."""
    if _deadline_errand(plain):
        return True
    return _ASKED.match(plain) is not None and _TWICE.search(plain) is not None


# A player logging off a game "for good": a season over, not a life
_GAME_EXIT = needles.compile(
    r"\b(?:gg|this season|ranked|this game|the game|match|server|patch|lobby)\b"
    r"(?=.*\b(?:log\w* off|quit\w*|uninstall\w*|for good)\b)"
    r"|\b(?:log\w* off|quit\w*|uninstall\w*)\b(?=.*\b(?:gg|this season|ranked|this game|the game|"
    r"match|server|patch|lobby)\b)"
)


def game_exit(plain: str) -> bool:
    """Logging off a game for good, with nothing of life in it."""
    return _GAME_EXIT.search(plain) is not None and _GAME_BUT.search(plain) is None


# ...but not when the goodbye is to more than the game ("i won't be around anymore").
_GAME_BUT = needles.compile(
    r"\b(?:life|around|anymore|any more|forever|goodbye|farewell|myself|die|dying|dead|kill\w*|"
    r"end it|not be here|wont be here|gone|disappear\w*|everyone|everybody)\b"
)


# Someone old told as at peace with dying in its time: no wish to hasten it.
_AT_PEACE = needles.compile(
    r"\b(?:whenever|when) (?:the (?:good )?lord|god|(?:her|his|their) time) (?:calls|comes|"
    r"decides|is ready|wants|takes)\b(?!.*\b(?:hurry|soon|tonight|sooner|asking|pray\w* for)\b)"
    r"|\b(?:go|die|leave|pass) when (?:he|she|they|hes|shes|theyre) (?:is |s |are |re )?ready\b"
    r"(?!.*\b(?:hurry|soon|"
    r"tonight|sooner|plan\w*|pills|gun|rope)\b)"
)


def at_peace(plain: str) -> bool:
    """Death awaited in its time, with nothing to hasten it ("whenever the Lord calls")."""
    return _AT_PEACE.search(plain) is not None
