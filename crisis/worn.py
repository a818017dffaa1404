"""Distress told in the words of service life and of the young online, with no sign of risk: the
caring reply (``distress``).

- funerals piling up, comrades lost from one's old unit ("funeral season", "lost three guys from
  my old company"; not players lost in a raid, staff lost to a rival firm, to retirement or to
  better pay, nor an honour guard served);
- nobody at work or at home who "gets it" (not a joke, a meme or a lesson nobody got);
- a message that opens with being overwhelmed or burnt out, or "running on spite" (not
  overwhelmed with joy, by the support or by how good something is);
- not able to look at oneself in the mirror (not after a haircut, nor for dark circles);
- a friend who ghosted or blocked the writer, old chats reread (not left on read, laughing, nor a
  gym or study partner).

Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_FUNERALS = needles.compile(
    r"\b(?:funeral season|another funeral|funeral after funeral|one funeral after another|(?:so|"
    r"too) many funerals|(?:third|fourth|fifth|sixth|"
    r"\d+(?:st|nd|rd|th)) funeral|funerals (?:this|every) (?:year|month|week)|burying another)\b"
    r"|\blost (?:\w+ )?(?:guys|brothers|buddies|friends|mates|men|members|colleagues|coworkers|"
    r"co workers) (?:from|in|of) (?:my|our|the) (?:old )?(?:company|unit|platoon|squad|crew|"
    r"station|house|battalion|regiment|shift|department|watch|team)\b"
)
_FUNERALS_BUT = needles.compile(
    r"\b(?:raid|match|game|gg|other team|round|trade|traded|draft|fantasy|transfer|hiring|rival|"
    r"layoffs?|quit|"
    r"resigned|poached|sims|in the (?:show|book|film|movie|series)|"
    # colleagues lost to another job or to retirement; a funeral served at in uniform
    r"retir\w*|promot\w*|new (?:hospital|job|station|company|unit|firm)|better pay|"
    r"honou?r guard|funeral detail)\b"
)

_NOT_UNDERSTOOD = needles.compile(
    r"\b(?:nobody|no one|noone) (?:at (?:\S+ ){1,2}|here |irl |around me |in (?:my|this|"
    r"the) (?:\S+ )?)?(?:gets it|"
    r"gets me|understands|understands me|gets what i|gets how i)\b"
)
_NOT_UNDERSTOOD_BUT = needles.compile(
    r"\b(?:the|that|this|my|his|her|your|these|those|our) (?:joke|jokes|meme|memes|reference|"
    r"question|concept|lesson|puzzle|riddle|answer|homework|rules|recipe|instructions|plot)\b"
    r"|\b(?:explain\w*|math|maths|quiz|guild|raid|strat|build|clan|server|lobby|game)\b"
)

_OVERWHELMED = needles.compile(
    r"^(?:so |just |very |totally |completely |honestly |lowkey |highkey |really |kind of |feeling "
    r"|i am |i am so )?(?:overwhelmed|burnt out|burned out|"
    r"drowning(?! in))\b(?! (?:with|by) (?:joy|gratitude|love|kindness|support|happiness|"
    r"the (?:support|response|love|messages)|(?:the )?(?:calls|orders|requests|emails|tickets|"
    r"customers|applications|work|traffic|admissions|patients|bookings|deliveries)))"
    r"(?! (?:the|a|an|my|his|her|our|their|\d+)\b)"
    # overwhelmed by how good something is
    r"(?! (?:with|by) how (?:good|great|amazing|beautiful|kind|nice|lovely|well|much i love)\b)"
    r"|\brunning on (?:empty|fumes|spite|\w+ and spite)\b(?!.*\b(?:fill\w*|gas|tank|fuel|"
    r"petrol|diesel|battery|charg\w*)\b)"
)

_MIRROR = needles.compile(
    r"\b(?:can not|cant|could not|couldnt) (?:even )?(?:look|stand looking) (?:at )?"
    r"(?:myself|me) in the mirror\b"
)
_MIRROR_BUT = needles.compile(
    r"\b(?:haircut|hair|fringe|bangs|tattoo|sunburn|makeup|make up|braces|eyebrows?|dye|lol|"
    r"lmao|laugh\w*|"
    # looks after a long shift: dark circles, a breakout
    r"dark circles|eye bags|bags under|raccoon|panda|puffy|acne|pimples?|breakout|zits?)\b"
)

_GHOSTED = needles.compile(
    r"\b(?:best friend|bestie|bff|bestfriend|friend|friends|partner|boyfriend|girlfriend|gf|bf|"
    r"situationship|crush|mutual|mutuals)\b(?: \S+){0,2}? (?:ghosted|blocked|unfriended|"
    r"unadded|dropped|abandoned|stopped (?:talking to|replying to|texting|messaging|"
    r"answering)) me\b"
    r"|\bkeep (?:re ?reading|re ?watching|replaying|scrolling through|looking at) (?:our|his|"
    r"her|their|my) old (?:chats|messages|texts|photos|pics|dms)\b"
)
_GHOSTED_BUT = needles.compile(
    r"\b(?:lol|lmao|jk|on read|in game|in the game|"
    # a partner for the gym or a class project, not a friend
    r"(?:gym|workout|lifting|study|lab|project|running|tennis|squash|dance|climbing) partner)\b"
)


def distress(plain: str) -> bool:
    """Distress in service or online words (``plain``: normalised)."""
    if _FUNERALS.search(plain) and not _FUNERALS_BUT.search(plain):
        return True
    if _NOT_UNDERSTOOD.search(plain) and not _NOT_UNDERSTOOD_BUT.search(plain):
        return True
    if _OVERWHELMED.search(plain):
        return True
    if _MIRROR.search(plain) and not _MIRROR_BUT.search(plain):
        return True
    return bool(_GHOSTED.search(plain) and not _GHOSTED_BUT.search(plain))
