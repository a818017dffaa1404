"""Method questions asked in everyday words: always the full crisis reply.

A lethal way is asked for without "lethal" or "fatal": mixing ketamine with alcohol "to make sure
you dont come back", which of two poisons is "more painless", "the dose of amitriptyline that
kills", what pills "would do it without pain" (for a story or not), cutting "along the vein or
across", how much is "enough if someone wanted it to be permanent", how many units a character
"would need" to end it (fiction asks for the same number). A course question about
mixing ketamine and alcohol safely, a tattoo that is more painless than a piercing, a dose that
kills the bacteria or the pain, a hair dye that is permanent, and cutting wood along the grain
stay quiet. Read on normalised text; pure.
"""

from __future__ import annotations

from crisis.vocab import SUBSTANCE, _compile

_MEANS = (
    r"(?:poison|rat poison|pesticide|chemical|dip|kerosene|bleach|pills|tablets|overdose|rope|"
    r"hanging|gun|jump\w*|drown\w*|cut\w*|" + SUBSTANCE + r")"
)
# An amount a person "would need" or that "would it take", and the end it is asked for.
_AMOUNT = (
    r"(?:(?:units|pills|tablets|mg|milligrams|grams|capsules|ml|insulin|morphine|doses)\b"
    r"(?: \S+){0,4}? )?(?:would|will|does|do|did|to) (?:\w+ ){0,2}?(?:need|take|it take|be "
    r"enough)\b"
)
_END = (
    r"(?:ends? (?:it|her life|his life|their life|it all)|end it all|dies|die|to death|kills? "
    r"(?:herself|himself|themselves|myself|yourself)|fatal|lethal|overdoses?|suicide|never wakes? "
    r"up|not wake up)"
)
_ASKED = _compile(
    r"\b(?:to|so) (?:make sure|be sure|ensure|guarantee) (?:that )?(?:you|i|one|someone|they|"
    r"he|she|a person) (?:do not|never|will not|would not|wont|dont) "
    r"(?:come back|wake up|wake(?! up)|survive)\b(?! (?:to|from|late|with|here|there|until|"
    r"till|before|after|home|tomorrow|again|early|in|on|at|for)\b)",
    r"\bwhich (?:one )?(?:is|would be|is the) (?:more|most|less|least) painless\b"
    r"(?=.*\b" + _MEANS + r"\b)",
    r"\bdose (?:\w+ ){0,4}?(?:that|which) (?:kills|would kill|will kill|can kill)\b"
    r"(?! (?:the |a |any )?(?:bacteria|pain|germs|virus|viruses|fungus|lice|worms|weeds|pests|"
    r"parasites|infection|cancer|tumou?r|cells|mites|fleas|rats|mice)\b)",
    r"\bwhat (?:pills|tablets|meds|drugs|poison|medication) (?:would|will|could|can) "
    r"(?:\w+ ){0,2}?do it\b(?=.*\b(?:pain|painless|quiet\w*|peaceful\w*|sure|fast)\b)",
    r"\bcutting (?:\w+ ){0,2}?(?:along|across|down|up) (?:the |my )?(?:vein|veins|wrist|wrists|"
    r"artery)\b(?: \S+){0,3}? (?:or|vs|versus)\b",
    r"\b(?:enough|what amount|how much)\b(?: \S+){0,10}? (?:if|for) (?:someone|i|you|a person|"
    r"one) (?:wanted|wants|want) it to be (?:permanent|final|for good|the end)\b",
    # ...how much a character "would need" to end it, asked "so it's realistic"
    r"\bhow (?:many|much) " + _AMOUNT + r"(?=.*\b" + _END + r"\b)",
    r"\b" + _END + r"\b.{0,80}\bhow (?:many|much) " + _AMOUNT,
)
_ASKED_BUT = _compile(
    r"\b(?:dog|cat|pet|horse|plant|weed\w*|hair|dye|tattoo|paint|ink|glue|game|character in "
    r"(?:the|my) game|tooth\w*|headache|migraine|cramps|period pain|back pain|arthritis|sore|"
    r"pain relief|for the pain|phlebotomy|venepuncture|venipuncture|cannul\w*|drawing blood|"
    r"blood draw|sutur\w*|dissect\w*|incision|surgeon|surgical|cadaver)\b"
)


def method(plain: str) -> bool:
    """True when a lethal way is asked for in everyday words."""
    return _ASKED.search(plain) is not None and _ASKED_BUT.search(plain) is None
