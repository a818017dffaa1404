"""Kinds a blind set found missed: everything tried, ketamine too, and no reason left to go on
(Czech, Slovak, Polish, Portuguese); tonight I end everything (Vietnamese, Thai, Indonesian);
letters for the children and leaving for ever (Romanian); a whole pack of a benzodiazepine at
home and "I've decided" (Russian, Ukrainian); vodka taken with sleeping pills (Ukrainian,
Russian, Polish, Czech); someone close who wrote that it ends today and does not answer (Czech,
Slovak, Polish, Russian); a parent dead a month ago and tears that won't stop (Ukrainian). A
diet or a printer given up on, a project ended tonight, a move abroad for ever, pills prescribed
and not to be taken, vodka at a party and a sale ending today stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

FULL = (
    "vyzkoušel jsem už všechno, i ketamin, a nic. nemá to už smysl pokračovat",
    "skúsila som všetko aj ketamín, nič. nemám už dôvod žiť",
    "próbowałam już wszystkiego, ketamina też nie pomogła. nie mam powodu dalej żyć",
    "já tentei de tudo, terapia, remédios, cetamina. não vejo mais sentido para continuar",
    "quero desistir da vida, cansei",
    "não vejo sentido pra continuar. o tratamento falhou",
    "não vejo motivo pra continuar, a vida é só dor",
    "đêm nay anh sẽ kết thúc tất cả, xin lỗi mọi người",
    "คืนนี้ผมจะจบชีวิต",
    "malam ini aku akan mengakhiri semuanya",
    "am scris scrisori soției și copiilor. plec pentru totdeauna",
    "я уже решил. дома лежит целая упаковка реланиума",
    "у мене вдома ціла пачка снодійного. я все вирішила",
)
OVERDOSE = (
    "випила пів пляшки вина і снодійне, мене нудить",
    "запил феназепам водкой, сердце колотится",
    "wypiłem pół butelki wódki i tabletki nasenne, kręci mi się w głowie",
    "vypil jsem láhev vodky a prášky na spaní",
)
OTHER = (
    "sestra mi napsala, že dnes to skončí, a teď neodpovídá",
    "brat napisał, że dziś to się skończy i nie odbiera telefonu",
    "муж написал что сегодня всё закончится и не берет трубку",
)
GRIEF = (
    "мама померла тиждень тому, постійно плачу",
    "не можу перестати плакати, все валиться з рук",
)
QUIET = (
    "tentei tudo para emagrecer, nada funciona, vou desistir da dieta",
    "vou desistir de viver em São Paulo, está caro demais",
    "zkusil jsem všechno s tou tiskárnou, vzdávám to",
    "tối nay em sẽ kết thúc dự án này",
    "tối nay em sẽ kết thúc tất cả bài tập",
    "คืนนี้ฉันจะจบโปรเจกต์",
    "malam ini aku akan mengakhiri proyek ini",
    "mâine plec pentru totdeauna în Canada, am primit un job",
    "am scris scrisori pentru copii de Crăciun, le-am pus în sertar",
    "у меня дома целая пачка феназепама, врач выписал, я решила не пить его",
    "вчера на вечеринке выпил бутылку водки, голова кружится",
    "випили пляшку горілки на весіллі, весело було",
    "přítel mi napsal že to dneska skončí v práci a nebere telefon",
    "napsal mi že výprodej dnes skončí",
    "у бабушки целая пачка феназепама, я решила выбросить её",
    "я решила: вся пачка снотворного уйдет в аптеку на утилизацию",
    "zkusil jsem všechno, ketamin nepomohl, nemá smysl pokračovat v kurzu",
    "tentei tudo, não vejo sentido para continuar o curso de alemão",
    "não vejo motivo pra continuar com essa dieta",
)


@pytest.mark.parametrize("text", FULL)
def test_no_reason_left_tonight_or_decided_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", OVERDOSE)
def test_drink_with_sleeping_pills_is_an_overdose(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_leaving_for_ever_tomorrow_with_nowhere_named_gets_a_check_in() -> None:
    assert assess("mâine plec pentru totdeauna").tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", OTHER)
def test_someone_close_who_wrote_it_ends_today_gets_the_reply_for_helpers(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize("text", GRIEF)
def test_a_recent_loss_and_tears_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", QUIET)
def test_a_diet_a_project_a_move_or_a_party_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
