"""The classifier's reading of a message the rules found nothing in: risk, distress or nothing.

Where the rules of ``crisis/__init__.py`` end, the learned layer (``crisis.model``) speaks: a risk
it reads gets the check-in, or the full reply when it reads as method-seeking or an overdose with
a word of harm beside it; distress it reads gets the caring reply. An ordinary plan, one's usual
medicine or a question about a side effect is excused first (``ordinary``), because the
classifier has seen those words mostly in crises. Pure; nothing here logs.
"""

from __future__ import annotations

import re

from crisis import (
    adrift,
    aside,
    asked,
    asked_at_work,
    bare,
    calendar_end,
    came_out,
    coursework,
    crew,
    cues,
    errands,
    everyday,
    framed,
    grieving,
    habits,
    heavy,
    hidden_means,
    hurt_told,
    inner_weight,
    kept,
    languages,
    later_life,
    leaving,
    lookalikes,
    marks,
    mishaps,
    morning_after,
    named_only,
    news_told,
    occasioned,
    offhand,
    on_screen,
    on_shift,
    outgrown,
    passed_on,
    passing,
    pastimes,
    pet_news,
    plain_days,
    quietly,
    readied,
    regional,
    routine,
    said_laughing,
    signals,
    street,
    studied,
    told_to,
    told_well,
    understated,
    unsaid,
    ways,
    weary,
    weighed_on,
    woken,
    worn,
    worried,
)
from crisis.model import Model, load
from crisis.tiers import CHECK, CRISIS, DISTRESS, HELPER, Verdict
from crisis.tiers import about_someone_else as _about_someone_else

