"""Kinds a blind set found wrongly answered, in Portuguese and Russian: a death told with peace
made with it ("minha avó faleceu ano passado, já estou em paz com isso", a cat that died old
and "teve uma vida boa") and depression named as a topic of treatment or study ("почему
эскетамин называют прорывом в лечении депрессии?"). They get no caring reply; a death still
raw, peace not made, and depression lived now ("лечение депрессии не помогает", "устала от
депрессии") keep it. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, assess


@pytest.mark.parametrize(
    "text",
    [
        "meu avô faleceu em março, hoje já estou em paz com isso",
        "minha cachorra morreu semana passada, com 15 anos. ela teve uma vida feliz",
        "o passarinho da minha filha morreu, mas ele teve uma boa vida",
        "как кетамин действует при депрессии?",
        "читаю исследования депрессии для курсовой",
        "какие препараты против депрессии сейчас назначают?",
        "новые методы терапии депрессии очень интересны",
    ],
)
def test_settled_grief_and_depression_as_a_topic_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "minha mãe faleceu ontem, estou arrasada",
        "minha avó faleceu e eu não estou em paz com isso",
        "meu pai morreu mês passado e eu nunca vou estar em paz com isso, choro todos os dias",
        "лечение депрессии не помогает, мне всё хуже",
        "я так устала от депрессии",
        "у меня депрессия уже год",
    ],
)
def test_grief_still_raw_and_depression_lived_keep_a_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)
