"""Kinds a blind set found missed, in languages other than English: a named tranquilliser saved
up for a month until "soon there will be enough" (Russian, Spanish, Ukrainian); a day chosen that
"nobody needs to know" about (Vietnamese, Portuguese); life with no meaning and a way of going
already thought out (Chinese); a brother or a friend who just said they will end it all and
cannot be reached (Hinglish, Chinese); a hand hurt on purpose with a knife (Indonesian); and
exhaustion every day that nobody understands (Portuguese, Hinglish, Arabic, Spanish).
Their lookalikes stay quiet: money saved for a month, a wedding day chosen, a route planned, a
phone off because its battery died, tired after a good day, a finger cut by accident while
cooking, a relationship ended. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "уже три недели откладываю реланиум, почти хватит",
        "собираю феназепам с весны",
        "я коплю таблетки и скоро будет достаточно",
        "llevo un mes juntando clonazepam, pronto tendré suficiente",
        "estou guardando rivotril faz semanas",
        "вже місяць збираю феназепам, незабаром буде достатньо",
        "em đã chọn ngày rồi, thứ bảy tới, không cần ai biết",
        "mình đã chọn ngày để ra đi",
        "já escolhi o dia, sexta que vem. ninguém precisa saber",
        "我已经想好怎么死了",
        "活着没有意义，每天都一样",
        "我真的想结束自己的生命",
        "saya sengaja menyayat lengan pakai silet",
        "tadi aku sengaja ngiris tangan lagi",
        "tangan kegores cutter lagi, sengaja sih",
    ],
)
def test_a_plan_or_a_deliberate_harm_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "bhai ne aaj bola ki wo sab khatam kar dega, ab call nahi utha raha",
        "didi ne phir likha ki zindagi khatam kar degi",
        "我姐昨晚说想结束生命，电话一直关机",
        "室友刚才说要自杀，现在找不到他",
    ],
)
def test_someone_who_said_they_will_end_it_gets_a_reply_for_helpers(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "estou esgotada, todo dia a mesma luta, não aguento",
        "ninguém entende a minha dor",
        "nadie entiende mi dolor, estoy cansada de todo",
        "thak gayi hoon, roz ka dard aur koi nahi samajhta",
        "koi nahi samajhta mera dard",
        "محد يفهمني، تعبت",
        "لا أحد يفهم وجعي",
    ],
)
def test_exhaustion_nobody_understands_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, *ALARMS)


@pytest.mark.parametrize(
    "text",
    [
        "коплю деньги уже месяц, скоро будет достаточно на отпуск",
        "коплю на велосипед, скоро хватит",
        "llevo un mes ahorrando para el viaje, pronto tendré suficiente",
        "tôi đã chọn ngày cưới rồi, chủ nhật này",
        "mình đã chọn ngày chuyển nhà rồi",
        "já escolhi o dia do casamento, ninguém precisa saber ainda",
        "我已经想好怎么走了，先坐地铁再打车",
        "朋友说想结束这段关系",
        "我想结束这个项目",
        "bhai ka phone switch off hai, battery khatam ho gayi",
        "bhai ne bola ki wo kaam khatam kar dega kal tak",
        "aaj trek kiya, thak gaya hoon yaar par maza aaya",
        "tô exausta depois da festa, foi ótimo",
        "كل يوم أتعب أكثر في التمارين، بس مبسوط",
        "لا أحد يفهم هذا الدرس",
        "jari kena pisau waktu masak, nggak sengaja",
        "aku gak sengaja ngiris jari pas motong bawang",
        "sengaja beli pisau baru buat masak",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "minha irmã acabou de falar que vai acabar com tudo, não atende o telefone",
        "meine Schwester hat geschrieben, dass sie allem ein Ende setzt, jetzt ist sie nicht "
        "erreichbar",
        "صديقي كتب إنه راح ينهي كل شي والجوال مقفول",
        "أختي كتبت لي أنها ستنهي حياتها",
        "chị tôi vừa nhắn sẽ kết thúc tất cả, giờ không liên lạc được",
        "подруга написала что покончит с собой",
        "сын написал что со всем покончит и теперь не отвечает",
    ],
)
def test_said_they_will_end_it_and_now_unreachable_in_more_languages(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "junto remédios há um mês, logo vai ser suficiente",
        "aku udah milih tanggalnya, akhir bulan ini, gak usah ada yang tahu",
        "sengaja kusayat lenganku lagi semalam",
    ],
)
def test_pills_put_by_a_day_chosen_a_cut_on_purpose_in_more_languages(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "meu irmão acabou de dizer que vai acabar com tudo na prova amanhã",
        "أخي قال إنه سينهي كل شيء في الشغل اليوم",
        "anh tôi vừa nói sẽ kết thúc tất cả công việc hôm nay",
        "брат написал что покончит с ремонтом к пятнице",
        "aku sudah memilih tanggal pernikahan, tidak ada yang perlu tahu dulu",
        "điện thoại của anh tôi tắt máy vì hết pin",
        "mi hermano tiene el teléfono apagado, se le murió la batería",
    ],
)
def test_more_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "ça fait des semaines que je mets de côté du zopiclone, bientôt j'en aurai assez",
        "ich horte seit einem Monat Diazepam",
        "iki haftadır alprazolam biriktiriyorum",
        "我偷偷攒了好几个月的安眠药",
        "em gom thuốc ngủ mấy tuần nay rồi",
        "mene tareekh tay kar li hai, kisi ko batana mat",
        "我选好时间了，别告诉我妈",
        "ho già deciso il giorno, nessuno deve saperlo",
    ],
)
def test_pills_put_by_and_a_day_chosen_in_yet_more_languages(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "je garde le zolpidem dans la table de nuit",
        "ich sammle seit Wochen Pfandflaschen, bald habe ich genug",
        "我攒钱攒了一个月了，快够了",
        "tôi cất thuốc ngủ trong tủ",
        "我们选好日子了，婚礼在这个星期天，先别告诉别人",
        "ho scelto il giorno del matrimonio, nessuno deve saperlo ancora",
        "nessuno capisce questo esercizio",
    ],
)
def test_yet_more_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


def test_nobody_understanding_ones_pain_in_italian_gets_a_reply() -> None:
    assert assess("sono esausta, nessuno capisce il mio dolore").tier in (DISTRESS, *ALARMS)


@pytest.mark.parametrize(
    "text",
    ["guardo el rivotril en el cajón de la cocina", "je cache le xanax dans mon sac"],
)
def test_a_named_pill_only_stored_stays_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "tôi để dành tiền cả tháng rồi, sắp đủ rồi",
        "maine shaadi ka din chun liya hai, kisi ko pata nahi abhi",
        "bhai ka phone off hai, battery khatam ho gayi hogi",
        "mi hermano tiene el móvil apagado, se le acabó la batería",
        "estou juntando dinheiro faz um mês, logo vai ser suficiente",
    ],
)
def test_money_a_wedding_day_and_a_dead_battery_are_excused(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "tôi đã chọn ngày rồi, chủ nhật này. không ai cần biết",
        "bhai ne abhi bola ki wo sab khatam kar dega, phone switch off hai, battery khatam "
        "nahi hai",
    ],
)
def test_the_excuses_do_not_hide_a_plan_or_a_threat(text: str) -> None:
    assert assess(text).tier in (CRISIS, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "昨晚又故意拿刀片割了手腕",
        "я нарочно порезал себе руку ножом",
        "volví a cortarme, me corté el brazo adrede",
        "me corté el dedo a propósito otra vez",
        "la vida no tiene sentido, ya sé cómo me voy a ir",
        "жизнь не имеет смысла, я решил как умру",
        "hayatın anlamı yok artık, nasıl öleceğime karar verdim",
    ],
)
def test_a_cut_on_purpose_and_a_way_decided_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "我不小心用刀划了手",
        "случайно порезала руку ножом",
        "me corté el dedo sin querer cocinando",
        "me corté el pelo a propósito, quería un cambio",
        "كل يوم أتعب أكثر في الشغل بس الحمد لله الراتب زين",
    ],
)
def test_an_accident_a_haircut_and_a_good_tiredness_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "mi hermano no contesta, se quedó sin batería",
        "meu irmão não atende, o celular descarregou",
        "брат не отвечает, у него сел телефон",
        "abim açmıyor, şarjı bitti herhalde",
        "ya decidí cómo irme al aeropuerto",
        "tô exausta mas foi lindo demais",
    ],
)
def test_a_dead_battery_a_route_and_a_good_tiredness_are_excused(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "デパスをずっと溜め込んでる、そろそろ足りる",
        "신경안정제를 몇 주째 모아 두고 있어",
        "決行日はもう決めた、誰にも言わない",
        "날짜 벌써 정했어. 아무한테도 말하지 마",
    ],
)
def test_pills_put_by_and_a_day_chosen_in_japanese_and_korean(text: str) -> None:
    assert assess(text).tier == CRISIS


def test_a_brother_who_said_he_will_end_it_all_in_korean_gets_a_reply_for_helpers() -> None:
    assert assess("오빠가 아까 다 끝내겠다고 했는데 연락이 안 돼").tier in (HELPER, CRISIS)


def test_nobody_understanding_ones_pain_in_japanese_gets_a_reply() -> None:
    assert assess("毎日しんどい、誰も僕の苦しみを分かってくれない").tier in (DISTRESS, *ALARMS)


@pytest.mark.parametrize(
    "text",
    [
        "お金を一ヶ月ためてる、もうすぐ足りる",
        "결혼 날짜 정했어, 이번 일요일. 아직 아무도 알 필요 없어",
        "結婚式の日にちは決めた、誰にも言わないで",
        "동생이 방금 숙제 다 끝내겠다고 했어",
        "동생 전화가 꺼져 있어, 배터리 나간 듯",
    ],
)
def test_japanese_and_korean_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
