"""European languages read by concept: a means or a place beside despair, a farewell beside an end.

Kinds a blind set found missed, each told in German, Dutch, Afrikaans, Polish, Russian, Ukrainian,
Romanian, Portuguese, Spanish, Italian and French (and in Turkish, Czech, Swedish and Greek):

- ``check``: a means at hand (a gun or a shotgun and its cartridges, a rope or a noose, rat
  poison or weedkiller, pills put by, a car's engine running in a closed garage) in the same
  message as despair ("no sense any more", "I can't any more", "thinking of it more and more
  often", "not sure I'll switch it off next time") or an end ("I'm done", "it has to stop");
- ``prepare``: a farewell done (leave taken of the animals, a pet taken to a sister or a
  neighbour, things given away, a will or a letter written) beside an end ("that's it then",
  "it has to stop", "this week I finish with everything"); a present given "and he doesn't know
  it's a goodbye"; a rope or pills kept in the car with the tree or the day chosen;
- ``intent``: going to the forest, the river or the bridge "and not coming back";
- ``passive``: praying to be taken in one's sleep;
- ``other``: a father who took his gun and said not to look for him; a sister who cut herself
  and says she wants to die.

The words of each concept are listed per language with their inflections, and a rule needs two
concepts of one language in one message, in either order (``_both``). A means alone (hunting
season, a rifle cleaned, rat poison bought for the rats, the garage where the engine is mended),
a farewell alone (a will made after a wedding, a dog left with a sister for the holidays) and a
forest walk with a time to be back stay quiet; what excuses a means (the hunt, the rats, a
repair) is read anywhere in the message. A will made after a wedding or at the notary's is no
farewell (``later``), and a burn or a cut while cooking is no self-harm (``guard``, which the
classifier defers to as well). The words live in ``concepts_north``, ``concepts_south`` and
``concepts_more``, written with accents and folded like the text (``crisis.lexicons``); pure,
nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis import phrases as phrases_
from crisis.lexicons import concepts_more, concepts_north, concepts_south


def _gated(concept: str) -> str:
    """``concept`` behind a glance at the letters it can start with: a message without it is
    read letter by letter, not alternative by alternative."""
    heads = phrases_.spread(f"(?:{concept})")
    if heads is None:
        return f"(?:{concept})"
    return f"(?=[{''.join(sorted({head[0] for head in heads}))}])(?:{concept})"


def _both(a: str, b: str, unless: str = "") -> str:
    """``a`` and ``b`` in one message, in either order, and ``unless`` nowhere in it: look-aheads
    from the message's start, so that each concept is written once (a phrase spread by its first
    letters, ``crisis.phrases``, would copy its long look-aheads once for every alternative)."""
    # the excuse last: most messages have no means, and are not read for one
    none = f"(?!.*\\b{_gated(unless)}\\b)" if unless else ""
    return f"(?=.*\\b{_gated(a)})(?=.*\\b{_gated(b)}){none}"


def _any_language(first: str, pairs: list[str]) -> str:
    """One phrase for all languages: a glance for ``first`` in any of them, then each language's
    pair; a message with none of the first concept is read once, not once a language."""
    every = "|".join(words[first] for words in _LANGS.values())
    return f"^(?=.*\\b{_gated(every)})(?:" + "|".join(pairs) + ")"


_LANGS = {**concepts_north.WORDS, **concepts_south.WORDS, **concepts_more.WORDS}
_EVERYDAY = {**concepts_north.EVERYDAY, **concepts_south.EVERYDAY, **concepts_more.EVERYDAY}


def _rules(kind: str) -> tuple[str, ...]:
    """Every language's rules of one kind."""
    if kind == "check":
        # a means beside despair, an end or a farewell: ask
        return (
            _any_language(
                "means",
                [
                    _both(w["means"], f"{w['dark']}|{w['end']}|{w['farewell']}", _EVERYDAY[lang])
                    for lang, w in _LANGS.items()
                ],
            ),
        )
    if kind == "prepare":
        return (
            _any_language("end", [_both(w["end"], w["farewell"]) for w in _LANGS.values()]),
            _any_language(
                "means",
                [_both(w["means"], w["chosen"], _EVERYDAY[lang]) for lang, w in _LANGS.items()],
            ),
            *(w["secret"] for w in _LANGS.values()),
        )
    concept = {"intent": "gone", "passive": "sleep", "other": "other"}[kind]
    return tuple(w[concept] for w in _LANGS.values())


