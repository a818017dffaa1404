"""Time zones the way people say them: read by journey/zones.py, and taken by the bot in a chat."""

from __future__ import annotations

import pytest

from handlers.context import Services
from journey.named_zones import Certainty
from journey.zones import read_zone
from storage import subscribers
from tgdouble.chats import ChatMessage
from tgdouble.server import BotApiDouble
from tgdouble.users import SimulatedUser


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Tokyo", "Asia/Tokyo"),
        ("São Paulo", "America/Sao_Paulo"),
        ("sao paulo", "America/Sao_Paulo"),
        ("lagos", "Africa/Lagos"),
        ("Berlin", "Europe/Berlin"),
        ("東京", "Asia/Tokyo"),
        ("Japan", "Asia/Tokyo"),
        ("Deutschland", "Europe/Berlin"),
        ("UTC+5:30", "UTC+05:30"),
        ("GMT-3", "UTC-03:00"),
        ("america/new_york", "America/New_York"),
    ],
)
def test_places_and_names_are_read_for_sure(text: str, zone: str) -> None:
    reading = read_zone(text)
    assert reading is not None and reading.certainty == Certainty.SURE
    assert reading.zones == (zone,)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("EST", "America/New_York"),
        ("EDT", "America/New_York"),
        ("pacific time", "America/Los_Angeles"),
        ("CET", "Europe/Berlin"),
        ("Berln", "Europe/Berlin"),
        ("I live in Nairobi", "Africa/Nairobi"),
        ("GMT", "Europe/London"),  # UK time with its summer hour, asked first
    ],
)
def test_abbreviations_misspellings_and_sentences_are_confirmed_first(text: str, zone: str) -> None:
    reading = read_zone(text)
    assert reading is not None and reading.certainty == Certainty.GUESS
    assert reading.zones[0] == zone


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Toronto, Canada", "America/Toronto"),
        ("Sydney, Australia", "Australia/Sydney"),
        ("Perth Australia", "Australia/Perth"),
        ("Paris, France", "Europe/Paris"),
        ("New York, USA", "America/New_York"),
        ("London, UK", "Europe/London"),
        ("Vancouver, Canada", "America/Vancouver"),
        ("Birmingham, UK", "Europe/London"),  # of the towns of that name, the one in the UK
        ("Birmingham, USA", "America/Chicago"),
    ],
)
def test_a_city_and_its_country_is_the_city(text: str, zone: str) -> None:
    # The way people write where they live: the city named is the answer, not a choice among
    # the country's zones ("Canada has several time zones...") or a question to confirm.
    reading = read_zone(text)
    assert reading is not None and reading.certainty == Certainty.SURE
    assert reading.zones == (zone,)


def test_a_country_with_several_zones_offers_a_choice() -> None:
    reading = read_zone("USA")
    assert reading is not None and reading.certainty == Certainty.CHOICE
    assert {"America/New_York", "America/Chicago", "America/Los_Angeles"} <= set(reading.zones)
    assert len(reading.zones) == len(reading.labels) and "Chicago" in reading.labels


@pytest.mark.parametrize("text", ["pizza", "asdf", "12345", "😂😂", "/start", "the", "", "   "])
def test_what_is_not_a_zone_is_declined(text: str) -> None:
    assert read_zone(text) is None


# -- in the chat ----------------------------------------------------------------------------------


async def ask_zone(double: BotApiDouble, user_id: int) -> tuple[SimulatedUser, ChatMessage]:
    """/start, pick 08:00, tap "Other" under the zones; returns the person and that message."""
    user = double.user(user_id, first_name="Kemi", language_code="en")
    await user.send("/start")
    _welcome, ask_time = await user.wait_for_messages(2)
    await user.tap(ask_time, "08:00")
    await user.wait_for_edit(ask_time)
    await user.tap(ask_time, "Other: type your city…")
    await user.wait_for_edit(ask_time)
    return user, ask_time


async def stored_zone(bot: Services, chat_id: int) -> str | None:
    row = await subscribers.get_subscriber(bot.require_db(), chat_id)
    assert row is not None
    return row.timezone


