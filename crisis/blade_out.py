"""Self-harm told by its tool taken back out or by its marks as a map: the full reply.

People who self-harm, at any age, tell an urge or an act without the words "cut" or "hurt":

- ``_TAKEN_OUT``: the blade or the razor taken back out of its hiding place, with "not used it
  yet" or a relapse beside it ("took the blade back out of the drawer. haven't used it yet");
- ``_MAPPED``: the arms, wrists or thighs called a map, a roadmap or a tally, with a new line
  "added" ("my arms are a roadmap of bad nights. added a new road tonight").

- ``_SNAPPED``: the blade snapped or broken out of a shaving razor or a pencil sharpener ("snapped
  the blade out of a bic razor");
- ``_KEPT_FOR`` with ``_USED``: a razor or a blade kept for "emergencies" in a pencil case or a
  bag, and the emergency come ("today was an emergency. twice");
- ``_CUT_AGAIN``: "cut again" as the message opens or with "i", told as a relapse ("cut again
  last night first time in 2 yrs", "back to square one").

Lookalikes name a job for the blade (a craft knife for a model, a razor for shaving, a blade
changed in a box cutter), a map that is a tattoo or a sunburn, plasters kept for emergencies, a
fringe or a lawn cut again for the first time in years, a player cut again at tryouts. Read on
normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CRISIS, HELPER, Verdict, about_someone_else

_TAKEN_OUT = needles.compile(
    r"\b(?:took|taken|got|pulled|dug|fished) (?:the |my |a )?(?:old )?(?:blade|blades|razor|"
    r"razors|razor blade|razor blades|sharpener blade|box of blades) (?:back )?out\b"
)
_NOT_YET = needles.compile(
    r"\b(?:have not|haven t|havent|not|didn t|didnt|did not) (?:used|use|touched|done anything "
    r"with) (?:it|them)(?: yet)?\b|\byet\b|\bagain\b|\brelaps\w*|\bclean (?:for|since|and)\b|"
    r"\bstreak\b"
)
_JOB = needles.compile(
    r"\b(?:shav\w*|beard|legs for|craft|model|hobby|stanley|box cutter|utility knife|scalpel for|"
    r"wallpaper|carpet|lino|cardboard|box|paint|scraper|window|cooking|kitchen|plane|chisel)\b"
)
_MAPPED = needles.compile(
    r"\b(?:arms?|wrists?|thighs?|legs?|skin|forearms?|stomach|hips?) (?:are|is|look like|looks "
    r"like|like) (?:a |an |my )?(?:road ?map|map|atlas|tally|tally chart|barcode|ladder|railway|"
    r"train tracks?)\b(?: \S+){0,12}? (?:added|add|adding|drew|draw|made|another|new|fresh|one "
    r"more)\b"
)
_INK = needles.compile(
    r"\b(?:tattoo\w*|ink|henna|sunburn\w*|stretch marks|veins?|freckles?|moles?|bites?|spots|"
    r"sun ?spots|rash\w*|eczema|hair|bruises from|in the sun)\b"
)

_SNAPPED = needles.compile(
    r"\b(?:snapped|snap|broke|broken|break|popped|prised|prized|pried|took|got|unscrewed) "
    r"(?:the |a )?(?:blade|blades|razor blade|razor blades) (?:out of|from|off) (?:a |the |my |an "
    r")?(?:\w+ )?(?:razor|razors|sharpener|pencil sharpener|shaver|disposable)\b"
)
_KEPT_FOR = needles.compile(
    r"\b(?:keep|kept|keeping|carry|carrying|have) (?:a |my |the |some )?(?:spare )?(?:razor|"
    r"razors|blade|blades|razor blade|razor blades|sharpener blade)\b(?: \S+){0,5}? (?:for "
    r"emergencies|for an emergency|just in case|for bad days|for when it gets bad)\b"
)
_USED = needles.compile(
    r"\b(?:today|tonight|this morning|last night|it|that) (?:was|were|is) (?:an |one )?"
    r"(?:emergency|emergencies|one)\b|\b(?:used|needed) (?:it|them)\b"
)
_CUT_AGAIN = needles.compile(
    r"(?:^|\bi (?:\w+ )?)(?:cut|cutted) (?:myself )?again\b"
    r"(?=.*\b(?:first time (?:in|since)|after (?:\d+|a|two|three|six) (?:\w+ )?(?:yrs|years|"
    r"months|weeks)|back to square one|relaps\w*|clean streak|was clean|been clean|ruined my "
    r"streak|streak gone)\b)"
)
_TRIM = needles.compile(
    r"\b(?:hair|fringe|bangs|lawn|grass|hedge|hedges|nails|fabric|pattern|finger|thumb|cable|"
    r"prices|budget|costs|hours|episode|scene|album|track|tryouts?|trials?|team|squad|roster|"
    r"coach|audition\w*|callbacks?|shortlist|cast|selection|round)\b"
)


def self_harm(plain: str) -> bool:
    """The blade taken back out, snapped out or kept for emergencies and used, a cut again told
    as a relapse, or new lines added to the arms' map."""
    if _TAKEN_OUT.search(plain) and _NOT_YET.search(plain) and not _JOB.search(plain):
        return True
    if _SNAPPED.search(plain) and not _JOB.search(plain):
        return True
    if _KEPT_FOR.search(plain) and _USED.search(plain) and not _JOB.search(plain):
        return True
    if _CUT_AGAIN.search(plain) and not _TRIM.search(plain):
        return True
    return _MAPPED.search(plain) is not None and _INK.search(plain) is None


def read(plain: str) -> Verdict | None:
    """The full reply for the writer's own, the helpers' for someone else's; else None."""
    if not self_harm(plain):
        return None
    return Verdict(HELPER if about_someone_else(plain) else CRISIS, "blade out")
