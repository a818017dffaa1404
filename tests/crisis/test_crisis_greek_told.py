"""Greek, in its script and in Greeklish, from people living with illness or pain: the last hope
that did not work, arms or wrists cut again, how many pills so as not to wake, everything arranged
before the day "it all ends", a burden whose absence would ease the family, a note left and leaving
tonight (the full reply); a sister who took a whole box of pills, a son who sent "thanks to
everyone" and no longer answers (the reply for helpers); worn out, no heart for anything, pain that
will not stop (the caring reply). A last hope for tickets, a cut in the kitchen, pills to fall
asleep, a grandmother's pills taken as usual, a trip arranged before the lessons end, tiredness or
weights at the gym, leaving tonight for another city and an apology for being late stay quiet."""

from __future__ import annotations

import pytest

from crisis import CRISIS, DISTRESS, HELPER, assess

CRISIS_SAID = (
    "η νέα θεραπεία ήταν η τελευταία μου ελπίδα και δεν λειτούργησε",
    "to neo farmako itan h teleutaia mou elpida, den epiase",
    "χάραξα ξανά τους καρπούς μου απόψε",
    "kovw pali ta xeria mou, den mporw na stamatisw",
    "πόσα υπνωτικά πρέπει να πάρω για να μην ξαναξυπνήσω",
    "posa iremistika thelei gia na pethaneis",
    "τα έκλεισα όλα, λογαριασμούς και σκύλο. την Παρασκευή τελειώνουν όλα",
    "ta taktopoihsa ola, ti gata, ta xartia. tin kiriaki teleionoun ola",
    "imai varos gia tous gonious mou",
    "horis emena tha zisoun pio efkola, tha iste kalitera",
    "άφησα σημείωμα στο τραπέζι της κουζίνας για τον άντρα μου, απόψε τελειώνουν όλα",
    "afisa ena simeiwma ston adelfo mou, simera fevgw",
)
HELPER_SAID = (
    "ο φίλος μου ήπιε ένα κουτί ηρεμιστικά και δεν μιλάει καλά",
    "h mama mou phre ola ta xapia ths, ti na kanw",
    "ο γιος μου έστειλε ευχαριστώ σε όλους στην ομάδα και από τότε δεν απαντάει",
    "i kolliti mou esteile antio se olous kai exei kleisto",
)
DISTRESS_SAID = (
    "νιώθω τόσο εξαντλημένος, ο πόνος δεν περνάει",
    "den exo kouragio gia tipota, o ponos den fevgei",
)
QUIET = (
    "η τελευταία μου ελπίδα για εισιτήρια στη συναυλία ήταν η ουρά, δεν έπιασε",
    "έκοψα το χέρι μου με το ψωμομάχαιρο στην κουζίνα",
    "πόσα χάπια μελατονίνης για να κοιμηθώ καλά;",
    "ο παππούς μου πήρε όλα τα χάπια του κανονικά το πρωί",
    "ta kanonisa ola gia tis diakopes, tin paraskevi teleiwnoun ola ta mathimata",
    "eimai exantlimenos apo to gym simera",
    "sikwnw poly varos sto gym",
    "έγραψα γράμμα στον παππού, απόψε φεύγω για Θεσσαλονίκη",
    "o aderfos mou esteile sygnwmh se olous pou argise kai den apantaei",
)


@pytest.mark.parametrize("text", CRISIS_SAID)
def test_a_failed_last_hope_cuts_doses_and_a_set_day_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", HELPER_SAID)
def test_someone_who_took_all_the_pills_gets_the_helper_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", DISTRESS_SAID)
def test_exhaustion_and_pain_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize("text", QUIET)
def test_tickets_kitchens_sleep_and_trips_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
