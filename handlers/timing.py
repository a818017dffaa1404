"""/time: when the daily lesson arrives, in the subscriber's own time zone."""

from __future__ import annotations

import asyncio
import logging
import re
from html import escape

from telegram import InlineKeyboardButton, Update
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

import views
from handlers import conversation
from handlers.ask import command_meant
from handlers.commands import commands
from handlers.common import answer, current_subscriber, pressed, send, show
from handlers.context import BotContext
from handlers.conversation import Expecting
from handlers.schedule import ask_for_time, ask_for_zone, save_choice
from journey.named_zones import Certainty
from journey.timeplan import (
    TimeInputError,
    canonical_zone,
    looks_like_question,
    mentions_a_time,
    night_or_day,
    offset_from_local_time,
    parse_hhmm,
    parse_zone,
    split_time,
    zone_name,
)
from journey.zones import read_zone, zone_index
from views import smalltalk
from views.callbacks import PlaceData, TimeData, ZoneData

logger = logging.getLogger(__name__)

ZONE_PROMPT = (
    "Where are you? Type your city or country, like <b>Tokyo</b>, <b>São Paulo</b> or "
    "<b>Kenya</b>, or a zone like <b>EST</b> or <b>UTC+2</b>.\n"
    "Or type what time it is for you right now, like <b>14:05</b>."
)
ISO_CODE = re.compile(r"[A-Z]{2}")  # ISO 3166-1 alpha-2, as a typed place's button carries it
NOT_A_ZONE = (
    "I couldn't tell which time zone that is. Try the nearest big city, like <b>Madrid</b>, "
    "or your country, or what time it is for you now, like <b>14:05</b>."
)


NOT_EITHER = (
    "I couldn't read that as a time, like <b>7pm</b>, or a place, like <b>Madrid</b>. "
    "Tap a time below, or try /time again."
)


async def time_command(update: Update, context: BotContext) -> None:
    """Change the daily lesson time or time zone; "/time 8pm" or "/time Berlin" says it at once."""
    await conversation.clear(update, context)
    typed = " ".join(context.args or [])
    note = await _said_with_command(update, context, typed) if typed else ""
    if note is not None:
        await ask_for_time(update, context, note=note)


async def _said_with_command(update: Update, context: BotContext, typed: str) -> str | None:
    """Take a time or a place typed after /time: None once taken, else why it was not."""
    await current_subscriber(update, context)
    try:
        push_time = parse_hhmm(typed)
    except TimeInputError as exc:
        not_a_time = str(exc)
    else:
        await save_choice(update, context, push_time=push_time, instead=_or_the_day(typed))
        return None
    if await _time_and_place(update, context, typed):
        return None
    try:
        await _typed_zone(update, context, typed)
    except TimeInputError as exc:
        # "/time 25" is a try at a time, "/time Atlantis" at a place: each is told what went wrong.
        if mentions_a_time(typed):
            return not_a_time
        return NOT_EITHER if str(exc) == NOT_A_ZONE else str(exc)
    return None


async def _time_and_place(update: Update, context: BotContext, text: str) -> bool:
    """A time and a place in one message, both taken at once; False when it is not that."""
    split = split_time(text)
    if split is None:
        return False
    push_time, place = split
    index = await asyncio.to_thread(zone_index)  # loaded once, off the event loop
    reading = read_zone(place, index)
    if reading is None or reading.certainty != Certainty.SURE:
        return False
    await conversation.clear(update, context)
    await save_choice(
        update,
        context,
        push_time=push_time,
        zone=reading.zones[0],
        country=reading.country or None,
        understood=reading.label,
    )
    return True


async def time_chosen(update: Update, context: BotContext) -> None:
    """A time button was tapped."""
    await answer(update)
    await current_subscriber(update, context)  # a stale button after /forget stores nothing
    value = pressed(update, TimeData).value
    if value == "other":
        await conversation.expect(update, context, Expecting.TIME)
        await show(
            update, context, "Type the time you'd like, for example <b>07:30</b> or <b>7pm</b>."
        )
        return
    if value == "keep":
        await ask_for_zone(update, context)
        return
    try:
        push_time = parse_hhmm(value[:2] + ":" + value[2:])
    except TimeInputError:
        await show(
            update,
            context,
            "That button has expired. Here are the times again:",
            views.time_keyboard(),
        )
        return
    await conversation.clear(update, context)  # answered by the button
    await save_choice(update, context, push_time=push_time)


def _or_the_day(typed: str) -> str | None:
    """For a bare small hour ("3", "0"), the afternoon one it may have meant; else None."""
    either = night_or_day(typed)
    return either[1] if either is not None else None


async def zone_chosen(update: Update, context: BotContext) -> None:
    """A time-zone button was tapped: a shared one, or a zone offered for a typed reading."""
    await _zone_tapped(update, context, pressed(update, ZoneData).zone, None)


async def place_chosen(update: Update, context: BotContext) -> None:
    """A zone was confirmed for the city or country the person typed."""
    place = pressed(update, PlaceData)
    country = place.country if ISO_CODE.fullmatch(place.country) else None
    await _zone_tapped(update, context, place.zone, country)


