"""Greek, in its script and in Greeklish: the last hope failed, arms cut again, how many pills so
as not to wake, a sister who took all her pills, everything arranged before the day it all ends,
and exhaustion with pain that will not stop.

- "η κεταμίνη ήταν η τελευταία μου ελπίδα. δεν έπιασε" (``despair``); a last hope for tickets,
  a match or an exam stays quiet.
- "κόβω πάλι τα χέρια μου", "χαράζω τους καρπούς μου", "ekopsa xana ta xeria mou"
  (``self_harm``); a cut in the kitchen, on glass or by accident stays quiet.
- "πόσα χάπια χρειάζονται για να μην ξυπνήσεις", "posa xapia gia na mi ksipniseis"
  (``method``); how many to fall asleep stays quiet.
- "η αδερφή μου πήρε όλα τα χάπια της", "o adelfos mou ipie olo to kouti" (``other``); a
  grandmother who took all her pills as usual, on time, stays quiet.
- "ta kanonisa ola ... to savvato teleiwnoun ola", "τα τακτοποίησα όλα ... την Κυριακή
  τελειώνουν όλα" (``prepare``); a trip arranged and lessons or the sales that end on Saturday
  stay quiet.
- "eimai varos gia tin oikogeneia mou", "xwris emena tha einai kalytera" (``passive``); weights
  lifted at the gym stay quiet.
- "έγραψα γράμμα για τη μαμά μου. απόψε φεύγω", "afisa simeiwma, simera teleiwnei" (``prepare``);
  leaving tonight for another city, or for a trip, stays quiet.
- "o aderfos mou egrapse sygnwmh se olous kai den apantaei", "έστειλε ευχαριστώ σε όλους και
  έχει κλειστό" (``other``); sorry for being late or a flat battery stays quiet.
- "eimai exantlimeni", "den exw kouragio gia tipota", "ο πόνος δεν σταματάει" (``distress``);
  tired from the gym or a match stays out.

Written folded (see ``crisis.lexicons``); pure.
"""

# Each exclusion is anchored at the start and read once (see ``crisis.lexicons.rest_of_vial``).
_NOT_A_CONTEST = (
    r"^(?!.*\b(?:εισιτήρι|συναυλ|αγών|ματς|ομάδα|εξετάσ|πανελλ|δουλει|eisitiri|synavl|sinavl|"
    r"agwn|mats|omada|eksetas|exetas|panell|douleia)).*?"
)
_NOT_AN_ACCIDENT = (
    r"^(?!.*\b(?:κουζίνα|μαγειρ|ψωμί|ντομάτ|κρεμμύδ|γυαλί|τζάμι|κατά λάθος|χαρτί|νύχια|μαλλιά|"
    r"kouzina|mageir|psomi|ntomat|kremmyd|kremid|gyali|giali|tzami|kata lathos|xarti|nyxia|"
    r"nixia|mallia)).*?"
)
_AS_USUAL = (
    r"^(?!.*\b(?:κανονικά|στην ώρα|όπως πάντα|της συνταγής|πρωινά|βραδινά|kanonika|stin wra|"
    r"stin ora|opws panta|opos panta|prwina|vradina)).*?"
)
_NOT_A_TRIP = (
    r"^(?!.*\b(?:ταξίδι|διακοπ|μετακόμισ|εκδρομ|γάμο|βάφτισ|taxidi|diakop|metakomis|ekdrom|gamo|"
    r"vaftis)).*?"
)
_KIN_EL = (
    r"(?:αδερφή|αδελφή|αδερφός|αδελφός|μάνα|μαμά|μητέρα|πατέρας|μπαμπάς|φίλη|φίλος|κολλητή|"
    r"κολλητός|γυναίκα|άντρας|σύζυγος|κόρη|γιος|ανιψιά|ανιψιός|ξαδέρφη|ξάδερφος) μου"
)
_KIN_LATIN = (
    r"(?:aderfi|adelfi|aderfos|adelfos|mana|mama|mitera|pateras|mpampas|babas|fili|filos|"
    r"kollhth|kolliti|kollitos|gynaika|gineka|antras|kori|gios|anipsia|anipsios) (?:mou|m)"
)
_PILLS_EL = r"(?:χάπια|φάρμακα|υπνωτικά|ηρεμιστικά|παυσίπονα|δισκία|αντικαταθλιπτικά)"
_PILLS_LATIN = r"(?:xapia|hapia|farmaka|ypnwtika|ipnotika|iremistika|hremistika|pafsipona)"
# wanting not to wake, to die, to end it: "na mi ksipniseis", "να πεθάνω"
_NOT_TO_WAKE = (
    r"(?:για να|ώστε να|gia na|wste na|oste na) (?:\w+ )?(?:μην ξυπνήσ\w*|μην ξαναξυπνήσ\w*|"
    r"πεθάν\w*|τελειώσ\w*|μη ξυπνήσ\w*|mhn ksypnhs\w*|min ksipnis\w*|mi ksipnis\w*|"
    r"min xipnis\w*|mi xipnis\w*|pethan\w*)"
)
_DAY = (
    r"(?:σάββατο|κυριακή|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|απόψε|αύριο|savvato|sabbato|"
    r"kyriakh|kiriaki|deytera|deftera|triti|tetarti|pempti|paraskeyh|paraskevi|apopse|ayrio|"
    r"avrio)"
)

