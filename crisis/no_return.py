"""Method questions and overdoses told without a word of death: the full reply.

Each kind is told by its shape rather than by a word like "kill" or "lethal":

- ``_NEVER_BACK``: an amount asked for so that one would not come back ("how many units of
  insulin would a non diabetic need to never come round", "how much would it take to never wake
  up", "how many would you need to not come back"), or to go into a coma or a sleep one does not
  come out of ("how much insulin to go into a coma you don't come out from"), a mix one does not
  come back from, an amount to sleep forever, to "finish me", for the liver to stop forever, or
  that is "no return" (``_NO_WAY_OUT``);
- ``_DYING_HURTS``: whether a way of dying to the end hurts or is a drifting off ("does starving
  yourself to the end hurt or do you just drift off", "does bleeding out hurt or do you just
  fade");
- ``_PAINLESS_WAY``: the most painless method asked in German or Spanish, whatever the reason
  given ("welche Methode ist am schmerzlosesten? frage für einen Roman");
- ``_COUNT_TAKEN``: a large count of a medicine the writer took, with the body answering
  ("idk how many ibuprofen i had, maybe 50? stomach is agony");
- ``_NECKED``: a medicine swallowed in slang ("necked", "downed", "sank", "chucked back") in a
  load or an unknown amount ("just necked a load of diazepam with the whiskey, not sure how
  many").

Lookalikes stay quiet: a diabetic's usual units, a patient who should come round after surgery,
fasting for a blood test, whether a tattoo hurts, the most painless way to take off a plaster
("welche Methode ist am schmerzlosesten, um ein Pflaster zu entfernen"), two ibuprofen for a
headache, a pint necked, a load of washing, a grandmother's coma told as past, a flight's point of
no return, exercise until the heart stops racing, a hangover's cocktail. Read on normalised text
(see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

# An amount asked for, then a not-coming-back: the end is the aim of the amount.
_NEVER_BACK = _compile(
    r"\bhow (?:many|much)\b(?: \S+){0,12}? (?:need|needs|take|takes|have|had|inject|swallow|"
    r"would it be|do it|to)\b(?: \S+){0,4}? (?:to |so (?:i|you|they|he|she|someone) )?"
    r"(?:never|not|wont|won t|would not|would never|didnt|didn t) "
    r"(?:come round|come around|come to|wake up|wake|come back|be found alive|survive it)\b"
    r"(?! (?:to|from|in|at|for|with|tired|early|late|later|again|home|here|there)\b)"
)
# An amount asked to reach a state one does not come out of: "how much insulin to go into a coma
# you don't come out from", "enough to fall into a sleep you never wake from".
_NO_WAY_OUT = _compile(
    r"\b(?:how (?:many|much)|what (?:dose|amount)|enough)\b(?: \S+){0,12}? (?:a |into a |in a )?"
    r"(?:coma|sleep|deep sleep|hypo)\b(?: that| which)? (?:you|i|one|they|he|she|someone|people|"
    r"a person) (?:do not|does not|never|would not|will not|can not|could not|dont|doesnt|wont|"
    r"wouldnt) (?:come out|wake|wake up|come back|come round|come around|recover|return)\b"
    r"|\b(?:how (?:many|much)|what (?:dose|amount)|enough)\b(?: \S+){0,12}? (?:a |into a |in a )?"
    r"(?:permanent|irreversible|fatal|deadly|lethal|endless) (?:coma|sleep|hypo)\b"
    # an amount that is "no return"
    r"|\bhow (?:many|much)\b(?: \S+){0,6}? (?:is|for) (?:the )?(?:point of )?no return\b"
    # a mix or a dose one does not come back from
    r"|\b(?:mix|mixture|combo|combination|cocktail|dose|amount)\b(?: \S+){0,5}? (?:that |which )?"
    r"(?:you|i|one|people|a person|someone) (?:do not|never|dont|wont|will not|would not|can not) "
    r"(?:come back|wake up|wake|come round|come around|recover|survive)\b"
    # an amount to sleep forever, to finish the writer, or for an organ to stop for good
    r"|\bhow (?:many|much)\b(?: \S+){0,10}? (?:to|would|will|for|so i) (?:sleep forever|sleep for "
    r"ever|sleep and never wake|finish me|finish myself|end me|do me in|make (?:my |the )?(?:heart|"
    r"liver|breathing) stop)\b"
    r"|\bhow (?:many|much)\b(?: \S+){0,8}? (?:for|to make|until) (?:my |the |your )?(?:liver|heart|"
    r"kidneys|breathing|lungs) (?:to )?(?:stop|fail|give up|shut down)(?: forever| for good| "
    r"completely|$)"
)
# ...and the amount is of a drug or a dose, not of times, hours or money.
_OF_A_DRUG = _compile(
    r"\b(?:units|mg|milligrams|grams|g|ml|mls|pills|tablets|capsules|doses|insulin|morphine|"
    r"fentanyl|heroin|methadone|oxy|oxycodone|codeine|tramadol|paracetamol|ibuprofen|diazepam|"
    r"valium|xanax|benzos|zopiclone|sleeping pills|sleeping tablets|ketamine|propofol|potassium|"
    r"of (?:these|those|them|it|my|his|her|the) \w+|of (?:these|those|them|it)|"
    r"would it (?:actually |really |even |honestly )?take|ket|mdma|ghb|"
    r"does it take|to take|to inject|to swallow)\b"
)
# A way of dying that goes to the end, asked whether it hurts or is a drifting off.
_DYING_HURTS = _compile(
    r"\b(?:does|do|would|will|is)\b(?: \S+){0,3}? (?:starving|starve|bleeding out|bleed out|"
    r"drowning|drown|freezing|freeze|suffocating|hanging|overdosing)\b(?: \S+){0,3}? "
    r"(?:to (?:the|your|my|their) (?:end|death)|to death|till (?:you|i|they) die|until (?:you|i|"
    r"they) die)\b(?: \S+){0,2}? (?:hurt|painful|peaceful)\b(?: \S+){0,6}? "
    r"(?:drift off|drift away|fade|fade away|fall asleep|go to sleep|slip away|just go)\b"
)
# The most painless method, asked in German or Spanish; a task named after it is not one.
_PAINLESS_WAY = _compile(
    r"\b(?:welche (?:methode|art|weise)|was) (?:ist|ware) (?:am schmerzlosesten|die "
    r"schmerzloseste)\b(?! (?:um|fur|bei|zum|zur) )"
    r"|\b(?:cual|que) (?:metodo|forma|manera) (?:es|seria) (?:el |la )?menos doloros[oa]\b"
    r"(?! (?:para|de) (?!morir|matar|acabar)\w)"
)
# A medicine counted by the writer in tens, with pain or sickness after it.
_MEDICINE = (
    r"(?:ibuprofen|ibuprofens|paracetamol|paracetamols|tylenol|acetaminophen|aspirin|aspirins|"
    r"advil|nurofen|codeine|co codamol|cocodamol|tramadol|diazepam|valium|xanax|benzos?|"
    r"pills|tablets|tabs|sleeping pills|painkillers|antidepressants|sertraline|citalopram|"
    r"zopiclone|pregabalin|lithium|insulin)"
)
_COUNT_TAKEN = _compile(
    r"\b(?:i|i ve|ive)\b(?: \S+){0,2}? (?:had|took|taken|swallowed|downed|necked)\b(?: \S+){0,3}? "
    r"(?:maybe |like |about |around |at least |over |more than )?(?:[2-9]\d|\d{3})\b"
    r"(?: \S+){0,3}? " + _MEDICINE + r"\b"
    r"|\b" + _MEDICINE + r" (?:i|i ve|ive) (?:had|took|taken|swallowed)\b(?: \S+){0,2}? "
    r"(?:maybe |like |about |around |at least |over |more than )?(?:[2-9]\d|\d{3})\b"
)
_BODY_ANSWERS = _compile(
    r"\b(?:agony|throwing up|vomiting|being sick|puking|ringing|can t breathe|cant breathe|"
    r"heart racing|dizzy|shaking|stomach (?:is |hurts|pain)|chest (?:is |hurts|pain)|"
    r"everything is slow|can t stay awake|cant stay awake|blurry|numb)\b"
)
# Slang for swallowing, a medicine, and a load or an unknown amount.
_NECKED = _compile(
    r"\b(?:necked|downed|sank|sunk|chucked back|knocked back|threw back|swallowed)\b(?: \S+){0,3}? "
    + _MEDICINE
    + r"\b(?: \S+){0,8}? (?:not sure how many|dont know how many|don t know how many|lost count|"
    r"no idea how many|idk how many|the lot|all of them|whole (?:box|bottle|pack|strip))\b"
    r"|\b(?:necked|downed|sank|sunk|chucked back|knocked back|threw back|swallowed) (?:a load|"
    r"loads|a handful|handfuls|a fistful|a bunch|a pile|the lot|a whole (?:box|bottle|pack|strip"
    r")) (?:of )?(?:my |the |me )?" + _MEDICINE + r"\b"
)


def method(plain: str) -> bool:
    """True for an amount asked so as not to come back, or whether a death to the end hurts."""
    never = _NEVER_BACK.search(plain)
    if never is not None and _OF_A_DRUG.search(never.group()) is not None:
        return True
    way_out = _NO_WAY_OUT.search(plain)
    if way_out is not None and _OF_A_DRUG.search(way_out.group()) is not None:
        return True
    return bool(_DYING_HURTS.search(plain) or _PAINLESS_WAY.search(plain))


def overdose(plain: str) -> bool:
    """True for a medicine taken in tens with the body answering, or necked in a load."""
    if _NECKED.search(plain):
        return True
    return _COUNT_TAKEN.search(plain) is not None and _BODY_ANSWERS.search(plain) is not None
