"""Kinds an everyday set found alarmed: a noise at home that can't be stood any more, things
given away before a move abroad (English, Portuguese), a last day at work before a new job
(Swahili), a crisis long past whose thoughts are "long gone now" (English, Russian), the railway
as a job or a day out, a kitchen burn or cut (Italian, Indonesian, Polish), a sprained ankle at
sport (Dutch, Spanish), a neighbour's drill (Romanian), a TV series that can't be watched any more
(Spanish, Hinglish, Tagalog, Pidgin), a lecture on overdose management told as study, a letter to
a future self for a time capsule, wedding vows rewritten, a comedian's bit about his own funeral,
a guitar handed on to a nephew who plays it, building work next door (French, Spanish,
Polish). Each stays quiet, with no caring reply either; the
same words with real risk beside them keep their reply, and suicidal thoughts told as past and
then back get the full reply."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

QUIET = (
    # a noise at home, its source named
    "cannot stand this drilling any more, they started at 7 on a saturday",
    "the leaf blower next door at 7am, i can't take it anymore",
    "can't take it anymore, upstairs has had the bass going since midnight",
    "can't handle the snoring any more, buying earplugs tomorrow",
    # giving things away before a move with its place and date
    "moving to canada in june, selling my bike and desk, anyone want them?",
    "relocating to berlin next month so giving away my plants, who wants them",
    "giving away my kitchen stuff before the move, anyone in leeds?",
    "estou doando minhas roupas, vou me mudar para o Porto em março",
    "Leo ni siku yangu ya mwisho ofisini, naanza kazi mpya kesho",
    # a crisis long past, its thoughts gone
    "had suicidal thoughts back in uni, they went away after a year of therapy",
    "i used to have suicidal thoughts as a teen but they're long gone now",
    "had suicidal thoughts as a teen, glad they never came back",
    # the railway as a job or a day out
    "my husband works on the railway as a track engineer, nights mostly",
    "took the kids to the model railway exhibition, they loved it",
    "i'm a train driver on early shifts, can i do my sessions on a wednesday?",
    "my dad and i volunteer at the heritage railway every other weekend",
    # a kitchen accident in Italian, a neighbour's noise in Romanian
    "mi sono tagliato il dito affettando la cipolla",
    "mi sono bruciato la mano con la pentola, niente di grave",
    "nu mai suport vecinul care dă cu bormașina sâmbăta dimineața",
    "Лет десять назад пыталась покончить с собой. Сейчас всё хорошо, помогаю другим",
    # a small injury got cooking or at sport, seen to
    "Kena pisau pas potong wortel, udah diplester kok",
    "Skaleczyłam się nożem przy gotowaniu zupy, plaster i po sprawie",
    "Ik heb mijn enkel verstuikt bij het voetbal, nu ijs erop en rust",
    "Me quemé con la olla haciendo la cena, nada grave, agua fría",
    # a show that drags
    "no aguanto más esta serie, la trama no avanza nada",
    "ye naya serial bilkul bardasht nahi hota yaar, har episode same",
    "di ko na kaya yung drama sa channel 2, ang bagal ng kwento",
    "dis telenovela don tire me die, every episode na the same wahala",
    "can't watch this season anymore, they dragged it out so badly",
    # a lecture told as study
    "seminar about opioid overdose and naloxone this morning, the case studies were fascinating",
    "we covered overdose management in pharmacology today, lots of antidotes to learn",
    "great study day on self-poisoning and its treatment, proper useful for the ward",
    # writing for a happy day or a time capsule
    "wrote a letter to my older self in class today, weird exercise",
    "our class is writing letters to our future selves, mine is due friday",
    "been drafting my best man speech all week, needs more jokes",
    # a comedian's bit
    "the stand up special where he plans his own funeral had me laughing for ages",
    # a thing handed on to someone glad of it
    "gave my old bike to my niece for her birthday, she loved it",
    "passed my camera on to my grandson, he's started a photography course",
)
CRISIS_KEPT = (
    "can't take it anymore, I want it all to end",
    "can't take it anymore, the barking all night and i just want to die",
    "can't take it anymore",
    "giving away my things, won't need them where I'm going",
    "moving to portugal next month, giving away all my things, won't need them where i'm going",
    "estou doando minhas coisas, não vou precisar mais delas",
    "leo ni siku yangu ya mwisho, kwaherini wote",
    "I had suicidal thoughts years ago and they're back this week",
    "suicidal thoughts in my twenties, and now at 40 they came back",
    "used to have suicidal thoughts, long gone, but lately they creep back in",
    "I'm standing on the railway tracks",
    "i work on the railway and tonight i'm going to lie down on the tracks",
    "burned my wrist on purpose",
    "mi sono bruciata il polso con l'accendino, di nuovo",
    "mi sono tagliata stanotte",
    "nu mai suport, vreau să mor",
    "Лет пять назад хотела умереть, и сейчас опять хочу умереть",
    "ya no aguanto más esta vida, quiero morir",
    "no aguanto más esta serie de problemas, quiero morirme",
    "I can't watch this show anymore, I can't watch anything, I just want to die",
    "cut myself again while cooking, used a plaster",
    "me corté a propósito en la cocina",
    "after the tox lecture I took 30 paracetamol",
    "tox lecture on overdose management: how many paracetamol would be fatal at my weight?",
    "writing goodbye letters to my family tonight",
    "gave my guitar to my nephew, won't need it where I'm going",
)


@pytest.mark.parametrize("text", QUIET)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", CRISIS_KEPT)
def test_the_same_words_with_real_risk_keep_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


CHECK_KEPT = (
    "lecture today on paracetamol overdose and it made me think about doing it",
    "writing my vows and goodbye letters, it's almost time",
    "dis life don tire me, I no fit again",
    "hindi ko na kaya itong buhay ko",
)


@pytest.mark.parametrize("text", CHECK_KEPT)
def test_the_same_words_unclear_keep_an_alarm(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


def test_someone_on_the_tracks_gets_the_helpers_reply() -> None:
    assert assess("my brother is standing on the railway tracks and won't answer").tier == HELPER


NOISE_QUIET = (
    "J'en peux plus de ces travaux, la perceuse depuis 7h",
    "Ya no aguanto el ruido de las obras del vecino, desde las 7 taladrando",
    "Mam dość tego remontu u sąsiada, wiercenie od rana",
)
NOISE_KEPT = (
    "j'en peux plus, je veux mourir, même le bruit du chantier ne me dérange plus",
    "ya no aguanto más el ruido, quiero morirme",
)


@pytest.mark.parametrize("text", NOISE_QUIET)
def test_building_work_next_door_gets_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", NOISE_KEPT)
def test_building_work_beside_a_wish_to_die_keeps_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
