"""Means and an end made ready, told as a worker tells it: the check-in (``CHECK``).

- ``_MEANS_PLACED``: a gun, a rope, a hose or pills where the writer keeps them (the sleeper, the
  cab, the shed, the glovebox) beside an end said ("the gun's in the sleeper, and i'm done
  pretending");
- ``_LEFTOVERS_COUNTED``: the leftovers of one's own painkillers kept back and counted ("keeping
  the leftovers in a tin. about 60 now"), with no chemist or returns bin they are for;
- ``_WHOEVER_FINDS``: things left neat, or an apology, for whoever finds the writer or the place;
- ``_TIDY_EXIT``: accounts deleted, debts paid back or contracts cancelled, called a tidy exit;
- ``_GUN_OUT``: a gun taken out to a field, the barn or the creek "to sort it" or "and finish it",
  with no animal or target it is for; said of someone else ("he's going to take the gun out to
  the back 40 and sort it") it is theirs (``theirs``).

Lookalikes stay quiet: a rifle in the truck for opening day, pills in the glovebox for a long
haul, a rope in the van for a scaffold job, a shotgun locked away for the season, a tidy exit
from a firm, a gun taken out to sort a fox or the rabbits. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
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

_GUN_OUT_BODY = (
    r"(?:take|taking|took|takes|grab|grabbing|grabbed|get|getting|got) (?:the |his |her |my |"
    r"their |dad s |grandad s |\w+ s )?(?:old )?(?:guns?|shotgun|rifle|pistol|twelve gauge|12 "
    r"gauge|22|revolver|firearm) (?:out |down |up |over |round )?(?:to|into|behind|past|in) "
    r"(?:the |his |her |my |our |their )?(?:\S+ ){0,3}?(?:and|to) (?:sort|finish|end|settle|deal "
    r"with|take care of) (?:it|things|everything|this|that)(?: all)?\b"
    # ...not a fox, a pest or a sick beast put down, nor targets at the range
    r"(?!.*\b(?:fox\w*|rabbits?|vermin|pests?|crows?|rats?|coyotes?|wild dogs?|dingo\w*|deer|"
    r"pigs?|hogs?|boars?|calf|calves|cows?|steers?|bull|bulls|horse|dog|snakes?|magpies?|"
    r"pigeons?|badgers?|wolf|wolves|possums?|targets?|cans|clays|practice|range|animal|beast|"
    r"lame|injured|sick|hunting|season)\b)"
)
_GUN_OUT = _compile(r"\b" + _GUN_OUT_BODY)
_GUN_OUT_THEIRS = _compile(
    r"\b(?:he|she|they|hes|shes|he is|she is|they are|theyre|(?:my|our|me) (?:\w+ )?(?:dad|"
    r"father|uncle|brother|son|husband|grandad|grandpa|granddad|mum|mom|mother|aunt|sister|"
    r"daughter|wife|partner|neighbour|neighbor|mate|friend|cousin|boss)(?: s| is)?) (?:\w+ )?"
    r"(?:going to |gonna |will |about to |might |wants to |would )?" + _GUN_OUT_BODY
)


def check(plain: str) -> bool:
    """One of the kinds here."""
    kinds = (_MEANS_PLACED, _LEFTOVERS_COUNTED, _WHOEVER_FINDS, _TIDY_EXIT, _GUN_OUT)
    return any(kind.search(plain) for kind in kinds)


def theirs(plain: str) -> bool:
    """A gun taken out "to sort it" by someone else the message names."""
    return _GUN_OUT_THEIRS.search(plain) is not None
