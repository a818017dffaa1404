"""Kinds a blind set found missed: a way of dying thought of, told in the perfect or the past, or
in a dialect that drops the "of" (Spanish "he pensado en tirarme del puente", Arabic "أفكر أرمي
نفسي من الجسر"), and the same in Portuguese, Italian, German, Russian, Ukrainian, Polish,
Indonesian, Tagalog, Persian and Urdu, and a poison thought of in Arabic. Lying down on the
sofa, a jump into the pool, work thrown into, a parachute and a thought told as over, with
therapy, stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "he pensado en lanzarme desde la azotea del edificio, ya subí a mirar",
        "anoche pensé en matarme, no se lo he dicho a nadie",
        "llevo semanas pensando en ahorcarme",
        "se me ha pasado por la cabeza tirarme a las vías del metro",
        "já pensei em pular do viaduto perto de casa",
        "tenho pensado em me matar quase todo dia",
        "ho pensato di lanciarmi dal balcone stanotte",
        "avevo pensato di farla finita, non so più cosa fare",
        "ich hab schon daran gedacht, mich umzubringen",
        "hab überlegt, vom Parkhaus zu springen",
        "فكرت اقفز من السطح امبارح",
        "صرت افكر انتحر كل يوم",
        "последнее время думала броситься под поезд",
        "думав стрибнути з даху гуртожитку",
        "rozważałam, żeby rzucić się pod pociąg",
        "dari kemarin kepikiran terjun dari atap kos",
        "naiisip ko na tumalon sa tulay pauwi",
        "چند بار به پریدن از پشت بام فکر کردم",
        "همش فکر میکنم خودمو از پنجره پایین بندازم",
        "ٹرین کے آگے چھلانگ لگانے کا سوچا تھا کل",
        "صرت افكر اشرب المبيد اللي بالمخزن",
    ],
)
def test_a_way_thought_of_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "voy a tirarme en el sofá a ver la serie",
        "he pensado en tirarme a la piscina del hotel mañana",
        "já pensei em me jogar no sofá e dormir o dia todo",
        "ho pensato di buttarmi nel lavoro per non pensarci",
        "ich habe daran gedacht, vom Dreimeterbrett zu springen",
        "думала прыгнуть с парашютом на день рождения",
        "aku kepikiran lompat ke kolam renang pas liburan",
        "naisip kong tumalon sa pool kasama ang mga bata",
        "فكرت اسافر عند اهلي الشهر الجاي",
        "بفكر اشرب قهوة قبل الشغل",
        "hace dos años pensé en matarme, pero con terapia salí adelante y hoy celebro dos años "
        "bien",
    ],
)
def test_the_sofa_the_pool_work_and_a_past_thought_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
