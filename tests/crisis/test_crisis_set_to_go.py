"""Kinds a blind set found missed: preparations told sideways. The day to go already chosen,
beside not wanting to burden the family (Chinese "想好了哪天走，不想再拖累家里"); things given
away, beside an end given a time ("东西都送给室友了…这个周末就是结束的时候"); pills already
gathered, told with the pills first (Ukrainian "Пігулки вже зібрала"); "I should not exist
either" ("мене теж більше не повинно бути"). Each also in the neighbouring languages where the
kind is told so. A trip's date, a move or a graduation, pills packed for a trip, for a parent or
for the week, and "I shouldn't be at work tomorrow" stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        # the day chosen, beside a burden
        "打工的钱都还了债，我已经决定好哪天离开了，不想再连累爸妈",
        "いつ逝くか決めました。もう家族に迷惑をかけたくない",
        "떠날 날을 정해 놨어. 엄마한테 짐만 되는 것 같아",
        "em đã quyết định ngày ra đi rồi, không muốn làm gánh nặng cho bố mẹ nữa",
        "maine tareekh fix kar li hai, gharwalon pe aur bojh nahi banna",
        "ya decidí el día para irme, no quiero seguir siendo una carga",
        "já escolhi o dia de partir, não quero mais ser um peso",
        "aku udah nentuin tanggal buat pergi, nggak mau jadi beban orang tua",
        # things given away, beside an end with a time
        "衣服和书都送人了，这周末一切都结束了",
        "本も服もみんなあげた。明日で終わり",
        "옷이랑 책 다 나눠줬어. 내일이 마지막이야",
        "baju sama laptop udah kubagiin ke adik, besok semuanya berakhir",
        "pinamigay ko na ang mga damit ko, bukas matatapos na",
        "sab kapde aur cheezein dost ko baant di, kal sab khatam",
        "kitaplarımı ve kıyafetlerimi dağıttım, yarın her şey bitecek",
        # pills gathered, the pills first
        "Снодійне вже назбирала, чекаю вихідних",
        "Таблетки я уже накопил, хватит на всё",
        "Leki już uzbierane, nikt nie wie",
        "uyku haplarını biriktirdim, kimse bilmiyor",
        # I should not exist
        "після всього я не повинна існувати",
        "меня вообще не должно быть",
        "nie powinno mnie już być",
        "hiç var olmamalıydım",
        "yo no debería existir, solo molesto",
        "seharusnya aku nggak lahir",
    ],
)
def test_a_preparation_told_sideways_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "我想好了哪天走，机票都订好了，不想再麻烦家里接送",
        "东西都送给学妹了，下周毕业，这学期就结束了",
        "荷物は全部友達にあげた。来週引っ越しで、今週末で終わり",
        "barang udah kukasih ke teman kos, minggu depan pindahan, besok semuanya selesai",
        "kitaplarımı dağıttım, yarın taşınıyorum, bu hafta sonu her şey bitecek",
        "Таблетки вже зібрала у валізу, завтра летимо",
        "таблетки для бабушки уже собрала на неделю",
        "Tabletki już zebrane do apteczki na wyjazd",
        "hapları topladım, hastane çantasına koydum",
        "меня не должно быть на работе завтра",
        "мене не повинно бути в цьому списку",
        "harusnya aku nggak ada di kantor hari ini",
        "esta ley no debería existir",
    ],
)
def test_a_trip_a_move_and_pills_packed_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
