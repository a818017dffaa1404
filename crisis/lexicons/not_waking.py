"""Not waking up, a heart that stops in the night, joining the dead, tired of living, a burden,
and the amount asked "to end in sleep", as older writers and carers say them:

- ``passive``: sleeping and not waking in the morning (Hindi "सो जाऊं और सुबह न उठूं", Gulf Arabic
  "ما ابغى اصحى بكرة", French "je n'ai plus envie de me réveiller"), a heart hoped to stop in
  the night ("j'espère que mon cœur va s'arrêter"), falling asleep to join a dead wife or
  husband (Italian "addormentarmi e raggiungerla", Spanish "dormirme y reunirme con él"), no
  reason left to be alive (Yoruba "mi ò rí ìdí kankan láti máa wà láyé mọ́"), tired of living
  or wanting to be here no more (Zulu "ngikhathele ukuphila", "angisafuni ukuba lapha"), the
  family better off without one (Afrikaans "beter af sonder my").
- ``intent``: wanting to die or to kill oneself in Zulu and Xhosa ("ngifuna ukufa",
  "ngizozibulala"); fed up with living (Romanian "m-am săturat să trăiesc").
- ``other``: a parent or grandparent tired of living (Swahili "babu amechoka kuishi", Zulu
  "ukhathele ukuphila", Afrikaans "hy is moeg vir die lewe", Romanian "s-a săturat de viață").
- ``check``: not wanting to be a burden to the children (Hindi "बच्चों पर बोझ नहीं बनना चाहता",
  Chinese "拖累儿女", Swahili "sitaki kuwa mzigo", Russian "не хочу быть обузой", German "keine
  Last sein", Portuguese, French, Italian, Turkish, Indonesian, Tagalog): asked about, not
  assumed.
- ``method``: which medicine, taken in excess, ends it all in sleep (Hindi "नींद में ही सब खत्म"),
  how many pills are enough never to wake (Afrikaans "hoeveel pille ... om nie weer wakker te
  word nie"), the quickest way that does not hurt asked beside "I can't take it any more"
  (Spanish, Portuguese).

Guarded (``guard``): getting up early for a run, the quickest painless way to wax or to pull
a tooth, which the classifier read as risk. Not read: waking early or tired ("ما ابغى اصحى
بدري"), joining someone in another town ("vorrei raggiungerla a Milano"), the quickest way that
doesn't hurt with no word of the end beside it. Written folded (see ``crisis.lexicons``); pure.
"""

# A gap of up to three words of any script (Devanagari vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"

