"""A scene of a film, a show, a play or a book told by someone who watched or read it.

"Just watched It's a Wonderful Life again, the bridge scene gets me every time. George Bailey was
never going to jump though!" names a jump, but the jump is a character's, on a screen, and the
writer is a viewer. The rules that read a jump, a bridge or a goodbye defer to such a scene when
the writer says they watched, read or saw it, the message names a scene, a character, a film or
an episode, and nothing of the writer's own end stands beside it ("...and tonight I will do the
same" is the writer's). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import lookalikes, needles

# Watched, read or seen: the writer as audience.
_WATCHED = needles.compile(
    r"\b(?:watch\w*|rewatch\w*|re watch\w*|saw|seen|see it|reading|read|finished|binged|"
    r"streaming|at the (?:cinema|movies|theatre|theater)|on (?:tv|telly|netflix|the telly))\b"
)
# What was watched: a scene, a character or the work itself.
_WORK = needles.compile(
    r"\b(?:film|films|movie|movies|scene|scenes|episode|episodes|series|season finale|finale|"
    r"show|sitcom|soap|play|musical|novel|book|chapter|character|characters|plot|ending|"
    r"classic|christmas classic|cartoon|anime|drama|documentary)\b"
)
# The writer's own end beside it: then the scene is a mirror, not a story.
_OWN_END = needles.compile(
    r"\b(?:i|i am|i will|i would|i might|i want to|i wanted to|me|myself)\b(?: \w+){0,3}? "
    r"(?:jump|jumped|die|dying|dead|end it|end my|kill|killed|gone|do it|do the same|go through|"
    r"be next|follow)\b"
    r"|\b(?:same as|just like|like) (?:him|her|them|that) (?:\w+ )?(?:tonight|soon|one day|"
    r"too)\b|\bme too\b|\bwish (?:i|it) (?:had|was|were)\b|\bnobody would (?:notice|care|miss)\b"
    r"|\b(?:tonight|my note|my letter|my pills|goodbye|suicid\w*|overdos\w*|kill myself)\b"
)

_READIED = needles.compile(
    r"\b(?:letters?|notes?|my will|rope|gun|tablets|gave away|giving away|the date|i am ready|"
    r"i am done|decided)\b"
)


def watched(plain: str) -> bool:
    """A scene watched or read, with nothing of the writer's own end beside it."""
    if _WATCHED.search(plain) is None or _WORK.search(plain) is None:
        return False
    # ...nor a means, letters or an amount beside it ("watched the finale. letters written")
    own = _OWN_END.search(plain) is not None or _READIED.search(plain) is not None
    return not own and not lookalikes.own_end(plain)
