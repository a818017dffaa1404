"""Crisis detection: does a message signal suicidal thoughts, self-harm or acute distress?

The bot answers such a message with crisis resources before anything else, so this runs on every
private text message and has to be cheap and predictable: the text is normalised (case, Unicode
tricks, leetspeak, stretched letters, common misspellings and slang), idioms that merely sound
alarming are blanked out, and then a handful of compiled English phrase patterns are tried in turn.

The patterns favour recall: a first-person message that is ambiguous about wanting to die fires,
because an unneeded list of helplines costs far less than a missed crisis. Educational questions
("does ketamine reduce suicidal thoughts?") are not first-person and do not fire.

A message about someone else in crisis ("my son said he wants to die") is told apart, so the bot
can answer the worried friend or parent as a helper: a phrase whose subject is plainly another
person is theirs, and the message is then rewritten as if that person had written it ("i want
to die") and judged by the same patterns and guards. Whenever it is unclear whose crisis it is,
it is the writer's own.

Pure functions only; nothing here logs, because the text must never reach a log.
"""

from __future__ import annotations

from crisis.normalise import normalise
from crisis.rules import _PATTERNS  # noqa: F401  (tests read the rules through the package)
from crisis.whose import (  # noqa: F401
    _ALL_TRIGGERS,
    _ANCHORS,
    _ME_TOO,
    _OTHER_PATTERNS,
    _REFLEXIVES,
    _about_other,
    _guard,
    _project,
    _scan,
)

__all__ = [
    "OTHER",
    "OWN",
    "concern_for_other",
    "crisis_kind",
    "is_crisis",
    "match",
    "match_other",
    "normalise",
]

OWN = "own"  # the writer is in crisis
OTHER = "other"  # the writer is worried about someone else who is


def _analyse(text: str) -> tuple[str | None, str | None]:
    """(first-person pattern name, someone-else pattern name) for one message; at most one."""
    if not text:
        return None, None
    plain = normalise(text)
    own, other = _scan(plain)
    if own is None and other is None:
        other = _about_other(plain)
    if other is not None and _ME_TOO.search(plain):
        return other, None  # "my son is suicidal and so am i": the writer comes first
    return own, other


def match(text: str) -> str | None:
    """Return the name of the first crisis pattern that fires on ``text``, or None.

    Only the writer's own crisis counts here; a message about someone else is ``match_other``'s.
    The name (e.g. "suicide", "self_harm", "distress") is for tests and figures; callers must
    never log it together with the text.
    """
    return _analyse(text)[0]


def is_crisis(text: str) -> bool:
    """True when ``text`` signals suicidal thoughts, self-harm or acute distress."""
    return match(text) is not None


def match_other(text: str) -> str | None:
    """The pattern that fires of someone else the message is worried about, or None.

    None as well when the writer's own crisis fires: that always comes first, so ``match`` and
    ``match_other`` never both name a pattern. The name is one of ``match``'s, or "helper" for a
    question about how to help.
    """
    return _analyse(text)[1]


def concern_for_other(text: str) -> bool:
    """True when ``text`` is about someone else who may be suicidal or harming themselves."""
    return match_other(text) is not None


def crisis_kind(text: str) -> str | None:
    """OWN, OTHER or None, in one pass: what the bot checks on every message."""
    own, other = _analyse(text)
    if own is not None:
        return OWN
    return OTHER if other is not None else None