LEXICON = {
    "guard": (
        # getting up early, or for a weekend or a run: no wish about waking at all
        r"(?:envie|le courage|la force) de me lever (?:tot|si tot|a \d+|le (?:samedi|dimanche|"
        r"week end)|pour (?:aller|le travail|courir|le sport))",
        # the quickest painless way to a job: waxing, a tooth, losing weight
        r"(?:lo mas rapido|la forma mas rapida|la manera mas rapida|o mais rapido|o jeito mais "
        r"rapido|a forma mais rapida) (?:\w+ ){0,4}?(?:para|de|pra) (?:depilar\w*|"
        # (not "quitarme la vida": a life is no job)
        r"quitar\w*\b(?! la vida)|tirar|sacar\w*|arrancar|aprender|bajar de peso|perder peso|"
        r"emagrecer|limpiar|limpar|curar\w*|tatuar\w*)",
    ),
    "passive": (
        # Hindi: sleep and not wake in the morning
        r"(?:सो|सोऊं|सो जाऊं|सो जाऊ|सोया|सोई) " + W + r"(?:और )?(?:सुबह |फिर )?(?:न|ना|नहीं) "
        r"(?:उठूं|उठू|जागूं|जागू|उठ पाऊं)",
        r"so (?:jaun|jaaun|jau|jaoon) (?:\w+ ){0,3}?(?:aur )?(?:subah |phir )?(?:na|nahi|nahin) "
        r"(?:uthu|uthun|uthoon|jaagu|jagu|jagun)",
        # Gulf and Levantine Arabic: not wanting to wake tomorrow (not early, not at an hour)
        r"(?:ما|مو|مب|مش) (?:ابغی|ابی|ابا|بدی|عایز|عاوز|ارید|اریده) (?:اصحی|اصحا|اقوم|افیق)"
        r"(?! (?:بدری|مبکر|الساعه|علی|ع |من النوم بدری))",
        # French: no wish to wake any more; a heart hoped to stop in the night
        r"(?:n ?ai|ai) plus (?:envie|le gout|la force|le courage) de me (?:reveiller|lever)"
        r"(?! (?:tot|a \d|si tot|aussi tot|pour))",
        r"(?:j ?espere|j ?aimerais|je voudrais|si seulement|je prie pour) (?:que )?mon (?:coeur|"
        r"cœur) (?:\w+ ){0,3}?s ?arrete",
        r"(?:tomara|espero|quem dera) que (?:o )?meu coracao (?:\w+ ){0,2}?(?:pare|parasse)",
        r"(?:hoffentlich|ich hoffe|wenn doch nur|ich wunschte) (?:\w+ ){0,2}?(?:bleibt |hort )?"
        r"mein herz (?:\w+ ){0,3}?(?:stehen|auf zu schlagen|aufhort|stehenbleibt|stillsteht)",
        # Vietnamese, Chinese, Yoruba, Afrikaans: sleep and never wake
        r"ngu (?:\w+ ){0,3}?(?:roi |va |ma )?khong (?:bao gio |con )?(?:tinh day|thuc day|tinh lai|"
        r"day nua)",
        r"[^ ]*?(?:睡着了?就不(?:要)?再醒|一睡不醒|永远不(?:要)?醒|再也不(?:要)?醒|不想再醒)",
        r"mo fe sun (?:\w+ ){0,3}?ma ji mo",
        r"slaap en (?:nooit|nie) (?:weer|meer) wakker",
        # Italian, Spanish, Portuguese: fall asleep and join the dead one
        r"(?:addormentarmi|morire|andarmene) (?:\w+ ){0,3}?e raggiunger(?:la|lo|li)"
        r"(?! (?:domani|a \w+|in treno|stasera|alla|al ))",
        r"raggiunger(?:la|lo|li) (?:in cielo|lassu|in paradiso)",
        r"(?:dormirme|morirme|irme|dormir) (?:\w+ ){0,2}?(?:y )?(?:reunirme|estar|irme) con "
        r"(?:ella|el|mi esposo|mi esposa|mi marido|mi mujer) (?:para siempre|en el cielo|ya)",
        r"(?:dormir|morrer|partir) (?:\w+ ){0,2}?e (?:ir )?(?:encontrar|ficar com) (?:ela|ele) "
        r"(?:no ceu|para sempre|la em cima)",
        # Yoruba: no reason left to be alive
        r"(?:mi o ri|ko si) idi (?:kankan )?(?:lati|ti mo fi) (?:maa |tun )?wa (?:laye|laaye|"
        r"lori ile aye)",
        # Zulu and Xhosa: tired of living, wanting to be here no more
        r"ngikhathele (?:ukuphila|yimpilo|ukuhlala emhlabeni)|ndidiniwe (?:kukuphila|bubomi)",
        r"(?:angisafuni|angifuni) (?:ukuphila|ukuba lapha|ukuqhubeka ngokuphila)|"
        r"andisafuni (?:ukuphila|ukuba lapha)",
        # Afrikaans: the family better off without me
        r"(?:hulle|julle|almal|my ma|my pa|my kinders|my familie|sy|hy|my vrou|my man|die wereld) "
        r"(?:\w+ ){0,2}?beter af (?:wees )?sonder my",
    ),
    "intent": (
        r"ngifuna ukufa|ngifuna ukuzibulala|ngizozibulala|ngizokuzibulala|ndifuna ukufa|"
        r"ndifuna ukuzibulala",
        # Romanian: fed up with living
        r"m am saturat (?:sa (?:mai )?traiesc|de viata(?! (?:la|de la|din|in|de) ))|"
        r"nu mai vreau sa traiesc",
    ),
    "other": (
        # a parent or grandparent tired of living: Swahili, Zulu, Afrikaans, Romanian
        r"(?:amechoka|wamechoka) (?:na )?(?:kuishi|maisha)(?! (?:ya |mjini|huku|hapa))",
        r"(?:ukhathele|bakhathele) (?:ukuphila|yimpilo)",
        r"(?:hy|sy) (?:is|raak) moeg (?:vir die lewe|om te lewe|om aan te gaan)",
        r"s a saturat (?:sa (?:mai )?traiasca|de viata(?! (?:la|de la|din|in|de) ))|"
        r"nu mai vrea sa traiasca",
    ),
    "check": (
        # not wanting to be a burden to the children, in Hindi and Chinese
        r"(?:बच्चों|बेटे|बेटी|परिवार|सब) (?:पर|के ऊपर) (?:और )?बोझ (?:नहीं )?(?:बनना|बन|हूं|हूँ)",
        r"(?:bachon|bachcho|bacchon|beton|sab|family) (?:par|pe|ke upar) (?:aur )?bojh "
        r"(?:nahi |nahin )?(?:banna|ban|hoon|hu|hun)(?!.*(?:isliye|naukri|kaam kar|job|kama))",
        r"[^ ]*?(?:拖累|连累|累赘)(?:了)?(?:儿女|子女|孩子|家人|儿子|女儿)",
        # ...and in the other languages older writers use
        r"(?:sitaki kuwa mzigo|nie chce byc (?:juz )?ciezarem|не хочу быть (?:им |вам )?обузои|"
        r"не хочу бути тягарем|(?:keine|nicht zur) last (?:sein|fallen|mehr sein)|"
        r"nao quero ser (?:um )?(?:peso|fardo)|pas etre un fardeau|plus etre un fardeau|"
        r"non voglio (?:piu )?essere un peso|yuk olmak istemiyorum|(?:tidak|nggak|gak) mau "
        r"(?:jadi|menjadi) beban|ayoko (?:nang )?maging pabigat|ek wil nie 'n las wees nie)"
        # ...not a load in a rucksack or on a trip
        r"(?! (?:w |na |kwenye |en |in |im |no |nel |dans |au |nella |on |at |di |sa )\w)",
    ),
    "method": (
        # Hindi: which medicine, taken in excess, ends it all in sleep
        r"(?:नींद में|सोते सोते|सोते हुए) (?:ही )?(?:सब (?:कुछ )?)?(?:खत्म|मौत|मर जा)",
        r"(?:neend mein|neend me|sote sote|sote hue) (?:hi )?(?:sab (?:kuch )?)?(?:khatam|khatm|"
        r"maut|mar ja)",
        # Afrikaans: how many pills to never wake again
        r"hoeveel (?:\w+ ){0,3}?(?:pille|tablette|slaappille|pilletjies) (?:\w+ ){0,5}?"
        r"(?:nie weer wakker|nooit weer wakker|dood te gaan|om te sterf)",
        # Spanish and Portuguese: the quickest way that doesn't hurt, beside an end
        r"(?:lo mas rapido|la forma mas rapida|la manera mas rapida) (?:y )?(?:que )?(?:no duela|"
        r"sin dolor|sin sufrir)(?=.* (?:no aguanto|no puedo mas|hacerlo|acabar con|morir|"
        r"matarme|terminar con todo|desaparecer))",
        r"(?:o mais rapido|o jeito mais rapido|a forma mais rapida|a maneira mais rapida) (?:e )?"
        r"(?:que )?(?:nao doa|sem dor|sem sofrer)(?=.* (?:nao aguento|fazer isso|acabar com|"
        r"morrer|me matar|sumir))",
    ),
}
