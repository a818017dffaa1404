"""Kinds a blind set found missed: the writer's own end told lightly, as young people write it:
a pill bottle kept as a lockscreen, a reminder "there's an exit"; a spot picked for one's own
quiet last scene, beside an anime's; a farewell said before vanishing for the weekend; medicines
looked up as dangerous together "for me, not for the quiz"; the body a shell to get out of
"soon"; no version of next week with the writer still here; a pet left with a neighbour "for a
while"; a parent who would rather have no son, and "giving him what he wants". They get the
check-in. Their lookalikes (a fire exit, a picnic spot, a festival with no signal, a check for
the pharmacist, a transition, a job one will not still be in, a cat minded for a holiday, a
birthday present) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess, normalise, told_lightly


@pytest.mark.parametrize(
    "text",
    [
        "keep the razor in my pencil case, comforting to know i've got an out",
        "my wallpaper is a photo of my stash. nice to know there's always an exit",
        "i want my last moment to be quiet. found the place already, up past the reservoir",
        "like in that manga ending, i want mine to be soft. scouted the bench by the lake",
        "if i disappear after tonight just remember you guys were the best 🫡",
        "if i go quiet this week know that the chats were fun ok",
        "reading up on which of my meds get deadly mixed together. for myself",
        "can't wait to leave this body for good",
        "this body is a cage i'm trying to escape. hopefully soon",
        "honestly i can't picture a future where i'm still alive next year",
        "asked my flatmate to keep my rabbit for a while, she said yes 🙂",
        "mum says she wishes i was never born. maybe i should give her what she wants",
        "my parents said they'd rather have no daughter than a lesbian one. thinking about "
        "giving them what they want",
    ],
)
def test_an_end_told_lightly_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "the sign by the stairs is a reminder that there's an exit door behind the stage",
        "good to know there's always a way out of the phone contract",
        "already picked the spot by the river for our picnic, i want it to be quiet",
        "for my film's final scene i already picked the spot by the river",
        "if i vanish this weekend just know the festival has no signal, the quizzes were fun",
        "if i disappear this week it's the dissertation, just know it was fun",
        "looking up which of my meds are dangerous together so i can ask the pharmacist",
        "for the quiz i looked up which drugs are dangerous together",
        "checking which of my meds are dangerous together with ketamine. for me",
        "i want my last session to be quiet, already picked the spot in the clinic",
        "my body feels like a shell i'm waiting to get out of, hopefully soon once i start hrt",
        "i don't see a version of next year where i'm still here in this job",
        "my cat will be fine with my neighbour while i'm away for a week",
        "my dad wants a new drill for his birthday, thinking about giving him what he wants",
        "in the k hole my body is a shell i'm waiting to get out of, hopefully it ends soon",
        "if i vanish from the chat just know the quizzes were fun, i'm moving to the next module",
        "i don't see a version of the game where i'm still here after the update",
    ],
)
def test_lookalikes_are_not_told_lightly(text: str) -> None:
    assert not told_lightly.mine(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "ehrlich, ich sehe keine zukunft in der ich nächsten monat noch am leben bin",
        "je vois aucun avenir où je serai encore en vie à noël",
        "no veo ningún futuro donde siga vivo el mes que viene",
        "mein körper ist ein käfig, hoffentlich bin ich bald draußen",
        "mon corps est une prison, j'espère en sortir bientôt",
        "wenn ich nächste woche weg bin, die chats waren echt schön",
        "si je ne suis plus là lundi, c'était vraiment chouette avec vous",
    ],
)
def test_the_same_kinds_in_other_languages_get_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ich sehe keine zukunft, in der ich noch hier bin in dieser firma",
        "falls ich verschwinde, ich bin auf dem festival ohne netz, war lustig",
        "je ne vois pas de futur où je suis encore là dans cette boîte",
        "si je disparais ce week-end c'est les partiels, c'était cool",
        "während der ketamin-sitzung ist mein körper nur eine hülle, bald ist es vorbei",
    ],
)
def test_a_job_a_festival_exams_and_a_session_get_no_alarm(text: str) -> None:
    assert assess(text).tier in (None, DISTRESS)
