"""A method question asked as a threshold or as a test of a method: the full reply.

The other method rules read a lethal amount asked with a word of death beside the means. These
kinds carry the death in what the amount would do, or in whether a method "works":

- ``_STOPS``: how much of something would stop a heart or a breathing, or kill a person, with
  words between that other rules do not expect ("how much ketamine would actually stop a grown
  man's heart", "how many of these would it take to shut down someone's breathing");
- ``_BEFORE_FATAL``: how big, how much or how many a dose can be "before it's fatal", beside a
  word for a dose or a drug ("big doses are dangerous. how big exactly before it's fatal");
- ``_WORKS``: a method that needs no word of death asked whether it works or kills (air pushed
  into a vein, a syringe of air, potassium chloride), as a question.

Lookalikes stay quiet: a heart stopped and restarted on purpose at work (adenosine for SVT, a
cardioversion), a fever, a blood pressure or an aneurysm asked "before it's fatal" (a symptom,
which ``crisis.body`` reads), a dose with no word of death ("how big a dose before it works"),
a patient's worry about a small bubble in their drip, and fluids pushed into a vein. Read on
normalised text; pure, nothing here logs.
"""

from __future__ import annotations

import re

_PERSON = (
    r"(?:(?:someone|somebody|a person|a human|an adult|a grown (?:man|woman|adult|person)|a (?:man|"
    r"woman))(?: s|s)|a|the|an|my|your|his|her|their)"
)
_STOPS = re.compile(
    r"\bhow (?:much|many)\b(?: \w+){0,4}? (?:would|will|does|do|could|can|to|it takes to|would "
    r"it take to|does it take to|would you need to|do you need to) (?:\w+ ){0,2}?"
    r"(?:stop|stops|shut down|shuts down|switch off) " + _PERSON + r" (?:\w+ )?"
    r"(?:heart|breathing|lungs)\b"
    r"|\bhow (?:much|many)\b(?: \w+){0,4}? (?:would|will|does|do|could|can|to|it takes to|would "
    r"it take to|does it take to) (?:actually |really |definitely |surely )(?:kill|finish off) "
    r"(?:a (?:grown )?(?:man|woman|person|human|adult)|someone|somebody|me|you)\b"
)
# ...a heart stopped on purpose and restarted, at work
_RESTARTED = re.compile(
    r"\b(?:svt|adenosine|cardiover\w*|defib\w*|restart\w*|reset\w*|for a (?:second|moment|few "
    r"seconds)|cardioplegi\w*|bypass|surgery|surgeons?|anaesthe\w*|anesthe\w*)\b"
)

_BEFORE_FATAL = re.compile(
    r"\bhow (?:big|much|many|high|large|strong)\b(?: \w+){0,6}? (?:before|until|till) "
    r"(?:it is|it s|its|it becomes|it gets|it would be|they are|they become|you are|you re|you "
    r"would be|you d be) (?:\w+ )?(?:fatal|deadly|lethal)\b"
    r"|\bhow (?:big|much|many|high|large|strong)\b(?: \w+){0,6}? (?:before|until|till) "
    r"(?:it kills|it would kill|they kill|you die|you d die|you would die|a person dies|someone "
    r"dies|you are dead|you re dead)\b"
)
# ...said of a dose or a drug
_DOSE = re.compile(
    r"\b(?:doses?|dosage|mg|milligrams?|ml|grams?|units?|pills?|tablets?|capsules?|meds|"
    r"medicine|medication|ketamine|ket|esketamine|spravato|drugs?|amount|bottle|benzos?|"
    r"opioids?|painkillers?|paracetamol|tylenol|insulin)\b"
)
# ...not a symptom or a body's reading
_SYMPTOM = re.compile(
    r"\b(?:fever|temperature|blood pressure|bp|sugar|glucose|aneurysm|tumou?rs?|cysts?|stones?|"
    r"clots?|wounds?|burns?|bleed\w*|heart rate|pulse|potassium levels?|sodium levels?)\b"
)

_WORKS = re.compile(
    r"\b(?:would|does|do|will|could|can|is|if)\b(?: \w+){0,5}? (?:(?:push\w*|inject\w*|put\w*|"
    r"shoot\w*|get\w*|an?) )?(?:air (?:bubbles? )?(?:into|in|through) (?:a |the |my |your |an? )?"
    r"(?:vein|veins|artery|arteries|bloodstream|blood|iv|line)|(?:syringe|needle|shot|injection)s? "
    r"(?:full )?of air|air embolism|injecting air|potassium chloride)\b(?: \w+){0,5}? "
    r"(?:actually |really |definitely |even |still )?(?:work|works|kill|kills|do it|do the job|be "
    r"enough|be fatal|be quick|be painless)\b"
)
# ...a patient's worry about a small bubble in their drip
_BUBBLE = re.compile(r"\b(?:tiny|small|little|few|bit of|some) (?:air )?bubbles?\b")


def method(plain: str) -> bool:
    """A lethal amount asked by what it does to a body or by its limit, or a method tested."""
    if _STOPS.search(plain) and not _RESTARTED.search(plain):
        return True
    if _BEFORE_FATAL.search(plain) and _DOSE.search(plain) and not _SYMPTOM.search(plain):
        return True
    return _WORKS.search(plain) is not None and _BUBBLE.search(plain) is None
