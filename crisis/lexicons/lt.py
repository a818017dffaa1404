"""Lithuanian: every kind.

Not wanting to live any more (not in a town, not alone or with someone), wanting to die or to
kill oneself, hanging or jumping from a bridge (not "popping over" to a shop), never waking up,
being a burden, a farewell letter (not to colleagues on leaving a job), things given away (not
for a move or a release), pills or a rope put by (not from the children, not for the washing),
cutting one's arms (not by accident in the kitchen), standing on a roof or a bridge (not with
friends or for a repair), every pill swallowed (not as the doctor said), a lethal amount asked,
the same told of a friend or a brother, "I can't any more" and no way out for the check-in, and
emptiness, loneliness or panic for the caring reply. Dying of laughter or boredom and "I don't
want to die" are guarded. Written folded: "ė", "ų", "š", "ž" read "e", "u", "s", "z"
(``crisis.languages``).
"""

_PILLS = r"(?:tablet\w*|vaist\w*|migdom\w*|piliul\w*|paracetamol\w*|raminam\w*|antidepresant\w*)"
_HIGH = r"(?:stogo|tilto|krasto|begiu|palanges|uolos|daugiabucio)"
# a life not wanted here, alone or with someone: "nenoriu gyventi Vilniuje", "su tėvais"
_NOT_HERE = r"(?! (?:cia|ten|su|pas|kartu|vienas|viena|\w+(?:je|oje|uje|yje|eje))\b)"
_NOT_TIMED = r"(?! (?:\w+ )?(?:anksti|velai|vidury|naktimis|nakti|per))"

