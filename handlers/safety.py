"""Crisis routing and /sos: crisis resources come first, whatever else is going on.

A message (typed, a photo's caption, an edit, or forwarded text) is judged by ``crisis.assess``
in the first handler group, and answered by its tier:
- the full crisis reply (clear risk; always for method-seeking and an overdose taken): the
  person's own country's lines first (when it can be known: content/whose_lines.py), then the
  emergency number and findahelpline.com, with grounding and a safety plan offered;
- a check-in ("ask, don't guess") for a risk signal that is not clearly a crisis: one direct
  question, the person's crisis line in one line, and three buttons. "I'm OK" closes nothing: the
  next risk message gets the check-in again;
- a caring reply for distress without risk (grounding, /sos), never the command pointer;
- the reply for helpers when the crisis is someone else's;
- for an overdose already taken, a medical emergency first: the emergency number of the person's
  country (or going to an emergency department) even if they feel fine, its poison-control line
  where one is listed, then the crisis lines; no grounding exercise;
- for signs of a physical emergency (chest pain, trouble breathing, fainting, a very high blood
  pressure reading), the emergency number first, whatever the tier below the crisis reply.
In a group, a message that signals a crisis (any tier but distress) and /sos get the
international lines briefly, with a button to go on in a private chat; nothing else runs there.
A question the bot was waiting for (a typed time or city) is still waiting after the reply, so a
crisis in the middle of setting up never loses the setup. In the middle of a safety plan, a check-in
comes first and the message still counts as the plan's answer.
An operator's /broadcast is not screened: its words are an announcement for the subscribers.
Only a count is kept; the message itself is never logged or stored, nor which reply it got.
"""

from __future__ import annotations

import logging
from datetime import timedelta
from html import escape

