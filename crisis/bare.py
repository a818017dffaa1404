"""Kinds told with almost nothing: a lone goodbye, a bare day, a family history turned into the
writer's own intent, a meme's "this girl" meaning the writer, a farewell put in a profile.

- ``lone``: a goodbye with nothing else ("bye.", "goodbye", "farewell everyone") or a day with
  nothing else ("ok so. saturday.", "tonight then."): the check-in, since a course bot is never
  told a day or a goodbye alone for any other reason. A goodbye with its reason or its next
  meeting ("bye, see you tomorrow", "bye!!"), a day asked about ("saturday?") or with its plan
  ("saturday works") is left alone.
  "I'm done" alone is asked about too: the check-in carries the lines, and the full reply is a tap
  away, where the full reply at once would be out of proportion if it meant the lesson.
- ``greeting``: a hello with at most an introduction ("Hallo, ich bin neu hier", "hola, soy
  nueva", "hi, my name is Sam"; not "hi, I'm X", which may say how someone is): nothing for the
  classifier to read, which in languages it hardly saw can take a greeting for distress.
- ``FAMILY_INTENT``: someone's suicide with the writer's own wish to follow it ("i'm 40 now,
  makes sense to follow him", "it runs in the family and i'm next"): the writer's crisis, not
  only a grief. A fear of it ("scared i'll end up like him"), a refusal ("determined not to go
  the same way") or a question about heredity is not intent.
- ``meme_self``: "this girl is done 💀", "ya girl wants to die", "this guy is ready to go" speak
  of the writer; the phrase is rewritten in the first person. "this girl in my class", "this
  guy i know" are someone else.
- ``bio``: a bio, status or profile changed to a farewell (with its words, or a bridge, a dove, a
  grave): someone else's when it is theirs, the writer's when it is their own.
Pure; nothing here logs.
"""

from __future__ import annotations

import re

from crisis import needles

CRISIS, CHECK, HELPER = "crisis", "check", "helper"  # the tiers, as ``crisis`` names them

_GOODBYE = r"(?:bye+|bye bye|goodbye|good bye|farewell|adios|adieu|so long)"
_LONE_GOODBYE = needles.compile(
    r"^" + _GOODBYE + r"(?: (?:everyone|everybody|all|all of you|guys|y ?all|world|friends|"
    r"then|now))?(?:\s*[.…]+)?$"
)
_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|this weekend|"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) night)"
)
_OPENER = r"(?:ok|okay|so|alright|right|well|fine|decided|it is|it s|its|it will be|it ll be|yeah)"
# punctuation between the words is kept: "ok so. saturday." is read from the text, not ``plain``
_LONE_DAY = needles.compile(
    r"^(?:" + _OPENER + r"[\s.,…]+){0,3}(?:" + _DAY + r"|tomorrow(?= *[.…]))"
    r"(?: (?:then|it is|it s|its|decided|night))?\s*[.…]*$"
)
_BARE_DAY = needles.compile(r"^" + _DAY + r"\s*[.…]+$")  # "saturday." with nothing before it
# "tonight" alone, even unpunctuated: no time the course asks for is said so ("tonight?" and
# "tonight!" ask or cheer)
_BARE_TONIGHT = needles.compile(r"^(?:it s |its |it is )?tonight(?: then| it is)?$")
# "I'm done" with nothing else: ask rather than tell; with its reason the rules have their say
_LONE_DONE = needles.compile(
    r"^(?:(?:ok|okay|so|well|yeah|honestly)[\s.,…]+){0,2}(?:i m|im|i am) (?:so |just |completely )?"
    r"done\s*[.…!]*$"
)
# a cut told in one word
_LONE_HARM = needles.compile(
    r"^(?:cut|cutting|cut again|cut myself|relapsed|relapsed again)\s*[.…]*$"
)
_EMOJI_TAIL = needles.compile(r"[\s\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d]+$")


