"""A risk taken on purpose with the hope that it ends the writer: told without a word of dying.

"gonna drive home wasted, no seatbelt, and whatever happens happens. kinda hoping it does": a
danger the writer is about to run (driving drunk or high, no seatbelt or helmet, swimming out
drunk, walking the motorway at night) and a hope, said outright, that it goes the worst way
("hoping it does", "hope i don't make it", "if i crash i crash"). The full reply.

Lookalikes have the danger without the hope (a designated driver, "whatever happens happens"
about an exam or a date), or the hope for something else ("hoping it does rain", "hoping it
does well", "hoping i make it home in time").

``hoped_not_back``: the same hope with no danger named, set "one of these times" or "one night
soon" ("back on street k, 3g a day. honestly hoping one of these times i just dont come back up"):
the full reply. Waking without a hangover or coming back late hoped for stays quiet. Read on
normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_RISK = needles.compile(
    r"\b(?:driv\w*|drove|ride|riding|rode|motorbike|bike|swim\w*|walk\w*) (?:\w+ ){0,6}?"
    r"(?:wasted|drunk|hammered|smashed|high|off my face|blind drunk|no seatbelt|without (?:a |my )?"
    r"(?:seatbelt|helmet)|no helmet|lights off|full speed|flat out|into the sea|out to sea|on the "
    r"motorway|on the highway)\b"
    r"|\b(?:no seatbelt|no helmet|without (?:a |my )?(?:seatbelt|helmet))\b"
)
_HOPED = needles.compile(
    r"\b(?:whatever happens happens|what happens happens)\b (?:\w+ ){0,3}?(?:hoping|hope|i hope) "
    r"(?:it |that it )?does$"
    r"|\b(?:hoping|hope|i hope|kinda hoping|kind of hoping) (?:that )?i (?:do not|don t|dont|"
    r"won t|wont|will not|never) (?:make it|get there|get home|arrive|come back|wake up)\b"
    r"(?! (?:late|too late|drunk|in trouble|lost|stopped|caught)\b)"
    r"|\bif i (?:crash|die|don t make it|do not make it) (?:i crash|i die|so be it|then so be it|"
    r"oh well|whatever|good|even better|all the better)\b"
    r"|\b(?:hoping|hope) (?:for )?(?:the worst|a crash|i crash|something hits me|a truck hits me)\b"
)


def meant(plain: str) -> bool:
    """A danger about to be run and a hope that it goes the worst way."""
    return _RISK.search(plain) is not None and _HOPED.search(plain) is not None


# Not coming back up hoped for "one of these times", a drug's come-down or a sleep told beside it.
_ONE_OF_THESE = needles.compile(
    r"\b(?:hoping|hope|i hope|kinda hoping|kind of hoping|praying) (?:that )?(?:one of these "
    r"(?:times|nights|days|sessions)|one (?:day|night|time) soon|some (?:night|day|time)|next time|"
    r"eventually) i (?:just )?(?:do not|don t|dont|won t|wont|will not|never) (?:come back up|"
    r"come back|come round|come to|wake up|wake back up|make it back)\b"
    r"(?! (?:with|late|early|hungover|in|on|at|feeling)\b)"
)


def hoped_not_back(plain: str) -> bool:
    """A hope, some time soon, of not coming back up or waking from it."""
    return _ONE_OF_THESE.search(plain) is not None
