"""Kinds a blind set found missed: someone close who said they would jump from a bridge, hang
themselves or kill themselves, or who is standing on a bridge or a roof now (Polish, Romanian,
Greek, Hindi), and a farewell voice note with no answer since (Spanish)
(``crisis/lexicons/said_they_would.py``). Their lookalikes (a jump into a pool or the sea, a
parachute, a photograph from a bridge, a teacher's farewell to the class, a film) stay quiet.
The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "moja siostra napisała, że się powiesi, i nie odbiera",
        "szwagier mówi, że dziś w nocy skoczy z dachu bloku",
        "fratele meu a zis că sare de pe bloc în noaptea asta",
        "prietena mea mi-a scris că se sinucide, ce fac",
        "ο αδερφός μου είπε ότι θα αυτοκτονήσει απόψε",
        "ο φίλος μου είναι στην ταράτσα και γράφει ότι θα πέσει",
        "मेरा भाई अभी छत पर खड़ा है और फोन नहीं उठा रहा",
        "दोस्त ने मैसेज किया कि वह रेल की पटरी पर बैठा है",
        "mi hija me mandó un mensaje de despedida y no contesta",
        "mi papá me dejó un audio despidiéndose y ya no responde",
    ],
)
def test_someone_close_who_said_it_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "kolega powiedział, że skoczy do basenu z trampoliny",
        "kolega mówi że skoczy na bungee w weekend",
        "prietenul meu a zis că sare de pe pod în apă la vară, e tradiție",
        "ο φίλος μου λέει ότι θα πηδήξει με αλεξίπτωτο",
        "η φίλη μου είναι στη γέφυρα και λέει ότι θα πηδήξει στη θάλασσα για μπάνιο",
        "मेरा दोस्त पुल पर खड़ा है और फोटो खींच रहा है",
        "el profesor se despidió de la clase y ya no responde correos porque se jubiló",
        "w filmie bohater mówi, że skoczy z mostu",
    ],
)
def test_a_jump_for_fun_or_a_farewell_at_work_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
