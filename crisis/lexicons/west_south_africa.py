"""The plainest crisis statements in Hausa, Yoruba, Zulu, Shona and Amharic, which the course's
farmers' text line receives and the other lexicons hold almost nothing of.

Wanting to kill oneself or die ("ina so in kashe kaina", "mo fẹ́ pa ara mi", "ngifuna
ukuzibulala", "ndinoda kuzviuraya", "መሞት እፈልጋለሁ"), a hanging announced with the rope
ready ("ngizozilengisa"), a poison kept to drink tonight ("zan sha maganin kwari"), being tired of
being alive, not to wake in the morning ("ላልነቃ"), and "you are the last one I talk to": the
full reply. Many medicines already swallowed, by the writer or someone close: the overdose kind.
Someone else who says they will kill themselves: the reply for helpers. Tired of this life
("na gaji da rayuwa"): the check-in. Grief, loneliness, worthlessness and crying every night:
the caring reply.

Yoruba and Hausa are folded like the rest: tone marks and dots below drop ("ọ̀rẹ́" reads "ore"),
Hausa's hooked letters (ɗ, ƙ, ɓ) stay and are written both ways. Insecticide sprayed on a farm is
not drunk; "tired" alone (Shona "ndaneta") is not tired of life. Written folded (see
``crisis.lexicons``); pure.
"""

# Hausa: someone close, and the poisons people keep on a farm
_KIN_HA = (
    r"(?:mijina|matata|(?:ɗ|d)ana|(?:ɗ|d)iyata|abokina|kawata|(?:ƙ|k)anina|(?:ƙ|k)anwata|yayana|"
    r"yayata|mahaifina|mahaifiyata|babana|mamana|innata)"
)
_POISON_HA = r"(?:maganin kwari|maganin (?:ɓ|b)era|guba|maganin ciyawa|fiya fiya)"
# Yoruba: someone close
_KIN_YO = (
    r"(?:ore mi|egbon mi|aburo mi|iya mi|baba mi|oko mi|iyawo mi|omo mi|arabinrin mi|"
    r"arakunrin mi)"
)

LEXICON = {
    # insecticide bought, sprayed or stored for the farm
    "guard": (
        r"(?:na sayi|zan sayi|mun sayi|zan fesa|na fesa|mun fesa|muna fesa|za mu fesa) "
        r"(?:\w+ ){0,2}?" + _POISON_HA,
    ),
    "intent": (
        # Hausa: kill myself, I want to die
        r"(?:ina so|ina son|zan) (?:in |na )?kashe kaina|na kusa kashe kaina|ina so in mutu|"
        r"zan kashe kaina",
        # Hausa: the kept poison to be drunk
        _POISON_HA + r" (?:[^ ]+ ){0,8}?zan sha|zan sha " + _POISON_HA,
        # Yoruba: I want to kill myself, to die; tired of being alive and decided to go
        r"mo (?:fe|fẹ) (?:pa ara mi|ku)\b|ma pa ara mi|mo ti pinnu lati pa ara mi",
        r"su mi lati wa laaye (?:[^ ]+ ){0,4}?(?:pinnu|fe) lati (?:lo|ku)",
        # Zulu: I will hang or kill myself, I want to die
        r"ngizozilengisa|ngizozibulala|ngifuna ukuzibulala|ngifuna ukufa|sengizozibulala",
        # Shona: I want to die, to kill myself
        r"ndinoda kufa|ndinoda kuzviuraya|ndichazviuraya",
        # Amharic: I want to die, to kill myself
        r"መሞት እፈልጋለሁ|ራሴን (?:ማጥፋት|ልገድል|እገድላለሁ|አጠፋለሁ)",
    ),
    "passive": (
        # Amharic: (happy) if I slept not to wake tomorrow
        r"ላልነቃ|ዳግም ባልነቃ|ባልነቃ (?:ደስ|ይሻለኛል)",
        # Yoruba: I'm tired of being alive
        r"(?:o ti )?su mi lati wa laaye",
    ),
    "prepare": (
        # Zulu: the rope made ready to hang oneself
        r"intambo (?:\w+ )?(?:yokuzilengisa|ukuzilengisa)",
        # Shona: you are the last person I am talking to
        r"ndiwe wekupedzisira (?:wandiri|wandiri kuda|wandi)",
        # Zulu, Swahili: the same
        r"nguwe wokugcina engikhuluma naye|wewe ni wa mwisho ninayeongea",
    ),
    "overdose": (
        # Hausa: I, or someone close, drank many medicines or a poison
        r"(?:na|" + _KIN_HA + r" (?:ya|ta)) sha (?:magunguna|(?:ƙ|k)wayoyi) (?:da )?yawa",
        r"(?:na|" + _KIN_HA + r" (?:ya|ta)) sha " + _POISON_HA,
        # Yoruba: I, or someone close, took a lot of medicine
        r"(?:mo ti|mo|" + _KIN_YO + r" ti) (?:mu|lo) (?:oogun|ogun|egbogi) (?:pupo|pupọ|jọjọ|jojo)",
        # Zulu: swallowed many pills
        r"(?:ngigwinye|ngiphuze|ngidle|uphuze|ugwinye) amaphilisi amaningi",
    ),
    "other": (
        # Hausa: my husband (wife, friend...) said he will kill himself
        _KIN_HA + r" (?:ya|ta) ce (?:zai|za ta|zata) kashe (?:kansa|kanta)",
        # Yoruba, Zulu: the same
        _KIN_YO + r" (?:so pe|ni) (?:oun|on) (?:yoo|ma) pa ara (?:re|rẹ)",
        r"(?:umngane|umyeni|unkosikazi|ubhuti|usisi) wami uthi uzozibulala",
    ),
    "check": (
        # Hausa: I'm tired of this life; Zulu: I'm tired of living
        r"na gaji da (?:rayuwa|duniya)",
        r"sengikhathele ukuphila|ngikhathele ukuphila",
    ),
    "distress": (
        # Hausa: in deep sorrow; Yoruba: my heart is broken, I'm alone
        r"ina cikin (?:ba(?:ƙ|k)in ciki|damuwa)",
        r"(?:okan|inu) mi (?:baje|bajẹ)",
        # Zulu: I feel worthless, I cry every night
        r"ngizizwa ngingento engelutho|ngizizwa ngingelutho|ngikhala njalo ebusuku|"
        r"ngikhala (?:\w+ )?ubusuku bonke",
        # Shona: my heart is heavy, I cry every night
        r"moyo wangu (?:unorema|unorwadza)|ndinochema (?:manheru|usiku) (?:ose|wese)",
    ),
}