_HELLO = (
    r"(?:hi+|hey+|hello+|hallo+|hallo zusammen|hola|bonjour|salut|ciao|ola|oi|privet|привет|"
    r"здравствуйте|добрый день|merhaba|selam|namaste|halo|hai|czesc|hej|hoi|salam|shalom|"
    r"good (?:morning|afternoon|evening)|guten (?:morgen|tag|abend)|buenos dias|buenas|bom dia|"
    r"boa tarde|buongiorno|dzien dobry|selamat (?:pagi|siang|sore|malam))"
)
_INTRO = (
    r"(?:everyone|everybody|all|guys|world|there|bot|again|"
    r"(?:i m|im|i am) new(?: here)?|new here|just joined|ich bin neu(?: hier)?|"
    r"je suis nouvel?(?:le)?(?: ici)?|soy nuev[oa](?: aqui)?|sono nuov[oa](?: qui)?|"
    r"sou nov[oa](?: aqui)?|я новенька?я?|я новый|я новая|jestem now[ya](?: tutaj)?|"
    r"saya baru(?: di sini)?|ben yeniyim|"
    r"(?:my name is|ich heisse|je m appelle|me llamo|mi chiamo|"
    r"meu nome e|меня зовут|nazywam sie|nama saya|benim adim) \w+)"
)
_GREETING = needles.compile(r"^" + _HELLO + r"(?: " + _INTRO + r")*$")


def greeting(text: str) -> bool:
    """A hello with at most an introduction: "Hallo, ich bin neu hier", "hi, I'm Sam"."""
    folded = re.sub(r"[^\w\s]", " ", _folded(text).replace("<b>", " ").replace("</b>", " "))
    folded = " ".join(folded.split())
    return len(folded) <= 60 and _GREETING.match(folded) is not None


def _folded(text: str) -> str:
    """The text in lower case with apostrophes dropped and trailing emoji and spaces cut."""
    lowered = text.casefold().replace("'", " ").replace("\u2019", " ").strip()
    return " ".join(_EMOJI_TAIL.sub("", lowered).split())


def lone(text: str) -> bool:
    """A goodbye, a day or "I'm done", and nothing else in the message."""
    folded = _folded(text)
    if not folded or len(folded) > 40:
        return False
    if _LONE_GOODBYE.match(folded):
        return True
    has_opener = re.match(_OPENER + r"\b", folded) is not None
    if _BARE_DAY.match(folded) or _BARE_TONIGHT.match(folded) or _LONE_HARM.match(folded):
        return True
    if _LONE_DONE.match(folded):
        return True
    return bool(has_opener and _LONE_DAY.match(folded))


_DIED = (
    r"(?:killed (?:himself|herself|themselves|themself)|took (?:his|her|their) (?:own )?life|"
    r"died by suicide|committed suicide|suicide|hanged (?:himself|herself|themselves)|"
    r"overdosed|shot (?:himself|herself)|jumped)"
)
_FOLLOW = (
    r"(?:(?:follow|following|join|joining|go with|be with) (?:him|her|them|my \w+)|"
    r"(?:go|going|goin|gonna go|heading|head) (?:the same way|down the same (?:road|path))|"
    r"(?:do|doing|gonna do|will do|ll do) (?:what|the same thing|the same) (?:he|she|they)? ?"
    r"(?:did|done)?|"
    # ...but not a turn at something ordinary: "suicide prevention training, im next to present"
    r"(?:my turn|i am next|im next|me next|next in line)(?! (?:in line for|on the list for|to "
    r"(?:present|speak|talk|pitch|play|bat|bowl|order|pay|perform|sing|read|drive|cook|choose|"
    r"pick|be (?:seen|served|called|interviewed|promoted))|for (?:the|a|an|my|promotion|"
    r"training|a raise)\b))|"
    r"(?:same age (?:as )?(?:he|she|they) (?:was|were|did it)|i am (?:\d+|the same age) now)|"
    r"(?:runs in (?:the|my|our) (?:family|blood)|in my (?:blood|genes))"
    r"(?= (?:\w+ ){0,5}?(?:i am|im|i will|ill|i ll|me) (?:next|going|doing|done|ready|following)"
    r"|$)|"
    r"end (?:it )?(?:the same way|like (?:him|her|them)(?! if))|"
    r"(?:the )?same for me\b(?=.*\b(?:making it so|now|ready|decided|planned)\b)|making it so"
    r")"
)
FAMILY_INTENT = needles.compile(r"\b" + _DIED + r"\b(?P<between>.*?)\b" + _FOLLOW)
# fear, refusal or a question: "scared i'll end up like him", "determined not to follow him"
_NOT_INTENT = needles.compile(
    r"\b(?:not|never|no|afraid|scared|terrified|worried|worry|worries|fear|fears|refuse|"
    r"determined|promise|break|hereditary|genetic|risk|chance|odds|statistics?)\b"
)
_MEME = needles.compile(
    r"(?:^|\b(?:and|so|but|now|lol|pov|me|mood) )(?:pov |me |mood )?(?:this|ya|your|ur|yo) "
    r"(?:girl|guy|gal|boy|dude|bitch|lady|man|bro)(?: s)? (?!in |at |from |who |i |that |next |"
    r"on |down |over |across |with |named |called |you |he |she |they |we |my )"
)
_HER = needles.compile(r"\b(?:her|his)\b")
_HERSELF = needles.compile(r"\b(?:herself|himself)\b")
_THIRD_TO_FIRST = (
    (needles.compile(r"^i (?:is|s) "), "i am "),
    (needles.compile(r"^i (?:has) "), "i have "),
    (needles.compile(r"^i (?:does) "), "i do "),
    (needles.compile(r"^i (?:was) "), "i was "),
    (
        needles.compile(r"^i (wants|needs|feels|thinks|keeps|knows|plans|gets|goes|says|wishes) "),
        "",
    ),
)


