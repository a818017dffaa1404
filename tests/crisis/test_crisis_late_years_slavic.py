"""Serbian, Croatian, Russian and Ukrainian as older people write them: wanting to die, to kill
oneself or not to live any more, a lethal dose of a drug asked for and going to join a husband
or a son who died get the full reply, as do following a dead wife once a feast has passed and a
day chosen to "go by oneself" after a holiday; a neighbour on a roof who shouts that he will
jump, and a friend who wrote "farewell, think kindly of me" and does not pick up, get the reply
for helpers; the shame of borrowing for medicine, the ninth day since a husband died and a
longing winter alone get the caring reply. A rat's lethal dose, a deadly virus, following a wife
abroad, jumping into the sea, leaving a job after Easter, a colleague's farewell before a move
to another department, the power gone, dying of laughter or of shame, not wanting to live in a
town, a night at mother's after a funeral and a visit to a grave stay quiet.
"""

from __future__ import annotations

import pytest

from crisis import CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "Kolika je smrtonosna količina insulina za starijeg čovjeka?",
        "koliko tableta za spavanje treba da umrem",
        "Колико таблета је смртоносно за мене?",
        "Posle slave otići ću za svojim pokojnim mužem.",
        "Само да прође Божић, па ћу да одем за својом покојном женом.",
        "Я всё решил: после дня рождения внука умру сам.",
        "До Нового года уйду из жизни, я так решила",
        "Ne želim više da živim, svi su otišli",
        "hoću da umrem, umorna sam od svega",
        "Razmišljam o samoubojstvu svaku noć",
        "Убићу се ако ме опет оставе саму",
        "Скоро уйду к мужу, он меня заждался",
        "Після похорону сина вирішила, що піду за ним",
    ],
)
def test_own_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "Komšija je na terasi i vrišti da će skočiti, pomozite",
        "Moj brat stalno govori da će se ubiti",
        "Сосед написал «прощай» и телефон выключен, он живёт один",
        "Сестра прислала «не поминай лихом» и не отвечает уже час",
        "Tata govori da želi da umre otkad je mama umrla",
    ],
)
def test_someone_elses_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "Stid me je što nemam ni za struju, a radila sam četrdeset godina.",
        "Сорок дней как не стало жены. На душе пусто.",
        "Вечорами так тоскно, онуки далеко",
    ],
)
def test_distress_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "koliko otrova je smrtonosna doza za pacove u podrumu",
        "koliko tableta dnevno smijem popiti za glavobolju",
        "smrtonosni virus u novom filmu",
        "Poslije slave idem za svojom ženom u Njemačku",
        "prijatelj viče da će skočiti u more s mola",
        "Решила, что после Пасхи уйду сама с работы, надоел начальник",
        "Решила, что уйду сама на пенсию",
        "Коллега сказал прощай, уходит в другой отдел, не отвечает на почту",
        "Сегодня нет света, как не стало электричества",
        "umirem od smijeha, pogledaj ovaj video",
        "hoću da umrem od sramote, pala sam na bini",
        "ne želim da umrem, bojim se operacije",
        "ne želim više da živim u ovom gradu",
        "После похорон уйду к маме ночевать",
        "Чоловік помер, завтра піду до нього на цвинтар",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None, text
