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
    # ...or the work told by how it goes: "the film ends with him walking into the sea"
    r"|\bthe (?:film|movie|book|novel|episode|show|series|play|story|thriller) (?:\w+ )?"
    r"(?:ends|ended|opens|opened|starts|started|finishes|finished|closes|closed) (?:with|on)\b"
)
# What was watched: a scene, a character or the work itself.
_WORK = needles.compile(
    r"\b(?:film|films|movie|movies|scene|scenes|episode|episodes|series|season finale|finale|"
    r"show|sitcom|soap|play|musical|novel|book|chapter|character|characters|plot|ending|"
    r"classic|christmas classic|cartoon|anime|drama|documentary|thriller|whodunnit|"
    r"villain|protagonist|detective)\b"
    # ...or a part of it that moves the viewer: "brooks's bit still gets me every time"
    r"|\b(?:bit|part|moment|line|speech) (?:\w+ )?(?:gets|got|destroys|breaks|kills) me (?:\w+ )?"
    r"(?:every time|everytime|each time|every single time)\b"
)
# The writer's own end beside it: then the scene is a mirror, not a story.
_OWN_END = needles.compile(
    r"\b(?:i|i am|i will|i would|i might|i want to|i wanted to|me|myself)\b(?: \w+){0,3}? "
    r"(?:jump|jumped|die|dying|dead|end it|end my|kill|killed|gone|do it|do the same|go through|"
    r"be next|follow)\b"
    r"|\b(?:same as|just like|like) (?:him|her|them|that) (?:\w+ )?(?:tonight|soon|one day|"
    r"too)\b|\bme too\b|\bwish (?:i|it) (?:had|was|were)\b|\bnobody would (?:notice|care|miss)\b"
    # ...not the evening it was watched on: "watched it again tonight"
    r"|\b(?:(?<!again )(?<!watched )(?<!watching )tonight|my note|my letter|my pills|goodbye|"
    r"suicid\w*|overdos\w*|kill myself)\b"
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


# A character who asks a lethal question inside the story: "the villain asks how much insulin
# would kill someone", "the detective works out which poison it was"
_CHARACTER_ASKS = needles.compile(
    r"\b(?:villain|killer|murderer|detective|hero|heroine|protagonist|antagonist|main character|"
    r"character|poisoner|assassin|widow|butler|inspector) (?:\w+ ){0,2}?(?:asks|asked|wants to "
    r"know|wanted to know|looks up|looked up|googles|googled|researches|researched|works out|"
    r"worked out|figures out|figured out|finds out|found out|learns|learned|learnt)\b"
)


# A story told by what a character does in it: "the film ends with him swallowing the pills"
_PLOT = needles.compile(
    r"\b(?:ends|ended|opens|opened|starts|started|finishes|finished|closes|closed) (?:with|on) "
    r"(?:him|her|them|the (?:hero|heroine|villain|character|main character|mum|dad|wife|husband|"
    r"girl|boy|man|woman))\b"
)
# ...and the writer taking nothing, nor meaning to try what the story did
_I_TOOK = needles.compile(
    r"\bi (?:\w+ )?(?:took|take|swallowed|drank|had|popped|downed)\b|\b(?:try it|try that|"
    r"test it|do it|do that|the same|mine|me too|i could|i should|i might|i will|i am going|"
    r"gonna|going to|wanna|want to)\b"
)


def _story_only(plain: str) -> bool:
    """A work watched or read, with nothing of the writer's own end, means or letters beside it
    (the story's own means and deaths are the story's)."""
    if _WATCHED.search(plain) is None or _WORK.search(plain) is None:
        return False
    return _OWN_END.search(plain) is None and _READIED.search(plain) is None


def plot_question(text: str, plain: str) -> bool:
    """A lethal question a character asks in a story the writer read or watched, told as the
    story, with no question of the writer's own ("?") and nothing of the writer's end."""
    asks = _CHARACTER_ASKS.search(plain) is not None and _I_TOOK.search(plain) is None
    return "?" not in text and asks and _story_only(plain)


def plot_told(plain: str) -> bool:
    """A film's or a book's ending told by what a character does, the writer taking nothing."""
    return _PLOT.search(plain) is not None and _story_only(plain) and not _I_TOOK.search(plain)
