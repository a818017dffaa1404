"""An exit seen in a chance, a calm or a danger: told without a word of dying.

Kinds, read on normalised text; each gets a check-in ("ask, don't guess"):

- the others away and "this is my chance": "my kids are at their gran's for the weekend and i
  keep thinking this is my chance" (not a chance for a lie-in or to clean the house);
- affairs put in order and an odd calm: "updated my will today and sorted who gets the dog.
  feels calm weirdly" (not a will updated after a wedding or a birth);
- a danger read as an exit: "if ketamine is dangerous at least that's a way out";
- a treatment refused and "so that's it then. i'm out".
Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_AWAY = needles.compile(
    r"\b(?:kids|children|wife|husband|partner|boyfriend|girlfriend|flatmates?|family|parents|"
    r"everyone|mum|mom|dad)\b.{0,40}\b(?:away|out|gone|at (?:their|her|his) \w+|on holiday|"
    r"at work|for the weekend|for the night)\b"
)
_MY_CHANCE = needles.compile(
    r"\bthis is (?:my|the) (?:chance|moment|window|opportunity)$"
)
_SORTED = needles.compile(
    r"\b(?:updated|wrote|written|made|sorted|finished|signed) (?:my |out my |the )?"
    r"(?:will|affairs|life insurance|passwords)\b"
)
_ODD_CALM = needles.compile(
    r"\b(?:calm|peaceful|at peace|relieved|lighter) (?:weirdly|strangely|oddly)\b|"
    r"\b(?:weirdly|strangely|oddly|so) (?:calm|peaceful|at peace)\b"
)
_LIFE_EVENT = needles.compile(
    r"\b(?:wedding|married|engaged|baby|born|pregnant|house|mortgage|solicitor|lawyer|"
    r"retired|retirement|divorce|new job|grandkids?)\b"
)
_WAY_OUT = needles.compile(
    r"\b(?:dangerous|lethal|deadly|could kill|might kill|risky)\b.{0,40}"
    r"\b(?:a way out|the way out|an exit|an escape)\b"
)
_REFUSED = needles.compile(
    r"\b(?:said no|refused|rejected|turned me down|not eligible|will not prescribe|denied)\b"
)
_IM_OUT = needles.compile(r"\b(?:that is it|that s it|thats it)(?: then)? i am out$")


def check(plain: str) -> bool:
    """An exit seen in a chance, a calm or a danger: a check-in."""
    if _MY_CHANCE.search(plain) and _AWAY.search(plain):
        return True
    if _SORTED.search(plain) and _ODD_CALM.search(plain) and not _LIFE_EVENT.search(plain):
        return True
    if _WAY_OUT.search(plain):
        return True
    return bool(_IM_OUT.search(plain) and _REFUSED.search(plain))
