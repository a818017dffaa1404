"""A question put to the writer at work, and the writer asking how to answer it.

Pharmacists, nurses, vets and receptionists are asked hard things over the counter: "a customer
asked me what a lethal dose of paracetamol is, how should i answer?", "an owner asked how much
chocolate would kill their dog, what do i tell them". The lethal amount is in the message, but
the one who asked it is a customer, a patient or an owner, and what the writer wants is the
words for a reply: work talk, not the writer's method question. ``relayed`` is True for that,
and the method reading is then dropped (``crisis.assess``, ``crisis.by_model``).

Never when the writer is in it ("...for myself", "i keep thinking about it", their own pills),
nor when the one who asked showed a sign of being at risk (upset, crying, asking for
themselves): then the full reply stays, with the lines the writer can pass on. Read on
normalised text; pure.
"""

from __future__ import annotations

from crisis import needles

# someone the writer serves asked: "a customer asked me", "the owner wanted to know"
_ASKED = needles.compile(
    r"\b(?:customers?|clients?|patients?|pt|owners?|pet owners?|callers?|"
    r"(?:patients?|residents?|clients?) (?:relative|family member|daughter|son|wife|husband)|"
    r"residents?|punters?|shoppers?|service users?)"
    r"(?: \w+)?(?: at the (?:counter|till|desk|front desk|window))? (?:asked|asks|was asking|"
    r"were asking|wanted to know|rang up asking|rang asking|called asking|came in asking|"
    r"phoned asking|messaged asking|emailed asking|kept asking|has asked|had asked)\b"
    # ...or the writer's trade named, and the question one they are asked in it
    r"|\bas an? (?:pharmacist|pharmacy (?:tech\w*|assistant)|chemist|dispenser|nurse|vet|"
    r"vet nurse|gp|doctor|paramedic|receptionist|carer|care worker|poison centre \w+) "
    r"(?:\w+ ){0,2}?(?:get|gets|am|are|keep getting|often get) (?:asked|questions)\b"
)
# ...and the writer wants the words for a reply
_HOW_TO_ANSWER = needles.compile(
    r"\bhow (?:do|should|would|can|could|shall) (?:i|we) (?:\w+ ){0,2}?(?:answer|respond|reply|"
    r"handle|approach|deal with|word|phrase|explain|field)\b"
    r"|\bwhat (?:do|should|would|can|could|shall) (?:i|we) (?:\w+ )?(?:tell|say|answer|reply)\b"
    r"|\b(?:how|what) to (?:answer|respond|reply|say|tell (?:him|her|them|people|customers))\b"
    r"|\b(?:advice|tips|guidance|script|policy|protocol) (?:on|for) (?:how to )?"
    r"(?:answer\w*|respond\w*|reply\w*|handl\w*|question\w*)\b"
    r"|\bam i (?:allowed|supposed|meant) to (?:answer|tell|say)\b"
)
# ...with nothing of the writer's own harm, and no sign that the one who asked is at risk
_BUT = needles.compile(
    r"\bfor (?:me|myself)\b|\bmyself\b|\bmy (?:own )?(?:pills|meds|tablets|stash|supply)\b|"
    r"\bi (?:\w+ ){0,2}?(?:want|wanted|wanna|keep thinking|been thinking|think about|"
    r"thought about) (?:to )?(?:die|dying|kill|end|overdos\w*|taking them|doing it)\b|"
    r"\b(?:upset|crying|cried|tearful|in tears|low|depressed|suicidal|distressed|worried|"
    r"scared|shaking|off|not okay|not ok|alone|goodbye|said bye|for (?:him|her|them)sel(?:f|"
    r"ves)|himself|herself|themselves|stockpil\w*|saving (?:them|up)|meant it)\b"
)


def relayed(plain: str) -> bool:
    """A hard question asked of the writer at work, and how to answer it asked in turn."""
    return (
        _ASKED.search(plain) is not None
        and _HOW_TO_ANSWER.search(plain) is not None
        and _BUT.search(plain) is None
    )
