"""Everyday trouble the classifier reads as risk, in English and the languages people write in.

- a TV series, a soap or a show that can't be watched any more ("ya no aguanto más esta
  telenovela", "ye serial ab bardasht nahi hota", "abeg dis series don tire me"): ``show_drags``;
- a small injury got cooking or at sport, told with its first aid or as nothing much ("jari kena
  pisau waktu potong bawang, udah diplester", "oparzyłam się parą przy odcedzaniu makaronu, zimna
  woda", "enkel verzwikt bij het korfballen, zak erwten erop"): ``small_injury``;
- building work or a drill next door ("j'en peux plus de ce chantier, ils percent depuis 8h"), or
  a printer that jams again: ``noise_next_door``, which also excuses the lexicons' check-in;
- things given away before a move of house ("ho regalato tutti i miei libri prima del
  trasloco"): ``moving_away``, which also excuses the lexicons' preparations;
- a good laugh told as laughing oneself dead ("ich hab mich totgelacht", "morto de rir"):
  ``laughed``.

All are for the classifier to defer to (``crisis.by_model``); the rules and the lexicons still
read the message in full but for those two, and a word of harm or of dying beside them ("on
purpose", "my life", "want to die") takes the excuse away. Read on text folded as
``crisis.languages.fold`` folds it (no accents, no punctuation) so one list serves every
language. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles, small_occasions
from crisis.languages import fold

_SHOW = needles.compile(
    r"\b(?:telenovelas?|novelas?|series|serie|serial|serye|teleserye|show|sitcom|soap|episodes?|"
    r"episodios?|episode|capitulos?|season|temporada|staffel|saison|kdrama|k drama|dizi|"
    r"sinetron|drakor|anime)\b(?! up\b)"
)
# ...that drags, bores or can't be stood any more, or whose ending is not to be spoiled
_DRAGS = needles.compile(
    r"\b(?:aguanto|soporto|bardasht|kaya|tire|tired of|can not (?:watch|stand|take)|boring|"
    r"bored|drag\w*|slow|bagal|paulit|same|wahala|unbearable|insoportable|aburrid\w*|lent[oa]|"
    r"spoilers?|finale|final episode|binge\w*|annoying|chata|nudne|saai|membosankan|"
    r"todavia no|still not|never ends|no end)\b"
)
# A word of harm or of dying in any of these languages: then the show is no excuse.
_HARM = needles.compile(
    r"\b(?:die|dying|dead|death|kill\w*|suicid\w*|end it|my life|pills?|hurt\w*|harm\w*|"
    r"goodbye|forever|"
    r"morir\w*|muert\w*|matar\w*|mi vida|mamatay|patayin|buhay ko|marna|mar jaun|jaan|zindagi|"
    r"mati|bunuh|hidupku|hidup ku|umrzec|zabic|zycie|dood|leven|sterben|leben|morrer|vida|"
    r"mourir|vie|kufa|maisha|on purpose|sengaja|celowo|expres|express|a proposito|de proposito|"
    r"apposta|decision|decided|last(?! (?:episode|season|chapter|part))|timetable|post mortem|"
    r"access|"
    # pills or a rope put by, in those languages
    r"pastill\w*|pildor\w*|comprimid\w*|tabletk\w*|tabletten|pigulk\w*|cachets?|pilules?|"
    r"таблет\w*|пігулк\w*|soga|cuerda|corda|sznur\w*|strick|seil|corde|веревк\w*|мотуз\w*|"
    r"mourir|morir|умереть|померти|nie chce zyc|не хочу жити|не хочу жить|"
    # a farewell or a letter beside things given away
    r"addio|adios|adeus|adieu|abschied\w*|per sempre|para siempre|para sempre|pour toujours|"
    r"fur immer|na zawsze|lettera|carta|lettre|brief|list pozegnalny|perdon\w*|scusate|"
    r"verzeih\w*|pardon\w*|wybaczcie)\b"
)
# An injury done again is no accident told: "cut myself again", "kena lagi".
_AGAIN = needles.compile(r"\b(?:again|lagi|znowu|weer|otra vez|de novo|di nuovo|wieder|encore)\b")
# How it happened: in the kitchen or at sport.
_HOW = needles.compile(
    r"\b(?:cooking|chopping|cutting (?:the |an? |some )?(?:onions?|veg\w*|bread|carrots?)|oven|"
    r"pizza|pasta|onions?|stove|kitchen|football|soccer|basketball|netball|korfbal\w*|voetbal\w*|"
    r"hockey|gym|running|training|potong|bawang|masak\w*|dapur|odcedz\w*|makaron\w*|gotow\w*|"
    r"kuchni\w*|garnk\w*|piekarnik\w*|koken|kookte|keuken|uien|sportte\w*|futbol|futbol\w*|"
    r"cocinando|cocina|cebolla|horno|olla|cozinhando|cebola|forno|panela|bola|sepak bola|"
    r"pilka|pilke|pilki|kochen|zwiebel\w*|herd)\b"
)
# ...told with its first aid or as nothing much.
_SEEN_TO = needles.compile(
    r"\b(?:plaster\w*|plester\w*|diplester|band ?aid|bandage\w*|ice|ijs|hielo|gelo|lod|lodem|"
    r"eis|zimna woda|zimnej wody|cold water|koud water|agua fria|agua gelada|air dingin|erwten|"
    r"peas|nothing serious|no big deal|nada grave|nada serio|niets ernstigs|niks ernstigs|"
    r"po sprawie|nic (?:powaznego|wielkiego)|nggak apa|gak apa|ga apa|tidak apa|jalan terus|"
    r"reposo|rest|op de bank|sofa|bank)\b"
)
_INJURY = needles.compile(
    r"\b(?:cut|burn\w*|burnt|sprain\w*|twist\w*|kena pisau|luka|teriris|kesiram|oparzy\w*|"
    r"skaleczy\w*|zwichn\w*|skrec\w*|verzwikt|verstuikt|gesneden|gebrand|brandwond|torci|"
    r"torcido|queme|corte|cortei|queimei|torci|verbrannt|geschnitten|umgeknickt|brulee?|coupe)\b"
)


def show_drags(text: str) -> bool:
    """A series or a show that drags or can't be watched any more, with no word of harm."""
    folded = fold(text)
    return (
        _SHOW.search(folded) is not None
        and _DRAGS.search(folded) is not None
        and _HARM.search(folded) is None
    )