def meme_self(plain: str) -> str:
    """ "this girl is done with life" → "i am done with life"; anything else unchanged."""
    m = _MEME.search(plain)
    if m is None:
        return plain
    head = plain[: m.start()] + re.sub(r"(?:this|ya|your|ur|yo) \w+(?: s)? $", "", m.group())
    rest = _HERSELF.sub("myself", _HER.sub("my", plain[m.end() :]))
    rewritten = "i " + rest
    for pattern, replacement in _THIRD_TO_FIRST:
        verb = pattern.match(rewritten)
        if verb is None:
            continue
        if replacement:
            return head + replacement + rewritten[verb.end() :]
        word = verb.group(1)
        base = word[:-2] if word.endswith("es") and word != "goes" else word[:-1]
        base = "go" if word == "goes" else base
        return head + f"i {base} " + rewritten[verb.end() :]
    return head + rewritten


_PROFILE = (
    r"(?:bio|status|about me|about section|profile|display name|user ?name|screen name|caption|"
    r"description|pfp|profile picture|"
    r"header|story|stories|away message)"
)
_CHANGED = r"(?:changed|updated|set|put|made|switched|posted|wrote)"
_FAREWELL_WORDS = needles.compile(
    r"\b(?:goodbye|good bye|bye|farewell|see you on the other side|see you (?:all )?(?:later|"
    r"soon|someday|on the other side)|thank you for everything|thanks for everything|"
    r"it was nice knowing|sorry for everything|the end|rest in peace|rip|gone|last|final|"
    r"finally free|free at last|at peace|no more pain|forever)\b"
)
_FAREWELL_EMOJI = needles.compile("🌉|🕊|⚰|🪦|👋|🥀|🖤")
# a move to another app, a holiday, a job: "bye twitter, find me on bluesky"
_ELSEWHERE = needles.compile(
    r"\b(?:bye|goodbye|farewell|leaving|quitting|quit|deleting) (?:twitter|instagram|insta|"
    r"facebook|tiktok|bluesky|mastodon|threads|snapchat|reddit|x|social media)\b|"
    r"\b(?:find me|follow me|moving to|new account|holiday|vacation|trip|travel\w*|new job|"
    r"offline for|break from|detox|see you in (?:\w+ )?(?:days|weeks|a week|a month|september|"
    r"january))\b"
)
_THEIRS = needles.compile(
    r"\b(?:his|her|their|hers)\b " + r"(?:\w+ )?" + _PROFILE + r"\b|\b\w+ s " + _PROFILE + r"\b"
)
_MINE = needles.compile(r"\bmy (?:\w+ )?" + _PROFILE + r"\b")


def bio(text: str, plain: str) -> str | None:
    """HELPER for another's profile changed to a farewell, CRISIS for one's own, else None."""
    if not re.search(r"\b" + _PROFILE + r"\b", plain):
        return None
    if not re.search(r"\b" + _CHANGED + r"\b|\b(?:says|reads|now says|just says)\b", plain):
        return None
    if not (_FAREWELL_EMOJI.search(text) or _FAREWELL_WORDS.search(plain)):
        return None
    if _ELSEWHERE.search(plain):
        return None
    if _MINE.search(plain):
        return CRISIS
    return HELPER if _THEIRS.search(plain) else None


