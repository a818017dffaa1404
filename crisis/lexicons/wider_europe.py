"""Dutch, Swedish, Czech, Greek and Romanian: every kind, beyond the plainest statements.

Passive wishes, direct intent, farewells and things given away, self-harm, pills counted or
taken, the same said of someone else, "I can't any more" for the check-in, and plain sadness or
exhaustion for the caring reply; each language's idioms of dying (of laughter, of hunger, of
boredom) and its negations are guarded. Written with accents: the text and the phrases are
folded alike (``crisis.languages``).
"""

from crisis.lexicons.common import G

# A gap of up to three words of any script (Greek words are \w, but keep it plain).
W = r"(?:[^ ]+ ){0,3}?"

LEXICON = {
    # "vroeger had ik een depressie, nu gaat het goed met me": an illness once had, well now
    "past": (
        r"vroeger (?:had|was) ik (?:\w+ )?(?:depressie\w*|depressief|angst\w*|burn ?out)|"
        r"(?:\w+ )?jaar geleden",
    ),
    "recovered": (r"nu gaat het (?:\w+ )?(?:goed|beter)|nu ben ik (?:weer )?(?:gelukkig|beter)",),
    "guard": (
        # Dutch
        r"(?:ik )?(?:ga|gaan|ging) (?:bijna )?dood (?:van|aan) (?:de |het )?(?:honger|dorst|"
        r"lachen|verveling|hitte|kou|schaamte|stress)|(?:lach|lachen|lachte) (?:me|ons) (?:\w+ )?"
        r"dood|ik wil (?:helemaal )?niet (?:dood|sterven|verdwijnen)",
        # Swedish
        r"(?:dör|dog|döende) (?:av|på) (?:skratt|tristess|hunger|värmen|pinsamhet|längtan)|"
        r"skrattade (?:mig )?ihjäl|jag vill inte (?:dö|försvinna)",
        # Czech
        r"(?:umírám|umřu|umřela|umřel|umírala|umíral) (?:\w+ )?(?:smíchy|nudou|hlady|horkem|"
        r"zimou|studem|žízní)|nechci (?:umřít|zemřít|zmizet)",
        # Greek
        r"(?:πεθαίνω|πέθανα|ψοφάω|ψόφησα) (?:στα γέλια|της πείνας|από (?:την |τη )?(?:πείνα|ζέστη|"
        r"βαρεμάρα|κούραση)|στην κούραση)|δεν θέλω να (?:πεθάνω|εξαφανιστώ)",
        # Romanian
        r"(?:mor|muream|am murit) de (?:râs|foame|căldură|plictiseală|sete|rușine|dor|frig)|"
        r"nu vreau să (?:mor|dispar)|mă omor (?:cu|de|la|muncind|învățând|după)",
    ),
    "intent": (
        r"geen zin meer (?:in (?:het |mijn )?leven|om te leven)",
        r"(?:er )?een einde? aan (?:mijn leven )?(?:te )?maken",
        r"ik (?:wil|ga) (?:er )?(?:een )?eind(?:e)? (?:aan )?(?:mijn leven )?maken|"
        r"ik maak er een eind aan|ik ga mezelf (?:iets aandoen|ophangen|doden|van kant maken)",
        r"jag vill (?:bara |verkligen )?dö|jag vill inte leva (?:längre|mer)|ta livet av mig|"
        r"tar livet av mig|begå självmord|jag orkar inte leva|jag ska (?:\w+ )?ta mitt liv",
        r"chci (?:už )?(?:umřít|zemřít)|zabiju se|(?:chci|chtěl bych|chtěla bych) se zabít|"
        r"spáchat sebevraždu|nechci (?:už )?(?:dál )?žít|chci to (?:všechno )?skončit|"
        r"vzít si život",
        r"θέλω να (?:τα )?τελειώσω (?:όλα|με όλα)|να βάλω τέλος (?:στη ζωή μου|σε όλα)|"
        r"θα βάλω τέλος|δεν αντέχω να ζω|θα σκοτωθώ|θέλω να σκοτωθώ",
        r"vreau să termin cu (?:tot|toate|viața)|o să mă omor|vreau să mă omor|"
        r"nu mai vreau să exist|să pun capăt (?:vieții|zilelor)",
    ),
    "passive": (
        r"ik wil er (?:gewoon |echt )?niet meer zijn|ik wou dat ik er niet meer was|"
        r"ik wil (?:gewoon )?verdwijnen|(?:niet meer|nooit meer) wakker (?:worden|te worden|word)|"
        r"ik ben (?:alleen maar )?een last\b(?! minute)|ik had nooit geboren moeten worden",
        r"jag vill (?:bara )?försvinna|(?:önskar|önskade) (?:att )?jag (?:var|vore) död|"
        r"(?:inte|aldrig) vakna (?:igen|upp)|alla (?:vore|skulle ha det) bättre utan mig|"
        r"jag är (?:bara )?en börda",
        r"chci (?:prostě )?zmizet|kéž bych se (?:už )?(?:neprobudil|neprobudila)|"
        r"nechci se (?:už )?probudit|všem by bylo (?:líp|lépe) beze mě|jsem (?:jen )?přítěž",
        r"θέλω να εξαφανιστώ|μακάρι να μην (?:ξυπνήσω|είχα γεννηθεί|υπήρχα)|"
        # wished or hoped nightly not to wake ("εύχομαι να μην ξυπνήσω"), not to wake the baby,
        # late or at night
        r"(?:εύχομαι|ελπίζω|θέλω|προσεύχομαι) (?:\w+ )?να μην (?:ξαναξυπνήσω|ξυπνήσω|ξυπνάω)\b"
        r"(?! (?:το|τον|την|τα|τους|κανέναν|κανένα|αργά|νωρίς|μέσα|στις|πριν|με)\b)|"
        r"(?:όλοι|οι άλλοι) θα ήταν καλύτερα χωρίς εμένα|είμαι (?:ένα )?βάρος",
        r"nu mai am pentru ce (?:să )?(?:trăi|trăiesc)|nu mai am de ce să trăiesc",
        r"toți ar fi mai bine fără mine|sunt o povară|aș vrea să nu (?:fi existat|exist)|"
        r"mi aș dori să (?:fiu mort|fiu moartă|nu mă mai trezesc)",
    ),
    "prepare": (
        # the pet taken to someone and the will put in order: "kat naar mijn zus ... testament"
        r"(?:kat|hond|katten|honden|poes) (?:\w+ ){0,4}?(?:gebracht|gegeven|weggegeven) en (?:\w+ )"
        r"{0,2}?testament (?:geregeld|gemaakt|opgesteld|in orde)",
        r"(?:gegeven|weggegeven|geschonken) (?:[^ ]+ ){0,6}?(?:heb|hoef) (?:\w+ )?niet meer nodig|"
        r"(?:se )?se všemi rozloučil|rozloučil(?:a)? se se všemi",
        r"(?:brief|brieven|bericht) (?:\w+ ){0,2}?voor (?:als|wanneer) ik er niet meer ben",
        r"afscheid (?:genomen|nemen|te nemen) van (?:iedereen|jullie|mijn|m n|mn)"
        # ...not of colleagues or classmates on leaving a job or a school
        r"(?! (?:\w+ )?(?:collega\w*|klasgeno\w*|team|werk|baan|buren|studiegeno\w*)\b)|"
        r"afscheidsbrief|mijn spullen (?:weggegeven|verdeeld|weggeven)|pillen (?:gespaard|"
        r"verzameld|opgespaard)",
        r"avskedsbrev|(?:sagt|tagit) (?:hej då|farväl) (?:till|av) alla|gett bort (?:alla )?"
        r"mina saker|sparat (?:\w+ )?(?:tabletter|piller)",
        r"dopis na rozloučenou|rozloučil(?:a)? jsem se se všemi|rozdal(?:a)? jsem (?:své|svoje|"
        r"všechny) věci|šetřím si prášky|schovávám si prášky",
        r"(?:έχω μαζέψει|μαζεύω|έχω κρύψει|κρύβω) (?:\w+ )?(?:τα )?(?:χάπια|φάρμακα|υπνωτικά|"
        r"ηρεμιστικά)(?! (?:\w+ ){0,8}?(?:από το πάτωμα|για το φαρμακείο|στο φαρμακείο|να τα "
        r"(?:πάω|επιστρέψω|πετάξω|δώσω)))",
        r"γράμμα αποχαιρετισμού|αποχαιρέτησα (?:όλους|τους πάντες)|μοίρασα τα πράγματά μου",
        r"scrisoare de adio|mi am luat (?:rămas bun|adio) de la (?:toți|toată)|"
        r"mi am dat (?:toate )?lucrurile",
    ),
    "self_harm": (
        r"ik (?:heb )?mezelf (?:weer )?(?:gesneden|gekrast|bezeerd)|ik (?:snij|kras) mezelf|"
        r"ik doe mezelf pijn",
        r"(?:jag )?(?:skadar|skadade|har skadat) mig själv|jag skär mig|jag har skurit mig",
        r"řežu se|pořezal(?:a)? jsem se\b(?! (?:při|o|nožem při))|ubližuju si|sebepoškoz",
        # "κόβομαι πάλι", not on paper or a knife while cooking
        r"(?:(?:ξανά|πάλι) κόβομαι|κόβομαι (?:ξανά|πάλι))\b(?! (?:\w+ ){0,2}?(?:χαρτί|μαχαίρι|"
        r"ξυράφι|μαγειρ\w*|κουζίνα))|"
        r"(?:κόβω|έκοψα) τον εαυτό μου|αυτοτραυματ|(?:βλάπτω|πληγώνω) τον εαυτό μου",
        r"îmi fac rău|mi am făcut rău singur",
    ),
    "overdose": (
        r"ik heb (?:\w+ ){0,2}?(?:al )?(?:mijn|alle) (?:pillen|medicijnen|tabletten) "
        r"(?:ingenomen|geslikt|genomen)|een hele (?:strip|doos|pot|pot met) (?:\w+ )?(?:geslikt|"
        r"genomen|ingenomen)",
        r"(?:tagit|tog|svalt|svalde) alla (?:mina )?(?:tabletter|piller|sömntabletter|mediciner)",
        r"(?:spolykal|vzal|snědl)(?:a)? jsem (?:si )?(?:všechny|celé balení|hodně|spoustu) "
        r"(?:\w+ )?(?:prášky|prášků|pilulky|léky|léků|tablety|tablet)",
        r"(?:πήρα|ήπια|κατάπια) όλα τα (?:χάπια|φάρμακα)|(?:πήρα|ήπια|κατάπια) (?:πολλά|ένα κουτί) "
        r"(?:χάπια|φάρμακα)",
        r"am (?:băut|luat|înghițit) (?:toate|multe|o cutie de) (?:pastilele|pastile|medicamente|"
        r"medicamentele)",
    ),
    "method": (
        r"hoeveel (?:pillen|tabletten|\w+) " + G + r"(?:om dood te gaan|dodelijk|om te sterven|"
        r"ga je dood|ben je dood)",
        r"hur många (?:tabletter|piller|\w+) " + G + r"(?:för att dö|dödlig|dör man)|dödlig dos",
        r"kolik (?:prášků|tablet|pilulek|léků) " + G + r"(?:umřít|zemřít|smrt|zabije)|"
        r"smrtelná dávka",
        r"πόσα (?:χάπια|φάρμακα) " + W + r"(?:πεθάνω|πεθαίνεις|πεθάνει|θάνατο)",
        r"câte (?:pastile|tablete) " + G + r"(?:să mor|mori|omoară|moartea)",
    ),
    "other": (
        r"(?:hij|zij|ze) (?:\w+ ){0,2}?(?:dood wil|zelfmoord wil plegen|niet meer wil leven)",
        r"(?:vill|ska|försökt|försökte) (?:\w+ )?ta livet av sig",
        r"(?:hij|zij|ze) (?:\w+ ){0,2}?(?:wil|zegt dat (?:hij|ze|zij)) (?:\w+ ){0,2}?(?:dood|"
        r"zelfmoord plegen|niet meer leven|er een eind aan maken)",
        r"(?:han|hon) (?:\w+ ){0,2}?vill (?:\w+ )?(?:dö|ta livet av sig|inte leva)|"
        r"(?:han|hon) (?:skadar|skär) sig",
        r"(?:on|ona|kamarád|kamarádka|brácha|ségra) (?:\w+ ){0,2}?chce (?:umřít|zemřít|spáchat "
        r"sebevraždu|se zabít)",
        r"(?:φίλος|φίλη|αδερφός|αδερφή) μου " + W + r"θέλει να (?:πεθάνει|αυτοκτονήσει)",
        r"(?:prietenul|prietena|fratele|sora|mama|tata) (?:meu |mea )?(?:\w+ ){0,2}?vrea să "
        r"(?:moară|se sinucidă|se omoare)",
    ),
    "check": (
        r"ik zie het niet meer zitten|ik kan (?:het )?niet meer\b(?! (?:eten|wachten|lopen|"
        r"slapen|zien|vinden))|ik trek het niet meer",
        r"jag orkar inte (?:mer|längre)\b(?! (?:med|att (?:plugga|jobba|vänta|städa)))|"
        r"ser ingen utväg",
        r"už to nezvládám|už nemůžu dál|nevidím (?:žádné|žádný) (?:východisko|smysl)",
        r"δεν αντέχω (?:άλλο|πια)\b(?! (?:τη |το |τον |αυτ))|δεν βλέπω (?:καμία )?διέξοδο",
        r"nu mai suport\b(?! (?:pe|căldura|zgomotul|vecinii|vecinul|vecina|bormașina|șantierul|"
        r"șeful|munca))|"
        r"nu (?:mai )?văd nicio (?:ieșire|scăpare)",
    ),
    "distress": (
        r"ik ben (?:zo|heel|echt|erg|zó) (?:moe|op|kapot)\b",
        r"ik (?:ben|voel me) (?:zo |heel |echt |erg |zó )?(?:moe van alles|somber|verdrietig|"
        r"eenzaam|uitgeput|leeg|down|ellendig|hopeloos|kapot)",
        r"jag (?:är|känner mig) (?:så |väldigt |helt )?(?:ledsen|ensam|nere|deppig|tom|"
        r"deprimerad|hopplös|slut|utmattad)|jag mår (?:så )?(?:dåligt|skit)",
        r"(?:jsem|cítím se) (?:tak |hrozně |strašně |úplně )?(?:smutn\w|unaven\w|osaměl\w|"
        r"vyčerpan\w|prázdn\w|na dně|mizerně|sám|sama)",
        r"(?:είμαι|νιώθω) (?:τόσο |πολύ )?(?:λυπημένος|λυπημένη|κουρασμένος|κουρασμένη|μόνος|"
        r"μόνη|στενοχωρημένος|στενοχωρημένη|χάλια|άδειος|άδεια|απελπισμένος|απελπισμένη)",
        r"(?:sunt|mă simt) (?:atât de |foarte |așa de )?(?:trist|tristă|obosit|obosită|singur|"
        r"singură|epuizat|epuizată|gol|goală|inutil|inutilă|deprimat|deprimată)",
    ),
}
