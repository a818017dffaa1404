"""Thanks, "ok" and goodbye: what such a message is, and the short, warm word back.

A message made only of these ("thanks!", "ok great", "👍", "bye for now") is not a question to
search the course for, and the general pointer ("I can't reply to messages like this one") is a
cold answer to someone who said thank you. A greeting keeps the pointer, which opens with one.
"""

from __future__ import annotations

import re
from enum import StrEnum


class SmallTalk(StrEnum):
    """What a short social message says."""

    THANKS = "thanks"
    OKAY = "okay"
    GOODBYE = "goodbye"


# Each phrase, as its words; longer phrases are tried first. Emoji are words of their own.
_PHRASES: dict[str, SmallTalk] = {
    **dict.fromkeys(
        ("thanks", "thank you", "thank u", "thankyou", "thanx", "thx", "ty", "tysm", "cheers",
         "much appreciated", "appreciate it", "i appreciate it", "many thanks", "gracias",
         "merci", "danke", "obrigado", "obrigada", "grazie", "спасибо", "дякую", "🙏", "❤", "❤️",
         "💛", "💜", "💙", "💚", "🥰", "😊", "☺️", "☺"),
        SmallTalk.THANKS,
    ),
    **dict.fromkeys(
        # Never "yes", "sure", "fine" or "good": each may answer a question the bot asked (the
        # check-in asks "Are you thinking about suicide...?"), and is not acknowledged as chat.
        ("ok", "okay", "okey", "okie", "k", "kk", "alright", "all right", "cool", "great",
         "nice", "got it", "understood", "perfect", "sounds good", "will do", "noted", "i see",
         "👍", "👌", "🙂", "😀", "👏", "✅"),
        SmallTalk.OKAY,
    ),
    **dict.fromkeys(
        ("bye", "goodbye", "bye bye", "good night", "goodnight", "night", "see you", "see ya",
         "cya", "later", "see you later", "see you tomorrow", "take care", "👋"),
        SmallTalk.GOODBYE,
    ),
}  # fmt: skip
# Words that only soften the phrases around them: "thanks so much", "ok then", "bye for now".
_FILLER = frozenset(
    "so very much a lot again then for now and too you all the bot lol haha oh ah "
    "well really this that lesson lessons info course mate heaps loads tons muchas beaucoup sehr "
    "muito mille".split()
)
_LONGEST = max(len(phrase.split()) for phrase in _PHRASES)
_WORDS = re.compile(r"[^\W\d_]+|[^\w\s]", re.UNICODE)
_PRECEDENCE = (SmallTalk.THANKS, SmallTalk.GOODBYE, SmallTalk.OKAY)  # "ok thanks" thanks
_PUNCTUATION = frozenset(".,!?…'’-:;()")
MAX_CHARS = 60  # a longer message says more than this, and is read as such


def read(text: str) -> SmallTalk | None:
    """What a message made only of thanks, "ok" or goodbye says; None for anything else."""
    if not text or len(text) > MAX_CHARS:
        return None
    text = text.casefold().replace("\ufe0f", "")  # the emoji presentation selector: ❤️ is ❤
    words = [word for word in _WORDS.findall(text) if word not in _PUNCTUATION]
    found: set[SmallTalk] = set()
    position = 0
    while position < len(words):
        for size in range(min(_LONGEST, len(words) - position), 0, -1):
            kind = _PHRASES.get(" ".join(words[position : position + size]))
            if kind is not None:
                found.add(kind)
                position += size
                break
        else:
            if words[position] not in _FILLER:
                return None
            position += 1
    return next((kind for kind in _PRECEDENCE if kind in found), None)


OPENING = {
    SmallTalk.THANKS: "You're welcome! 💛",
    SmallTalk.OKAY: "👍",
    SmallTalk.GOODBYE: "Take care! 👋",
}
WAITING_FOR_TIME = (
    "When would you like your daily lesson? Tap a time above, or type one like <b>7pm</b>."
)
WAITING_FOR_ZONE = (
    "Which time zone are you in? Tap one above, or type your city or country, like <b>Berlin</b>."
)
NOT_STARTED = "Lesson 1 is ready whenever you are."
PARTWAY = "Carry on whenever you like, or ask me anything about the course."
FINISHED = "You've finished the course 🎓. ☰ Menu has every topic, and you can ask me about any."
STILL_HERE = "If things feel hard at any hour, /sos shows people you can talk to."
# Soon after a safety reply, thanks or "ok" gets no lesson and no cheer: the person may be
# answering it. A warm word, and where help is.
AFTER_SAFETY = {
    SmallTalk.THANKS: "You're welcome. 💛",
    SmallTalk.OKAY: "I'm here.",
    SmallTalk.GOODBYE: "Take care of yourself. 💛",
}
STILL_THERE = (
    "If you'd like to talk to someone, /sos shows people you can reach, any time. "
    "The course will wait for you."
)
NOT_SUBSCRIBED = "Send /start whenever you'd like to begin: one short lesson a day, at your time."


def reply_text(kind: SmallTalk, way_on: str, next_lesson: str = "") -> str:
    """The warm word for `kind`, then the way on (and, for a goodbye, when the next lesson is)."""
    lines = [OPENING[kind]]
    if kind == SmallTalk.GOODBYE and next_lesson:
        lines[0] += f" Your next lesson arrives {next_lesson}."
    lines.append(way_on)
    if kind == SmallTalk.GOODBYE:  # a farewell can mean more than goodnight
        lines.append(STILL_HERE)
    return "\n".join(lines)
