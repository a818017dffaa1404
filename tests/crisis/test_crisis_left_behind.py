"""Kinds a blind set found missed, in other languages: leaving too after a spouse's funeral,
affairs put in order with a letter left, clothes shared out, ready to leave for good, the letter
already written, a rope ready, thanks said as a goodbye, ending it tonight; a count of pills
told as taken and a farm pesticide drunk; someone else feared to "do something", wishing he had
died and sitting with a gun, gone after a note, saying she will kill herself, a farewell and the
phone off; loneliness and tears after a death, shame after a relapse. Everyday lookalikes stay
quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

CRISIS_REPLY = (
    "Когда похороню мужа, после его похорон я тоже уйду. Решено.",
    "Después de su entierro me voy yo también, ya no tengo a nadie",
    "depois do enterro dela eu vou também, não tem mais sentido",
    "我把银行卡和存折都整理好了，也留了一封信给女儿",
    "Mo ti fi gbogbo nnkan mi fun awon aladugbo",
    "j'ai donné mes meubles, je suis prête à partir pour toujours",
    "nasulat ko na ang liham para kay papa, pagod na ako",
    "Urgan hazır, bu gece bitireceğim",
    "nimegawa vitu vyangu vyote, nimeshawaaga",
    "그동안 고마웠어요. 미안해요",
    "gusto ko nang wakasan ang lahat",
    "오늘 밤엔 다 끝내려고",
)
OVERDOSE = (
    "tomei umas trinta pílulas de dormir agora há pouco",
    "me tomé unas cuarenta pastillas de mi mamá, me siento mareada",
    "ho ingoiato trenta compresse di tachipirina",
    "j'ai avalé quarante cachets il y a dix minutes",
    "I just drank the otapiapia wey dey store, my chest dey burn",
    "hab eben dreißig Tabletten geschluckt",
    "wzięłam trzydzieści tabletek nasennych godzinę temu",
    "я только что выпила тридцать таблеток",
    "nimemeza vidonge thelathini vya usingizi",
    "barusan minum tiga puluh butir obat tidur",
    "em vừa uống ba mươi viên thuốc ngủ",
    "刚才吃了三十片安眠药",
    "ek het dertig slaappille gesluk",
    "ngiphuze wonke amaphilisi ami",
)
FOR_SOMEONE = (
    "mi papá regaló sus herramientas, tengo miedo de que se haga daño",
    "estou com medo que ela faça uma loucura, ela não come há dias",
    "ho paura che si faccia del male, non risponde",
    "Син каже, що краще б він помер там. Закрився в кімнаті з рушницею.",
    "брат сказал, лучше бы он погиб. Сидит в гараже с ружьем",
    "my suster het 'n afskeidsbrief agtergelaat en is weg",
    "udadewethu uthi ufuna ukuzibulala",
    "แฟนส่งข้อความบอกลาแล้วไม่รับสาย",
    "uminom si kuya ng lahat ng gamot niya, nahihilo na siya",
    "ubaba ugwinye onke amaphilisi akhe, akaphenduli",
    "fratele meu a înghițit toate somniferele, nu răspunde",
)
DISTRESS_REPLY = (
    "妻が亡くなって一人です。寂しくて眠れません。",
    "мне так стыдно перед родными после всего",
    "соромно перед усіма, що знову зірвався",
)
QUIET = (
    "я уже решил, что после её похорон уеду к дочери",
    "我把存折放好了",
    "留了一封信给儿子，祝他生日快乐",
    "mo ti pin gbogbo aso mi fun awon omo ijo nitori mo n lo si ilu oyinbo",
    "çamaşır ipi hazır, çarşafları asıyorum",
    "atlama ipi hazır mı çocuklar",
    "오늘 밤에 숙제 끝내려고",
    "오늘 밤에 끝내려고 했는데 보고서가 너무 길어",
    "gusto ko nang matapos lahat ng trabaho ko",
    "ho preso venti pastiglie di vitamina in un mese",
    "tengo miedo de que haga algo de frío mañana en la boda",
    "my broer het 'n brief gelos en is weg na die werk",
    "I don drink the zobo wey mama make",
    "je suis prêt à partir en vacances demain",
    "ich habe zwanzig Tabletten Vitamin D im Monat genommen",
    "я выпила двадцать таблеток за месяц, как врач сказал",
    "nimegawa nguo zangu zote kwa maskini kabla ya kuhamia Dubai",
    "ininom na ni lola lahat ng gamot niya kanina",
    "umama uphuze wonke amaphilisi akhe ekuseni",
    "mama a luat toate pastilele de dimineață",
)


@pytest.mark.parametrize("text", CRISIS_REPLY)
def test_affairs_put_in_order_and_goodbyes_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", OVERDOSE)
def test_a_count_of_pills_or_a_poison_taken_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", FOR_SOMEONE)
def test_someone_elses_danger_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize("text", DISTRESS_REPLY)
def test_loneliness_and_shame_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK)


@pytest.mark.parametrize("text", QUIET)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
