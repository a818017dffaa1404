"""An overdose told by a curt deed and help forbidden.

"took the pills. dont call anyone" holds no amount ("all", "the lot", "a whole box") and no body
answering, which the overdose rules need; "took the pills" alone is as likely last night's
prescription. What tells the deed is the ban on help beside it: no one to be called, no ambulance,
no one to come or to try to stop or wake the writer, or that it is too late for any of it. The
full reply, with the emergency number, is the one such a message needs.

Lookalikes: pills taken on time with a call put off ("took my pills, do not call me before ten,
i will be asleep"), a prescription that made the writer sleepy, a friend asked not to tell
anyone about a new medicine (telling is left out: "took the pill, do not tell anyone" is as often
a contraceptive kept private). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# Tablets swallowed: the deed, however curt.
_TAKEN = needles.compile(
    r"\b(?:i )?(?:took|taken|swallowed|downed|necked|had) (?:the|those|these|them|my|all|every)? ?"
    r"(?:\w+ )?(?:pills?|tablets?|meds|capsules?|bottle|box|packets?|strips?)\b"
)
# Help forbidden, or said to be too late.
_NO_HELP = needles.compile(
    r"\b(?:(?:do not|dont|please do not|you can not|no point trying to) (?:call|ring|phone|text|"
    r"send|get|alert|contact|come|save|stop|wake|try to (?:stop|save|find|wake|help)) (?:any ?one|"
    r"any ?body|an ambulance|the ambulance|999|911|112|000|the police|help|for help|my (?:mum|mom|"
    r"dad|parents|family|wife|husband|partner)|for me|looking for me|after me|me)|"
    r"(?:it s|it is|its) too late (?:now|for (?:help|an ambulance|that))|no one can (?:stop|save) "
    r"(?:me|this|it) now)\b"
)
# A call put off for sleep or an hour: an errand, not a ban on help.
_ERRAND = needles.compile(
    r"\b(?:before|until|till|after) (?:\d+|ten|nine|eight|noon|lunch|morning|tomorrow|later)|"
    r"asleep|nap|side effects?|doctor|gp|pharmac\w*|prescri\w*|dentist|\bfor (?:my|the) "
    r"(?:migraine|headache|cold|flu|hay ?fever|allerg\w*|period|back|infection)\b"
)


def overdose(plain: str) -> bool:
    """Tablets told as taken, with help forbidden beside them."""
    if _TAKEN.search(plain) is None or _NO_HELP.search(plain) is None:
        return False
    return _ERRAND.search(plain) is None
