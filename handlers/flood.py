"""The gate in front of every handler: per-user flood control, and updates no feature should see.

Someone pasting a hundred messages in a second (or a stuck client repeating a tap) must not get a
hundred replies, and must not hold up anyone else. Each sender has a short sliding window of the
updates that got ahead of the bot (arrived while it was still busy with their earlier ones, as
PerChatUpdateProcessor reports); over the limit, their updates are dropped until they slow down,
with one calm notice per episode.

A message that needs a safety reply (an overdose, a crisis, the writer's own or someone else's,
a physical emergency, a check-in, or distress) is never silenced by this gate: while flooding,
it still reaches the crisis handler. Only a repeat of the same kind of reply within a few seconds
is left out, since that very reply is already on its way; a message that needs another reply (an
overdose after distress, the writer's own crisis after a friend's) always gets its own.

Two more kinds of update are settled here, before any feature handler could act on them: an
edited message (re-running an edited "/next" would send another lesson) is answered by
the fallback as a question, never as a command, and a button this bot never made (forged or
malformed callback data) gets a polite answer.

The state lives in memory on the Services object (bounded, expiring); a restart forgets it, which
is fine for a window of a few seconds.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NoReturn

from telegram import Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, BaseHandler, TypeHandler

from crisis import DISTRESS
from handlers import answered, fallback
from handlers.context import BotContext, Services
from handlers.safety_kind import message_text, reply_kind
from storage import counts
from views import callbacks

logger = logging.getLogger(__name__)

GROUP = -20  # before the crisis handler (-10), so a flood never reaches the feature handlers
FLOOD_KEY = "flood_control"  # Services.extra key

NOTICE = (
    "You're sending messages faster than I can read them, so I'll pause for a few seconds. 💛\n"
    "Take a breath; when you're ready, tap /menu.\n"
    "If you're going through a hard time, /sos shows people you can talk to right now."
)


@dataclass
class _Sender:
    """What the gate remembers about one person."""

    times: deque[float]  # arrival times of their latest updates, at most limit + 1 of them
    last_seen: float = 0.0
    noticed: bool = False  # the notice for the current episode went out
    # when a safety reply of each kind last went through (a handful of kinds at most)
    replied: dict[str, float] = field(default_factory=dict)


@dataclass
class FloodControl:
    """Sliding-window flood detection per sender, bounded in memory.

    More than ``limit`` updates that got ahead of the bot within ``window`` seconds is flooding.
    ``now`` is a monotonic clock, injectable so tests can freeze or move time. At most
    ``max_senders`` people are remembered, and nobody for longer than the window or cooldown.
    """

    limit: int = 8
    window: float = 5.0
    crisis_cooldown: float = 5.0
    max_senders: int = 10_000
    now: Callable[[], float] = time.monotonic
    dropped: int = 0  # updates dropped so far, for the operator and tests
    _senders: OrderedDict[int, _Sender] = field(default_factory=OrderedDict, repr=False)

    @property
    def _horizon(self) -> float:
        """After this many quiet seconds a sender has nothing worth remembering."""
        return max(self.window, self.crisis_cooldown)

    def _sender(self, user_id: int, now: float) -> _Sender:
        self._expire(now)
        sender = self._senders.pop(user_id, None)
        if sender is None:
            sender = _Sender(deque(maxlen=self.limit + 1))
        self._senders[user_id] = sender  # most recently seen last, so expiry pops from the front
        sender.last_seen = now
        return sender

    def _expire(self, now: float) -> None:
        senders = self._senders
        while senders:
            oldest = next(iter(senders.values()))
            if oldest.last_seen > now - self._horizon and len(senders) < self.max_senders:
                break
            senders.popitem(last=False)

    def hit(self, user_id: int, *, ahead: bool = True) -> bool:
        """Record one update from ``user_id``; True if they are flooding.

        Only updates that got ``ahead`` of the bot (arrived while it was still busy with the
        sender's earlier ones) fill the window, so someone who waits for each reply is never
        flooding, however quick (tests talk to the bot at machine speed this way). Once the
        window is full, every update is dropped until it empties: the notice promised a pause.
        """
        now = self.now()
        sender = self._sender(user_id, now)
        if ahead:
            sender.times.append(now)
        flooding = len(sender.times) > self.limit and sender.times[0] > now - self.window
        if not flooding:
            sender.noticed = False  # calm again: a later flood is a new episode
        return flooding

    def first_drop(self, user_id: int) -> bool:
        """True for the first dropped update of an episode (the one that gets the notice)."""
        sender = self._sender(user_id, self.now())
        first, sender.noticed = not sender.noticed, True
        return first

    def crisis_reply_due(self, user_id: int, kind: str, *, hurried: bool) -> bool:
        """Should this message get its safety reply of ``kind``? Marks the reply if so.

        Someone writing at a calm pace gets the reply every time. Someone writing faster than
        the bot answers (``hurried``) gets each kind at most once every ``crisis_cooldown``
        seconds: the same reply to their earlier message is already on its way. Another kind
        (an overdose after distress, a crisis after a check-in) is always due.
        """
        now = self.now()
        sender = self._sender(user_id, now)
        if hurried and now - sender.replied.get(kind, float("-inf")) < self.crisis_cooldown:
            return False
        sender.replied[kind] = now
        return True

    def __len__(self) -> int:
        return len(self._senders)


def flood_control(services: Services) -> FloodControl:
    """The bot's flood control, created on first use."""
    control = services.extra.get(FLOOD_KEY)
    if control is None:
        control = services.extra[FLOOD_KEY] = FloodControl()
    return control


def _safety_kind(update: Update) -> str | None:
    """The safety reply the crisis handlers would give this update, if any (same test).

    Any safety reply counts (overdose, crisis, a physical emergency, check-in, helpers,
    distress): none of them may be dropped or answered with the pointer, including an edited
    message or a caption. In a group only what the group handler answers counts.
    """
    message = update.message or update.edited_message
    if message is None or message.chat.type == ChatType.CHANNEL:
        return None
    kind = reply_kind(message_text(message))
    if message.chat.type != ChatType.PRIVATE and kind == DISTRESS:
        return None
    return kind


async def gate(update: Update, context: BotContext) -> None:
    """Let an update through to the handlers, or settle it here (ApplicationHandlerStop)."""
    user = update.effective_user
    # Only what people type and tap is limited; membership changes must never be lost.
    if user is None or not (update.message or update.edited_message or update.callback_query):
        return
    control = flood_control(context.services)
    ahead = _arrived_busy(update, context)
    flooding = control.hit(user.id, ahead=ahead)
    kind = _safety_kind(update)
    if kind is not None:
        if not answered.first_time(update, context, kind):
            raise ApplicationHandlerStop  # an edit that needs the reply it already has
        # Safety messages skip the flood drop; only a repeat of the same reply hard on the heels
        # of that reply (already on its way to them) is left out.
        if not control.crisis_reply_due(user.id, kind, hurried=flooding or ahead):
            await _drop(update, context, control, user.id, flooding=flooding)
        return
    if flooding:
        await _drop(update, context, control, user.id, flooding=True)
    if update.edited_message is not None and update.edited_message.chat.type == ChatType.PRIVATE:
        await fallback.edited_message(update, context)
        raise ApplicationHandlerStop
    if update.callback_query is not None and not _made_here(update.callback_query.data):
        await fallback.unknown_button(update, context)
        raise ApplicationHandlerStop


def _arrived_busy(update: Update, context: BotContext) -> bool:
    """Whether the update got ahead of the bot; without per-chat processing, assume so."""
    order = context.services.update_order
    return True if order is None else order.arrived_busy(update)


def _made_here(data: object) -> bool:
    """Whether callback data has the shape of a button this bot makes."""
    try:
        callbacks.parse(data)
    except callbacks.CallbackDataError:
        return False
    return True


async def _drop(
    update: Update, context: BotContext, control: FloodControl, user_id: int, *, flooding: bool
) -> NoReturn:
    """Drop an update; the first one dropped in a flooding episode gets the notice.

    Other dropped taps are left unanswered on purpose: answering costs a round trip each, the
    very load flood control is there to shed, and the client's spinner simply times out.
    """
    control.dropped += 1
    if flooding and control.first_drop(user_id):
        await _notify(update, context)
    raise ApplicationHandlerStop


async def _notify(update: Update, context: BotContext) -> None:
    """The one calm notice of an episode, in private chats only (groups get silence)."""
    await _answer_quietly(update)
    chat = update.effective_chat
    if chat is None or chat.type != ChatType.PRIVATE:
        return
    notices = await context.services.count(counts.FLOOD_NOTICES)
    logger.info("Flood control paused a sender (%s notices so far)", notices or "?")
    try:
        await context.bot.send_message(chat.id, NOTICE, parse_mode=ParseMode.HTML)
    except TelegramError as exc:  # the update is dropped either way; don't let it through
        logger.warning("Could not send the flood notice: %s", exc)


async def _answer_quietly(update: Update) -> None:
    """Stop the client's spinner on the tap that got the notice."""
    query = update.callback_query
    if query is None:
        return
    try:
        await query.answer()
    except TelegramError as exc:
        logger.debug("Could not answer a dropped callback query: %s", exc)


def handlers() -> list[BaseHandler]:
    return [TypeHandler(Update, gate)]
