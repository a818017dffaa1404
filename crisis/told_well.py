"""Everyday news that borrows distress's words but ends well or is about nothing of the writer's.

The classifier and the distress rules read "stomach in knots", "scared", "not ok", "low", "lost"
or "burnt out" as distress. Each shape here tells a message whose hard word is spent before it
ends, or is about a game, a story or an errand:

- a hard thing with its good ending told: "in knots all day over my driving test, but i passed!!",
  "my toddler finally sleeps through the night, i feel human again", "a mild low, had some juice
  and went back to sleep";
- a burnout or a low stretch told as past, and the writer fine now: "burnt out last year, took
  3 months off, therapy. genuinely okay now";
- a dark time years past, told with gratitude now: "back in 2019 i was right at the edge... just
  feeling grateful";
- a fear faced and done: "scared of heights but did the skywalk anyway";
- a match, a final or an online game lost: "we lost the grand final. im dead. gutted lol",
  "lost 6 games in a row, my rating is in free fall";
- a character who dies in a show, a book, a fic or a tabletop game, cried over: "the anime where
  the main character dies in ep 12 and i am NOT ok 😭", "our dnd bard sacrificed herself";
- an errand: a tradesman to recommend, a lesson that did not arrive, an insulin pen's needles.

Four more shapes the classifier reads as risk are excused for it too (``ordinary``): a goodbye on
a workplace's last day ("goodbye everyone, last day at the firm is friday!", ``job_left``, which
also lifts the goodbye rule when nothing of a life's end is beside it), a date set for a birth or
a procedure ("set the date: my c-section is on the 14th") or a plan of an everyday kind made
("my business plan is ready and im calm"), a blow told as the best
thing that happened ("getting laid off was honestly the best thing that happened to me"), and a
famous line quoted with a laugh ("quote stuck in my head: 'i'm not afraid to die...' lol woody
allen").

None of them is quiet beside a strong word of the writer's own trouble (hopeless, can't cope,
every day, want to die): a message that tells both still gets the caring reply. Read on
normalised text (see ``crisis.normalise``); used by ``crisis.by_model`` and, for the goodbye
rule only, by ``crisis.assess``. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# The good ending: a test passed, sleep back, "human again", "okay now".
_ENDED_WELL = needles.compile(
    r"\b(?:but|and|finally|anyway) (?:i |we )?(?:passed|nailed it|got the (?:job|place|"
    r"offer|visa))\b"
    # ...felt, not hoped for: not "i wonder if i'll ever feel normal again"
    r"|(?<!ever )(?<!will )(?<!to )(?<!could )(?<!never )(?<!would )(?<!might )(?<!not )"
    r"\bfeel (?:like )?(?:a )?(?:human|myself|normal) again\b"
    r"|\bwent (?:straight )?back to sleep\b"
    r"|\b(?:genuinely|honestly|totally|really|completely|feeling|doing) (?:okay|ok|fine|good|"
    r"well|better) now\b(?! (?:but|and then|until)\b)"
    r"|\bbarely (?:feel|felt|notice|noticed) (?:it|them|a thing)\b"
)
# A dark time told as years past, and gratitude now: "back in 2019 i was right at the edge and my
# sister drove 6 hours to get me. it's her birthday today, just feeling grateful"
_YEARS_PAST = needles.compile(
    r"\b(?:back in (?:19|20)[0-9]{2}|in (?:19|20)[0-9]{2}|(?:\d+|a few|some|two|three|four|five|"
    r"many) years ago|when i was (?:\w+ )?\d+|as a (?:teen|teenager|student))\b"
)
_GRATEFUL_NOW = needles.compile(
    r"\b(?:feeling|feel|so|just|forever|very|really|eternally) (?:grateful|thankful)\b"
)
# A fear faced: "scared of heights but did the glass skywalk anyway"
_FEAR_FACED = needles.compile(
    r"\b(?:scared|terrified|afraid|frightened) of (?:heights|flying|spiders|needles|water|"
    r"snakes|dogs|the dentist|public speaking|rollercoasters|roller coasters|the dark)\b"
    r"(?: \S+){0,8}? (?:anyway|regardless|still did|did it|went for it)\b"
)
# A match, a final or a game lost: the loss is the team's or the rating's
_GAME_LOST = needles.compile(
    r"(?:\b(?:we|i|they|the team|my team) |^)(?:just )?lost (?:the |our |another |a |\d+ |six |"
    r"five )?"
    r"(?:grand final|final|finals|match|matches|game|games|derby|cup|semi|semis|semi final|"
    r"league|tournament|quiz)\b"
    r"|\b(?:rating|elo|rank|ranking|mmr)\b(?: \S+){0,3}? (?:free ?fall|tanked|dropped|tanking)\b"
)
# A character's death in a story: "the anime where the main character dies in ep 12", "the fic with
# the major character death tag destroyed me", "our dnd bard sacrificed herself", "someone just
# flatlined again lmao these writers". Crying at a story is the story's doing.
_STORY = needles.compile(
    r"\b(?:anime|manga|show|series|film|movie|book|novel|episode|ep|season|finale|drama|kdrama|"
    r"sitcom|fic|fanfic|ao3|dnd|d d|campaign|session|bard|paladin|writers|plot|arc)\b"
)
_STORY_DEATH = needles.compile(
    r"\b(?:character|characters|hero|heroine|protagonist|mc|villain|bard|paladin|cleric|wizard|"
    r"rogue|someone|dog|[a-z]+ s (?:mum|mom|dad))\b(?: \S+){0,3}? (?:dies|died|gets killed|was "
    r"killed|is killed|killed off|flatlined|sacrificed (?:himself|herself|themselves))\b"
    r"|\bcharacter death\b|\bkilled off (?:my |the |a |their )?(?:\w+ )?(?:character|hero|"
    r"heroine|protagonist|mc|villain)\b"
)
# ...unless the writer's own life is in it
_STORY_BUT = needles.compile(
    r"\b(?:hopeless|worthless|numb|can not (?:cope|go on|function|get out of bed)|want to die|"
    r"wish i (?:was|were) (?:dead|them|him|her)|every (?:day|night)|reminded me of|my own|"
    r"real life|irl|like me|suicid\w*|lonely|alone)\b"
)


# Errands: a tradesman to recommend, a lesson that did not come, a diabetic's kit.
_ERRAND = needles.compile(
    r"^(?:does )?(?:anyone|anybody|any one) (?:know|recommend|got|have) (?:a |any )?(?:good |"
    r"decent |reliable |cheap )?(?:mechanic|plumber|electrician|dentist|barber|hairdresser|"
    r"builder|garage|vet|tailor|cleaner|childminder|roofer|locksmith)\b"
    r"|\b(?:did not|have not|never) (?:get|got|receive|received) (?:the )?(?:day|lesson|module|"
    r"email|link|message|reminder) ?\d*\b"
    r"|\b(?:insulin|cgm|glucose|blood sugar|pen needles|lancets?|libre|dexcom)\b"
)
# The writer's own trouble beside it: then the caring reply stays.
_STILL_HURTING = needles.compile(
    r"\b(?:hopeless|worthless|empty|numb|can not (?:cope|go on|stop crying|function|get out of "
    r"bed)|want to die|wish i was dead|no point|every (?:day|night|morning)|all the time|"
    r"struggling|falling apart|alone|lonely|panic|crying (?:all|every)|reminded me of|"
    r"still (?:not|hurts|struggling|sad|low)|but (?:still|now) (?:i am )?(?:not|sad|low|scared|"
    r"struggling)|depress\w*|suicid\w*|self harm\w*|hate (?:myself|my life|this|it)|miserable|"
    r"sick of|fed up|tired of|overwhelm\w*|exhausted|cry\w*|sob\w*)\b"
)


def quiet(plain: str) -> bool:
    """Whether a message the classifier or a distress rule read as distress is one of the
    everyday shapes above, with no strong word of the writer's own trouble."""
    if _STORY.search(plain) and _STORY_DEATH.search(plain) and not _STORY_BUT.search(plain):
        return True  # a story's death, cried over: the story's doing
    if _STILL_HURTING.search(plain) is not None:
        return False
    if _ENDED_WELL.search(plain) or _FEAR_FACED.search(plain) or _GAME_LOST.search(plain):
        return True
    if _YEARS_PAST.search(plain) and _GRATEFUL_NOW.search(plain) and not _RISK.search(plain):
        return True  # "back in 2019 i was at the edge... just feeling grateful"
    if _BLESSING.search(plain) and _RISK.search(plain) is None:
        return True
    return _ERRAND.search(plain) is not None


