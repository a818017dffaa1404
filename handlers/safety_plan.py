"""A safety plan, Stanley–Brown style: six guided steps assembled into one message to pin.

Offered from /sos, the check-in and the crisis reply. Each step asks one question; the person
types an answer or taps Skip. The answers live only in memory (``context.user_data``) until the
plan is sent, and are dropped then, or when the plan lapses an hour after its last step; nothing
is stored in the database or logged, and the bot says so. A message that signals a crisis in the
middle of the plan still gets the crisis reply first (the crisis handler runs in an earlier
group); the plan then waits where it was. One that gets the check-in gets it first and is still
the step's answer.
"""

from __future__ import annotations

import logging
from html import escape

from telegram import Update
from telegram.ext import ApplicationHandlerStop, CallbackQueryHandler, MessageHandler, filters

import views
from handlers import conversation
from handlers.common import answer, drop_keyboard, pressed, send
from handlers.context import BotContext
from views.callbacks import PlanData

logger = logging.getLogger(__name__)

GROUP = -5  # after the crisis check (-10), before the feature handlers (0)
PLAN_KEY = "safety_plan"  # user_data: {"step": int, "answers": list[str], "at": datetime}
# A plan left this long after its last step has lapsed, like any typed answer the bot waits for:
# what comes next is an ordinary message again, and the answers so far are dropped from memory.
LAPSES = conversation.LASTS
MAX_ANSWER = 500  # characters kept per step, so the plan fits one message

STEPS = (
    (
        "Warning signs",
        "What tells you a hard moment may be starting? Thoughts, feelings, situations.",
    ),
    (
        "Things that help me cope",
        "What can you do on your own to feel a little better? A walk, music, a shower, a film.",
    ),
    (
        "People and places that distract me",
        "Who or where helps take your mind off things? A friend, a café, a park.",
    ),
    (
        "People I can ask for help",
        "Who can you tell that you're struggling? Names and numbers, if you like.",
    ),
    (
        "Professionals and crisis lines",
        "Your doctor, therapist or clinic, and a crisis line you can call at any time "
        "(/sos lists them).",
    ),
    (
        "Making my place safer",
        "What could you put away, lock up or give to someone for a while, so it's harder to "
        "act on a bad moment?",
    ),
)
INTRO = (
    "<b>Let's make your safety plan.</b> Six short steps; type your answer to each, or tap "
    "Skip. At the end I'll put it all together in one message you can pin.\n\n"
    "🔒 Your answers are kept only in this conversation's memory until the plan is sent. "
    "I don't save them or log them anywhere."
)
CUT_NOTE = f"<i>(That was long, so I kept its first {MAX_ANSWER} characters.)</i>\n\n"
DONE_NOTE = (
    "Pin this message so it's easy to find (tap it, then Pin). I haven't kept a copy: "
    "your answers are gone from my memory now.\n"
    "If things get hard, /sos shows people you can talk to right now."
)


def _prompt(step: int) -> tuple[str, views.Keyboard]:
    title, question = STEPS[step]
    text = f"<b>Step {step + 1} of {len(STEPS)} · {escape(title)}</b>\n{escape(question)}"
    keyboard = views.Keyboard(
        [[views.button("Skip", PlanData("skip")), views.button("Stop", PlanData("stop"))]]
    )
    return text, keyboard


def assemble(answers: list[str]) -> str:
    """The finished plan as one HTML message."""
    lines = ["📌 <b>My safety plan</b>"]
    for (title, _), text in zip(STEPS, answers, strict=False):
        lines.append(f"\n<b>{escape(title)}</b>\n{escape(text) if text else '—'}")
    lines.append(f"\n{DONE_NOTE}")
    return "\n".join(lines)


async def start(update: Update, context: BotContext) -> None:
    """Begin the plan from the first step (a plan in progress starts over)."""
    await conversation.clear(update, context)  # a typed answer now belongs to the plan
    now = context.services.clock.now()
    context.user_data[PLAN_KEY] = {"step": 0, "answers": [], "at": now}
    await send(update, context, INTRO)
    text, keyboard = _prompt(0)
    await send(update, context, text, keyboard)


async def _advance(update: Update, context: BotContext, answer_text: str) -> None:
    plan = context.user_data[PLAN_KEY]
    plan["answers"].append(answer_text[:MAX_ANSWER])
    plan["step"] += 1
    plan["at"] = context.services.clock.now()
    cut = len(answer_text) > MAX_ANSWER
    if plan["step"] < len(STEPS):
        text, keyboard = _prompt(plan["step"])
        await send(update, context, (CUT_NOTE + text) if cut else text, keyboard)
        return
    answers = context.user_data.pop(PLAN_KEY)["answers"]
    plan_html = assemble(answers)
    await send(
        update,
        context,
        (CUT_NOTE + plan_html) if cut else plan_html,
        views.Keyboard([[views.menu_button()]]),
    )


async def typed(update: Update, context: BotContext) -> None:
    """A typed answer to the current step; other messages pass on to the usual handlers."""
    message = update.message
    if not in_progress(context) or message is None or not message.text:
        return
    if message.text.startswith("/"):
        return  # a command leaves the plan waiting; /menu and the rest still work
    await _advance(update, context, message.text.strip())
    raise ApplicationHandlerStop


def in_progress(context: BotContext) -> bool:
    """Whether this person is writing a safety plan now (a lapsed one is dropped here)."""
    plan = context.user_data.get(PLAN_KEY)
    if plan is None:
        return False
    at = plan.get("at")
    if at is not None and context.services.clock.now() - at > LAPSES:
        context.user_data.pop(PLAN_KEY, None)
        return False
    return True


async def plan_button(update: Update, context: BotContext) -> None:
    """Skip or Stop under a step."""
    if pressed(update, PlanData).action == "stop":
        await stop(update, context)
    else:
        await skip(update, context)


async def skip(update: Update, context: BotContext) -> None:
    """Skip this step (once: a second tap on the same Skip finds its buttons gone)."""
    await answer(update)
    if not await drop_keyboard(update):
        return
    if not in_progress(context):
        await send(update, context, "That plan has ended. /sos can start a new one.")
        return
    await _advance(update, context, "")


async def stop(update: Update, context: BotContext) -> None:
    """Stop the plan; whatever was typed is forgotten (said once, for a double tap too)."""
    await answer(update)
    if not await drop_keyboard(update):
        return
    context.user_data.pop(PLAN_KEY, None)
    await send(
        update,
        context,
        "Stopped, and your answers are forgotten. You can start again from /sos at any time.",
        views.Keyboard([[views.menu_button()]]),
    )


def handlers() -> list:
    """Typed answers, in their own group after the crisis check."""
    return [MessageHandler(filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE, typed)]


def buttons() -> list:
    """Skip and Stop under each step."""
    return [CallbackQueryHandler(plan_button, pattern=PlanData.pattern)]
