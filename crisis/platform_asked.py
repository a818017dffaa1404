"""A method asked at a railway platform: which trains pass without slowing, and where to stand.

"which locals dont slow down at the platforms, the fast ones, need to know where to stand" asks
no lethality in words; a train that does not slow and a place on the platform to stand for it
say it together (``method``, the full reply), as does such a train asked about with where along
the line it goes fastest ("which line doesnt slow down through the station? need to know where
they go fastest"). So does such a train asked about with the reason
waved away ("which line has the fastest trains that dont stop at the small stations? no
reason", "just curious, dont ask"). Either half alone is a commuter's question: the fast train
that skips a station, where to stand for the ladies' coach, the first-class carriage or the
door that opens at the exit; and a reason named (a trip, a connection, a love of trains)
answers the question of why. A train or a line asked for its speed with the end wanted
instant or painless ("which local line goes fastest, want it to be instant") is the same method
question; the commuter who wants the journey quick names a trip, a station or work. A train or a
line asked for by its never slowing through stations ("which train line has the trains that dont
slow down when they pass through stations") is asked for the track, not the ride: the commuter
asks whether it stops.
Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_NOT_SLOWING = needles.compile(
    r"\b(?:trains?|locals?|expresses|express|fast ones|freights?|goods trains?|ones|which)\b"
    r"(?: \w+){0,4}? (?:do not|dont|never|will not|does not) (?:slow(?: down)?|stop|brake)\b"
    r"(?: \w+){0,4}? (?:at|through|in|past)\b(?: \w+){0,3}? (?:platforms?|stations?|crossings?)\b"
    r"|\b(?:pass|passes|go|goes|come|comes|run|runs) (?:through|past) (?:the |a )?(?:platforms?|"
    r"stations?)\b(?: \w+){0,3}? (?:without (?:slowing|stopping|braking)|at full speed|full "
    r"speed)\b"
)
_WHERE = needles.compile(
    r"\bwhere (?:to|i should|should i|do i|would i|can i) stand\b"
    # ...or where along the line they are fastest: "need to know where they go fastest"
    r"|\bwhere (?:do |does )?(?:they|it|the trains?|the fast ones|the expresses) (?:go|goes|are|"
    r"is|run|runs|pass|passes|come through|comes through) (?:the )?(?:fastest|quickest|"
    r"at full speed|full speed|at top speed|flat out)\b"
    r"|\b(?:which|what|the best|a good) (?:spot|end|place|part of the platform)\b(?: \w+){0,3}? "
    r"(?:to |i should |should i )?stand\b"
)
# ...or the reason for asking waved away: "no reason", "just curious", "dont ask"
_NO_REASON = needles.compile(
    r"\b(?:no reason|for no reason|no particular reason|just (?:curious|asking|wondering)|"
    r"(?:do not|dont) ask(?: why)?|asking for no reason|never mind why|does not matter why)\b"
)
# ...a commuter's question: a coach, a door, a change of train, a train to catch
_COMMUTE = needles.compile(
    r"\b(?:coach|compartment|carriage|ladies|first class|general|door|doors|exit|stairs|board|"
    r"boarding|get on|catch|change|connection|ticket|(?:rail|travel|season|day|bus) pass|"
    r"luggage|pram|wheelchair|queue|"
    r"photo\w*|spotting|trainspott\w*|video|film\w*|slow ones?|slow train|next one|stopping "
    r"(?:one|train|service)|get to|trip|journey|commute|late|work|love trains|train fan|"
    r"enthusiast|hobby|model railway|timetable app|blog|article|vlog|documentary|research|"
    r"project|homework|essay)\b"
)

# The fastest train or line asked for, with the end wanted instant or painless.
_FASTEST = needles.compile(
    r"\b(?:which|what) (?:\w+ ){0,4}?(?:trains?|locals?|lines?|expresses|express|metro|subway|"
    r"rajdhani|shatabdi|bullet train)\b(?: \w+){0,4}? (?:goes|go|runs|run|is|comes|passes|pass|"
    r"travels|moves) (?:the )?(?:fastest|quickest|at (?:the )?(?:highest|top|full) speed)\b"
    r"|\b(?:fastest|quickest) (?:trains?|locals?|lines?|express\w*)\b"
)
_INSTANT = needles.compile(
    r"\b(?:want|need|needs|wanted|would like) (?:it|this|that) (?:to be )?(?:instant\w*|painless|"
    r"quick and painless|over in (?:a|one) (?:second|moment|instant)|over instantly)\b"
    r"|\bso (?:that )?(?:it is|its|it will be|it would be) (?:instant\w*|painless|over "
    r"instantly)\b"
)
# ...and not a wait, a booking or a download wanted instant
_NO_WAIT = needles.compile(
    r"\b(?:wait|waiting|queue|booking|book|app|download|delivery|wifi|internet|refund|"
    r"tatkal|confirmation|pnr)\b"
)
# A train or a line asked for by its never slowing through a station, with nothing else said: the
# commuter asks whether it stops; slowing is what matters only to someone on the track.
_NEVER_SLOWS = needles.compile(
    r"\b(?:which|what) (?:\w+ ){0,4}?(?:trains?|lines?|locals?|expresses|express|freights?)\b"
    r"(?: \w+){0,6}? (?:do not|dont|never|does not|doesnt|will not|wont) slow(?: down)?\b"
    r"(?: \w+){0,5}? (?:through|past|at|in) (?:\w+ ){0,2}?(?:stations?|platforms?)\b"
)


def method(plain: str) -> bool:
    """A train that does not slow asked about beside where to stand for it, or for no reason;
    or the fastest train or line asked for with the end wanted instant."""
    fastest = _FASTEST.search(plain) is not None and _INSTANT.search(plain) is not None
    if fastest and _COMMUTE.search(plain) is None and _NO_WAIT.search(plain) is None:
        return True
    if _NEVER_SLOWS.search(plain) is not None and _COMMUTE.search(plain) is None:
        return True
    if _NOT_SLOWING.search(plain) is None:
        return False
    if _WHERE.search(plain) is None and _NO_REASON.search(plain) is None:
        return False
    return _COMMUTE.search(plain) is None
