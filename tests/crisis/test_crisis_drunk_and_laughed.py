"""Kinds a blind set found missed: a roommate or a partner who drank mosquito repellent, insect
spray or bleach (Indonesian "obat nyamuk", Vietnamese "thuốc diệt muỗi", Tagalog told verb first,
"uminom ng muriatic ang kasama ko"), which gets the full reply as any poison drunk does; and
everyday lookalikes the detector answered: lethal doses learnt for an exam ("tengo que
memorizar todas las dosis letales"), laughing oneself dead ("ich hab mich totgelacht"), a
baby's teeth coming through ("малыш режется зубами"). A repellent bought, a dewormer or a
make-up remover, and a film's hero stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "teman sekamar saya barusan minum obat nyamuk cair, tolong",
        "pacar aku minum pemutih tadi malam, sekarang lemas",
        "bạn cùng phòng em uống thuốc diệt muỗi rồi, giờ nôn liên tục",
        "uminom ng zonrox ang kasama ko sa bahay",
        "uminom ng lason ang kuya ko kanina",
    ],
)
def test_an_insecticide_or_bleach_drunk_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "beli obat nyamuk cair di warung, nyamuknya banyak banget",
        "tôi uống thuốc tẩy giun theo lời bác sĩ",
        "dùng nước tẩy trang xong da bị khô",
        "sa teleserye kagabi, uminom ng lason ang kontrabida",
        "mañana examen de toxicología, tengo que estudiar las dosis letales de todo jaja",
        "me toca repasar la tabla de dosis tóxicas para el parcial",
        "Wir haben uns gestern im Kino totgelacht",
        "ik heb me doodgelachen om die video van de kat",
        "малыш режется зубами, третью ночь не спим",
        "у дочки ріжуться зубки, плаче",
    ],
)
def test_an_errand_a_class_a_laugh_and_teething_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