_QUESTION = re.compile(r"^(?:what|is|are|can|could|does|do|how|why|will|should|when)\b")
# Whether the course's drug is safe, asked in another language ("ketamina jest bezpieczna dla osób
# z nadciśnieniem?", "¿la ketamina es segura con la presión alta?"): a question for the course,
# like an English one, not a mood.
_SAFE_ASKED = re.compile(
    r"(?=.*(?:ketamin|cetamin|kétamin|esketamin|кетамин|кетамін|كيتامين|ketamiini|케타민))"
    r"(?=.*(?:bezpieczn|segur|sicher|sûr|sur pour|sicur|безопас|безпеч|güvenli|aman\b|ligtas|"
    r"آمن|امن|turvalli|veilig|an toàn|안전))",
    re.IGNORECASE,
)
# "Is that normal?" about how a treatment feels is a question about side effects, for the course
# (and the prescriber line) to answer, not distress.
_SIDE_EFFECT_QUESTION = re.compile(
    r"\b(?:is (?:that|this|it) (?:normal|expected|ok|okay|a side effect|common)|should i (?:be )?"
    r"worr(?:y|ied)|is that how it s supposed to)\b(?=.*\?)(?=.*\b(?:dose|doses|infusion|"
    r"session|spray|sprays|treatment|spravato|esketamine|ketamine|k)\b)"
    r"|\b(?:dose|doses|infusion|session|spray|sprays|treatment|spravato|esketamine|ketamine)\b.*"
    r"\b(?:is (?:that|this|it) (?:normal|expected|ok|okay|a side effect|common)|should i (?:be )?"
    r"worr(?:y|ied))\b"
)
# A question about a treatment's usual amount ("how many mg of spravato per session") reads like
# method-seeking to the classifier; with none of the rules' harm words it is a dosing question,
# which the course answers with its no-dose reply and the prescriber line.
_TREATMENT_DOSE = re.compile(
    r"\bper (?:session|treatment|dose|day|week|kg|infusion)\b"
    r"|\b(?:usual|typical|standard|prescribed|recommended|starting) (?:dose|amount)\b"
    r"|\bdose (?:per|for (?:depression|treatment))\b"
)
_HARM = re.compile(
    r"\b(?:die|dying|dead|death|kill|fatal|lethal|overdose|od|suicide|end it|end my|"
    r"stop my (?:heart|breathing)|wake up|not wake|too much|enough to)\b"
)
# Method-seeking is about harm by its nature; a drug question the classifier finds "method-like"
# with none of these words ("what is auvelity", "sertraline or fluoxetine?") is a plain question.
_HARM_CUE = re.compile(
    r"\b(?:die|dying|dead|death|kill|killing|fatal|lethal|deadly|mortal|overdos\w*|od|suicid\w*|"
    r"poison\w*|painless\w*|end (?:it|things|everything|my)|finish|wake up|not wake|never wake|"
    r"stop (?:\w+ )?(?:heart|breathing)|survive|too much|too many|enough|all (?:of )?(?:my|the|"
    r"them)|"
    r"swallow\w*|took|taken|take them all|bottle|stockpil\w*|saved up|hang\w*|jump\w*|"
    r"cut\w*|bleed\w*|harm\w*|hurt\w*|gone|goodbye|disappear|sleep forever|quick\w*)\b"
)
# A roof, a garage or a bridge with a job being done there: the rules excuse it, and the
# classifier, which has seen those places mostly in crises, defers to the job.
_ERRAND = re.compile(
    r"\b(?:fixing|repairing|mending|cleaning|painting|installing|clearing|watering|replacing|"
    r"inspecting|measuring|working on|taking (?:photos|pictures))\b"
    # how the writer is going to pay or get somewhere: "decided how i'm going to pay"
    r"|\bhow i am (?:going|gonna) (?:to )?(?:pay|afford|fund|budget|get (?:there|home|to)|"
    r"travel|split|spend|celebrate|revise|study)\b"
)
# A roofer at the job till it is done, a pet or a kite stuck up high: "won't come down" is theirs.
_UP_THERE = re.compile(
    r"\broofers?\b|\buntil (?:the |he |she |they )?(?:\w+ )?(?:gutters?|tiles?|job|roof|aerial|"
    r"antenna|chimney|work|panels?)(?: \w+)? (?:is |are |s )?(?:done|finished|fixed|sorted)\b"
    r"|\b(?:cat|kitten|dog|puppy|parrot|bird|squirrel|goat|raccoon|drone|kite|ball|frisbee)s? "
    r"(?:\w+ ){0,2}?(?:is |s |got |are )?(?:on|onto|up on|stuck on|up) (?:the |our |my |a )?"
    r"(?:roof|tree|ledge|balcony|shed|garage roof)\b"
)
# ...with no one up there at risk beside them
_UP_THERE_BUT = re.compile(
    r"\b(?:jump\w*|note|letter|goodbye|suicid\w*|kill\w*|die|dying|dead|end it|edge|drink\w*|"
    r"drunk|cry\w*|threat\w*|pills|gun|knife|rope|friend|sister|brother|son|daughter|mum|mom|"
    r"dad|wife|husband|roommate|boyfriend|girlfriend|partner)\b"
)
# ...unless the job is done with a weapon or next to words of harm ("cleaning his rifle").
_ERRAND_BUT = re.compile(
    r"\b(?:rifle|gun|pistol|shotgun|firearm|knife|rope|pills|insurance|suicid\w*|goodbye|note|"
    r"letter|will|kill\w*|die|dying|dead|end|before i (?:go|leave|am gone)|when i am gone|"
    r"(?:everyone|everybody|them all) back)\b"
)


# Good news told by how much it moves the writer: the classifier reads "overwhelmed" as distress.
_JOY = re.compile(
    r"\b(?:overwhelmed|overcome|bursting|filled|crying|tears) (?:with|of) (?:joy|happiness|"
    r"gratitude|pride)\b"
)


