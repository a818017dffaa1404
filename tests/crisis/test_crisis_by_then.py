"""Kinds a blind set found missed: an end told by a time or a place rather than its name. Not
being around by then ("ketamine clinic waitlist is 6 months. lol i wont be around in 6
months"), free to go once a family event is over ("my sons wedding is saturday. after that i can
go"), the children better off with the insurance than with the writer: the check-in, in Spanish,
Portuguese, Russian, Ukrainian, Indonesian and Tagalog. A message written from a cliff, a bridge
or a roof with an apology ("writing this from the cliff path ... sorry."): the full reply. A
move, a posting, a holiday after the wedding, retiring and a view from the bridge stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "me dieron cita para marzo, para entonces ya no voy a estar",
        "o psiquiatra só tem vaga em 5 meses, até lá eu já não vou estar aqui",
        "запись к врачу через четыре месяца, меня к тому моменту уже не будет",
        "черга на пів року, мене на той час вже не буде",
        "jadwal terapinya bulan depan, aku udah nggak ada lagi waktu itu",
        "sa susunod na taon pa daw, wala na ako nun",
        "cuando pase la graduación de mi nieta ya me puedo ir tranquila",
        "depois do batizado do meu neto eu já posso descansar",
        "после выпускного дочери спокойно уйду",
        "після весілля доньки я зможу піти",
        "sesudah wisuda adikku, aku bisa pergi dengan tenang",
        "la graduación es en junio. después de eso ya me puedo ir",
        "mi familia va a estar mejor con el dinero del seguro que conmigo",
        "minha esposa fica melhor com o dinheiro do seguro do que comigo",
        "жене будет лучше со страховкой, чем со мной",
        "keluargaku lebih baik dengan uang asuransi daripada sama aku",
    ],
)
def test_an_end_told_by_a_time_gets_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "les escribo desde lo alto del puente. perdónenme.",
        "tô escrevendo do viaduto. me perdoem",
        "пишу вам с моста. простите меня",
        "пишу з даху. пробачте",
    ],
)
def test_a_message_written_from_a_height_with_an_apology_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "no voy a estar aquí en 6 meses, me mudo a Canadá por el trabajo nuevo",
        "até lá não vou estar mais aqui, vou morar em Lisboa",
        "меня к тому времени уже не будет в городе, уезжаю в командировку",
        "aku udah nggak ada waktu itu, lagi dinas ke luar kota",
        "después de la boda me puedo ir de vacaciones por fin",
        "после свадьбы сына я смогу уйти на пенсию",
        "te escribo desde el puente de Brooklyn, qué vista, perdón por no llamar antes",
        "пишу с крыши, тут классный вид с друзьями, простите что не отвечала",
    ],
)
def test_a_move_a_holiday_and_a_view_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
