"""Everyday readings that stand a rule down, for ``crisis.assess``: kept here so that the order
of the checks in ``assess`` reads at a glance.

- ``signal``: the explicit signal (``crisis.first_signal``) with an everyday frame told beside
  it (``errand``: a game's exit, a rifle's new scope, a railway job, a film's scene or plot, a
  sunset photo from the bridge, a habit's harm to health), which stands down its weaker kinds,
  or a method question whose object is no person, a ratio of doses, a job, a diabetic's sum or
  the course itself;
- ``foreign``: a statement in another language (``crisis.languages``) told with its everyday
  object: a habit, a laboratory animal, rats, a migraine, a customer's question, a move;
- ``own``: the writer's own kind (``crisis.rules``) read again with its everyday reason: a goodbye
  before a job ends or a move, a wish not to wake told as hangover advice or an early start, a
  funeral planned ahead, an overdose attended at work or a night out's drink.

Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import (
    aside,
    asked_at_work,
    cues,
    errands,
    everyday,
    framed,
    habits,
    kept,
    languages,
    later_life,
    leaving,
    lookalikes,
    mishaps,
    morning_after,
    on_screen,
    on_shift,
    pastimes,
    plain_days,
    settled,
    signals,
    small_occasions,
    studied,
    told_well,
    understated,
    unsaid,
    ways,
    woken,
)

# The kinds an everyday act with its reason named (crisis.occasioned) stands down.
OCCASIONED_KINDS = frozenset(
    ("goodbye", "veiled", "preparation", "distress", "overdose", "settled", "indirect", "parting")
)


def errand(plain: str) -> bool:
    """An everyday frame beside the words, in ``plain`` (normalised)."""
    return (
        framed.excused(plain)
        or aside.game_exit(plain)
        or unsaid.retiring(plain)
        or kept.fitted(plain)  # a new scope fitted to the rifle and admired
        or everyday.railway_errand(plain)  # a signaller's shifts, a railway museum
        or on_screen.watched(plain)  # "the bridge scene gets me every time"
        or on_screen.plot_told(plain)  # "the film ends with him walking into the sea"
        or pastimes.excused(plain)  # a sunset photo from the bridge, a party's cake
        or habits.by_habit(plain)  # "hurting myself by smoking so much"
        or plain_days.lost_property(plain)  # "if anyone finds this wallet please hand it in"
    )


def signal(kind: str | None, plain: str) -> str | None:
    """The explicit signal's ``kind``, or None where an everyday frame or object is told beside."""
    if kind not in (None, signals.METHOD, signals.OVERDOSE, "access") and errand(plain):
        return None  # a rifle loaded for deer season, a car warmed up with the garage open
    if kind == signals.OVERDOSE and plain_days.usual_dose(plain):
        return None  # "took 2 ibuprofen for my headache and now i am a bit dizzy"
    if kind != signals.METHOD:
        return kind
    if cues.NOT_FOR_PEOPLE.search(plain):
        return None  # chocolate fatal to a dog, the fastest way to die in a game: not a person
    if understated.excused_lethality(plain):
        return None  # a therapeutic index: a ratio of doses, asked of no one
    if ways.errand(plain) or errands.gas_for_use(plain):
        return None  # "the quickest and most painless way to remove a splinter": a job named
    if settled.meal_dose(plain):
        return None  # "how many units would i need for a slice of cake": a diabetic's sum
    if everyday.course_question(plain):
        return None  # "what is the lethal dose section in lesson 3 about?"
    return kind


def foreign(kind: str | None, text: str, plain: str) -> str | None:
    """The other-language ``kind``, or None where its everyday object is told beside it."""
    if kind in ("self_harm", "intent") and habits.by_habit_abroad(languages.fold(text)):
        return None  # "kendime zarar verdim sigara içerek": harmed by smoking
    if kind == signals.METHOD and studied.foreign(text):
        return None  # "药理考试：大鼠的半数致死量是多少": a laboratory animal's, for an exam
    if kind == signals.METHOD and lookalikes.pest_poisoned(text, plain):
        return None  # "hangi zehir fareleri öldürür": the rats are what die
    if kind == signals.METHOD and lookalikes.pain_killed(text, plain):
        return None  # "qual remédio mata mais rápido a enxaqueca": the pain is what dies
    if kind == signals.METHOD and asked_at_work.relayed(plain):
        return None  # "a customer wanted to know the fatal dose of X, how do we respond"
    if kind == "prepare" and (mishaps.moving_away(text) or small_occasions.ordinary(text)):
        return None  # "ho regalato tutti i miei libri prima del trasloco"
    return kind


def own(kind: str | None, plain: str, ordinary_reason: bool) -> str | None:
    """The writer's own ``kind``, or None where its everyday reason is told beside it."""
    if kind in OCCASIONED_KINDS and ordinary_reason:
        return None  # "don't trust myself with knives, my cooking is a disaster"
    if kind in ("self_harm", "self_harm_more", "suicide") and habits.by_habit(plain):
        return None  # "i'm hurting myself by smoking so much": a habit's harm to health
    if kind == "goodbye" and told_well.job_left(plain):
        return None  # "goodbye everyone, last day at the firm is friday! (sorry wrong chat)"
    moved = lookalikes.moved_away(plain) and not leaving.for_good(plain)
    if kind == "goodbye" and (moved or leaving.next_meeting(plain)):
        return None  # "moving to canada next month, saying goodbye to everyone at work friday"
    if kind == "death_wish" and (morning_after.advice(plain) or woken.early(plain)):
        return None  # "eat something, you don't want to wake up hanging"; "...at 4am with the baby"
    if kind == "indirect" and later_life.funeral_arranged(plain):
        return None  # "pre-planned my funeral with the funeral home today, picked the hymns"
    if kind == "overdose" and (on_shift.call(plain) or morning_after.night_out(plain)):
        return None  # an overdose attended at work, told as a call
    if kind == "overdose" and plain_days.usual_dose(plain):
        return None  # two paracetamol for a toothache, a bit drowsy after
    if kind in OCCASIONED_KINDS and plain_days.lost_property(plain):
        return None  # "if you find this notebook please return it to room 12"
    return kind
