"""Affairs put in order and goodbyes said, pills counted as taken, poison drunk, someone else's
farewell and the writer's fear for them, and grief and shame, as the other lexicons did not yet
read them:

- ``prepare``: leaving too after a wife's or husband's funeral (Russian "после её похорон тоже
  уйду"), a letter left for a son beside the bankbook put in order (Chinese), all one's clothes
  shared out (Yoruba "mo ti pín gbogbo aṣọ mi"), ready to leave for good (French "prêt à partir
  pour de bon"), the letter to mother already written (Tagalog), a rope ready (Turkish "ip
  hazır"), thanks said as a goodbye (Korean "다들 고마웠어").
- ``intent``: wanting it all to end (Tagalog "gusto ko nang matapos lahat", not "lahat ng
  trabaho"); ending it tonight (Korean "오늘 밤에 끝내려고").
- ``overdose``: a count of pills told as taken ("tomei uns vinte comprimidos", "me tomé veinte
  pastillas", "ho preso venti pastiglie", "j'ai pris vingt comprimés"), a pesticide drunk
  (Nigerian Pidgin "I don drink the sniper").
- ``other``: all of someone's pills taken (Tagalog, Zulu, Romanian); the fear that someone will
  "do something" (Spanish, Portuguese, Italian), someone
  who wished he had died at the front and sits with a gun (Ukrainian, Russian), a note left and
  gone (Afrikaans), a friend who said she will kill herself (Zulu), a farewell message and a
  phone turned off (Thai).
- ``distress``: loneliness and tears that do not stop after a husband's death (Japanese), shame
  before everyone after a relapse (Russian, Ukrainian).

Guarded (``guard``): all the work finished (Tagalog "matapos lahat ng trabaho"). Not read: a
letter left for a son with no affairs in order, a rope ready for the washing or a skipping
game, a count of pills over a month, ending the homework tonight. Written folded (see
``crisis.lexicons``); pure.
"""

# A count of pills, in words or figures.
_COUNT = (
    r"(?:uns |umas |unas |unos |quase |mais de |mas de |plus de |circa |tipo )?(?:\d\d|diez|"
    r"quince|veinte|treinta|cuarenta|cincuenta|dez|doze|quinze|vinte|trinta|quarenta|dieci|"
    r"quindici|venti|trenta|quaranta|dix|quinze|vingt|trente|quarante|cinquante)"
)

# ...not a count over a month, a day's dose or vitamins
_NOT_OVER_TIME = (
    r"(?!.*(?:este mes|esse mes|neste mes|em um mes|en un mes|in un mese|questo mese|ce mois|"
    r"par jour|al giorno|por dia|vitamin\w*|im monat|diesen monat|pro tag|w miesiacu|dziennie|"
    r"в месяц|за месяц|в день|на день|per maand|per dag|kwa mwezi|kwa siku|sebulan|per hari|"
    r"isang buwan|araw araw|mot thang|moi ngay|一个月|每天|维生素))"
)

# ...not the day's medicine taken as usual
_NOT_AS_USUAL = (
    r"(?!.*(?:de azi|de dimineata|de seara|ca de obicei|la ora|conform|reteta|ekuseni|"
    r"njengokujwayelekile|kusihlwa|njengoba kufanele))"
)

