"""Someone else named: their signs read as if they had written them.

"my brother locked himself in the garage" is read as "i locked myself in the garage"; a sign
found there gets the reply for helpers, unless the message is an everyday one told of another
(a railway museum, a move, rat poison taken to a relative's, a film's plot). Pure; nothing here
logs.
"""

from __future__ import annotations

from crisis import (
    asked_at_work,
    cues,
    errands,
    everyday,
    framed,
    lookalikes,
    occasioned,
    on_screen,
    outgrown,
    pet_news,
    plain_days,
    readied,
    signals,
    told_well,
    understated,
)
from crisis.tiers import HELPER, Verdict
from crisis.whose import _ANCHORS, _guard, _project


def read(text: str, plain: str) -> Verdict | None:
    """The reply for helpers when someone named shows a sign, else None."""
    if _ANCHORS.isdisjoint(plain.split(" ")) or framed.swallowed_whole(plain):
        return None
    projected = _project(plain)
    errand = everyday.railway_errand(plain)  # "my son loved the railway museum"
    errand = errand or everyday.act_told(plain)  # a comedian's bit on "his own funeral"
    errand = errand or lookalikes.moved_away(plain)  # "downsizing, his tools to the grandkids"
    errand = errand or errands.carried(plain)  # "took some rat poison to my nan s"
    errand = errand or understated.food_not_pills(plain)  # "my son ate a whole tub of raisins"
    errand = errand or told_well.ordinary(plain)  # "set the date for my induction, baby..."
    errand = errand or occasioned.ordinary(plain)  # "the kids and i not back till dark"
    errand = errand or plain_days.lost_property(plain)  # "if anyone finds my keys please..."
    errand = errand or asked_at_work.relayed(plain)  # "a patients relative asked..."
    errand = errand or pet_news.relayed(plain)  # "my husband called saying the dog ate a sock"
    errand = errand or outgrown.given_on(plain)  # baby clothes given on, "my last born is 4"
    errand = errand or on_screen.plot_told(plain)  # "the film ends with him swallowing..."
    errand = errand or on_screen.plot_question(text, plain)  # "the villain asks how much..."
    theirs = signals.detect(projected, _guard(projected))
    if theirs == signals.METHOD and cues.NOT_FOR_PEOPLE.search(plain):
        theirs = None  # "owner asked how much chocolate would kill their dog": a pet's
    if theirs is not None and not errand:
        return Verdict(HELPER, "projected")
    if readied.mine(projected):
        return Verdict(HELPER, "projected")  # "my mum stopped her pills and kept them all"
    return None
