"""An urge to tear at one's own body, told out of hating it: the check-in (``check``).

"i hate my body so much i want to rip it apart" names no blade and no cut, yet it is an urge to
hurt oneself, told as young people and people with an eating disorder tell it:

- ``_HATED_TORN``: the body, the skin or the face hated, and the writer wanting to rip, tear or
  claw it apart, off or open;
- ``_SKIN_OFF``: wanting to rip or tear one's skin or flesh off, with no itch behind it.

Lookalikes stay quiet: an essay or a room hated and ripped apart, eczema, sunburn, hives, a
mosquito bite or chickenpox that itch. Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_HATED_TORN = needles.compile(
    r"\b(?:hate|loathe|despise|disgusted by|disgusted with|can not stand|cant stand) my (?:own )?"
    r"(?:body|skin|face|self|thighs|stomach|arms|reflection)\b(?: \w+){0,6}? (?:want|wanna|going|"
    r"need|urge) to (?:rip|tear|claw|cut|peel|scratch|carve|gouge) (?:it|them|myself) (?:apart|"
    r"off|open|to pieces|to shreds)\b"
)
_SKIN_OFF = needles.compile(
    r"\b(?:want|wanna|urge|need|going) to (?:rip|tear|claw|peel) (?:off )?my (?:own )?(?:skin|"
    r"flesh)\b(?: (?:off|apart|open))?"
)
# ...an itch, a burn or a rash: the skin itself, not a wish to hurt it
_ITCH = needles.compile(
    r"\b(?:itch\w*|eczema|sunburn\w*|hives|rash|bites?|mosquito\w*|chickenpox|chicken pox|"
    r"psoriasis|allerg\w*|cringe\w*|cringy|awkward|embarrass\w*|so bad at|photos?|pictures?|"
    r"pics?)\b"
)


def check(plain: str) -> bool:
    """The body hated and torn at, or the skin wanted off, with no itch or cringe behind it."""
    if _HATED_TORN.search(plain) is None and _SKIN_OFF.search(plain) is None:
        return False
    return _ITCH.search(plain) is None
