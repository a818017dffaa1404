"""Norwegian and Danish, as teenagers and young adults text them (slang and English mixed in):
every kind, beyond the odd phrase other modules hold.

- ``intent``: wanting to die or not to live any more ("orker ikke leve mer", "vil bare dø"), the
  life taken ("så tager jeg mit liv"), killing oneself, thoughts of suicide had now.
- ``passive``: wishing to be dead, not to wake again, not to exist, nobody missing the writer, a
  burden.
- ``prepare``: a letter found "when I'm gone", a decision taken with a calm after it, a pet given
  away with the accounts deleted and nothing needed any more, all one's things given away.
- ``place``: on the edge of the bridge or the roof, or outside the railing; thinking of jumping
  in front of the train or off the roof.
- ``self_harm``: cutting or hurting oneself, again or with an urge ("lyst til å skade meg selv").
- ``despair``: the last chance or hope, a treatment, that did not help.
- ``method`` and ``overdose``: how many pills to be sure not to wake; a painless way; a
  two-figure number of pills taken.
- ``other``: a friend or sibling who cuts, who says they will jump or take their life.
- ``check``: not wanting to be here any more; "orker ikke mer" (not of homework or the weather).
- ``distress``: lonely, empty, crying for a grandparent or a pet who died.

Lookalikes kept quiet: dying of laughter or embarrassment, "mamma dreper meg" (a parent's anger),
a cut finger while cooking, a hurt at football, a roof with friends or a view, a date chosen for a
party, "har ikke brug for mere" at a shop, suicide as a topic in class, things given away on
moving house, a jump off a bridge into the water in summer, thoughts of suicide years ago and
well now.
Written with accents, folded alike (``crisis.lexicons``); pure.
"""

from crisis.lexicons.common import G6

_ME = r"(?:meg|mig)"
_PILLS = (
    r"(?:piller|pillene|pillerne|tabletter|tablettene|tabletterne|sovepiller|sovetabletter|"
    r"paracet|pamol|panodil|ibux|ibuprofen|paracetamol|smertestillende|antidepressiva)"
)

