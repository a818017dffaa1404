"""A medicine taken twice over by mistake, with the body answering now: the overdose reply.

Older people and carers tell an accidental overdose as a muddle over doses, not as an overdose:
"I think I've been taking my warfarin twice every day this week, I have bruises everywhere and
my nose won't stop bleeding", "mum had her lithium twice this morning and now she's shaking and
confused". A blood thinner, insulin, lithium or a heart medicine doubled is an emergency by
its signs: bleeding that won't stop, bruising, shaking, confusion, a racing or slow heart,
can't stay awake, and for insulin a low sugar's shaking and sweating together. Read here:

- a medicine taken (taking, took, had, given) twice, double, two doses or both doses, or the
  dose doubled ahead of it ("injected double my insulin"), and
- a sign of the body now, after the doubling.

Lookalikes stay quiet: a dose the doctor doubled ("my GP doubled my sertraline"), a question
asked before ("what if I take my warfarin twice by mistake?"), a dose missed, a bruise from a
fall with no medicine doubled, a time told as long past. Someone else named as the one who took
it is the reply for helpers, like any overdose (``theirs``). Read on normalised text; pure,
nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_MEDICINE = (
    r"(?:warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|edoxaban|dabigatran|pradaxa|"
    r"clopidogrel|blood thinners?|anticoagulants?|insulin|lantus|novorapid|humalog|levemir|"
    r"tresiba|toujeo|apidra|fiasp|lithium|digoxin|metformin|gliclazide|"
    r"levothyroxine|thyroxine|methotrexate|morphine|oxycodone|oxy\w*|tramadol|codeine|fentanyl "
    r"patch\w*|patches|sleeping (?:pills|tablets)|heart (?:pills|tablets|medicine)|blood pressure "
    r"(?:pills|tablets|medicine|meds)|water tablets|diuretics?|\w+olol|\w+pril|\w+sartan|\w+dipine|"
    r"\w+zepam|\w+azine|\w+peridol|\w+xetine|\w+pine|pills|tablets|meds|medicine|medication)"
)
# The same dose taken twice over: "been taking my warfarin twice every day", "took both doses"
_TWICE = needles.compile(
    r"\b(?:taking|taken|took|take|had|having|given|gave|swallowed|injected|injecting|doing|done)"
    r" (?:\S+ ){0,3}?" + _MEDICINE + r"\b(?: \S+){0,3}? (?:twice|two times|double|doubled|two "
    r"lots|both doses|again (?:by mistake|by accident))\b"
    r"|\b(?:taking|taken|took|take|had|given|gave|injected|doing|done) (?:a |the )?(?:double|"
    r"two|both|second) (?:dose|doses|lots|lot)(?: of)? (?:\S+ ){0,2}?" + _MEDICINE + r"\b"
    # "injected double my insulin": the dose doubled, told before the medicine
    r"|\b(?:took|taken|had|given|gave|injected|done|did) (?:myself |her |him )?(?:double|twice) "
    r"(?:my|her|his|the|the usual|my usual) (?:\S+ )?" + _MEDICINE + r"\b"
    r"|\b(?:double|doubled) (?:up )?(?:on )?(?:my |her |his |the )?"
    + _MEDICINE
    + r"\b(?: \S+){0,3}? (?:by (?:mistake|accident)|without (?:meaning|thinking|realising|"
    r"realizing))\b"
)
# The body now: bleeding that won't stop, bruises, shaking, confusion, a heart gone strange.
_BODY = needles.compile(
    r"\b(?:bruis\w+ (?:everywhere|all over)|covered in bruises|(?:nose|gums?|cut|it) (?:\w+ )?"
    r"(?:will not|wont|won t|keeps?|keep on|can not|cant) (?:stop )?bleed\w*|bleeding (?:will not|"
    r"wont|won t) stop|blood in (?:my |her |his )?(?:pee|urine|wee|poo|stool|vomit|spit)|"
    r"(?:coughing|throwing|vomiting|bringing) up blood|nosebleeds?|shak\w+ (?:all over|badly|so "
    r"much|like a leaf)|so confused|very confused|confused and|can not (?:stay awake|keep (?:my|"
    r"her|his) eyes open|stand|walk straight|think straight)|heart (?:is |s )?(?:racing|pounding|"
    r"going (?:mad|crazy|really slow)|very slow|so slow|beating (?:fast|slow|weird|funny))|"
    r"(?:keep|keeps) (?:passing|blacking) out|feel (?:really |very |so )?(?:faint|dizzy|awful|"
    r"terrible|strange)|throwing up|vomiting|sweating and shaking|blurr\w+ vision|seeing double|"
    # a low blood sugar's signs after insulin: shaking and sweating together, or sweating hard
    r"shak\w+ and sweat\w+|sweat\w+ (?:bad|badly|buckets|loads|like mad)|clammy and shak\w+)\b"
)
# Asked before, ordered by the doctor, or long past.
_NOT_TAKEN = needles.compile(
    r"^(?:what|if|would|will|can|could|should|is it|does|do)\b|\bwhat (?:happens|if|would happen)"
    r"\b|\b(?:doctor|gp|dr|consultant|nurse|psychiatrist|clinic|pharmacist) (?:has |just )?"
    r"(?:doubled|upped|increased|put me on|told me to take)\b|\b(?:years ago|last year|used to|"
    r"back when|in the past|missed (?:a|my|her|his) dose|forgot (?:to take )?(?:a|my|her|his)"
    r" dose)\b"
)
_THEIRS = needles.compile(
    r"\b(?:(?:my (?:\w+ )?)?(?:mum|mom|mother|dad|father|nan|gran|grandma|grandad|grandpa|"
    r"husband|wife|partner|son|daughter|brother|sister|aunt|uncle|patient|client|neighbour|neighbor)|he|she|"
    r"they) (?:\w+ ){0,2}?(?:taking|taken|took|take|had|has had|given|injected|doubled)\b"
)
_MINE = needles.compile(r"\bi (?:\w+ ){0,3}?(?:taking|taken|took|had|injected|doubled)\b")


# Taken "twice" is a schedule unless it is a muddle: "I think I've been...", "by mistake"
_MUDDLE = needles.compile(
    r"\b(?:by (?:mistake|accident)|accident\w*|forgot|forgotten|without (?:realising|realizing|"
    r"thinking)|instead of once|i think i|think i ve|think i have|not sure if|mixed up|muddled|"
    r"confused|again|(?:twice|two times) (?:this morning|today|tonight|last night|this evening|in "
    r"one go|within (?:an|the) hour|in an hour))\b"
)
_TWICE_ONLY = needles.compile(r"\b(?:twice|two times)\b")


def overdose(plain: str) -> bool:
    """A medicine taken twice over, with the body answering after it, not asked or ordered."""
    twice = _TWICE.search(plain)
    if twice is None or _NOT_TAKEN.search(plain):
        return False
    if _TWICE_ONLY.search(twice.group()) and _MUDDLE.search(plain) is None:
        return False  # "taking my metformin twice a day": the prescribed schedule
    return _BODY.search(plain, twice.start()) is not None


def theirs(plain: str) -> bool:
    """Someone else is the one who took it twice over ("mum had her lithium twice")."""
    return _THEIRS.search(plain) is not None and _MINE.search(plain) is None
