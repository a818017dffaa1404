"""What each recent message was answered with, so an edit that changes nothing isn't answered twice.

Someone who fixes a typo in a question, or in a message that got a safety reply, already has the
reply right above it; a second copy helps no one. Each message is remembered by its chat and
message id with the kind of reply it got (a tier, "pointer", or the lessons and pages a question
was answered from), never its text. The map lives in memory on the Services object, bounded;
a restart forgets it, and an edit after that is simply answered again.
"""

from __future__ import annotations

from collections import OrderedDict

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
