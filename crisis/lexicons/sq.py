"""Albanian, standard and Gheg ("dua të vdes", "du me dek"): every kind.

Not wanting to live any more (not in a town or with someone), killing oneself ("vras veten",
not with work), never waking again, a farewell letter and one's things given away (not for a
move or a release), pills hidden or put by (not from the children), cutting one's arms (not
while cooking, not a chicken's wings), standing on a bridge or a roof (not with friends, for a
coffee or a repair), the whole bottle of pills swallowed (not as prescribed), a lethal amount
or a sure way asked, the same told of a child, a cellmate or a brother, "I can't take it any
more" and no way out for the check-in, and loneliness or panic for the caring reply. Dying of
laughter, hunger or longing, and "I don't want to die", are guarded. Written folded: "ë" reads
"e" and "ç" reads "c" (``crisis.languages``), so "më" and "me" read alike.
"""

# the places one stands on to jump from
_HIGH = (
    r"(?:ure|uren|ures|ura|cati|catine|catise|pullaz\w*|tarrac\w*|shkemb\w*|hekurudh\w*|"
    r"binar\w*|pallatit|ndertes\w*|parvaz\w*)"
)
_PILLS = r"(?:tableta|tabletat|hape|hapet|ilace|ilacet|barna|barnat|pilula|pilulat|qetesues\w*)"
# a life not wanted here or with someone: "nuk dua të jetoj në Tiranë", "me prindërit"
_NOT_HERE = (
    r"(?! (?:ne|tek|ketu|atje|larg|afer|jashte|vetem|me (?:\w+ )?(?:prind|nen|bab|vjeh|shok|"
    r"shoq|grua|burr|ty|ta|ate|ata|ato|dike|qira|femij)\w*)\b)"
)