LEXICON = {
    "past": (r"for (?:\w+ )?(?:år|måneder|måneder) siden",),
    "recovered": (
        r"har det (?:\w+ )?(?:godt|bra|fint|bedre) (?:nu|nå)|(?:nu|nå) har jeg det "
        r"(?:\w+ )?(?:godt|bra|fint|bedre)",
    ),
    "guard": (
        r"(?:dør|døde|dø|dødde) (?:\w+ )?(?:av|af) (?:latter|grin|skam|kedsomhed|kjedsomhet|sult|"
        r"varme|pinlighed|flauhed)|griner mig ihjel|ler meg i hjel|keder mig ihjel|kjeder meg i "
        r"hjel|vil ikke (?:dø|skade (?:meg|mig) selv)",
        # a jump off the diving board or into the water
        r"hoppe (?:\w+ )?(?:fra|ut fra|ud fra|ned fra) (?:tian|femmeren|stupebrettet|vippen|"
        r"brettet|brygga|bryggen)|hoppe (?:\w+ )?i (?:vannet|bassenget|sjøen|havet|"
        r"fallskjerm|faldskærm|strikk)",
        # hurt at training or a match, a finger cut while cooking
        r"(?:skadet|skada|skader|slo|slog) (?:meg|mig)(?: selv)? (?:på|i|under) (?:\w+ )?"
        r"(?:trening\w*|træning\w*|fotball\w*|fodbold\w*|kamp\w*|håndbold\w*|håndball\w*|"
        r"ski\w*|tur\w*)|(?:skar|kuttet|kutta|skåret) (?:meg|mig) (?:\w+ )?(?:i|på) "
        r"(?:fingeren|fingre\w*|tommelen|tommelfingeren|kniven|en kniv|papiret|glas\w*)",
    ),
    "intent": (
        r"(?:orker|gidder|gider|magter|klarer) ikke (?:å |at )?leve (?:mer|mere|lenger|længere)",
        r"(?:vil|ville|har lyst til å|har lyst til at) (?:bare |så gerne |så gjerne |"
        r"egentlig |seriøst |liksom |lowkey |typ )?dø\b(?! (?:av|af) )",
        r"(?:ta|tar|tok|tage|tager|tog) (?:jeg |eg )?(?:livet mitt|mitt liv|mit liv|livet av meg|"
        r"livet af mig)",
        r"(?:drepe|dreper|dræbe|dræber|slå|slår) (?:jeg |eg )?" + _ME + r" selv\b|begå selvmord|"
        r"(?:vil|skal|kommer til å|kommer til at) (?:\w+ )?(?:begå )?selvmord",
        # thoughts of suicide had now, not spoken of in class
        r"(?:har|får|fått|fikk|fik) (?:\w+ )?selvmordstanker|(?:tenker|tænker) (?:\w+ ){0,2}?på "
        r"(?:å ta |at begå )?selvmord\b(?! (?:som|i|blant|hos))",
        r"(?:vil|ønsker) ikke (?:å |at )?leve (?:mer|mere|lenger|længere)",
        # thinking of taking them all, the pills beside the writer
        r"(?:tenker|tænker|overveier|overvejer) (?:på |på å |på at |at )?(?:å |at )?(?:ta|tage) "
        r"(?:alle|hele) (?:\w+ )?" + _PILLS,
    ),
    "passive": (
        r"(?:skulle|skal|ville|vil) ønske (?:at )?jeg (?:var|være) død|ønsker (?:at )?jeg var død",
        r"(?:ikke|aldri|aldrig) (?:å |at )?(?:våkne|vågne) (?:opp |op )?(?:igjen|igen|mer|mere)",
        r"(?:vil|ønsker) ikke (?:å |at )?(?:være til|eksistere) (?:mer|mere|lenger|længere)",
        r"ingen (?:ville|vil|kommer til å|kommer til at) (?:\w+ )?savne (?:meg|mig)\b",
        # ...nor notice if the writer vanished or died (not if the last cake went)
        r"ingen (?:ville|vil|kommer til å|kommer til at) (?:\w+ )?(?:merke|mærke|opdage|bry seg|"
        r"bekymre sig) (?:\w+ )?(?:hvis|om) jeg (?:\w+ )?(?:forsvant|forsvandt|forsvinder|døde|"
        r"dør|var borte|var væk|ikke var her|ikke fandtes|ikke fantes)",
        r"alle (?:hadde|ville|vil) (?:\w+ )?(?:hatt|haft|have|ha) det bedre (?:uten|uden) " + _ME,
        r"jeg er (?:bare )?en byrde",
        r"(?:vil|ønsker) (?:bare )?(?:å |at )?forsvinne for (?:alltid|altid|godt)",
    ),
    "prepare": (
        r"(?:brev|brevet|lapp|lappen|besked|beskjed) (?:\w+ ){0,10}?når jeg er (?:borte|væk|død|"
        r"ikke her)\b(?! (?:på|i|til|fra|hele|en|et|to|tre|over))",
        r"avskjedsbrev|afskedsbrev|selvmordsbrev",
        # all one's things given away (not when moving or at a flea market)
        r"(?:gitt|givet|gav|ga) (?:bort|væk) (?:alle |alt |hele )?(?:tingene mine|mine ting|"
        r"sakene mine|mine sager|klærne mine|mit tøj|alt jeg eier|alt jeg ejer)"
        r"(?!.*(?:flytt|flytning|flytter|loppe|bruktbutikk|genbrug|fretex|finn no|dba))",
        r"har (?:besluttet|bestemt) "
        + _ME
        + r" (?!for|til|om|at )(?:\w+ ){0,12}?(?:jeg er|føler "
        + _ME
        + r") "
        r"(?:helt |så |faktisk )?(?:rolig|fredfyldt|klar|afklaret|avklart)",
        r"(?:dato|datoen|dagen) (?:er )?(?:valgt|bestemt|satt|sat) (?:\w+ ){0,6}?(?:ingen|ingen "
        r"andre) (?:vet|ved|veit) (?:det|om det|noe|noget)",
        r"(?:gitt|givet|gav|ga) (?:bort |væk )?(?:min|mitt|mine|mit) (?:\w+ ){0,8}?(?:og|\w+ og) "
        r"(?:\w+ )?(?:slettet|sletta|slettede) (?:alt|alle|kontoen|profilen|instaen|snappen)",
        r"(?:gitt|givet|gav|ga) (?:bort |væk )?" + G6 + r"(?:har ikke brug for|trenger ikke|"
        r"behøver ikke) (?:\w+ )?(?:noget|noe|det|dem|dei) (?:mere|mer|lenger|længere)",
    ),
    "place": (
        # thinking of jumping in front of the train or off the roof
        r"(?:tenker|tænker|vurderer|overvejer|har lyst til) (?:\w+ )?(?:på )?(?:å |at )?(?:hoppe|"
        r"springe) (?:foran|ud foran|ut foran|ned fra|fra|ud fra|ut fra|ud over|utfor) (?:toget|"
        r"et tog|bussen|en bil|bilene|taket|taget|broen|brua|blokka|balkongen|altanen|kanten)\b"
        r"(?! (?:\w+ )?(?:i|ned i|ut i|ud i) (?:vannet|vandet|sjøen|havet|elva|elven|åen))",
        r"(?:står|sitter|sidder|er) (?:\w+ )?(?:på|ved|ytterst på) kanten (?:av|af) (?:brua|"
        r"broen|bruen|taket|taget|blokka|blokken|stupet|klippen)",
        r"(?:står|sitter|sidder|klatret|klatrede) (?:\w+ )?(?:utenfor|udenfor|på utsiden av|på "
        r"ydersiden af|over) (?:rekkverket|rækværket|gelænderet|gelenderet)",
    ),
    "outing": (
        r"utsikt|udsigt|vennene|vennerne|bilde\w*|billede\w*|foto\w*|solnedgang\w*|fiske\w*|"
        r"reparer\w*|jobb|arbejde|fest\w*",
    ),
    "self_harm": (
        r"(?:skade|skader|skadet|skada|gøre skade på) " + _ME + r" selv\b(?! (?:på|i|under) "
        r"(?:trening|træning|fotball|fodbold|kampen|håndball|håndbold|ski|turen))",
        r"(?:skar|skjærer|skærer|kuttet|kutta|kutter|risper|rispet|cutter|cuttet|cuttede) "
        r"(?:i )?" + _ME + r"(?: selv)? (?:igjen|igen|i armen|i armene|i armene|på armen|på "
        r"armene|på armene|i låret|på låret|i håndleddet|i natt|i nat)",
        r"(?:cutter|cuttet|risper) igjen|har (?:\w+ )?lyst til (?:å |at )?(?:skade|"
        r"skjære|skære|kutte|cutte|rispe) " + _ME,
    ),
    "despair": (
        r"(?:hjalp|hjelper|virket|virker|virkede|funket|funker|fungerte) (?:\w+ )?(?:ikke|heller "
        r"ikke|ikke heller) (?:\w+ ){0,8}?(?:min|mitt|mit) (?:siste|sidste) (?:sjanse|chance|"
        r"håp|håb)",
        r"(?:min|mitt|mit) (?:siste|sidste) (?:sjanse|chance|håp|håb) (?:\w+ ){0,6}?(?:hjalp|"
        r"virket|virkede|funket|fungerte) (?:\w+ )?ikke",
    ),
    "method": (
        r"hvor mange " + _PILLS + r" " + G6 + r"(?:for (?:å|at) (?:dø|være sikker)|dør man|er "
        r"dødelig|(?:ikke )?(?:å |at )?(?:våkne|vågne) (?:op|opp) igjen|ikke (?:å |at )?(?:våkne|"
        r"vågne))",
        r"smertefri(?:e)? (?:måte|måde|metode) (?:å |at )?(?:dø|ta livet|tage livet)|"
        r"dødelig (?:dose|dosis)",
    ),
    "overdose": (
        r"(?:tok|tog|tatt|taget|slukte|slugte|svelget|spiste|åt) (?:typ |sånn |ca |cirka |like |"
        r"omkring |rundt )?[1-9]\d (?:stk )?" + _PILLS,
    ),
    "other": (
        r"(?:skjærer|skærer|kutter|cutter|skader|risper) (?:i )?(?:seg|sig) selv|"
        r"(?:skjærer|kutter|cutter|risper) seg\b(?! (?:på|i fingeren|når))",
        r"(?:sier|sa|sagt|skriver|skrev|siger|sagde|truer med) (?:at )?(?:hun|han|hen|de) "
        r"(?:skal|vil|kommer til å|kommer til at) (?:\w+ )?(?:ta livet av seg|tage sit liv|tage "
        r"livet af sig|ta sitt liv|drepe seg selv|dræbe sig selv|dø)\b",
        # ...or will jump, on the roof or the bridge (not into the water or off the board)
        r"(?:taket|taget|broen|brua|bruen|kanten|blokka|blokken|balkongen|altanen|vinduet|stupet) "
        r"(?:\w+ ){0,8}?(?:sier|sa|skriver|skrev|siger|sagde|truer med) (?:at )?(?:hun|han|hen|"
        r"de)? ?(?:skal|vil|kommer til å|kommer til at|å|at) (?:\w+ )?(?:hoppe|springe)\b"
        r"(?! (?:i|fra (?:tian|femmeren|brettet|vippen)|på trampolinen|ut i|ud i|strikk))",
    ),
    "check": (
        r"(?:vil|orker) ikke (?:være|være her) (?:her )?(?:mer|mere|lenger|længere)\b"
        r"(?! (?:på|i|hos|med|til))",
        r"(?:orker|magter|gider) ikke (?:mer|mere|lenger|længere)\b(?! (?:av|af|med|lekser|"
        r"skole|skolen|jobb|arbejde|regn|vinter|sne|snø))",
    ),
    "distress": (
        r"(?:jeg er|føler " + _ME + r") (?:så |helt |mega |sykt |vildt |bare )?(?:ensom|"
        r"trist|lei meg|ked af det|tom(?! for)|deppa|deprimeret|deprimert|nedfor|knust)",
        r"har ingen venner|(?:kan ikke|klarer ikke) (?:å |at )?(?:stoppe|slutte|holde op) (?:med "
        r"|å |at )?(?:å |at )?(?:gråte|græde)|(?:gråter|græder) (?:hele tiden|hver dag|hver nat|"
        r"hver natt)",
        r"(?:mormor|morfar|farmor|farfar|bestemor|bestefar|oldemor|hund|"
        r"hunden min|katt|katten min|kat|katten|mamma|pappa|mor|far) (?:\w+ )?(?:døde|er død|gikk "
        r"bort|gik bort|sovnet inn|sov ind)",
    ),
}

# Words one of the phrases above always holds, read first in their place (``crisis.languages``):
# compiled once more for that first look, all the phrases would cost as much memory again.
LEXICON["prefilter"] = (
    r"ikke|vil\b|ville\b|lyst|livet|liv\b|selv|alle\b|hele\b|ønsk|aldri|ingen\b|byrde|brev\b|brevet\b|lapp|"
    r"besked|beskjed|avskjed|afsked|gitt|givet|gav\b|ga\b|besluttet|bestemt|dato|dagen|hoppe\b|"
    r"springe\b|kanten|rekkverk|rækværk|gelænder|gelender|skad|skar\b|skjær|skær|kutt|risp|cutter|cuttet|cuttede|"
    r"siste\b|sidste\b|hvor\b|smertefri|dødelig|sier\b|sa\b|sagt|skriver|skrev|siger|sagde|truer|"
    r"jeg\b|føler|gråter|græder|døde|død\b|gikk bort|gik bort|sovnet|sov ind",
    _PILLS,
)
