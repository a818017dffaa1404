"""Crisis signs in Igbo, Twi (Akan) and Wolof, which the farmers' and midwives' text line in
West Africa receives and no other lexicon holds.

- Wanting to die or to kill oneself, thinking how to ("achọrọ m ịnwụ", "a na m eche ka m ga-esi
  gbuo onwe m", "mepɛ sɛ mewu", "mɛkum me ho", "bëgg naa dee", "dinaa rey sama bopp"), not
  wanting to live or to be in the world ("achọghị m ibi ndụ ọzọ", "ka m hapụ ụwa a", "mempɛ sɛ
  mete ase bio", "bëgguma dund"), sleeping never to wake ("duma yeewu ba fàww"), death as the
  family's relief ("sɛ mewu a, me mma bɛnya ahotɔ"): the full reply.
- Medicine kept and to be drunk tonight ("aduro ... anadwo yi na mɛnom"); at the sea, not to come
  back ("maa ngi ci géej gi, duma dellu"); goodbye forever: the full reply.
- All the medicine drunk ("aṅụọla m ọgwụ niile", "menom aduro no nyinaa", "naan naa garab yi
  yépp"), how many to die ("ọgwụ ole ... ka m nwụọ", "aduro dodow sɛn"): the full reply.
- Someone else who says they will kill themselves or no longer want to live ("ɔbɛkum ne ho",
  "kwuru na ọ chọghị ibi ndụ", "dafa bëgg dee"): the reply for helpers.
- A heart breaking, a parent just died, too many thoughts in one's head: the caring reply.

Twi's ɛ and ɔ stay when folded and are often typed e and o, so both are written; Igbo's dots and
Wolof's accents drop ("ị" reads "i", "ë" reads "e", "ñ" reads "n"); apostrophes drop ("n'ụwa"
reads "nuwa"). Hunger or pain "killing me" names no self ("agụụ na-egbu m"), the Igbo sun is
"anwụ" (not "ịnwụ"), and a friend's "bëgg dem" is wanting to go, not to die. Written folded (see
``crisis.lexicons``); pure.
"""

# Twi: ɛ and ɔ, typed either way
_E = r"[ɛe]"
_O = r"[ɔo]"
# Twi: medicine, pills
_MEDS_TW = r"(?:aduro|nnuro|nnuru|paanoo|pills?|tablet\w*|paracetamol)"
# Wolof: someone close
_CLOSE_WO = (
    r"(?:sama (?:xarit|rakk|mag|jabar|jekker|doom|yaay|baay|mbokk|nijaay|bajjan|rakk ju jigeen))"
)

