"""Kinds a blind set found missed in Punjabi, Nepali, Hinglish, Korean and Indonesian: "better if
I just ended" after a failed crop (Punjabi); "I don't want to live any more" with migrant debt
(Nepali); standing by the canal at night for a long time, life with no meaning (Hinglish);
tonight feels like the last, letters to the family written (Korean); going to the Han river
bridge tonight with an apology to one's parents (Korean); loneliness far from the family
(Nepali, Indonesian).

Their lookalikes stay quiet: a song with no meaning, tea by the canal with friends, the last
class of term, a Parents' Day letter, the Han river's night view, a roof being waterproofed, a
presentation someone should listen to, a concert with no one to go with, not feeling lonely."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "ਮੇਰਾ ਜੀਣ ਨੂੰ ਦਿਲ ਨਹੀਂ ਕਰਦਾ",
        "ਮਰ ਜਾਵਾਂ ਤਾਂ ਚੰਗਾ, ਸਾਰਿਆਂ ਦਾ ਖਹਿੜਾ ਛੁੱਟੇ",
        "ਕਰਜ਼ਾ ਬਹੁਤ ਚੜ੍ਹ ਗਿਆ, ਮੈਂ ਨਾ ਰਹਾਂ ਤਾਂ ਚੰਗਾ",
        "कहिलेकाहीँ मर्न मन लाग्छ",
        "मलाई अब जिउन मन छैन, विदेशमा ऋण मात्र बढ्यो",
        "म मरे हुन्थ्यो जस्तो लाग्छ",
        "sach kahun to main khatam ho jaun to hi accha hai",
        "मैं मर जाऊं तो अच्छा है, सबका बोझ हटे",
        "내일이 마지막일 거야. 유서는 책상 위에 있어",
        "엄마한테 편지 다 써 놨어. 오늘이 마지막이야",
        "오늘 밤 옥상에 올라갈 거예요. 엄마 아빠 미안해",
    ],
)
def test_wishes_farewells_and_a_place_with_an_apology_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "zindagi me ab koi maqsad nahi bacha",
        "ਆਪਣੀ ਜ਼ਿੰਦਗੀ ਦਾ ਕੋਈ ਮਤਲਬ ਨਹੀਂ ਰਿਹਾ",
        "जीने का अब कोई मतलब नहीं",
        "جینے کا کوئی مطلب نہیں رہا",
        "aadhi raat ko railway track ke paas baitha tha, pata nahi kyun",
        "नहर के किनारे खड़ा था बहुत देर तक, घर जाने का मन नहीं था",
        "새벽에 혼자 마포대교 가려고 해요",
    ],
)
def test_no_meaning_left_and_a_place_at_night_get_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ਮੈਂ ਬਹੁਤ ਇਕੱਲਾ ਮਹਿਸੂਸ ਕਰਦਾ ਹਾਂ",
        "विदेशमा धेरै एक्लो छु, कसैसँग बोल्न पाइन",
        "merantau jauh dari keluarga, sendirian terus, sedih",
        "di kos nggak punya temen sama sekali, pengen ada yang dengerin aja",
    ],
)
def test_loneliness_far_from_home_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "kal raat dosto ke saath nahar ke paas khade the, chai pi",
        "is gaane ka koi matlab nahi samajh aaya",
        "आज म एक्लो महसुस गर्दिनँ, साथीहरू आए",
        "오늘이 마지막 수업이라 선생님께 편지 썼어요",
        "어버이날이라 부모님께 편지 다 썼어요",
        "오늘 밤에 친구들이랑 한강 다리 야경 보러 가요",
        "옥상 방수 공사하러 오늘 새벽에 올라가요",
        "aku butuh orang yang dengerin presentasiku besok",
        "nggak punya temen buat nonton konser, ada yang mau?",
        "ketamine ka asar kitne din rehta hai? exam ki tension me jaan nikal rahi hai lol",
    ],
)
def test_friends_a_song_a_class_and_a_night_view_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
