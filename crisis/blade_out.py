"""Self-harm told by its tool taken back out or by its marks as a map: the full reply.

People who self-harm, at any age, tell an urge or an act without the words "cut" or "hurt":

- ``_TAKEN_OUT``: the blade or the razor taken back out of its hiding place, with "not used it
  yet" or a relapse beside it ("took the blade back out of the drawer. haven't used it yet");
- ``_MAPPED``: the arms, wrists or thighs called a map, a roadmap or a tally, with a new line
  "added" ("my arms are a roadmap of bad nights. added a new road tonight").

Lookalikes name a job for the blade (a craft knife for a model, a razor for shaving, a blade
changed in a box cutter) or a map that is a tattoo or a sunburn. Read on normalised text; pure,
nothing here logs.
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


def self_harm(plain: str) -> bool:
    """The blade taken back out with nothing done yet, or new lines added to the arms' map."""
    if _TAKEN_OUT.search(plain) and _NOT_YET.search(plain) and not _JOB.search(plain):
        return True
    return _MAPPED.search(plain) is not None and _INK.search(plain) is None


def read(plain: str) -> Verdict | None:
    """The full reply for the writer's own, the helpers' for someone else's; else None."""
    if not self_harm(plain):
        return None
    return Verdict(HELPER if about_someone_else(plain) else CRISIS, "blade out")
