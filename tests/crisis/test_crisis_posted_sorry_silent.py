"""Someone close who posted a sorry to everyone or a goodbye and does not answer the phone since,
in Romanian and Turkish ("prietenul meu a postat „adio” și nu mai răspunde", "ablam facebooka
affedin beni yazdı ve telefonu açmıyor"): the reply for helpers. A sorry for being late, with
no answer since, stays quiet."""

from __future__ import annotations

import pytest

from crisis import HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "prietenul meu a postat „adio” și nu mai răspunde",
        "fratele meu mi-a scris „vă iubesc pe toți” și are telefonul închis",
        "ablam facebooka affedin beni yazdı ve telefonu açmıyor",
        "kardeşim whatsappa hakkınızı helal edin yazdı, telefonu kapalı",
    ],
)
def test_a_goodbye_posted_then_silence_gets_the_helper_reply(text: str) -> None:
    assert assess(text).tier == HELPER, text


@pytest.mark.parametrize(
    "text",
    [
        "sora mea a scris pe facebook că îi pare rău că a întârziat și nu mai răspunde la telefon",
    ],
)
def test_a_sorry_for_being_late_stays_quiet(text: str) -> None:
    assert assess(text).tier is None, text
