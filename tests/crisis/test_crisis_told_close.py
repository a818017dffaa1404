"""Kinds a blind set found missed, said of someone close and by the writer in other languages:
someone who took many pills and barely answers (German, Arabic, English), someone close cutting
again (Tagalog), cutting one's arms (Russian), gone for good (Portuguese), a pet given away and a
will put in order (Dutch). Each with its everyday lookalikes."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "Meine Tochter hat Tabletten genommen, sie ist kaum ansprechbar. Was soll ich tun?",
        "mein Sohn hat Schlaftabletten genommen und ist nicht mehr wach",
        "أخوي بلع حبوب كثير وما يرد علي، شو أعمل؟",
        "yung kapatid ko nagcucutting ulit, paano ko siya matutulungan?",
        "mate collapsed at the festival after pills and k, lips going blue, what do we do",
        "my flatmate passed out after ketamine and is barely breathing",
    ],
)
def test_someone_close_in_danger_gets_the_reply_for_helpers(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "режу руки каждый вечер после сессии, остановиться не могу",
        "vou sumir pra sempre hoje. ninguém vai sentir falta",
        "ik heb mijn kat naar mijn zus gebracht en mijn testament geregeld. het is goed zo",
    ],
)
def test_the_writers_own_in_other_languages_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "Meine Tochter hat ihre Tabletten genommen wie verordnet",
        "أخوي أخذ حبوبه اليوم",
        "kapatid ko nagcucutting ng klase",
        "my mate collapsed at the festival from the heat, drank some water and is fine now",
        "режу хлеб каждый вечер",
        "vou sumir pra sempre das redes sociais",
        "ik heb mijn kat naar de dierenarts gebracht",
    ],
)
def test_a_medicine_as_prescribed_a_class_skipped_or_an_errand_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
