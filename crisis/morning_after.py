"""Advice to get through the morning after a night's drinking, given to someone else.

Friends tell each other after a night out "drink water so you don't wake up with a headache",
"eat something, you don't want to wake up hanging". The words "don't want to wake up" are a
wish not to live when the writer says them of themselves; here the subject is "you", what is
dodged is a hangover (a headache, a sore head, feeling rough) and a remedy or the night is
named beside it (water, food, paracetamol, bed, the wine). ``advice`` is True for that, and the
death-wish reading and the classifier's reading of "wake up" are then dropped
(``crisis.assess``, ``crisis.by_model``).

``night_out`` is the night itself told the next day: "had a massive night, drank way too much,
never again lol". Drinking too much, with a party, a pub or a hangover named, is not an overdose
taken; pills, medicine or the course's drug beside it, or a body that will not wake or breathe,
keep the overdose reading.

Never when the writer's own wish is beside it ("...me, i don't want to wake up at all"), nor a
waking that is dodged for ever ("ever again", "anymore"). Read on normalised text; pure.
"""

from __future__ import annotations

from crisis import needles

# "you" told not to wake up in a state: with a headache, hanging, feeling rough
_DODGED = needles.compile(
    r"\b(?:you|u|ya|yous|you guys|you all|everyone|everybody) (?:\w+ ){0,4}?wake up "
    r"(?:tomorrow |in the morning )?(?:with (?:a |an |the |that |one |your )?(?:\w+ )?"
    r"(?:headache|hangover|sore head|banging head|thumping head|pounding head|migraine|"
    r"dry mouth|head ?ache|sore stomach)|feeling (?:\w+ )?(?:awful|rough|rubbish|terrible|"
    r"horrible|sick|dreadful|grim|crap|shit|like death|like crap|worse|wrecked|hungover)|"
    r"hanging|hungover|hung over|dehydrated|in a state|rough|wrecked|dying of thirst)\b"
)
# ...with the night or a remedy named: the water, the food, the bed, the painkillers
_REMEDY = needles.compile(
    r"\b(?:water|drink|drinks|drinking|wine|beer|beers|pints?|shots|vodka|tequila|cocktails|"
    r"prosecco|night out|big night|party|eat|eating|food|snack|toast|kebab|chips|carbs|bed|"
    r"sleep|paracetamol|ibuprofen|nurofen|advil|tylenol|panadol|aspirin|electrolytes?|"
    r"hydrolyte|dioralyte|gatorade|powerade|berocca|coffee|hangover)\b"
)
# ...and nothing of the writer's own wish, nor a waking dodged for ever
_BUT = needles.compile(
    r"\bi (?:\w+ ){0,3}?(?:wake up|die|dead|end it|kill myself|not be here)\b|\bforever\b|"
    r"\bever again\b|\banymore\b|\bany more\b|\bat all\b|\bsuicid\w*|\boverdos\w*|"
    r"\bwhole (?:bottle|box|packet|pack)\b|\ball (?:the|my|of (?:the|my)) (?:pills|tablets)\b"
)


def advice(plain: str) -> bool:
    """A friend told how not to wake up hungover, with nothing of the writer's own wish."""
    return (
        _DODGED.search(plain) is not None
        and _REMEDY.search(plain) is not None
        and _BUT.search(plain) is None
    )


# too much drink, told as drink: "drank way too much", "had too many pints"
_TOO_MUCH_DRINK = needles.compile(
    r"\b(?:drank|drunk|had|downed|necked) (?:\w+ )?(?:too much|too many|so much|loads)"
    r"(?: to drink| booze| alcohol| wine| beer| vodka| tequila| gin| rum| whisky| whiskey|"
    r" cider| prosecco| shots| pints| drinks| beers| cocktails| jagerbombs)?\b"
    r"|\b(?:too many|so many) (?:shots|pints|drinks|beers|cocktails|jagerbombs|tequilas|vodkas)\b"
)
# ...on a night out, or regretted the morning after
_NIGHT = needles.compile(
    r"\b(?:night|night out|big night|party|pub|bar|club|wedding|birthday|hen do|stag do|"
    r"festival|work do|christmas do|leaving do|pres|predrinks|hangover|hungover|hanging|"
    r"never again|never drinking again|lol|lmao|haha|ha|head is|sore head|shots|tequila|pints|"
    r"beers|wine|vodka|cocktails|last night)\b"
)
# ...with nothing of pills, medicine or a body in danger beside it
_NIGHT_BUT = needles.compile(
    r"\b(?:pills?|tablets?|meds|medication|medicine|sleeping|ketamine|k|esketamine|spravato|"
    r"benzos?|xanax|valium|diazepam|oxy\w*|codeine|paracetamol|tylenol|on purpose|to die|"
    r"ket|mdma|molly|md|ecstasy|pingers|coke|cocaine|ghb|gbl|drugs|can not (?:feel|stand|move|"
    r"stay awake|see|talk)|heart|chest|collapsed|passed out|help|"
    r"not wake|can not wake|wont wake|unconscious|unresponsive|not breathing|can not breathe|"
    r"blue|seizure|fitting|ambulance|overdos\w*|suicid\w*|end it|kill myself|wanted to)\b"
)


def night_out(plain: str) -> bool:
    """Too much drink on a night out, told as a night and a regret, nothing else taken."""
    return (
        _TOO_MUCH_DRINK.search(plain) is not None
        and _NIGHT.search(plain) is not None
        and _NIGHT_BUT.search(plain) is None
    )
