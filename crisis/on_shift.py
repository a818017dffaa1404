"""An overdose told as a call at work, by people whose work is other people's crises.

Officers, medics, nurses and prison staff tell the overdoses they attended as "we had an
overdose on the block last week", "we ran two ODs on shift", "we got an OD call, pt is fine
now, narcan works". The word is the same as in an overdose taken, but "we" had it where they
work, or the one who took it is an inmate, a patient or a resident who is well now: a work
story, not the writer's emergency. ``call`` is True for that, and the overdose reading is then
dropped (``crisis.assess``); any other sign in the message is still read. A call told in the
trade's words ("worked a fatal overdose on shift last night, anyway what's the NMDA receptor")
is one too: its "fatal overdose" is the call, not a lethality asked, so the method reading is
made again on the message without it (``without_call``).

``dose_given`` is the medic's or the nurse's side of the same work: a dose given, pushed or
drawn up for a patient ("gave 10mg morphine and 4 of zofran to a pt on the rig, pain down to
3"), which the classifier, reading doses and drug names, would otherwise ask about.

``rescued`` is a rescue told as done and survived: naloxone, CPR or a defibrillator used on
someone who lived ("used narcan on a guy in the subway on my way home, he lived"); the
classifier, reading an overdose and a stranger, would give the helpers' reply for a crisis
already over.

The writer's own overdose beside it ("we had an overdose on the block and now i took mine
too") is never excused, nor is a "we" with no work around it ("we had an overdose together,
i can't stand up"). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_WE_HAD = needles.compile(
    r"\bwe (?:had|got|ran|caught|responded to|worked|attended|treated|dealt with|saw|picked up) "
    r"(?:an? |another |two |three |four |\d+ |a couple of |a few |our first |one |a bad |a "
    r"nasty )?(?:overdose|od|opioid overdose|fentanyl overdose)s?(?: calls?| patients?)?\b"
)
# ...or a call worked, in the trade's own words and with no "we": "worked a fatal overdose on
# shift last night", "attended two ODs on nights". Only verbs of the job: "had an overdose at
# work" may be the writer's own.
_WORKED = needles.compile(
    r"\b(?:worked|attended|responded to|ran|caught|got called to|was called to|were called to|"
    r"got sent to|was sent to) (?:an? |another |two |three |\d+ |a couple of |our first |one |"
    r"a bad |a nasty )?(?:fatal |deadly |fatal opioid |fentanyl |opioid |heroin )?(?:overdose|od)s?"
    r"(?: calls?| jobs?)?\b"
)
# ...where the writer works, or the one it was is well now
_WORK = needles.compile(
    r"\b(?:on|at|in) (?:the |my |our )?(?:block|unit|ward|wing|shift|call|job|station|floor|"
    r"work|duty|landing|pod|tier|er|ed|a e|ambulance|rig|truck|nights|days|the street)\b"
    r"|\b(?:inmates?|prisoners?|patients?|pt|residents?|clients?|service users?|guests?|narcan|"
    r"naloxone|crew|medics?|paramedics?|nurses?|officers?|last shift|this shift|our district)\b"
)
# ...and nothing of the writer's own taking
_MINE = needles.compile(
    r"\bi (?:just |have |also |then )?(?:took|taken|swallowed|overdosed|od d|oded|downed|"
    r"popped|had (?:too much|too many|all))\b|\bmy (?:pills|meds|tablets|stash|supply)\b|"
    r"\b(?:can not|cant) (?:stand|breathe|stay awake|feel)\b|\bmyself\b|"
    r"\b(?:gave|give|given|pushed|injected) me\b|\b(?:into|in) my (?:own )?(?:line|vein|arm|"
    r"cannula|port|picc)\b|\bnobody knows\b|\bno one knows\b"
)


def without_call(plain: str) -> str:
    """The message with the call it tells blanked: what else it says is read as it stands."""
    return _WORKED.sub(" a call ", _WE_HAD.sub(" a call ", plain))


def call(plain: str) -> bool:
    """An overdose "we had" at work, told as a call, with nothing of the writer's own taking."""
    return (
        (_WE_HAD.search(plain) is not None or _WORKED.search(plain) is not None)
        and _WORK.search(plain) is not None
        and _MINE.search(plain) is None
    )


# a dose given to a patient: "gave 10mg morphine to a pt", "pushed 2mg narcan", "drew up 50mcg"
_GIVEN = needles.compile(
    r"\b(?:gave|given|pushed|administered|drew up|drawn up|hung|titrated|bolused|dosed (?:him|her|"
    r"them|the pt|the patient)) (?:(?:him|her|them|the pt|the patient|pt) )?(?:\w+ ){0,2}?"
    r"\d+(?:\.\d+)? ?(?:mg|mcg|mics|micrograms|ml|g|units|l)\b"
)
# ...to a patient, at work
_PATIENT = needles.compile(
    r"\b(?:pt|pts|patients?|on the (?:rig|truck|bus|unit|ward)|on scene|in the (?:back|truck|bus|"
    r"ambulance|er|ed|resus)|per protocol|protocol|iv|im|io|ivp|intranasal|nebs?|drip|sats|gcs|"
    r"pain (?:score|down|went)|call|transport\w*|triage)\b"
)


def dose_given(plain: str) -> bool:
    """A dose given to a patient at work, with nothing of the writer's own taking."""
    return (
        _GIVEN.search(plain) is not None
        and _PATIENT.search(plain) is not None
        and _MINE.search(plain) is None
    )


# a rescue told as done, on someone who lived
_RESCUE = needles.compile(
    r"\b(?:used|gave|give|administered|hit (?:him|her|them) with|had to use|did|started|"
    r"sprayed) (?:\w+ ){0,3}?(?:narcan|naloxone|cpr|compressions|an epi ?pen|the defib|an aed|"
    r"the aed)\b"
)
_LIVED = needles.compile(
    r"\b(?:he|she|they|the guy|the kid|the lady|the man|the woman|pt|the pt|patient) (?:\w+ )?"
    r"(?:lived|made it|survived|is fine|is ok|is okay|came (?:round|around|to|back)|woke (?:up|"
    r"right up)|pulled through|is stable|was fine|was ok|was okay)\b"
)


# ...unless the danger goes on: "he came round but he's talking about doing it again"
_NOT_OVER = needles.compile(
    r"\b(?:but|again|talking about|talks about|wants to|still|keeps|on purpose|not breathing)\b"
)


def rescued(plain: str) -> bool:
    """Naloxone, CPR or a defibrillator used on someone who lived, nothing of the writer's own."""
    return (
        _RESCUE.search(plain) is not None
        and _LIVED.search(plain) is not None
        and _MINE.search(plain) is None
        and _NOT_OVER.search(plain) is None
    )
