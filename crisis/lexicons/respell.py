"""How people type the lexicons' words in a hurry: texting spellings, one word each.

Applied to a folded message word by word before the lexicons read it (``crisis.languages``),
so a phrase is written once, in its full spelling. Only for the lexicons: the English rules have
their own (``crisis.normalise``). A respelling that is another language's word would change its
reading, so each is a spelling no other language here uses as a word of its own.
"""

from types import MappingProxyType

RESPELL = MappingProxyType(
    {
        # Spanish
        "kiero": "quiero",
        "qiero": "quiero",
        "kieres": "quieres",
        "kiere": "quiere",
        "xq": "porque",
        "pq": "porque",
        "tmb": "tambien",
        "q": "que",
        "d": "de",
        # Arabic: the conjunction wa- written onto a negation or a pronoun
        "ومش": "و مش",
        "ولا": "و لا",
        "وما": "و ما",
        "وانا": "و انا",
        # Portuguese
        "kero": "quero",
        "qro": "quero",
        "n": "nao",
        "ñ": "nao",
        "vc": "voce",
        "mt": "muito",
        "mto": "muito",
        # French
        "jveux": "je veux",
        "jvx": "je veux",
        "jvais": "je vais",
        "jsuis": "je suis",
        "chui": "je suis",
        "jpp": "jen peux plus",
        "g": "jai",
        "mourrir": "mourir",
        "mourire": "mourir",
        "jme": "je me",
        # Italian
        "nn": "non",
        "cmq": "comunque",
        # German
        "sterbn": "sterben",
        "nich": "nicht",
        "ned": "nicht",
        "nimma": "nicht mehr",
        # Indonesian
        "pgn": "pengen",
        "pngn": "pengen",
        "pgen": "pengen",
        "bgt": "banget",
        "gw": "aku",
        "gue": "aku",
        # Hinglish
        "mrna": "marna",
        "mrne": "marne",
        "jina": "jeena",
    }
)

# Latin letters that look like Cyrillic ones, typed by mistake inside a Cyrillic word.
CYRILLIC_LOOKALIKES = MappingProxyType(
    {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к", "m": "м"}
)