# A date set for a birth or a procedure: the date is the booking's.
_BOOKED = needles.compile(
    r"\b(?:set|picked|chosen|booked|got) (?:a |the )?date\b(?: \S+){0,3}? (?:my|our|her|the) "
    r"(?:c section|caesarean|cesarean|induction|procedure|scan|vasectomy|extraction)\b"
)
# A plan named by its everyday kind, made: "my business plan is ready and im calm"
_PLAN_NAMED = needles.compile(
    r"\b(?:business|wedding|travel|study|lesson|meal|workout|training|marketing|project|savings|"
    r"budget|retirement|birth|revision|diet|trip|holiday|vacation|seating|floor|lesson|care|"
    r"exercise|fitness|pension|payment|repayment|debt|house|moving|garden|game|content|essay) "
    r"plans? (?:is |are |was |s )?(?:all )?(?:ready|done|finished|set|sorted|made|in place|"
    r"approved|signed off|complete|completed|written)\b"
)
# A blow told as the best thing that happened: a layoff, a breakup, a failed exam
_BLESSING = needles.compile(
    r"\b(?:getting |being )?(?:laid off|fired|made redundant|dumped|divorced|rejected|failing)\b"
    r"(?: \S+){0,3}? (?:the best thing|a blessing|the push i needed)\b"
)
# A famous line quoted with a laugh and a name: the "i" in it is the speaker's, not the writer's.
_QUOTE_FRAME = needles.compile(
    r"\b(?:quote|quoting|line from|as \w+ (?:\w+ )?(?:said|says)|favou?rite line)\b"
)
_LAUGH = needles.compile(r"\b(?:lol|lmao|haha\w*|classic|genius|iconic)\b")
# ...unless the writer takes it as theirs: "so me", "relatable", "honestly same"
_TAKEN_AS_MINE = needles.compile(
    r"\b(?:so me|literally me|relatable|same|mood|me fr|that is me|how i feel|i feel|i mean it|"
    r"but (?:seriously|honestly|for real))\b"
)
# The rules' worst words still count: "quote of the day lol: i'm done, goodbye"
_RISK = needles.compile(
    r"\b(?:suicid\w*|kill myself|end it|tonight|goodbye|pills|rope|gun|note|plan|ready)\b"
)