def ordinary_profile(text: str, plain: str) -> bool:
    """A profile changed to something that is no farewell (a job, a pet, another app)."""
    if not re.search(r"\b" + _PROFILE + r"\b", plain) or not re.search(
        r"\b" + _CHANGED + r"\b", plain
    ):
        return False
    farewell = _FAREWELL_EMOJI.search(text) or _FAREWELL_WORDS.search(plain)
    return not farewell or _ELSEWHERE.search(plain) is not None


_QUOTED = needles.compile(
    r"\b(?!i\b)\w+ (?:\w+ ){0,3}?(?:texted|wrote|said|says|posted|messaged|sent|captioned|"
    r"caption|put|tweeted|commented)\b[^'\"\u2018\u201c]{0,80}['\"\u2018\u201c]"
    r"([^'\"\u2019\u201d]{3,120})"
)
_QUOTE_FAREWELL = needles.compile(
    r"\b(?:nice knowing you|thanks for everything|thank you for everything|finally free|"
    r"last (?:session|time|day|message|goodbye)|see you on the other side|(?:don t|dont|do not) "
    r"look for me|goodbye|forgive me|take care of (?:\w+ )?for me|(?:don t|dont|do not) text back|"
    r"won t be (?:around|here)|not be (?:around|here)|the only good (?:part|thing)|for what s "
    r"coming|waiting to go|things to do before)\b"
)


# An apology for everything quoted is often one after a quarrel; with someone left in the
# reader's care, or the writer leaving the chat after it, it is a farewell:
# "she wrote in the family group 'sorry for everything, take care of mom' and left the group"
_QUOTE_SORRY = needles.compile(r"\b(?:sorry for everything|sorry for all of it|forgive me)\b")
_QUOTE_ENTRUSTED = needles.compile(
    r"\btake care of (?:mom|mum|mama|mother|dad|papa|father|grandma|nan|the kids|my kids|the "
    r"children|my children|my (?:cat|dog|son|daughter|baby)|each other|yourselves|everyone)\b"
)
_LEFT_AFTER = needles.compile(
    r"['\"\u2019\u201d].{0,40}\b(?:left the (?:group|chat)|left (?:our|the family|the) (?:\w+ )?"
    r"(?:group|chat)|deleted (?:his|her|their) (?:account|profile|number)|blocked (?:everyone|"
    r"us|all of us)|turned (?:off )?(?:his|her|their) phone(?: off)?|(?:phone|phones) (?:is |"
    r"are )?off|not answering|went offline)\b"
)
_QUOTE_ORDINARY = needles.compile(
    r"\bsee you (?!on the other side)|\b(?:tomorrow|tonight at|next week|christmas|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|soon|later|lol|haha|class|work|team|job|office)\b"
)


# a card, a yearbook, a leaving do: farewells of the ordinary kind
_CARD = needles.compile(
    r"\b(?:card|leaving do|leaving party|farewell party|retire\w*|wedding|yearbook|graduation|"
    r"new job|last day at|moving away|moved away|moving to|emigrat\w*|end of (?:term|the year|"
    r"school))\b"
)


def quoted_other(text: str) -> bool:
    """Someone else's farewell, quoted: "he texted me 'don't look for me'"."""
    lowered = text.casefold().replace("\u2019", " ").replace("'", " ' ").replace("  ", " ")
    lowered = re.sub(r"(?<=\w) ' (?=(?:t|s|m|re|ll|ve|d)\b)", " ", lowered)
    for m in _QUOTED.finditer(lowered):
        said = m.group(1)
        farewell = _QUOTE_FAREWELL.search(said) is not None
        if not farewell and _QUOTE_SORRY.search(said):
            entrusted = _QUOTE_ENTRUSTED.search(said) is not None
            farewell = entrusted or _LEFT_AFTER.search(lowered, m.end()) is not None
        if farewell and not _QUOTE_ORDINARY.search(said):
            if _CARD.search(lowered):
                return False
            return True
    return False


def read(text: str, plain: str) -> tuple[str, str] | None:
    """(tier, reason) for a kind told with almost nothing, when no rule spoke; else None."""
    intent = FAMILY_INTENT.search(plain)
    if intent is not None:
        between = plain[intent.start("between") : intent.end()]
        question = text.rstrip().endswith("?")
        if not _NOT_INTENT.search(between) and not question:
            return CRISIS, "family intent"
    if quoted_other(text):
        return HELPER, "quoted"
    told = bio(text, plain)
    if told is not None:
        return told, "bio"
    if lone(text):
        return CHECK, "lone"
    return None