LEXICON = {
    "guard": (
        # Tagalog: all the work (the homework, the washing) finished, which the classifier read
        # as wanting it all to end
        r"(?:matapos|tapusin) (?:ko )?(?:na )?(?:ang )?lahat ng (?:\w+ )?(?:trabaho|gawain|"
        r"assignment|homework|labahin|project|module|requirements|utang)",
    ),
    "prepare": (
        # after her (his) funeral, I leave too
        r"после (?:ее|его|их) (?:похорон|смерти) (?:\w+ ){0,2}?(?:тоже |и я |я тоже )?(?:уиду|"
        r"уйду|умру|покончу|пойду за)",
        r"після (?:ii|її|ии|його) (?:похорону|похорон|смерті) (?:\w+ ){0,2}?(?:теж |також )?"
        r"(?:піду за|помру|покінчу)",
        r"(?:despues de|tras) (?:su|el) (?:entierro|funeral) (?:\w+ ){0,2}?(?:me voy|me ire|"
        r"me muero) (?:yo )?tambien",
        r"depois do (?:enterro|funeral) (?:dela|dele) (?:\w+ ){0,2}?(?:eu )?(?:vou|parto|morro) "
        r"tambem",
        # Chinese: the bankbook and deeds put in order, a letter left for the son
        r"[^ ]*?(?:存折|房产证|银行卡|存单|遗嘱)[^ ]{0,12}(?:放好|交代好|整理好|准备好|写好)"
        r"(?=.*留(?:了|下)?(?:一封)?(?:信|遗书))",
        # Yoruba: all my clothes (things) shared out
        r"mo ti (?:pin|fi) gbogbo (?:aso|nnkan|ohun ini|eru|dukia) mi(?!.*(?:ilu oyinbo|irin ajo|"
        r"ile tuntun|ko ile))",
        # Swahili: all my clothes (things) given out
        r"nimegawa (?:nguo|vitu|mali) (?:zangu|yangu|vyangu) (?:zote|yote|vyote)"
        r"(?!.*(?:kuhamia|kuhama|kusafiri|safari))",
        # French: ready to leave for good
        r"(?:pret|prete) a partir pour (?:de bon|toujours)",
        # Tagalog: the letter already written for mother (father)
        r"(?:naisulat|nasulat|sinulat) ko na (?:yung |ang )?(?:sulat|liham) (?:para |kay )",
        # Turkish: the rope ready (not a washing line or a skipping rope)
        r"(?:ip|urgan|halat) (?:hazir|hazirladim|astim|bagladim)(?! \w* ?(?:camasir|atlama))",
        # Korean: thanks said as a goodbye
        r"(?:다들|모두|그동안|다들 그동안|모두 그동안) 고마웠(?:어|다|습니다|어요)",
    ),
    "intent": (
        r"gusto ko (?:na|nang) (?:matapos|tapusin|wakasan) (?:ang )?lahat(?! ng| nang| sa)",
        r"(?:오늘 ?밤|오늘|이번 주|내일)(?:에|엔|에는)? ?(?:다 |그냥 )?끝내려고"
        r"(?! ?(?:했는데|했지만))",
    ),
    "overdose": (
        r"(?:tomei|me tome|tome|ho preso|ho ingoiato|jai pris|jai avale|engoli) "
        + _COUNT
        + r" (?:\w+ )?(?:comprimidos|pastillas|pastiglie|compresse|comprimes|pilulas|pildoras|"
        r"cachets|capsulas|pillole)" + _NOT_OVER_TIME,
        # German, Polish, Russian, Afrikaans: the count, then the pills, then "taken"
        r"(?:habe|hab) (?:\w+ )?(?:zwanzig|dreissig|vierzig|funfzig|\d\d) (?:\w+ )?"
        r"(?:tabletten|pillen|schlaftabletten) (?:\w+ )?(?:genommen|geschluckt)" + _NOT_OVER_TIME,
        r"(?:wzialem|wzielam|lyknalem|lyknelam|polknalem|polknelam) (?:\w+ )?(?:dwadziescia|"
        r"trzydziesci|czterdziesci|piecdziesiat|\d\d) (?:\w+ )?(?:tabletek|pigulek)"
        + _NOT_OVER_TIME,
        r"(?:выпил|выпила|съел|съела|проглотил|проглотила|випив|випила|ковтнув|ковтнула) "
        r"(?:\w+ )?(?:двадцать|тридцать|сорок|пятьдесят|двадцять|тридцять|\d\d) (?:\w+ )?"
        r"(?:таблет\w*|пігул\w*|колес)" + _NOT_OVER_TIME,
        r"ek het (?:\w+ )?(?:twintig|dertig|veertig|vyftig|\d\d) (?:\w+ )?(?:pille|tablette|"
        r"pilletjies|slaappille|slaaptablette) (?:\w+ )?(?:gedrink|geneem|gesluk)" + _NOT_OVER_TIME,
        # Swahili, Indonesian, Tagalog, Vietnamese, Zulu, Chinese
        r"(?:nimemeza|nimekunywa|nimetumia) vidonge (?:\w+ )?(?:ishirini|thelathini|arobaini|"
        r"hamsini|\d\d)" + _NOT_OVER_TIME,
        r"(?:aku |saya |gue |gw )?(?:udah |sudah |barusan |baru )?(?:minum|nelen|menelan) "
        r"(?:dua puluh|tiga puluh|empat puluh|lima puluh|\d\d) (?:butir|tablet|pil)"
        + _NOT_OVER_TIME,
        r"uminom (?:ako |na ako )?(?:ng )?(?:bente|trenta|kwarenta|singkwenta|dalawampu|"
        r"tatlumpu|\d\d)(?: na)? (?:tableta|tabletas|pills?|gamot)" + _NOT_OVER_TIME,
        r"(?:toi |em |minh )?(?:da |vua )?uong (?:hai muoi|ba muoi|bon muoi|nam muoi|\d\d) "
        r"(?:vien|vi)(?: thuoc)?" + _NOT_OVER_TIME,
        r"ngiphuze (?:ama)?philisi (?:amaningi|wonke|onke)|ngiphuze (?:wonke|onke) (?:ama)?philisi",
        r"[^ ]*?(?:吃了|吞了|服了)(?:二十|三十|四十|五十|一百|\d\d)(?:多)?(?:片|粒|颗)",
        r"i (?:don|done|have|just) (?:drink|drank|take|took|swallow|swallowed|chop) (?:the |di |"
        r"some |small )?(?:sniper|otapiapia|ota pia pia|dichlorvos|gammalin|rat poison|"
        r"sniper wey)",
    ),
    "other": (
        r"(?:tengo|me da) miedo (?:de )?que (?:se )?haga (?:algo|una locura|dano)(?! de)",
        r"(?:tenho|estou com) medo (?:de )?que (?:ele |ela )?(?:se )?(?:faca|cometa) "
        r"(?:alguma (?:coisa|besteira|loucura)|uma besteira|uma loucura)",
        r"(?:ho paura|temo) che (?:si )?faccia (?:qualcosa|una sciocchezza|del male)",
        # wished he had died at the front; sits with a gun
        r"(?:краще б|краще було б|лучше бы|лучше было бы) (?:він|вона|он|она) (?:\w+ )?"
        r"(?:загинув|загинула|помер|померла|погиб|погибла|умер|умерла)",
        r"(?:сидить|сидит|закрився|закрылся) (?:\w+ ){0,3}?(?:з|с|зі|со) (?:рушницею|зброєю|"
        r"пістолетом|ружьем|оружием|пистолетом)",
        # Afrikaans: a note left and gone
        r"(?:briefie|brief|afskeidsbrief|nota) (?:\w+ )?(?:gelos|agtergelaat) (?:en )?(?:is |het )?"
        r"(?:weg|verdwyn)(?! na (?:die )?(?:werk|skool|winkel|kantoor|dorp))",
        # Zulu: said he (she) will kill himself
        r"(?:uthe |uthi |usho ukuthi )?(?:uzozibulala|ufuna ukuzibulala|uzokuzibulala)",
        # all of someone's pills taken: Tagalog, Zulu, Romanian
        # (a day's medicine taken as usual is no such thing: Tagalog asks for a sign beside it)
        r"(?:uminom|ininom|nilunok) (?:si |ang )?(?:\w+ ){0,2}?(?:ng )?lahat ng (?:gamot|tableta|"
        r"pills?)(?=.*(?:hindi (?:na )?(?:magising|gumigising|nagigising|sumasagot)|sabay sabay|"
        r"nahihilo|nagsusuka|walang malay|isang banig|isang bote))",
        r"(?:uphuze|ugwinye|udle) (?:wonke |onke )?(?:ama)?philisi" + _NOT_AS_USUAL,
        r"(?:a luat|a inghitit|a baut) (?:\w+ )?(?:toate|multe) (?:pastilele|pastile|"
        r"medicamentele|tabletele|somniferele)" + _NOT_AS_USUAL,
        # Thai: a farewell message, then the phone off
        r"[^ ]*?(?:ส่งข้อความลา|ข้อความบอกลา|บอกลา)[^ ]*?(?:ปิด(?:มือถือ|โทรศัพท์|เครื่อง)|"
        r"ไม่รับสาย|ติดต่อไม่ได้)",
    ),
    "distress": (
        r"[^ ]*?(?:寂しくて|さみしくて|淋しくて|涙が止まら|涙がとまら)",
        r"стыдно перед (?:всеми|людьми|семьей|родными)|соромно перед (?:усіма|всіма|людьми)",
        r"(?:не знаю|не могу) как (?:теперь )?смотреть (?:людям|им|всем) в глаза",
    ),
}