def read(text: str, plain: str, model: Model | None = None) -> Verdict:
    """The tier the classifier gives a message (``plain``: normalised) the rules passed over."""
    model = model or load()
    p = model.probabilities(plain)
    limits = model.thresholds
    risk = {label: p.get(label, 0.0) for label in ("self", "method", "overdose", "other")}
    top = max(risk, key=risk.__getitem__)
    if languages.foreign(text):
        # Trained on far less of other languages than of English, the classifier speaks of risk
        # there only when it is surer than in English (its own threshold); whose crisis it is and
        # what kind it reads less well, so anything but the writer's own gets the full reply.
        excused = languages.excused(text) or _ordinary(text, plain)  # "i swallowed a grape"
        # "rafiki yangu amesema atakuja kesho": a friend named in a short message, nothing of
        # trouble told. Only a short one: excused at any length, a longer report about someone
        # else was lost whose trouble was told in words no list here holds, and a needless
        # reply to helpers costs less than a missed one.
        excused = excused or (top == "other" and named_only.short_and_untroubled(text))
        excused = excused or named_only.errand(text)  # "kesho nitaenda sokoni na watoto"
        excused = excused or lookalikes.pest_poisoned(text, plain)  # "hangi zehir fareleri"
        if sum(risk.values()) >= limits.get("foreign", 1.0) and not excused:
            return Verdict(CHECK if top == "self" else CRISIS, "model foreign")
        if text.rstrip().endswith(("?", "？", "؟")) and _SAFE_ASKED.match(text):
            return Verdict(None)  # "czy ketamina jest bezpieczna?": asked, not felt
        return _distress_or_none(text, plain, p, limits)
    if p.get("method", 0.0) + p.get("overdose", 0.0) >= limits["crisis"]:
        excused = _TREATMENT_DOSE.search(plain) and not _HARM.search(plain)
        excused = excused or _ordinary(text, plain) or understated.excused_lethality(plain)
        excused = excused or understated.food_not_pills(plain) or street.food_only(plain)
        excused = excused or everyday.lecture_told(text, plain)  # "tox lecture on overdose"
        excused = excused or studied.excused(plain)  # the LD50 in rats, a case in class
        if p.get("method", 0.0) >= p.get("overdose", 0.0):
            # read as a method question: a symptom, a procedure or a pet is none, and neither is
            # a question with no means and no word of dying ("the quickest train to Leeds")
            excused = excused or asked.care_not_harm(plain) or cues.NOT_FOR_PEOPLE.search(plain)
            excused = excused or not (asked.names_harm(plain) or _HARM.search(plain))
        # A drug question with no word of harm is a plain question; distress may still be there.
        if not excused and _HARM_CUE.search(plain) is not None:
            return Verdict(HELPER if _about_someone_else(plain) else CRISIS, "model")
        return _distress_or_none(text, plain, p, limits)
    errand = _ERRAND.search(plain) is not None and _ERRAND_BUT.search(plain) is None
    errand = errand or (_UP_THERE.search(plain) is not None and not _UP_THERE_BUT.search(plain))
    errand = errand or _ordinary(text, plain)
    # "morgen ist mein letzter Tag im Dienst, dann Rente": another language read as English
    errand = errand or languages.excused_beside_english(text)
    at_risk = sum(risk.values()) >= limits["check"]
    # a shape of the newest rules told with its ordinary reason: "my rifle is calling my name,
    # opening day is saturday", "the rope in act 2, i keep going back to it" (read only when the
    # classifier speaks of risk: they cost a long message a few milliseconds)
    if at_risk and not errand:
        errand = kept.excused(plain) or unsaid.excused(plain) or offhand.excused(plain)
    if at_risk and not errand:
        if _about_someone_else(plain):
            return Verdict(HELPER, "model")
        if top == "other":
            # Someone else's crisis, but the writer is in the message too: the full reply carries
            # the lines either of them needs, where the reply for helpers would miss the writer.
            return Verdict(CRISIS, "model")
        if top in ("method", "overdose") and _HARM_CUE.search(plain):
            return Verdict(CRISIS, "model")
        return Verdict(CHECK, "model")
    return _distress_or_none(text, plain, p, limits)


