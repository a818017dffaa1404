"""German."""

from crisis.lexicons.common import G6, G

PILLS = r"(?:tabletten|pillen|medikamente|schlaftabletten|packung|packungen)"

LEXICON = {
    "fiction": (
        r"im (?:roman|film|buch|lied|song)|in der (?:serie|geschichte)|die figur|(?:der|"
        r"die) protagonist\w*",
    ),
    "past": (
        r"vor (?:\w+ )?jahren|als ich (?:\w+ )?(?:jung|jugendlich|teenager|\d+) war|"
        # "früher hatte ich Depressionen": an illness once had, told as had
        r"(?:(?:früher|damals) (?:hatte|litt) ich|ich (?:hatte|litt) (?:früher|damals)) "
        r"(?:\w+ ){0,2}?(?:depression\w*|angst\w*|panik\w*|burnout)",
    ),
    "recovered": (
        r"(?:heute|inzwischen|jetzt) (?:geht es|geht's|gehts) mir (?:\w+ )?(?:gut|besser)|"
        r"habe es überwunden|"
        r"helfe anderen",
    ),
    # a goodbye till tomorrow, or to the office for retirement ("Rente ab Montag")
    "later": (r"bis (?:morgen|bald|später|dann|montag)|schönen abend|rente|ruhestand",),
    "outing": (
        r"urlaub|freunde\w*|fotos?|wunderschön|schön|aussicht|sonnenuntergang|spaziergang|arbeit|"
        r"tourist\w*",
    ),
    "routine": (
        r"verschrieben|verordnet|wie (?:jeden tag|immer|verordnet|vorgeschrieben)|heute morgen|"
        r"vom arzt",
    ),
    "guard": (
        r"(?:vor|aus) (?:\w+ )?(?:lachen|hunger|durst|langeweile|hitze|kälte|scham|neugier|"
        r"müdigkeit) (?:\w+ )?(?:sterben|sterbe|gestorben|umkommen)",
        r"ich kann nicht mehr (?:warten|essen|schlafen|laufen|sehen|hören|lachen)\b",
        r"(?:sterbe|sterben|sterb|gestorben|tot) (?:fast )?(?:vor|aus) (?:\w+ )?(?:lachen|hunger|"
        r"durst|langeweile|hitze|kälte|angst|scham|neugier|müdigkeit|sehnsucht|peinlichkeit)",
        r"(?:tod|tot)(?:langweilig|müde|schick|sicher|ernst|unglücklich)|todesstrafe|zu tode "
        r"(?:gelangweilt|erschrocken|gelacht|gearbeitet)|totlachen|totgelacht",
        r"die zeit totschlagen|bringt mich (?:noch )?um\b|bringst mich um",
        r"(?:will|möchte) (?:nicht|niemals) sterben|keine suizidgedanken|nicht suizidal",
        r"(?:senkt|senken|reduziert|reduzieren|verringert|risiko|rate|studien? (?:zu|über)|"
        r"prävention|fälle von|erhöht) " + G + r"(?:suizid\w*|selbstmord\w*|selbstverletzung|"
        r"überdosis)",
        r"(?:geschnitten|verbrannt) (?:beim kochen|am finger|aus versehen)",
        r"(?:schneid|schneide|ritz|ritze) mich (?:\w+ ){0,4}?(?:beim (?:kochen|rasieren|schnitzen|"
        r"basteln|gemüse)|am (?:papier|finger)|aus versehen)",
        r"(?:diese|die) (?:hitze|kälte|kaelte|lärm|laerm|baustelle|"
        r"arbeit) (?:\w+ )?(?:nicht mehr )?aus(?:halten)?|halte (?:diese|die) (?:hitze|kälte|"
        r"kaelte|lärm|laerm) nicht mehr aus",
    ),
    "method": (
        # made to look like an accident, so the family is spared blame (not a vase or a novel)
        r"^(?!.*(?:vase|handy|auto|fenster|laptop|tasse|roman|krimi|geschichte|spiel|streich))"
        r".*wie (?:ein )?unfall (?:aussieht|aussehen|wirkt|wirken)(?: \w+){0,3} (?:damit|dass|"
        r"sodass) (?:meine|mein) (?:mutter|mama|vater|papa|eltern|familie|frau|mann|freundin|"
        r"freund|kinder)",
        r"nicht mehr aufwach\w*|damit (?:man|ich) (?:\w+ )?(?:stirbt|sterbe|tot ist|tot bin)",
        r"(?:dosis|menge) (?:\w+ ){0,3}?(?:tödlich|letal)",
        r"(?:tödliche|letale|tödlich|letal) "
        + G
        + r"(?:dosis|menge)|(?:dosis|menge) "
        + G
        + r"(?:tödlich|letal)",
        # ...not asked for a dog or a cat ("wie viel Xylit ist für einen Hund tödlich")
        r"wie ?viele? (?!(?:\w+ ){0,6}?(?:hund|katze|kater|tier|pferd|kaninchen|vogel|hamster|"
        r"welpe|kuh|schaf|ziege|meerschwein)\w*)"
        + G6
        + r"(?:um zu sterben|sterben|tödlich|nicht mehr aufzuwachen|nicht mehr aufwachen)",
        r"(?:schmerzlos|schmerzfrei|sicherste|schnellste) " + G + r"(?:sterben|umbringen|"
        r"methode|art|weg)",
        r"wie (?:kann ich mich|bringe ich mich) (?:\w+ )?(?:umbringen|töten|um)\b",
        r"aus welcher höhe|welche höhe " + G6 + r"(?:tödlich|sterben)",
        # the amount asked with the person it is for between ("für einen Erwachsenen sicher
        # tödlich"); asked for a dog or a cat, a vet's or an owner's question
        r"(?:welche menge|wie ?viel) (?!(?:\w+ ){0,6}?(?:hund|katze|kater|tier|pferd|kaninchen|"
        r"vogel|hamster|welpe|kuh|schaf|ziege|meerschwein)\w*)(?:\w+ ){0,6}?(?:sicher |wirklich |"
        r"garantiert )?(?:tödlich|letal)",
    ),
    "overdose": (
        r"(?:tabletten|pillen|medikamente) (?:\w+ ){0,3}?(?:genommen|"
        r"geschluckt) (?:\w+ ){0,2}?(?:viele|alle|zu viele|die ganze)",
        r"(?:ich habe|hab|habe) (?:\w+ ){0,3}?(?:alle|die ganze packung|eine ganze packung|"
        r"zu viele|\d\d+) " + G + r"(?:genommen|geschluckt)",
        r"(?:alle|die ganze packung|eine ganze packung) " + G + r"(?:genommen|geschluckt)",
        r"(?:habe|hab) (?:eine )?überdosis (?:genommen)?",
        r"(?:alle|sämtliche|die ganzen) (?:\w+ ){0,3}?auf einmal (?:genommen|geschluckt)",
    ),
    "intent": (
        # the last session, "and I don't mean only the treatment"
        r"(?:die|das|der) letzte (?:war|ist|sein wird) (?:\w+ ){0,4}?(?:meine ich )?nicht nur "
        r"(?:die|das|den) (?:behandlung|therapie|sitzung|infusion)",
        r"(?:ich denke|denke ich|ich dachte) (?:\w+ ){0,3}?(?:an|über) (?:selbstmord|suizid|"
        r"den tod|das sterben|sterben)",
        r"nicht mehr leben (?:will|möchte|wollen)",
        r"(?:ich )?(?:will|möchte|wünsche mir|werde|würde am liebsten|denke daran|plane) "
        r"(?:\w+ ){0,3}?(?:sterben|mich umbringen|mich töten|mir das leben nehmen|tot sein|"
        r"nicht mehr (?:leben|da sein|existieren|aufwachen)|mich erhängen|springen)",
        r"mich umzubringen|mich zu töten|mir das leben zu nehmen|nicht mehr zu leben|"
        r"mich umbringen|bringe mich um|bring mich um\b|umbringen werde|selbstmord begehen|"
        r"mir das leben (?:zu )?nehmen",
        r"(?:habe|hab) (?:\w+ )?(?:suizidgedanken|selbstmordgedanken|todesgedanken)",
        r"(?:keinen|kein) (?:sinn|grund) (?:mehr )?(?:zu leben|weiterzuleben|mehr zu leben)",
        r"(?:lebensmüde|will nicht mehr leben|kann nicht mehr leben|des lebens müde)",
        # no wish left for this life, said casually: "keinen bock mehr auf dieses leben"
        r"(?:keinen bock|keine lust|keine kraft|null bock) (?:\w+ )?mehr auf (?:dieses|das|mein) "
        r"leben\b(?! (?:in|als|hier|mit|im|auf|an|bei)\b)",
    ),
    "passive": (
        r"wäre (?:\w+ ){0,2}?(?:besser|einfacher|leichter) (?:\w+ ){0,3}?(?:nicht mehr da zu sein|"
        r"nicht mehr zu leben|nicht (?:mehr )?aufzuwachen|zu verschwinden|tot zu sein|zu sterben|"
        r"nicht zu existieren)",
        r"(?:nie|nie wieder|nie mehr|niemals) (?:mehr )?aufwachen|"
        r"wenn es mich nicht (?:mehr )?gäbe|wenn ich (?:tot|weg|nicht mehr da) wäre",
        r"(?:wünschte|würde gern|möchte|will) (?:\w+ ){0,3}?(?:nicht mehr aufwachen|nie geboren|"
        r"einfach verschwinden|für immer schlafen|nicht mehr existieren|tot)",
        r"nicht mehr aufwachen|für immer (?:schlafen|verschwinden)|nicht mehr existieren",
        r"(?:wären|wäre) " + G + r"besser (?:dran )?ohne mich|ich bin (?:nur )?eine last",
        r"(?:mich|mir) würde (?:\w+ )?(?:niemand|keiner|keine sau) (?:\w+ )?(?:vermissen|fehlen)|"
        r"(?:niemand|keiner) würde mich (?:\w+ )?vermissen",
    ),
    "prepare": (
        r"abschiedsnachricht\w*|abschiedsvideo",
        # "hab meinem Bruder meine Sachen vermacht": one's own things left to someone, now, not
        # in a will drawn up with a notary
        r"^(?!.*(?:testament|notar|erbvertrag|nachlass|erbschaft)).*?"
        r"(?:ich habe|ich hab|habe|hab) (?:\w+ ){0,3}?(?:meine|mein) (?:\w+ )?(?:sachen|"
        r"besitz|zeug|gitarre|katze|hund|auto|bücher|ersparnisse) (?:\w+ )?vermacht",
        PILLS + " " + G + r"(?:gesammelt|gehortet|aufgehoben|versteckt|gebunkert)",
        r"abschiedsbrie\w*|testament (?:gemacht|geschrieben)|(?:habe|hab) "
        + G
        + r"(?:briefe?|testament) (?:geschrieben|hinterlassen)",
        r"(?:verschenke|verschenkt|habe verschenkt|hab verschenkt|weggegeben) "
        + G
        + r"(?:meine sachen|alles|meinen hund|meine katze)|meine sachen verschenkt",
        r"(?:datum|tag) (?:\w+ )?(?:gewählt|festgelegt|ausgesucht|steht fest)",
        r"lebt (?:alle )?wohl|abschied für immer|meine letzte nachricht|meine letzte nacht",
        # a goodbye "for ever" to everyone: "ich verabschiede mich für immer von euch"
        r"(?:verabschiede|verabschiedete) mich (?:\w+ ){0,2}?für immer\b(?!.*\b(?:aus|vom|von|"
        r"aus dem|aus der) (?:\w+ )?(?:gruppe|chat|forum|server|verein|firma|job|team|"
        r"social media|instagram|facebook|tiktok|twitter|whatsapp)\b)",
        # "morgen ist mein letzter tag", unless it is the last day of a job, a trip or a term
        r"(?:heute|morgen|übermorgen|das) (?:ist|wird|war) (?:wohl |dann )?mein letzter tag\b"
        r"(?! (?:im|in|bei|an|auf|als|vor|der|des|hier)\b)(?!.*\b(?:arbeit|job|urlaub|schule|"
        r"praktikum|firma|büro|kollegen|semester|kurs|umzug|elternzeit|rente)\b)",
        r"(?:ab morgen|ab heute|morgen|bald) bin ich (?:für immer weg|weg für immer|nicht mehr "
        r"(?:da|hier))\b(?!.*\b(?:urlaub|reise|arbeit|büro|dienstreise|krankenhaus|bis|zurück|"
        r"wochen|tage)\b)",
        r"(?:das ist|heute ist) mein letzter abend\b(?! (?:im|in|bei|hier|mit)\b)"
        r"(?!.*\b(?:urlaub|reise|hotel|kurs)\b)",
        r"wenn ich nicht mehr (?:da|hier) bin|nach meinem tod",
        r"(?:sammle|gesammelt|gehortet|horte|aufgehoben|versteckt) " + G + PILLS,
        r"verzeiht mir|es tut mir leid für alles",
        r"(?:strick|seil) (?:gekauft|besorgt)",
    ),
    "place": (
        r"(?:stehe|steh|sitze|sitz|bin) (?:\w+ ){0,2}?(?:auf|an) (?:der|dem|den|einer|"
        r"einem) (?:brücke|dach|gleisen|klippe|kante|hochhaus)|(?:der )?nächste zug",
        r"(?:ich )?(?:stehe|sitze|bin) (?:\w+ ){0,2}?(?:auf|an) (?:der|dem|einer|einem) "
        r"(?:brücke|dach|gleisen|klippe|kante|hochhaus)",
    ),
    "self_harm": (
        r"(?:ich )?(?:ritz|ritze|schneid|schneide) mich\b|(?:hab|habe) mich (?:wieder |heute )?"
        r"(?:geritzt|geschnitten)",
        r"(?:ritze|geritzt|ritzen|schneide mich|mich geschnitten|mich verbrannt|verletze mich|"
        r"mich verletzt|mir weh (?:getan|tun))\b",
        r"selbstverletz\w*|svv\b|rückfall",
    ),
    "despair": (
        r"(?:war|ist) meine letzte hoffnung|letzte hoffnung "
        + G6
        + r"(?:nicht funktioniert|gescheitert|nichts gebracht|hat nicht)",
    ),
    "other": (
        # someone close who took pills and barely answers: "Tabletten genommen, kaum ansprechbar"
        r"(?:tochter|sohn|mann|frau|bruder|schwester|mutter|vater|freund|freundin|kind|partner|"
        r"partnerin) hat (?:\w+ ){0,3}?(?:tabletten|pillen|medikamente|schlaftabletten) (?:\w+ )?"
        r"genommen (?:\w+ ){0,4}?(?:kaum|nicht mehr|nicht) (?:ansprechbar|wach|aufwachen|"
        r"wachzukriegen)",
        r"(?:er|sie) (?:\w+ ){0,3}?sich (?:\w+ ){0,2}?(?:umbringen|töten|das leben nehmen|"
        r"umzubringen|etwas antun|was antun) (?:will|möchte|wollte|wird|würde)",
        r"(?:hat sich|sich) (?:\w+ ){0,3}?eingeschlossen|will nicht mehr leben",
        r"(?:will|möchte|wird|hat versucht) (?:\w+ ){0,3}?(?:sich umbringen|sich töten|sterben|"
        r"sich das leben (?:zu )?nehmen|sich umzubringen)",
        r"(?:ritzt sich|verletzt sich|schneidet sich)",
        r"(?:bewusstlos|nicht (?:mehr )?ansprechbar|wacht nicht (?:mehr )?auf|atmet (?:ganz )?"
        r"(?:komisch|kaum|flach|schwer))\b(?=.*\b(?:ketamin|alkohol|tabletten|pillen|drogen|"
        r"medikamente|gemischt)\b)|(?:nach|mit) (?:\w+ ){0,4}?(?:ketamin|alkohol|tabletten|pillen|"
        r"drogen) (?:\w+ ){0,3}?(?:bewusstlos|nicht (?:mehr )?ansprechbar)",
        r"(?:hat|einen) " + G + r"abschiedsbrief",
        r"nicht mehr (?:leben|da sein) zu wollen|(?:will|"
        r"möchte) (?:\w+ ){0,2}?nicht mehr (?:leben|aufwachen)",
    ),
    "check": (
        # no version of next week with the writer still in it (not "still here in this job")
        r"(?:sehe|seh) (?:keine|kein) (?:version|zukunft|welt|szenario) (?:\w+ ){0,4}?(?:in der|wo|"
        r"in dem) ich (?:\w+ ){0,3}?(?:noch )?(?:(?:da|hier) (?:bin|sein werde|wäre)\b"
        r"(?! (?:in|bei|an|im|als)\b)|am leben)",
        # the body a shell to be out of soon (not a ketamine session's)
        r"^(?!.*(?:ketamin|sitzung|infusion|trip|hrt|transition|op\b))"
        r".*körper (?:ist )?(?:nur |bloß )?(?:eine |ein )?(?:hülle|käfig|gefängnis)\b"
        r".{0,40}\b(?:bald|endlich)\b",
        # a farewell said before vanishing: "falls ich verschwinde, die quizze waren lustig"
        r"^(?!.*(?:empfang|netz|festival|urlaub|prüfung|klausur|reise|camping))"
        r".*(?:falls|wenn) ich "
        r"(?:\w+ ){0,3}?(?:verschwinde|weg bin|nicht mehr da bin|nicht mehr auftauche)\b.{0,40}"
        r"\b(?:war|waren) (?:\w+ )?(?:lustig|schön|toll|super|cool|das beste)\b",
        r"(?:sehe )?keinen ausweg",
        r"ich kann nicht mehr|halte es nicht mehr aus",
        # "not here any more" is how many say it; a move or a job says where, and is excused
        r"(?:will|möchte|mag) (?:\w+ )?nicht mehr (?:hier|da) sein\b(?!.*\b(?:stadt|job|firma|"
        r"arbeit|wohnung|haus|land|schule|verein|gruppe|chat|umzug|ziehe)\b)",
        r"(?:(?:habe|hab) (?:alle|jede) hoffnung verloren|keine hoffnung mehr)"
        r"(?! (?:auf|dass|für|in|bei)\b)",
    ),
    "distress": (
        r"(?:kann nicht|höre nicht) (?:aufhören )?(?:zu )?weinen|am boden zerstört|(?:ist|"
        r"sind) (?:gestorben|verstorben)",
        r"(?:fühle mich|bin) (?:so |total |völlig |sehr )?(?:leer|allein|einsam|verloren|"
        r"hoffnungslos|erschöpft|kaputt|ausgebrannt|traurig|wertlos|deprimiert|überfordert)",
        # feeling a failure (not at a game or in the kitchen)
        r"fühle mich (?:so |total |völlig |wie )?(?:ein|eine) (?:totaler |totale )?"
        r"(?:versager|versagerin)(?! (?:beim|im|in) (?:kochen|schach|fußball|karten)\b)",
        r"panikattacke\w*|angst|kann nicht (?:schlafen|atmen)|burnout",
        # "mir gehts mies", "alles ist zu viel"
        r"mir (?:geht es|gehts|gehts heute|geht s) (?:\w+ ){0,2}?(?:mies|schlecht|beschissen|"
        r"scheiße|scheisse|dreckig|elend)\b",
        r"(?:alles|das alles|es) (?:ist|wird) (?:mir )?(?:gerade |einfach |echt )?(?:zu viel|"
        r"too much)\b(?! (?:arbeit|essen|zucker|verkehr|lärm)\b)",
    ),
}
