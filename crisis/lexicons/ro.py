"""Romanian beyond the plainest statements (``more``, ``wider_europe``): a threat to hang or throw
oneself, pills hoarded, the surest way not to wake.

- ``intent``: "mă spânzur", "mă arunc de pe bloc" or "în fața trenului", "o să-mi tai venele",
  "nu vreau să mai trăiesc" (not in a town or with someone): a threat, often tied to a decision
  ("dacă mă respinge comisia, mă spânzur"); a song "de tăiat venele" is guarded.
- ``passive``: wanting to fall asleep and not wake, to disappear for good.
- ``prepare``: pills gathered or hidden (from the infirmary), or "taken all at once when I
  decide"; not pills hidden from the children, picked up off the floor or kept in a drawer.
- ``method``: the surest or quickest way "not to wake any more" or "to die" (not to wake up
  tired or at night), a lethal dose.
- ``prepare`` too: the day said to be tomorrow or on a weekday, chosen long ago ("mâine e ziua.
  am ales-o de acum o lună"); my birthday ("ziua mea"), a wedding, an exam or a flight whose
  day it is stay quiet.
- ``self_harm``: arms or wrists cut again on purpose (not a finger while cooking).
- ``other``: a sister or a friend who posted "iertați-mă" or a goodbye and does not answer the
  phone since.
- ``check``: fed up with life.

Written folded: "ă", "â", "î", "ș", "ț" read "a", "a", "i", "s", "t" (``crisis.languages``).
"""

_PILLS = r"(?:pastil\w*|tablet\w*|medicament\w*|somnifer\w*|calmant\w*|xanax\w*|diazepam\w*)"
_NOT_WOKEN_BY = r"(?! (?:\w+ )?(?:obosit\w*|noaptea|devreme|tarziu|des|cu|la|in|dimineata)\b)"

LEXICON = {
    "guard": (
        r"(?:muzic|melodi|cantec|cantar|film|manel)\w* (?:\w+ ){0,3}?de taiat venele",
        r"nu (?:mai )?vreau sa (?:mai )?traiesc (?:in|la|cu|aici|acolo)\b",
    ),
    "later": (
        r"colegi(?:i|lor)?\b|pensi\w*|ne vedem|pe maine|ma eliberez|eliberare\w*|ma mut|mutare\w*",
    ),
    "intent": (
        r"ma (?:spanzur|spinzur)\b|ma arunc (?:de pe (?:bloc|pod|balcon|acoperis|geam|fereastra|"
        r"stanca|viaduct)|in fata (?:trenului|metroului|masinii|unei masini|tirului)|in gol|sub "
        r"(?:tren|metrou|roti))",
        r"(?:o sa|am sa|vreau sa|ma gandesc sa|as vrea sa) (?:\w+ )?(?:imi tai venele|ma spanzur|"
        r"ma arunc|ma omor)\b",
        r"nu (?:mai )?vreau sa (?:mai )?traiesc\b(?! (?:in|la|cu|aici|acolo|departe)\b)",
        r"imi tai venele\b(?! (?:\w+ ){0,3}?(?:muzic|melodi|cantec|manel)\w*)",
    ),
    "passive": (
        r"(?:vreau|as vrea|sper|ma rog|imi doresc|mi as dori) (?:\w+ ){0,2}?sa nu (?:ma )?mai "
        r"trezesc\b" + _NOT_WOKEN_BY,
        r"(?:sa )?adorm (?:\w+ )?si sa nu (?:ma )?mai trezesc|vreau sa dispar (?:pentru totdeauna|"
        r"definitiv|de pe fata pamantului)",
    ),
    "prepare": (
        r"(?:strang|adun|am strans|am adunat|pun deoparte|am pus deoparte|am ascuns|ascund|pitesc|"
        r"am pitit|le tin ascunse) (?:\w+ ){0,3}?"
        + _PILLS
        + r"\b(?! (?:\w+ ){0,2}?(?:de pe jos|de pe podea|in dulap|in sertar|de copii|de copil|de "
        r"nepot\w*|de la farmacie pentru))",
        _PILLS + r" (?:[^ ]+ ){0,12}?(?:le iau|le inghit|le beau) pe toate (?:odata|deodata|"
        r"cand|intr o)",
        r"(?:scrisoare|bilet|biletul|mesaj) de (?:ramas bun|adio)",
        # the day, chosen long ago: "mâine e ziua. am ales-o de acum o lună"
        r"^(?!.*\b(?:nunt\w*|botez\w*|petrecer\w*|concert\w*|examen\w*|interviu\w*|operati\w*|"
        r"zbor\w*|vacant\w*|excursi\w*|mutar\w*|aniversar\w*|nastere|meci\w*|bac\w*)\b).*?\b"
        r"(?:(?:maine|poimaine|diseara|vineri|sambata|duminica|luni|marti|miercuri|joi) e ziua|"
        r"ziua e (?:maine|poimaine|diseara|vineri|sambata|duminica|luni|marti|miercuri|joi))"
        r"(?! (?:mea|ta|lui|ei|noastra|cea mare|de nastere)\b) (?:[^ ]+ ){0,3}?am (?:ales|hotarat|"
        r"stabilit|decis|fixat) o\b",
    ),
    "method": (
        r"(?:metoda|modul|calea|varianta|mod) (?:\w+ ){0,3}?sa nu (?:te |ma )?(?:mai )?(?:te |ma )?"
        r"(?:trezesti|trezesc)\b" + _NOT_WOKEN_BY,
        r"(?:metoda|modul|calea|mod) (?:cea )?(?:mai )?(?:sigura|sigur|rapida|rapid|usoara|"
        r"nedureroasa) (?:\w+ ){0,2}?(?:sa mori|sa te omori|sa ma omor|de a muri|sa te sinucizi|"
        r"de sinucidere)",
        r"doz\w* (?:letal\w*|mortal\w*)",
    ),
    "self_harm": (
        r"mi am taiat (?:iar |din nou )?(?:venele|mainile|bratele|incheieturile)|"
        r"m am taiat (?:iar|din nou|intentionat) (?:pe|la) (?:maini|brate|picioare|incheieturi)",
    ),
    "other": (
        # a sorry or a goodbye posted, then no answer: "a scris pe facebook iertați-mă"
        r"(?:sora|fratele|prietena|prietenul|mama|tata|fiul|fiica|sotul|sotia|iubitul|iubita|"
        r"colegul|colega|verisorul|verisoara) (?:mea|meu|mamei|lui|ei|cea mai buna|cel mai bun )?"
        r"(?:[^ ]+ ){0,2}?(?:a scris|a postat|mi a scris|a trimis|a lasat) (?:[^ ]+ ){0,4}?"
        r"(?:iertati ma|adio|ramas bun|imi pare rau pentru tot|va iubesc pe toti) "
        r"(?:[^ ]+ ){0,4}?(?:nu (?:mai )?raspunde|are telefonul inchis|nu (?:mai )?da semne|nu "
        r"(?:mai )?(?:il|o) pot gasi)",
    ),
    "check": (r"(?:m am|mam) saturat de (?:viata|sa traiesc)",),
}

# The words one of the phrases above always holds, for the first glance over a message
# (``crisis.languages``): a message without any of them is not read phrase by phrase.
LEXICON["prefilter"] = (
    r"spanzur|spinzur|arunc|venele|omor|omori|traiesc|trezesc|trezesti|dispar|ramas bun|adio|"
    r"mori|muri|sinucizi|sinucidere|letal\w*|mortal\w*|taiat|saturat|e ziua|ziua e|iertati ma|"
    r"pentru tot|pe toti",
    _PILLS,
)
