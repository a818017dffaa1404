"""An answer typed under the check-in's question instead of a tapped button.

The check-in asks "Are you thinking about suicide or about hurting yourself?". People often type
their answer: a yes (or a maybe, or "I don't know") gets the full crisis reply, as "I'm not safe"
does; a no gets what "I'm OK, just asking" gets, which closes nothing. Only the kind and time of
the last safety reply are kept (``handlers.answered``), never the message.
"""

from __future__ import annotations

import re
from datetime import timedelta

from telegram import Update

from crisis import CHECK, CRISIS
from handlers import answered
from handlers.common import send
from handlers.context import BotContext
from handlers.safety import OK_REPLY, message_text, send_crisis_reply
from storage import counts

# Ambivalence counts as yes: crisis lines treat "maybe" and "I don't know" as a reason to talk.
_YES = re.compile(
    r"^\s*(?:yes|yeah|yea|yep|yup|ya|y|i am|i do|maybe|kind of|sort of|a bit|a little|"
    r"sometimes|i think so|i don'?t know|idk|dunno|not sure)\s*[.!…]*\s*$",
    re.IGNORECASE,
)
_NO = re.compile(
    r"^\s*(?:no+|nope|nah|n|no,? (?:i'?m |i am )?(?:ok|okay|fine|good|alright)|"
    r"(?:i'?m |i am )(?:ok|okay|fine|good|alright)|all good|not at all|just (?:asking|curious))"
    r"\s*[.!…]*\s*$",
    re.IGNORECASE,
)
ANSWERED_WITHIN = timedelta(hours=1)


async def typed_answer(update: Update, context: BotContext) -> bool:
    """A yes or a no typed under a check-in sent within the hour: answered as its button is.

    False (nothing sent) for anything else, or when no check-in went to this chat lately.
    """
    text = message_text(update.effective_message)
    says_yes, says_no = bool(_YES.match(text)), bool(_NO.match(text))
    if not (says_yes or says_no):
        return False
    if answered.safety_within(update, context, ANSWERED_WITHIN) != CHECK:
        return False
    if says_no:
        await send(update, context, OK_REPLY)  # the check-in stays the last: a later yes counts
        return True
    answered.note_safety(update, context, CRISIS)
    await context.services.count(counts.CRISIS_REPLIES)
    await send_crisis_reply(update, context)
    return True
