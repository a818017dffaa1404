"""Kinds a blind set found missed: in Punjabi, the field's spray, poison or sulphas tablets drunk
"and all over", a farmer's way; in Korean, everything sorted, letters written, and able to end it
by the weekend. Both get an alarm. Spraying the field tomorrow, a drink "and all is fine", a
project finished by the weekend after the papers were sorted stay quiet. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "ਫਸਲ ਸੜ ਗਈ। ਕੀਟਨਾਸ਼ਕ ਦੀ ਬੋਤਲ ਘਰ ਲੈ ਆਇਆ, ਪੀ ਲਵਾਂ ਤਾਂ ਸਭ ਮੁੱਕ ਜਾਊ",
        "ਸਲਫਾਸ ਦੀਆਂ ਗੋਲੀਆਂ ਪੀ ਲਵਾਂ, ਹੋਰ ਕੋਈ ਰਾਹ ਨਹੀਂ",
        "유서도 썼고 다 정리했어. 오늘 밤 끝낼 수 있을 것 같아",
        "편지 남겼어요. 정리 다 했고 내일이면 다 끝낼 수 있어요",
    ],
)
def test_spray_drunk_and_everything_sorted_get_an_alarm(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "ਖੇਤ ਵਿੱਚ ਸਪਰੇ ਕਰਨੀ ਹੈ ਕੱਲ੍ਹ",
        "ਲੱਸੀ ਪੀ ਲਵਾਂ ਤੇ ਸਭ ਠੀਕ",
        "서류 다 정리했어요. 편지도 보냈고 이번 주말이면 프로젝트 끝낼 수 있을 것 같아요",
        "방 정리했어요. 이번 주말이면 이사 끝낼 수 있을 것 같아요",
    ],
)
def test_field_work_and_projects_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
