"""A blade or a rifle told as the gear of a craft, a chore or a sport, with its job named ("swapped
the blade on my x-acto knife and the cardboard model is finally done", "a blade scraper gets old
paint off glass", "my biathlon rifle scope needs adjusting"). The classifier reads the blade or
the gun alone as risk; ``told`` is what it defers to, while the rules still read the message in
full. A word of harm, of the body, of an end or of tonight beside the gear takes the excuse away,
and so does a razor or a sharpener, a blade taken out, looked at or hidden. Read on normalised
text; pure, nothing here logs.
"""

from __future__ import annotations

import re

_GEAR = re.compile(
    r"\b(?:x ?acto|exacto|craft knife|utility knife|box cutter|stanley knife|scalpel blade|"
    r"razor blade scraper|blade scraper|blade|blades|rifle|scope|air rifle)\b"
)
_GEAR_JOB = re.compile(
    r"\b(?:swapped|replaced|changed|sharpened|sharpening|adjust\w*|zero(?:ing|ed)?|sighting in|"
    r"paint|cardboard|model|modelling|windows?|glass|wallpaper|tiles|biathlon|shooting club|"
    r"range day|competition|deer season|hunting season|season opens|off topic)\b"
)
_GEAR_BUT = re.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|myself|me|self|wrists?|arms?|legs?|thighs?|"
    r"skin|hurt\w*|harm\w*|bleed\w*|blood|cut|cuts|cutting|end|goodbye|last|note|pills|mouth|"
    r"head|temple|alone|never|forever|for good|not coming back|tonight|better off|no point|"
    # a blade taken out of a sharpener or a razor, looked at, hidden: the start of self-harm
    r"sharpeners?|razors?|out of|took (?:the |a )?blades? out|bathroom|floor|staring|stare|"
    r"holding|hid|hide|hiding|hidden|kept|keep|keeping|stash\w*|bed|room)\b"
)


def told(plain: str) -> bool:
    """A blade or a rifle told as the gear of a craft, a chore or a sport, its job named, with
    nothing of harm, of the body or of an end beside it."""
    return (
        _GEAR.search(plain) is not None
        and _GEAR_JOB.search(plain) is not None
        and _GEAR_BUT.search(plain) is None
    )
