"""Risk told in Levantine Arabic typed in Latin letters and digits, Finglish, Urdu (in its own
script and romanised), Turkish and Kurmanji, in the words the plainer lexicons miss.

- Pills gathered, hidden or stored: "jama3t el 7boob men 3 shhoor", "ghorsa ro jam kardam",
  "daroo zakhire kardam", "نیند کی گولیاں جمع کر لی ہیں", "goliyan jama kar li hain", "min hebên
  xwe kom kirin" (``prepare``). Pills gathered to throw away, for a trip, for a grandmother, or
  hidden from a child stay quiet.
- Thinking of killing oneself or of dying, now or every night: "3am fakker e2tol 7ali",
  "bfakker ento7er", "khudkushi ka soch raha hoon", "marne ke khayal aate hain", "خودکشی کا سوچتا
  ہوں" (``intent``); killing oneself with work or with laughter, "I don't want to kill myself",
  and wondering what comes after death, stay quiet.
- One's death as a relief to the family, for the insurance or the debts: "ben ölürsem en azından
  sigortadan para alırlar", or as noticed by nobody ("ölsem kimse üzülmez") (``passive``); a
  life insurance taken out stays quiet.
- Cutting one's arms again: "dobare dastamo boridam", "min dîsa milê xwe birî", "kalai par zakhm
  kiye" (``self_harm``); a cut while cooking, shaving or on paper, and henna, stay quiet.
- A painless way asked ("che jori mishe bedoone dard mord"), how much of a drug kills a person
  ("kam mg mn el ketamine byemawwet wa7ad"), how much so as not to wake ("addesh ... ta ma
  efa2") (``method``); what kills bacteria, ants or the pain, sleep so as not to wake tired, and a
  grandfather who died without pain, stay quiet.
- All one's pills or many swallowed, in Kurmanji ("min hemû hebên xwe vexwarin", "min 40 heb
  vexwarin"), Finglish ("hame ghorsaro khordam") and romanised Urdu ("saari shishi kha li")
  (``overdose``); taken as the doctor said, a course finished or vitamins are routine, and a
  bottle of pickle or juice is food.
- Someone close who wants to kill themselves ("sadi2i 7akali eno badu yentoher", "dixwaze xwe
  bikuje") or who said goodbye from a bridge ("arkadaşım köprünün üstünde, bana veda etti")
  (``other``); a friend dying to see a film or for a dish, said to want to die with a laugh, or
  seen off at the airport, stays quiet; so does medicine fetched for a parent.

Written folded (see ``crisis.lexicons``); pure.
"""

# Arabizi: pills, medicine
_PILLS_AR = r"(?:7boob|7bub|7oboob|7obob|7bob|7ubub|hboob|7abbat|dawa|adwiye|2dwiye)"
# Arabizi: to kill oneself, to die (first person)
_KILL_SELF_AR = (
    r"(?:(?:e2tol|a2tol|2tol|e2tel|a2tel|2atel|a2tul|e2tul) (?:7ali|7aly|nafsi|nafsy)|ento7er|"
    r"entoher|anta7er|antaher|ente7er|ento7ar|(?:bel|bl|fel|fl|b) (?:ente7ar|enti7ar|inti7ar|"
    r"entehar|intihar))"
)
# Someone close, in Turkish
_CLOSE_TR = (
    r"(?:arkadaşım|kardeşim|abim|ablam|annem|babam|oğlum|kızım|eşim|kocam|karım|sevgilim|"
    r"kuzenim|yeğenim|oda arkadaşım)"
)

