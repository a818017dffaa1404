"""Swedish and Dutch as teenagers text them, beyond ``crisis.lexicons.wider_europe``: the
statement without its "jag" or "ik", slang around it ("typ", "asså", "lowkey", "fr").

- ``intent``: "vill bara dö", "vill typ dö", "orkar inte leva"; "wil gewoon dood", "wil niet meer
  bestaan"; thoughts of suicide had now.
- ``place``: on the bridge, not knowing whether to jump.
- ``passive``: nobody would even notice or miss the writer; sleeping for ever.
- ``prepare``: a date chosen and nobody knows ("heb een datum gekozen ... niemand weet het",
  "har valt ett datum. ingen vet"); a letter for if the writer is not there tomorrow.
- ``self_harm``: cut again tonight, the urge to hurt oneself ("skar mig igen", "weer gesneden").
- ``overdose``: a two-figure number of (sleeping) pills taken ("tog typ 15 sömntabletter"), all
  of "m'n" pills.
- ``method``: how many pills not to wake again; a painless way to die.
- ``other``: a sister or friend who cuts herself; someone who wrote "I won't be here tomorrow"
  and went offline or does not answer.
- ``distress``: ashamed to death ("schaam me kapot"), empty inside, lonely.

Lookalikes kept quiet: dying of laughter or shame ("dog av skratt", "ik ga dood van schaamte"),
a cut finger while cooking or on paper, a date chosen for a wedding that everyone knows of, a
colleague who is not in tomorrow, a few painkillers for a headache.
Written with accents, folded alike (``crisis.lexicons``); pure.
"""

_PILLS_SV = (
    r"(?:sömntabletter|sömnpiller|tabletter|piller|alvedon|ipren|panodil|citodon|treo|"
    r"antidepressiva|lugnande)"
)
_PILLS_NL = r"(?:pillen|paracetamols?|tabletten|slaappillen|oxazepams?|ibuprofens?|pijnstillers)"

