"""Kinds a blind set found missed: last steps readied. A noose ready or hung ("Had the noose ready
last night but my phone rang. It's still up in the shed"), the location turned off beside a sorry
for everything ("texted everyone sorry for everything. turned off location"): the full reply;
the pills in the house counted ("counted the paracetamol in the house. 3 boxes"): the check-in.
Told in Spanish, Portuguese, Russian, Ukrainian, Indonesian, Tagalog, German and French. A rope
for a swing or the washing, a knitting loop and a door's hinge, the location off to save the
battery, and pills counted into a pill box or for a parent's week stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "la cuerda ya está atada en la viga del garaje",
        "a forca está pendurada no quarto desde ontem",
        "я уже завязал петлю, она в гараже",
        "петля вже висить у сараї",
        "tali udah kuikat di balok kamar",
        "nakasabit na ang lubid sa puno sa likod",
        "der Strick liegt bereit in der Garage",
        "la corde est accrochée dans le grenier",
        "lo siento por todo. desactivé mi ubicación",
        "desativei a localização. me perdoem por tudo",
        "выключила геопозицию, простите за всё",
        "udah matiin lokasi. maaf atas semuanya",
    ],
)
def test_a_last_step_readied_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "volví a contar las pastillas de la casa, hay para rato",
        "recontei os remédios do armário, tem bastante",
        "пересчитала снотворное, хватит",
        "перерахувала всі таблетки в шафі",
        "udah kuhitung obat di rumah, ada tiga strip",
    ],
)
def test_pills_counted_at_home_get_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "la soga lista para el columpio de los niños",
        "a corda pronta pro varal no quintal",
        "петля готова, вяжу дальше спицами",
        "петля на двери висит криво, надо починить",
        "tali sudah siap di gudang buat pindahan besok",
        "apagué la ubicación para ahorrar batería, perdón por tardar",
        "conté las pastillas para el pastillero de la semana",
        "посчитала таблетки для мамы на неделю",
        "Tabletten für die Woche gezählt und in den Wochendosierer gelegt",
    ],
)
def test_a_swing_a_hinge_the_battery_and_a_pill_box_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
