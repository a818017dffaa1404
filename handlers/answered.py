"""What each recent message was answered with, so an edit that changes nothing isn't answered twice.

Someone who fixes a typo in a question, or in a message that got a safety reply, already has the
reply right above it; a second copy helps no one. Each message is remembered by its chat and
message id with the kind of reply it got (a tier, "pointer", or the lessons and pages a question
was answered from), never its text. The map lives in memory on the Services object, bounded;
a restart forgets it, and an edit after that is simply answered again.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, timedelta

from telegram import Update

from handlers.context import BotContext

KEY = "answered_messages"  # Services.extra key
LIMIT = 10_000  # messages remembered; the oldest go first


def first_time(update: Update, context: BotContext, reply: str) -> bool:
    """Record that this message gets ``reply``; False for an edit that got that reply already."""
    message = update.effective_message
    if message is None:
        return True
    memory: OrderedDict[tuple[int, int], str] = context.services.extra.setdefault(
        KEY, OrderedDict()
    )
    key = (message.chat_id, message.message_id)
    before = memory.pop(key, None)
    memory[key] = reply
    while len(memory) > LIMIT:
        memory.popitem(last=False)
    return update.edited_message is None or before != reply


# The last safety reply each chat got (its kind and when, never the message): a "thanks" or a
# "yes" typed soon after one is an answer to it, not small talk to meet with the next lesson.
SAFETY_KEY = "safety_replies"  # Services.extra key: chat id -> (when, kind)


def note_safety(update: Update, context: BotContext, kind: str) -> None:
    """Record that this chat was just sent a safety reply of `kind` (a tier, "sos", ...)."""
    chat = update.effective_chat
    if chat is None:
        return
    memory: OrderedDict[int, tuple[datetime, str]] = context.services.extra.setdefault(
        SAFETY_KEY, OrderedDict()
    )
    memory.pop(chat.id, None)
    memory[chat.id] = (context.services.clock.now(), kind)
    while len(memory) > LIMIT:
        memory.popitem(last=False)


def safety_within(update: Update, context: BotContext, span: timedelta) -> str | None:
    """The kind of safety reply this chat got within `span`, or None."""
    chat = update.effective_chat
    memory = context.services.extra.get(SAFETY_KEY, {})
    noted = memory.get(chat.id) if chat is not None else None
    if noted is None or context.services.clock.now() - noted[0] > span:
        return None
    return noted[1]


# The last question each chat asked (when, its length and what answered it, never its text).
# Telegram's apps cut a message longer than 4096 characters into parts sent one after another:
# each part read alone is answered from the same lesson, and one answer is enough.
QUESTION_KEY = "last_questions"  # Services.extra key: chat id -> (when, length, meaning)
SPLIT_AT = 4000  # a part this long may have been cut off: the next message may continue it
SPLIT_WITHIN = timedelta(seconds=10)  # the parts of one message arrive together


def continues_last(update: Update, context: BotContext, meaning: str) -> bool:
    """Record this question; True when it is the next part of a long message cut in parts whose
    previous part was answered from the same lesson or page, ``meaning`` (the answer is above)."""
    message = update.message
    chat = update.effective_chat
    if message is None or chat is None:
        return False
    memory: OrderedDict[int, tuple[datetime, int, str]] = context.services.extra.setdefault(
        QUESTION_KEY, OrderedDict()
    )
    now = context.services.clock.now()
    before = memory.pop(chat.id, None)
    memory[chat.id] = (now, len(message.text or message.caption or ""), meaning)
    while len(memory) > LIMIT:
        memory.popitem(last=False)
    if before is None:
        return False
    when, length, last_meaning = before
    return now - when <= SPLIT_WITHIN and length >= SPLIT_AT and last_meaning == meaning
