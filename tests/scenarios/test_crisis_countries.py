"""Whose crisis lines a person sees: a place they typed, else their shared zone button read with
their Telegram language, else the international set; and a wrong helplines.yaml entry costs only
its own country its lines."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import pytest
import yaml

from handlers.context import Services
from journey.clock import FakeClock
from settings.config import Config
from tests.conftest import BotRunner
from tests.coursefiles import copy_course
from tests.scenarios.test_scenario import app_logs
from tgdouble import SimulatedUser
from tgdouble.server import BotApiDouble

CRISIS_TEXT = "I want to kill myself"
GERMAN = ("TelefonSeelsorge", "Emergency services (Germany)")


async def on_the_berlin_paris_button(
    double: BotApiDouble, user_id: int, language_code: str | None
) -> SimulatedUser:
    """Someone who starts, taps 08:00, then the shared "Berlin / Paris" zone button."""
    user = double.user(user_id, first_name="Sam", language_code=language_code)
    await user.send("/start")
    _welcome, ask = await user.wait_for_messages(2)
    await user.tap(ask, "08:00")
    await user.wait_for_edit(ask)
    await user.tap(ask, "Berlin / Paris")
    done = await user.wait_for_edit(ask)
    assert "All set" in done.text and "Europe/Berlin" in done.text
    return user


async def crisis_reply(user: SimulatedUser) -> str:
    await user.send(CRISIS_TEXT)
    (reply,) = await user.wait_for_messages(1)
    return reply.html or ""


async def test_french_on_the_shared_button_gets_the_french_lines(
    double: BotApiDouble, bot: Services
) -> None:
    amelie = await on_the_berlin_paris_button(double, 9901, "fr")
    html = await crisis_reply(amelie)
    assert "3114" in html and "Emergency services (France)" in html
    assert not any(german in html for german in GERMAN)
    assert html.index("3114") < html.index("findahelpline.com")


async def test_spanish_on_the_shared_button_gets_the_spanish_lines(
    double: BotApiDouble, bot: Services
) -> None:
    juan = await on_the_berlin_paris_button(double, 9902, "es")
    html = await crisis_reply(juan)
    assert "024" in html and "Emergency services (Spain)" in html
    assert not any(german in html for german in GERMAN)


async def test_a_region_in_the_language_code_names_the_country(
    double: BotApiDouble, bot: Services
) -> None:
    """de-AT: Austria keeps Berlin's offset, so its lines rather than Germany's."""
    anna = await on_the_berlin_paris_button(double, 9906, "de-AT")
    html = await crisis_reply(anna)
    assert "Emergency services (Austria)" in html and "Call 142" in html
    assert "Emergency services (Germany)" not in html and "0800 111 0 111" not in html


async def test_english_on_the_shared_button_gets_the_international_set(
    double: BotApiDouble, bot: Services
) -> None:
    """English says nothing about which of Berlin's neighbours: 112 and findahelpline.com."""
    sam = await on_the_berlin_paris_button(double, 9903, "en")
    html = await crisis_reply(sam)
    assert html == bot.require_course().crisis.html
    assert "112" in html and "findahelpline.com" in html
    assert not any(german in html for german in GERMAN)
    # The check-in, too, names no one country's line.
    await sam.send("I've decided tonight is the night, I've said my goodbyes")
    (check,) = await sam.wait_for_messages(1)
    assert "findahelpline.com" in check.text and "112 in the EU" in check.text
    assert "TelefonSeelsorge" not in check.text


async def test_a_typed_city_names_the_country_whatever_the_language(
    double: BotApiDouble, bot: Services
) -> None:
    """An English speaker who types "Paris" is in France; a French one who types "Berlin" is in
    Germany; one who confirms a misspelt city keeps that city's country too."""
    for user_id, language, typed, country in (
        (9904, "en", "Paris", "France"),
        (9905, "fr", "Berlin", "Germany"),
    ):
        user = double.user(user_id, first_name="Kim", language_code=language)
        await user.send("/start")
        _welcome, ask = await user.wait_for_messages(2)
        await user.tap(ask, "08:00")
        await user.wait_for_edit(ask)
        await user.tap(ask, "Other: type your city…")
        await user.wait_for_edit(ask)
        await user.send(typed)
        (done,) = await user.wait_for_messages(1)
        assert "All set" in done.text
        html = await crisis_reply(user)
        assert f"Emergency services ({country})" in html
        # A new lesson time keeps the zone, and the country typed for it.
        await user.send("/time")
        (ask_again,) = await user.wait_for_messages(1)
        await user.tap(ask_again, "07:00")
        changed = await user.wait_for_edit(ask_again)
        assert "07:00" in changed.text
        assert f"Emergency services ({country})" in await crisis_reply(user)

    lea = double.user(9907, first_name="Léa", language_code="en")
    await lea.send("/start")
    _welcome, ask = await lea.wait_for_messages(2)
    await lea.tap(ask, "08:00")
    await lea.wait_for_edit(ask)
    await lea.tap(ask, "Other: type your city…")
    await lea.wait_for_edit(ask)
    await lea.send("Marseile")
    (question,) = await lea.wait_for_messages(1)
    assert "Did you mean" in question.text and "France" in question.text
    await lea.tap(question, question.buttons[0].text)
    done = await lea.wait_for_edit(question)
    assert "All set" in done.text
    assert "Emergency services (France)" in await crisis_reply(lea)


async def test_without_a_zone_the_international_set(double: BotApiDouble, bot: Services) -> None:
    nour = double.user(9908, first_name="Nour", language_code="fr")
    await nour.send("/start")
    await nour.wait_for_messages(2)
    html = await crisis_reply(nour)
    assert html == bot.require_course().crisis.html
    assert "112" in html and "findahelpline.com" in html


@pytest.fixture
def broken_germany(tmp_path: Path, config: Config) -> Config:
    """The course with a typo in Germany's entry: `emergncy` for `emergency`."""
    course = copy_course(tmp_path)
    path = course / "helplines.yaml"
    text = path.read_text("utf-8")
    german = text.index("  DE:\n")
    typo = text.index('    emergency: "112"', german)
    path.write_text(text[:typo] + '    emergncy: "112"' + text[typo + 20 :], "utf-8")
    assert yaml.safe_load(path.read_text("utf-8"))["countries"]["DE"]["emergncy"] == "112"
    return dataclasses.replace(config, content_dir=course)


async def test_a_wrong_entry_costs_only_its_own_country_its_lines(
    double: BotApiDouble,
    broken_germany: Config,
    clock: FakeClock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    runner = BotRunner(broken_germany, clock)
    try:
        await runner.start()
        amelie = await on_the_berlin_paris_button(double, 9911, "fr")
        assert "Emergency services (France)" in await crisis_reply(amelie)
        klaus = await on_the_berlin_paris_button(double, 9912, "de")
        html = await crisis_reply(klaus)
        assert "TelefonSeelsorge" not in html and "112" in html
        assert "findahelpline.com" in html
    finally:
        await runner.stop_all()
    logs = app_logs(caplog)
    assert "countries.DE" in logs and "emergncy" in logs
    assert "countries.FR" not in logs
    assert "kill myself" not in logs.lower()
