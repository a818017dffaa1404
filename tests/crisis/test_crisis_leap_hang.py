"""Kinds a blind set found missed (a neighbour who said he will hang himself, a roommate who said
he will jump, the thought of a crash, a night by the canal), told here with the everyday verbs
people use for them: hanging from the ceiling fan, a jump in front of a train or into a canal
(Hindi, Hinglish, Punjabi, Nepali), Thai "โดด", Chinese jumping into a river or drinking
pesticide, Japanese the railway and the sea of trees, a Korean suicide note, Arabic hanging
oneself as a wish, Tagalog hanging and poison, Swahili and Pidgin poison; a means brought home
beside "after I'm gone"; tonight the last night beside a letter, or a bridge and then sorry to
the parents (Vietnamese).

Their lookalikes stay quiet: a monkey hanging from a tree, the front coach of the train, a swim
in the canal or the river, a will-writing workshop and a drama's note, a tour of the sea of
trees, a football match, the last night of a trip, a night out with friends, water drunk,
insecticide for cockroaches, a bitter tea."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "main pankhe se latak jaunga aaj raat",
        "मैं पंखे से लटक जाऊंगा",
        "main train ke aage kood jaunga",
        "kal train ke neeche aa jaunga, sab khatam",
        "หนูอยากกระโดดตึก",
        "今晚想去跳河",
        "我想喝农药",
        "明日、線路に飛び込むつもり",
        "유서 다 썼어요",
        "أريد أن أشنق نفسي",
        "Magbibigti na lang ako mamaya",
        "Nataka kunywa sumu ya panya",
        "Na sniper I wan drink, I don tire",
        "Tôi đã viết thư cho vợ con rồi, đêm nay là đêm cuối",
        "Tối nay tôi sẽ ra cầu Long Biên, xin lỗi bố mẹ",
    ],
)
def test_ones_own_hanging_jump_or_poison_in_everyday_words_gets_the_full_reply(
    text: str,
) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "padosi ne kaha wo kal subah pankhe se latak jayega",
        "भाई बोल रहा था कि वो ट्रेन के आगे कूद जाएगा",
        "ਉਹ ਕਹਿੰਦਾ ਸੀ ਕਿ ਨਹਿਰ 'ਚ ਛਾਲ ਮਾਰ ਦਊਂਗਾ",
        "मेरो भाइले नदीमा हाम फाल्छु भनेको छ",
        "มันบอกว่าจะไปโดดสะพาน",
        "Sabi ni kuya iinom daw siya ng lason",
    ],
)
def test_the_same_said_of_someone_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "ਮੈਂ ਨਹਿਰ ਵਿੱਚ ਛਾਲ ਮਾਰ ਦੇਣੀ ਆ",
        "ਰਾਤ ਨੂੰ ਨਹਿਰ ਦੇ ਕੰਢੇ ਬਹੁਤ ਦੇਰ ਖੜ੍ਹਾ ਰਿਹਾ",
        "म नदीमा हाम फाल्छु",
        "डोरी किनेर राखेको छु, अब सकियो",
        "mere jaane ke baad sab theek ho jayega, chuhe maar dawai le aaya hoon",
        "सल्फास की गोली ले आया हूं, कर्ज से छुटकारा मिलेगा",
        "เมื่อคืนคิดจะโดดตึก",
        "樹海に行こうと思ってる",
    ],
)
def test_a_jump_a_night_by_the_canal_or_a_means_brought_home_gets_the_check_in(
    text: str,
) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ลิงห้อยจากต้นไม้",
        "bandar ped se latak jayega",
        "main train ke aage wale dibbe me aa jaunga",
        "ਗਰਮੀ ਆ, ਨਹਿਰ ਵਿੱਚ ਨਹਾਉਣ ਲਈ ਛਾਲ ਮਾਰ ਦੇਣੀ ਆ",
        "पौडी खेल्न नदीमा हाम फाल्छु",
        "유서 쓰기 체험 프로그램에 다녀왔어요",
        "드라마 주인공이 유서를 남겼어요",
        "富士の樹海ツアーに行く",
        "سأشنق نفسي لو خسر الفريق",
        "Đêm nay là đêm cuối ở Đà Lạt, viết thư cho mẹ kể chuyện",
        "Tối nay con ra cầu chơi với bạn, xin lỗi bố mẹ con về muộn",
        "Iinom ako ng tubig",
        "I wan buy sniper for cockroach",
        "Nataka kunywa chai",
        "我不想喝农药那么苦的茶",
        "ਰਾਤ ਨੂੰ ਦੋਸਤਾਂ ਨਾਲ ਨਹਿਰ ਦੇ ਕੰਢੇ ਖੜ੍ਹੇ ਸੀ",
    ],
)
def test_a_monkey_a_swim_a_workshop_a_match_and_a_trip_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
