"""US states whose names mean something else too: Georgia the country, Washington, D.C.; a town
typed with its state; Canada's provinces and Australia's states; and the crisis lines that follow
from the place chosen."""

from __future__ import annotations

import pytest

from handlers.context import Services
from journey.named_zones import Certainty
from journey.zones import read_zone
from tests.journey.test_zones import ask_zone, stored_zone
from tgdouble import SimulatedUser
from tgdouble.server import BotApiDouble

US_LINE = "chat at 988lifeline.org"  # the US entry; the international set has only 988


@pytest.mark.parametrize(
    ("text", "zones", "labels"),
    [
        (
            "Georgia",
            ("Asia/Tbilisi", "America/New_York"),
            ("Georgia, the country (Tbilisi)", "Georgia, the US state (Eastern)"),
        ),
        (
            "Washington",
            ("America/Los_Angeles", "America/New_York"),
            ("Washington state (Pacific)", "Washington, District of Columbia (Eastern)"),
        ),
    ],
)
def test_a_state_named_like_a_country_or_a_capital_is_a_choice(
    text: str, zones: tuple[str, ...], labels: tuple[str, ...]
) -> None:
    reading = read_zone(text)
    assert reading is not None and reading.certainty == Certainty.CHOICE
    assert reading.zones == zones and reading.labels == labels


@pytest.mark.parametrize(
    ("text", "zone", "country"),
    [
        ("Georgia, USA", "America/New_York", "US"),
        ("Georgia USA", "America/New_York", "US"),
        ("Atlanta, Georgia", "America/New_York", "US"),
        ("Savannah, Georgia", "America/New_York", "US"),
        ("Tbilisi, Georgia", "Asia/Tbilisi", "GE"),
        ("Batumi", "Asia/Tbilisi", "GE"),
        ("Washington state", "America/Los_Angeles", "US"),
        ("Seattle, Washington", "America/Los_Angeles", "US"),
        ("Washington DC", "America/New_York", "US"),
        ("Springfield, Illinois", "America/Chicago", "US"),
        ("Texas", "America/Chicago", "US"),
        ("Wyoming", "America/Denver", "US"),  # Wyoming, Michigan is a small town
    ],
)
def test_a_place_and_its_region_or_a_state_alone_is_taken(
    text: str, zone: str, country: str
) -> None:
    reading = read_zone(text)
    assert reading is not None and reading.certainty == Certainty.SURE
    assert reading.zones == (zone,) and reading.country == country


@pytest.mark.parametrize(
    ("text", "zone", "country"),
    [
        ("Ontario", "America/Toronto", "CA"),  # not Ontario, California
        ("Alberta", "America/Edmonton", "CA"),
        ("Nova Scotia", "America/Halifax", "CA"),
        ("British Columbia", "America/Vancouver", "CA"),  # not "British Time"
        ("New South Wales", "Australia/Sydney", "AU"),  # not Wales
        ("Queensland", "Australia/Brisbane", "AU"),
        ("Tasmania", "Australia/Hobart", "AU"),
        ("Victoria, Australia", "Australia/Melbourne", "AU"),  # not Hong Kong
        ("Victoria BC", "America/Vancouver", "CA"),
        ("Northern Ireland", "Europe/London", "GB"),  # not Ireland
        ("NZ", "Pacific/Auckland", "NZ"),
    ],
)
def test_a_province_or_state_elsewhere_is_taken(text: str, zone: str, country: str) -> None:
    reading = read_zone(text)
    assert reading is not None and reading.certainty == Certainty.SURE
    assert reading.zones == (zone,) and reading.country == country


def test_victoria_alone_asks_which_and_a_continent_asks_for_the_city() -> None:
    reading = read_zone("Victoria")
    assert reading is not None and reading.certainty == Certainty.CHOICE
    assert reading.zones == ("Australia/Melbourne", "America/Vancouver", "Indian/Mahe")
    assert reading.countries == ("AU", "CA", "SC")
    assert read_zone("Asia") is None and read_zone("Europe") is None


