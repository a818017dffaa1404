"""Risk told by the young through what they post, play or fill in: the check-in (``CHECK``).

- ``_SONG``: a song's words that are "not just a song any more" for the writer;
- ``_HOW_GOING``: "already decided how I'm going", said of the writer and not of a bill, a
  journey or a talk ("...if this doesn't work");
- ``_NOTES_WILL``: a will of the writer's own written in a notes app, a phone or a diary, what
  they own given out in it;
- ``_LOGGED_OFF``: goodbye posted to everyone on the writer's server or chat, then logged out,
  left or deleted, with no trip, exams or break to explain it.

Lookalikes stay quiet: a song that is just a song, how I'm going to pay or to tell my mum, a
game's "will" for its characters, a solicitor's will or one drafted for the solicitor, a song
that is now a wedding song, a goodbye before a camping week or exams. Read on normalised text
(see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_SONG = _compile(
    r"\b(?:it is|its|it s|that is|thats) not (?:just|only) (?:a song|lyrics|words in a song|a "
    r"lyric) any ?more\b",
    r"\bnot (?:just|only) (?:a song|lyrics) (?:for me )?any ?more\b",
)
# ...a song that has become an anthem, a mood or a favourite
_SONG_LOVED = _compile(
    r"\b(?:anthem|mood|vibe|favourite|favorite|personality|obsessed|on tour|wedding|first dance|"
    r"our song|lullaby|ringtone)\b"
)

_HOW_GOING = _compile(
    r"\b(?:already |finally )?(?:decided|worked out|planned|know|chosen) how i am (?:going|gonna "
    r"go|going to go)\b(?: \S+){0,2}? (?:if (?:this|it|ketamine|esketamine|the treatment|the "
    r"course|nothing|things|the sessions) (?:does not|do not|will not|never|does|do|is|are)? ?"
    r"(?:not )?(?:work|change|changes|get better|help|helps)|when the time comes)\b",
)

_NOTES_WILL = _compile(
    r"\b(?:wrote|written|writing|made|typed|did) (?:up )?my (?:own )?will (?:in|on) (?:my )?"
    r"(?:notes|notes app|phone|diary|journal|snap|snapchat|instagram|insta|drafts)\b"
    r"(?!.*\b(?:sims|minecraft|game|character|oc|ocs|fanfic|joke for)\b)"
    # ...a draft for the solicitor: an ordinary will
    r"(?!.*\b(?:solicitor|lawyer|notary|probate|executor|estate planning|legal aid)\b)",
)

_LOGGED_OFF = _compile(
    r"\b(?:posted|said|wrote|typed|sent) (?:bye|goodbye) to (?:everyone|everybody|all of them|the "
    r"whole server|the group) (?:in|on) (?:my|our|the) (?:discord|server|group chat|gc|chat|"
    r"insta|story|group)\b(?: \S+){0,2}? (?:and )?(?:logged out|logged off|left|deleted (?:it|"
    r"my account|the app|everything))\b"
    r"(?!.*\b(?:camping|holiday|exams?|break|detox|trip|week off|month off|new phone|rehab|"
    r"grounded|back (?:on|in|next|soon)|new (?:number|phone|account))\b)",
)


def check(plain: str) -> bool:
    """One of the kinds here."""
    if _SONG.search(plain) and not _SONG_LOVED.search(plain):
        return True
    return any(kind.search(plain) for kind in (_HOW_GOING, _NOTES_WILL, _LOGGED_OFF))
