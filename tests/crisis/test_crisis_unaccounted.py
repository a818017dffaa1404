"""Kinds a blind set found missed: someone else's risk told by what is unaccounted for or by
what they said: a colleague who did not turn up, or whose car is at work while they are not,
beside a controlled drug's log or count short; an online friend's goodbye "forever" and every
server left, or no address known; and in Korean, Russian, Turkish and Nigerian Pidgin, a friend
who said they would die tonight, a photo of pills posted beside "can't go on", a friend's "I
can't bear it any more" quoted as a message, a friend who "don tire for this life". They get the
reply for helpers. Their lookalikes (a drug count short with no one missing, a rota short, a
duo's happy "gg forever", servers left when a game shut down, "dying of hunger" in Korean, a
photo of allergy tablets, a project due tonight, tired of the traffic) get no alarm. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "our charge nurse never showed up for nights and the morphine count is 3 amps short. "
        "nobody can reach him",
        "the new vet didn't turn up this morning and the ketamine register is 10ml short",
        "my friend from the game said bye forever and left all the groups. i don't even know "
        "her real name",
        "남자친구가 내일 죽겠다고 문자 보냈어요",
        "брат написал что больше не может и скинул фото таблеток",
        "Kardeşim 'artık dayanamıyorum, yarın her şey bitecek' diye mesaj attı, cevap vermiyor",
        "my padi don tire for this life, e no dey pick call since morning",
    ],
)
def test_someone_elses_risk_told_by_what_is_missing_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "the cd count was 2 tablets short tonight, pharmacy recounting tomorrow",
        "one of the nurses didn't turn up so the rota was short all night",
        "our pharmacist didn't turn up and the morphine stock check is short by one signature",
        "my duo typed gg forever when we finally hit diamond, best night ever",
        "we left all the old servers when the game shut down, everyone moved to the new one",
        "친구가 배고파 죽겠다고 했어요",
        "동생이 시험 때문에 힘들어 죽겠다고 해요",
        "Подруга выложила фото таблеток от аллергии, спрашивает какие лучше",
        "Arkadaşım 'bu iş bu gece bitecek' diye yazdı, proje teslimi var",
        "my guy say e tire for this traffic",
    ],
)
def test_their_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
