"""Method questions asked in everyday words: always the full crisis reply.

A lethal way is asked for without "lethal" or "fatal": mixing ketamine with alcohol "to make sure
you dont come back", which of two poisons is "more painless", "the dose of amitriptyline that
kills", what pills "would do it without pain" (for a story or not), cutting "along the vein or
across", how much is "enough if someone wanted it to be permanent", how many units a character
"would need" to end it (fiction asks for the same number), whether cutting vertical or
horizontal works better "to get it right", whether one can drown or suffocate oneself in a
bathtub or whether the body stops you, which medicine is strongest for sleep "for good" (said
of a junior or a friend too). A course question about mixing ketamine and alcohol safely, a
tattoo that is more painless than a piercing, a dose that kills the bacteria or the pain, a hair
dye that is permanent, cutting wood along the grain, an onion or a fringe cut vertical or
across, drowning oneself in work, a freediver's breath hold and the strongest pill to fix one's
insomnia for good stay quiet. Read on normalised text; pure.
"""

from __future__ import annotations

from crisis import needles
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
    # the strongest medicine for sleep asked "for good": "which medicine is strongest... for good"
    r"\b(?:which|what) (?:\w+ )?(?:medicine|medicines|pills?|tablets?|drugs?|meds|sleeping "
    r"pills?) (?:is|are|would be|will be) (?:the )?(?:strongest|most powerful|most potent)\b"
    r"(?=.*\b(?:for good|for ever|forever|permanently|never wake|not wake|never to wake)\b)"
    r"(?!.*\b(?:fix|cure|solve|beat|sort|sort out|end|get rid of|stop|treat|clear up|kill) "
    r"(?:my|the|this|it|these|that|his|her)\b)",
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

# Cutting one way or the other, weighed by what works: "vertical or horizontal, more effective".
_WAY = r"(?:vertical\w*|horizontal\w*|lengthwise|length ways|up and down|sideways|across|along)"
_CUT_WAY = needles.compile(
    r"\bcut(?:ting|s)? (?:(?:my|your|the|a) (?:wrists?|veins?|arms?|thighs?|skin) )?(?:it )?"
    + _WAY
    + r" (?:or|vs|versus) (?:\w+ )?"
    + _WAY
    + r"\b"
    r"(?=.*\b(?:effective|works?|work better|deeper|faster|quicker|bleeds? (?:more|faster|out)|"
    r"get it right|do it right|the right way|better|surer|fatal|lethal)\b)"
)
_CUT_ERRAND = needles.compile(
    r"\b(?:hair|fringe|bangs|layers|onions?|carrots?|veg\w*|potato\w*|cake|bread|pizza|meat|"
    r"steak|fish|fabric|cloth|paper|card|wood|timber|plank|board|tiles?|glass|pipe|lawn|grass|"
    r"hedge|stem|stems|flowers?|roses?|dough|brownies|sandwich|cheese|fruit|mango|melon|"
    r"recipe|chopp\w*|slic\w*|dice|diced|knife skills|crochet|sewing|pattern|video|film|edit\w*|"
    r"diet|bulk|calories|cardio|grain|brisket|roast|chicken|lamb|pork|beef|salmon|tofu|turkey|"
    r"ham|bacon|joint|loaf|apple|tomato\w*|lettuce|cabbage|cucumber|nails?|grass|carpet|vinyl)\b"
)
# Drowning or suffocating oneself asked as possible, or whether the body stops you.
_SELF_WAY = needles.compile(
    r"\b(?:(?:can|could|would) (?:you|one|a person|someone|i|people)|(?:is it|it is) "
    r"possible to|is it even possible to) (?:really |actually |even )?(?:drown|suffocate|smother|"
    r"strangle|choke) (?:yourself|oneself|themselves|myself|themself)\b(?! (?:in|with) (?:\w+ )?"
    r"(?:work|coffee|books?|music|sorrows?|tears|noise|tea|beer|wine|paperwork|homework|studies|"
    r"love|a hobby|hobbies)\b)"
    r"|\b(?:can|could) (?:you|one|a person|someone|i) (?:really |actually )?(?:drown|suffocate) "
    r"(?:\w+ ){0,3}?(?:on purpose|deliberately|intentionally)\b"
)
_BODY_STOPS = needles.compile(
    r"\b(?:does|will|would|do|can) (?:the|your|my|a) body (?:\w+ )?(?:stop|save|force|fight|"
    r"kick in|take over|not let)\b(?: \S+){0,3}? (?:you|me|itself|them|one)\b"
)
_UNDER = needles.compile(
    r"\b(?:drown\w*|underwater|under water|(?:go|goes|going|stay|stayed|staying|head|face) "
    r"under|hang (?:yourself|myself|oneself)|noose|suffocat\w*|strangl\w*|bag over|plastic "
    r"bag)\b"
)
_BREATH_TRAINED = needles.compile(
    r"\b(?:freediv\w*|free div\w*|apnea|apnoea|breath hold training|scuba|snorkel\w*|"
    r"pranayama|yoga|lifeguard\w*|swim (?:coach|lesson|training|class)|toddler|baby|kid|child)\b"
)


def method(plain: str) -> bool:
    """True when a lethal way is asked for in everyday words."""
    if _CUT_WAY.search(plain) and not _CUT_ERRAND.search(plain):
        return True
    self_way = _SELF_WAY.search(plain) or (_BODY_STOPS.search(plain) and _UNDER.search(plain))
    if self_way and not _BREATH_TRAINED.search(plain):
        return True
    return _ASKED.search(plain) is not None and _ASKED_BUT.search(plain) is None
