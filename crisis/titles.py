"""Titles of songs, films and books, taken out before the rules read a message.

"Listening to 'Suicide Is Painless' from MASH" names a song, not a wish; so does "that song
Suicide Is Painless is catchy", written without quotes. A title is recognised beside the word
for what it is the title of (song, album, film, book...): in quotes, or as a run of capitalised
words right after that word ("the song Suicide Is Painless", "the film Girl, Interrupted").
A line in lower case at the start, named by where it comes from and stuck in the head, is
taken out too. A friend's words in quotes, with no such word, are still read. Pure; nothing
here logs.
"""

from __future__ import annotations

from crisis import needles, phrases

_MEDIA_WORDS = (
    "song|songs|album|track|single|film|movie|book|novel|episode|show|series|play|poem|"
    "lyric|lyrics|tune|record|video|documentary|podcast|theme|soundtrack|playlist|radio|"
    # a line sung or quoted and praised: "... still slaps", "on repeat", "what a bop"
    "slaps|slapped|bop|banger|on repeat|on loop|hits different|chorus|verse|sings|sang|band|"
    "rapper|piano|guitar|ukulele|spotify|"
    # a tune one cannot shake: "got Suicide Is Painless from M*A*S*H stuck in my head"
    "stuck in my head|earworm"
)
# Read on the text lower-cased and grouped by first letter: a case-blind alternation of forty
# words costs more than half a millisecond on a 4096-character message, this a tenth of it.
_MEDIA = needles.compile(
    phrases.grouped([w + r"\b" for w in _MEDIA_WORDS.split("|")], r"(?<![a-z0-9_])", "[a-z]")
)
_QUOTED = needles.compile(
    "(?:(?<=\\s)|^)['\"\u201c\u2018]([^'\"\u201d\u2019]{3,80})['\"\u201d\u2019](?=[\\s,.!?;:]|$)"
    # double quotes may hold a line with apostrophes in it ("i'm so tired of being here")
    '|(?:(?<=\\s)|^)["\u201c]([^"\u201c\u201d]{3,120})["\u201d](?=[\\s,.!?;:]|$)'
)
# Small words a title leaves in lower case between its capitalised ones.
_SMALL = r"(?:a|an|the|of|to|in|on|is|and|or|for|my|me|i|at|by|with|from|not|no)"
_CAPITAL = r"(?:[A-Z0-9][\w'\u2019]*)"
_BARE = needles.compile(
    r"\b(?:[Ss]ong|[Aa]lbum|[Tt]rack|[Ss]ingle|[Ff]ilm|[Mm]ovie|[Bb]ook|[Nn]ovel|[Ee]pisode|"
    r"[Ss]how|[Ss]eries|[Pp]lay|[Pp]oem|[Tt]une|[Dd]ocumentary|[Pp]odcast)"
    r"(?: (?:called|titled|named))?,? "
    r"(" + _CAPITAL + r"(?:,? (?:" + _CAPITAL + r"|" + _SMALL + r"(?= [A-Z0-9])))*)"
)
# A title in Title Case, three words or more, named by where it comes from or by being stuck in
# the head ("Suicide Is Painless from M*A*S*H", "Everybody Hurts by R.E.M."): a run of words
# each capitalised but for the small ones, which people do not type in a sentence of their own.
_CAPITALS_THEN_SOURCE = needles.compile(
    r"(?<![\w'’])(" + _CAPITAL + r"(?: (?:" + _CAPITAL + r"|" + _SMALL + r"(?= [A-Z0-9])))"
    r"{2,})(?= (?:from|by|off) (?:the )?[A-Z0-9]| (?:stuck in my head|on repeat|came on|is an "
    r"earworm)\b)"
)

# The same typed in lower case, at the start of the message and stuck in the head ("goodbye cruel
# world from the wall has been stuck in my head all day"): the source and the earworm together
# say it is a line sung, whatever its case. Not a line with the writer in it ("kill myself by the
# river has been stuck in my head" is a thought that intrudes).
_LOWER_THEN_SOURCE = needles.compile(
    r"^(?:(?!(?:i|me|my|myself|im|i'm|i’m|song|track|album|tune|record|single)\b)[\w'’]+ ){1,6}?"
    r"(?=(?:from|by|off) (?:the )?[\w'’.*]+"
    r"(?: (?!(?:it|that|this|which|he|she|they)\b)[\w'’.*]+){0,2} "
    r"(?:(?:has been|have been|'s been|’s been|keeps getting|is) stuck in my head\b|(?:is |has "
    r"been |'s been |’s been |been )?on (?:repeat|loop|a loop)\b))"
)
# A song played over and over, named after the playing in any case ("listening to goodbye cruel
# world on loop", "can't stop playing goodbye cruel world by pink floyd on repeat"): the words
# between are its title. Not a line with the writer in it.
_PLAYED_ON_REPEAT = needles.compile(
    r"\b(?:listening to|listened to|playing|played|play|blasting|singing|humming|put on) "
    r"((?:(?!(?:i|me|my|myself|im|i'm|i’m|and|but)\b)[\w'’]+ ){1,6}?)(?:(?:by|from|off) (?:the )?"
    r"[\w'’.*]+(?: [\w'’.*]+){0,2} )?(?:(?:is |has been |been )?on (?:repeat|loop|a loop)|"
    r"over and over|(?:all day|all night) on (?:repeat|loop)|on (?:the |my )?(?:piano|guitar|"
    r"ukulele|uke|keyboard|violin|spotify))\b"
)


def without_titles(text: str) -> str:
    """``text`` with any title next to the word for what it titles blanked out."""
    if not _MEDIA.search(text.lower()):
        return text
    text = _QUOTED.sub(" ", text)
    text = _CAPITALS_THEN_SOURCE.sub(" ", text)
    text = _LOWER_THEN_SOURCE.sub(" ", text)
    text = _PLAYED_ON_REPEAT.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " ", text)
    return _BARE.sub(lambda m: m.group(0)[: m.start(1) - m.start(0)] + " ", text)
