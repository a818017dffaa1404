"""Kinds a first responders' and veterans' line showed missed in other languages: shooting
oneself, announced ("me voy a pegar un tiro esta noche", "застрелюсь из табельного", "ich
erschieße mich mit meiner Dienstwaffe"), in fifteen languages: the full reply. Their idioms and
work talk stay quiet: a shot at goal, shooting oneself in the foot, a series or a film binged
("mi sparo un film"), "застрелиться можно от скуки", "ich könnte mich erschießen" over a lost
key or one more spreadsheet, a report seen once more, a target's head at the range, a day at
the shooting range."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "me voy a pegar un tiro esta noche",
        "vou dar um tiro na minha cabeça depois do plantão",
        "je vais me tirer une balle ce soir",
        "ich erschieße mich heute Nacht mit meiner Dienstwaffe",
        "ich will mich heute mit der Dienstwaffe erschießen",
        "mi sparo stanotte con la pistola di servizio",
        "застрелюсь из табельного сегодня",
        "zastrzelę się dziś w nocy",
        "kendimi vuracağım bu gece",
        "aku mau nembak diri sendiri malam ini",
        "babarilin ko ang sarili ko mamaya",
        "मैं आज रात खुद को गोली मार लूंगा",
        "今晚我想用枪结束自己",
        "今夜、銃で自分を撃つつもりだ",
        "오늘 밤 총으로 나를 쏠 거야",
    ],
)
def test_shooting_oneself_announced_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "le pegó un tiro a puerta y fue gol",
        "me di un tiro en el pie con esa decisión, jaja",
        "stasera mi sparo un film horror e una pizza",
        "mi sparo tutta la serie stasera",
        "ich könnte mich erschießen, hab den Schlüssel vergessen",
        "на этой лекции застрелиться можно от скуки",
        "je me suis tiré une balle dans le pied avec cet exam",
        "dei um tiro no pé aceitando esse plantão extra",
        "na strzelnicy dzisiaj, strzelałem do tarczy",
        "amanhã no estande vou dar um tiro na cabeça do alvo pra passar na prova",
        "ich erschieße mich gleich, wenn ich noch eine Excel-Tabelle sehe",
        "застрелюсь, если ещё раз увижу этот отчёт",
    ],
)
def test_idioms_and_the_range_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