def _ordinary(text: str, plain: str) -> bool:
    """An ordinary plan the classifier defers to, read in the normalised text and, for words the
    English spelling fixer would bend ("im Büro"), in the text only folded; and one's usual
    medicine told as taken ("took my meds 💊✅")."""
    if routine.taken_as_usual(text, plain) or bare.ordinary_profile(text, plain):
        return True
    if studied.foreign(text):
        return True  # "na egzamin z farmakologii: dawka śmiertelna w badaniach na zwierzętach"
    if on_shift.dose_given(plain):
        return True  # "gave 10mg morphine to a pt on the rig, pain down to 3"
    if morning_after.advice(plain) or morning_after.night_out(plain):
        return True  # "drink water so you don't wake up with a headache", "drank way too much"
    if habits.by_habit(plain) or habits.by_habit_abroad(languages.fold(text)):
        return True  # "sigara içerek kendimi öldürüyorum": smoking's harm to health
    if outgrown.given_on(plain) or pet_news.relayed(plain):
        return True  # the cot and the baby clothes given on, the youngest now at school
    if news_told.strangers(plain):
        return True  # "news said 3 people overdosed at a festival, so sad"
    if woken.early(plain) or calendar_end.hoped(plain):
        return True  # "don't want to wake up at 4am with the baby", "the end of the semester"
    if asked_at_work.relayed(plain) or passed_on.advice_to_share(plain):
        return True  # "a customer asked me the lethal dose", first aid for the club's noticeboard
    if came_out.went_well(plain):
        return True  # "finally came out as trans to my best friend and she hugged me"
    if told_to.shouted_at_others(plain):
        return True  # "my son shouts 'kill yourself' at his mates on cod, how do i talk to him"
    if on_shift.rescued(plain) or told_to.reported(plain):
        return True  # "used narcan on a guy, he lived"; "told me to kys, reported them"
    if errands.parked(plain) or hidden_means.kept_from_children(plain):
        return True  # parking the car in the garage, pills kept from the toddler
    if errands.excused(plain) or errands.gas_for_use(plain) or pastimes.excused(plain):
        return True  # "took some rat poison round to my nan s", "gp upped my dose, bit dizzy"
    if plain_days.usual_dose(plain) or plain_days.lost_property(plain):
        return True  # "took 1 aspirin, a bit nauseous", "whoever finds my airpods pls hand in"
    if plain_days.apology_after_row(plain) or plain_days.figure_only(text, plain):
        return True  # "my boyfriend texted 'im sorry for everything' after our argument"
    if ways.errand(plain) or ways.route(plain):
        return True  # a painless way to pull a tooth; "the bridge or the train, quicker into town"
    if passing.moved_by_song(plain) or passing.drink_with_treatment(plain):
        return True  # "that johnny cash song gets me every time", beers on esketamine days
    if regional.very(plain) or regional.ran_off(plain):
        return True  # "the screws were dead nice on my last wing"
    if readied.ordinary_cover(plain):
        return True  # "does our home insurance cover it if the boiler floods the kitchen"
    if worried.handed_for_a_reason(plain):
        return True  # "my neighbour handed me her keys to look after till Sunday"
    if languages.german_idiom(text):
        return True  # "ich hab mich heute totgelacht, der Chef ist im Matsch ausgerutscht"
    if occasioned.ordinary(plain):
        return True  # too much insulin for the cake, juice taken, fine now
    if mishaps.ordinary(text):
        return True  # "ya no aguanto más esta telenovela", a finger cut chopping onions
    if marks.everyday_cutting(plain) or marks.blade_as_tool(plain):
        return True  # "cut up by a lorry on the M6", "cutting up cardboard"
    if quietly.ORDINARY.search(plain) or framed.ordinary(plain) or aside.ordinary(plain):
        return True
    if everyday.ordinary(plain) or everyday.quiz_answer(text):
        return True  # war news with one's family safe, a saying quoted, "jibu ni B"
    if aside.at_peace(plain) and _about_someone_else(plain):
        return True  # "grandma says she's ready whenever the Lord calls"
    if lookalikes.ordinary(text, plain):
        return True  # a parent's will, a rope for a swing, a medicine that kills a headache
    if on_screen.plot_told(plain) or on_screen.plot_question(text, plain):
        return True  # "the film ends with him swallowing the pills", "the villain asks how much"
    if on_screen.watched(plain):
        return True  # "the bridge scene gets me every time, he was never going to jump"
    if coursework.thanks(text, plain) or coursework.term_asked(text, plain):
        return True  # thanks for today's quiz in Yoruba, "abeg wetin be NMDA again?"
    if told_well.ordinary(plain):
        return True  # "set the date: my c-section is on the 14th", a layoff told as a blessing
    if later_life.funeral_arranged(plain) or later_life.fond_memory(plain):
        return True  # a funeral planned with the funeral home, "we used to watch it every night"
    if later_life.send_off(plain):
        return True  # "the funeral was lovely, the house is quiet now everyone has gone home"
    if said_laughing.ordinary(text, plain):
        return True  # "im DEAD 😂 did u see what he posted", a steak rested before it is cut
    return any(leaving.ORDINARY.search(t) is not None for t in (plain, languages.fold(text)))


