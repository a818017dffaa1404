"""The core meanings in the languages with the fewest phrases: a wish to die or to leave life,
a goodbye to everyone, too many pills taken, a painless way to die, and someone else who wants to
die, in Arabic, Ukrainian, Russian, Hindi, Turkish, Persian, Thai, Bengali, Romanian, Greek, Urdu,
Vietnamese, Hebrew, Swahili, Polish and more; and their lookalikes (too much coffee or food, many
courses taken, a grandfather who passed away, a pet's death, an idiom, a crisis long past, a
lesson word that shares letters with anxiety) stay quiet. The sentences here were written for
these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "بدي موت ما عاد بدي عيش",  # ar
        "أريد أن أقتل نفسي",  # ar
        "ما عاد بدي عيش",  # ar
        "بفكر اخلص من حالي",  # ar
        "Думаю про те, щоб піти з життя",  # uk
        "я хочу померти",  # uk
        "хочу вбити себе",  # uk
        "думаю уйти из жизни",  # ru
        "main marna chahta hoon",  # hi
        "main khud ko maar dunga",  # hi
        "मैं मरना चाहता हूँ",  # hi
        "ölmek istiyorum",  # tr
        "kendimi öldürmek istiyorum",  # tr
        "می خواهم بمیرم",  # fa
        "میخوام خودمو بکشم",  # fa
        "ฉันอยากตาย",  # th
        "อยากฆ่าตัวตาย",  # th
        "আমি মরতে চাই",  # bn
        "আমি আত্মহত্যা করতে চাই",  # bn
        "vreau să mor",  # ro
        "vreau să mă sinucid",  # ro
        "θέλω να πεθάνω",  # el
        "θέλω να αυτοκτονήσω",  # el
        "میں مرنا چاہتا ہوں",  # ur
        "tôi muốn chết",  # vi
        "אני רוצה למות",  # he
        "nataka kufa",  # sw
        "هذه رسالتي الأخيرة، سامحوني جميعاً",  # ar
        "прощавайте всі, пробачте мені",  # uk
        "alvida sabko, mujhe maaf kar dena",  # hi
        "hoşçakalın herkese, beni affedin",  # tr
        "خداحافظ برای همیشه، منو ببخشید",  # fa
        "ลาก่อนทุกคน ขอโทษนะ",  # th
        "বিদায় সবাই, আমাকে ক্ষমা করো",  # bn
        "adio tuturor, iertați-mă",  # ro
        "αντίο σε όλους, συγχωρέστε με",  # el
    ],
)
def test_a_wish_to_die_or_a_goodbye_gets_a_crisis_level_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "أخذت حبوب كثيرة جداً",  # ar
        "بلعت كل الحبوب اللي عندي",  # ar
        "я випила забагато таблеток",  # uk
        "я випив всі таблетки",  # uk
        "я выпила слишком много таблеток",  # ru
        "maine bahut saari goliyan kha li",  # hi
        "maine bahut zyada goliyan kha li hain",  # hi
        "मैंने बहुत सारी गोलियां खा ली हैं",  # hi
        "çok fazla hap içtim",  # tr
        "bütün ilaçları içtim",  # tr
        "خیلی قرص خوردم",  # fa
        "همه قرص ها رو خوردم",  # fa
        "ฉันกินยาไปเยอะมาก",  # th
        "กินยาหมดแผง",  # th
        "আমি অনেকগুলো ঘুমের ওষুধ খেয়ে ফেলেছি",  # bn
        "am luat prea multe pastile",  # ro
        "am înghițit toate pastilele",  # ro
        "πήρα πάρα πολλά χάπια",  # el
        "ήπια όλα τα χάπια",  # el
        "میں نے بہت ساری گولیاں کھا لی ہیں",  # ur
        "tôi đã uống quá nhiều thuốc",  # vi
        "לקחתי יותר מדי כדורים",  # he
        "nimemeza vidonge vingi sana",  # sw
        "wziąłem za dużo tabletek",  # pl
        "me tomé demasiadas pastillas",  # es
        "tomei comprimidos demais",  # pt
        "j'ai pris trop de cachets",  # fr
        "ich habe zu viele Tabletten genommen",  # de
        "ho preso troppe pastiglie",  # it
        "aku minum terlalu banyak obat",  # id
        "كيف أموت بدون ألم",  # ar
        "ما هي أسرع طريقة للموت بدون ألم",  # ar
        "як померти без болю",  # uk
        "как умереть без боли",  # ru
        "bina dard ke marne ka tarika kya hai",  # hi
        "kya koi aisa tarika hai jisme dard na ho aur jaldi khatam ho jaye",  # hi
        "बिना दर्द के मरने का तरीका",  # hi
        "acısız nasıl ölünür",  # tr
        "چطور بدون درد بمیرم",  # fa
        "ตายยังไงไม่ให้เจ็บ",  # th
        "ব্যথা ছাড়া কীভাবে মরা যায়",  # bn
        "cum să mor fără durere",  # ro
        "πώς να πεθάνω χωρίς πόνο",  # el
        "بغیر درد کے مرنے کا طریقہ",  # ur
        "cách chết không đau",  # vi
        "איך למות בלי כאב",  # he
        "jak umrzeć bez bólu",  # pl
        "cómo morir sin dolor",  # es
        "cara mati tanpa rasa sakit",  # id
    ],
)
def test_too_many_pills_or_a_painless_way_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "صديقي يريد أن ينهي حياته",  # ar
        "صاحبي قال إنه بده يموت",  # ar
        "мій друг хоче померти",  # uk
        "моя подруга хоче покінчити з собою",  # uk
        "мой друг хочет умереть",  # ru
        "mera dost marna chahta hai",  # hi
        "meri behen suicide karna chahti hai",  # hi
        "arkadaşım ölmek istiyor",  # tr
        "دوستم می خواهد بمیرد",  # fa
        "เพื่อนฉันอยากตาย",  # th
        "আমার বন্ধু মরতে চায়",  # bn
        "prietenul meu vrea să moară",  # ro
        "ο φίλος μου θέλει να πεθάνει",  # el
        "میرا دوست مرنا چاہتا ہے",  # ur
        "bạn tôi muốn chết",  # vi
        "החבר שלי רוצה למות",  # he
        "rafiki yangu anataka kufa",  # sw
    ],
)
def test_someone_else_who_wants_to_die_gets_the_helpers_or_the_full_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "Mam lekcję o piątej, a potem idę do lekarza",  # pl
        "Il mio cane è morto ieri dopo quindici anni, mi manca",  # it
        "ich sterbe vor Neugier auf das Ende der Serie",  # de
        "Dua tahun lalu saya mencoba bunuh diri, sekarang saya sudah jauh lebih baik",  # id
        "بدي اخلص الشغل قبل الساعة خمسة",  # ar
        "زوجي يريد أن ينهي عمله مبكرا",  # ar
        "мій дідусь пішов з життя минулого року",  # uk
        "моя бабушка ушла из жизни в прошлом году",  # ru
        "çok fazla kahve içtim bugün",  # tr
        "maine bahut zyada khana kha liya",  # hi
        "am luat prea multe cursuri semestrul acesta",  # ro
        "πήρα πολλά μαθήματα φέτος",  # el
        "خیلی غذا خوردم",  # fa
        "ฉันกินข้าวเยอะมาก",  # th
        "mi hija me escribió perdóname mamá por llegar tarde, ya está en casa",  # es
        "yeh lesson bahut interesting tha, dard na ho aisa tarika batao exercise ka",  # hi
    ],
)
def test_their_lookalikes_get_no_reply(text: str) -> None:
    assert assess(text).tier is None
