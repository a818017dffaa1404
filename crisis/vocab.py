"""The building blocks of the crisis rules: intents, acts, filler words, and the guard.

The guard blanks out idioms, negations and third-person uses ("people who want to die",
"killing myself at the gym") before any rule runs, so a rule never has to repeat them.
"""

from __future__ import annotations

import re
from typing import Any

from crisis import needles, phrases


def _any(*alternatives: str) -> str:
    return "(?:" + "|".join(alternatives) + ")"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


class LazyPattern:
    """A regular expression compiled when it is first used (or by ``warm_up``).

    The rules come to a few hundred kilobytes of pattern text, which takes Python over a
    second of CPU to compile: a command that never reads a message (``check-content``, a start
    that stops at a bad setting) should not pay for it.
    """

    __slots__ = ("_compiled", "_source", "parts")

    def __init__(self, source: str, parts: tuple[str, ...] = ()) -> None:
        self._source = source
        self._compiled: re.Pattern[str] | needles.Gated | None = None
        self.parts = parts  # the alternatives it was grouped from, for a union with others

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = needles.compile(self._source)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)  # search, finditer, sub, pattern, ...


# Where a rule's phrase may start: not inside a word.
_START = r"(?<![a-z])"

# Every rule pattern, so that `warm_up` can compile them all before the first message.
_LAZY: list[LazyPattern] = []


def _compile(*alternatives: str) -> LazyPattern:
    """The pattern for alternatives that each begin at the start of a word.

    The leading check lets the engine reject every position inside a word at once, instead of
    trying each of a few dozen alternatives there; it makes the patterns about three times faster.
    Grouping them by first letter (``crisis.phrases``) halves the time again on a long message.
    """
    parts = [part for alternative in alternatives for part in phrases.alternatives(alternative)]
    pattern = LazyPattern(phrases.grouped(parts, _START, "[a-z]"), tuple(parts))
    _LAZY.append(pattern)
    return pattern


class _Union:
    """Several patterns as one search: a union of the grouped ones, then each of the others."""

    __slots__ = ("_grouped", "_loose")

    def __init__(self, grouped: LazyPattern | None, loose: tuple[Any, ...]) -> None:
        self._grouped, self._loose = grouped, loose

    def search(self, text: str) -> bool:
        if self._grouped is not None and self._grouped.search(text) is not None:
            return True
        return any(p.search(text) for p in self._loose)


def union(patterns: list[Any]) -> _Union:
    """One search that finds something exactly when one of ``patterns`` would.

    Their alternatives, grouped again by first letter, are read in one pass over the text instead
    of one pass per pattern; a pattern not made by ``_compile`` is searched on its own, and so is
    an alternative that cannot be grouped (it would be tried at every word of the text): behind
    its needles (``crisis.needles``), most such searches are skipped.
    """
    parts = [p for pattern in patterns if isinstance(pattern, LazyPattern) for p in pattern.parts]
    loose = tuple(p for p in patterns if not (isinstance(p, LazyPattern) and p.parts))
    grouped = [p for p in parts if phrases.groupable(p)]
    apart = tuple(needles.compile(f"{_START}(?:{p})") for p in parts if not phrases.groupable(p))
    if not grouped:
        return _Union(None, loose + apart)
    return _Union(_compile(*grouped), loose + apart)


def warm_up() -> None:
    """Compile every rule pattern now, so that the first message is not kept waiting."""
    for pattern in _LAZY:
        _ = pattern.compiled


# "collecting my meds at the chemist": a prescription picked up, not pills put by. Follows the
# word "collecting" in the rules that read hoarding.
AT_CHEMIST = (
    r"(?!(?=(?: \w+){0,4}? (?:from|at) (?:the |my )?(?:chemist|chemists|pharmacy|drugstore|"
    r"dispensary|gp|surgery|clinic|boots|cvs|walgreens)\b)"
    # ...unless they are then kept back: "collecting them at the pharmacy and keeping them all"
    r"(?!.*\b(?:keep\w*|kept|sav\w*|stash\w*|hoard\w*|not tak\w*|enough|them all|all of "
    r"them)\b))"
)