def _distress_or_none(
    text: str, plain: str, p: dict[str, float], limits: dict[str, float]
) -> Verdict:
    """The caring reply for distress the classifier or the rules find, else nothing."""
    if aside.distress(plain):
        return Verdict(DISTRESS, "rule")  # "is it normal? I don't know what's left to try"
    if weighed_on.distress(plain):
        return Verdict(DISTRESS, "rule")  # "is it normal to feel nothing? did CPR on a kid today"
    if text.rstrip().endswith("?") and _QUESTION.search(plain):
        return Verdict(None)  # a question about distress is answered like any other question
    if "?" in text and _QUESTION.search(plain) and not understated.own_mood(plain):
        return Verdict(None)  # "how do I support a friend who's depressed? she's struggling"
    if "?" in text and _SIDE_EFFECT_QUESTION.search(plain) and not understated.own_mood(plain):
        if not signals.distress(plain):  # "floaty after my first dose, is that normal?"
            return Verdict(None)  # a side effect asked about: the course answers it
    if hurt_told.distress(plain):
        return Verdict(DISTRESS, "rule")  # "my dog died this morning. i keep looking at his bed"
    if understated.pet_grief(plain) and not understated.strong_mood(plain):
        return Verdict(None)  # "my dog died last week, I'm sad but coping"
    if understated.grief_settled(plain):
        return Verdict(None)  # "I've done my grieving", "she had a full life"
    if news_told.strangers(plain):
        return Verdict(None)  # "news said 3 people overdosed at a festival, that's so sad"
    if lookalikes.given_away_offered(plain):
        return Verdict(None)  # "giving away my old uniforms since i retired, anyone need size L"
    if lookalikes.animals_put_down(plain) or lookalikes.ordinary_will(text, plain):
        return Verdict(None)  # "had to put down two cows today, rough day", a will at 28
    if passing.moved_by_song(plain):
        return Verdict(None)  # "that johnny cash song makes me cry every time": a listener moved
    if lookalikes.earworm(text, plain) or lookalikes.failed_craft(text, plain):
        return Verdict(None)  # "cant get 'bohemian rhapsody' out of my head", burnt rice again
    if told_well.quiet(plain):
        return Verdict(None)  # "in knots over my driving test, but i passed!!", a final lost
    ruled = signals.distress(plain) or framed.distress(plain) or weary.distress(plain)
    ruled = ruled or worn.distress(plain)  # funeral season, nobody at the station gets it
    ruled = ruled or crew.distress(plain)  # a mate lost in the collapse, kept replaying
    ruled = ruled or grieving.distress(plain)  # a carer who went out to the garden and howled
    ruled = ruled or heavy.distress(plain)  # "worthless is the word", a funeral one missed
    ruled = ruled or adrift.distress(plain)  # no one spoken to in weeks, not who i am any more
    ruled = ruled or inner_weight.distress(plain)  # imposter syndrome eating me, my old self
    # A treatment told as working, a question asked for an essay or a class, a pet's death: the
    # classifier's reading of the treatment, the topic or the grief words defers to them.
    learned = p.get("distress", 0.0) >= limits["distress"]
    learned = learned and not understated.better(plain) and not understated.study(plain)
    learned = learned and not understated.pet_grief(plain)
    learned = learned and not _JOY.search(plain)  # "so overwhelmed with joy, the baby is here"
    learned = learned and not came_out.went_well(plain)  # a coming out that went well is news
    learned = learned and not occasioned.ordinary(plain)  # out and not back until dinner
    learned = learned and not mishaps.ordinary(text)  # a soap that drags, a sprained ankle iced
    learned = learned and not plain_days.usual_dose(plain)  # two paracetamol, a bit drowsy
    learned = learned and not woken.early(plain)  # "don't feel like getting up at 5 for the gym"
    # "Ten years ago I tried; today I'm much better" in another language: a recovery, not distress.
    learned = learned and not (languages.foreign(text) and languages.told_of(text))
    if learned or ruled:
        return Verdict(DISTRESS, "rule" if ruled else "model")
    return Verdict(None)
