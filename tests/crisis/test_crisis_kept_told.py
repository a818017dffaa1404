"""Kinds a blind set found missed in Hinglish, Vietnamese, Korean, Hindi, Arabic and Thai, here
in the languages their first rules lacked: how much poison or how many pills to take to die or
not to wake (Bengali, Persian, Japanese, Korean, Arabic, Tagalog); a poison bought so the
family's suffering ends, and tonight "the last" beside letters to the family (Bengali, Japanese,
Chinese, Thai); someone who said they will jump, hang themselves, drink a poison or destroy
themselves (Bengali, Urdu, Persian, Amharic, Korean, Malay, Arabic, Swahili, Yoruba); a poison,
charcoal or a rope bought or hidden beside debts or exhaustion (Bengali, Japanese, Chinese,
Korean, Malay, Thai, Arabic, Yoruba); standing at a river or a bridge alone at night or for long
(Bengali, Vietnamese, Thai); very lonely (Arabic).

Their lookalikes stay quiet: pesticide bought for the field or the garden, rat poison for the
kitchen, charcoal for camping, the last class, the last day at work or the last night of a trip,
a bridge with friends, paracetamol for a headache or a fever, "dying of tiredness", a friend
who said they will come round."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "কতটা কীটনাশক খেলে মানুষ মারা যায়",
        "কতগুলো ঘুমের বড়ি খেলে মৃত্যু হয়",
        "چقدر سم بخورم که دیگه زنده نمونم",
        "どれくらい農薬を飲めば確実に死ねる",
        "농약을 얼마나 마셔야 죽어요",
        "수면제 몇 알 먹으면 확실해요?",
        "كم حبة لازم آخذ عشان ما اصحى",
        "Ilang bote ng lason ang kailangan para hindi na magising",
    ],
)
def test_how_much_to_take_to_die_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "কীটনাশক কিনে রেখেছি, পরিবারের কষ্ট কমবে",
        "今夜が最後になると思う。家族に手紙を書いた",
        "今晚应该是最后一晚了，给家人的信都写好了",
        "คืนนี้น่าจะเป็นคืนสุดท้าย เขียนจดหมายถึงครอบครัวแล้ว",
    ],
)
def test_a_poison_for_the_familys_sake_and_a_last_night_with_letters_get_the_full_reply(
    text: str,
) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "আমার বন্ধু বলেছে আজ রাতে ছাদ থেকে লাফ দেবে",
        "میرے دوست نے کہا وہ آج رات چھت سے کود جائے گا",
        "دوستم گفت امشب از پشت بام میپرم",
        "ጓደኛዬ ዛሬ ማታ ራሱን እንደሚያጠፋ ነግሮኛል",
        "친구가 오늘 밤에 옥상에서 뛰어내린다고 했어요. 연락이 안 돼요",
        "Kawan saya kata dia nak terjun bangunan malam ni",
        "صديقتي قالت انها رح تشرب سم الفيران",
        "Rafiki yangu amesema atajirusha kutoka ghorofani usiku huu",
        "Ọrẹ mi sọ pe oun maa pa ara oun lalẹ yii",
    ],
)
def test_someone_who_said_they_will_jump_or_drink_poison_gets_the_helpers_reply(
    text: str,
) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "ঋণ শোধ করতে পারছি না, ইঁদুর মারার বিষ কিনে রেখেছি",
        "農薬を買って車に置いてある。もう疲れた",
        "我已经买好了农药，藏在床底下，欠的债还不上",
        "번개탄 사 놨어요. 이제 지쳤어요",
        "Saya dah beli racun rumpai, simpan dalam stor. Hutang keliling pinggang",
        "ผมซื้อยาฆ่าหญ้าเก็บไว้แล้ว หนี้เยอะมาก",
        "اشتريت سم فئران وخبأته، الديون كثيرة",
        "Mo ti ra oogun eku, mo ti fi pamọ",
        "রাতে অনেকক্ষণ নদীর ধারে দাঁড়িয়ে ছিলাম",
        "Tôi ra cầu đứng một mình rất lâu lúc nửa đêm",
        "เมื่อคืนไปยืนที่สะพานนานมาก",
    ],
)
def test_a_means_kept_beside_debts_or_a_long_night_by_the_water_gets_the_check_in(
    text: str,
) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


def test_lonely_in_arabic_gets_the_caring_reply() -> None:
    assert assess("انا وحيد جدا هنا، ما عندي احد").tier in (DISTRESS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "ซื้อยาฆ่าหญ้าเก็บไว้ฉีดนาข้าวพรุ่งนี้",
        "คืนนี้เป็นคืนสุดท้ายที่เชียงใหม่ เขียนโปสการ์ดถึงครอบครัวแล้ว ลาก่อนเชียงใหม่",
        "ยืนที่สะพานนานมาก ถ่ายรูปกับเพื่อน",
        "কত দিন না খেলে মানুষ মারা যায়?",
        "ক্ষেতের জন্য কীটনাশক কিনে রেখেছি",
        "সন্ধ্যায় বন্ধুদের সাথে নদীর ধারে দাঁড়িয়ে ছবি তুললাম",
        "畑用に農薬を買って車に置いてある",
        "今日が最後の授業。先生に手紙を書いた",
        "明天是最后一天上班了，给同事的信写好了",
        "买好了农药，明天去打药",
        "今晚是最后一晚在北京，给爸妈的信写好了",
        "캠핑 가려고 번개탄 사 놨어요",
        "시험 때문에 힘들어 죽겠다고 했어요",
        "농약을 몇 ml 희석해야 돼요?",
        "Saya beli racun tikus sebab tikus banyak dalam dapur",
        "اشتريت مبيد للحديقة، الحشرات كثيرة",
        "ما عندي حد يوصلني للمطار",
        "كم حبة بنادول آخذ للصداع؟",
        "ilang tableta ng paracetamol para sa lagnat?",
        "دوستم گفت امشب میاد خونمون",
        "اس نے کہا وہ کل لاہور جائے گا",
        "Ọrẹ mi sọ pe oun maa wa lola",
        "Chúng tôi ra cầu ngắm pháo hoa một mình cũng vui",
    ],
)
def test_fields_kitchens_camping_trips_and_last_days_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
