"""Kinds a blind set found missed in the languages of people who crossed borders to ask for
asylum or to study: not wanting to wake up (Persian, Arabic, Tagalog), ending one's life or
throwing oneself from a height (Pashto, Sorani, Somali, Tigrinya, Amharic, Persian in Latin
letters), death "would be better" or "the missile should have got me" (Tigrinya, Ukrainian),
pills gathered (Persian, Ukrainian, Pashto), a rope tied to the fan (Urdu), a day chosen, a
farewell to everything, a will written (Persian and Arabic in Latin letters, Vietnamese), a roof
or a railing (Bengali, Vietnamese, Chinese), cutting (Sorani, Persian, Amharic, Turkish) or a
blade at hand (Arabic), the lethal amount or the painless way asked (Arabic, Persian, Urdu), all
the pills swallowed (Arabic in Latin letters, Chinese), and someone else who said they would kill
themselves or cannot be woken; with loneliness, war nightmares and homesickness for the caring
reply. Each with its everyday lookalikes: the prayer said at a death, the Persian "may I die for
you", books gathered for a move, coffee on a roof terrace, a razor for shaving, a finger cut
while cooking, a law class on wills, a picnic by the river."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "کاش فردا صبح بیدار نشم، از همه چی خسته شدم",
        "نمی‌خوام فردا بیدار بشم",
        "لم أعد أريد أن أستيقظ، كل يوم أسوأ من الذي قبله",
        "sana hindi na ako magising bukas, ayoko na",
        "غواړم ځان له چت نه وغورځوم",
        "دەمەوێت کۆتایی بە ژیانم بێت",
        "waxaan rabaa inaan naftayda qaato caawa",
        "ምንባር ደኺመ፣ ዝኾነ ትርጉም የብሉን",
        "ሞት ይሓይሽ ኢለ እሓስብ",
        "መኖር አልፈልግም፣ ራሴን ማጥፋት እፈልጋለሁ",
        "краще б мене вбило тоді разом з батьком",
        "Збираю таблетки вже місяць, ховаю під матрацом",
        "قرص‌های خواب رو یکی یکی جمع کردم",
        "میں نے چھت سے رسی باندھ دی ہے",
        "hamechi bi manie, mikham tamoomesh konam",
        "tarikhesh ro entekhab kardam, akhare mah",
        "baddi wadde3 kol el nas w khalas",
        "tôi đã chuẩn bị thuốc rồi, không ai biết",
        "mình đang đứng trên thành cầu",
        "হোস্টেলের ছাদে দাঁড়িয়ে আছি, নিচে অনেক দূর",
        "我现在在天台 不想回去了",
        "엄마 미안해 오늘 한강 갈 거야",
        "هر شب خودم را با تیغ زخمی می‌کنم",
        "دیشب دستم بە گوێزان دەبڕم",
        "dün gece yine bileğimi kestim",
        "أنا بغرفتي وبإيدي موس",
    ],
)
def test_the_writers_own_crisis_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "قديش حبة بتكفي لحتى الواحد ما يصحى؟",
        "eh asra3 tari2a ymout fiha el wa7ed?",
        "کدوم روش درد نداره؟ دیگه طاقت ندارم",
        "کتنی گولیاں کھانے سے انسان مر جاتا ہے",
        "bala3t kol el 7oboob, rasi bilef",
        "刚吞了好多安眠药",
    ],
)
def test_a_lethal_question_or_pills_swallowed_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "برادرم گفت اگه جواب منفی بیاد خودش رو می‌کشه",
        "هم‌خونه‌ام رگشو بریده، چیکار کنم",
        "подруга наглоталась снотворного и не просыпается",
        "ሓብተይ ርእሰይ ክቐትል እየ ኢላ ደዊላ",
        "میرا بھائی ہاسٹل کی چھت پر کھڑا ہے",
        "我朋友吃了很多药，怎么办",
        "kardeşim köprüde, ne yapmalıyım",
        "a5oy katabli sam7ni w ma 3am yrodd",
        "زما ورور د پل پر سر ولاړ دی",
    ],
)
def test_someone_else_at_risk_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ئیتر ناتوانم، هیچ شتێک نەماوە",
        "نور نه شم کولی",
    ],
)
def test_i_cannot_any_more_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "شب‌ها کابوس می‌بینم، خیلی خسته‌ام",
        "دلم برای مادرم خیلی تنگ شده",
        "زړه مې ډېر تنګ دی",
        "ድቃስ የብለይን፣ ብዛዕባ ኣደይ እሓስብ",
        "እዚህ ብቸኝነት ይሰማኛል",
        "বাবাকে খুব মনে পড়ছে",
        "tôi thấy mình vô dụng",
    ],
)
def test_loneliness_nightmares_and_homesickness_get_a_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "إنا لله وإنا إليه راجعون، كيف أقولها بالإنجليزية؟",
        "Inna lillaahi wa inna ilayhi raaji'uun, sidee loo qoraa English-ka?",
        "بمیرم برات عزیزم، امتحانت چطور بود؟",
        "الهی بمیرم برات، چقدر کار داشتی امروز",
        "کتاب‌هامو جمع کردم برای اسباب‌کشی",
        "mình đang ngồi trên sân thượng uống cà phê với bạn",
        "我现在在天台烧烤，和朋友一起",
        "엄마 미안해 오늘 친구들이랑 한강 가서 늦게 들어가",
        "معي شفرة حلاقة جديدة، بدي احلق",
        "parmağımı kestim soğan doğrarken",
        "môn luật hôm nay học cách viết di chúc",
        "ছাদে বসে আছি বন্ধুদের সাথে আড্ডা দিচ্ছি",
    ],
)
def test_prayers_endearments_errands_and_outings_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "نور نه غواړم ژوندی اوسم",
        "کاش زه مړ شوی وای",
        "دەمەوێت بمرم",
        "نامەوێت بژیم ئیتر",
        "ez dixwazim bimirim",
        "naxwazim êdî bijîm",
        "waxaan doonayaa inaan dhinto",
        "ma doonayo inaan sii noolaado",
        "ክመውት ደልየ",
        "ኣብዚ ዓለም ክነብር ኣይደልን",
        "main khudkushi kar lunga aaj",
        "ami more jete chai",
        "ما خپل وصیت لیکلی دی",
        "زه د پل پر سر ولاړ یم",
        "ما خپل لاس په چاکو پرې کړ",
        "ئێستا لەسەر پردەکەم",
        "waxaan ku taaganahay buundada",
        "gacanta ayaan iska jaray",
        "ድልድዩ ላይ ቆሜያለሁ",
        "میں پل پر کھڑا ہوں، نیچے پانی ہے",
        "আমি ব্রিজের উপর দাঁড়িয়ে আছি",
        "الان على سطح البناية وبدي انط",
        "ana fo2 el sat7 w bdi n2ot",
        "من الان روی پل ایستاده‌ام",
    ],
)
def test_more_forms_of_the_writers_own_crisis_get_the_full_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "کتنی نیند کی گولیاں کافی ہیں مرنے کے لیے",
        "چند تا قرص استامینوفن کشنده است؟",
        "كم حبة بنادول بتقتل؟",
        "ما ټولې ګولۍ وخوړلې",
        "قرص‌ها رو همه خوردم، سرم گیج میره",
        "kiniinada oo dhan ayaan liqay",
    ],
)
def test_more_lethal_questions_and_pills_swallowed_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "دوستم روی پشت بوم ایستاده و میگه میپرم",
        "برادرم قرص زیادی خورده و بیدار نمیشه",
        "ورورم ډېرې ګولۍ خوړلې دي",
        "wiilka walaalkay wuxuu cunay kiniinno badan",
    ],
)
def test_more_of_someone_else_at_risk_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ما د امتحان لپاره ټول کتابونه راټول کړل",
        "من روی پل ایستاده‌ام و عکس می‌گیرم از غروب",
        "نامه خداحافظی برای همکارم که بازنشسته می‌شود نوشتم",
        "قربونت برم، درس امروز عالی بود",
        "الله يرحمه، مات جدي امس",
        "من از خنده مردم",
    ],
)
def test_more_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


def test_somali_loneliness_gets_a_caring_reply() -> None:
    assert assess("waan keli ahay, qofna ma haysto").tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "엄마 미안해 나 학원 그만하고 싶어",
        "em muốn nói chuyện với thầy một lần cuối trước khi tốt nghiệp",
        "我现在在楼顶的咖啡厅",
        "برادرم گفت اگه فوتبال ببازیم خودش رو می‌کشه هاها",
        "kardeşim köprüde balık tutuyor",
        "wiilkayga wuxuu cunay kiniinno badan oo fitamiin ah, ma khatar baa?",
        "یه عالمه قرص ویتامین جمع کردم از داروخانه",
        "ما خپل لاس پرې کړ کله چې مې پیاز پرې کاوه",
    ],
)
def test_quitting_a_class_a_last_talk_a_cafe_a_joke_fishing_vitamins_and_cooking_stay_quiet(
    text: str,
) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)


def test_sorry_mum_i_want_to_stop_everything_still_gets_the_reply() -> None:
    assert assess("엄마 미안해, 이제 다 그만하고 싶어").tier in (CRISIS, CHECK)
