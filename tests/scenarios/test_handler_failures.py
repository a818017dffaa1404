"""A handler that fails for real: the person gets an apology, the log gets the context."""

from __future__ import annotations

import logging
import re
import sqlite3

import pytest
from telegram.ext import Application

from handlers.flood import FLOOD_KEY, NOTICE
from storage import counts
from tests.conftest import TOKEN
from tests.scenarios.test_hardening import (
    APOLOGY,
    assert_no_errors,
    error_records,
    frozen_flood_control,
    services_of,
    settle,
    subscribe,
    texts,
)
from tests.stored import counted
from tgdouble.server import BotApiDouble

# -- a handler that fails for real --------------------------------------------------------------


def assert_logged_with_context(
    caplog: pytest.LogCaptureFixture, update_id: int, kind: str, chat_id: int
) -> None:
    """One ERROR record naming the update and chat, and no trace of the token anywhere."""
    (record,) = error_records(caplog)
    assert f"update {update_id} ({kind}) in chat {chat_id}" in record.getMessage()
    assert record.exc_info is not None, "the traceback belongs in the log"
    formatter = logging.Formatter()
    everything = "\n".join(formatter.format(r) for r in caplog.records)
    assert TOKEN not in everything and TOKEN.split(":", 1)[1] not in everything


async def test_a_failed_edit_inside_a_button_gets_an_apology(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    services = services_of(app)
    alice, welcome = await subscribe(double)
    double.inject_fault("server_error", method="editMessageText")

    await alice.tap(welcome, "☰ Menu")
    update_id = double.pending_updates[-1]["update_id"]
    (apology,) = await alice.wait_for_messages(1)
    assert APOLOGY in apology.text
    await settle(double, app)

    assert await counted(services.require_db(), counts.ERRORS) == 1
    assert_logged_with_context(caplog, update_id, "callback", alice.id)
    assert double.unanswered_callbacks() == []


@pytest.mark.sqlite  # damages the file from outside
async def test_a_broken_database_table_gets_an_apology(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    services = services_of(app)
    alice, _ = await subscribe(double)
    await settle(double, app)
    # Another process damages the schema under the running bot.
    with sqlite3.connect(services.config.database_path) as damage:
        damage.execute("ALTER TABLE quiz_answers RENAME TO quiz_answers_lost")

    await alice.send("/progress")
    update_id = double.pending_updates[-1]["update_id"]
    (apology,) = await alice.wait_for_messages(1)
    assert APOLOGY in apology.text
    await settle(double, app)

    assert await counted(services.require_db(), counts.ERRORS) == 1
    assert_logged_with_context(caplog, update_id, "message", alice.id)
    assert re.search(r"quiz_answers", caplog.text)


async def test_a_flood_of_taps_does_not_hold_up_anyone_else(
    double: BotApiDouble, app: Application, caplog: pytest.LogCaptureFixture
) -> None:
    """More queued taps than the bot handles at once still leave room for everyone else."""
    services = services_of(app)
    alice, welcome = await subscribe(double)
    frozen_flood_control(services)
    double.latency = 0.2  # Alice's first nine taps take two slow requests each
    ben = double.user(3002, "Ben")

    for _ in range(300):
        double.press(alice, welcome, "menu")
    await ben.send("/menu")
    (menu,) = await ben.wait_for_messages(1, timeout=30)
    assert "Pick a topic" in menu.text
    await settle(double, app)

    assert texts(alice.read()) == [NOTICE]
    order = [(d.chat_id, d.text) for d in double.deliveries]
    assert order.index((ben.id, menu.text)) < order.index((alice.id, NOTICE)), order
    assert len(double.unanswered_callbacks()) == services.extra[FLOOD_KEY].dropped - 1
    await assert_no_errors(services, caplog)