# Follows a drug's name in the rules that read hoarding: its empty packaging kept for crafts, or
# tablets that are computers ("stockpiling tablets for the school's computer lab").
NOT_THE_DRUG = (
    r"(?! (?:pens? )?(?:box|boxes|bottles|containers|packaging|packets|wrappers|receipts|caps|"
    r"lids|jars|tubs)\b)"
    # ...nor where medicines are stored or counted at work: "kept in the controlled drugs
    # cupboard", "the medicine fridge", "the drug round"
    r"(?! (?:cupboards?|cabinets?|fridges?|trolleys?|registers?|lockers?|rooms?|rounds?|"
    r"charts?|audits?|counts?|books?|keys?)\b)"
    r"(?!(?: \w+){0,6}? (?:computers?|laptops?|ipads?|devices?|screens?|chargers?|students|"
    r"classroom|computer lab)\b)"
)

# Pills and what they come in, by name or by the endings drug names share.
SUBSTANCE = (
    r"(?:pills?|tablets?|meds|medication|medicines?|drugs?|sleeping pills|painkillers|"
    r"paracetamol|tylenol|ibuprofen|aspirin|insulin|xanax|lithium|ketamine|esketamine|k|"
    r"antidepressants|opioids|morphine|supply|doses?|ampules?|bottle|pack|lozenges|troches?|"
    r"\w+(?:ine|pam|lam|amol|adol|anol|olol|ium|yline|pine|done|zole|codamol))"
)

# Not around "much longer this afternoon" with a bus, a flight or a shift to catch: a day's plan,
# unless a last time, a goodbye or pills stand beside it.
TODAY_ONLY = (
    r"(?! (?:much longer |for much longer )?(?:this (?:afternoon|morning|evening)|today|tonight)\b"
    r"(?=.*\b(?:bus|train|flight|plane|shift|meeting|class|appointment|school run|pick up|catch|"
    r"early|battery)\b)(?!.*\b(?:last|forever|goodbye|bye everyone|sorry|pills|for good|never|"
    r"tired of|done with)\b))"
)

# Away for an ordinary reason: "won't be around for the next lesson, work trip" is no farewell.
AWAY_FOR_A_REASON = (
    r"(?!.*\b(?:holiday|trip|travel\w*|busy|work|away|exams?|moving|reschedul\w*|hospital|"
    r"surgery|back (?:on|in|next)|catch up|vacation|conference|wedding)\b)"
)

# An ending named beside an absence: the absence is then no holiday, whatever reason it gives.
ENDING_BESIDE = (
    r"(?=.*\b(?:die|dying|dead|death|kill\w*|suicid\w*|for good|forever|end it|end things|"
    r"miss me|better off|without me|goodbye|not coming back|never come back|no point|hopeless)\b)"
)

# Filler words that may sit between the parts of a phrase: "i just really want to die".
_ADV = (
    r"(?:(?:just|really|so|honestly|seriously|literally|actually|kind of|sort of|genuinely|"
    r"truly|still|even|all|finally|probably|definitely|totally|almost|lowkey|low key|legit|"
    r"sometimes|often|always|constantly|also|very|fucking|fking|fkn|damn|simply|only|now|then|"
    r"too|again|already|secretly|quietly|desperately|badly|sincerely|pretty|quite|a bit|bit|"
    r"tbh|ngl|fr|more and more)\s+)*"
)

# What someone intends, plans or contemplates, before the act itself.
_INTENT = _any(
    r"want(?:s|ed|ing)? to",
    r"going to",
    r"about to",
    r"plan(?:s|ned|ning)? (?:to|on)",
    r"(?:my|the) plan is (?:to|that i will)",
    r"ready to",
    r"decided to",
    r"(?:made up )?my mind (?:up )?to",
    r"need to",
    r"tempted to",
    r"urges? to",
    r"(?:trying|tried|try|attempt(?:s|ed|ing)?|intend(?:s|ed|ing)?) to",
    r"wish i could",
    r"will",
    r"would",
    r"might",
    r"may",
    r"could",
    r"should",
    r"(?:thinking|thought|think|dreaming|fantasi[sz]ing) (?:about|of)",
    r"feel(?:ing)? like",
    r"felt like",
    r"consider(?:ing)?",
    r"contemplat(?:e|ing)",
    r"(?:how|ways?|best way|easiest way|time) to",
    r"i am",
    r"am",
    r"been",
    r"keep",
    r"kept",
    r"started",
    r"(?:tonight|today|tomorrow) i",
)

