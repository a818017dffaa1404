"""A means beside the writer, made ready, or named with the end it is for.

Kinds that say no word of death but show the means: a loaded gun on the bed next to the writer,
a late father's gun taken out at night and held, the rope ready before one last lesson, a farm
chemical to drink "and finish this suffering", a jump from a ferry where nobody would see,
tablets saved in a tin under the bed and counted. A rifle loaded for the hunt, cleaned before a
trip or locked in the safe, a rope ready for the goats or the tent, and pills counted into a
week's organiser or at the pharmacy give the means an everyday job and stay quiet.

Going to sit in the cool room and pull the door shut "for the quiet" gets a check-in; cooling
off on a hot day, a delivery or a break there does not.

Also here: lithium taken with a painkiller that raises its level, with shaking, vomiting or
confusion now (an overdose in all but name), and a poison already drunk by someone close ("my
mother drank the kerosene, she is vomiting"), which gets the full reply as an overdose does.
Read on normalised text; pure.
"""

from __future__ import annotations

from crisis.vocab import _compile

_GUN = r"(?:gun|guns|rifle|hunting rifle|shotgun|pistol|revolver|handgun|firearm)"
_BESIDE = (
    r"(?:on (?:the|my) (?:bed|pillow|lap|nightstand|bedside table)|next to me|beside me|"
    r"in my (?:lap|hand)|under my pillow)"
)
_LOADED_BESIDE = _compile(
    r"\b"
    + _GUN
    + r"\b(?: \S+){0,3}? (?:is |was )?(?:loaded|cocked|out)\b(?: \S+){0,3}? "
    + _BESIDE
    + r"\b",
    r"\bloaded (?:the|my|his|her|dad s|my dad s) (?:\w+ )?"
    + _GUN
    + r"\b(?: \S+){0,4}? "
    + _BESIDE
    + r"\b",
)
_HELD_AT_NIGHT = _compile(
    r"\b" + _GUN + r"\b(?: \S+){0,10}? (?:take|took|taking) it out (?:at night|every night|"
    r"again|each night|most nights)\b(?: \S+){0,2}? (?:and )?(?:hold|holding|held|look at it|"
    r"stare at it|sit with it)\b"
)
_GUN_BUT = _compile(
    r"\b(?:hunt\w*|deer|season|range|club|clean\w*|oil\w*|safe|lock\w*|licen[cs]e\w*|trip|"
    r"competition|shoot(?:ing)? (?:day|practice)|game|film|movie|museum|sell\w*|police|burglar\w*|"
    r"intruder|break in|broke in|self defen[cs]e|bear|bears|coyote|fox|snake|wolves)\b"
)
_ROPE_READY = _compile(
    r"\b(?:my )?(?:rope|noose)\b(?: \S+){0,2}? (?:is |was )?(?:ready|tied|set up|up)\b"
    r"(?=.*\b(?:first|before|last|finish\w*|tonight|goodbye|then)\b)"
)
_ROPE_BUT = _compile(
    r"\b(?:swing|tent|boat|climb\w*|tug|skipping|jump rope|washing|clothes|for the (?:goats?|"
    r"cows?|horse|calf|sheep)|to tie|tie (?:the|up)|halloween|play|stage|game)\b"
)
_POISON = (
    r"(?:poison|rat poison|pesticide|herbicide|weed ?killer|insecticide|chemical|chemicals|dip|"
    r"dipping chemical|cow dip|sheep dip|kerosene|paraffin|bleach|antifreeze|acid|gramoxone|"
    r"paraquat|sniper|otapiapia)"
)
_DRINK_TO_END = _compile(
    r"\b(?:i|me)\b(?: \S+){0,2}? (?:drink|swallow|take|drinking|taking)\b(?: \S+){0,5}? "
    + _POISON
    + r"\b(?: \S+){0,5}? (?:and|to) (?:finish|end|stop) (?:this|it|my|everything|all)\b"
)
_UNSEEN_JUMP = _compile(
    r"\bif i (?:jump|jumped|step|stepped|fall|fell) (?:off|from|over) (?:\w+ ){0,3}?"
    r"(?:ferry|boat|ship|bridge|roof|building|cliff|balcony|deck|train|platform)\b(?: \S+){0,3}?"
    r" (?:nobody|no one|noone) (?:will|would|could) (?:see|notice|know|find|hear|stop)"
    r"(?: me| it| anything)?(?= *$| (?:in|at|until|till|for|if|when|before|after|and|so|i|"
    r"tonight|because|anyway)\b)"
)
_SAVED_PILLS = _compile(
    r"\b(?:saving|saved|collecting|hoarding|stashing|keeping|putting away) (?:\w+ ){0,4}?"
    r"(?:tablets|pills|meds|medication|paracetamol|painkillers|sleeping pills)\b(?: \S+){0,6}? "
    r"(?:in a|in the|under|inside|behind|hidden)\b(?=.*\b(?:\d+|maybe|so far|now|just so)\b)"
    r"|\bcounting (?:the |my )?(?:\w+ )?(?:pills|tablets|paracetamol|packets|meds)\b"
    r"(?=.*\b(?:again|\d+ (?:different )?(?:chemists|pharmacies|shops)|never ask|calming|"
    r"\d+ now|(?:\d+ )?so far)\b)"
)
_PILLS_BUT = _compile(
    r"\b(?:organi[sz]er|dosette|blister pack|pharmacy|at work|stock ?take|stock check|stock|"
    r"inventory|audit|dispens\w*|ward|shift|controlled drugs?|cd count|"
    r"for (?:my|the) (?:mum|mom|dad|nan|gran|patients?|residents?|trip|holiday)|expired|"
    r"take back|return\w*|disposal|recycl\w*|vet|miss\w* (?:a |my )?dose|refill|repeat "
    r"prescription|running low|run out|ran out)\b"
)
_THEY_DRANK = _compile(
    r"\b(?:my (?:mother|mum|mom|father|dad|brother|sister|son|daughter|husband|wife|friend|"
    r"uncle|aunt|cousin|neighbour|neighbor|child|boy|girl)|he|she)\b (?:drank|has drunk|"
    r"swallowed|took) (?:the |some |a bottle of |our )?" + _POISON + r"\b"
    r"(?=.*\b(?:vomit\w*|foam\w*|unconscious|fitting|shaking|not waking|far from|hospital|help)\b)"
)


