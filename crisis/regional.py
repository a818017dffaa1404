"""Regional English that sounds alarming and is not: "dead" meaning "very", "done one" meaning
"ran off".

In the north of England, Scotland and Ireland "dead nice", "dead good", "dead chuffed" say
"very"; "the screws were dead nice on my last wing" is praise for prison officers. The
classifier, which has seen "dead" mostly in crises, defers to it when the word of death in the
message is only that "dead" before a word of praise or of mood, and nothing else speaks of harm
(no means, no ending: "dead happy now, bought enough paracetamol to sleep for good" is an alarm).
In Liverpool and across the north "the dog's done one" says the dog ran off, and "me ma's gonna
kill me" that the writer's mother will be cross: neither is an ending, when no other word of harm
stands beside them. Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

import re

from crisis import needles

_VERY = needles.compile(
    r"\bdead (?:nice|good|easy|funny|chuffed|proud|lucky|sound|posh|quiet|busy|keen|sweet|"
    r"friendly|helpful|kind|lovely|happy|excited|chatty|fair|decent|canny|brilliant|handy|"
    r"simple|clever|cool|cute|pleased|popular|tasty|fast|quick|slow|cheap|dear)\b"
)
_HARM = needles.compile(
    r"\b(?:die|dying|death|kill\w*|suicid\w*|overdos\w*|pills|rope|hang\w*|jump\w*|cut\w*|"
    r"harm\w*|end it|goodbye|not be here|gone|better off|"
    # a means or an ending beside it: "dead happy now, bought enough paracetamol to sleep for good"
    r"paracetamol|tablets|meds|medication|painkillers|sleeping|enough|for good|forever|never "
    r"wake|sleep|finally|bridge|noose|blades?|razors?|gun|note|letters?|will)\b"
)


def very(plain: str) -> bool:
    """Whether "dead" is only "very" ("dead nice"), with no other word of harm."""
    if _VERY.search(plain) is None:
        return False
    rest = _VERY.sub(" ", plain)
    return re.search(r"\bdead\b", rest) is None and _HARM.search(rest) is None


# "done one", "did one", "doing one": ran off, said of an animal or of someone else
_DONE_ONE = needles.compile(
    r"\b(?:dogs?|cats?|pup\w*|kitten|horses?|goats?|sheep|cows?|kids?|he|she|they|him|her|"
    r"them|bird|budgie|hamster|tortoise|ferret) (?:has |have |s |is |are |just )?(?:done|did|"
    r"doing) one\b"
)
# ...beside someone close who will be cross: "me ma's gonna kill me", "the wife will kill me"
_CROSS = needles.compile(
    r"\b(?:my|me|the|our) (?:ma|mam|mum|mom|mother|da|dad|nan|nana|gran|wife|missus|husband|"
    r"fella|fellah|bloke|boss|gaffer|landlord|landlady|neighbours?)s? (?:s |is |will |would |are )?"
    r"(?:going to|gonna|will|would|is going to) (?:actually |literally )?kill me\b"
)


def ran_off(plain: str) -> bool:
    """Whether "done one" says something ran off, with no word of harm but someone being cross."""
    if _DONE_ONE.search(plain) is None:
        return False
    rest = _CROSS.sub(" ", _DONE_ONE.sub(" ", plain))
    return re.search(r"\b(?:dead|done)\b", rest) is None and _HARM.search(rest) is None
