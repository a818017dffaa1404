"""Abuse received and reported: "someone in chat told me to kys after I beat them in ranked,
reported them". On a game's chat or a server, being told to kill oneself is harassment the
writer tells of, most often to report it or to ask how; the classifier, reading "kys", gives
the full reply. ``reported`` is True when someone else told the writer (or people) to kill
themselves and the message tells of a report, a ban, a block or a mute, with nothing of the
writer agreeing ("maybe they're right", "i might"): then the classifier defers. A rule that
reads the writer's own wish still answers. Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

import re

_TOLD = re.compile(
    r"\b(?:told|telling|tells|tell|said to|saying to|keeps telling|kept telling|messaged|dm d) "
    r"(?:me|people|everyone|someone|him|her|them|us|others|a kid|new players) (?:to )?(?:kys|"
    r"kill (?:myself|yourself|themselves|themself|himself|herself|ourselves)|go die|go kill "
    r"(?:myself|yourself|themselves)|unalive (?:myself|yourself|themselves))\b"
)
_REPORTED = re.compile(
    r"\b(?:reported|report|reporting|banned|ban|banning|blocked|block|muted|mute|kicked|"
    r"timed out|timeout|mods?|moderators?|mod team|admins?)\b"
)
# ...and nothing of the writer taking it to heart
_AGREED = re.compile(
    r"\b(?:maybe (?:i should|they re right|he s right|she s right|they are right)|i might|i want "
    r"to|i will|they re right|they are right|he is right|she is right|he s right|she s right|"
    r"hes right|shes right|theyre right|right though|a point|thinking about it|i wish i "
    r"(?:could|would)|should i)\b"
)


def reported(plain: str) -> bool:
    """Being told to kill oneself, told with a report, a ban or a block, and not agreed with."""
    return (
        _TOLD.search(plain) is not None
        and _REPORTED.search(plain) is not None
        and _AGREED.search(plain) is None
    )