# Lithium with a painkiller that raises its level, and the signs of too much now.
_LITHIUM_TOXIC = _compile(
    r"\blithium\b(?=.*\b(?:ibuprofen|naproxen|nsaids?|diclofenac|advil|nurofen|too much|extra|"
    r"double\w*)\b)(?=.*\b(?:now|today|tonight)\b)(?=.*\b(?:shaking|shaky|tremor\w*|throwing up|"
    r"vomit\w*|confused|confusion|slurr\w*|can not walk|unsteady)\b)"
)


# Going to sit in a cold store and pull its door shut, for the quiet: a check-in asks.
_SHUT_COLD = _compile(
    r"\b(?:go|going|gonna|gon na|about to|i will|i ll) (?:\w+ )?(?:sit|lie|lay|stay|hide) "
    r"(?:down )?in (?:the|a) (?:cool room|cold room|cold store|walk in freezer|freezer|chiller|"
    r"blast freezer|meat locker)\b(?: \S+){0,4}? (?:pull|shut|close|lock) (?:the door|it)\b"
)
_SHUT_COLD_BUT = _compile(
    r"\b(?:hot|heat|heatwave|cool off|cool down|degrees|sweat\w*|stock|delivery|deliveries|"
    r"clean\w*|inventory|lunch|break|call|minutes?|lol|haha|defrost\w*|fix\w*|repair\w*)\b"
)


def shut_cold(plain: str) -> bool:
    """True when the writer is going to sit shut inside a cold store, with no work or heat."""
    return _SHUT_COLD.search(plain) is not None and _SHUT_COLD_BUT.search(plain) is None


def overdose(plain: str) -> bool:
    """True when the signs of lithium poisoning are told beside what raised its level."""
    return _LITHIUM_TOXIC.search(plain) is not None


def own(plain: str) -> bool:
    """True when the writer tells of a means ready beside them, or of the end it is for."""
    gun = _LOADED_BESIDE.search(plain) or _HELD_AT_NIGHT.search(plain)
    if gun and not _GUN_BUT.search(plain.replace("hunting rifle", "rifle")):
        return True  # "hunting rifle" names the gun; a hunt planned is the errand
    if _ROPE_READY.search(plain) and not _ROPE_BUT.search(plain):
        return True
    if _DRINK_TO_END.search(plain) or _UNSEEN_JUMP.search(plain):
        return True
    return bool(_SAVED_PILLS.search(plain) and not _PILLS_BUT.search(plain))


def theirs_drunk(plain: str) -> bool:
    """True when someone close has already drunk a poison and is ill from it."""
    return _THEY_DRANK.search(plain) is not None
