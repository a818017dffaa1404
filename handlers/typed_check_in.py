"""An answer typed under the check-in's question, in a message that carries no risk sign itself.

"yes", "no", "idk" or "not really" typed after "Are you thinking about suicide or about hurting
yourself?" is read by ``handlers.safety.answer_to_check_in`` (replies with a risk sign of their
own reach it through the crisis handler first). It runs before any other reading of free text,
so a typed time or zone question still open never takes the answer.
"""

from __future__ import annotations

from telegram import Update

from handlers.context import BotContext
from handlers.safety import answer_to_check_in
from handlers.safety_kind import message_text


async def typed_answer(update: Update, context: BotContext) -> bool:
    """Answer a reply to a recent check-in as its button would; False if it is none."""
    return await answer_to_check_in(update, context, message_text(update.effective_message))
