"""Method questions asked as making sure, as a quick way, or as the knot others use: full reply.

Three English shapes the other method rules miss, each read with its own lookalikes:

- ``_SURE_AMOUNT``: an amount asked so that it is final, certain or works to the end ("what
  amount would make sure it's final", "how many ml would he need so it actually works", said of
  a story's character who "goes over on purpose"). "So it works" alone is a dose that helps, so
  it needs a word of intent beside it (on purpose, deliberately, going over, for good);
- ``_QUICK_MEANS``: a means that is itself a way to die asked as "a quick way", "a painless
  way" or "the surest way", with the way's errand left unsaid ("is insulin a quick way? i still
  have her pens"). A way to somewhere or to something ("a quick way to lose weight", "the
  quickest way to town") is the lookalike;
- ``_KNOT_USED``: the knot, the rope or the height people use when they hang themselves or
  jump, asked as a fact, whatever reason is given after it (a history question, a story).
  Knots for sailing, climbing or scouts name no self;
- ``_WHICH_FOR_END``, ``_NOOSE_TIED``, ``_SHUT_IN_FUMES``: means weighed "for ending it", a noose
  or a hangman's knot asked how to tie (a Halloween prop, a fishing knot or a stage's is the
  lookalike), how long it takes in a shut garage with the engine running (not to warm it up);
- ``_FINISHES``: a medicine asked for that "will finish me", an amount said to "stop heart",
  a dose for someone "to pass peacefully" (a hospice's or a doctor's care is the lookalike);
- ``_DO_THE_JOB``: which pills or which means "would do the job" or "do it", the job unsaid;
  a painkiller for a headache or a poison for the rats names its job;
- an amount asked "to be sure" with nothing after it ("how many paracetamol would a 60kg girl
  need to take to be sure"), a story's or not; "to be sure it's safe" names what is made sure;
- ``_WANTS_DROWN`` with ``_WEIGHED_DOWN``: drowning wanted, and what to tie or weigh oneself
  with or how not to struggle asked ("a fisherman wants to drown without struggling, what would
  he tie to himself"); a life jacket, a rescue or "so he doesn't drown" is the lookalike.

Read on normalised text (``crisis.normalise``: no apostrophes, no question marks); pure, nothing
here logs.
"""

from __future__ import annotations

from crisis import needles

# An amount asked: "how many ml", "what amount", "what dose".
_AMOUNT = needles.compile(
    r"\b(?:how (?:many|much)|what (?:amount|dose|dosage|quantity|number)|how big a (?:dose|"
    r"amount)|what would (?:the|an?) (?:amount|dose) be|(?:the|a) (?:dose|amount|quantity) of|"
    r"(?:the )?(?:max|maximum|most) (?:u|you|i|one|a person|someone) (?:can|could) (?:take|do|"
    r"have))\b"
)
# ...whose aim is that it is final or certain: the end made sure.
_FINAL = needles.compile(
    r"\b(?:make (?:sure|certain) (?:it is |its |it s |that it is |that its )?(?:final|the end|"
    r"fatal|for good|over|done for good)|(?:so|that) (?:it is|its|it s|it would be|it will be) "
    r"(?:final|fatal|for good|the end|certain)|(?:would|will|to) be (?:final|fatal for sure|for "
    r"good)|to make it (?:final|permanent|stick|certain)|so (?:there is|theres) no coming back)\b"
    # ...or the end in a euphemism: "before its game over", "for eternal sleep", "finishes the
    # life", "to be done for good"
    # "to be sure" with nothing after it: sure of what is left unsaid
    r"|\bto (?:be|make) (?:sure|certain|100 percent sure)$"
    r"|\b(?:before|till|until|to|for|so|which|that|would|will) (?:\w+ ){0,2}?(?:game over|"
    r"curtains for me|eternal sleep|the big sleep|permanent sleep|(?:finish|finishes|end|ends) "
    r"(?:the|my|a|your) life|(?:be )?done for good|over for good|gone for good|out for good)\b"
)
# ...or that it "works", with a word of intent beside it.
_WORKS = needles.compile(
    r"\b(?:so|that|for) (?:it|that|he|she|they|i) (?:actually |really |definitely |properly )?"
    r"(?:works?|would work|will work|does it|do it|goes through)\b"
    r"|\b(?:to|would) (?:actually |really |definitely |properly )?(?:work|do it|do the job)\b"
)
_INTENT = needles.compile(
    r"\b(?:on purpose|deliberately|intentionally|goes? over|going over|went over|go under for "
    r"good|for good|end (?:it|things|his life|her life|their life|my life)|ends? (?:it|things)|"
    r"kills? (?:himself|herself|themselves|myself)|suicide|overdose on purpose|not wake|never "
    r"wake|not come back|never come back)\b"
)
# A drug or a medicine named: the amount is of a substance, not of money or of sleep.
_SUBSTANCE = needles.compile(
    r"\b(?:ml|mls|mg|grams?|g|units|pills|tablets|tabs|caps|doses?|bags|points|methadone|"
    r"heroin|gear|fent\w*|oxy\w*|morphine|codeine|tramadol|benzos?|xanax|xans|bars|valium|"
    r"diazepam|ghb|gbl|ket|ketamine|lean|sizzurp|insulin|paracetamol|tylenol|ibuprofen|"
    r"sleeping (?:pills|tablets)|meds|medication|script|alcohol|vodka|booze)\b"
)

