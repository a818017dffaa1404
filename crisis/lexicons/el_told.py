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

LEXICON = {
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
        _AS_USUAL + _KIN_EL + r" (?:\w+ ){0,2}?(?:πήρε|ήπιε|κατάπιε|έχει πάρει|έχει πιει) "
        r"(?:όλα τα|όλο το κουτί|ένα κουτί|πολλά|ένα σωρό|όλο το μπουκάλι) (?:\w+ )?" + _PILLS_EL,
        _AS_USUAL + _KIN_LATIN + r" (?:\w+ ){0,2}?(?:phre|pire|ipie|hpie|katapie|exei parei) "
        r"(?:ola ta|olo to kouti|ena kouti|polla) (?:\w+ )?" + _PILLS_LATIN,
    ),
    "prepare": (
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