@pytest.mark.parametrize(
    ("text", "zone", "certainty"),
    [
        ("Ontario, California", "America/Los_Angeles", Certainty.SURE),  # the town, not Toronto
        ("Victoria, Seychelles", "Indian/Mahe", Certainty.SURE),
        ("Victoria, Texas", "America/Chicago", Certainty.GUESS),  # the state's clock, confirmed
        ("Ontario, Canada", "America/Toronto", Certainty.SURE),
        ("Seattle, WA", "America/Los_Angeles", Certainty.GUESS),  # WA the state, not Wa, Ghana
        ("Perth, WA", "Australia/Perth", Certainty.GUESS),
        ("Melbourne, VIC", "Australia/Melbourne", Certainty.GUESS),  # not Vic, Spain
        ("El Paso, Texas", "America/Denver", Certainty.GUESS),  # the town's clock, not Texas's
    ],
)
def test_a_region_s_name_used_by_a_town_elsewhere_is_read_with_what_follows_it(
    text: str, zone: str, certainty: Certainty
) -> None:
    reading = read_zone(text)
    assert reading is not None and reading.zones == (zone,) and reading.certainty == certainty


async def crisis_lines(user: SimulatedUser) -> str:
    await user.send("/sos")
    (reply,) = await user.wait_for_messages(1)
    return reply.html or ""


async def test_georgia_asks_which_and_the_us_state_gets_eastern_time_and_us_lines(
    double: BotApiDouble, bot: Services
) -> None:
    dana, _ = await ask_zone(double, 3201)
    await dana.send("Georgia")
    (question,) = await dana.wait_for_messages(1)
    assert "more than one Georgia" in question.text
    assert [b.text for b in question.buttons] == [
        "Georgia, the country (Tbilisi)",
        "Georgia, the US state (Eastern)",
        "Another place",
    ]
    assert await stored_zone(bot, dana.id) is None
    await dana.tap(question, "Georgia, the US state (Eastern)")
    await dana.wait_for_edit(question)
    assert "All set" in question.text and "America/New_York" in question.text
    assert US_LINE in await crisis_lines(dana)


async def test_georgia_the_country_keeps_tbilisi_time(double: BotApiDouble, bot: Services) -> None:
    nino, _ = await ask_zone(double, 3202)
    await nino.send("Georgia")
    (question,) = await nino.wait_for_messages(1)
    await nino.tap(question, "Georgia, the country (Tbilisi)")
    await nino.wait_for_edit(question)
    assert await stored_zone(bot, nino.id) == "Asia/Tbilisi"
    assert US_LINE not in await crisis_lines(nino)


async def test_washington_asks_state_or_dc(double: BotApiDouble, bot: Services) -> None:
    sam, _ = await ask_zone(double, 3203)
    await sam.send("Washington")
    (question,) = await sam.wait_for_messages(1)
    await sam.tap(question, "Washington, District of Columbia (Eastern)")
    await sam.wait_for_edit(question)
    assert await stored_zone(bot, sam.id) == "America/New_York"


async def test_victoria_asks_and_australia_gets_its_own_lines(
    double: BotApiDouble, bot: Services
) -> None:
    mia, _ = await ask_zone(double, 3205)
    await mia.send("Victoria")
    (question,) = await mia.wait_for_messages(1)
    assert [b.text for b in question.buttons][:2] == [
        "Victoria, Australia (Melbourne)",
        "Victoria, Canada (British Columbia)",
    ]
    await mia.tap(question, "Victoria, Australia (Melbourne)")
    await mia.wait_for_edit(question)
    assert await stored_zone(bot, mia.id) == "Australia/Melbourne"
    assert "13 11 14" in await crisis_lines(mia)


@pytest.mark.parametrize(
    ("text", "zone"),
    [("Birmingham, Alabama", "America/Chicago"), ("Aurora Colorado", "America/Denver")],
)
def test_a_town_of_a_shared_name_with_its_state_is_that_town(text: str, zone: str) -> None:
    reading = read_zone(text)  # each was a guess at the state alone
    assert reading is not None and reading.certainty == Certainty.SURE
    assert reading.zones == (zone,) and reading.country == "US"


async def test_birmingham_in_the_uk_gets_the_uk_lines(double: BotApiDouble, bot: Services) -> None:
    ali, _ = await ask_zone(double, 3206)
    await ali.send("Birmingham")
    (question,) = await ali.wait_for_messages(1)
    await ali.tap(question, "Birmingham, United Kingdom")
    await ali.wait_for_edit(question)
    assert await stored_zone(bot, ali.id) == "Europe/London"
    assert "jo@samaritans.org" in await crisis_lines(ali)  # the UK's own entry