LEXICON = {
    "guard": (
        r"(?:mirstu|mirsiu|numirsiu|mirti|numirti|mirstam|numiriau|mires|mirusi|nusisauti) "
        r"(?:\w+ )?is (?:juoko|nuobodulio|bado|gedos|troskulio|karscio|smalsumo|nuovargio|baimes)",
        r"(?:nenoriu|nenorejau|nenoreciau|neketinu) (?:\w+ )?(?:mirti|numirti|nusizudyti|zudytis)",
        # popping over to the shop: "nušoksiu į parduotuvę"
        r"nusok\w* (?:\w+ )?i (?:parduotuv|turg|kavin|darb|pas|miest|centr)\w*",
        r"netycia (?:\w+ )?(?:persipjoviau|isipjoviau|ipjoviau|susipjausciau|susizalojau)",
    ),
    "later": (
        r"kolegom\w*|kolegos|isvyk\w*|emigr\w*|pensij\w*|persikel\w*|kraust\w*|paleidzia\w*|"
        r"paleis\w*|paleido|i laisve|iki rytojaus|pasimatysim\w*",
    ),
    "outing": (
        r"draug\w*|nuotrauk\w*|fotograf\w*|saulelydz\w*|vaizd\w*|pasivaiksc\w*|taisau|taisyti|"
        r"remont\w*|zvejoj\w*|ekskursij\w*|anten\w*",
    ),
    "routine": (r"gydytoj\w*|pagal recept\w*|paskirt\w*|kaip (?:iprasta|visada)",),
    "intent": (
        r"(?:noriu|norisi|noreciau|labai noriu) (?:tiesiog )?(?:mirti|numirti|nusizudyti|"
        r"pasikarti|nusisauti|nebegyventi)\b",
        r"(?:nebenoriu|nenoriu|nebesinori|nesinori) (?:\w+ )?(?:daugiau |toliau )?gyventi\b"
        + _NOT_HERE,
        r"nusizudysiu|pasikarsiu|atimsiu sau gyvybe|baigsiu su savimi",
        r"(?:galvoju|mastau|svarstau|planuoju|ketinu|nusprendziau) (?:\w+ ){0,2}?(?:nusizudyti|"
        r"apie savizudybe|pasikarti|atimti sau gyvybe|baigti su savimi)",
        r"nusoksiu (?:\w+ )?nuo " + _HIGH + r"|mesiuosi (?:\w+ )?(?:nuo " + _HIGH + r"|po "
        r"traukiniu)",
        r"(?:nematau|neturiu) (?:jokios |jokiu )?(?:prasmes|priezasciu|priezasties) (?:\w+ )?"
        r"gyventi",
    ),
    "passive": (
        r"(?:noriu|noreciau|norisi|noretusi|geriau|svajoju|meldziuosi|tikiuosi) (?:\w+ ){0,2}?"
        r"(?:neatsibusti|nepabusti|nebeatsibusti|nebepabusti)\b" + _NOT_TIMED,
        r"(?:uzmigti|uzmigsiu) ir (?:\w+ )?(?:neatsibusti|nepabusti|nebeatsibusti|nebepabusti|"
        r"nebeatsibusiu|nebepabusiu|neatsibusiu|nepabusiu)",
        r"kad (?:\w+ )?(?:neatsibusciau|nepabusciau|nebeatsibusciau|nebepabusciau)\b" + _NOT_TIMED,
        r"(?:visiems|seimai|visi|vaikams) (?:\w+ ){0,2}?(?:butu|bus|gyventu) (?:\w+ )?geriau be "
        r"manes|be manes (?:\w+ ){0,2}?(?:visiems|visi) (?:\w+ )?(?:butu|bus) (?:\w+ )?geriau",
        r"esu (?:tik |visiems )?nasta",
        r"(?:geriau|noreciau) (?:\w+ )?(?:buciau|busiu) (?:mires|mirusi)|nebuciau (?:gimes|gimusi)",
        r"(?:noriu|noreciau) (?:\w+ )?(?:isnykti|dingti) (?:visam laikui|amziams|is sio pasaulio)|"
        r"(?:noriu|noreciau) (?:\w+ )?(?:nebeegzistuoti|neegzistuoti)",
    ),
    "prepare": (
        r"atsisveikinimo (?:laisk\w*|rastel\w*|zinut\w*)",
        r"(?:isdalinau|isdalijau|isdalinsiu|atidaviau|padovanojau) (?:\w+ ){0,2}?(?:savo )?"
        r"(?:daiktus|visus daiktus|viska ka turejau|drabuzius)",
        r"(?:kaupiu|sukaupiau|susikaupiau|slepiu|paslepiau|taupau|sutaupiau|renku|surinkau) "
        r"(?:\w+ ){0,2}?" + _PILLS + r"(?! (?:\w+ ){0,2}?(?:nuo (?:vaik|anuk|sun)\w*|recept\w*|"
        r"vaistinei|grazinti|ismesti))",
        r"(?:paruosiau|nusipirkau|paslepiau|pasiruosiau) (?:\w+ )?virve\b(?! (?:\w+ ){0,2}?"
        r"(?:skalbin|palapin|valt|sun|laipioj)\w*)",
        r"(?:sudie|sudiev|atsisveikinu su) (?:jumis )?(?:visi|visais|visiems)\b",
    ),
    "self_harm": (
        r"(?:pjaustau|pjausciau|pjausciausi|pjaustausi|pjaunu|pjoviau|persipjoviau|susipjausciau|"
        r"supjausciau|isipjoviau|raizau|raiziau|draskau|draskiau) (?:\w+ ){0,2}?(?:rankas|ranka|"
        r"riesus|riesa|venas|kojas|slaunis|save)\b(?! (?:\w+ ){0,4}?(?:pjaustydam\w*|gamindam\w*|"
        r"virtuvej\w*|stiklu|stiklo))",
        r"(?:vel |ir vel )(?:\w+ )?(?:pjaustausi|zalojuosi)|zaloju save|zalojau save|"
        r"savizalojuosi|pjaustausi rankas",
    ),
    "place": (r"(?:stoviu|sedziu|esu|atsistojau|uzlipau) (?:\w+ ){0,2}?ant " + _HIGH,),
    "overdose": (
        r"(?:isgeriau|prarijau|suvalgiau|prisiryjau) (?:\w+ ){0,2}?(?:visas|visa|visus|daug|"
        r"pakuote|dezute|buteliuka|pakeli|\d\d+) (?:\w+ ){0,2}?" + _PILLS,
        r"perdozavau",
    ),
    "method": (
        r"kiek (?:\w+ ){0,5}?(?:kad (?:\w+ )?(?:mirciau|numirciau|neatsibusciau|nebeatsibusciau|"
        r"mirtum|numirtum|mirtu|numirtu)\b|(?:mirti|numirti|nusizudyti)\b)",
        r"mirtin\w* doz\w*",
        r"(?:mirti|numirti|nusizudyti) be skausmo|(?:koks|geriausias|greiciausias|saugiausias|"
        r"tikriausias) (?:\w+ )?budas (?:\w+ )?(?:numirti|nusizudyti|mirti)",
    ),
    "other": (
        r"nusizudys\b|pasikars\b|nusisaus\b|nusoks nuo " + _HIGH,
        r"(?:nori|grasina|bande|bando|ketina|rengiasi|planuoja) (?:\w+ )?(?:nusizudyti|pasikarti|"
        r"numirti|nusisauti|atimti sau gyvybe|susizaloti)",
        r"pjaustosi|zalojasi|pjausto (?:sau )?rankas",
        r"(?:stovi|sedi|uzlipo) (?:\w+ ){0,2}?ant " + _HIGH + r" (?:\w+ ){0,6}?(?:neatsiliepia|"
        r"neatsako|verkia|nori|atsisveikin\w*|ka daryti)",
        r"(?:nebenori|nenori) (?:\w+ )?(?:daugiau )?gyventi\b" + _NOT_HERE,
    ),
    "check": (
        r"nebegaliu (?:daugiau|taip|istverti|kesti|tverti|gyventi)\b|nebeistversiu|"
        r"nebeturiu jegu|nematau (?:jokios |jokio )?(?:iseities|prasmes)\b",
        r"(?:pavargau|pavarges|pavargusi) (?:gyventi|nuo gyvenimo)",
    ),
    "distress": (
        r"jauciuosi (?:\w+ ){0,2}?(?:tuscias|tuscia|vienisas|vienisa|beviltisk\w*|liudn\w*|"
        r"sugniuzdyt\w*|nereikaling\w*|bevert\w*|prislegt\w*|issekes|issekusi|pasimet\w*|palauzt\w*)",
        r"(?:man|labai) (?:labai )?(?:liudna|vienisa|vieniša)\b|niekam (?:manes )?nereikia|"
        r"niekam nerupiu|niekas manes nelaukia",
        r"panikos (?:ataka|atakos|priepuol\w*)|nerimas (?:\w+ )?(?:kamuoja|neleidzia)",
    ),
}