def ordinary(plain: str) -> bool:
    """A date set for a birth or a procedure, a blow told as a blessing, a workplace's last day,
    or a famous line quoted with a laugh: what the classifier's reading of risk defers to."""
    if job_left(plain):
        return True  # its goodbye is the workplace's
    named = _PLAN_NAMED.search(plain) is not None
    plain = _PLAN_NAMED.sub(" ~ ", plain)  # its "plan" is the business's, not a word of risk
    if _RISK.search(plain) is not None or _STILL_HURTING.search(plain) is not None:
        return False
    if _BOOKED.search(plain) or _BLESSING.search(plain) or named:
        return True
    quoted = _QUOTE_FRAME.search(plain) is not None and _LAUGH.search(plain) is not None
    return quoted and _TAKEN_AS_MINE.search(plain) is None


# A workplace left, said goodbye to: "goodbye everyone, last day at the firm is friday!"
_LAST_DAY_AT = needles.compile(
    r"\blast day (?:at|in|with) (?:the |my |this |our )?(?:firm|office|job|company|work|shop|"
    r"store|practice|agency|bank|hospital|clinic|lab|team|department|branch|school|station)\b"
    # ...or the last shift before retiring: "last shift at the hospital tonight before i retire"
    r"|\blast (?:shift|day|week|night shift) (?:\w+ ){0,5}?(?:before|then) (?:i |i am )?"
    r"(?:retire|retiring|start|move|leave for|head to)\b"
    r"|\bwrong (?:chat|group|thread)\b"
)
# ...with nothing of a life's end in it
_LAST_DAY_BUT = needles.compile(
    r"\b(?:forever|for good|for ever|world|everything|life|alive|forgive|tired|pills|rope|gun|"
    r"note|letters?|end|anymore|any more|not be (?:here|around)|gone|permanent\w*|nothing|"
    r"after that|and then|last day of "
    r"(?:my|me)|sorry for)\b"
)


def job_left(plain: str) -> bool:
    """A goodbye to a workplace on its last day (or sent to the wrong chat), with nothing of a
    life's end beside it."""
    return _LAST_DAY_AT.search(plain) is not None and _LAST_DAY_BUT.search(plain) is None
