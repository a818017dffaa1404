"""An end hoped for that is a date on the calendar: the end of the semester, the week, a shift.

"hoping its the end of the semester soon", "i just want it to be the end of the week", "wish it
was the end of my shift already": the words of an end wished for ("hoping it's the end soon"),
with what ends named right after them, and that is a term, a week, a shift or an exam season.
The classifier, which has seen "the end" mostly in crises, reads risk there; ``hoped`` is True
for it, and the classifier's reading is dropped (``crisis.by_model``).

Never with the writer's own end beside it ("the end of the semester, or the end of me"), with
"it all", with a word of dying, being gone or not being around, nor as a deadline set ("giving it
until the end of the month and then i'm done", letters written): those are read as they stand.
Read on normalised text; pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# "the end of" followed by a stretch of the calendar or of study and work
_DATED_END = needles.compile(
    r"\b(?:the |this )?end of (?:the |this |my |our |a )?(?:\w+ )?(?:semester|term|trimester|"
    r"quarter|school year|academic year|year|month|week|weekend|day|shift|rota|night shift|"
    r"exams?|finals|exam season|revision|placement|rotation|internship|contract|season|"
    r"tax year|financial year|summer|winter|holidays?|lesson|class|module|course|unit|lecture|"
    r"meeting|match|game|season|block|sprint|deadline|project|pregnancy|trimester)\b"
)
# ...and no end of the writer's own, nor "it all", nor a word of dying or being gone
_OWN_END = needles.compile(
    r"\b(?:end of me|end of my life|end of everything|end of it all|end it|it all|my last|"
    r"die|dying|dead|death|kill\w*|suicid\w*|gone|not (?:be )?(?:here|around)|won t be|will not "
    r"be|no longer (?:be )?here|goodbye|forever|for good|no point|can not go on|can not do this|"
    r"anymore|any more|pills|rope|alive|exist\w*|tired of (?:life|living|being)|"
    # a deadline set rather than a break hoped for: "giving it until the end of the month and
    # then i'm done", "the letters are already written"
    r"until|till|til|giv\w* it|gave it|give myself|deadline|then i|done|letters?|note|written|"
    r"nothing works|nothing helps|nothing|that is when|thats when|that s when|loose ends|tied up|"
    r"tying up|before i go|bother|burden|paid off|everything sorted|ready)\b"
)


def hoped(plain: str) -> bool:
    """An end hoped for that is a stretch of the calendar (a term, a week, a shift)."""
    return _DATED_END.search(plain) is not None and _OWN_END.search(plain) is None
