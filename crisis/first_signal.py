"""The explicit signal a message carries, with the everyday readings that cancel it.

``signals.detect`` finds the named kinds (a method asked, an overdose, a wish told outright);
each excuse here is an ordinary reading of the same words ("my toddler swallowed a grape
whole", "had a massive night, drank way too much", a thriller's villain asking about a poison)
that takes the signal back. ``crisis.assess`` reads the rest of the message with what is left.
Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import (
    aside,
    asked_at_work,
    cues,
    errands,
    framed,
    lookalikes,
    marks,
    morning_after,
    needles,
    on_screen,
    on_shift,
    signals,
    understated,
)
from crisis.whose import _guard

_I_TOOK = needles.compile(r"\bi (?:\w+ )?(?:took|take|drank|swallowed|ate|had|popped|downed)\b")


def read(text: str, plain: str) -> str | None:
    """The signal of ``plain`` (``text`` normalised), or None if an everyday reading excuses it."""
    signal = signals.detect(plain, _guard(plain))
    if signal is None and (framed.overdose(plain) or aside.overdose(plain)):
        signal = signals.OVERDOSE  # "i tok al my slepin pils": typed through it
    if signal == "self_harm_more" and marks.by_creature(plain):
        signal = None  # "our kitten keeps scratching my arms until they bleed"
    if signal == signals.OVERDOSE and framed.swallowed_whole(plain):
        signal = None  # "my toddler swallowed a grape whole": how it went down, not how many
    pet = cues.PET_SWALLOWED.search(plain) is not None and _I_TOOK.search(plain) is None
    if signal == signals.OVERDOSE and pet:
        signal = None  # "my dog drank some antifreeze, what do i do": the vet's emergency
    if signal == signals.OVERDOSE and understated.food_not_pills(plain):
        signal = None  # "what would happen if i ate a whole box of cereal": food, no pills
    if signal == signals.OVERDOSE and morning_after.night_out(plain):
        signal = None  # "had a massive night, drank way too much, never again lol"
    if signal == signals.OVERDOSE and errands.excused(plain):
        signal = None  # "took the bleach back to the shop", "my gp doubled my sertraline"
    if signal == signals.OVERDOSE and on_shift.call(plain):
        signal = None  # "we had an overdose on the block last week, inmate is fine now"
    if signal == "veiled" and lookalikes.will_as_told(plain):
        signal = None  # "made my will like every sensible 70 year old", for a law assignment
    if signal == signals.METHOD and on_screen.plot_question(text, plain):
        signal = None  # "reading a thriller where the villain asks which poison..., gripping"
    if signal == signals.METHOD and asked_at_work.relayed(plain):
        signal = None  # "a customer asked me the lethal dose of paracetamol, how do i answer"
    if signal == signals.METHOD and on_shift.call(plain):
        rest = on_shift.without_call(plain)  # "worked a fatal overdose on shift": a call
        signal = signals.detect(rest, _guard(rest))
    return signal
