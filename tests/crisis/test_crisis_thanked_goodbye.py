"""Kinds a blind set found missed: a goodbye with thanks for everything and no return named
("obrigado por tudo. me despeço aqui", "さようなら。今までありがとう"), a matter settled "my way,
for good" with only thanks left to say, and a friend's farewell followed by a switched-off phone
(Russian, Ukrainian, Thai, Zulu, Swahili). The same goodbye closing a trip, a job, a course or a
move stays quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess

FAREWELLS = (
    "gente, obrigada por tudo mesmo. me despeço de vocês aqui",
    "me despeço aqui. obrigado por tudo que vocês fizeram",
    "gracias por todo, de verdad. aquí me despido",
    "me despido de todos, gracias por todo lo que hicieron",
    "asanteni kwa kila kitu. kwaheri",
    "terima kasih untuk semuanya ya. aku pamit",
    "merci pour tout. adieu",
    "grazie di tutto ragazzi. addio",
    "danke für alles. lebt wohl",
    "みんな、今まで本当にありがとう。さよなら",
    "感谢大家这段时间的陪伴。永别了",
    "cám ơn mọi người vì tất cả. vĩnh biệt",
    "spasibo vam za vse. proshchaite",
    "cảm ơn mọi người vì tất cả, hẹn gặp lại ở kiếp sau. vĩnh biệt",
    "vou resolver tudo do meu jeito, de vez. queria só agradecer",
    "lo voy a resolver a mi manera, para siempre. gracias por el curso",
)
FRIEND_FAREWELL = (
    "брат прислал сообщение, что прощается, и теперь не отвечает",
    "подруга написала мені, що прощається, і вимкнула телефон",
    "друг написав що прощається і не відповідає, що робити",
    "เพื่อนส่งข้อความลาก่อนมา แล้วติดต่อไม่ได้เลย",
    "Usisi wami uthumele umyalezo wokuvalelisa, manje akatholakali",
    "rafiki yangu ametuma ujumbe wa kuaga na sasa hajibu simu",
)
QUIET = (
    "obrigado por tudo, me despeço aqui da empresa, amanhã começa a aposentadoria",
    "obrigada por tudo! me despeço aqui, até a próxima turma",
    "gracias por todo, me despido, nos vemos después de las vacaciones",
    "gracias por todo, me despido hasta el lunes",
    "asanteni kwa kila kitu, kwaheri, nakwenda likizo kesho",
    "terima kasih untuk semuanya, aku pamit dulu ya, besok liburan",
    "merci pour tout, adieu et à bientôt, je pars en voyage",
    "danke für alles, ich verabschiede mich in den Ruhestand",
    "今までありがとう、さようなら。来月から定年退職です",
    "卒業式でした。今までありがとう、さようなら先生",
    "谢谢大家，永别了我的大学宿舍，毕业快乐",
    "cảm ơn vì tất cả, vĩnh biệt công ty, mai tôi nghỉ hưu",
    "спасибо за всё, прощайте, завтра уезжаю в отпуск",
    "vou resolver isso de vez com o banco amanhã",
    "подруга написала, что прощается перед отъездом, завтра созвонимся",
    "друг попрощался и поехал на вокзал",
)


@pytest.mark.parametrize("text", FAREWELLS)
def test_a_thanked_goodbye_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", FRIEND_FAREWELL)
def test_a_friends_farewell_then_silence_gets_the_reply_for_helpers(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize("text", QUIET)
def test_a_goodbye_closing_a_trip_a_job_or_a_course_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
