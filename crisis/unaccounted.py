"""Someone else's risk told by what is unaccounted for: the reply for helpers.

- ``_GONE`` with ``_SHORT``: a colleague who did not turn up, or whose car is at work while they
  are not, and a controlled drug's log or count short ("one of our vets didn't turn up for
  surgery and the pento log is 20ml short");
- ``_FOREVER`` with ``_ONLINE_ONLY``: an online friend's goodbye "forever" and every server or
  chat left, or no address or real name known ("my duo said 'gg forever' and left all the
  servers").

Lookalikes stay quiet: a drug count short with no one missing (a recount, a spill, a pharmacy
query), a count short and a colleague absent with the gap explained (a recording error, a car
broken down), a colleague off sick with the rota short, a duo who said gg and left one server, a
friend who quit a game for university and is still on another app. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_SHORT = _compile(
    r"\b(?:log|register|cd book|drug book|count|stock|balance|controlled drugs?|pento\w*|"
    r"morphine|fentanyl|ketamine|propofol|midazolam|diazepam|insulin)\b(?: \S+){0,3}? (?:is |was |"
    r"came up |comes up |are |were )?(?:\d+ ?(?:ml|mls|amps?|ampoules?|vials?|tablets?|mg|mcg) )?"
    r"(?:short|missing|unaccounted for)\b(?! (?:by|of) (?:a |one |two |\d+ )?(?:signature|"
    r"signatures|sign|staff|nurses?|people|hands|person|bed|beds)\b)",
)
_GONE = _compile(
    r"\b(?:did not|has not|have not|never) (?:turn|turned|show|showed) up\b",
    r"\b(?:her|his|their) (?:car|bag|coat|keys|phone) (?:is|was) (?:still )?(?:at|in) (?:the )?"
    r"(?:practice|ward|work|car park|surgery|hospital|clinic|unit)\b(?: \S+){0,2}? but (?:she|he|"
    r"they) (?:is|are|was|were) not\b",
    r"\b(?:no one|nobody|none of us) (?:can|could) (?:find|reach|get hold of) (?:her|him|them)\b",
)

_FOREVER = _compile(
    r"\b(?:said|posted|wrote|typed|messaged|sent|put) (?:\S+ ){0,3}?(?:gg forever|goodbye forever|"
    r"bye forever|bye for good|farewell everyone|see you on the other side|it was fun knowing)",
)
_ONLINE_ONLY = _compile(
    r"\b(?:left|leaving|quit) (?:all|every|each) (?:of )?(?:the |our |his |her |their )?"
    r"(?:servers?|groups?|chats?|discords?|guilds?|clans?)\b",
    r"\b(?:do not|dont|never) (?:even )?know (?:his|her|their) (?:address|real name|surname|last "
    r"name|number|town|city)\b",
)
# ...for a reason: a new game, university, another app still used
_MOVED_ON = _compile(
    r"\b(?:for uni|for university|for college|new game|switch\w* to|still on|uninstall\w*|"
    r"exams|quitting the game|quit the game|moved to)\b"
)


# ...the shortfall or the absence explained: a recording error, a car broken down, off sick
_EXPLAINED = _compile(
    r"\b(?:recording error|paperwork error|miscount\w*|counted wrong|error in the book|found (?:it|"
    r"them|the missing)|turned up later|broke down|broken down|off sick|called in sick|was sick|"
    r"overslept|explained|sorted it|mix ?up)\b"
)


def other(plain: str) -> bool:
    """Someone missing beside a drug short, or an online friend's goodbye forever."""
    if _GONE.search(plain) and _SHORT.search(plain) and not _EXPLAINED.search(plain):
        return True
    return bool(_FOREVER.search(plain) and _ONLINE_ONLY.search(plain)) and not _MOVED_ON.search(
        plain
    )