LEXICON = {
    "guard": (
        # dying of laughter, hunger, longing, for someone: "vdes nga të qeshurit", "vdes për ty"
        r"(?:vdes|vdiqa|vdesim|dek|desa|po vdes) (?:\w+ )?(?:nga|prej|per) (?:te |e )?(?:qeshur\w*|"
        r"uri\w*|mall\w*|merzi\w*|vap\w*|ftohti\w*|turp\w*|kurioz\w*|ty|ju|ate|tij|saj|etj\w*)",
        r"(?:nuk|nk) (?:dua|du|due) (?:\w+ )?(?:te|me) (?:vdes|dek|vdek)|"
        r"sdua (?:te|me) (?:vdes|dek)",
        # a sad song "to cut your veins to", killing oneself with work
        # medicines hidden from the children
        r"(?:fsheh|fsheha|kam fshehur) (?:\w+ ){0,2}?(?:ilac|tablet|hap|barn)\w* nga (?:femij|"
        r"djal|vajz|nip|mbes)\w*",
        r"vras veten (?:me (?:pune|mesim|stervitje)|duke (?:punuar|mesuar|stervitur))",
    ),
    "later": (r"lirohem|lirim\w*|transfer\w*|shperngul\w*|kolege\w*|pension\w*|shihemi",),
    "outing": (
        r"shok\w*|shoq\w*|foto\w*|pamj\w*|perendim\w*|shetit\w*|kafe\w*|pushim\w*|"
        r"riparo\w*|rregullo\w*|antene\w*|peshk\w*|turist\w*|piknik\w*|stacion\w*",
    ),
    "routine": (r"mjeku|mjekut|recet\w*|si zakonisht|sipas udhezimit|cdo mengjes",),
    "intent": (
        r"(?:dua|du|due|desha) (?:vetem |thjesht |sa )?(?:te|me) (?:vdes|dek|vdek)\b",
        r"(?:nuk|nk) (?:dua|du|due) (?:me )?(?:te|me) (?:jetoj|jetu)\b" + _NOT_HERE,
        r"sdua (?:me )?(?:te|me) (?:jetoj|jetu)\b" + _NOT_HERE,
        r"(?:nuk kam|nk kam|skam) (?:me )?(?:asnje )?arsye (?:per )?(?:te|me) "
        r"(?:jetuar|jetoj|jetu)",
        # "do ta vras veten", "du me e vra veten": killing oneself in the first person
        r"vras veten\b|(?:du|dua|due) me (?:e )?vra veten",
        r"(?:do|te|dua te) (?:e )?bej vetevrasje|mendime (?:per )?vetevras\w*|"
        r"(?:mendoj|kam menduar) (?:\w+ )?(?:per )?vetevrasje",
        r"(?:ti|do ti|do i|dua ti|ia|do ia) jap fund (?:jetes|kesaj jete|vetes|gjithckaje)",
        r"(?:do|dua te|po) (?:te )?hidhem (?:\w+ )?(?:nga|prej) (?:\w+ )?" + _HIGH,
    ),
    "passive": (
        r"(?:dua|do doja|uroj|shpresoj|lutem|sikur) (?:\w+ ){0,3}?(?:te )?mos (?:u )?(?:zgjohem|"
        r"zgjohesha|cohem)\b(?! (?:vone|heret|naten|ne \d))",
        r"mos (?:u )?(?:zgjohem|zgjohesha|cohem) (?:me|kurre|perseri)\b|mos u zgjofsha|"
        r"mos me u zgju\b",
        r"(?:me mire|do ishte me mire) (?:\w+ ){0,2}?(?:te )?(?:isha|jem|kisha qene) "
        r"(?:i |e )?vdekur",
        r"(?:te gjithe|familja|femijet|bota|te tjeret|nena|gruaja) (?:\w+ ){0,3}?me mire pa mua|"
        r"pa mua (?:do )?(?:ishin|jane|jene|ishte) (?:\w+ )?me mire",
        r"jam (?:vetem )?(?:nje )?barre (?:per|mbi)",
        r"(?:sikur|do doja) (?:\w+ )?(?:te )?mos (?:kisha lindur|isha lindur|ekzistoja)|"
        r"dua te zhdukem (?:pergjithmone|pergjithnje|nga kjo bote)",
    ),
    "prepare": (
        r"(?:leter|letren|letra|letrat|mesazh|mesazhin) (?:e )?lamtumir\w*",
        # my things given to the lads: not for washing or mending
        r"(?:gjerat|sendet|plackat|rrobat|teshat) e mia (?:\w+ ){0,3}?(?:dhashe|fala|dhurova|"
        r"shperndava|ndava)\b(?! (?:\w+ ){0,2}?(?:larje|lare|riparim|hekurosje|pastrim|lavanteri))",
        r"(?:dhashe|fala|dhurova|shperndava) (?:\w+ ){0,2}?(?:gjerat|sendet|plackat|rrobat|teshat|"
        r"gjithcka) (?:e mia|qe kisha)",
        r"(?:kam mbledhur|mbledh|grumbulloj|kam grumbulluar|kam fshehur|fsheh|kursej) "
        r"(?:\w+ ){0,2}?" + _PILLS,
        r"lamtumire (?:te gjitheve|te gjithe|per gjithmone|pergjithmone)",
    ),
    "self_harm": (
        # the arms cut (not a chicken's wings), not a finger while cooking
        r"(?:preva|pres|prisja|kam prere) (?:\w+ )?(?:veten|krahet|krahun|duart|kycet|kycin|"
        r"venat|damaret|kofshet|kembet)\b(?! e (?:pul|zog|ros|gjel)\w*)"
        r"(?! (?:\w+ ){0,3}?(?:duke gatuar|pa dashje|aksidentalisht|ne kuzhine|me leter))",
        r"u preva (?:prape|perseri|serish|sonte prape)|(?:prape|perseri|serish) u preva",
        r"(?:lendoj|demtoj|gervisht) veten|vetelendohem|bej vetelendim",
        r"kam (?:\w+ )?(?:plage|shenja|vraga) (?:\w+ )?prerjesh (?:\w+ )?(?:ne|neper) (?:krah\w*|"
        r"duar|kyc\w*|kofsh\w*)",
    ),
    "place": (
        r"jam (?:\w+ ){0,2}?(?:mbi|ne|te|ne maje te|ne buze te|ne skaj te|ulur ne|ulur mbi) "
        + _HIGH,
        r"(?:u ngjita|jam ngjitur|dola|kam dale) (?:\w+ ){0,2}?(?:mbi|ne maje te|ne buze te|ne) "
        + _HIGH,
    ),
    "overdose": (
        r"(?:kam pire|piva|kam marre|mora|gelltita|kam gelltitur) (?:\w+ ){0,2}?(?:gjithe|"
        r"te gjitha|te gjithe|shume|nje kuti|nje shishe|\d\d+) (?:\w+ ){0,2}?" + _PILLS,
    ),
    "method": (
        r"sa (?:\w+ ){0,3}?" + _PILLS + r" (?:\w+ ){0,3}?(?:per te vdekur|qe te vdes|te vdes|"
        r"me dek|vdekjeprur\w*)",
        r"(?:doz\w*|sasi\w*) vdekjeprur\w*",
        r"(?:menyr\w*|metod\w*) (?:\w+ ){0,3}?(?:per te vdekur|te vdes|te vras veten|"
        r"te vrare veten|me dek|vetevrasje)",
        r"si (?:te|me) (?:vdes|dek|vras veten|vra veten) (?:\w+ )?(?:pa dhimbje|shpejt|me siguri)",
    ),
    "other": (
        r"(?:do|don|deshiron|kerkon|thote se do|kercenon|tentoi|provoi) (?:\w+ ){0,2}?(?:te|me) "
        r"(?:vrase|vrasi|vra) veten",
        r"(?:pret|preu|lendon) veten|preu (?:krahet|venat|damaret|kycet)",
        # a child's arms with cut marks: "ka plagë prerjesh në krahë"
        r"ka (?:\w+ )?(?:plage|shenja|vraga) (?:\w+ )?(?:prerjesh|prerje|te prera) (?:\w+ )?"
        r"(?:ne|neper) (?:krah\w*|duar|dore|kyc\w*|kofsh\w*|kemb\w*)",
        r"(?:nuk|nk) (?:don|deshiron) (?:me )?(?:te|me) (?:jetoje|jetu)\b",
        r"(?:eshte|qendron|rri) (?:\w+ ){0,2}?(?:mbi|ne maje te|ne buze te) "
        + _HIGH
        + r" (?:\w+ ){0,6}?(?:nuk (?:pergjigjet|e ngre|flet)|do (?:te )?hidhet|qan)",
    ),
    "check": (
        r"(?:nuk|nk) (?:e )?duroj (?:dot )?me\b(?! (?:\w+ )?(?:shef|fqinj|zhurm|vap|ate|ty|kete|"
        r"gruan|burrin|femij)\w*)|(?:sduroj|se duroj) (?:dot )?me\b",
        r"(?:nuk|nk) (?:e )?shoh (?:asnje |ndonje )?rrugedalje|"
        r"(?:nuk ka|ska) (?:asnje )?rrugedalje",
        r"jeta (?:ime )?(?:nuk ka|ska) (?:me )?kuptim|(?:jam lodhur|u lodha) nga jeta",
        r"(?:nuk kam|skam) (?:me )?(?:force|fuqi) (?:te|per te|me) (?:vazhdoj|jetoj|luftoj)",
    ),
    "distress": (
        r"ndihem (?:\w+ ){0,2}?(?:i |e )?(?:vetmuar|bosh|zbrazet|trishtuar|deshperuar|pa shprese|"
        r"pavlere|humbur|dermuar|rraskapitur)\b",
        r"jam (?:shume |kaq )?(?:i |e )?(?:trishtuar|deshperuar|vetmuar|dermuar)\b",
        r"sulm\w* paniku|kriz\w* paniku|kam ankth|me zen ankthi",
        r"(?:me vjen|kam) (?:\w+ )?turp (?:nga|para|prej) (?:vetes|femijeve|familjes|nenes)",
    ),
}

# The words one of the phrases above always holds, for the first glance over a message
# (``crisis.languages``): a message without any of them is not read phrase by phrase.
LEXICON["prefilter"] = (
    r"vdes|dek|vdek|jetoj|jetu|jetoje|veten|vetevras\w*|jap fund|hidhem|zgjohem|zgjohesha|"
    r"cohem|zgjofsha|zgju|pa mua|barre|lindur|ekzistoja|zhdukem|lamtumir\w*|gjerat|sendet|"
    r"plackat|rrobat|teshat|preva|pres|prisja|prere|preu|prerjesh|vetelend\w*|vdekjeprur\w*|"
    r"duroj|sduroj|rrugedalje|jeta|force|fuqi|ndihem|trishtuar|deshperuar|vetmuar|dermuar|"
    r"paniku|ankth\w*|turp",
    _PILLS,
    _HIGH,
)
