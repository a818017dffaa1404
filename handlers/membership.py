"""my_chat_member updates: Telegram tells us when someone blocks or unblocks the bot."""

from __future__ import annotations

import logging

from telegram import ChatMember, Update
from telegram.ext import ChatMemberHandler

from handlers.context import BotContext
from handlers.schedule import due_at
from storage import subscribers
from storage.subscribers import Status

logger = logging.getLogger(__name__)

GONE = {ChatMember.BANNED, ChatMember.LEFT}


async def membership_changed(update: Update, context: BotContext) -> None:
    """Mark a subscriber blocked when they block the bot, and active again when they unblock."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    subscriber = await subscribers.get_subscriber(context.db, change.chat.id)
    if subscriber is None:
        return
    now = context.services.clock.now()
    old, new = change.old_chat_member.status, change.new_chat_member.status
    if new in GONE and subscriber.status != Status.BLOCKED:
        await subscribers.set_status(context.db, subscriber.chat_id, Status.BLOCKED, now)
        logger.info("Subscriber blocked the bot; pushes stop")
    elif old in GONE and new not in GONE and subscriber.status == Status.BLOCKED:
        await subscribers.set_status(
            context.db, subscriber.chat_id, Status.ACTIVE, now, next_due_at=due_at(subscriber, now)
        )
        logger.info("Subscriber unblocked the bot; pushes resume")


def handlers() -> list:
    return [ChatMemberHandler(membership_changed, ChatMemberHandler.MY_CHAT_MEMBER)]
