"""Hindi and Hinglish kinds the larger Hindi lexicon did not read, and an expat's distress in
Arabic: a cleaner or a poison drunk with no "maine", able to go in peace now and a letter
written in Devanagari (a farewell), "jeena hi nahi hai", no option left after a treatment and
strange thoughts at the sight of the ceiling fan get the full reply; a partner who sent a photo
of a blade gets the reply for helpers; a tight chest of sorrow or being worn out abroad gets the
caring reply. Going home in peace, a birthday letter, phenyl bought to mop, no cab left, a fan
that needs cleaning, a new shaving blade and tight shoes stay quiet. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "papa se baat ho gayi. ab main sukoon se ja sakti hoon",
        "आज मां से बात हुई। अब शांति से जा सकता हूं",
        "चिट्ठी लिख दी है भाई के लिए, अलमारी में रखी है",
        "sab log taane dete hain. jina bhi nahi hai ab",
        "ECT bhi ho gaya, therapy bhi. ab koi raasta nahi bacha",
        "raat ko pankhe ko dekh ke ajeeb khayal aate hain",
        "रस्सी देखकर अजीब ख्याल आते हैं आजकल",
        "harpic pi liya abhi, pet mein jalan ho rahi hai",
        "अभी जहर पी लिया है, माफ करना",
    ],
)
def test_a_hindi_or_hinglish_farewell_or_wish_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "mere bf ne razor ki photo bheji aur phone band kar diya",
        "dost ne goliyon ki pic bheji raat 2 baje, ab reply nahi kar raha",
    ],
)
def test_a_partner_who_sent_a_blade_photo_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    ["اشعر بضيق كبير هذه الايام", "الغربة تعبتني كثير وما عندي احد هنا"],
)
def test_a_tight_chest_of_sorrow_abroad_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "kaam khatam, ab shanti se ghar ja sakta hoon",
        "दादी को जन्मदिन का खत लिख दिया",
        "fan dekh ke laga saaf karna padega",
        "bhai ne blade ki photo bheji, dadhi banane ke liye naya blade",
        "احس بضيق في الحذاء الجديد",
        "phenyl kharid liya pocha lagane ke liye",
    ],
)
def test_an_everyday_lookalike_stays_quiet(text: str) -> None:
    assert assess(text).tier is None
