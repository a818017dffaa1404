"""Kinds a probe found missed, in languages other than English: being better off dead now told
beside a past ("Раньше у меня была семья, теперь мне лучше умереть"), thanks for everything and
not being here tomorrow with no trip, move or shift named, taking all the pills now or about to,
a regret that an accident missed the writer, and "sorry everyone, this is my farewell" with
thanks. Their lookalikes stay quiet: a depression long past and being better now, thanks before a
trip, a move or a shift, pills taken as prescribed, a near miss told as a fright, and a farewell
at the end of a job or before a move. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "Раньше у меня были друзья, а теперь мне лучше умереть",
        "Когда-то я был нужен, теперь лучше бы я умер",
        "Колись я мала роботу, тепер мені краще не жити",
        "Antes eu tinha esperança, agora seria melhor eu estar morta",
        "Vroeger had ik vrienden, nu ben ik beter af dood",
        "Früher hatte ich Freunde, jetzt wäre ich lieber besser tot",
        "Avant j'avais un travail, maintenant je serais mieux morte",
        "Antes tenía a mis hijos, ahora mejor me muero",
        "Kiedyś miałam męża, teraz lepiej bym umarła",
        "Dati masaya ako, ngayon mas mabuti pang mamatay ako",
        "Trước đây tôi có việc làm, bây giờ tôi chết đi thì tốt hơn",
        "पहले मेरे दोस्त थे, अब मेरा मर जाना ही बेहतर है",
    ],
)
def test_better_dead_now_beside_a_past_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "Gracias por todo, mañana ya no voy a estar aquí",
        "Obrigada por tudo, amanhã já não estarei aqui",
        "Bedankt voor alles, morgen ben ik er niet meer",
        "Спасибо вам за всё, завтра меня уже не будет",
        "Дякую вам за все, завтра мене тут уже не буде",
        "Dziękuję za wszystko, jutro mnie tu już nie będzie",
        "Her şey için teşekkürler, yarın burada olmayacağım",
        "Makasih buat semuanya, besok aku udah nggak ada lagi",
        "Salamat sa lahat, bukas wala na ako",
        "सब कुछ के लिए शुक्रिया, कल मैं यहाँ नहीं रहूँगी",
    ],
)
def test_thanks_and_not_here_tomorrow_gets_a_check_in_at_least(text: str) -> None:
    assert assess(text).tier in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "Ich mache das Licht aus und nehme alle meine Tabletten",
        "Vou tomar todos os remédios da caixa agora",
        "Je prends tous mes médicaments ce soir, c'est fini",
        "Adesso prendo tutte le pastiglie",
        "Ik neem nu alle pillen in één keer",
        "Сейчас выпью все таблетки из аптечки",
        "Зараз вип'ю всі таблетки",
        "Biorę teraz wszystkie tabletki naraz",
        "Bütün hapları içiyorum şimdi",
        "Iinumin ko na lahat ng gamot ngayong gabi",
        "मैं अभी सारी गोलियाँ खा रही हूँ",
        "Apago el teléfono y me tomo todas las pastillas",
        "Ya está, me tomo todos los comprimidos que quedan",
    ],
)
def test_all_the_pills_now_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "Mi hermano se tomó todas las pastillas y no despierta",
        "Mi madre se tomó todas las pastillas de golpe",
    ],
)
def test_all_the_pills_taken_by_someone_else_keep_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "Tadi hampir ditabrak mobil, sayang banget nggak kena",
        "Casi me atropella un coche hoy, qué lástima que no me dio",
        "Um carro quase me atropelou, pena que não acertou",
        "Heute fast angefahren worden, schade dass es nicht geklappt hat",
        "Oggi quasi investita da una moto, peccato che non mi abbia presa",
        "Меня сегодня чуть не сбил автобус, жаль что не сбил",
        "Prawie mnie potrącił samochód, szkoda że nie trafił",
        "Bugün az kalsın araba çarpıyordu, keşke çarpsaydı",
    ],
)
def test_regret_that_an_accident_missed_gets_a_check_in(text: str) -> None:
    assert assess(text).tier in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "Desculpem a todos, esta é a minha despedida, obrigado por tudo que me ensinaram",
        "Maaf ya teman-teman, ini perpisahanku, makasih atas semua pelajarannya",
        "Sorry allemaal, dit is mijn afscheid, bedankt voor alles",
        "Przepraszam was wszystkich, to moje pożegnanie, dziękuję",
        "Простите меня все, это моё прощание, спасибо вам",
        "Entschuldigt bitte alle, das ist mein Abschied, danke für alles",
    ],
)
def test_my_farewell_with_sorry_or_thanks_gets_a_check_in(text: str) -> None:
    assert assess(text).tier in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        # a depression long past, well now; a saying with "than"
        "Раньше у меня была тревога, теперь мне лучше",
        "Eu tinha depressão antes, agora estou melhor",
        "Vroeger was ik vaak somber, nu gaat het beter",
        "Лучше умереть стоя, чем жить на коленях — так говорил мой дед",
        # thanks before a trip, a move, a shift
        "Gracias por todo, mañana ya no estaré aquí porque me voy de viaje",
        "Obrigado por tudo, amanhã não estarei aqui, começo as férias",
        "Bedankt voor alles, morgen ben ik er niet, ik heb dienst",
        "Спасибо за всё, завтра меня не будет, уезжаю в отпуск",
        "Terima kasih semuanya, besok aku nggak ada, cuti dulu",
        # pills as prescribed
        "Ich nehme alle Tabletten wie vom Arzt verschrieben",
        "Me tomé todas las pastillas del antibiótico como me dijo el médico",
        "Biorę wszystkie tabletki codziennie rano, jak przepisał lekarz",
        # a near miss told as a fright
        "Hampir ketabrak truk tadi, untung aku selamat",
        "Casi me atropella un camión, menos mal que no me dio",
        "Меня чуть не сбила машина, хорошо что успел отскочить",
        # a farewell at the end of a job or before a move
        "Desculpem todos, esta é a minha despedida da empresa, obrigado pelas lições",
        "Maaf semuanya, ini perpisahanku karena aku pindah kerja, terima kasih",
        "Przepraszam wszystkich, to moje pożegnanie z pracą, dziękuję",
    ],
)
def test_ordinary_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
