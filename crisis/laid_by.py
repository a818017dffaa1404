"""Means and an end made ready, told as a worker tells it: the check-in (``CHECK``).

- ``_MEANS_PLACED``: a gun, a rope, a hose or pills where the writer keeps them (the sleeper, the
  cab, the shed, the glovebox) beside an end said ("the gun's in the sleeper, and i'm done
  pretending");
- ``_LEFTOVERS_COUNTED``: the leftovers of one's own painkillers kept back and counted ("keeping
  the leftovers in a tin. about 60 now"), with no chemist or returns bin they are for;
- ``_WHOEVER_FINDS``: things left neat, or an apology, for whoever finds the writer or the place;
- ``_TIDY_EXIT``: accounts deleted, debts paid back or contracts cancelled, called a tidy exit.

Lookalikes stay quiet: a rifle in the truck for opening day, pills in the glovebox for a long
haul, a rope in the van for a scaffold job, a shotgun locked away for the season, a tidy exit
from a firm. Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_MEANS_PLACED = _compile(
    r"\b(?:guns?|shotguns?|rifles?|pistols?|ropes?|hoses?|pills|tablets|shells|cartridges)"
    r"(?: is| s| are)? (?:in|under|behind|on) (?:the|my) (?:sleeper|cab|truck|rig|glovebox|"
    r"glove box|shed|boot|car|van|ute|wardrobe|cupboard|cabinet|bunk|passenger seat)\b"
    # ...an end said, not a job or a season done
    r"(?=.*\b(?:done pretending|no more pretending|i am done(?! (?:with|at|for|by|loading))|"
    r"i am ready(?! (?:to|for))|(?:that|this) is it(?! for)|had enough|tonight is the night|"
    r"not coming back)\b)"
)
_LEFTOVERS_COUNTED = _compile(
    r"\b(?:keeping|kept|saving|saved|stashing|stashed|hoarding|stockpiling|putting aside|"
    r"put aside|squirrel\w* away)\b(?: \S+){0,3}? (?:the |my |all the |all my )?(?:leftovers|"
    r"leftover \w+|pills|tablets|oxy\w*|codeine|tramadol|painkillers|co codamol|morphine)\b"
    r"(?: \S+){0,8}? (?:about |nearly |over |around |like )?[2-9]\d+ (?:now|so far|of them)\b"
    r"(?!.*\b(?:chemist|pharmacy|take (?:them )?back|return\w*|dispos\w*|bin|amnesty)\b)"
)
_WHOEVER_FINDS = _compile(
    r"\bfor (?:whoever|whomever|the person who|whoever it is that) finds? (?:me|my body|the "
    r"place|the flat|the house|the cab|the truck|the van|the room)\b"
)
_TIDY_EXIT = _compile(
    r"\b(?:deleted|paid back|paid off|cancelled|canceled|gave away|given away)\b.*\b(?:tidy|"
    r"clean|neat|quiet) exit\b(?! (?:from|of|out of) (?:the|my|this) (?:job|firm|company|"
    r"tenancy|flat|lease|contract|site|business)\b)"
)


def check(plain: str) -> bool:
    """One of the kinds here."""
    kinds = (_MEANS_PLACED, _LEFTOVERS_COUNTED, _WHOEVER_FINDS, _TIDY_EXIT)
    return any(kind.search(plain) for kind in kinds)
