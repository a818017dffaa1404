"""Words of dying said laughing, and a cut made in the kitchen: what the classifier defers to.

The classifier has seen "dead" and "cut" mostly in crises; two everyday uses it misreads:

- ``_LAUGHED_DEAD``: "i'm dead", "i'm deceased", "i'm crying" with a laughing mark and something
  seen or said ("im DEAD 😂😂 did u see what he posted");
- ``_KILL_ME_NOW``: "kill me now", "someone kill me" cried over an embarrassment with a
  laughing or crying mark ("kill me now, my mom just posted my baby pics on facebook 😭😭"): a
  parent's post, baby photos, a crush who saw, a cringe; not beside a weight that lasts ("i cant
  do this anymore", "hate my life"), which is the writer's own;
- ``_KITCHEN``: a steak, a roast or a loaf rested, carved or cut ("how long do you rest a steak
  before you cut it").

Neither excuses a message with a wish, a means or a word of ending beside it ("im dead inside
lol i want to die", "cut myself while carving the roast and i wanted to"). Read on normalised
text and the raw text's laughing marks; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_LAUGHED_DEAD = needles.compile(
    r"\bi am (?:literally |actually |so |fully |lowkey |absolutely |actually so )?(?:dead|"
    r"deceased|dying|crying|screaming|weak)\b(?! (?:inside|already|soon|to|of|from|and (?:want|"
    r"wish)))"
)
_SEEN = needles.compile(
    r"\b(?:did you see|have you seen|you seen|look at|this video|that video|the video|this meme|"
    r"that meme|the meme|tiktok|posted|post|his face|her face|he said|she said|they said|funny|"
    r"hilarious|joke|story|tweet|comment|clip|reel)\b"
)
_LAUGH = needles.compile(r"😂|🤣|💀|😭|😆|lol|lmao|lmfao|haha|hahaha|pmsl|rofl")
_KILL_ME_NOW = needles.compile(
    r"\b(?:kill me now|just kill me|someone kill me|somebody kill me|kill me please|please kill me|"
    r"pls kill me|plz kill me|end me now|just end me)\b"
)
_EMBARRASSED = needles.compile(
    r"\b(?:baby (?:pics|pictures|photos|videos?)|(?:mom|mum|dad|mother|father|parents|aunt|nan|"
    r"grandma) (?:\w+ ){0,2}?(?:posted|shared|showed|tagged|commented|sent)|embarrass\w*|cringe\w*|"
    r"cringy|mortified|awkward|my crush (?:\w+ ){0,2}?(?:saw|heard|read|liked)|tagged me|"
    r"facebook|instagram|tiktok)\b"
)
_LASTING = needles.compile(
    r"\b(?:anymore|any more|cant do this|can not do this|hate my life|tired of (?:living|life|"
    r"everything)|every day|everyday|always|never gets better|nobody cares|no one cares|alone|"
    r"worthless|burden|serious|seriously|not joking|for real|fr)\b"
)
_KITCHEN = needles.compile(
    r"\b(?:rest|resting|rested|carve|carving|slice|slicing|cut|cutting) (?:\w+ ){0,3}?(?:steak|"
    r"steaks|roast|joint|brisket|chicken|turkey|lamb|pork|beef|loaf|bread|sourdough|cake|"
    r"brownies|pizza|lasagne|lasagna|meat|ham)\b"
    r"|\b(?:steak|steaks|roast|joint|brisket|chicken|turkey|lamb|pork|beef|loaf|bread|sourdough|"
    r"cake|brownies|meat|ham) (?:\w+ ){0,6}?(?:rest|resting|rested|carve|carving|slice|slicing|cut|"
    r"cutting)\b"
)
_OWN_END = needles.compile(
    r"\b(?:want to die|wish i was dead|wish i were dead|kill myself|end it|end my|suicid\w*|"
    r"myself|my (?:arm|arms|wrist|wrists|leg|legs|thigh|thighs|skin)|pills|overdose|not be here|"
    r"dead inside|no point|goodbye)\b"
)


def ordinary(text: str, plain: str) -> bool:
    """Dying said laughing over something seen, death asked for over an embarrassment, or a cut
    made in the kitchen, and no end."""
    if _OWN_END.search(plain):
        return False
    if _KITCHEN.search(plain):
        return True
    cried = _LAUGH.search(text.casefold()) is not None and _KILL_ME_NOW.search(plain) is not None
    if cried and _EMBARRASSED.search(plain) is not None and _LASTING.search(plain) is None:
        return True  # "kill me now, my mom just posted my baby pics 😭😭"
    laughed = _LAUGH.search(text.casefold()) is not None
    return laughed and _LAUGHED_DEAD.search(plain) is not None and _SEEN.search(plain) is not None
