"""Storing the daily lesson's time and zone, and asking for whichever is still missing.

/time (handlers/timing.py), /start, /resume and the course's buttons ask through here; once both
are known, the next lesson's time is stored and said.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from html import escape

from telegram import InlineKeyboardButton, Update

import views
from handlers import conversation
from handlers.common import current_subscriber, position_of, send, show
from handlers.context import BotContext
from handlers.conversation import Expecting
from journey import timeplan
from journey.timeplan import parse_zone
from journey.zones import zone_index
from storage import subscribers
from storage.subscribers import Status
from views.callbacks import CourseData, TimeData


def due_at(subscriber: subscribers.Subscriber, now: datetime) -> int | None:
    """The next push instant for a subscriber with a time and zone, as Unix seconds."""
    return timeplan.due_at(subscriber.push_time, subscriber.timezone, now)


def describe_next(when: int, zone: str) -> str:
    local = datetime.fromtimestamp(when, parse_zone(zone))
    return local.strftime("%a %d %b at %H:%M")


async def ask_for_time(
    update: Update,
    context: BotContext,
    *,
    first_time: bool = False,
    note: str = "",
    below: bool = False,
) -> None:
    """Offer common times for the daily lesson; `note` says first why a typed one was not taken.

    A button's answer replaces the tapped message, unless `below`: then it comes as a new one.
    """
    subscriber = await current_subscriber(update, context)
    if first_time:
        text = (
            "I'll send you one short lesson a day. ⏰ <b>What time suits you?</b>\n"
            "Tap a time, or type one like <b>19:30</b> or <b>7pm</b>. "
            "You can change it any time with /time."
        )
    elif subscriber.scheduled:
        text = (
            f"Your daily lesson comes at <b>{subscriber.push_time}</b> "
            f"({escape(subscriber.timezone or '')}). Pick a new time, or keep it and change "
            "only the time zone."
        )
    else:
        text = (
            "⏰ <b>What time would you like your daily lesson?</b>\n"
            "Tap a time, or type one like <b>19:30</b> or <b>7pm</b>."
        )
    if note:
        text = f"{note}\n\n{text}"
    keyboard = views.time_keyboard(include_keep=subscriber.scheduled and not first_time)
    # Noted before the question is on screen, so the update is settled once it shows.
    await conversation.expect(update, context, Expecting.TIME_OR_TAP)  # typing one works too
    await (send if below else show)(update, context, text, keyboard)


async def save_choice(
    update: Update,
    context: BotContext,
    *,
    push_time: str | None = None,
    zone: str | None = None,
    country: str | None = None,
    understood: str = "",
    instead: str | None = None,
) -> None:
    """Store a chosen time or zone; confirm once both are known, else ask for the other one.

    `country` is the ISO code of the city or country typed for a new `zone`; None for a zone
    from a shared button, an offset or a local time, which the crisis lines then read with care.
    `instead` is the afternoon hour a bare "3" may have meant, offered as one tap.
    """
    now = context.services.clock.now()
    subscriber = await current_subscriber(update, context)
    push_time = push_time or subscriber.push_time
    if zone is None:
        zone, country = subscriber.timezone, subscriber.zone_country
    when = None
    if push_time and zone and subscriber.status == Status.ACTIVE:
        when = timeplan.due_at(push_time, zone, now)
    await subscribers.set_schedule(
        context.db,
        subscriber.chat_id,
        push_time=push_time,
        timezone=zone,
        next_due_at=when,
        now=now,
        zone_country=country,
    )
    if not zone:
        await ask_for_zone(update, context, push_time, instead)
        return
    if not push_time:
        await ask_for_time(update, context)
        return
    place = f" ({escape(understood)})" if understood and understood != zone else ""
    text = f"✅ All set: your daily lesson comes at <b>{push_time}</b>, {escape(zone)} time{place}."
    if when is not None:
        text += f"\nThe next one arrives {describe_next(when, zone)}."
    elif subscriber.status == Status.PAUSED:
        text += "\nYour lessons are paused; /resume switches them back on."
    text += "\n\nChange it with /time, or take a break with /pause."
    keyboard = await way_on(context, subscriber)
    if instead is not None:
        text = f"{text}\n\n{_night_note(push_time, instead)}"
        keyboard = views.Keyboard([[_instead_button(instead)], *keyboard.inline_keyboard])
    await show(update, context, text, keyboard)


def _night_note(night: str, day: str) -> str:
    """A bare "3" is taken as typed, with the afternoon one tap away: a lesson at 3 a.m. wakes."""
    when = "midnight" if night == "00:00" else "at night" if night < "05:00" else "early morning"
    return f"<b>{night}</b> is {when}. Did you mean <b>{day}</b>? Tap below to change it."


def _instead_button(day: str) -> InlineKeyboardButton:
    return views.button(f"Make it {day} instead", TimeData(day.replace(":", "")))


async def way_on(context: BotContext, subscriber: subscribers.Subscriber) -> views.Keyboard:
    """After setting the time, the course is one tap away: no waiting for tomorrow."""
    position = await position_of(context, subscriber)
    if not position.started:
        way = views.button("Start lesson 1 now ▶", CourseData("start"))
    elif not position.finished:
        way = views.button("Continue the course ▶", CourseData("next"))
    else:
        return views.Keyboard([[views.menu_button()]])
    return views.Keyboard([[way], [views.menu_button()]])


async def ask_for_zone(
    update: Update, context: BotContext, push_time: str | None = None, instead: str | None = None
) -> None:
    """Offer common zones; meanwhile the index for typed ones is loaded, off the event loop."""
    asyncio.get_running_loop().run_in_executor(None, zone_index)
    chosen = f"<b>{push_time}</b> it is. " if push_time else ""
    keyboard = views.zone_keyboard()
    if push_time and instead:
        chosen += f"({_night_note(push_time, instead)})\n\n"
        keyboard = views.Keyboard([*keyboard.inline_keyboard, [_instead_button(instead)]])
    await conversation.expect(update, context, Expecting.ZONE_OR_TAP)  # typing one works too
    await show(
        update,
        context,
        f"{chosen}🌍 <b>Which time zone are you in?</b>\nPick one, or type your city "
        "or country, or what time it is for you right now.",
        keyboard,
    )