# A means that is a way to die by itself, asked as "a quick way" with no errand after it.
_MEANS = (
    r"(?:insulin|helium|nitrogen|exhaust|carbon monoxide|charcoal|paracetamol|tylenol|"
    r"acetaminophen|an overdose|overdosing|od ing|hanging|a noose|the rope|drowning|jumping|"
    r"the train|a train|the tracks|the bridge|a bridge|the cliff|antifreeze|bleach|weedkiller|"
    r"rat poison|a gun|the gun|shooting|slitting|my wrists|the wrists|sleeping pills|her pills|"
    r"his pills|my pills|all (?:of )?(?:my|her|his|the) (?:pills|tablets|meds|insulin))"
)
_QUICK_MEANS = needles.compile(
    r"\b(?:is|are|would|will|was|isnt|wouldnt) (?:\w+ ){0,2}?" + _MEANS + r" (?:be )?(?:really |"
    r"actually |even )?(?:a|the) (?:quick|quicker|quickest|fast|faster|fastest|painless|sure|"
    r"surer|surest|peaceful|easy|easier|clean|cleaner|certain|reliable|gentle) (?:way|option|"
    r"method|death|end|exit)\b(?! (?:to|for|of|from|into|in|out|around|round|through|home|back|"
    r"down|up|there|here)\b)"
)
# ...and the way is to health or care: "a quick way" of taking one's paracetamol for a fever
_CARE = needles.compile(
    r"\b(?:headache|migraine|fever|temperature|period pain|cramps|toothache|back pain|cold|flu|"
    r"blood sugar|glucose|diabet\w+ (?:control|management)|hypo treatment|injection technique|"
    r"inject (?:it|insulin) (?:properly|correctly)|balloons?|party|welding|airship|diving|"
    r"scuba|car|engine|garden|weeds|cleaning|stain|mould|mold)\b"
)

