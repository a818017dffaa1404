"""Place names several towns share, and everyday words near a place name: what the reader makes
of them, and what a person sees in the chat."""

from __future__ import annotations

import pytest

from handlers.context import Services
from journey.named_zones import Certainty
from journey.zones import read_zone
from storage import subscribers
from tests.journey.test_zones import ask_zone, stored_zone
from tgdouble.server import BotApiDouble


@pytest.mark.parametrize(
    ("text", "zones", "labels"),
    [
        (
            "Springfield",
            ("America/Chicago", "America/New_York", "America/Los_Angeles"),
            (
                "Springfield, Missouri or Illinois (Central)",
                "Springfield, Massachusetts or Ohio (Eastern)",
                "Springfield, Oregon (Pacific)",
            ),
        ),
        (
            "portland",
            ("America/Los_Angeles", "America/New_York"),
            ("Portland, Oregon (Pacific)", "Portland, Maine (Eastern)"),
        ),
        (
            "Birmingham",
            ("Europe/London", "America/Chicago"),
            ("Birmingham, United Kingdom", "Birmingham, Alabama"),
        ),
        (
            "Córdoba",
            ("America/Argentina/Cordoba", "Europe/Madrid"),
            ("Córdoba, Argentina", "Córdoba, Spain"),
        ),
        (
            "Hyderabad",
            ("Asia/Kolkata", "Asia/Karachi"),
            ("Hyderabad, India", "Hyderabad, Pakistan"),
        ),
        (
            "I live in Aurora",
            ("America/Denver", "America/Chicago", "America/Toronto"),
            ("Aurora, Colorado (Mountain)", "Aurora, Illinois (Central)", "Aurora, Canada"),
        ),
    ],
)
def test_a_name_towns_share_in_different_zones_is_a_choice_of_the_likeliest(
    text: str, zones: tuple[str, ...], labels: tuple[str, ...]
) -> None:
    reading = read_zone(text)
    assert reading is not None and reading.certainty == Certainty.CHOICE and reading.places
    assert reading.zones == zones
    assert reading.labels == labels


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Columbus", "America/New_York"),  # Ohio and Georgia: one zone
        ("Anderson", "America/Indiana/Indianapolis"),  # Indiana and South Carolina: one clock
        ("Bergen", "Europe/Oslo"),  # Norway and the Netherlands: one clock
        ("London", "Europe/London"),  # Ontario's London is a twentieth of its size
        ("Paris", "Europe/Paris"),
        ("Perth", "Australia/Perth"),
        ("Sydney", "Australia/Sydney"),
    ],
)
def test_a_name_shared_only_within_one_clock_or_held_by_one_big_city_is_taken(
    text: str, zone: str
) -> None:
    reading = read_zone(text)
    assert reading is not None and reading.certainty == Certainty.SURE
    assert reading.zones == (zone,)


@pytest.mark.parametrize(
    "text",
    ["banana", "Banana", "hello", "window", "garden", "monkey", "coffee", "tomorrow",
     "breakfast", "teacher", "pizza", "banana bread", "indian", "italian"],
)  # fmt: skip
def test_an_everyday_word_is_not_taken_for_a_misspelt_place(text: str) -> None:
    assert read_zone(text) is None


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Berln", "Europe/Berlin"),
        ("Los Angelos", "America/Los_Angeles"),
        ("Torronto", "America/Toronto"),
        ("Parris", "Europe/Paris"),
        ("Bangkokk", "Asia/Bangkok"),
        ("Москве", "Europe/Moscow"),
        ("Sydeny", "Australia/Sydney"),
        ("German", "Europe/Berlin"),  # a word, but about as common as Germany
    ],
)
def test_a_misspelt_place_is_still_suggested(text: str, zone: str) -> None:
    reading = read_zone(text)
    assert reading is not None and reading.certainty == Certainty.GUESS
    assert reading.zones == (zone,)


@pytest.mark.parametrize(
    ("text", "zone"),
    [("Sao Paolo", "America/Sao_Paulo"), ("Kyiv", "Europe/Kyiv"), ("Kiev", "Europe/Kyiv"),
     ("Tokio", "Asia/Tokyo")],
)  # fmt: skip
def test_other_spellings_of_places_are_still_read(text: str, zone: str) -> None:
    reading = read_zone(text)
    assert reading is not None and reading.zones == (zone,)


# -- in the chat ----------------------------------------------------------------------------------


async def test_springfield_asks_which_one_and_the_tapped_town_sets_its_zone(
    double: BotApiDouble, bot: Services
) -> None:
    homer, _ = await ask_zone(double, 3101)
    await homer.send("Springfield")
    (question,) = await homer.wait_for_messages(1)
    assert "more than one Springfield" in question.text
    assert [b.text for b in question.buttons] == [
        "Springfield, Missouri or Illinois (Central)",
        "Springfield, Massachusetts or Ohio (Eastern)",
        "Springfield, Oregon (Pacific)",
        "Another place",
    ]
    assert await stored_zone(bot, homer.id) is None  # nothing stored until a town is tapped
    await homer.tap(question, "Springfield, Massachusetts or Ohio (Eastern)")
    await homer.wait_for_edit(question)
    assert "All set" in question.text and "America/New_York" in question.text
    assert await stored_zone(bot, homer.id) == "America/New_York"


async def test_another_place_lets_the_town_be_typed_again(
    double: BotApiDouble, bot: Services
) -> None:
    marge, _ = await ask_zone(double, 3102)
    await marge.send("springfield")
    (question,) = await marge.wait_for_messages(1)
    await marge.tap(question, "Another place")
    await marge.wait_for_edit(question)
    assert "city or country" in question.text
    assert await stored_zone(bot, marge.id) is None
    await marge.send("Denver")
    (done,) = await marge.wait_for_messages(1)
    assert "All set" in done.text
    assert await stored_zone(bot, marge.id) == "America/Denver"


async def test_an_everyday_word_gets_the_kind_word_not_a_guess(
    double: BotApiDouble, bot: Services
) -> None:
    kemi, _ = await ask_zone(double, 3103)
    await kemi.send("banana")
    (reply,) = await kemi.wait_for_messages(1)
    assert "couldn't tell which time zone" in reply.text
    assert "Did you mean" not in reply.text and not reply.buttons
    row = await subscribers.get_subscriber(bot.require_db(), kemi.id)
    assert row is not None and row.timezone is None