from telegram import InlineKeyboardButton, Update
from telegram.ext import (
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

import views
from content import helplines
from crisis import CHECK, CRISIS, DISTRESS, HELPER, body, check_in_answer
from handlers import answered, safety_plan
from handlers.common import answer, pressed, send
from handlers.context import BotContext
from handlers.safety_kind import (
    BODY,
    OVERDOSE,
    THEIR_OVERDOSE,
    CrisisFilter,
    GroupCrisisFilter,
    kind_of,
    message_text,
    reply_kind,
    verdict_of,
)
from journey.timeplan import TimeInputError, parse_zone
from storage import counts, subscribers
from views.callbacks import SosData

logger = logging.getLogger(__name__)

GROUP = -10  # before every other handler
HELPLINES_KEY = "helplines"  # Services.extra key: the parsed helplines.yaml, loaded on first use

CHECK_IN = (
    "I want to check in with you, because what you wrote matters to me.\n\n"
    "<b>Are you thinking about suicide or about hurting yourself?</b>\n\n"
    "If you need to talk to someone now: {line}"
)
STRUGGLING = (
    "Thank you for telling me. I'm glad you did. You don't have to carry this alone.\n\n"
    "Some things that can help right now:\n"
    "• Slow your breathing: in for 4, hold for 4, out for 6.\n"
    "• Tell one person you trust how you feel today.\n"
    "• A safety plan puts your own ways through a hard moment in one place.\n\n"
    "If it gets worse, tap /sos at any time for people you can talk to right now."
)
OK_REPLY = (
    "Thank you for letting me know. 💛 If that changes, now or later, I'm here: /sos shows "
    "people you can talk to at any time."
)
BODY_REPLY = (
    "⚠️ <b>What you describe can be a medical emergency.</b> Chest pain, trouble breathing, "
    "fainting, a seizure, a very high blood pressure reading or a sudden severe headache need help "
    "now: call {emergency} or go to the nearest emergency department. If you are still at the "
    "clinic, tell the staff straight away.\n\n"
    "A panic attack can feel just like this, and getting checked is still the right call. "
    "/sos shows people you can talk to at any time."
)
ANY_EMERGENCY = "your local emergency number (112 in most countries, 911 in North America)"
GROUP_REPLY = (
    "If you or someone here is going through a hard time, you can talk to someone right now. "
    "These services are free and confidential:\n\n{lines}\n\n"
    "I can say more in a private chat, where what you write stays between us."
)
PRIVATE_BUTTON = "Talk to me privately"
DISTRESS_REPLY = (
    "I'm sorry it feels this hard right now. 💛 What you're feeling matters.\n\n"
    "If it helps, try a short grounding exercise with me. And if things get heavier, /sos shows "
    "people you can talk to right now, any time of day."
)


def _helplines(context: BotContext) -> helplines.Helplines | None:
    """The crisis lines, read once; None (and the international reply) if the file is broken."""
    extra = context.services.extra
    if HELPLINES_KEY not in extra:
        try:
            extra[HELPLINES_KEY] = helplines.load(context.course.directory)
        except (OSError, ValueError) as exc:
            logger.error("Crisis lines unavailable, using the international set: %s", exc)
            extra[HELPLINES_KEY] = None
    return extra[HELPLINES_KEY]


async def _country(update: Update, context: BotContext) -> helplines.Country | None:
    """The country this person can be known to be in, if any; never an obstacle to the reply."""
    chat = update.effective_chat
    lines = _helplines(context)
    if chat is None or lines is None:
        return None
    try:
        subscriber = await subscribers.get_subscriber(context.db, chat.id)
    except Exception:  # the crisis reply must go out even if the database is down
        logger.exception("Could not read the time zone for the crisis reply")
        return None
    if subscriber is None or not subscriber.timezone:
        return None
    now = context.services.clock.now()
    try:
        offset = now.astimezone(parse_zone(subscriber.timezone)).utcoffset()
    except TimeInputError:
        offset = None  # a stored zone this tzdata no longer knows: the international set
    user = update.effective_user
    return lines.for_person(
        place=subscriber.zone_country,
        zone=subscriber.timezone,
        offset=offset,
        language_code=user.language_code if user else subscriber.language_code,
        now=now,
    )


async def crisis_html(update: Update, context: BotContext) -> str:
    """The full crisis reply: the person's country's lines when we know it, else the default."""
    crisis = context.course.crisis
    country = await _country(update, context)
    lines = _helplines(context)
    if country is None or lines is None:
        return crisis.html
    intro = crisis.html.rsplit("\n\n", 1)[0]  # the message before the default list
    return f"{intro}\n\n{helplines.lines_html(lines, country)}"


def crisis_keyboard() -> views.Keyboard:
    return views.crisis_keyboard()


def check_in_keyboard() -> views.Keyboard:
    return views.Keyboard(
        [
            [views.button("I'm not safe", SosData("unsafe"))],
            [views.button("I'm struggling", SosData("struggling"))],
            [views.button("I'm OK, just asking", SosData("ok"))],
        ]
    )


async def send_crisis_reply(update: Update, context: BotContext) -> None:
    """Send the full crisis reply to this chat."""
    await send(update, context, await crisis_html(update, context), crisis_keyboard())


def operator_announcement(update: Update, context: BotContext) -> bool:
    """An operator's /broadcast: words meant for the subscribers, which get their preview."""
    user, message = update.effective_user, update.effective_message
    if user is None or message is None or user.id not in context.services.config.admin_ids:
        return False
    command = (message.text or "").split(maxsplit=1)[0] if message.text else ""
    return command.split("@", 1)[0].lower() == "/broadcast"


async def crisis_reply(update: Update, context: BotContext) -> None:
    """Answer by tier; no other handler sees the message."""
    if operator_announcement(update, context):
        return  # the admin handler shows it as a preview, to be confirmed before it goes out
    text = message_text(update.effective_message)
    verdict = verdict_of(text)
    answering = verdict.tier in (CHECK, DISTRESS) and not safety_plan.in_progress(context)
    if answering and kind_of(text, verdict) != OVERDOSE and not body.urgent(text):
        if await answer_to_check_in(update, context, text):
            raise ApplicationHandlerStop
    kind = CHECK if verdict.tier == CHECK else kind_of(text, verdict) or verdict.tier
    answered.note_safety(update, context, kind)
    if kind in (OVERDOSE, THEIR_OVERDOSE):  # a CRISIS or HELPER verdict: ``kind`` is its kind
        routed = await context.services.count(counts.CRISIS_REPLIES)
        logger.info("Crisis routing (count %s)", routed or "?")
        await overdose_reply(update, context, theirs=kind == THEIR_OVERDOSE)
        raise ApplicationHandlerStop
    if verdict.tier not in (CRISIS, HELPER) and body.urgent(text):
        await body_reply(update, context)
        if verdict.tier != CHECK:
            raise ApplicationHandlerStop
    if verdict.tier == CHECK and safety_plan.in_progress(context):
        # Ask first; what they wrote is still their answer to the step (the plan's handler runs
        # next), so nothing typed is lost and the plan goes on.
        await check_in(update, context)
        return
    if verdict.tier == DISTRESS and safety_plan.in_progress(context):
        return  # someone writing their safety plan names hard feelings: that is the plan's answer
    if verdict.tier in (CRISIS, HELPER, CHECK):
        # Counted before the reply: one small write, and a failed one is skipped, never raised.
        routed = await context.services.count(counts.CRISIS_REPLIES)
        logger.info("Crisis routing (count %s)", routed or "?")
    if verdict.tier == HELPER:
        crisis = context.course.crisis
        await send(
            update, context, crisis.someone_else_html, views.Keyboard([[views.menu_button()]])
        )
    elif verdict.tier == CHECK:
        await check_in(update, context)
    elif verdict.tier == DISTRESS:
        await send(update, context, DISTRESS_REPLY, crisis_keyboard())
    else:  # the writer's own crisis, and whatever else got this far: never wrong
        await send_crisis_reply(update, context)
    if verdict.tier in (CRISIS, HELPER) and safety_plan.in_progress(context):
        # Help first; what they wrote is still their answer to the step ("when I start thinking
        # about killing myself" is a warning sign), so the plan goes on and nothing shifts.
        return
    raise ApplicationHandlerStop


async def body_reply(update: Update, context: BotContext) -> None:
    """Signs of a physical emergency: the emergency number of the person's country first."""
    country = await _country(update, context)
    emergency = f"{escape(country.emergency)} (emergency services)" if country else ANY_EMERGENCY
    await send(update, context, BODY_REPLY.format(emergency=emergency), crisis_keyboard())


async def overdose_reply(update: Update, context: BotContext, *, theirs: bool = False) -> None:
    """An overdose taken: the emergency number and the poison line first, then the crisis lines.

    ``theirs``: someone else took it (a friend, a small child), and the words are for a helper;
    a safety plan is the writer's own, so the helper gets the menu instead.
    """
    country = await _country(update, context)
    if theirs:
        keyboard = views.Keyboard([[views.menu_button()]])
        await send(update, context, overdose_html(context, country, theirs=True), keyboard)
        return
    await send(update, context, overdose_html(context, country), _plan_keyboard())


def overdose_html(
    context: BotContext, country: helplines.Country | None, *, theirs: bool = False
) -> str:
    """The medical emergency first (the country's number when known), then its lines."""
    crisis = context.course.crisis
    emergency = f"{escape(country.emergency)} (emergency services)" if country else ANY_EMERGENCY
    written = crisis.someone_overdose_html if theirs else ""
    intro = (written or crisis.overdose_html or BODY_REPLY).replace("{emergency}", emergency)
    lines = _helplines(context)
    listed = crisis.html.rsplit("\n\n", 1)[1]  # the international set
    if country is not None and lines is not None:
        listed = helplines.lines_html(lines, country)
        poison = helplines.poison_html(country)
        if poison:  # after the emergency advice, before the words that lead to the crisis lines
            advice, lead = intro.rsplit("\n\n", 1)
            intro = f"{advice}\n\n{poison}\n\n{lead}"
    return f"{intro}\n\n{listed}"


def _plan_keyboard() -> views.Keyboard:
    """After the emergency: a safety plan for later, never a grounding exercise first."""
    return views.Keyboard([[views.button("Make a safety plan", SosData("plan"))]])


async def group_reply(update: Update, context: BotContext) -> None:
    """In a group: the lines, briefly, and a way to go on in private; nothing else runs here."""
    kind = reply_kind(message_text(update.effective_message))
    if kind in (OVERDOSE, THEIR_OVERDOSE):
        html = overdose_html(context, None, theirs=kind == THEIR_OVERDOSE)
    elif kind == BODY:
        html = BODY_REPLY.format(emergency=ANY_EMERGENCY)
    else:
        html = GROUP_REPLY.format(lines=context.course.crisis.html.rsplit("\n\n", 1)[1])
    routed = await context.services.count(counts.CRISIS_REPLIES)
    logger.info("Crisis routing in a group (count %s)", routed or "?")
    me = await context.bot.get_me()
    link = InlineKeyboardButton(PRIVATE_BUTTON, url=f"https://t.me/{me.username}")
    await send(update, context, html, views.Keyboard([[link]]))
    raise ApplicationHandlerStop


async def check_in(update: Update, context: BotContext) -> None:
    """Ask directly, with the person's crisis line in one line."""
    lines = _helplines(context)
    country = await _country(update, context)
    line = (
        helplines.one_line(lines, country) if lines is not None else f"{helplines.FIND_A_HELPLINE}"
    )
    await send(update, context, CHECK_IN.format(line=line), check_in_keyboard())


async def sos(update: Update, context: BotContext) -> None:
    """Show the crisis resources at any time."""
    answered.note_safety(update, context, "sos")
    await send_crisis_reply(update, context)


async def answer_to_check_in(update: Update, context: BotContext, text: str) -> bool:
    """A reply to a check-in sent within the hour, typed instead of tapped: answered as its
    button is. A yes gets the full reply, a no what "I'm OK" gets (a later yes still counts), and
    "not really" the support of "I'm struggling". Another risk message is asked about again.

    False (nothing sent) when no check-in went to this chat lately, or the text is no answer.
    """
    if answered.safety_within(update, context, CHECK_IN_ANSWERED_WITHIN) != CHECK:
        return False
    reading = check_in_answer.read(text)
    if reading == check_in_answer.NO:
        await send(update, context, OK_REPLY)  # the check-in stays the last: a later yes counts
    elif reading == check_in_answer.UNSURE:
        await send(update, context, STRUGGLING, views.crisis_keyboard())
    elif reading == check_in_answer.YES:
        answered.note_safety(update, context, CRISIS)
        routed = await context.services.count(counts.CRISIS_REPLIES)
        logger.info("Crisis routing (count %s)", routed or "?")
        await send_crisis_reply(update, context)
    else:
        return False
    return True


async def sos_button(update: Update, context: BotContext) -> None:
    """The buttons under the crisis reply and the check-in."""
    choice = pressed(update, SosData).what
    await answer(update)
    if choice == "grounding":
        crisis = context.course.crisis
        await send(update, context, crisis.grounding_html, views.Keyboard([[views.menu_button()]]))
    elif choice == "plan":
        await safety_plan.start(update, context)
    elif choice == "unsafe":
        await send_crisis_reply(update, context)
    elif choice == "struggling":
        await send(update, context, STRUGGLING, views.crisis_keyboard())
    elif choice == "ok":
        await send(update, context, OK_REPLY)  # where they were is still there: no state changed
    else:
        await send_crisis_reply(update, context)  # an unknown choice errs on the side of help


# How long after a check-in a typed yes or no is taken as its answer.
CHECK_IN_ANSWERED_WITHIN = timedelta(hours=1)


def handlers() -> list:
    """/sos and its buttons, in the main group."""
    private = filters.ChatType.PRIVATE
    return [
        CommandHandler("sos", sos, filters=private),
        CommandHandler("sos", group_reply, filters=filters.ChatType.GROUPS),
        CallbackQueryHandler(sos_button, pattern=SosData.pattern),
    ]


def crisis_handlers() -> list[MessageHandler]:
    """Messages, captions and edits that need a safety reply: in private chats, and in groups."""
    return [
        MessageHandler(filters.ChatType.PRIVATE & CrisisFilter(), crisis_reply),
        MessageHandler(filters.ChatType.GROUPS & GroupCrisisFilter(), group_reply),
    ]