LEXICON = {
    "guard": (
        # Igbo: don't kill yourself (said to someone), hunger or a headache "killing me";
        # Wolof: dying of laughter
        r"egbula onwe (?:gi|unu)|(?:aguu|agu|isi owuwa|oyi) (?:na )?egbu m\b|dee ci ree",
    ),
    "routine": (
        # Twi, Igbo: medicine taken as the doctor said
        r"s" + _E + r"nea d" + _O + r"k\w* (?:ka|kaa|kyer" + _E + r")|dika dokinta (?:siri|kwuru)",
    ),
    "method": (
        # Igbo: how many pills so that I die
        r"ogwu ole (?:[^ ]+ ){0,6}?(?:ka m nwuo|ka m wee nwuo|inwu|igbu onwe m)",
        # Twi: how much medicine will kill me, so that I die
        _MEDS_TW + r" (?:[^ ]+ ){0,2}?(?:dodow|dodo" + _O + r"|ahe) s" + _E + r"n (?:[^ ]+ ){0,5}?"
        r"(?:\w*kum me|na mawu|na mewu|mawu|m" + _E + r"wu)",
        # Wolof: how many pills to die
        r"naata (?:garab|pilil|pirulo|grenn)\w* (?:[^ ]+ ){0,5}?ngir (?:dee|rey sama bopp)",
    ),
    "overdose": (
        # Igbo: I have drunk or swallowed all the medicine
        r"(?:anuola|anuchaala|anuchala|eloola|elochaala|elola) m ogwu (?:niile|nile|dum)|"
        r"m (?:nuru|loro|nuchara|lochara) ogwu (?:niile|nile|dum)",
        # Twi: I have drunk or swallowed all the medicine
        r"(?:menom|manom|me nom|ma nom|mamene|memene|mamen" + _E + r") " + _MEDS_TW
        + r" (?:no )?(?:nyinaa|nyina|pii)",
        # Wolof: I drank all the medicine
        r"(?:naan naa|dama naan|mann naa) (?:garab|pilil|pirulo|medikaman)\w* (?:yi )?"
        r"(?:yepp|bepp)",
    ),
    "intent": (
        # Igbo: kill myself; I want to die; better I die; leave this world
        r"(?:gbuo|egbu|igbu|gbue) onwe m\b|achoro m (?:inwu|ka m nwuo)|a choro m inwu|"
        r"(?:o ka mma|ka mma) (?:ma )?m nwuo|(?:m|esi) (?:hapu uwa a|puo nuwa a)\b",
        r"achoghi m (?:ibi|idi) ndu|a choghi m (?:ibi|idi) ndu",
        # Twi: I want to die; I will kill myself; I don't want to live any more
        r"(?:me|m" + _E + r")?p" + _E + r" s" + _E + r" (?:me|m" + _E + r")wu\b|(?:me|m" + _E
        + r"|ma|b" + _E + r")?kum me ho\b|(?:mem|mim)p" + _E + r" s" + _E + r" mete ase bio|"
        r"(?:mem|mim)p" + _E + r" (?:asetena|nkwa) (?:yi )?bio",
        # Wolof: I want to die; I will kill myself; I don't want to live
        r"(?:begg naa|dama begg|damay begg|dama bugg) (?:dee|rey sama bopp)|(?:dinaa|maa ngi bugg|"
        r"maangi begg) rey sama bopp|beg?guma dund\b(?! (?:fi|fii|fale|ak|ci (?:dekk|ker|kaw)))",
    ),
    "passive": (
        # Twi: if I die, my children (family) will have peace
        r"s" + _E + r" (?:me|m" + _E + r")wu a (?:[^ ]+ ){0,5}?(?:ahot" + _O + r"|ahomeka|"
        r"ahomegye|" + _E + r"b" + _E + r"y" + _E + r" yie)",
        # Wolof: sleep and never wake; never wake again
        r"duma yeewu (?:ba faww|mukk|ba abadan)|begguma yeewu",
    ),
    "prepare": (
        # Twi: the medicine kept, to be drunk tonight
        _MEDS_TW + r" (?:[^ ]+ ){0,8}?anadwo yi (?:na )?m" + _E + r"nom",
        # Igbo: goodbye forever; Wolof: I am going forever, forgive me
        r"ka o di mgbe ebighi ebi|kaodi mgbe ebighi ebi|(?:maa ngi|mangi|dinaa) dem ba faww|"
        r"(?:bataaxal|leetar) (?:[^ ]+ ){0,8}?(?:baal ma|baalal ma|ba faww)",
    ),
    "place": (
        # Wolof: at the sea (the river, the bridge) now, not coming back
        r"(?:maa ngi|mangi|maangi|nga ngi) ci (?:geej|dex|pont|tefes)\w* (?:[^ ]+ ){0,4}?"
        r"duma (?:dellu|delsi|dellusi|niibi)",
    ),
    "other": (
        # Twi: he (she) will kill himself, wants to die
        r"(?:" + _O + r"b" + _E + r"|w" + _O + r"b" + _E + r"|" + _O + r"p" + _E + r" s" + _E + r" "
        + _O + r")kum ne ho\b|" + _O + r"p" + _E + r" s" + _E + r" " + _O + r"wu\b",
        # Igbo: someone close says they don't want to live, will kill themselves
        r"(?:kwuru|si|na ekwu) na (?:o|ya) (?:choghi|achoghi) (?:ibi|idi) ndu|"
        r"(?:gbuo|egbu|igbu) onwe ya\b",
        # Wolof: someone said they want to die, to kill themselves
        r"dafa (?:begg|bugg) (?:dee|rey boppam|rey bopp am)|" + _CLOSE_WO + r" (?:[^ ]+ ){0,3}?"
        r"(?:begg|bugg) (?:dee|rey boppam)",
    ),
    "distress": (
        # Igbo: my heart is breaking; a parent (child) died; everything is too much for me
        r"obi m (?:na agbawa|agbawaala|gbawara|agbaaala)|(?:nne|nna|nwa|di|nwunye|nwanne) m "
        r"nwuru|ihe niile (?:kariri|karia) m",
        # Twi: my heart is broken; I am sad; my mother (father...) died
        r"(?:m|me )akoma (?:abubu|abu)|me ?wer" + _E + r" (?:ahow|ahoo)|me (?:maame|papa|ba|kunu|"
        r"yere|nua) (?:awu|wui)\b",
        # Wolof: too many thoughts in my head; my heart hurts; my mother died
        r"xalaat yu bari (?:[^ ]+ ){0,3}?(?:sama bopp|ci sama xel)|sama xol (?:dafa )?(?:metti|"
        r"tang)|sama (?:yaay|baay|jabar|jekker|doom) dee na",
    ),
}
