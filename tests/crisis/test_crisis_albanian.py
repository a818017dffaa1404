"""Albanian, standard and Gheg: not wanting to live, killing oneself, never waking, a farewell
letter or one's things given away, pills hidden, arms cut, standing on a bridge or a roof, a
bottle of pills swallowed and a lethal amount asked get the full reply; the same told of a
cellmate or a child gets the reply for helpers, no way out the check-in and loneliness the
caring reply. Dying of laughter, killing oneself with work, a life not wanted in one town, clothes
given for washing or to the lads on release, medicines hidden from the children, a hand cut
while cooking, a bridge with friends and pills taken as the doctor said stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "s'dua më të jetoj, jam lodhur",
        "du me dek, nuk e duroj dot këtë burg",
        "do ta vras veten kur të dal",
        "mendoj për vetëvrasje çdo natë",
        "dua të fle e të mos zgjohem më",
        "të gjithë do ishin më mirë pa mua",
        "shkrova një letër lamtumire për nënën",
        "kam fshehur ilaçet e qelisë, i mbledh prej javësh",
        "prapë u preva sonte",
        "jam në çati tani dhe po shoh poshtë",
        "piva të gjitha tabletat e gjumit",
        "sa hape duhen për të vdekur",
    ],
)
def test_an_albanian_crisis_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    ("text", "tier"),
    [
        ("shoku i qelisë thotë se do të vrasë veten", HELPER),
        ("djali im ka shenja prerjesh nëpër krahë", HELPER),
        ("nuk e shoh asnjë rrugëdalje", CHECK),
        ("ndihem shumë i vetmuar këtu brenda", DISTRESS),
    ],
)
def test_albanian_for_another_a_way_out_or_loneliness_gets_its_reply(text: str, tier: str) -> None:
    assert assess(text).tier == tier


@pytest.mark.parametrize(
    "text",
    [
        "nuk dua të jetoj në Tiranë, dua në Durrës",
        "nuk dua të vdes, dua të jetoj",
        "po vdes nga të qeshurit me këtë video",
        "vendosa alarmin që të mos zgjohem vonë",
        "rrobat e mia ia dhashë nënës për larje",
        "gjërat e mia ua dhashë shokëve se nesër lirohem",
        "i fsheh ilaçet nga fëmijët",
        "preva dorën duke gatuar",
        "preva krahët e pulës për darkë",
        "jam në çati duke rregulluar antenën",
        "piva të gjitha ilaçet si m'i dha mjeku",
        "nuk e duroj dot më shefin",
    ],
)
def test_albanian_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