# late, a flat battery, driving: an apology that is no farewell
_NOT_LATE = r"^(?!.*\b(?:αργ|μπαταρ|οδηγ|arg|mpatar|batar|odhg|odig)).*?"

LEXICON = {
    "passive": (
        r"(?:eimai|imai) (?:\w+ )?varos (?:gia |stin |sti |ston |stous |se )(?:\w+ )?"
        r"(?:oikogeneia|oikogenia|mana|mama|mitera|patera|mpampa|gonious|goneis|paidia|olous|"
        r"aderfi|aderfo|antra|gynaika|gineka|kori|gio)",
        r"(?:xwris|xoris|horis) (?:emena|mena) (?:\w+ )?(?:tha|8a) (?:einai|ine|eiste|iste|"
        r"ziseis|zisete|zisoun|zisei) (?:\w+ )?(?:kalytera|kalitera|pio kala|pio eukola|"
        r"pio efkola)",
    ),
    "despair": (
        _NOT_A_CONTEST + r"(?:ήταν |είναι )?η τελευταία μου ελπίδα (?:\w+ ){0,4}?(?:δεν "
        r"(?:έπιασε|πέτυχε|λειτούργησε|δούλεψε|βοήθησε|έκανε τίποτα)|απέτυχε)",
        _NOT_A_CONTEST + r"(?:htan |itan |einai |ine )?h? ?(?:teleytaia|teleftaia|teleutaia) mou "
        r"(?:elpida|elpidha) (?:\w+ ){0,4}?(?:den (?:epiase|petyxe|petixe|leitourghse|"
        r"leitourgise|doulepse|voithise|vohthhse)|apetyxe|apetixe)",
    ),
    "self_harm": (
        _NOT_AN_ACCIDENT + r"(?:κόβω|έκοψα|χαράζω|χάραξα|κόβομαι|κόπηκα) (?:πάλι |ξανά )?"
        r"(?:τα |το |τους |τον )?(?:χέρια|χέρι|καρπούς|καρπό|μπράτσα|μπράτσο|μηρούς|πόδια) μου",
        _NOT_AN_ACCIDENT + r"(?:kovw|kovo|kobw|ekopsa|xarazw|xarazo|haraxa|xaraxa) (?:pali |xana "
        r"|ksana )?(?:ta |to |tous |ton )?(?:xeria|xeri|heria|karpous|karpo|mpratsa|mpratso|"
        r"mirous|podia) (?:mou|m)",
    ),
    "method": (
        r"πόσα (?:\w+ )?" + _PILLS_EL + r" (?:\w+ ){0,3}?" + _NOT_TO_WAKE,
        r"posa (?:\w+ )?" + _PILLS_LATIN + r" (?:\w+ ){0,3}?" + _NOT_TO_WAKE,
    ),
    "other": (
        _NOT_LATE + _KIN_EL + r" (?:\w+ ){0,3}?(?:έγραψε|έστειλε|πόσταρε|είπε|ανέβασε) "
        r"(?:\w+ ){0,2}?(?:συγγνώμη|αντίο|ευχαριστώ) (?:σε |στους )?όλους (?:\w+ ){0,6}?"
        r"(?:δεν (?:απαντάει|απαντά|το σηκώνει|σηκώνει)|έχει κλειστό|έκλεισε το κινητό)",
        _NOT_LATE + _KIN_LATIN + r" (?:\w+ ){0,3}?(?:egrapse|esteile|estile|postare|eipe|ipe) "
        r"(?:\w+ ){0,2}?(?:sygnwmh|sygnomi|signomi|syggnwmh|sygnwmi|antio|euxaristw|efxaristo) "
        r"(?:se |stous )?(?:olous|olus) (?:\w+ ){0,6}?(?:den (?:apantaei|apanta|to sikwnei|"
        r"sikwnei|to sikonei)|exei kleisto|ekleise to kinhto|ekleise to kinito)",
        _AS_USUAL + _KIN_EL + r" (?:\w+ ){0,2}?(?:πήρε|ήπιε|κατάπιε|έχει πάρει|έχει πιει) "
        r"(?:όλα τα|όλο το κουτί|ένα κουτί|πολλά|ένα σωρό|όλο το μπουκάλι) (?:\w+ )?" + _PILLS_EL,
        _AS_USUAL + _KIN_LATIN + r" (?:\w+ ){0,2}?(?:phre|pire|ipie|hpie|katapie|exei parei) "
        r"(?:ola ta|olo to kouti|ena kouti|polla) (?:\w+ )?" + _PILLS_LATIN,
    ),
    "prepare": (
        _NOT_A_TRIP + r"(?:έγραψα|άφησα) (?:ένα )?(?:γράμμα|σημείωμα) (?:\w+ ){0,8}?(?:απόψε|"
        r"σήμερα) (?:\w+ )?(?:φεύγω|τελειώνει|τελειώνουν όλα)(?! (?:για|με|στ\w*|από|απ)\b)",
        _NOT_A_TRIP + r"(?:egrapsa|afisa|afhsa) (?:ena )?(?:gramma|simeiwma|shmeiwma|simeioma) "
        r"(?:\w+ ){0,8}?(?:apopse|simera|shmera) (?:\w+ )?(?:fevgw|fevgo|feugw|teleiwnei|"
        r"teleionei|teleiwnoun ola)(?! (?:gia|me|st\w*|apo|ap)\b)",
        _NOT_A_TRIP
        + r"τα (?:κανόνισα|τακτοποίησα|τακτοποιήσα|έκλεισα|τελείωσα) όλα (?:\w+ ){0,12}?"
        + _DAY
        + r" (?:\w+ )?τελειώνουν όλα",
        _NOT_A_TRIP
        + r"ta (?:kanonisa|taktopoihsa|taktopoiisa|taktopoisa|eklisa|ekleisa) ola (?:\w+ ){0,12}?"
        + _DAY
        + r" (?:\w+ )?tel(?:ei|i)(?:w|o)n(?:oun|ei) (?:ola|ta panta)"
        r"(?! (?:ta|oi|i|to|tis|twn|ton) )",
    ),
    "distress": (
        r"(?:είμαι |νιώθω )(?:\w+ )?εξαντλημέν\w*(?!\w)(?! (?:απ|από) (?:το|τη|την) (?:γυμναστ|"
        r"προπόνησ|πάρτι|βόλτα))",
        r"(?:eimai |imai |niwthw |niotho )(?:\w+ )?(?:exantlimen\w*|eksantlimen\w*|"
        r"exantlhmen\w*|eksantlhmen\w*)(?!\w)(?! apo to (?:gym|gymnastirio|proponisi|party|parti))",
        r"δεν έχω (?:\w+ )?κουράγιο|ο πόνος δεν (?:σταματάει|σταματά|φεύγει|περνάει)",
        r"den (?:exw|exo|eho|ehw) (?:\w+ )?(?:kouragio|kourajio)|o ponos den (?:stamataei|"
        r"stamatai|stamata|fevgei|feugei|pernaei)",
    ),
}