_PILLS = (
    r"(?:pills|tablets|meds|medication|medicine|sleeping pills|painkillers|paracetamol|tylenol)"
)

# Acts that need an intent before them to mean anything ("end it", "overdose", "jump off").
_ACT = _any(
    r"commit(?:ting)? suicide",
    r"end(?:ing)? (?:it all|it|things|everything|my life|my own life|myself|this life)",
    r"tak(?:e|ing) my (?:own )?life",
    r"overdos(?:e|ing)(?: on)?",
    r"tak(?:e|ing) (?:too many|a handful of|a bunch of|loads of|a lot of|(?:the|a) whole "
    r"(?:bottle|pack|packet|box) of|all (?:of )?(?:my |the )?" + _PILLS + r" (?:at once|tonight|"
    r"together))(?: my| the)? " + _PILLS,
    r"jump(?:ing)? (?:off|from|in front of|under)",
    # "throw myself from the balcony": the jump said with the body as its object
    r"throw(?:ing)? myself (?:off|from|out (?:of )?(?:a |the |my )?window|in front of|"
    r"under (?:a |the )?(?:train|tram|truck|lorry|car)|into the (?:river|sea|water))",
    r"step(?:ping)? in front of",
    # ...into a garage, a drive or a car park is parking, and into the city a trip
    r"driv(?:e|ing) (?:my car |the car )?(?:into|off) (?:a|the)(?! (?:\w+ )?(?:garage|driveway|"
    r"drive|car ?park|carport|parking|car ?wash|workshop|shed|barn|lot|bay|ferry|trailer|city|"
    r"town|village|countryside|station|airport|dealership|showroom|mechanic s|supermarket|"
    r"garden centre|shop)\b(?!.*\b(?:running|engine on|exhaust|fumes|hose|shut|closed|sealed|"
    # ...unless it is driven into the garage's wall, or at speed: a crash, not parking
    r"towels?|tape|walls?|pillar|speed|fast|flat out|floor it|foot down|crash\w*|mph|kmh|"
    r"at \d+)\b))",
    r"crash(?:ing)? my car",
)

# Wanting not to be alive; "die" is weaker than the acts above, so its intents are narrower.
# Not waking before a time or until a holiday is a lie-in, not a death wish.
_WAKE_ERRAND = (
    r"(?! (?:until|till|before|early|late|on time|in time|at \d|for (?:work|school|class)))"
)
_DIE = _any(
    r"die",
    # "want to dye" with nothing to dye is a typo for die
    r"dye(?= *$| right now| so| tbh| tonight| today| already)",
    r"dying",
    r"be dead",
    r"not (?:be )?(?:alive|exist)",
    r"not existing",
    r"not be (?:here|around) (?:anymore|any longer)",
    r"stop existing",
    r"disappear (?:forever|for good|permanently)",
    r"(?:go to )?sleep (?:forever|and never wake up|and not wake up)" + _WAKE_ERRAND,
    r"never wake up" + _WAKE_ERRAND,
    # "wants to lie down and never get up": the same wish, said of the body
    r"(?:lie|lay) down and (?:never|not) (?:get|getting) (?:back )?up(?: again)?" + _WAKE_ERRAND,
    r"not wake up" + _WAKE_ERRAND,
    r"be gone",
    r"cease to exist",
    # buried, as the bush and the barracks say dead: "rather be six foot under than face the bank"
    r"be (?:six (?:foot|feet) under|in (?:a |the |my )?(?:pine box|wooden box|coffin|grave)|"
    r"pushing up (?:the )?daisies)",
)
_DIE_INTENT = _any(
    r"want(?:s|ed|ing)? to",
    r"wish i could",
    r"wish to",
    r"ready to",
    r"plan(?:ning)? to",
    r"decided to",
    r"deserve to",
    r"should",
    r"need to",
    r"long to",
    r"hope to",
    r"would rather",
    r"rather",
    r"feel(?:ing)? like",
)
# "I'd rather die than sing karaoke" is hyperbole; "...than live like this" is not.
_NOT_TRIVIAL_THAN = (
    r"(?! than (?!live|living|go on|going on|keep|continue|feel|face|be alive|exist|wake|"
    # "...than go back to the camp": a life to return to, not an errand
    r"go back (?:to )?(?:the camp|camp|prison|jail|that (?:place|life|house|country)|him|her|them|"
    r"the war|war|my country|the streets|the ward)))"
)

