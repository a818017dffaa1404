"""An overdose told in street, prison or pub words, with the body answering now: the full reply.

People who use drugs, and people just out of prison, tell an overdose by what they did and
what it is doing to them, seldom by the word: "did 2 bags and my methadone, mate says my lips
look blue", "mixed spice with my meds on the wing and my heart is going mad", "accidentally
doubled my tramadol then had a few at the pub, heart's going mental". The other rules know
pills with drink, or a named party drug with a symptom; these read:

- more than one substance taken together (heroin by its bags, methadone, spice, a medicine, a
  drink), or one taken doubled or "too much", and
- the body now: lips blue, a heart "going mad", "don't feel right", can't stay awake, breathing
  slow or strange, everything going dark.

"Overdid" two medicines, "went blue" as a friend saw it, and Jamaican Patois ("mi tek nuff a di
pills dem wid di rum. mi cyaan feel mi hands") are told the same way. Someone else seen collapsed
after a drug and not waking or breathing right ("guy at the afterparty collapsed after G and
alcohol, not waking up"), or found collapsed with a syringe or empty packets beside them, is the
helpers' overdose; "what do you do if someone passes out" is a question, and stays out.

A prescription taken all at once by its slang name ("had my whole script in one go") is an
overdose with or without a sign. A downer alone (heroin, fentanyl, methadone, benzos) is enough
with a grave sign (blue lips, "gouching out", a fit, can't keep one's eyes open), and so is the
first use after prison, rehab or a detox at the old amount, when tolerance is gone; spice is
enough with any sign. Two drugs named together to open the message ("k and g at a party ...
my breathing feels really slow") are taken, the verb left unsaid, with a grave sign.

Accidental or not, that is an overdose for the emergency reply. Lookalikes stay quiet: a
question asked before ("if I mix them, would my heart race?"), a time long past or clean since,
a heart racing after a run, a medicine taken as prescribed, a drink and a meal. Someone else
named as the one who took it ("my mate did 2 bags and his lips are blue") gets the reply for
helpers (``theirs``). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

import re

from crisis import needles

# Drugs and medicines as people name them; a "bag" or a "point" is heroin's measure.
_DRUG = (
    r"(?:heroin|gear|smack|brown|\d+ (?:bags|points|bits|baggies)|methadone|meth|done|bupe|"
    r"buprenorphine|subutex|suboxone|fent\w*|spice|mamba|k2|synthetic\w*|tramadol|trammies|"
    r"codeine|cocodamol|co codamol|morphine|oxy\w*|opioids?|opiates?|pregab\w*|gabapentin|gabbies|"
    r"xanax|xans|bars|benzos?|diazepam|valium|vallies|street valium|etizolam|pills|meds|"
    r"\w{3,}(?:pine|pram|xetine|zepam|zolam|lone|done)|"
    r"medication|tablets|tabs|painkillers|sleeping pills|tablet dem|pill dem|\w{3,}pam|\w{3,}lam|"
    r"\w{2,}adol|"
    r"crack|coke|"
    r"ket|ketamine|ghb|g)"
)
_DRINK = (
    r"(?:drinks?|beers?|pints?|cans|wine|vodka|whiske?y|gin|rum|cider|booze|alcohol|shots|"
    r"a few|a couple|"
    # Australian, British and South African drink as the pub says it
    r"tinnies|tinny|tins|stubbies|stubby|a slab|slab|goon|grog|bevvies|bevs|piss|dop|dops|"
    r"papsak|brannas|lagers?|jager\w*|tequila|"
    # a night's drinking as the drink: "did G after drinking"
    r"(?<=after )drinking(?! (?:coffee|water|tea|juice|milk|an energy|energy|red bull|monster))|"
    r"the drink)"
)
_SUBSTANCE = needles.compile(r"\b(?:" + _DRUG + r"|" + _DRINK + r")\b")
_DRUG_RE = needles.compile(r"\b" + _DRUG + r"\b")
# a downer, whose overdose shows in the lips and the breath even taken alone
_DOWNER = needles.compile(
    r"\b(?:heroin|gear|smack|\d+ (?:bags|points|baggies)|methadone|fent\w*|oxy\w*|opioids?|"
    r"opiates?|morphine|tramadol|codeine|spice|mamba|k2|benzos?|xanax|xans|bars|etizolam|"
    r"street valium|ghb)\b"
)
# a verb of taking, ahead of the first substance
_TAKING = needles.compile(
    r"\b(?:did|done|took|taken|had|used|smoked|injected|shot up|snorted|mixed|mixing|combined|"
    r"doubled|dropped|necked|drank|swallowed|popped|on top of|overdid|overdone|over did|"
    # Jamaican Patois: "mi tek nuff a di pills dem wid di rum"
    r"tek|teck|tek up|nyam|"
    # the drug bought was not what it was sold as: "the gear was cut with fent"
    r"cut with|laced with|spiked with|mixed with)\b"
)
# one substance, more than meant
_MORE = needles.compile(
    r"\b(?:doubled|double dosed|double dose|took double|had double|too much|too many|way more|"
    r"more than (?:usual|normal|i meant|i should|prescribed)|extra)\b(?: \S+){0,3}? "
    + _DRUG
    + r"\b"
    r"|\b" + _DRUG + r"(?: \S+){0,2}? (?:too much|too many|twice|doubled)\b"
    # ketamine by its one letter, only right after "too much": "way too much k plus alcohol"
    r"|\b(?:way |far )?too much k (?:plus|with|and|on top of|mixed with) "
)
# the body now
_BLUE = (
    # the whole person gone blue, told by whoever saw it: "my mate says i went blue for a sec"
    r"|\b(?:i|he|she|they|you) (?:\w+ )?(?:went|turned|going|gone|was going|were going) "
    r"(?:blue|purple)\b(?! (?:team|shirt|kit|hair|line|badge|belt|with))"
)
_BODY = needles.compile(
    r"\b(?:lips?|face|fingers|nails) (?:\w+ )?(?:look |looks |are |is |going |gone |turning |"
    r"turned )?(?:blue|purple|grey|gray)\b"
    + _BLUE
    + r"|\bhearts? (?:is |s )?(?:going|beating|doing) (?:\w+ )?(?:mad|mental|crazy|nuts|haywire|"
    r"wild|like mad|like crazy|too fast|so fast|weird|funny|flips|somersaults)\b"
    r"|\bhearts? (?:is |s )?(?:racing|pounding|thumping|banging)\b"
    r"|\b(?:lips|face|legs|arms|body|tongue) (?:\w+ )?(?:going |gone |are |is |feel |feels )?numb\b"
    r"|\b(?:do not|dont|don t|not) feel (?:right|ok|okay|good|normal)\b(?: at all)?"
    r"|\bfeel (?:really |very |so |super |proper |well )?(?:wrong|weird|strange|off|"
    r"like i am dying|like im dying)\b"
    r"|\bcan not (?:keep my eyes open|stay awake|breathe (?:properly|right)|feel my \w+|stand up)"
    # Jamaican Patois: "mi cyaan feel mi hands", "mi cyaan ketch mi breath"
    r"|\b(?:cyaan|cyan|kyaan|caan) (?:feel (?:mi|my) \w+|breathe|breath|ketch (?:mi|my) breath|"
    r"stand up|stay awake|keep (?:mi|my) eye\w* open)"
    r"|\b(?:everything|the room|room) (?:is |s |keeps )?spinning\b"
    r"|\bbreathing (?:is |feels |sounds )?(?:really |so |very |super |proper |quite )?(?:slow|"
    r"slowed|shallow|weird|funny|strange|wrong|off)\b"
    r"|\b(?:everything|it) (?:is |s )?going (?:dark|black)\b|\bkeep (?:nodding|passing|blacking) "
    r"(?:out|off)\b|\b(?:passing|blacking) out\b|\bchest (?:is |feels )?(?:tight|heavy|hurts)\b"
)
# "gouching out after some fent": the drug named after the body
_AFTER_DRUG = needles.compile(r"\b(?:after|from|on) (?:some |the |that |my )?" + _DRUG + r"\b")
# ...the grave signs, which one downer is enough for
_GRAVE = needles.compile(
    r"\b(?:lips?|face|fingers|nails) (?:\w+ )?(?:look |looks |are |is |going |gone |turning |"
    r"turned )?(?:blue|purple|grey|gray)\b"
    + _BLUE
    + r"|\bcan not (?:keep (?:my|his|her) eyes open|stay "
    r"awake|wake (?:him|her|them) up)|\bbreathing (?:is |feels |sounds )?(?:really |so |very |"
    r"super |proper |quite )?(?:slow|slowed|shallow)|"
    r"\b(?:everything|it) (?:is |s )?going (?:dark|black)\b|\bkeeps? (?:nodding|passing|blacking) "
    r"(?:out|off)\b|\b(?:gouching|gouched|gauching|nodding) (?:out|off)\b|\b(?:fitting|seizing|"
    r"convulsing|having (?:a )?fits?)\b|\bwill not wake up\b"
)
# two drugs named together to open the message, ketamine by its one letter too: "k and g at a
# party", the taking left unsaid
_LISTED = needles.compile(
    r"^(?:" + _DRUG + r"|k) (?:and|n|plus|with|on top of|\+) (?:" + _DRUG + r"|k)\b"
)
# a drug that is an emergency with any sign of the body: spice, and the downers
_HARSH = needles.compile(r"\b(?:spice|mamba|k2|synthetic\w*)\b")
# tolerance lost: the first use after prison, rehab or a detox, at the old amount
_TOLERANCE = needles.compile(
    r"\b(?:first (?:hit|go|bag|dig|time using|use|shot)|since (?:getting|i got|coming|i came) out|"
    r"after (?:\w+ ){0,3}?(?:inside|clean|rehab|detox|prison|jail|custody)|(?:my )?(?:old|usual|"
    r"normal) (?:amount|dose|bit|hit) (?:from )?(?:before|like before)?|same as before i went "
    r"(?:in|inside|away))\b"
)
# asked before, or told as long past: "if i mix them would my heart race", "years ago, clean now"
_ASKED = needles.compile(
    r"^(?:if|what (?:happens|would happen|if)|would|can|could|is it (?:safe|ok|okay|dangerous|"
    r"bad) to|should i|does|do)\b"
)
_PAST = needles.compile(
    r"\b(?:years ago|last (?:year|summer|winter)|used to|back when|back in|when i was using|"
    r"in my using days|clean (?:for|since|now)|sober (?:for|since|now)|\d+ (?:years|months) "
    r"(?:clean|sober)|that was|in the past)\b"
)
# "after my run", "as prescribed": the heart has a reason
_REASON = needles.compile(
    r"\b(?:as prescribed|prescribed dose|after (?:my |a |the )?(?:run|gym|workout|jog|stairs|"
    r"coffee|espresso|yoga|meditat\w*|breathwork|pilates)|at the gym|watching the (?:match|game|"
    r"film|movie)|exam|interview|on the "
    r"pitch)\b"
)
# another person as the one who took it, and the writer's own body nowhere
_THEIRS = needles.compile(
    r"\b(?:my (?:mate|friend|brother|sister|son|daughter|partner|boyfriend|girlfriend|husband|"
    r"wife|dad|mum|mom|cellmate|cellie|pad mate|padmate|flatmate|roommate|cousin)s?|he|she|they)"
    r" (?:just |has |have |had |s |would |d )?(?:did|done|took|taken|had|used|smoked|injected|"
    r"snorted|mixed|doubled|necked|drank|swallowed|popped)\b"
)
# ...unless the writer's own body is the one answering
_MINE = needles.compile(
    r"\bmy (?:lips|heart|chest|face|breathing|fingers)\b|\bi (?:do not|can not|feel|am|keep)\b"
)


# "had my whole script in one go": a prescription by its slang name, all of it at once
_SCRIPT = needles.compile(
    r"\b(?:took|taken|had|necked|swallowed|downed|drank|done|did|popped) (?:\S+ ){0,3}?(?:my |"
    r"the |a |his |her )?(?:whole|entire|full|all (?:of )?(?:my|the|his|her)|week s|weeks|"
    r"fortnight s|month s|two weeks|2 weeks) (?:\w+ )?script\b(?! (?:changed|reviewed|renewed|"
    r"sent|cancelled|canceled|written|filled|collected|picked|sorted|upped|lowered|increased|"
    r"reduced|to|for|from|at|in to|into|over)\b)"
)
# ...a script of a film, a play or an audition
_SCRIPT_NOT = needles.compile(
    r"\b(?:film|play|show|audition\w*|lines|rehears\w*|scene|episode|read|learn\w*|wrote|"
    r"writ\w*|cast|director|actor|acting|python|code|bash)\b"
)


# Street words with an everyday sense, blanked before reading: a chocolate or protein bar (not
# Xanax), spice in a latte or a chilli (not the synthetic on the wing), K2 the mountain, "behind
# bars", and one's usual medicine at its usual dose (unless tolerance is gone, ``_TOLERANCE``).
_SNACK = needles.compile(
    r"\b(?:mars|protein|snickers|chocolate|choc|cereal|granola|energy|candy|nut|nutri ?grain|"
    r"flapjack|twix|muesli|breakfast|snack|sweet|fruit|oat|kit ?kat|milky way|bounty|lion|"
    r"crunchie|dairy milk|wispa|yorkie|fudge|toffee|ice cream|lolly|lollies|soap|gold|monkey|"
    r"parallel|handle ?bars?|behind|salad|sports|cocktail|wine|karaoke|tapas) "
    r"bars?\b"
)
_FOOD = needles.compile(
    r"\b(?:latte|lattes|chai|pumpkin|cinnamon|chilli|chili|curry|curries|sauce|recipe|cook\w*|"
    r"season\w*|dish|soup|stew|rub|marinade|pepper|jalapeno|hot wings|takeaway|nando s|nandos|"
    r"kebab|salsa|masala|tea|cake|biscuits?|spice girls?|spice rack|spices)\b"
)
_SMOKED = needles.compile(r"\b(?:smok\w*|toke\w*|vap\w*|joint|spliff|roll\w*) (?:\w+ )?spice\b")
_CUSTODY = needles.compile(
    r"\b(?:wing|cell|pad|landing|jail|prison|inside|bang up|padmate|cellie)\b"
)
_MOUNTAIN = needles.compile(
    r"\bk2 (?:base|camp|trek\w*|expedition|summit|climb\w*|peak|mountain|route)\b|"
    r"\b(?:climb\w*|summit\w*|trek\w*|hik\w*) (?:up )?k2\b"
)
# "gear" that is kit: packed for a hike, a climb, a camera bag
_KIT = needles.compile(
    r"\b(?:hike|hikes|hiking|trek\w*|camping|climbing|fishing|camera|rucksack|backpack|packed|"
    r"packing|skiing|tent|gig|band|drums?|amp)\b"
)
_USUAL_WORD = needles.compile(
    r"\b(?:usual|normal|regular|daily|nightly|prescribed|morning|evening|bedtime)\b"
)
_USUAL = needles.compile(
    r"\b(?:my |the |our )?(?:usual|normal|regular|daily|nightly|prescribed|morning|evening|"
    r"bedtime) "
    r"(?:dose of |amount of |\d+ ?mg (?:of )?)?(?:my )?" + _DRUG + r"\b"
)


def _everyday(plain: str) -> str:
    """The message with street words in their everyday sense blanked out.

    Each pattern is tried only when its street word is in the message at all: this runs on
    every message, and a long one should not pay for words it lacks."""
    if "bar" in plain:
        plain = _SNACK.sub(" snack ", plain)
    if "k2" in plain:
        plain = _MOUNTAIN.sub(" mountain ", plain)
    if "gear" in plain and _KIT.search(plain) and not _CUSTODY.search(plain):
        plain = re.sub(r"\bgear\b", " kit ", plain)
    if "spice" in plain and _FOOD.search(plain) and not _CUSTODY.search(plain):
        if not _SMOKED.search(plain):
            plain = re.sub(r"\bspice\b", " seasoning ", plain)
    if _USUAL_WORD.search(plain) and not _TOLERANCE.search(plain):
        plain = _USUAL.sub(" usual ", plain)
    return plain


def food_only(plain: str) -> bool:
    """A snack bar, a spiced dish or kit for a hike, and no drug or medicine named besides: what
    the classifier, which reads "too many bars" and "too much gear" as an overdose, defers to."""
    everyday = _everyday(plain)
    blanked = any(word in everyday for word in ("snack", "seasoning", " kit "))
    return everyday != plain and blanked and (
        _DRUG_RE.search(everyday) is None
    )


# Someone down after a drug and not coming round: "guy at the afterparty collapsed after G and
# alcohol, not waking up". Told in the past tense, as seen; "if someone passes out" is a question.
_COLLAPSED = needles.compile(
    r"(?P<me>\bi (?:just )?)?\b(?:collapsed|passed out|keeled over|blacked out|is out cold|was "
    r"out cold|unconscious|unresponsive)\b"
)
_NO_WAKE = needles.compile(
    r"\b(?:not waking(?: up)?|will not wake(?: up)?|would not wake(?: up)?|can not wake (?:him|her|"
    r"them)(?: up)?|can not get (?:him|her|them) (?:up|to wake)|not responding|unresponsive|not "
    r"breathing|barely breathing|breathing (?:is |sounds )?(?:slow|weird|funny|strange|shallow)|"
    r"(?:gurgling|snoring) (?:noise|sound)s?)\b"
)
# ...or found down with the means beside them: "collapsed in the changing room with a syringe next
# to him"
_FOUND_WITH = needles.compile(
    r"\b(?:collapsed|passed out|unconscious|unresponsive|out cold|slumped|on the floor)\b"
    r"(?: \S+){0,6}? (?:with )?(?:a |an |the |some |his |her |their )?(?:syringe|needle|empty "
    r"(?:vials?|bottles?|packets?|blister packs?|boxes)|vials?|ampoules?|amps|pill packets?|"
    r"blister packs?) (?:\w+ )?(?:next to|beside|by|near|in|on the floor next to) (?:him|her|"
    r"them)\b"
)
_IF_ASKED = needles.compile(
    r"\b(?:if|when|in case) (?:someone|somebody|a mate|a friend|your|they|he|she|a person)\b|"
    r"\b(?:what|how) (?:do|should|would|can) (?:you|i|we|one)\b"
)


def _collapsed(plain: str) -> re.Match[str] | None:
    """Someone collapsed after a drug and not waking or breathing right, told as seen."""
    down = _COLLAPSED.search(plain)
    if down is None or _IF_ASKED.search(plain):
        return None
    if _FOUND_WITH.search(plain) is not None:
        return down
    if _NO_WAKE.search(plain) is None:
        return None
    return down if _AFTER_DRUG.search(plain, down.start()) else None


def overdose(plain: str) -> bool:
    """Substances taken together or too much of one, with the body answering now."""
    plain = _everyday(plain)
    if _ASKED.search(plain) or _PAST.search(plain) or _REASON.search(plain):
        return False
    if _collapsed(plain):
        return True
    if _SCRIPT.search(plain) and not _SCRIPT_NOT.search(plain):
        return True
    body = _BODY.search(plain) or _GRAVE.search(plain)
    if body is None:
        return False
    told = plain[: body.start()]
    if _MORE.search(told):
        return True
    if _GRAVE.search(plain) and _LISTED.search(told):
        return True
    if _GRAVE.search(plain) and (_DOWNER.search(plain) or _TOLERANCE.search(plain)):
        return _TAKING.search(plain) is not None or _AFTER_DRUG.search(plain) is not None
    if _HARSH.search(told) and _TAKING.search(told):
        return True
    taking = _TAKING.search(told)
    if taking is None:
        return False
    if _GRAVE.search(plain) and _DOWNER.search(told, taking.start()):
        return True
    found = {m.group(0) for m in _SUBSTANCE.finditer(told, taking.start())}
    return len(found) >= 2 and _DRUG_RE.search(told, taking.start()) is not None


def theirs(plain: str) -> bool:
    """Someone else took it ("my mate did 2 bags and his lips are blue"), or lies collapsed."""
    down = _collapsed(_everyday(plain))
    if down is not None and down.group("me") is None:
        return True  # "guy at the afterparty collapsed after G"
    return _THEIRS.search(plain) is not None and _MINE.search(plain) is None
