"""Catalan, which had no lexicon: the text read as Spanish missed "m'he pres tota la caixa".

Folded as every lexicon is, so "m'he" reads "mhe", "treure'm" reads "treurem" and "matar-me"
reads "matar me". The kinds: a whole box of pills taken, too much ketamine with trouble
breathing, how many pills not to wake up, wanting to die or to kill oneself, throwing oneself
from the bridge or into the river, wishing not to wake up, the family better off without the
writer, a farewell letter; a sibling who wants to die or hid a rope; "I can't any more" for the
check-in; worthlessness and fear for the caring reply.

Lookalikes: dying of laughter or hunger, killing time, a box of biscuits, pills as the doctor
prescribed, "I don't want to die", a film.
"""

_PILLS = (
    r"(?:pastilles|pastis|píndoles|medicaments|somnífers|calmants|antidepressius|ansiolítics|"
    r"ibuprofens|paracetamols|orfidal|diazepams?|ketamina|keta|pastilla)"
)
_KIN = (
    r"(?:germà|germana|mare|pare|fill|filla|amic|amiga|parella|nòvia|nòvio|marit|dona|cosí|"
    r"cosina|avi|àvia|company|companya)"
)

LEXICON = {
    "fiction": (r"a la (?:pel ?lícula|novel ?la|sèrie|cançó)|al (?:llibre|film)",),
    "past": (r"fa (?:\w+ )?anys(?! que no)",),
    "recovered": (r"(?:ara|avui) estic (?:bé|millor)|me n he sortit",),
    "later": (r"fins (?:demà|aviat|després|dilluns)|ens veiem",),
    "routine": (r"com (?:sempre|cada dia|m ha dit)|(?:el|la) metge|recepta|prescrit",),
    "guard": (
        r"(?:em moro|morint|mort[ae]?|morta) de (?:riure|gana|set|son|fred|calor|ganes|vergonya|"
        r"por|avorriment)",
        r"matar el temps|no vull morir",
    ),
    "overdose": (
        r"(?:mhe|he|ens hem) (?:pres|begut|empassat|menjat) (?:\w+ ){0,2}?(?:tota la caixa|tot el "
        r"pot|tot el blíster|totes les|tots els|una caixa sencera|massa|\d\d+) (?:\w+ ){0,3}?"
        + _PILLS,
    ),
    "method": (
        r"quant[aeso]s? (?:\w+ ){0,4}?" + _PILLS + r" (?:\w+ ){0,4}?per (?:morir|no despertar|"
        r"matar me|matarme|no tornar a despertar|suicidar me)",
        r"com (?:puc |podria )?(?:matar me|suicidar me)|morir sense (?:dolor|patir)",
        r"(?:quina )?dosi (?:\w+ ){0,2}?(?:letal|mortal)",
    ),
    "intent": (
        r"(?:vull|voldria|penso|estic pensant en|he decidit|tinc ganes de) (?:\w+ ){0,2}?"
        r"(?:morir|matar me|matarme|suicidar me|treurem la vida|acabar amb tot|acabar amb la "
        r"meva vida|llançar me|tirar me)",
        r"(?:em vull|em vaig a|men vaig a) (?:matar|suicidar|tirar|llançar)",
        r"no vull viure (?:més|mes)|ja no vull viure",
    ),
    "passive": (
        r"(?:tant de bo|magradaria|voldria) (?:\w+ ){0,2}?(?:no despertar me|no despertarme|no "
        r"existir|desaparèixer|no haver nascut)",
        r"estarien millor sense mi|sóc una càrrega|no despertar me mai més",
    ),
    "prepare": (
        r"carta de comiat|adéu per sempre|he escrit (?:\w+ ){0,2}?carta (?:\w+ ){0,5}?demà "
        r"(?:men vaig|marxo)(?= *$)",
    ),
    "other": (
        _KIN + r" (?:\w+ ){0,3}?(?:diu|ha dit|mha dit|escriu) (?:\w+ )?que (?:es vol matar|vol "
        r"morir|no vol viure)",
        _KIN + r" (?:\w+ ){0,3}?(?:ha amagat|amaga) (?:una )?(?:corda|soga|pastilles)",
        _KIN + r" (?:\w+ ){0,3}?sha pres (?:tota la caixa|totes les|massa)",
    ),
    "check": (r"(?:ja )?no puc més(?! de )(?= *$| amb| no)",),
    "distress": (
        r"no valc (?:res|per a res)|no serveixo per a res|em sento (?:buit|buida|inútil|un "
        r"fracàs)|tinc (?:molta )?por tota l ?estona|sempre tinc por",
    ),
}