def small_injury(text: str) -> bool:
    """A small injury got cooking or at sport and seen to, with no word of harm beside it."""
    folded = fold(text)
    return (
        _INJURY.search(folded) is not None
        and _HOW.search(folded) is not None
        and _SEEN_TO.search(folded) is not None
        and _HARM.search(folded) is None
        and _AGAIN.search(folded) is None
    )


# Building work or a drill next door, in the languages people complain of it in.
_NOISE = needles.compile(
    r"\b(?:chantier|travaux|perceuse|bruit|obras|taladr\w*|ruido|barulho|"
    r"furadeira|baustelle|bohr\w*|larm|halas|remont\w*|wierc\w*|wiertark\w*|bormasin\w*|"
    r"zgomot\w*|santier\w*|berisik|bising|renovasi|verbouwing|boren|drilling|drill|"
    r"building work|roadworks|leaf blower|"
    # ...or a printer that jams again: "мій принтер знову зажував папір, я вже не можу це терпіти"
    r"printer|impresora|stampante|drucker|imprimante|impressora|drukark\w*|принтер\w*|"
    # the neighbours' noise, their drill or their building work, in Arabic
    + "|".join(fold(word) for word in ("صوت الجيران", "ضجيج", "ازعاج", "إزعاج", "الدريل", "الحفر"))
    + r")\b"
)


def noise_next_door(text: str) -> bool:
    """Building work or a drill that can't be stood, with no word of harm beside it."""
    folded = fold(text)
    return _NOISE.search(folded) is not None and _HARM.search(folded) is None


# Laughing oneself dead, in the languages that say it of a good laugh: a German message with "im"
# or "die" in it is read by the English classifier, which knows "dead" and not the idiom.
_LAUGHED = needles.compile(
    r"\b(?:totgelacht|tot gelacht|totlachen|totlache|doodgelachen|dood gelachen|doodlachen|"
    r"morto de rir|morta de rir|morrendo de rir|morto dal ridere|morta dal ridere|mort de rire|"
    r"morte de rire|muerto de risa|muerta de risa|muriendo de risa|muero de risa|"
    r"umieram ze smiechu|umarlam ze smiechu|umarlem ze smiechu|umre od smiechu)\b"
)


# A word of dying or harm beside the laugh (not ``_HARM``: "die" and "vie" are Dutch's and
# French's "that" and "life" in a laugh's story).
_LAUGH_BUT = needles.compile(
    r"\b(?:sterben|sterbe|umbringen|selbstmord|suizid\w*|zelfmoord|dood wil|dood willen|"
    r"morrer|me matar|suicid\w*|uccidermi|ammazzarmi|mourir|me tuer|morirme|matarme|umrzec|"
    r"zabic sie|kill\w*|want to die|end it|pills?|tabletten|pillen|comprimidos|pastillas)\b"
)


def laughed(text: str) -> bool:
    """A good laugh told as laughing oneself dead, with no word of harm beside it."""
    folded = fold(text)
    return _LAUGHED.search(folded) is not None and _LAUGH_BUT.search(folded) is None


# A move of house: "prima del trasloco", "antes de la mudanza", "wir ziehen um".
_MOVE = needles.compile(
    r"\b(?:trasloc\w*|mudanza|me mudo|nos mudamos|mudanca|(?:vou|vamos) (?:me |nos )?mudar|"
    r"demenag\w*|umzug\w*|ziehen? (?:\w+ )?um|przeprowadz\w*|переезд\w*|переїзд\w*|"
    # folded: the Ukrainian "ї" loses its dots
    r"переізд\w*|переезжа\w*|перееду|переедем|переехать|переіжджа\w*|переіду|переідемо|"
    r"переіхати)\b"
)


def moving_away(text: str) -> bool:
    """Things given away before a move of house, with no word of harm or of farewell beside."""
    folded = fold(text)
    return _MOVE.search(folded) is not None and _HARM.search(folded) is None


def ordinary(text: str) -> bool:
    """Whether ``text`` is one of the everyday troubles here."""
    return (
        show_drags(text)
        or small_injury(text)
        or noise_next_door(text)
        or moving_away(text)
        or laughed(text)
        or small_occasions.ordinary(text)  # a goodbye before a move, a party's thanks, a near miss
    )