# A medicine or a means asked which "would do the job" quickest or surest: the job left unsaid
_DO_THE_JOB = needles.compile(
    r"\b(?:which|what) (?:\w+ )?(?:pills|painkillers|tablets|meds|medicine|drugs?|poison|gas|"
    r"rope|gun|knife|blade|bridge|building|height|overdose) (?:\w+ )?(?:would|will|could|can|"
    r"is gonna|is going to) (?:do the job|do it|get it done|finish (?:it|me|the job))\b"
    # ...and no job named after it: "for a bad back", "on the rats"; "for me" names none
    r"(?! (?:for|on|with|against) (?!me\b|myself\b|good\b))"
)
_PAIN = needles.compile(
    r"\b(?:headache|migraine|pain|ache|aching|sore|fever|cramps|injury|sprain|toothache|arthritis|"
    r"bad back|back|knee|neck|shoulder|joints?|period|cold|flu|cough|hangover|depression|anxiety|"
    r"ptsd|insomnia|sleep|mood|treatment|therapy|ssris?|antidepressants?|lesson|course|"
    r"weeds|rats|mice|pests|slugs|wasps|garden|kitchen|diy|renovat\w*)\b"
)
# Means weighed for the end itself: "which is better for ending it, pills or the rope"
_WHICH_FOR_END = needles.compile(
    r"\b(?:which|what) (?:is|s|would be|will be|works) (?:better|best|quicker|quickest|surer|"
    r"surest|easier|more reliable|less painful|more painless|faster) (?:for|to|at) "
    r"(?:ending it|end it|ending things|end things|ending my life|end my life|dying|die|going|"
    r"killing myself|kill myself|suicide|not waking up|never waking up)\b"
)
# A noose or a hangman's knot asked how to tie, with no prop, no fishing line, no stage
_NOOSE_TIED = needles.compile(
    r"\bhow (?:do|to|can|would|should|does) (?:i |you |u |one |someone |a person )?(?:make|tie|"
    r"do|knot) (?:a |an |the )?(?:proper |real |strong |good )?(?:noose|hangman s knot|hangmans "
    r"knot|hangman knot|hangmans noose|hanging knot)\b"
)
_NOOSE_PROP = needles.compile(
    r"\b(?:halloween|decoration\w*|decor|prop|props|costume|film|movie|play|stage|theat\w*|"
    r"haunted|western|fishing|fish|line|lure|hook|tackle|angling|sailing|boat|scouts?|knot ?tying "
    r"class|paracord|bracelet|craft\w*|history|museum|game|escape room)\b"
)
# A car or a fire left running in a shut place, asked how long it takes
_SHUT_IN_FUMES = needles.compile(
    r"\bhow long (?:would|does|will|did|do) it (?:\w+ )?take (?:\w+ ){0,3}?(?:in|inside) "
    r"(?:the |a |my |our )?(?:garage|shut car|closed car|car|shed|tent|small room) "
    r"(?:\w+ ){0,3}?(?:with (?:the |a |my )?(?:car|engine|motor|generator|bbq|barbecue|charcoal|"
    r"exhaust|hose)|engine (?:running|on))\b"
)
_FUMES_JOB = needles.compile(
    r"\b(?:warm\w*|defrost\w*|heat\w*|charg\w*|battery|dry|drying|paint|tune|repair\w*|fix\w*|"
    r"service|oil|mechanic|detector|alarm|safety|ventilat\w*|prevent\w*|carbon monoxide poisoning "
    r"symptoms)\b"
)
# A medicine asked for that "will finish me", or an amount said to stop a heart, or a dose for
# someone to "pass peacefully": the end is the errand
_FINISHES = needles.compile(
    r"\b(?:which|what) (?:\w+ )?(?:tablets?|pills?|medicines?|medication|drugs?|poison|gas|"
    r"injection)\b(?: \S+){0,6}? (?:will|would|can|could|to|that|which) (?:\w+ )?(?:(?:finish|end) "
    r"me|kill me (?:peacefully|painlessly|quick\w*|fast|in my sleep|for sure))\b"
    r"(?! off (?:this|the|my) (?:cold|flu|cough|headache|infection|hangover))"
    r"|\b(?:\d+|two|three|four|five|a|one) (?:bottles?|packs?|boxes?|strips?|tablets|pills) of "
    r"(?:\w+ ){0,2}?(?:cough syrup|pills|tablets|paracetamol|tylenol|insulin|morphine|codeine|"
    r"tramadol|amitriptyline|propranolol|\w+olol|\w+pine|\w+pam|sleeping pills|meds)\b"
    r"(?: \S+){0,3}? (?:can|could|will|would) (?:stop|kill) (?:the |a |your |ur |my |someone s )?"
    r"heart\b"
    r"|\b(?:how (?:much|many)|what dose|what amount|which dose)\b(?: \S+){0,6}? for (?:my \w+|her|"
    r"him|them|me) to (?:pass|die|go|slip away|not wake up) (?:peacefully|quietly|gently|in (?:her|"
    r"his|their|my) sleep|quickly|painlessly)\b"
)
# ...a hospice's or a doctor's care around the dose
_CARE_TEAM = needles.compile(
    r"\b(?:hospice|palliative|syringe driver|end of life care|care team|district nurse|gp said|"
    r"doctor said|nurse said|oncologist|prescribed|comfort care|overdose risk|safe dose)\b"
)
# The knot or the height people use when they hang themselves or jump: a method asked as fact.
_KNOT_USED = needles.compile(
    r"\bwhat (?:knot|kind of knot|type of knot|rope|kind of rope|cord|height|drop|floor|length "
    r"of rope|length of drop) (?:do|does|did|would|should|is) (?:\w+ ){0,2}?(?:use|used|tie|need|"
    r"needed|best) (?:\w+ ){0,2}?(?:when|to|for|if) (?:they|you|people|someone|a person|he|she|"
    r"one|i) (?:\w+ )?(?:hang|hangs|hanged|hung|jump|jumps|jumped) (?:themselves|themself|"
    r"yourself|himself|herself|oneself|myself|off|from)\b"
)


