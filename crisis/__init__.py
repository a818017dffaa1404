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

On top of these rules sit the tiers (``assess``): explicit rules for method-seeking, an
overdose taken, preparations, dangerous places and direct statements in other languages
(``signals``, ``languages``), and a small learned classifier (``model``, read in ``by_model``)
that generalises past the rules' phrases. Its verdict (``tiers``) is one of: the full crisis
reply, a check-in that asks ("ask, don't guess"), a caring reply for distress below the crisis
line, the reply for helpers, or nothing.

Pure functions only; nothing here logs, because the text must never reach a log.
"""

from __future__ import annotations

from crisis import (
    after_question,
    agreed_with,
    answer,
    aside,
    asked_curious,
    asked_outright,
    at_hand,
    bare,
    by_model,
    by_shape,
    chance_taken,
    cover,
    cues,
    disclaimed,
    dosed,
    dwelt_on,
    felt_small,
    first_signal,
    for_good,
    framed,
    heap_told,
    held_close,
    hinted,
    if_then,
    laid_by,
    languages,
    last_tried,
    late_plans,
    later_life,
    lookalikes,
    made_ready,
    marks,
    mishaps,
    needles,
    night_chosen,
    occasioned,
    others_at_risk,
    overwhelmed,
    owned_up,
    passed_on,
    phoned_in,
    plain_days,
    plainly,
    projected,
    quietly,
    rather_gone,
    readied,
    seen_at_risk,
    sick_after,
    signals,
    sought_means,
    spelling,
    spoken_abroad,
    stand_down,
    studied,
    titles,
    told_blunt,
    told_lightly,
    told_to,
    told_without,
    understated,
    unmasked,
    unreached,
    vocab,
    weary,
    went_quiet,
    why_stay,
    wished_end,
    without_me,
)
from crisis.model import Model, load
from crisis.normalise import normalise
from crisis.tiers import (
    _OTHER_SUBJECT,
    CHECK,
    CRISIS,
    DISTRESS,
    HELPER,
    OTHER,
    OVERDOSE_REASONS,
    OWN,
    THEIR_OVERDOSE_REASONS,
    Verdict,
)
from crisis.tiers import about_someone_else as _about_someone_else
from crisis.whose import (
    _ME_TOO,
    _about_other,
    _guard,
    _said_by_other,
    _scan,
)

__all__ = [
    "CHECK",
    "CRISIS",
    "DISTRESS",
    "HELPER",
    "OTHER",
    "OVERDOSE_REASONS",
    "OWN",
    "THEIR_OVERDOSE_REASONS",
    "Verdict",
    "assess",
    "concern_for_other",
    "crisis_kind",
    "is_crisis",
    "match",
    "match_other",
    "normalise",
    "warm_up",
]

# The old "distress" rule also fires on a panic attack, which is distress, not a crisis.
_PANIC = needles.compile(r"\b(?:panic|anxiety) attack|\bcan not breathe\b|\bi am dying\b")
_UNSAFE = needles.compile(
    r"\bnot safe\b|\bcan not (?:go on|keep (?:going|living)|do this|live like)|\bmake it\b|"
    r"\btrust myself\b|\bhow (?:much )?longer\b"
)
# The classifier reads meaning from words; on fewer different ones it only guesses ("<b>25:99</b>").
_MODEL_MIN_WORDS = 3
_WORD = needles.compile(r"\b(?:[a-z]{2,}|i)\b")
_MOVING = needles.compile(
    r"\b(?:moving (?:out|house|away|abroad)|move out|roomie|flatmates?|lease)\b"
)


def warm_up() -> None:
    """Compile the rules and lexicons and read the model and word lists (about a second of
    CPU) before the first message.

    The bot calls this as it starts; a process that never reads a message never pays for it.
    """
    vocab.warm_up()
    languages.warm_up()
    load()
    spelling.load()


def _analyse(text: str) -> tuple[str | None, str | None]:
    """(first-person pattern name, someone-else pattern name) for one message; at most one."""
    if not text:
        return None, None
    return _analyse_plain(normalise(text))


def _analyse_plain(plain: str) -> tuple[str | None, str | None]:
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


def assess(text: str, model: Model | None = None) -> Verdict:
    """The tier for one message: CRISIS, CHECK, DISTRESS, HELPER, or None for no crisis at all.

    Rules first, strongest to weakest: the writer's own explicit crisis, method-seeking (always
    the full reply, whoever it is said to be for), a direct statement in another language,
    someone else's crisis, the other explicit signals; then the classifier, whose risk asks
    (CHECK) unless it reads as method-seeking or an overdose (CRISIS); then distress.
    ``model`` is for tests and the training script; the bot uses the shipped one.
    """
    verdict = _assess(text, model)
    if verdict.tier == HELPER:
        # "what should a person do if they took too many? i just took 30 of mine": the writer's
        return after_question.after_their_question(text, assess) or verdict
    return verdict


def _assess(text: str, model: Model | None) -> Verdict:
    if not text or not text.strip():
        return Verdict(None)
    text = titles.without_titles(text)  # "listening to 'Suicide Is Painless'": not a wish
    plain = bare.meme_self(normalise(text))  # "this girl is done 💀" speaks of the writer
    plain = plain_days.without_figures(plain)  # "threw himself into his work", midges biting
    signal = first_signal.read(text, plain)
    if quietly.ON_SELF.search(plain):
        return Verdict(CRISIS, "on self")  # a gun at the range, thought of turned on oneself
    unmasked_kind = unmasked.crisis(plain)
    if unmasked_kind is not None:
        return Verdict(CRISIS, unmasked_kind)  # "on the roof taking photos, thinking of jumping"
    if unmasked.check(plain):
        return Verdict(CHECK, "wish beside")  # "the film ends with him overdosing. wish it was me"
    signal = stand_down.signal(signal, plain)  # a deer rifle, a splinter's quickest way out
    study = studied.excused(plain) or studied.foreign(text)  # "LD50 bei Ratten" for a Klausur
    study = study or passed_on.advice_to_share(plain)  # what to do if anyone took too many
    if signal in (signals.METHOD, signals.OVERDOSE) and study:
        signal = None  # "pharm q: toxic dose in mg/kg, when do you start NAC?", a case in class
    if asked_outright.method(plain) and not study:
        return Verdict(CRISIS, signals.METHOD)  # ketamine with alcohol "so you dont come back"
    if owned_up.overdose(plain) or (sought_means.overdose(plain) and not study):
        return Verdict(CRISIS, signals.OVERDOSE)  # "i did it. i took the pills", "shot up way more"
    if sought_means.method(plain) and not study:
        return Verdict(CRISIS, signals.METHOD)  # a poison "quickest on a person", a staged crash
    if sick_after.overdose(plain) and not study:
        # "throwing up blood after taking ibuprofen. like 30 of them", "necked 40 paracetamol"
        return Verdict(HELPER if _about_someone_else(plain) else CRISIS, signals.OVERDOSE)
    if heap_told.METHOD.search(plain):
        return Verdict(
            CRISIS, signals.METHOD
        )  # "is 8 floors enough or do you need more to be sure"
    if heap_told.OVERDOSE.search(plain) and not study:
        # "shot up what was left ... so sleepy", "already did it. 40 of the seroquel with jack"
        return Verdict(HELPER if _about_someone_else(plain) else CRISIS, signals.OVERDOSE)
    if owned_up.still_meant(plain):
        return Verdict(CRISIS, "still meant")  # "told the crisis team i was fine. i still want to"
    if owned_up.stop_breathing(plain) and not study:
        return Verdict(CRISIS, signals.METHOD)  # a mix "so it stops your breathing", as a quiz
    if owned_up.at_height(plain):
        return Verdict(HELPER, "at height")  # "teenager next door is on the roof crying"
    blunt = told_blunt.read(plain)
    if blunt is not None:
        return blunt  # "the screws took my cord off me but ill find another way"
    if asked_curious.method(plain) and not study and not cues.NOT_FOR_PEOPLE.search(plain):
        return Verdict(CRISIS, signals.METHOD)  # "is it true insulin doesnt show up after?"
    shaped = by_shape.read(text, plain, signal, study)
    if shaped is not None:
        return shaped  # a method question or an overdose told by its shape
    foreign = languages.detect(text)
    foreign = stand_down.foreign(foreign, text, plain)  # rats poisoned, a migraine killed
    if foreign in (signals.METHOD, signals.OVERDOSE):
        return Verdict(CRISIS, f"language {foreign}")
    if aside.reported(plain):
        return Verdict(HELPER, "reported")  # "a patient disclosed a plan today"
    if went_quiet.other(plain):
        return Verdict(HELPER, "went quiet")  # pills in their hand, then the chat line dropped
    if unreached.helper(plain):
        return Verdict(HELPER, "unreached")  # "see you all on the other side", phone off since
    if told_lightly.spot(plain):
        return Verdict(CHECK, "told lightly")  # "anime gets pretty last scenes. i want mine quiet"
    if disclaimed.not_meant(text, plain):
        joke = disclaimed.JOKE_MARK.search(text.casefold()) is not None
        if cues.GAME.search(plain) and weary.felt(plain) and not joke:
            return Verdict(DISTRESS, "felt")  # "so lonely i talk to my minecraft villagers"
        return after_question.after_hypothetical(text, assess) or Verdict(None, "not meant")
    # A moving-out message that says "you won't have to deal with me" is no farewell.
    if signal == "indirect" and later_life.funeral_arranged(plain):
        signal = None  # "pre-planned my funeral with the funeral home today, picked the hymns"
    if signal == "settled" and _MOVING.search(plain):
        signal = None
    if signal == "preparation" and lookalikes.moved_away(plain):
        signal = None  # "moving to lisbon! giving away all my plants"
    ordinary_reason = occasioned.ordinary(plain)  # a last message before a holiday, letters
    if signal in stand_down.OCCASIONED_KINDS and ordinary_reason:
        signal = None  # "not coming back until dinner", "letters for her 18th birthday"
    close = at_hand.read(plain)
    if close is not None:
        return close  # medicine put by, a means held or hidden, "squared away before i go"
    if held_close.crisis(plain) or agreed_with.crisis(plain):
        return Verdict(CRISIS, "held close")  # insulin pens "and i know how much is too much"
    if dosed.crisis(plain) and not study:
        # "mixed the diazepam with vodka ... on purpose", "had 15 of the gabapentin since 6"
        return Verdict(HELPER if _about_someone_else(plain) else CRISIS, signals.OVERDOSE)
    if if_then.crisis(plain) and not study:
        return Verdict(CRISIS, "preparation")  # "if the margin call hits monday im jumping"
    own, other = _analyse_plain(plain)
    own = stand_down.own(own, plain, ordinary_reason)  # the kind's own everyday reading
    if study:
        # an overdose worked as a case in class, of the writer or of its patient
        own = None if own in ("overdose", signals.METHOD) else own
        other = None if other in ("overdose", signals.METHOD) else other
    told = None if own is not None else bare.read(text, plain)
    if told is not None:
        return Verdict(*told)
    if own is None and other is None and signal is None and cues.TAKEN_EMOJI.search(text):
        return Verdict(CRISIS, "emoji overdose")
    # ...not at play: "murder mystery night, i'm the victim 🔪😂"
    emoji = cues.RISK_EMOJI.search(text) is not None and cues.PLAY.search(plain) is None
    emoji = emoji and cues.FOOD_EMOJI.search(text) is None  # "🔪🐟": a fish cut for dinner
    if own is None and other is None and signal is None and emoji:
        # a knife or blood drop alone: ask, don't guess; said of someone else, the helpers' reply
        someone = _about_someone_else(plain) or _OTHER_SUBJECT.search(plain) is not None
        return Verdict(HELPER if someone else CHECK, "emoji")
    if own is None and foreign is None:
        # self-harm in its own words, a life imagined without the writer: the writer's even beside
        # a "he" or a "she" ("i scratch my arms till they bleed when she won't stop crying")
        harm = marks.find(plain)
        if harm is not None:
            theirs = _said_by_other(plain, harm.start(), harm.end())
            return Verdict(HELPER if theirs else CRISIS, "marks")
        if signal is None and without_me.watch_theirs(plain):
            return Verdict(HELPER, "without me")  # "Bed 4 came off obs too early"
        if signal is None and without_me.check(plain):
            return Verdict(CHECK, "without me")
    if own is not None:
        if own == "distress" and _PANIC.search(plain) and not _UNSAFE.search(plain) and not signal:
            return Verdict(DISTRESS, "panic")
        if not signal and overwhelmed.read(plain, lambda rest: _analyse_plain(rest)[0]):
            return Verdict(DISTRESS, "overwhelmed")  # a panic attack's "like i'm dying", bills
        if not signal and overwhelmed.weighed(plain, own):
            return Verdict(CHECK, "weighed")  # "a burden sometimes but i know my friends care"
        return Verdict(CRISIS, own)
    if foreign in languages.CRISIS_KINDS:
        return Verdict(CRISIS, f"language {foreign}")
    spoken = (
        None
        if foreign is not None
        else spoken_abroad.read(languages.fold(text), text.rstrip().endswith("?"))
    )
    if spoken is not None:
        # "теперь мне лучше умереть", "ich nehme alle Tabletten", "sayang nggak kena"
        tier, why = spoken
        if _about_someone_else(plain):
            return Verdict(HELPER, f"spoken {why}")
        return Verdict(CRISIS if tier == "crisis" else CHECK, f"spoken {why}")
    if other is not None:
        return Verdict(HELPER, other)
    if seen_at_risk.helper(plain):
        return Verdict(HELPER, "seen at risk")  # "a lad sat on the outside of the railing"
    told_act = plain_days.act_told(plain)
    if told_act is not None:
        return told_act  # "she threw herself under a bus after the breakup", "finds my body"
    if foreign == "other" and spoken_abroad.own_pills(languages.fold(text)):
        return Verdict(CRISIS, "spoken all pills")  # "apago el móvil y me tomo todas las pastillas"
    if foreign == "other":
        return Verdict(HELPER, "language other")
    theirs = others_at_risk.read(plain)
    if theirs is not None:
        return theirs  # a keepsake handed over "to keep safe", a child who got into the pills
    if signal == "access":
        return Verdict(CRISIS, signal)  # another's gun left within reach: the writer's risk
    if signal is not None:
        # "the note for my daughter is written. she will find it after": the writer's own note
        theirs = _about_someone_else(plain) and not late_plans.note_left(plain)
        return Verdict(HELPER if theirs else CRISIS, signal)
    if answer.check(plain):
        # "at the beach at 3am and the water looks like the answer": the place, looked at
        if answer.THEIRS.search(plain):
            return Verdict(HELPER, "answer")
        return Verdict(CRISIS if answer.crisis(plain) else CHECK, "answer")
    if rather_gone.mine(plain):
        # "the OD that nearly took me had the right idea", "next best thing is no dad at all";
        # the children named are the writer's, so only a word of saying makes it someone else's
        return Verdict(HELPER if answer.THEIRS.search(plain) else CHECK, "rather gone")
    mine = (understated.AFTER_THEM, plainly.MINE, quietly.MINE)
    if any(rule.search(plain) for rule in mine):
        return Verdict(CHECK, "after them")  # "once she's gone there'd be no reason left"
    if chance_taken.check(plain):
        return Verdict(CHECK, "chance taken")  # the kids away "and this is my chance"
    if why_stay.check(plain):
        return Verdict(CHECK, "why stay")  # "nothing will fix me so why stay", dialysis skipped
    if night_chosen.check(plain):
        return Verdict(CHECK, "night chosen")  # "just waiting for the right night", "thats when"
    if for_good.check(plain):
        return Verdict(CHECK, "for good")  # "not exist for a while. like permanently"
    if for_good.distress(plain):
        return Verdict(DISTRESS, "floor fell")  # a long relationship ended, "the floor fell out"
    readied_too = made_ready.mine(plain) or wished_end.mine(plain)  # a funeral playlist made
    if readied.mine(plain) or dwelt_on.mine(plain) or readied_too:
        # the writer's own, whoever else is named: "my wife would get the house clear"
        return Verdict(CHECK, "readied")  # a hose bought "for the garden", the dam's depth
    if understated.POSTED.search(plain):
        mine = understated.posted_by_me(plain)
        return Verdict(CHECK if mine else HELPER, "posted")
    if understated.SEARCHED.search(plain):
        return Verdict(HELPER if understated.theirs(plain) else CHECK, "searched")
    if told_lightly.mine(plain):
        return Verdict(CHECK, "told lightly")  # a pill bottle as a lockscreen "exit door"
    helped = None if study else projected.read(text, plain)  # not a case in class
    if helped is not None:
        return helped  # "my brother locked himself in the garage": someone else's signs
    if foreign == "check" and not mishaps.noise_next_door(text):
        return Verdict(CHECK, "language check")  # not "ya no aguanto más el taladro del vecino"
    if framed.own(plain) or aside.own(plain):
        return Verdict(HELPER if _about_someone_else(plain) else CHECK, "framed")
    guarded = _guard(plain)
    if told_without.check(plain, guarded):
        theirs = _about_someone_else(plain) or quietly.SAID_BY_OTHER.search(plain) is not None
        theirs = theirs or laid_by.theirs(plain)  # "he's taking the gun out back to sort it"
        theirs = theirs or phoned_in.theirs(plain)  # "his daughter called me saying he's in..."
        theirs = theirs and not told_without.own(plain)  # "got dad's gun out, he's at work"
        return Verdict(HELPER if theirs else CHECK, "check")
    if cover.CHECK.search(guarded):
        theirs = _about_someone_else(plain) or cover.THEIRS.search(plain) is not None
        return Verdict(HELPER if theirs else CHECK, "cover")  # "i dont see reason to continue"
    if foreign == "distress" and not lookalikes.failed_craft(text, plain):
        return Verdict(DISTRESS, "language distress")  # not "un fallimento in cucina"
    if not _WORD.search(plain) and cues.SAD_EMOJI.search(text) and not mishaps.ordinary(text):
        return Verdict(DISTRESS, "emoji")  # "😞😞😞": sadness with no words
    if last_tried.check(plain):
        # ketamine "worked for 2 weeks then nothing ... i won't", "why do i keep waking up"
        return Verdict(HELPER if _about_someone_else(plain) else CHECK, "last tried")
    hint = hinted.read(plain)
    if hint is not None:
        return hint  # "on the roof rn. not sure im climbing back down", "won't need them"
    if len(set(_WORD.findall(plain))) < _MODEL_MIN_WORDS:
        short = signals.distress(plain) or weary.distress(plain)
        return Verdict(DISTRESS, "rule") if short else Verdict(None)
    if bare.greeting(text):
        return Verdict(None, "greeting")  # the rules found nothing, and a hello is all there is
    if told_to.content_reported(plain):
        return Verdict(HELPER, "content reported")  # another's self-harm pics, to be reported
    read = by_model.read(text, plain, model)
    if read.tier is None and felt_small.distress(plain):
        return Verdict(DISTRESS, "felt small")  # ashamed after a meltdown, the guide dog gone
    return read
