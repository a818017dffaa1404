"""Hinglish and Hindi idioms of the weather: "dying" of the heat, the cold or the humidity ("mar
gaye yaar, itni garmi hai", "itni thand hai ki mar jaunga"). No reply. A real wish to die or
pills taken beside the weather keep the full reply. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "itni garmi hai ki mar jaunga",
        "bhai mar gaya main, itni thand hai delhi mein",
        "yaar dhoop mein mar rahe hain aaj, 45 degree hai",
        "mar jayenge yaar kitni umas hai mumbai mein",
        "itni sardi hai mar jayenge",
        "मर गए यार, इतनी गर्मी है आज",
    ],
)
def test_dying_of_the_weather_is_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "itni garmi hai ki mar jaunga, sach mein marna chahta hoon",
        "garmi se mar jaunga aaj, aur waise bhi zindagi se thak gaya hoon",
        "thand bahut hai, par sab goliyan kha li maine",
        "मर गए यार, इतनी गर्मी है आज, सच में मरना चाहता हूं",
    ],
)
def test_a_real_wish_beside_the_weather_keeps_the_reply(text: str) -> None:
    assert assess(text).tier == CRISIS
