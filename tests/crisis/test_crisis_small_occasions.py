"""Kinds a blind set found alarming when they were ordinary, in languages other than English: a
goodbye to a class or to friends before a move ("lilipat na ako sa Cebu, mamimiss ko kayo", "adiós
a todos, me mudo a Valencia"), thanks to everyone for a party or a send-off, an apology to everyone
for being late or for last night, the phone switched off for a holiday or because a project is
over, a near miss on the road told as a fright, and a depression or an anxiety long past told with
being well now. They stay quiet. The same words beside a wish to die, a "for ever", pills, a
"better place", a regret that the truck missed, or "I can't any more" keep their reply. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess, small_occasions

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        # a goodbye before a move or a journey
        "Paalam na sa inyo, mga bata. Lilipat na ako ng paaralan, salamat sa lahat",
        "Adiós a todos, me mudo a Madrid la semana que viene, los voy a extrañar",
        "Selamat tinggal semuanya, aku pindah ke Bali bulan depan",
        "Hoşça kalın herkese, İzmir'e taşınıyorum, sizi özleyeceğim",
        "Adeus a todos, amanhã embarco para Portugal, vou sentir saudades",
        "Прощайте все, я уезжаю учиться в Прагу",
        "Żegnam się ze wszystkimi, wyjeżdżam do pracy w Norwegii",
        "Mga anak, paalam na. Aalis na ako sa paaralang ito at lilipat sa Maynila. Mahal ko kayo",
        "सबको अलविदा, मैं अगले महीने पुणे शिफ्ट हो रहा हूँ, आप सबकी याद आएगी",
        "Selamat tinggal semua, saya berpindah ke Johor bulan depan",
        # thanks for a party, a dinner, a send-off
        "Muchas gracias por todo, fue una noche preciosa, nos vemos pronto",
        "Obrigada a todos pela festa de despedida, amo vocês",
        "Terima kasih semuanya buat pestanya semalam",
        "Спасибо за всё, вечер был чудесный",
        # an apology for a small slip
        "Mi hermano pidió perdón a todos por llegar tarde a la cena",
        "Lo siento mucho por todo lo que pasó en la reunión, perdón a todos",
        "Desculpem por tudo, pessoal, fui um chato ontem",
        "Простите меня все, вчера я был невыносим на вечеринке",
        "Dia minta maaf ke semua karena telat datang ke rapat",
        "Sorry allemaal dat ik te laat was",
        # the phone off for a holiday, for sleep, a project done
        "To już koniec projektu, wyłączam telefon i idę spać",
        "Koniec projektu! Telefon wyłączony, idę spać na cały weekend",
        "Ich fahre in Urlaub und schalte das Handy aus",
        "Проект сдан, выключаю телефон и сплю до понедельника",
        "Proyek selesai, HP aku matiin dulu, mau tidur seharian",
        "Ho spento il telefono, sono in vacanza in montagna",
        # a near miss told as a fright
        "Aku hampir ketabrak motor tadi, kaget banget",
        "Tadi hampir ketabrak truk pas nyebrang, jantungku masih deg-degan",
        "Quase fui atropelado por um ônibus hoje",
        "Ayer casi me atropella un autobús, todavía estoy temblando",
        "Muntik na akong mabangga ng trak kanina, kinabahan talaga ako",
        # a depression or an anxiety long past, well now
        "Колись у мене була депресія, але зараз усе добре",
        "Колись у мене була важка депресія, зараз я щаслива і працюю",
        "Когда-то у меня была депрессия, но теперь всё хорошо",
        "Когда-то я лечилась от депрессии, сейчас всё в порядке",
        "Hồi trước tôi bị trầm cảm, giờ thì ổn rồi",
        "Früher hatte ich Depressionen, heute geht es mir gut",
        "Ich hatte früher eine Depression, jetzt geht's mir gut",
        "Autrefois j'étais en dépression, maintenant ça va très bien",
        "Eu tive uma crise de ansiedade no passado, agora estou bem",
        "Tive depressão há cinco anos, hoje estou feliz",
        "Tuve una época muy oscura hace años, ahora estoy feliz",
        "Eskiden depresyondaydım ama şimdi çok iyiyim",
        "Vroeger had ik een depressie, nu gaat het goed met me",
    ],
)
def test_small_occasions_in_other_languages_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "Perdón a todos por todo, ya no puedo más, adiós para siempre",
        "Adiós a todos, me voy para siempre, no me busquen",
        "Me mudo a un lugar mejor, adiós a todos, gracias por todo",
        "Простите меня все, я больше не могу, прощайте",
        "Простите меня за всё, завтра меня уже не будет",
        "Maaf semuanya, aku udah nggak kuat lagi, selamat tinggal",
        "Patawad sa lahat, paalam na, hindi ko na kaya",
        "Wyłączam telefon na zawsze, żegnajcie",
        "Salamat sa lahat, paalam na sa inyo, hindi na ako babalik",
        "Selamat tinggal semuanya, aku pindah ke tempat yang lebih baik, jangan cari aku",
        "Колись у мене була депресія, а тепер знову хочу померти",
        "Hoşça kalın herkese, artık yaşamak istemiyorum",
        "Tạm biệt mọi người, tôi không muốn sống nữa",
        "ho regalato tutte le mie cose prima del trasloco, addio a tutti",
        "tengo todo planeado para esta noche, mis cosas están ordenadas, gracias por todo",
        "Gracias por todo, esta noche me despido de todos",
        "Disculpen todos, esta es mi despedida, gracias por lo que me enseñaron",
        # a once, a now-well, and a wish to die beside them: no recovery told
        "Autrefois j'avais une famille, maintenant ça va mieux sans moi, je veux mourir",
        "Eskiden mutluydum, şimdi iyiyim diyorum ama ölmek istiyorum",
        "Hồi trước tôi có gia đình, giờ tôi ổn nhưng muốn chết",
    ],
)
def test_the_same_words_beside_a_farewell_for_good_keep_their_reply(text: str) -> None:
    assert assess(text).tier in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "Gracias a todos por la fiesta, fue mi última, ya tengo las pastillas",
    ],
)
def test_pills_beside_a_party_thanks_keep_an_alarm(text: str) -> None:
    assert assess(text).tier in (*ALARMS, DISTRESS)


@pytest.mark.parametrize(
    "text",
    [
        "Hampir ketabrak truk tadi, sayang nggak kena",
        "Casi me atropella un camión, qué lástima que frenó",
        "Меня чуть не сбила машина, жаль что не сбила",
    ],
)
def test_a_near_miss_with_a_regret_that_it_missed_is_not_excused(text: str) -> None:
    assert not small_occasions.ordinary(text)
