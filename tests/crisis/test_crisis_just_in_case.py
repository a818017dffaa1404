"""Kinds a blind set found missed: risk told in passing. A blade carried about just in case it
gets too much ("i keep a razor in my wallet now just in case it gets too much"), and
unsubscribing from everything, not just this bot ("how do i unsubscribe from everything. not
just this bot"), told in Spanish, Portuguese, Russian, Ukrainian, Polish, Turkish, German,
French, Italian and Indonesian: the check-in. A razor for shaving, a blade for boxes, and every
newsletter or a gym cancelled stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "traigo una navaja en la mochila por si ya no aguanto",
        "levo uma gilete na bolsa caso eu fique mal demais",
        "ношу с собой бритву, если станет невыносимо",
        "ношу при собі лезо, коли стане нестерпно",
        "noszę żyletkę w portfelu, gdyby było za ciężko",
        "yanımda hep bir jilet var, dayanılmaz olursa diye",
        "ich trage eine Klinge im Portemonnaie, falls es zu viel wird",
        "je garde une lame dans mon sac si ça devient trop",
        "porto una lametta nel portafoglio se diventa troppo",
        "me quiero dar de baja de todo, no solo de este bot",
        "quero sair de tudo, não só desse bot",
        "хочу відписатися від усього, не тільки від бота",
        "chcę się wypisać ze wszystkiego, nie tylko z tego bota",
        "ich will mich von allem abmelden, nicht nur von diesem Bot",
        "je veux me désabonner de tout, pas seulement de ce bot",
    ],
)
def test_risk_told_in_passing_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "llevo una cuchilla de afeitar en el neceser por si acaso",
        "ando com uma lâmina pra abrir as caixas da mudança",
        "ношу бритву в сумке для бритья в командировке",
        "cómo me doy de baja de todos los newsletters",
        "quiero cancelar todo, el gimnasio y netflix",
        "ich will mich von allen Newslettern abmelden",
    ],
)
def test_a_razor_for_shaving_and_newsletters_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
