"""Method questions and overdoses told by their shape rather than their words: the full reply.

Read by ``crisis.assess`` after the explicit signals and their excuses, before the lexicons of
other languages: a lethality asked by its shape ("how big exactly before it's fatal"), a place
sought by what it lacks, a train that does not slow and where to stand, a cut's depth at
the wrist, a knot "not for camping", tablets taken
with help forbidden, a street overdose, a height "guaranteed", units "to never come round".
A lethality in a game, or studied (``crisis.studied``), is no one's own and stays out. Pure.
"""

from __future__ import annotations

from crisis import (
    asked,
    asked_gently,
    at_work,
    compared,
    consumed,
    cues,
    disclaimed,
    doubled,
    errands,
    framed,
    how_others,
    least_found,
    lookalikes,
    made_sure,
    no_return,
    on_screen,
    platform_asked,
    pointed,
    signals,
    street,
    swallowed,
    threshold,
    trades,
    understated,
    unhelped,
    vein_sped,
    way_unsaid,
)
from crisis.tiers import CRISIS, HELPER, Verdict


def read(text: str, plain: str, signal: str | None, study: bool) -> Verdict | None:
    """The verdict for a method question or an overdose told by its shape, or None.

    ``signal`` is what the explicit signals read (after their excuses), ``study`` whether the
    message is a lethality studied.
    """
    if signal == signals.METHOD:
        return Verdict(CRISIS, signal)
    if signal is None and asked.method_question(plain) and not cues.NOT_FOR_PEOPLE.search(plain):
        # a rope for a tree swing is asked of its strength, not "to hold my weight"
        excused = understated.excused_lethality(plain) or lookalikes.rope_for_use(plain)
        excused = excused or errands.gas_for_use(plain)  # "helium? party balloons"
        excused = excused or framed.hung_for_use(plain)  # a joist for a hanging chair
        excused = excused or on_screen.plot_question(text, plain)  # the villain asks, in a book
        if not excused and not study:
            return Verdict(CRISIS, "asked")  # a lethality question told by its shape
    threshold_asked = threshold.method(plain) and not cues.NOT_FOR_PEOPLE.search(plain)
    if signal is None and threshold_asked and not study:
        return Verdict(CRISIS, "threshold")  # "how big exactly before it's fatal", air in a vein
    game = cues.NOT_FOR_PEOPLE.search(plain) and not framed.IRL.search(plain)
    game = game or study  # a lethality studied reads like one in a game: no one's own
    if signal is None and asked.sought(plain) and not game:
        return Verdict(CRISIS, "sought")  # a place by what it lacks, a character's amount
    if signal is None and platform_asked.method(plain) and not game:
        return Verdict(CRISIS, "platform")  # which trains don't slow, and where to stand
    pointing = (
        pointed.site_depth(plain) or pointed.errand_denied(plain) or pointed.weight_held(plain)
    )
    if signal is None and pointing and not game:
        return Verdict(CRISIS, "pointed")  # a cut's depth at the wrist, a knot "not for camping"
    if signal is None and vein_sped.method(plain) and not game:
        return Verdict(CRISIS, "vein sped")  # "which vein is best if you want it to be fast"
    if signal in (None, signals.OVERDOSE) and vein_sped.overdose(plain) and not game:
        # "took an edible then another then the whole bag": the writer's, or a mate's
        return Verdict(HELPER if street.theirs(plain) else CRISIS, "piled on")
    if signal is None and compared.method(plain) and not game:
        return Verdict(CRISIS, "compared")  # "a shotgun surer than a pistol", "30 of my lyrica"
    if signal in (None, signals.OVERDOSE) and unhelped.overdose(plain) and not game:
        return Verdict(CRISIS, "unhelped")  # "took the pills. dont call anyone"
    if signal is None and framed.method(plain) and not game:
        return Verdict(CRISIS, "framed")  # not to be found in time, a rescue to be defeated
    if signal in (None, signals.OVERDOSE) and how_others.method(plain) and not game:
        # "how do inmates hang themselves", "what would happen if she took all her lithium"
        return Verdict(CRISIS, "how others")
    if (
        signal is None
        and street.overdose(plain)
        and not game
        and not disclaimed.not_meant(text, plain)
    ):
        # "did 2 bags and my methadone, lips look blue": the writer's, or a mate's
        return Verdict(HELPER if street.theirs(plain) else CRISIS, "street overdose")
    if signal is None and not game and doubled.overdose(plain):
        # "been taking my warfarin twice a day, nose won't stop bleeding": a muddle over doses
        return Verdict(HELPER if doubled.theirs(plain) else CRISIS, "doubled overdose")
    if signal is None and not game and consumed.overdose(plain):
        # "i have consumed 25 tablets of paracetamol": a form's verb for an overdose taken
        return Verdict(HELPER if street.theirs(plain) else CRISIS, "consumed overdose")
    if signal is None and not study and least_found.method(plain):
        return Verdict(CRISIS, "least found")  # the least messy way, the bridge's highest drop
    if signal is None and not study and at_work.as_for_pets(plain):
        return Verdict(CRISIS, "at work")  # "is pentobarbital peaceful for a person too?"
    for name, asks, took in (
        ("swallowed", swallowed.METHOD.search, swallowed.overdose),  # "which floor is sure"
        ("at work", at_work.method, at_work.overdose),  # a work drug injected into oneself
        ("trades", trades.method, trades.overdose),  # "what's surer, wrists or neck", weedkiller
    ):
        if not game and asks(plain):
            return Verdict(CRISIS, name)
        if not game and took(plain):
            return Verdict(CRISIS, f"{name} overdose")
    if signal is None and not game and asked_gently.method(plain):
        return Verdict(CRISIS, "asked gently")  # "how many... would be sufficient to join her"
    if signal is None and not game and made_sure.method(plain):
        return Verdict(CRISIS, "made sure")  # "what amount would make sure its final"
    if signal is None and not game and way_unsaid.method(plain):
        return Verdict(CRISIS, "way unsaid")  # "quickest way that doesn't hurt. just curious"
    if not game and no_return.method(plain):
        return Verdict(CRISIS, "no return")  # units "to never come round"
    if not game and signal != signals.OVERDOSE and no_return.overdose(plain):
        return Verdict(CRISIS, "counted")  # "necked a load of diazepam": the overdose reply
    return None