# A will made after a wedding, a birth or a house bought is paperwork: it excuses a farewell.
_WEDDING = (
    r"(?:hochzeit|heirat|bruiloft|huwelik|troue\b|ślub\w*|slub\w*|свадьб\w*|весілл\w*|nunt\w*|"
    r"casamento|boda|matrimonio|mariage|geburt|geboorte|urodzeni\w*|рождени\w*|naștere|"
    r"nascimento|nacimiento|nascita|naissance|hauskauf|huis gekocht|notar\w*|notaris|notário|"
    r"notario|notaio|notaire|нотариус\w*|нотаріус\w*|düğün\w*|svatb\w*|bröllop\w*|γάμο\w*)"
)
_WILL = r"(?:testament\w*|testamento|завещани\w*|заповіт\w*|vasiyet\w*|závěť|διαθήκη)"

LEXICON = {kind: _rules(kind) for kind in ("check", "prepare", "intent", "passive", "other")}
# A burn or a cut while cooking, told of oneself or a sister: no self-harm, and the classifier,
# which reads "burned" and "cut" in a foreign message as risk, defers to it.
_KITCHEN = (
    r"(?:zich|me|mezelf) (?:\w+ ){0,2}?(?:gebrand|verbrand|gesneden) (?:\w+ ){0,3}?(?:bij|tijdens|"
    r"met|aan) (?:het |de )?(?:koken|bakken|strijken|oven|pan)",
    r"(?:gebrand|verbrand|gesny) (?:\w+ ){0,3}?(?:met|by|aan) (?:die )?(?:kook|oond|pan|stoof)",
    r"(?:poparzył|oparzył|skaleczył)\w* (?:\w+ ){0,2}?(?:przy gotowaniu|w kuchni|o piekarnik|"
    r"o patelnię)",
    r"(?:обожгл|обжегс|обжёгс|порезал)\w* (?:\w+ ){0,3}?(?:когда готовил\w*|на кухне|об духовку|"
    r"об сковородку|о сковородку|о духовку)",
    r"(?:обпекл|обпікс|порізал)\w* (?:\w+ ){0,3}?(?:коли готувал\w*|на кухні|об духовку|об "
    r"сковорідку)",
    r"s a (?:ars|tăiat|frip) (?:\w+ ){0,3}?(?:la gătit|în bucătărie|când (?:gătea|tăia)|de cuptor|"
    r"de tigaie)",
    r"(?:queimou|queimei|cortou|cortei)(?: se| me)? (?:\w+ ){0,3}?(?:a cozinhar|cozinhando|na "
    r"cozinha|no forno|na frigideira)",
    r"(?:se quemó|me quemé|se cortó|me corté) (?:\w+ ){0,3}?(?:cocinando|en la cocina|con el "
    r"horno|con la sartén)",
    r"(?:bruciat|tagliat|scottat)\w* (?:\w+ ){0,3}?(?:cucinando|in cucina|col forno|con il forno|"
    r"con l ?olio|con la padella|affettando)",
    r"(?:brûlé|brulé|coupé)e? (?:\w+ ){0,3}?(?:en cuisinant|dans la cuisine|avec le four|avec la "
    r"poêle|sur la plaque)",
)
# ...unless it was done on purpose: "me corté a propósito en la cocina" keeps its reply. The
# words are read only inside the phrase and just after it, once its start has matched: a look
# ahead over the whole message at every word would make a long message cost a second.
_PURPOSE = (
    r"(?:expres|met opzet|opzettelijk|doelbewus|opsetlik|met opset|celowo|specjalnie|"
    r"naumyślnie|специально|нарочно|намеренно|навмисно|спеціально|intenționat|dinadins|"
    r"de propósito|propositadamente|a propósito|adrede|intencionalmente|apposta|di proposito|"
    r"volontariamente|exprès|volontairement|délibérément|on purpose)\b"
)
_FILLER = needles.compile(r"\(\?:\\w\+ \)\{0,(\d)\}\?")


def _not_on_purpose(phrase: str) -> str:
    """``phrase`` with no word of purpose among its filler words or in the four words after it."""
    inner = _FILLER.sub(lambda m: f"(?:(?!{_PURPOSE})\\w+ ){{0,{m.group(1)}}}?", phrase)
    return inner + f"(?!(?: \\w+){{0,4}}? {_PURPOSE})"


LEXICON["guard"] = tuple(map(_not_on_purpose, _KITCHEN))
LEXICON["later"] = (
    _WILL + r" (?:[^ ]+ ){0,8}?" + _WEDDING,
    _WEDDING + r" (?:[^ ]+ ){0,8}?" + _WILL,
)
# What every phrase above holds, for the first glance over a message (``crisis.languages``): a
# means or an end (which the pairs start from), or one of the single phrases.
LEXICON["prefilter"] = (
    "|".join(w["means"] for w in _LANGS.values()),
    "|".join(w["end"] for w in _LANGS.values()),
    *LEXICON["intent"],
    *LEXICON["passive"],
    *LEXICON["other"],
    *(w["secret"] for w in _LANGS.values()),
)
