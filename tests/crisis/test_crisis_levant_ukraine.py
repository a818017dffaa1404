"""Kinds a blind set's neighbours showed missing in Levantine Arabic and Ukrainian, as refugees
write them: killing oneself said with "حالي", a rope brought into the room, pills gathered (also
in Latin letters), all the medicine eaten, "better I die here" before a deportation, how many
tablets so as not to wake, a brother who said he would end his life (the reply for helpers), and
loneliness or exhaustion (the caring reply); in Persian, "I'll kill myself" if refused. Each with
its everyday lookalikes: dying of laughter at a video, a washing line, a rope for the tent."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "خلص ما عاد فيني، رح اقتل حالي بكرا",
        "اشتريت حبل وخبيته تحت التخت",
        "khabbet el 7oboob bl shanta min shahr",
        "якщо мене депортують, краще помру тут",
        "я покінчу з собою, якщо знову відмовлять",
        "اگه قبول نکنن خودم رو می‌کشم",
    ],
)
def test_the_writers_own_crisis_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "بلعت كل علبة الدوا قبل شوي",
        "скільки пігулок потрібно щоб не прокинутись",
    ],
)
def test_pills_eaten_or_a_lethal_amount_asked_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_a_brother_who_said_he_would_end_his_life_gets_a_reply() -> None:
    assert assess("мій брат написав, що покінчить з собою").tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "я так втомилась, нічого не виходить з документами",
        "انا وحيدة هون بالمدينة الجديدة",
    ],
)
def test_exhaustion_and_loneliness_get_a_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "بدي موت من الضحك على هالمقطع",
        "جبت حبل غسيل جديد للبلكون",
        "اشتريت حبل للخيمة، بدنا نطلع رحلة",
    ],
)
def test_laughter_a_washing_line_and_a_tent_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "معي شفرة حلاقة وبدي اجرح حالي",
        "رجعت قطعت معصمي امبارح بالليل",
    ],
)
def test_cutting_oneself_in_levantine_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_a_hand_cut_while_cooking_stays_quiet() -> None:
    assert assess("جرحت ايدي وانا عم قطع بصل").tier not in (CRISIS, CHECK, HELPER)
