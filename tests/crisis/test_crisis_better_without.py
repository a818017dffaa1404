"""Kinds a blind set found missed: none in these languages, so the kinds were written out where
the lexicons were thin for people far from home and new parents. A baby or a family better off
without the writer, being a burden, not wanting to wake up (Swahili, Vietnamese, Korean,
Tagalog, Swedish, Dutch, written Persian and Dari, Arabizi, Portuguese, Spanish); thoughts of
suicide told as thoughts one has (Persian, Dari, Pashto, Korean, French) and the window as
Russian and Ukrainian say it; a new parent's thoughts of harming the baby; the best way asked in
Persian, how many pills not to wake in Turkish; someone who said they would kill themselves in
Ukrainian and Korean. The lookalikes (an early alarm, a meeting missed, a move, a heavy bag,
luggage, shame on someone, jumping out of bed, a last-minute trip, medicine in pregnancy, the
news of a war, a film, a book, cell death in a lab, research on suicidal thoughts) get no
reply. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        # better off without me, often after a birth
        "tangu nijifungue nahisi mtoto wangu angekuwa bora bila mimi",
        "familia yangu itakuwa salama zaidi bila mimi",
        "con bé sẽ tốt hơn nếu không có mẹ",
        "không có tôi thì chắc mọi người sẽ tốt hơn",
        "솔직히 우리 애는 내가 없는 게 더 나아",
        "내가 없으면 남편이랑 아기가 더 행복할 거야",
        "mas masaya siguro ang anak ko kung wala na ako",
        "mina barn skulle ha det bättre utan mig",
        "mijn gezin zou echt beter af zonder mij zijn",
        # a burden
        "mimi ni mzigo kwa familia yangu tangu nifike hapa",
        "mình chỉ là gánh nặng cho bố mẹ",
        "난 그냥 짐덩어리야",
        "pabigat na lang ako sa kanila dito sa abroad",
        "jag är bara en börda för alla",
        "ik ben alleen maar een last voor mijn ouders",
        "در این کشور غریب فقط سربار برادرم هستم",
        "ana bas 3eb 3ala a7li hena",
        "ana 3eb2 3alehom, mafi shi ba3mlo",
        # not waking up, not an alarm
        "laiti nilale nisiamke tena",
        "ای کاش امشب بخوابم و دیگر بیدار نشوم",
        "mesh 3ayza as7a tani",
        "nefsi anam w ma as7a",
        "não queria acordar mais, estou tão cansada",
        "quisiera desaparecer y que nadie me buscara nunca",
        # thoughts of suicide told as thoughts one has
        "از وقتی به اینجا آمدیم فکر خودکشی دارم",
        "شبا به خودکشی فکر میکنم",
        "د ځان وژنې فکر کوم",
        "요즘 자살 생각이 자꾸 들어",
        "depuis l'accouchement j'ai des pensées de me jeter par la fenêtre",
        "после родов всё чаще думаю выйти в окно",
        "хочеться вистрибнути з вікна, сил немає",
        # the best way, how many not to wake
        "مطمئن ترین روش برای خودکشی چیه",
        "kaç tane uyku hapı içersem bir daha uyanmam",
    ],
)
def test_own_risk_in_these_forms_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "desde que nació tengo pensamientos de hacerle daño a mi bebé y me da miedo",
        "j'ai des pensées de faire du mal à mon bébé, je n'ose le dire à personne",
        "у меня мысли навредить ребёнку, мне страшно",
        "من بعد الولادة تجيني افكار اني أؤذي طفلي",
        "از وقتی زایمان کردم فکرهای آسیب زدن به بچه دارم",
    ],
)
def test_a_new_parents_thoughts_of_harming_the_baby_get_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "мій чоловік написав, що вб'є себе, якщо я піду",
        "동생이 오늘 밤 자살하겠대 어떡해",
    ],
)
def test_someone_who_said_they_would_kill_themselves_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "não queria acordar amanhã cedo, odeio segundas",
        "mesh 3ayez as7a bokra badri",
        "kaç gibi uyanmam lazım yarın sınav için",
        "mas okay kung wala ako sa meeting bukas",
        "pabigat ang bag ko, ang daming libro",
        "mtoto wangu amelala bila shida leo",
        "tốt hơn nếu không có đường trong cà phê",
        "내가 없으면 회의가 안 돌아가",
        "bättre utan socker i kaffet",
        "ik ben een last minute reis aan het boeken naar spanje",
        "mas mabuti kung wala ako dito bukas, may lakad ako",
        "بهترین روش مرگ سلول در آزمایش چیست",
        "بهترین راه برای یادگیری زبان آلمانی چیه",
        "کتاب درباره فکر خودکشی در نوجوانان میخوانم",
        "자살 생각 감소에 케타민이 효과가 있나요",
        "on ouvre la fenêtre pour aérer la chambre du bébé",
        "хочу выйти на балкон, душно",
        "можно ли беременным парацетамол?",
        "آیا در بارداری میتوانم استامینوفن بخورم؟",
        "الحرب قتلت عشرات المدنيين اليوم",
        "nakuaga, ninahamia Nairobi wiki ijayo",
        "sonunda uyandım, kahve lazım",
        "huu ni mzigo kwa kila mtu, tugawane",
        "난 짐밖에 안 챙겼어",
        "3eb 3aleik ya sahbi",
        "la kétamine réduit les idées de suicide chez les adolescents",
        "j'ai envie de sauter du lit et courir",
        "هذا الكتاب عن أفكار أن أؤذي طفلي",
        "в фильме героиня решила выйти в окно",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "desde que nació la nena siento que estaría mejor con otra mamá",
        "meu filho ficaria melhor com outra mãe, eu não presto",
        "ma fille serait plus heureuse avec une autre maman",
        "depois do parto só penso em sumir pra sempre",
        "seit der Geburt wünsche ich mir, für immer zu verschwinden",
    ],
)
def test_a_new_parent_who_would_be_gone_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "penso em sumir pra sempre das redes sociais, só perda de tempo",
        "ich will für immer aus dem Chat verschwinden lol",
        "a nossa cachorra ficou melhor com outra família",
    ],
)
def test_lookalikes_of_a_parent_gone_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
