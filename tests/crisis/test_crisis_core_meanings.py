"""The core meanings in the languages with the fewest phrases: a wish to die or to leave life,
a goodbye to everyone, too many pills taken, a painless way to die, and someone else who wants to
die, in Arabic, Ukrainian, Russian, Hindi, Turkish, Persian, Thai, Bengali, Romanian, Greek, Urdu,
Vietnamese, Hebrew, Swahili, Polish and more; and their lookalikes (too much coffee or food, many
courses taken, a grandfather who passed away, a pet's death, an idiom, a crisis long past, a
lesson word that shares letters with anxiety) stay quiet. In English: pills mixed with drink or
other pills, a plan told by its calm, its day or its place, a plan that waits for someone else's
death, a search history of ways to die, a treatment that changed nothing; and no reply to a
recovery told in the past, a pharmacology or study question, a settled grief, or their everyday
lookalikes. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

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


# --- English: what is told with the fewest words of harm ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i mixed my sertraline with a bottle of wine and some sleeping pills, feel weird",
        "took my lithium with a load of paracetamol and vodka, is that bad? feel sick",
        "i combined all my meds with beer an hour ago",
        "took the whole box of paracetamol",
        "i took a bunch of ibuprofen and my antidepressants together, stomach hurts",
        "exam question: what amount of paracetamol is fatal for an adult?",
        "writing a story where he overdoses, how much insulin would actually kill someone",
    ],
)
def test_pills_mixed_or_lethality_asked_for_study_or_fiction_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "dont think ill be around for the rest of the lessons, good luck everyone",
        "i've got it all worked out. saturday.",
        "feeling strangely calm, i know what i'm going to do and when",
        "i know what i'm going to do and when. thank you for everything",
        "tomorrow i go to the bridge and i will not come back",
        "i'm going to do something on friday and i don't want my family to be confused",
        "once my dad is gone there'll be no reason left for me, i've started planning how",
        "I've been planning how I'd do it once she's gone",
        "No more lessons for me. Tomorrow I'm driving to the cliffs. Anyway thanks.",
        "round 4 of chemo. choosing to stop eating, I'm okay with how this ends",
    ],
)
def test_a_plan_told_by_its_calm_its_day_or_its_place_gets_a_crisis_level_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "my daughter's search history is full of ways to kill yourself",
        "found my son's browser history, all about how to die painlessly",
    ],
)
def test_someone_elses_search_history_of_ways_to_die_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "third spravato session and I feel exactly the same, grey and flat",
        "sixth infusion and still nothing, i'm so discouraged",
        "j'en suis à la quatrième séance et je ne sens rien, je suis découragé",
        "after my infusion i felt great for a day and now i'm back in the fog",
    ],
)
def test_a_treatment_that_changed_nothing_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        # recoveries told in the past, clearly resolved
        "Seven years ago I attempted suicide. Today I'm a peer mentor and life is good.",
        "Ten years ago I tried to end my life; these days I run a support group and I'm happy.",
        "In 2015 I was suicidal. I'm in a much better place now, thanks to therapy.",
        # pharmacology and study
        "What is the lethal dose of ketamine compared to the anaesthetic dose? It's for an essay "
        "on the therapeutic index.",
        "For my pharmacology exam: how is the therapeutic index calculated from LD50 and ED50?",
        "what are the risk factors for suicide in teenagers? it's for my psychology essay",
        # grief that is settled, a treatment that works
        "My husband died of cancer eight years ago. I've done my grieving and I'm doing the "
        "course for my anxiety.",
        "third spravato session and I feel a lot better",
        # the kinds' everyday lookalikes
        "took the whole box of chocolates to the party",
        "I mixed my protein powder with milk and a banana",
        "won't be around for the rest of the course, moving to a job with no time, good luck all",
        "i've got it all worked out, the wedding is on saturday",
        "i know what i'm going to do and when: gym at 6, lesson at 7",
        "tomorrow i go to the train station early, back on sunday",
        "going to the cliffs at beachy head with the kids tomorrow, thanks for the tips",
        "my son's search history is full of minecraft videos",
        "decided to stop eating sugar, I am okay with how this ends",
    ],
)
def test_recoveries_study_settled_grief_and_everyday_lookalikes_get_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "sorted my passwords into a document for my sister, just in case",
        "the lessons were nice but i won't need the rest",
        "my kids will be better off with the insurance money",
        "the life insurance payout would cover everything when i'm gone, they'd be better off",
    ],
)
def test_the_writer_behind_a_sister_the_kids_or_the_rest_of_the_course_gets_asked(
    text: str,
) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "i think everyone would cope fine without me at the office for a week",
        "they'll be fine without me for a few days, it's only a conference",
        "if i don't reply tomorrow don't worry, i'm on a flight",
        "wrote letters to my pen pals today",
        "the lessons were nice but i won't need the rest, I already studied this at uni",
        "my kids will be better off with a bigger garden",
    ],
)
def test_an_absence_a_flight_pen_pals_and_a_garden_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "for a screenplay, how much potassium chloride stops a heart?",
        "mixed ket, xanax and drink tonight, can barely keep my eyes open",
        "emptied my pill organiser into my mouth",
        "just took the whole packet",
        "took my mum's sleeping tablets, all of them",
    ],
)
def test_a_heart_stopped_or_pills_emptied_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "took the whole day off",
        "took the whole family to the beach",
        "took all of the notes from the lecture",
        "took double shifts this week",
        "emptied the dishwasher and took the bins out",
    ],
)
def test_a_whole_day_the_family_or_notes_taken_are_no_overdose(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "mujhe ab jeena nahi hai",  # hi
        "main sab khatam karna chahta hoon",  # hi
        "nefsi amoot",  # ar
        "ana 3ayez amoot",  # ar
        "artık yaşamak istemiyorum",  # tr
        "دیگه نمیخوام زندگی کنم",  # fa
        "nu mai vreau să trăiesc",  # ro
        "δεν θέλω να ζω άλλο",  # el
        "আমি আর বাঁচতে চাই না",  # bn
        "ไม่อยากมีชีวิตอยู่แล้ว",  # th
        "не хочу більше жити",  # uk
        "میں خودکشی کرنا چاہتا ہوں",  # ur
        "tôi không muốn sống nữa",  # vi
        "אני לא רוצה לחיות יותר",  # he
        "sitaki kuishi tena",  # sw
        "saya nak bunuh diri",  # ms
        "elveda herkese, hakkınızı helal edin",  # tr
        "وداعا للجميع، سامحوني",  # ar
        "це моє останнє повідомлення, прощавайте",  # uk
        "sabko alvida, ye mera aakhri message hai",  # hi
        "این آخرین پیام منه، خداحافظ همه",  # fa
        "acesta e ultimul meu mesaj, adio",  # ro
        "αυτό είναι το τελευταίο μου μήνυμα, αντίο",  # el
        "นี่คือข้อความสุดท้ายของฉัน ลาก่อน",  # th
        "এটাই আমার শেষ বার্তা, বিদায়",  # bn
    ],
)
def test_not_wanting_to_live_or_a_last_message_with_a_goodbye_gets_a_crisis_level_reply(
    text: str,
) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "أخي يقول إنه يريد أن يموت",  # ar
        "صديقتي بدها تنتحر",  # ar
        "ابني كتب رسالة وداع وما يرد على الهاتف",  # ar
        "mi hermano me mandó un mensaje de despedida y no contesta",  # es
        "mi novia dice que se quiere morir",  # es
        "мій брат каже, що хоче піти з життя",  # uk
        "моя сестра написала прощальное письмо и не отвечает",  # ru
        "kardeşim kendini öldürmek istiyor",  # tr
        "mera bhai bol raha hai ki woh mar jaana chahta hai",  # hi
        "meri dost ne suicide note likha hai",  # hi
        "برادرم میگه میخواد خودکشی کنه",  # fa
        "fratele meu vrea să se sinucidă",  # ro
        "η αδερφή μου θέλει να αυτοκτονήσει",  # el
        "আমার ভাই আত্মহত্যা করতে চায়",  # bn
        "น้องสาวฉันอยากฆ่าตัวตาย",  # th
    ],
)
def test_someone_else_at_risk_in_other_languages_gets_the_helpers_or_the_full_reply(
    text: str,
) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "أموت من الضحك على هذا الدرس",
        "elveda demek istemiyorum ama yarın taşınıyorum, görüşürüz",
        "hasta mañana, adiós a todos, nos vemos el lunes",
        "mera bhai bol raha hai ki woh thak gaya hai kaam se",
        "δεν θέλω να ζω άλλο σε αυτή την πόλη, μετακομίζω",
        "nu mai vreau să trăiesc în București, mă mut la Cluj",
        "ultimul meu mesaj de azi, ne vedem mâine",
        "το τελευταίο μου μήνυμα για σήμερα, καληνύχτα",
        "เหนื่อยจะตายแล้ววันนี้",
        "मैं हंसते हंसते मर गया",
        "ye mera aakhri message hai aaj ka, kal milte hain",
        "Bu son mesajım bugünlük, yarın görüşürüz",
    ],
)
def test_a_move_a_goodbye_until_tomorrow_and_idioms_in_other_languages_get_no_reply(
    text: str,
) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "Há dez anos tentei me matar. Hoje estou muito melhor, obrigado pelo curso.",
        "قبل خمس سنوات حاولت الانتحار. الآن أنا بخير والحمد لله",
        "Pięć lat temu próbowałem się zabić. Teraz jest mi dobrze.",
        "Hace cinco años intenté suicidarme. Hoy estoy bien y trabajo como voluntario.",
        "paanch saal pehle maine suicide try kiya tha, ab main bilkul theek hoon",
        "I attempted in 2012. Doing great now, married with two kids.",
    ],
)
def test_a_recovery_told_in_the_past_in_any_language_gets_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "Há dez anos tentei me matar e hoje quero morrer de novo",
        "قبل خمس سنوات حاولت الانتحار واليوم بدي موت",
        "Years ago I tried to end my life. I was doing well but now I want to die again.",
    ],
)
def test_a_past_attempt_with_the_wish_back_now_still_gets_the_crisis_reply(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize("text", ["tonight", "Tonight", "its tonight", "tonight then"])
def test_tonight_alone_gets_asked(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize("text", ["tonight?", "tonight!", "tonight at 8", "what about tonight"])
def test_tonight_asked_cheered_or_timed_gets_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "made sure the cat has food for a week. that's everything",
        "i've been reading about what happens to your body when you stop eating and drinking",
        "i'm at peace with my decision. thank you for the lessons, they were kind",
        "nobody is going to miss me, i've checked",
        "my funeral playlist is done",
        "everything is ready. i just need to find the courage",
        "i left the door unlocked so they won't have to break it",
    ],
)
def test_a_pet_provided_for_a_decision_at_peace_or_a_door_left_open_gets_asked(
    text: str,
) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "made sure the cat has food for a week while i'm away in Lisbon",
        "looking at the medicine cabinet, it needs a clear out, so many expired things",
        "i'm at peace with my decision to leave my job. thank you for the lessons",
        "just said goodbye to my mum at the airport, she's flying home",
        "my wedding playlist is done!",
        "everything is ready for the party. i just need to find the courage to give a speech",
        "i left the door unlocked so the plumber can get in",
        "nobody will miss me at the meeting, it's optional",
        "i'm not scared anymore of the infusion, that's how i know i'm ready for session two",
    ],
)
def test_a_trip_a_tidy_cabinet_a_new_job_or_a_plumber_get_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text", ["not ok with the way they changed the timetable", "I'm not okay with that decision"]
)
def test_not_ok_with_a_decision_is_no_distress(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", ["im not ok", "i am not okay with anything anymore"])
def test_not_ok_alone_or_with_everything_still_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "my sister posted a photo of the bridge with 'soon' as the caption",
        "my partner bought a rope and said it's for the garden but we have no garden",
    ],
)
def test_someone_elses_farewell_photo_or_cover_story_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "my sister posted a photo of the bridge at sunset, so pretty",
        "my flatmate is saying goodbye to everyone, he's moving to Canada",
        "my brother has stopped eating meat, he's vegan now",
        "my partner bought a rope for the climbing gym",
        "my son gave away his old xbox because he got a ps5",
    ],
)
def test_a_view_a_move_a_diet_and_a_hobby_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "my dog died and i want to join him",
        "my mum passed away last month, i just want to be with her",
    ],
)
def test_a_wish_to_join_someone_dead_gets_asked(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "My cat died yesterday after 15 years. Silly to cry this much over a cat.",
        "our dog was put to sleep last week, the house is so quiet",
        "my mum died, I want to be with her family for the funeral",
    ],
)
def test_a_pet_mourned_or_a_family_joined_for_a_funeral_gets_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text", ["my dog died this morning and I can't function", "lost my cat today, devastated"]
)
def test_a_pet_lost_today_still_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    ["running to catch the bus", "i need to catch the bus to work", "gotta catch the bus, brb"],
)
def test_a_bus_to_catch_is_a_bus(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    ["ready to catch the bus", "thinking about ctb tonight", "catching the bus for good"],
)
def test_the_forums_catch_the_bus_still_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "how do I help my brother who's depressed? he's not in danger, just low",
        "my cat died last month, I'm sad but coping, thanks for the lessons",
    ],
)
def test_a_question_about_someone_else_and_an_older_pet_loss_get_no_caring_reply(
    text: str,
) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "how do I stop feeling so empty? i feel hopeless",
        "my cat died and i feel so empty and hopeless",
        "does anyone else feel like the infusions just postpone the fog? just sad about it",
    ],
)
def test_the_writers_own_low_mood_beside_a_question_or_a_pet_still_gets_the_caring_reply(
    text: str,
) -> None:
    assert assess(text).tier in (DISTRESS, CHECK, CRISIS)