# A day's exertion or a big meal, after which one "wants to lie down and never get up".
_WORN_OUT = (
    r"(?:hike|hiking|run|marathon|workout|gym|leg day|shift|double|moving day|house move|move|"
    r"weekend|sunday|sofa|couch|food coma|dinner|lunch|feast|christmas|thanksgiving|festival|"
    r"wedding|party|hangover)"
)

_BE_DEAD = r"(?:dead|gone|never born|never been born|not born|not alive|not here|not around)"


# Idioms and third-person or negated uses that contain a crisis phrase but are not one.
# Whatever matches is blanked out before the patterns run.
_THIRD_PERSON = (
    r"(?:people|patients|someone|somebody|anyone|anybody|everyone|those|person|persons|"
    r"individuals|others|users|folks|he|she|they|you|who|many|most|adults|teens|teenagers|kids|"
    r"children|men|women|veterans|clients)"
)
_GUARD = _compile(
    # "people who want to die", "you feel suicidal", "patients having suicidal thoughts"
    r"\b" + _THIRD_PERSON + r" (?:who |that )?(?:(?!i\b)\w+ )?(?:want|wants|wanted|wanting|"
    r"wish|wishes|wished|feel|feels|feeling|felt|are|is|was|were|be|been|become|becomes|get|"
    r"gets|getting|experienc\w*|have|has|had|having|think|thinks|thinking|thought|struggle|"
    r"struggles|struggling|deal|deals|dealing|suffer|suffers|suffering|commit|commits|attempt|"
    r"attempts|attempted)\b",
    # ...and the same people named by what they live with: "what percentage of people with
    # chronic pain have suicidal thoughts", "veterans in pain experience suicidal ideation"
    # ...unless the writer counts themselves in: "and so do i", "like me", "i have them too"
    r"\b(?:people|patients|adults|teens|teenagers|veterans|men|women|individuals|those|users|"
    r"clients|sufferers) (?:with|in|on|after|living with|taking) (?:(?!(?:i|me|my|myself)\b)"
    r"\w+ ){1,4}?(?:who |that )?(?:(?:are|were) )?(?:(?:more|less|as) )?(?:likely to |at (?:a )?"
    r"(?:higher |greater )?risk (?:of|for) )?(?:have|has|had|having|experienc\w*|get|gets|feel|"
    r"feels|feeling|become|becoming|be|report|"
    r"reports|develop|develops|think|struggle|struggles|attempt|attempts|die|dies)\b"
    # (read once the people and their verb are found, so a long message is not rescanned)
    r"(?!.*\b(?:so do i|so am i|me too|myself included|including me|like me|i am one of them|"
    r"i do too|i have them|i get them|i feel it|i feel that)\b)",
    # modal verbs only after pronouns and generic nouns, so "i wish someone would kill me" stays
    r"\b(?:you|people|patients|they|he|she|one|users) (?:could|would|might|can|will|may|"
    r"should)\b",
    # negated intent: "i am not going to kill myself", "not suicidal", "i do not want to die";
    # never "trying not to" or "to not", which are pleas, not denials
    r"(?<!trying )(?<!try )(?<!tried )(?<!how )(?<!hard )\b(?:not|never|no longer) "
    r"(?:going to |planning to |want to |wanting to |wish to |actually |ever |really |be )?"
    r"(?:kill myself|suicidal|die|hurt myself|self harm\w*|commit suicide|end my life)\b",
    r"\bused to (?:be |feel )?(?:suicidal|self harm|cut myself|want to die)\b",
    # idioms
    r"\bdying (?:to|for)\b",
    # tired out by a day's exertion or a big meal, not a wish to die: "after this hike i want to
    # lie down and never get up"
    r"\b(?:lie|lay) down and (?:never|not) (?:get|getting) (?:back )?up\b(?=.*\b"
    + _WORN_OUT
    + r"\b)",
    r"\b(?:after|from) (?:(?:this|that|the|a|my|today s|todays|all (?:this|that|the)) )?(?:\w+ )?"
    + _WORN_OUT
    # ...the words between blanked too, so none of them may be a crisis's own
    + r"\b(?: (?!(?:kill|die|dead|end|suicid\w*|overdos\w*|myself|pills)\b)\S+){0,6}? (?:lie|lay) "
    r"down and (?:never|not) (?:get|getting) (?:back )?up\b",
    r"\b(?:die|died|dying|dies) (?:of|from) (?:laughter|laughing|embarrassment|shame|boredom|"
    r"cringe|cuteness|curiosity|thirst|hunger|heat|jealousy|envy)\b",
    r"\b(?:die|died|dying) laughing\b",
    r"\bbored to death\b",
    r"\bto die for\b",
    r"\bdie for (?:a|an|some|this|that|my|your|his|her|our|the|you|him|them|it|pizza|coffee|"
    r"chocolate|cake|food|love)\b",
    r"\b(?:die|dye|dying|dyeing|dyed) (?:my|her|his|the|your|our) (?:hair|clothes|shirt|jeans|"
    r"beard|eyebrows|roots)\b",
    r"\bdie hard\b",
    r"\bdie on (?:this|that|the|a|every) hill\b",
    r"\bsuicide (?:squad|prevention|rates?|risk|statistics|hotline|helpline|awareness|research|"
    r"warning)\b",
    r"\bkill(?:ing|ed)? myself (?:laughing|with laughter|to (?:finish|get|make|meet|pay|keep|"
    r"hit|please)|at (?:work|the gym|the office)|over (?:this|that|it|work|my (?:thesis|essay|"
    r"job|work))|working|studying)\b",
    r"\b(?:been |am )?killing myself (?:at|in) (?:the )?(?:gym|work|office)\b",
    r"\bshoot myself in the foot\b|\bshot myself in the foot\b",
    # buried in work or a comfort, not water: "i drown myself in coffee every morning"
    r"\bdrown(?:s|ed|ing)? myself in (?:(?:my|the|a|so much|black|iced|hot|uni|school|extra|"
    r"cheap|strong|sweet) ){0,2}(?:work|coffee|caffeine|espresso|tea|books?|novels?|stud\w*|"
    r"paperwork|homework|assignments?|deadlines?|projects?|tasks?|emails?|overtime|music|"
    r"podcasts?|games?|gaming|netflix|tv|shows?|series|anime|chocolate|ice cream|sweets|snacks|"
    r"candy|perfume|cologne|sunscreen|lotion|moisturi[sz]er|blankets?|hoodies|sauce|hot sauce|"
    r"ketchup|gravy|cheese|energy drinks?|hobbies|knitting|crafts|training|revision|chores)\b",
    # "if you put a gun to my head i could not name one": a question one can't answer
    r"\bif (?:you|someone|somebody|anyone|they) (?:put|puts|held|holds|pointed|points) a (?:gun|"
    r"knife|pistol) to my head\b(?=(?: \S+){0,3}? (?:i )?(?:could not|can not|would not|could "
    r"never|would never|still could not|still can not) (?:\w+ )?(?:name|tell|say|remember|pick|"
    r"choose|find|explain|sing|spell|answer|guess|list)\b)",
    r"\b(?:cut|cutting) myself (?:some|a little|a bit of|any|a) (?:slack|slice|piece|break|"
    r"deal)\b",
    r"\b(?:cut|cutting) myself off\b",
    r"\bburn(?:ed|t|ing)? myself out\b",
    r"\baccident(?:al)?ly (?:cut|burn\w*|hurt\w*)\b",
    r"\b(?:cut|burned|burnt|burn|hurt|scratched) myself (?:really |badly |a bit |a little )?"
    r"(?:shaving|cooking|chopping|slicing|peeling|opening|making|ironing|gardening|skiing|"
    r"running|playing|lifting|working out|training|climbing|falling|during|while|when|"
    r"by accident|accidentally|at (?:the |work|football|practice|training)|in (?:the )?"
    r"(?:kitchen|gym|garden|game|match)|on (?:a|an|the|some) (?:knife|paper|glass|stove|oven|"
    r"pan|kettle|iron|tin|can|nail|fence|grill|hob|toaster|barbecue|bbq|edge|corner|table))\b",
    r"\bend (?:it|things) (?:with|here|there|for (?:now|today|the day|this week)|early|"
    r"at (?:the|this)|after|on a (?:high|good))\b",
    r"\b(?:tak(?:e|ing)|took) my (?:own )?life (?:back|in|into|to|seriously|more|forward|"
    r"savings|story|experience)\b",
    r"\b(?:in|at) the end it all\b",
)