async def _zone_tapped(
    update: Update, context: BotContext, value: str, country: str | None
) -> None:
    """Store a tapped zone, or ask again for one that no longer reads."""
    await answer(update)
    if value == "other":
        await conversation.expect(update, context, Expecting.ZONE)
        await show(update, context, ZONE_PROMPT)
        return
    zone = "UTC" if value == "UTC" else canonical_zone(value) or _offset(value)
    if zone is None:
        await show(
            update,
            context,
            "That button has expired. Here are the zones again:",
            views.zone_keyboard(),
        )
        return
    await conversation.clear(update, context)
    await save_choice(update, context, zone=zone, country=country)


def _offset(value: str) -> str | None:
    """A fixed offset offered for a local time typed ("UTC+1100"), as stored; else None."""
    if not value.startswith("UTC"):
        return None
    try:
        return zone_name(parse_zone(value))
    except TimeInputError:
        return None


def _zone_button(text: str, zone: str, country: str) -> InlineKeyboardButton:
    """A button for a zone read from a typed place: it keeps the place's country, if any."""
    return views.button(text, PlaceData(zone, country) if country else ZoneData(zone))


async def handle_typed_answer(update: Update, context: BotContext) -> bool:
    """Take a typed time or zone if we asked for one; return True if the text was used."""
    awaiting = await conversation.expected(update, context)
    message = update.effective_message
    if awaiting is None or message is None or not message.text:
        return False
    text = message.text.strip()
    optional = awaiting in (Expecting.TIME_OR_TAP, Expecting.ZONE_OR_TAP)
    if optional and looks_like_question(text):
        return False  # asked while buttons wait for a tap: answered as usual
    if command_meant(text, commands(context.course)) is not None:
        return False  # "sos", "help": pointed to that command; the question still waits
    if smalltalk.read(text) is not None:
        return False  # "ok", "thanks": a kind word back, saying the question still waits
    try:
        if awaiting in (Expecting.TIME, Expecting.TIME_OR_TAP):
            try:
                push_time = parse_hhmm(text)
            except TimeInputError:
                if await _time_and_place(update, context, text):
                    return True  # "7pm Tokyo": the time and the zone at once
                if optional and not mentions_a_time(text):
                    return False  # "hello", "my phone died": not a try at a time
                raise
            await conversation.clear(update, context)
            await save_choice(update, context, push_time=push_time, instead=_or_the_day(text))
        else:
            await _typed_zone(update, context, text)
    except TimeInputError as exc:
        await send(update, context, f"{exc} Or send /menu to do something else.")
    return True


async def _typed_zone(update: Update, context: BotContext, text: str) -> None:
    """A typed place, zone or local time: take it, ask "did you mean", or offer a choice."""
    try:
        offset = offset_from_local_time(text, context.services.clock.now())
    except TimeInputError:
        pass
    else:
        # Asked, not taken: "7pm" here is as often the lesson time typed again as the clock now,
        # and a wrong offset would bring every lesson hours off.
        said = escape(parse_hhmm(text))
        keyboard = views.Keyboard(
            [
                # packed without its colon, which separates callback fields
                [views.button(f"Yes, it's {said} here now", ZoneData(offset.replace(":", "")))],
                [views.button("No, let me type my city", ZoneData("other"))],
            ]
        )
        question = (
            f"Is it <b>{said}</b> where you are right now? Then your clock is <b>{offset}</b>. "
            "A fixed offset does not follow summer time; typing your city does."
        )
        await send(update, context, question, keyboard)
        return
    # The index takes about a fifth of a second to load the first time: not on the event loop.
    index = await asyncio.to_thread(zone_index)
    reading = read_zone(text, index)
    if reading is None:
        raise TimeInputError(NOT_A_ZONE)
    if reading.certainty == Certainty.SURE:
        await conversation.clear(update, context)
        await save_choice(
            update,
            context,
            zone=reading.zones[0],
            country=reading.country or None,
            understood=reading.label,
        )
        return
    if reading.certainty == Certainty.GUESS:
        zone = reading.zones[0]
        keyboard = views.Keyboard(
            [
                [_zone_button(f"Yes, {reading.label}"[:60], zone, reading.country)],
                [views.button("No, let me type it again", ZoneData("other"))],
            ]
        )
        question = f"Did you mean <b>{escape(reading.label)}</b> ({escape(zone)})?"
        await send(update, context, question, keyboard)
        return
    rows = [
        [_zone_button(label, zone, reading.country_of(option))]
        for option, (label, zone) in enumerate(zip(reading.labels, reading.zones, strict=True))
    ]
    if reading.places:  # towns of one name in different zones: which one, or none of them
        rows.append([views.button("Another place", ZoneData("other"))])
        question = (
            f"There's more than one <b>{escape(reading.label)}</b>, and their clocks differ. "
            "Which one is yours?"
        )
    else:
        rows.append([views.button("Somewhere else…", ZoneData("other"))])
        question = f"{escape(reading.label)} has several time zones. Which city is nearest to you?"
    await send(update, context, question, views.Keyboard(rows))


def handlers() -> list:
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("time", time_command, filters=private),
        CallbackQueryHandler(time_chosen, pattern=TimeData.pattern),
        CallbackQueryHandler(zone_chosen, pattern=ZoneData.pattern),
        CallbackQueryHandler(place_chosen, pattern=PlaceData.pattern),
    ]
