"""Kinds a blind set found missed: going out to the sea, a river or the bush tonight and not
coming back, said of oneself by fishing and farming families in Vietnamese, Spanish, Portuguese
and Tagalog; and a false alarm, a Vietnamese reader telling of a novel's character who killed
himself. The going gets an alarm; a trip back at a time, a night's fishing, a film's character and
a novel told of stay quiet, and a reader who then says it of themself is still heard. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "nợ nần chồng chất, mai tôi ra sông rồi không trở về nữa",
        "tôi sẽ lên rừng và sẽ không bao giờ quay lại nữa",
        "ya no aguanto, esta noche me voy al río y no pienso volver",
        "perdí el rancho. mañana voy a la presa y no regreso",
        "perdi o barco, vou pro mar e não volto",
        "lalabas ako sa laot mamaya, hindi na ako babalik",
        "đọc truyện có nhân vật tự tử, tôi cũng muốn như vậy tối nay",
    ],
)
def test_going_out_and_not_coming_back_gets_an_alarm(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "tối nay chồng tôi ra biển đánh cá, không về kịp ăn cơm",
        "cuối tuần cả nhà ra biển chơi, vui lắm",
        "me voy al monte con mi hermano y no vuelvo hasta el domingo",
        "vou pro rio pescar e não volto antes das dez",
        "pupunta ako sa dagat bukas para mangisda, babalik ako sa hapon",
        "Bộ phim hôm qua có nhân vật tự tử ở cuối, xem xong buồn cả ngày",
        "quyển sách này có nhân vật chết vì tự tử, tác giả viết rất hay",
    ],
)
def test_trips_and_stories_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "the old people said the spirits leave from Cape Reinga. think it's my turn to go",
        "tūpuna are waiting at te rerenga wairua. i'm ready to take that journey, no more fighting",
    ],
)
def test_the_spirits_trip_to_te_rerenga_wairua_taken_as_ones_own_gets_an_alarm(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "koro always said the tūpuna wait at Te Rerenga Wairua. ready to make that trip with the "
        "kids these holidays",
        "nan told us the wairua leave from Cape Reinga, beautiful spot, went there last summer",
        "booked the bus tour to cape reinga, the guide talked about the spirits and the pōhutukawa",
    ],
)
def test_trips_to_cape_reinga_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