# ...an ailment the amount is meant to end: "would make sure it's final for this toothache"
_AILMENT = needles.compile(
    r"\bfor (?:this|my|the|a) (?:\w+ )?(?:toothache|headache|migraine|cold|flu|fever|cough|back|"
    r"knee|period|cramps|exam|test|essay|hangover|infection|rash|allerg\w*)\b"
)


# Drowning wanted, and what to weigh oneself with or how not to struggle asked: "a fisherman
# wants to drown without struggling, what would he tie to himself"
_WANTS_DROWN = needles.compile(
    r"\b(?:wants?|wanted|wanting|trying|tries|means|meant|plans?|planning|decides?|decided|"
    r"chooses|chose|going|ready) to (?:drown|sink|go under|walk into the (?:sea|water|river|lake))"
    r"\b|\bdrown (?:himself|herself|themselves|myself|yourself)\b"
)
_WEIGHED_DOWN = needles.compile(
    r"\b(?:what|which|how (?:much|heavy|many))\b(?: \S+){0,5}? (?:tie|tied|strap|weigh\w*|attach|"
    r"put in|fill|carry|hold|use|need)\b|\bwithout (?:struggling|a struggle|floating|fighting it|"
    r"coming (?:back )?up|kicking)\b"
)
_KEPT_AFLOAT = needles.compile(
    r"\b(?:(?:does|do|did|would|will|could) (?:not|n t|nt)|doesnt|dont|wont|wouldnt|never|not "
    r"to|from|avoid|stop \w+ from|keep \w+ from) (?:\w+ )?drown\w*|\b(?:life ?jacket|life ?vest|"
    r"lifeline|life ring|buoy\w*|flotation|floatation|float (?:vest|aid)|rescue\w*|lifeguard|"
    r"swim\w* lessons?)\b"
)


def method(plain: str) -> bool:
    """An amount made sure to be final, a means asked as a quick way, or the knot others use."""
    amount = _AMOUNT.search(plain)
    if amount is not None and _SUBSTANCE.search(plain) is not None:
        after = plain[amount.start():]
        if _FINAL.search(after) and _AILMENT.search(plain) is None:
            return True
        if _WORKS.search(after) and _INTENT.search(plain):
            return True
    if _QUICK_MEANS.search(plain) and _CARE.search(plain) is None:
        return True
    if _DO_THE_JOB.search(plain) and _PAIN.search(plain) is None:
        return True
    if _WHICH_FOR_END.search(plain):
        return True
    if _FINISHES.search(plain) and _CARE_TEAM.search(plain) is None:
        return True
    if _NOOSE_TIED.search(plain) and _NOOSE_PROP.search(plain) is None:
        return True
    if _SHUT_IN_FUMES.search(plain) and _FUMES_JOB.search(plain) is None:
        return True
    if _WANTS_DROWN.search(plain) and _WEIGHED_DOWN.search(plain):
        return _KEPT_AFLOAT.search(plain) is None
    return _KNOT_USED.search(plain) is not None
