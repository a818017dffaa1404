"""Italian."""

from crisis.lexicons.common import G6, G

PILLS = r"(?:pillole|pastiglie|compresse|farmaci|medicine|sonniferi|gocce)"

LEXICON = {
    "fiction": (
        r"nel (?:romanzo|film|libro)|nella (?:serie|canzone)|(?:il|la) (?:personaggio|"
        r"protagonista)",
    ),
    "past": (r"anni fa|quando ero (?:\w+ )?(?:giovane|adolescente|ragazz[oa])",),
    "recovered": (r"(?:oggi|ora|adesso) sto (?:bene|meglio)|ne sono uscit[oa]|aiuto gli altri",),
    "later": (r"a (?:domani|presto|dopo|lunedì)|ci vediamo|buona serata",),
    "outing": (
        r"vacanz\w*|amici|foto|bellissim\w*|tramonto|panorama|turist\w*|lavoro|passeggiata",
    ),
    "routine": (
        r"come (?:prescritto|sempre|ogni|al solito)|prescritt\w*|dal medico|stamattina|ricetta",
    ),
    "guard": (
        r"(?:muoio|morire|morendo|mort[oaie]) (?:dal |dalla |di |d ?)(?:\w+ )?"
        r"(?:ridere|risate|fame|"
        r"sete|sonno|freddo|caldo|voglia|vergogna|noia|paura|invidia|gelosia|curiosità|stanchezza)",
        r"da morire|ammazzare il tempo|pena di morte|mi fa morire|mi fai morire",
        # the exam, the heat, the boss "killing me" ("questo esame mi ammazza")
        r"(?:esame|esami|caldo|afa|freddo|lavoro|capo|prof|professore|traffico|compiti|tesi|"
        r"palestra|dieta|scuola|studio|università|matematica|sessione|turno|mal di testa|"
        r"bambini|settimana) (?:\w+ )?mi (?:sta |stanno )?(?:ammazza|ammazzano|ammazzando|uccide|"
        r"uccidono|uccidendo|distrugge|sta distruggendo)",
        r"(?:non )?(?:voglio|vado a) (?:morire|uccidermi|ammazzarmi) (?:mai|no)\b|"
        r"non voglio (?:morire|uccidermi|ammazzarmi|farmi del male)",
        r"(?:riduce|ridurre|riducono|diminuisce|rischio di|tasso di|studi su|prevenzione del|"
        r"casi di|aumenta) " + G + r"(?:suicidio|pensieri suicidi|ideazione suicidaria|"
        r"autolesionismo|overdose)",
    ),
    "method": (
        r"(?:dose|quantità) (?:\w+ ){0,3}?(?:è |sarebbe |sono )?(?:letale|mortale|fatale)",
        r"dose (?:\w+ ){0,3}?(?:letale|mortale|fatale)",
        r"dose (?:\w+ )?(?:letale|mortale|fatale)|(?:letale|mortale) " + G + r"(?:dose|quantità)",
        r"quant[aeio] " + G6 + r"per (?:morire|non svegliar(?:mi|si)|uccider(?:mi|si)|un overdose|"
        r"andarmene|non risvegliar(?:mi|si)|addormentar(?:mi|si) per sempre)",
        r"quant[eio] " + G6 + r"(?:è|sono|sarebbe|sarebbero) (?:letale|letali|mortale|mortali)",
        r"(?:modo|maniera|metodo)(?:i)? " + G + r"(?:di|per) (?:morire|uccidermi|suicidarmi|"
        r"farla finita)",
        r"(?:morire|uccidermi|suicidarmi) (?:\w+ )?senza (?:dolore|soffrire)",
        r"come (?:posso )?(?:uccidermi|suicidarmi|ammazzarmi)",
    ),
    "overdose": (
        r"(?:ho preso|ho ingoiato|ho bevuto|mi sono preso|mi sono presa) (?:\w+ ){0,2}?(?:tutte|"
        r"tutti|tutto|la scatola|una scatola|il flacone|un intero|un sacco|\d\d+)",
        r"(?:ho fatto|ho avuto) (?:un )?overdose",
        # too much of a drug, and the body failing now ("non riesco a respirare")
        r"(?:ho preso|ho ingoiato|ho bevuto|ho fatto|mi sono fatt[oa]|ho sniffato) "
        r"(?:troppa|troppe|troppi|troppo) (?:\w+ )?(?:ketamina|keta|k|ghb|mdma|md|pasticche|"
        r"cocaina|eroina|codeina|xanax|" + PILLS[3:-1] + r")\b(?: \w+){0,8}? (?:non riesco a "
        r"respirare|non respiro|respiro male|(?:mi )?sto (?:svenendo|morendo)|il cuore "
        r"(?:batte|va) (?:fortissimo|a mille)|"
        r"labbra (?:blu|viola)|non sento (?:le|il|la)|vomit\w*)",
    ),
    "intent": (
        r"penso (?:\w+ ){0,2}?(?:al suicidio|a uccidermi|a morire|alla morte|a farla finita)",
        r"(?:voglio|vorrei|desidero|ho voglia di|penso di|sto pensando di|ho deciso di|"
        r"ho provato a|sto per) (?:\w+ ){0,2}?(?:morire|uccidermi|ammazzarmi|suicidarmi|"
        r"farla finita|togliermi la vita|sparire per sempre|non esistere|buttarmi|impiccarmi)",
        r"mi (?:voglio|vado a) (?:uccidere|ammazzare|buttare|suicidare)|suicidarmi|mi ammazzo",
        r"(?:ho|avere) (?:\w+ )?pensieri (?:suicidi|di morte)",
        r"non voglio (?:più )?(?:vivere|esistere|svegliarmi|essere qui)",
        r"(?:nessun|non ha|non c'è) (?:\w+ )?(?:senso|motivo|ragione) (?:di|per|a) (?:vivere|"
        r"andare avanti)",
        r"stanc(?:[oa]|at[oa]|hi|he) di vivere|la vita non vale",
        # throwing oneself off a bridge or under a train, or into the river tonight (not a swim)
        r"mi butto (?:giù )?(?:dal|da un|dalla|sotto (?:il|al|un)) (?:ponte|tetto|treno|palazzo|"
        r"balcone|finestra|scogliera|viadotto|metro)",
        r"mi butto (?:nel|in un) (?:fiume|lago|mare|canale) (?:stanotte|stasera|questa notte|"
        r"domani)(?!.*(?:nuot|bagno|amici|caldo|tuff))",
    ),
    "passive": (
        # papers left in order for someone, and not knowing whether one reaches a day (read as
        # passive: the day named, "a lunedì", would excuse it as a goodbye till then)
        r"(?:password|documenti|carte|conti|cose) (?:\w+ ){0,4}?in ordine (?:\w+ ){0,4}?non so se "
        r"(?:arrivo|arriverò|ci arrivo|ci sarò|sarò qui) a",
        r"sarebbe (?:\w+ ){0,2}?(?:meglio|più facile|più semplice) (?:\w+ ){0,2}?(?:non esserci|"
        r"non esistere|non svegliarmi|sparire|morire)",
        r"se (?:io )?(?:non ci fossi|non esistessi|morissi|sparissi)",
        r"(?:vorrei|spero di|magari) (?:\w+ ){0,2}?(?:non svegliarmi|morire|non essere mai nat[oa]|"
        r"non esistere|sparire per sempre|dormire per sempre)",
        r"non svegliarmi (?:più|mai)|dormire per sempre|sparire per sempre|smettere di esistere",
        r"(?:starebbero|starebbe|sarebbero) " + G + r"meglio senza di me",
        r"sono un peso|nessuno (?:sentirebbe|noterebbe) la mia",
    ),
    "prepare": (
        r"(?:ho )?(?:comprato|preso) (?:una )?corda\b(?! (?:\w+ ){0,2}?(?:chitarra|violino|"
        r"arrampicata|per))",
        r"(?:messaggio|messaggi) (?:d'addio|di addio)",
        r"letter[ae] d'addio|(?:ho scritto|ho lasciato|ho fatto|sto scrivendo) "
        + G
        + r"(?:lettera|lettere|biglietto|testamento)",
        r"(?:ho regalato|ho dato via|sto regalando) " + G + r"(?:le mie cose|i miei vestiti|"
        r"il mio cane|il mio gatto|i miei libri|tutto)",
        # things given away and "I won't need them any more", with no reason given
        r"(?:ho regalato|ho dato via|ho dato) (?!(?:\w+ ){0,8}?(?:neonat|bambin|università|"
        r"scuola|inverno|trasloco|perché|ho comprato)\w*\b)(?:\w+ ){1,10}?non mi "
        r"(?:serviranno|servirà|servono|serve) più(?= *$)",
        r"(?:ho )?(?:scelto|fissato|deciso) (?:la |una )?data",
        r"addio a tutti|addio per sempre|il mio ultimo messaggio|la mia ultima notte",
        r"quando non ci sarò più|quando non ci saro piu",
        r"(?:sto )?(?:mettendo da parte|conservando|accumulando|nascondendo|ho messo da parte|"
        r"ho accumulato) " + G + PILLS,
        r"perdonatemi|scusate per tutto",
    ),
    "place": (
        r"(?:sono|seduto|seduta|in piedi) (?:\w+ ){0,2}?(?:sul|sulla|sui|sopra il|sul bordo del) "
        r"(?:ponte|tetto|binari|cornicione|scogliera|parapetto)",
    ),
    "self_harm": (
        r"(?:mi (?:sono )?(?:taglio|tagliata|tagliato|brucio|bruciata|bruciato|faccio del male|"
        r"fatta del male|fatto del male)|tagliarmi|farmi del male)\b"
        # ...not a kitchen accident: "mi sono bruciata il polso col forno sfornando la pizza"
        r"(?!(?: \w+){0,5}? (?:col forno|con il forno|dal forno|al forno|col ferro|con il ferro|"
        r"pentola|padella|fornello|teglia|vapore|acqua bollente|olio bollente|sfornando|"
        r"cucinando|affettando|tagliando (?:il|la|le|i|una|un)|mentre cucinavo|per sbaglio))",
        r"autolesionismo|autolesion\w*|(?:tagli|ferite|cicatrici) (?:\w+ )?(?:sulle|sui) "
        r"(?:braccia|"
        r"polsi|gambe)",
        r"ricaduta|ci sono ricascat[oa]",
    ),
    "despair": (
        r"(?:era|è stata|è) (?:la )?mia ultima speranza|ultima speranza "
        + G6
        + r"(?:non ha funzionato|fallita|è fallit)",
    ),
    "other": (
        r"non vuole (?:più )?(?:vivere|esistere)|(?:si è )?chius[oa] (?:in bagno|in camera|"
        r"in garage)",
        r"(?:vuole|sta per|ha provato a|parla di|pensa di) (?:\w+ )?(?:morire|uccidersi|"
        r"ammazzarsi|suicidarsi|farla finita|togliersi la vita)",
        r"(?:si taglia|si è tagliat[oa]|si fa del male)",
        r"(?:ha lasciato|ha scritto) " + G + r"(?:lettera|biglietto) (?:d'addio|di addio)",
        r"ha regalato tutte le sue cose|(?:ha preso|ha ingoiato) (?:\w+ ){0,2}?(?:tutte|tutti)",
    ),
    "check": (
        r"non (?:vedo|c'è) (?:nessuna )?(?:via d'uscita|uscita)",
        r"non ce la faccio più|non ce la faccio piu|non ne posso più",
    ),
    "distress": (
        r"(?:ho|sto avendo) un attacco di panico",  # a panic attack now, not one years ago
        r"non smetto di piangere|piango (?:sempre|tutto il giorno|ogni)|triste|distrutt[oa]|"
        r"(?:è morto|è morta|è scomparso|è scomparsa)\b",
        r"mi sento (?:\w+ )?(?:vuot[oa]|sol[oa]|pers[oa]|disperat[oa]|esaust[oa]|triste|inutile|"
        r"distrutt[oa]|depress[oa])",
        # feeling a failure, a burden (not at a game or in the kitchen)
        r"mi sento (?:\w+ )?(?:un fallimento|una fallita|un fallito|un fracasso|una nullità|"
        r"un peso)(?! (?:a|in|come) (?:cucina|cucinare|scacchi|calcetto|carte)\b)",
        r"attacchi? di panico|ansia|non riesco a (?:dormire|respirare)",
        r"non valgo (?:niente|nulla)|ho (?:sempre )?paura (?:tutto il tempo|di tutto)|ho sempre "
        r"paura(?= *$)",
    ),
}