LEXICON = {
    "guard": (
        # Arabizi: "I don't want to kill myself", "I won't"
        r"(?:ma|mish|mesh|msh|mush|mo) (?:\w+ )?(?:bade|badi|bdi|baddi|3ayez|3ayza|ra7|7a) "
        + _KILL_SELF_AR,
        # Arabizi: dying to see a film or for a dish; what kills the pain, bacteria or ants
        r"(?:tmout|ymout|amout|mout|tmoot|ymoot|amoot|moot) (?:ta|la|hatta|3ashan) (?:tshoof|"
        r"yshoof|ashoof|shoof|tshouf|yshouf)",
        r"(?:tmout|ymout|tmoot|ymoot) (?:3al|3a|3ala) (?!(?:6ool|tool|toul|6oul|6ul)\b)\w+",
        r"(?:bte2tol|byo2tol|bto2tol|bt2tol|yo2tol|te2tol|t2tol|byemawwet|bymawwet|ymawwet|"
        r"yemawwet) (?:el |l )?(?:wja3|waja3|woja3|alam|bakteria|jarasim|virus|sirsar|sarasir|"
        r"nemel|bar8ash|barghash|namous|dood|fitriyat)",
        # romanised Urdu: medicine gathered for a journey or a pilgrimage
        r"(?:safar|trip|umrah|umra|hajj) (?:ke liye|ke lie|keliye|ki|ke) (?:\w+ ){0,3}?(?:dawaiyan|"
        r"dawaiyaan|goliyan|tablets|pills)",
        # Arabizi: medicine fetched for a parent; someone said to want to die, laughed at
        r"(?:jama3t|jam3t|jme3t|5abbet|khabbet|5abbayt|khabbayt) (?:\w+ ){0,2}?(?:el |al |l )?"
        + _PILLS_AR
        + r" (?:\w+ ){0,3}?la (?:sitti|teta|jeddo|emmi|mama|baba|bayyi|abi|ummi|5alti|khalti|"
        r"3ammi|jaddi|jadde)\b",
        r"(?:yento7er|yentoher|tento7er|tentoher|ymout|tmout|ymoot|tmoot)\b(?=.*(?:haha|hhh))",
        # romanised Urdu: a whole bottle of pickle, juice or water
        r"(?:poori|puri|saari|sari) (?:shishi|shishee|sheeshi|bottle|botal) (?:\w+ )?(?:achar|"
        r"pani|juice|sharbat|doodh|chai|coke|ketchup|shahad|honey)",
        # Finglish and Persian: pills hidden from a child
        r"(?:ghors|daroo|daru)\w* (?:\w+ ){0,2}?az (?:dast )?(?:bache|bachche|bacha|bachcha)\w*|"
        r"(?:قرص|دارو)[^ ]* (?:[^ ]+ ){0,2}?از (?:دست )?بچه",
        # Turkish: a life insurance taken out, "if I die the children get it"
        r"hayat sigortas\w* (?:\w+ ){0,2}?(?:yaptırdım|yaptırdık|aldım|aldık|var)(?: \w+){0,8}",
    ),
    "prepare": (
        # Arabizi: pills gathered or hidden away
        r"(?:jama3t|jam3t|jme3t|jama3ton|jama3tlon|5abbet|khabbet|5abbayt|khabbayt|5abayt|"
        r"3am ejma3|3am bejma3|bejma3) (?:\w+ ){0,2}?(?:el |al |l )?" + _PILLS_AR + r"\b"
        r"(?!.*(?:rmet|rmeyt|zbele|zbeleh|expired|mentehye|safra|la (?:sitti|teta|jeddo|emmi|mama|"
        r"baba|bayyi|abi|ummi|5alti|khalti|3ammi|jaddi|jadde)))",
        # Finglish and Persian: the pills or medicine collected
        r"(?:ghors|daroo|daru|gors)\w* (?:\w+ ){0,3}?(?:jam|ghayem|ghaym|zakhire|penhoon|penhan) "
        r"(?:kardam|mikonam|kardm|karde am|kardamesh|kardamshoon|kardamshun)"
        r"(?!.*(?:az bache|az bachche|az dast bache|bachcham|vitamin|safar|mosafer|dooresh|"
        r"dur rikhtam|door andakhtam|tarikh|maman ?bozorg|pedar ?bozorg))",
        r"(?:قرص|دارو)[^ ]* (?:[^ ]+ ){0,3}?(?:جمع|قایم|ذخیره|پنهان) (?:کردم|کرده ام|کردهام|میکنم)"
        r"(?!.*(?:از بچه|ویتامین|سفر|دور ریختم|تاریخ|مادربزرگ|پدربزرگ))",
        # Urdu, romanised Urdu and Hindi: pills gathered and kept
        r"(?:گولیاں|گولیوں|گولی|دوائیاں|دوائی|ٹیبلٹس)[^ ]* (?:[^ ]+ ){0,2}?(?:جمع|اکٹھی|اکٹھا|"
        r"اکٹھے) کر (?:لی|لیں|رکھی|رکھیں|لیا|رہا|رہی)"
        r"(?!.*(?:سفر|امی کی|ابو کی|نانی کی|دادی کی|دکان))",
        r"(?:goliyan|goliyaan|goliya|goliyon|dawaiyan|dawaiyaan|tablets|pills) (?:\w+ ){0,2}?"
        r"(?:jama|ikatthi|ikathi|ikattha|ikhatti|ikhattha|ikathe|ikatthe) kar "
        r"(?:li|lee|lin|rakhi|rakhin|raha|rahi|liya|liye)"
        r"(?!.*(?:safar|trip|ammi ki|abbu ki|nani ki|dadi ki|dukan|dukaan|store))",
        r"(?:गोलियां|गोलियाँ|दवाइयां|दवाइयाँ) (?:[^ ]+ ){0,2}?(?:जमा|इकट्ठी|इकट्ठा) कर (?:ली|लीं|रखी)",
        # Kurmanji: my pills gathered
        r"(?:heb|derman)\w* (?:\w+ ){0,2}?(?:kom kirin|kom kirine|kom kir|berhev kirin|berhev "
        r"kirine|civandin)(?!.*(?:bavêjim|avêtin|ji bo rêwîtiyê|dapîr|bapîr))",
    ),
    "intent": (
        # Arabizi: thinking of killing oneself, wanting to
        r"(?:3am fakker|3am bfakker|3am fakkir|3am fakkar|3am befakkar|bfakker|bfakkir|befakkar|"
        r"mfakker|mfakkar|fakkart|fakkaret|badi|bade|bdi|baddi|biddi|3ayez|3ayza|nefsi|ra7|"
        r"rah) (?:\w+ ){0,2}?" + _KILL_SELF_AR + r"(?!.*(?:d7ek|da7k|dahk|shoghl|dars|diraase|"
        r"mdrase|gym|nadi|haha|hhh))",
        # Romanised Urdu and Hindi, Urdu: thinking of suicide
        r"(?:khudkushi|khudkhushi|khud kushi|khudkashi|aatmahatya|atmahatya|suicide|khud ko "
        r"khatam karne|khud ko maarne|apni jaan lene|marne|mar jaane) (?:ka|ke|ki) (?!baad\b)"
        r"(?:\w+ ){0,2}?(?:soch (?:raha|"
        r"rahi) (?:hoon|hun|hu|tha|thi)|(?:sochta|sochti) (?:hoon|hun|hu|rehta|rehti)|(?:khayal|"
        r"khyal|khayalat|khiyal) (?:aata|aate|ate|aa rahe|aa raha|aane lage))",
        r"(?:خودکشی|خود کشی|اپنی جان لینے|مرنے) (?:کا|کے|کی) (?!بعد)(?:[^ ]+ ){0,2}?"
        r"(?:سوچ (?:رہا|رہی) (?:ہوں|تھا|تھی)|سوچتا ہوں|سوچتی ہوں|خیال (?:آتا|آتے|آ رہے))",
    ),
    "passive": (
        # Turkish: if I die, at least they get the insurance, they are spared my debts
        r"ölürsem (?:\w+ ){0,2}?en azından (?:\w+ ){0,4}?(?:sigorta\w*|para)|ölsem (?:\w+ ){0,4}?"
        r"(?:sigorta\w*|kurtulurlar|rahat ederler|rahatlar\w*|borç\w* (?:kapanır|biter|ödenir))|"
        r"ölürsem (?:\w+ ){0,4}?(?:kurtulurlar|rahat ederler|rahatlarlar)"
        r"(?!.*(?:poliçe|police|acente))",
        # Turkish: if I died nobody would be sad, nobody would notice
        r"ölsem (?:\w+ ){0,2}?(?:kimse (?:üzülmez|fark etmez|farketmez|aramaz|ağlamaz|anlamaz)|"
        r"kimsenin (?:umurunda|umrunda) olmaz)",
    ),
    "self_harm": (
        # Finglish: my arms, wrists cut (again)
        r"(?:dastamo|dastam ro|dastamu|dastamoo|mochamo|moche dastamo|moche dastam ro|payamo|"
        r"ranamo|khodamo) (?:\w+ )?(?:boridam|bridam|boridm|zakhmi kardam|tigh zadam|tigh "
        r"keshidam)"
        r"(?!.*(?:ashpazi|sabzi|piaz|kaghaz|gojeh|ettefaghi|tasadofi|hendoone|kar mikardam|"
        r"chaghoo soz))",
        # romanised Urdu and Urdu: cuts made on the arm, the wrist, the legs
        r"(?:bazu|baazu|baazoo|bazoo|kalai|kalaai|haath|hath|taang|taangon|ranon|jism) (?:pe|par|"
        r"per) (?:\w+ )?(?:cut|cuts|kat|zakham|zakhm|zakhmon|blade|nishan) (?:lagaye|lagaya|lagae|"
        r"lagai|lagaaye|maare|mare|mara|kiye|kiya|kie|diye|daale)\b"
        r"(?!.*(?:galti se|ghalti se|sabzi|khana banate|kitchen|kaagaz|kagaz|accident|gir gay|"
        r"operation|doctor ne|tattoo|mehndi))",
        r"(?:بازو|کلائی|ہاتھ|ٹانگ)[^ ]* (?:پر|پہ|پے) (?:[^ ]+ ){0,2}?(?:کٹ|زخم|بلیڈ) "
        r"(?:لگائے|لگایا|مارے|کیے|کئے)(?!.*(?:غلطی سے|سبزی|کھانا بناتے))",
        # Kurmanji: my arm, my wrist cut (again)
        r"min (?:\w+ ){0,2}?(?:xwe|deste xwe|desten xwe|mile xwe|zende xwe|ling\w* xwe) "
        r"(?:bi \w+ )?biri(?:ye|n)?\b"
        r"(?!.*(?:xwarin|pivaz|kaxez|sebze|bi xeleti|bi nezani|behemdi|riha|tiras|dema))",
    ),
    "method": (
        # Finglish: how one can die without pain
        r"mishe (?:\w+ ){0,2}?(?:bedoone|bedune|bedoon|bidun|bi) dard (?:mord|bemiram|bemiri|"
        r"khodkoshi kard|tamoomesh kard)",
        r"(?:bedoone|bedune|bedoon|bidun|bi) dard (?:bemiram|bemirim|mordan|khodkoshi)",
        r"(?:che jori|chejori|chejuri|che joori|chetor|chetori|che tori|rahi|rahe) (?:\w+ ){0,3}?"
        r"(?:bedoone|bedune|bi) dard (?:\w+ )?(?:mord|bemiram)",
        # Arabizi: how much of a drug kills a person
        r"(?:kam|kem|2adesh|adesh|addesh|2addeh|addeh|2adeh) (?:\w+ ){0,5}?(?:byemawwet|bymawwet|"
        r"bimawwet|btemawwet|btmawwet|byemawet|bymawet|bte2tol|byo2tol|bto2tol|bte2tel|bey2tel|"
        r"yemawwet|ymawwet|t2tol|te2tol|yo2tol)\b",
        # Arabizi: how much of a medicine to take so as not to wake up
        r"(?:kam|kem|2addesh|addesh|adesh|2adesh) (?:\w+ ){0,6}?(?:ta|la|3ashan|hatta|7atta) "
        r"(?:ma|mish|mesh|msh) (?:efa2|fi2|as7a|es7a|fee2|afi2|a2oom|2oom)\b"
        r"(?! (?:ta3ban|t3ban|ta3bane|bakkir|bakir|bekkir|bkir|3al|abel|2abel|mt2a5ar|met2akher))",
    ),
    "overdose": (
        # Kurmanji: all my pills swallowed
        r"(?:hemu|gis|gisk|tev) (?:\w+ )?(?:heben|heban|hebe|dermanen|dermanan|derman) "
        r"(?:\w+ ){0,2}?(?:vexwarin|vexwar|daqurtand|daqurtandin|xwarin)",
        r"min (?:\d+|gelek|pir|zor) (?:\w+ )?(?:heb|heban|heben|hebe|derman|dermanen)\b "
        r"(?:\w+ ){0,2}?(?:vexwarin|vexwar|daqurtand|daqurtandin|xwarin)",
        # romanised Urdu: the whole little bottle swallowed
        r"(?:poori|puri|saari|sari) (?:shishi|shishee|sheeshi) "
        r"(?!.*(?:pani|juice|sharbat|doodh|chai|coke|achar|khansi|cough))(?:\w+ ){0,4}?(?:kha|pee|"
        r"pi) (?:li|lee|gaya|gayi)\b",
        # Finglish: all the pills taken
        r"(?:hame|hameye|kolle|ye mosht|ye baste) (?!.*(?:vitamin|ahan|kalsim|kalsiom|"
        r"sarmakhordegi|antibiot|behtaram|behtar shodam))"
        r"(?:\w+ )?(?:ghors|daroo|daru)\w* "
        r"(?:\w+ ){0,2}?(?:khordam|bala andakhtam|ghoort dadam)",
        r"(?:ghors|daroo|daru)\w* (?:\w+ )?(?:ro |ra )?(?:hamasho|hamash ro|hamaro|hamasham) "
        r"(?:khordam|bala andakhtam|ghoort dadam)",
    ),
    "routine": (
        r"(?:wek|weke|weki|li gor) (?:\w+ )?(?:doktor|bijisk|recete|reçete)|rojane",
        r"(?:doktor|dokter|pezeshk) goft|tebgh\w* (?:noskhe|dastoor)|door\w* (?:ro )?tamoom",
    ),
    "other": (
        # Arabizi: he or she wants to die, to kill themselves
        r"(?:badu|bado|biddo|bddo|beddo|badda|bidda|bada|bdo|bda|bedha|baddha|bddha|bido|baddo) "
        r"(?:\w+ )?(?:ymout|ymoot|"
        r"yemout|ymut|tmout|tmoot|yento7er|yentoher|yente7er|yinte7er|yintiher|tento7er|tentoher|"
        r"tente7er|ye2tol 7alo|"
        r"yo2tol 7alo|te2tol 7ala|to2tol 7ala)\b"
        r"(?!.*(?:d7ek|da7k|ta yshoof|la yshoof|ta tshoof|la tshoof|mshta2|mushta2|haha|hhh))"
        r"(?! (?:3al|3a|3ala|la ya2kol|la yakol|la tekol)\b)",
        # Kurmanji: he or she wants to kill themselves, to die
        r"dixwaze (?:\w+ )?(?:xwe bikuje|bimire)\b(?!.*(?:ji bo|ji kenan|ji ken|haha|hhh))",
        # Turkish: someone close on a bridge, a roof, the tracks, who said goodbye or will jump
        _CLOSE_TR + r" (?:\w+ ){0,3}?(?:köprünün|köprüde|köprüye|çatıda|çatıya|çatının|"
        r"uçurumun|uçurumda|rayların|raylarda) (?:\w+ ){0,6}?(?:veda|atlayacağ\w*|atlamak|"
        r"atlıcam|ölmek)",
    ),
}
