"""Kinds a blind set found missed: a high place gone to again and again, to look down or at its
height ("he pensado en tirarme del puente, ya fui a verlo dos veces" was read for its thought;
the visits alone are a sign too), in Spanish, Portuguese, Italian, German, French, Russian,
Ukrainian, Polish, Chinese, Indonesian and Turkish: the check-in, which asks. A sunset with
friends, the stars from the roof and an aerial repaired stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "volví otra vez al viaducto, me quedé mirando hacia abajo un buen rato",
        "toda noite eu volto na ponte e fico olhando pra baixo",
        "ogni sera torno sul ponte e guardo giù",
        "ich geh jeden Abend auf das Parkhaus und schau nach unten",
        "je suis allée plusieurs fois sur le toit de l'immeuble regarder en bas",
        "каждый вечер хожу на крышу и смотрю вниз",
        "щовечора ходжу на міст і дивлюся вниз",
        "codziennie chodzę na dach i patrzę w dół",
        "每天晚上都去楼顶往下看",
        "tiap malam aku ke atap gedung kos, lihat ke bawah",
        "her gece köprüye gidip aşağıya bakıyorum",
    ],
)
def test_a_high_place_gone_to_again_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "fuimos dos veces al puente con amigos a ver el atardecer",
        "subí otra vez a la azotea a reparar la antena, sin mirar abajo",
        "fomos duas vezes ao viaduto tirar fotos lá de baixo",
        "我们又去天台看星星了，看过两次了",
        "Ich war zweimal auf dem Dach, um die Antenne zu reparieren",
        "мы с друзьями два раза ходили на крышу смотреть закат",
        "dua kali ke jembatan sama teman buat foto sunset",
    ],
)
def test_an_outing_or_a_repair_stays_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