LEXICON = {
    "guard": (
        r"(?:dör|dog|dö) (?:\w+ )?(?:av|på) (?:skratt|skam|tristess|pinsamhet|hunger)|"
        r"(?:skar|skadade) mig (?:\w+ )?(?:i|på) (?:fingret|fingern|tummen|kniven|en kniv|"
        r"papper\w*|glas\w*|träning\w*|fotboll\w*|match\w*)|"
        r"(?:ga|gaan|ging) (?:\w+ )?dood (?:van|aan) (?:de |het )?(?:schaamte|lachen|verveling)",
    ),
    "intent": (
        r"(?:vill|ville) (?:bara |typ |liksom |lowkey |asså |helst |seriöst |verkligen )+dö\b"
        r"(?! (?:av|på) )",
        r"(?:wil|wou) (?:gewoon |letterlijk |echt |zo graag )+dood\b(?! (?:van|aan) )|"
        r"orkar inte (?:att )?leva|(?:har|får|fick) (?:\w+ )?självmordstankar|"
        r"(?:heb|krijg|kreeg) (?:\w+ )?zelfmoordgedachten",
        r"wil niet meer bestaan|(?:wil|ga) (?:\w+ )?zelfmoord plegen",
        r"(?:funderar|tänker|överväger) (?:\w+ )?(?:på )?(?:att )?ta alla (?:\w+ )?(?:tabletterna|"
        r"pillren|" + _PILLS_SV + r")|denk (?:\w+ )?(?:erover )?(?:om )?(?:ze |al mijn |alle )"
        r"(?:\w+ )?" + _PILLS_NL + r"? ?(?:allemaal )?(?:in )?te nemen",
    ),
    "passive": (
        r"(?:vill|ville) (?:bara )?(?:sova|somna) (?:för alltid|och aldrig vakna)|(?:vill|ville) "
        r"aldrig vakna (?:igen|mer|upp)",
        r"ingen skulle (?:ens |ju |typ )?sakna mig|ingen skulle (?:ens |ju |typ )?(?:märka|bry "
        r"sig) (?:\w+ )?(?:om|att) jag (?:\w+ )?(?:försvann|dog|var borta|inte fanns|tog livet)",
        r"niemand zou (?:me|mij) (?:\w+ )?missen|niemand zou (?:het )?(?:\w+ )?(?:merken|"
        r"doorhebben) (?:als|dat) ik (?:\w+ )?(?:verdween|verdwijn|dood|er niet meer)",
    ),
    "place": (
        r"(?:bron|taket|räcket|kanten|spåret|perrongen) (?:\w+ ){0,8}?(?:vet inte om jag ska|"
        r"funderar på att|tänker) hoppa",
    ),
    "prepare": (
        r"(?:brev|brevet|lapp) (?:\w+ ){0,8}?(?:ifall|om|när) jag inte (?:finns|lever|är kvar) "
        r"(?:imorgon|längre|mer|kvar)",
        r"datum (?:gekozen|geprikt|vastgesteld) (?:\w+ ){0,6}?niemand (?:weet|weet het|weet ervan)",
        r"(?:valt|bestämt) (?:ett )?datum (?:\w+ ){0,6}?ingen (?:vet|vet om det|vet det)",
    ),
    "self_harm": (
        r"(?:skar|skär|rispade|rispar|cuttade|cuttar) (?:\w+ )?mig (?:igen|i armen|i armarna|på "
        r"armen|i låret|ikväll igen)\b(?! (?:på|med) (?:kniven|en kniv|papper))|"
        r"(?:lust|sug) att (?:skada|skära) mig",
        r"(?:weer|opnieuw) (?:gesneden|gekrast|in mn armen gesneden)|(?:heb|had) (?:zon |zo n )?"
        r"(?:drang|behoefte) om (?:mezelf|me) (?:te )?(?:snijden|krassen|pijn te doen)",
    ),
    "overdose": (
        r"(?:alle|al) (?:mn|m n) (?:\w+ )?(?:pillen|tabletten|medicijnen|slaappillen|pijnstillers) "
        r"(?:\w+ )?(?:genomen|ingenomen|geslikt)",
        r"(?:tog|tagit|svalde|svalt|käkade) (?:typ |runt |ca |like |kanske )?[1-9]\d (?:st )?"
        + _PILLS_SV,
        r"(?:heb|had) (?:net |zonet |zojuist |typ |zo n |zon )?[1-9]\d "
        + _PILLS_NL
        + r" (?:genomen|geslikt|ingenomen)",
    ),
    "method": (
        r"hur många " + _PILLS_SV + r" (?:\w+ ){0,6}?(?:inte vakna|aldrig vakna)|smärtfri"
        r"(?:aste|tt)? (?:sätt|sättet) att dö",
        r"hoeveel " + _PILLS_NL + r" (?:\w+ ){0,6}?niet meer wakker|pijnloze manier om (?:dood te "
        r"gaan|te sterven|zelfmoord te plegen)",
    ),
    "other": (
        r"(?:kompis|syster|lillasyster|storasyster|bror|lillebror|storebror|vän|väninna|tjej|kille|"
        r"pojkvän|flickvän)(?:en|n)? (?:min )?(?:\w+ )?(?:skär|skadar|cuttar|rispar) sig\b"
        r"(?! (?:på|i fingret|när|med))",
        r"ik ben er (?:\w+ )?niet meer (?:\w+ ){0,6}?(?:offline|(?:reageert|antwoordt) (?:\w+ )?"
        r"niet|neemt (?:\w+ )?niet op|leest niks)",
        r"jag (?:är|finns) inte (?:kvar )?(?:\w+ )?imorgon (?:\w+ ){0,6}?(?:offline|svarar inte|"
        r"svarar inte längre)",
    ),
    "distress": (
        r"schaam (?:me|mij) (?:kapot|dood|rot|het leplazarus)",
        r"känner mig (?:helt |så |bara |typ )?(?:tom|ensam|värdelös|deppig|ledsen)\b",
    ),
}

# Words one of the phrases above always holds, read first in their place (``crisis.languages``):
# compiled once more for that first look, all the phrases would cost as much memory again.
LEXICON["prefilter"] = (
    r"vill\b|ville\b|wil\b|wou\b|orkar|självmord|zelfmoord|alla\b|denk|hoppa\b|ingen\b|niemand|brev\b|brevet\b|lapp|"
    r"datum|skar\b|skär|skadar|risp|cuttade|cuttar|lust\b|sug\b|gesneden|gekrast|drang|behoefte|alle\b|al\b|"
    r"hur\b|smärtfri|hoeveel|pijnloze|ben\b|jag\b|schaam|känner",
    _PILLS_SV,
    _PILLS_NL,
)