# The words one of the phrases above always holds, for the first glance over a message
# (``crisis.languages``): a message without any of them is not read phrase by phrase.
LEXICON["prefilter"] = (
    r"mirti|numirti|nusizud\w*|pasikar\w*|nusisau\w*|nebegyventi|gyventi|gyvenimo|atimsiu|"
    r"atimti|baigsiu|baigti|savizud\w*|nusok\w*|mesiuosi|neatsibus\w*|nepabus\w*|"
    r"nebeatsibus\w*|nebepabus\w*|be manes|nasta|mires|mirusi|gimes|gimusi|isnykti|dingti|"
    r"nebeegzistuoti|neegzistuoti|atsisveikin\w*|daiktus|drabuzius|viska ka turejau|virve|"
    r"sudie|sudiev|pjaust\w*|pjausc\w*|pjaun\w*|pjov\w*|persipjov\w*|susipjausc\w*|"
    r"supjausc\w*|isipjov\w*|raiz\w*|drask\w*|zaloj\w*|savizaloj\w*|perdozavau|kiek|"
    r"mirtin\w*|nebegaliu|nebeistversiu|nebeturiu|nematau|jauciuosi|liudna|vienisa|niekam|"
    r"niekas|panikos|nerimas",
    _PILLS,
    _HIGH,
)
