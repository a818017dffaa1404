"""Risk told without the words of the main rules: the check-in's quiet kinds, in one place.

Each kind has its own module with its lookalikes; here they are only gathered, as
``crisis.assess`` reads them once the stronger tiers have passed a message over: a phrase of the
check-in read on guarded text (settled, leaving, parting, decided, understated, plainly, quietly),
an ending told after someone (``after``), and the kinds read unguarded with their own excuses:
means kept close (``kept``), an end told without its word or offhand (``unsaid``, ``offhand``),
drugs put aside from the ward (``from_work``), an end timed after an event (``timed``), a song
that is "not just a song any more" (``now_meant``), "what am i still here for" (``clocked_out``),
a means laid by (``laid_by``), affairs arranged and places scouted (``arranged``, ``scouted``),
an end between the lines (``between``), only the act left to do (``left_to_do``), not caring to
come back (``gone_under``), an end told by a figure (``figured_end``), an end half said in a
pun or a denied trip (``half_said``), affairs wound up and a means or a place kept
(``wound_up``), the body hated and torn at (``torn_at``), a wish to be gone told as an envy, a
cure or a hope at bedtime (``wished_gone``), a wish to die told through the ward's work
(``charted``). Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import (
    after,
    arranged,
    between,
    charted,
    clocked_out,
    decided,
    figured_end,
    from_work,
    gone_under,
    half_said,
    kept,
    laid_by,
    leaving,
    left_to_do,
    now_meant,
    offhand,
    parting,
    plainly,
    quietly,
    scouted,
    settled,
    timed,
    torn_at,
    understated,
    unsaid,
    wished_gone,
    wound_up,
)

_GUARDED = (
    settled.CHECK,
    leaving.CHECK,
    parting.CHECK,
    decided.CHECK,
    understated.CHECK,
    plainly.CHECK,
    quietly.CHECK,
)
# Read unguarded, each with its own excuses; in the order they were added, which is no ranking:
# any one of them asks.
_UNGUARDED = (
    kept.check,
    unsaid.check,
    offhand.check,
    from_work.check,  # drugs put aside from the ward
    timed.check,  # "once she's born and safe i'm out"
    now_meant.check,  # "not just a song any more"
    clocked_out.check,  # "what am i still here for"
    laid_by.check,  # "the gun's in the sleeper, i'm done"
    arranged.check,  # affairs put in order
    scouted.check,  # a bridge's height looked up at 3am
    between.check,  # "cant face it. wont have to"
    left_to_do.check,  # "only thing left is doing it"
    gone_under.check,  # "if i k-hole forever thats fine"
    figured_end.check,  # "time to fold for good"
    half_said.check,  # "only thing left is to stop, full stop"
    wound_up.check,  # "more of a final handover tbh"
    torn_at.check,  # "hate my body so much i want to rip it apart"
    wished_gone.check,  # "the only cure for my depression is a 6 foot hole"
    charted.check,  # "third suicide patient this month and i envied every one of them"
)


def own(plain: str) -> bool:
    """A kind here that is the writer's own deed, though someone else is named beside it."""
    return wound_up.own(plain)


def check(plain: str, guarded: str) -> bool:
    """Whether one of these kinds is told in ``plain`` (normalised; ``guarded``: with idioms
    blanked out), so that the writer is asked, or the helpers' reply given if it is another's."""
    if any(rule.search(guarded) for rule in _GUARDED) or after.CHECK.search(plain):
        return True
    return any(read(plain) for read in _UNGUARDED)