@pytest.mark.parametrize(
    ("typed", "zone"),
    [("Tokyo", "Asia/Tokyo"), ("São Paulo", "America/Sao_Paulo"), ("lagos", "Africa/Lagos")],
)
async def test_a_typed_city_is_taken(
    double: BotApiDouble, bot: Services, typed: str, zone: str
) -> None:
    kemi, prompt = await ask_zone(double, 3001)
    assert "city or country" in prompt.text
    await kemi.send(typed)
    (done,) = await kemi.wait_for_messages(1)
    assert "All set" in done.text and zone in done.text
    assert await stored_zone(bot, kemi.id) == zone


async def test_est_means_new_york_after_a_confirmation(double: BotApiDouble, bot: Services) -> None:
    kemi, _ = await ask_zone(double, 3002)
    await kemi.send("EST")
    (question,) = await kemi.wait_for_messages(1)
    assert "Did you mean" in question.text and "America/New_York" in question.text
    assert await stored_zone(bot, kemi.id) is None  # nothing stored until they say yes
    await kemi.tap(question, question.buttons[0].text)
    await kemi.wait_for_edit(question)
    assert "All set" in question.text
    assert await stored_zone(bot, kemi.id) == "America/New_York"  # with summer time, not UTC-5


async def test_a_wrong_guess_can_be_typed_again(double: BotApiDouble, bot: Services) -> None:
    kemi, _ = await ask_zone(double, 3003)
    await kemi.send("Berln")
    (question,) = await kemi.wait_for_messages(1)
    assert "Berlin" in question.text
    await kemi.tap(question, "No, let me type it again")
    await kemi.wait_for_edit(question)
    await kemi.send("Madrid")
    (done,) = await kemi.wait_for_messages(1)
    assert "All set" in done.text
    assert await stored_zone(bot, kemi.id) == "Europe/Madrid"


async def test_a_country_with_several_zones_asks_which_city(
    double: BotApiDouble, bot: Services
) -> None:
    kemi, _ = await ask_zone(double, 3004)
    await kemi.send("Australia")
    (choice,) = await kemi.wait_for_messages(1)
    assert "several time zones" in choice.text
    assert "Perth" in [b.text for b in choice.buttons]
    await kemi.tap(choice, "Perth")
    await kemi.wait_for_edit(choice)
    assert await stored_zone(bot, kemi.id) == "Australia/Perth"

    await kemi.send("/time")
    (ask_time,) = await kemi.wait_for_messages(1)
    await kemi.tap(ask_time, "Keep my current time")
    await kemi.wait_for_edit(ask_time)
    await kemi.tap(ask_time, "Other: type your city…")
    await kemi.wait_for_edit(ask_time)
    await kemi.send("Japan")  # a country with one zone is taken at once
    (done,) = await kemi.wait_for_messages(1)
    assert "All set" in done.text
    assert await stored_zone(bot, kemi.id) == "Asia/Tokyo"


async def test_not_a_zone_gets_a_kind_word_and_the_question_stays_open(
    double: BotApiDouble, bot: Services
) -> None:
    kemi, _ = await ask_zone(double, 3005)
    await kemi.send("pizza")
    (reply,) = await kemi.wait_for_messages(1)
    assert "couldn't tell which time zone" in reply.text
    assert await stored_zone(bot, kemi.id) is None
    await kemi.send("Berlin")
    (done,) = await kemi.wait_for_messages(1)
    assert "All set" in done.text
    assert await stored_zone(bot, kemi.id) == "Europe/Berlin"


@pytest.mark.parametrize("typed", ["UTC-13", "UTC-14", "UTC+14:30", "GMT-12:30", "+15"])
async def test_an_offset_no_place_keeps_is_refused_with_the_range_and_nothing_stored(
    double: BotApiDouble, bot: Services, typed: str
) -> None:
    kemi, _ = await ask_zone(double, 3006)
    await kemi.send(typed)
    (reply,) = await kemi.wait_for_messages(1)
    assert "UTC offsets go from UTC-12:00 to UTC+14:00" in reply.text
    assert "All set" not in reply.text
    assert await stored_zone(bot, kemi.id) is None
    await kemi.send("UTC-12")  # the question stays open; the westernmost offset is real
    (done,) = await kemi.wait_for_messages(1)
    assert "All set" in done.text
    assert await stored_zone(bot, kemi.id) == "UTC-12:00"
