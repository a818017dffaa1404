"""The same kinds of message across languages: a place told by its height, a wish to sleep for
good, a means looked at again and again, pills mixed with drink, a patient's plan, and tears.

The per-language lexicons name the plainest statements; people also say where they stand ("on
top of the bridge"), that they want to sleep and not wake, that they keep looking at the gun,
that the pills went down with the wine, and a clinician that a patient has a plan and a date.
Each kind is written here in Spanish, Portuguese, French, Italian, German, Dutch, Tagalog,
Hindi, Japanese and Korean (and tears in Chinese too), with the negated word order Hindi also
uses ("अब और नहीं जीना चाहता"). Places are excused by an outing as in the other lexicons.
"""

W = r"(?:[^ ]+ ){0,3}?"
_DRINK_ES_PT = r"(?:alcohol|alcool|vino|vinho|vodka|cerveza|cerveja|ron|tequila|cachaca|whisky)"

LEXICON = {
    "guard": (
        r"(?:saltar|pular|sauter|saltare|springen|springe) (?:\w+ ){0,2}?(?:en |de |com |avec |"
        r"col |mit )?(?:paracaidas|paraquedas|parachute|paracadute|fallschirm|bungee|elastico|"
        r"piscina|pool|trampolin\w*)",
        r"(?:nao|no) (?:quero|quiero) (?:mais )?dormir para (?:sempre|siempre)",
        r"jeena nahi chahta tha",
    ),
    "intent": (
        # suicide in its online homophones: 紫砂 (zǐshā) for 自杀, 자살각 ("it's suicide time")
        r"(?:想|要|去|准备|打算)紫砂|紫砂了|자살각",
        # Russian typed in Latin letters
        r"(?:reshil|reshila|hochu|hotchu|khochu) (?:\w+ )?(?:pokonchit|pokonchit s soboj|umeret|"
        r"umiret)|pokonch\w* s sobo[iyj]|ub(?:it|yu|iu) sebya|ne hochu (?:bolshe )?zhit",
        # before jumping, said from a height
        r"(?:prima di|antes de|avant de|bevor ich|voordat ik) (?:me |mi |m )?(?:saltare|buttarmi|"
        r"lanciarmi|saltar|pular|tirarme|me jogar|sauter|springe|spring)",
        r"(?:真|好|很|就|都|我)想死(?!你)|想死$|撑不下去了|撐不下去了",
        r"(?:अब )?(?:और )?नहीं जीना (?:चाहत|है)|(?:ab )?(?:aur )?(?:nahi|nahin|nhi) (?:jeena|jina) "
        r"(?:chaht\w*|hai)",
    ),
    "place": (
        r"(?:sto|sono|mi trovo) (?:\w+ ){0,2}?(?:sul|sulla|in cima al|sul bordo del) (?:tetto|"
        r"ponte|cornicione|binari|palazzo|viadotto)",
        r"(?:estou|to|tô|fiquei|aqui) (?:\w+ ){0,2}?(?:no alto|no topo|na ponta|na beirada|a beira|"
        r"em cima) d[aoe] (?:ponte|predio|telhado|viaduto|penhasco|edificio|passarela)",
        r"(?:estoy|aqui) (?:\w+ ){0,2}?(?:en lo alto|en la cima|en el borde|en la orilla|arriba|"
        r"encima) del? (?:puente|edificio|techo|azotea|acantilado|viaducto|precipicio)",
        r"je suis (?:\w+ ){0,2}?(?:en haut|au bord|sur le rebord|au sommet) d(?:u|e la|es|e l) "
        r"?(?:pont|toit|immeuble|falaise|viaduc|quai)",
        r"sono (?:\w+ ){0,2}?(?:in cima|sul bordo|in alto) (?:al|del|della|sul) (?:ponte|tetto|"
        r"palazzo|scogliera|viadotto|binari)",
        r"ich (?:stehe|sitze|bin) (?:\w+ ){0,2}?(?:ganz oben )?(?:auf|an) (?:der|dem|den) "
        r"(?:brucke|dach|kante|klippe|gleisen|brustung|hochhaus)",
        r"ik (?:sta|zit|ben) (?:\w+ ){0,3}?(?:op|aan|boven op) (?:de rand van )?(?:het dak|de brug|"
        r"het spoor|de rand|het viaduct|de flat|de klif)",
        r"(?:nasa|nandito ako sa|andito ako sa) (?:tuktok ng |gilid ng |ibabaw ng )?(?:tulay|"
        r"riles)|(?:nasa|nandito ako sa|andito ako sa) (?:tuktok|gilid|ibabaw) ng (?:building|"
        r"gusali|bubong)",
        r"(?:पुल (?:के )?(?:पर|ऊपर|किनारे)|(?:छत|इमारत) के किनारे) (?:खड़ा|खड़ी|खडा|खडी|बैठा|बैठी) "
        r"(?:हूं|हूँ|हू)",
        r"(?:橋|ビル|崖)(?:の上|の端|のふち)に(?:いる|立って|来た)|崖っぷちに(?:いる|立って)",
        r"(?:다리|옥상|난간|건물|지붕) ?(?:위|끝)에 ?(?:있|서 ?있|올라)",
    ),
    "passive": (
        r"(?:quisiera|quiero|ojala|me gustaria) " + W + r"dormir (?:para siempre|y no despertar)",
        r"(?:queria|quero|quem dera|gostaria de) " + W + r"dormir (?:para sempre|e nao acordar)",
        r"(?:je voudrais|j aimerais|je veux) " + W + r"(?:dormir|m endormir) (?:pour toujours|"
        r"et ne (?:plus|jamais) me reveiller)",
        r"(?:vorrei|voglio) " + W + r"dormire (?:per sempre|e non svegliarmi)",
        r"(?:ich mochte|ich will|ich wunschte) " + W + r"(?:fur immer )?(?:schlafen|einschlafen) "
        r"und nicht (?:mehr )?aufwachen|fur immer (?:schlafen|einschlafen)",
        r"(?:ik wil|ik zou willen|ik wou) " + W + r"(?:voor altijd )?(?:slapen|gaan slapen|"
        r"inslapen) (?:en niet meer wakker worden|voor altijd)|ik wil voor altijd (?:gaan )?slapen",
        r"sana (?:\w+ ){0,2}?(?:hindi na ako magising|makatulog (?:na lang )?(?:habambuhay|"
        r"nang tuluyan))",
        r"हमेशा के लिए सो (?:जाऊं|जाऊँ|जाना)|hamesha ke liye so (?:jaun|jaaun|jana|jaana)",
        r"ずっと眠っていたい|このまま目(?:が)?覚めたくない|永遠に眠りたい",
        r"영원히 ?(?:자고|잠들고) ?싶|깨어나고 ?싶지 ?않",
        # the water, the tracks or the drop that looks like the answer, the way out; not the
        # answer to a question or to the heat
        r"(?:el mar|el agua|el rio|el lago|las vias|el puente|el vacio|las pastillas) (?:\w+ )"
        r"{0,3}?(?:parece|parecen|se ve|se ven) (?:\w+ )?(?:la|una|mi) (?:unica )?(?:respuesta|"
        r"salida|solucion)(?! (?:a|para|de|del) (?:la |el |esta |este )?(?:pregunta|problema|"
        r"calor|examen|acertijo|ejercicio))",
        r"(?:o mar|a agua|o rio|o lago|os trilhos|a ponte|o vazio|os comprimidos) (?:\w+ ){0,3}?"
        r"(?:parece|parecem) (?:\w+ )?(?:a|uma|minha) (?:unica )?(?:resposta|saida|solucao)"
        r"(?! (?:a|para|da|do|de) (?:\w+ )?(?:pergunta|problema|calor|prova|exercicio))",
        r"(?:la mer|leau|la riviere|le fleuve|les rails|le pont|le vide) (?:\w+ ){0,3}?"
        r"(?:ressemble|semble|a lair)(?: a| d etre| etre)? (?:\w+ )?(?:la|une|ma) (?:seule )?"
        r"(?:reponse|issue|solution|sortie)(?! (?:a|au|pour|de) (?:la |le |cette |ce )?"
        r"(?:question|probleme|chaleur|examen|enigme|exercice))",
        r"(?:il mare|lacqua|il fiume|il lago|i binari|il ponte|il vuoto) (?:\w+ ){0,3}?(?:sembra|"
        r"pare) (?:\w+ )?(?:la|una|lunica) (?:\w+ )?(?:risposta|soluzione|via duscita|uscita)"
        r"(?! (?:a|al|alla|per|del|della) (?:\w+ )?(?:domanda|problema|caldo|esame|enigma))",
        r"(?:das meer|das wasser|der fluss|der see|die gleise|die brucke|der abgrund) (?:\w+ )"
        r"{0,3}?(?:(?:sieht|sehen) (?:\w+ ){0,3}?aus wie|wirkt wie|scheint) (?:\w+ )?(?:die|"
        r"eine?|meine) (?:einzige )?(?:antwort|losung|ausweg)(?! (?:auf|fur|zu) (?:die |das |"
        r"der )?(?:frage|problem|hitze|prufung|ratsel))",
    ),
    "prepare": (
        r"vi ho voluto (?:tanto )?bene(?: \S+){0,3}? addio\b",
        r"addio(?: \S+){0,4}? vi ho voluto bene",
        r"(?:bye|adios|chao|chau|goodbye) para siempre|para siempre (?:bye|adios|chao)",
        r"(?:ja |ya )?decidi (?:\w+ ){0,3}?(?:vou me despedir|me voy a despedir|voy a despedirme)",
        r"j ai decide (?:\w+ ){0,3}?(?:de )?(?:dire adieu|faire mes adieux)",
        r"(?:no dejo de|sigo|me quedo) mirando (?:la|el|mi) (?:pistola|arma|revolver|cuerda|"
        r"soga|navaja)",
        r"(?:fico|continuo|vivo) (?:olhando|pegando) (?:para )?(?:a|o|minha|meu) (?:arma|revolver|"
        r"corda|navalha)",
        r"je (?:n arrete pas de|continue de|passe mon temps a) (?:regarder|tenir|sortir) "
        r"(?:l arme|le pistolet|le fusil|la corde)",
        r"(?:ich schaue|ich starre|ich nehme) (?:\w+ )?(?:immer wieder )?(?:die waffe|die pistole|"
        r"das seil|den strick) (?:an|in die hand|raus)",
        r"ik (?:blijf|zit) (?:\w+ )?naar (?:het pistool|het wapen|het touw|de strop) (?:te )?"
        r"(?:kijken|staren)",
        r"(?:lagi|palagi) kong (?:tinitingnan|hinahawakan|hawak) (?:ang )?(?:baril|lubid)",
        r"(?:銃|ロープ)を(?:ずっと|何度も|つい)?(?:見つめて|眺めて|手に取って|取り出して)",
        r"(?:총|밧줄)을 ?(?:계속|자꾸) ?(?:쳐다|만지|꺼내)",
    ),
    # A repair or a job excuses a place, as an outing does in the per-language lexicons.
    "outing": (
        r"sistemar\w*|ripar\w*|aggiust\w*|antenn\w*|arregl\w*|repar\w*|limpi\w*|consert\w*|"
        r"arrum\w*|nettoy\w*|putz\w*|ayusin|linisin|trabaj\w*|trabalh\w*|travail\w*",
    ),
    "self_harm": (
        r"リスカ|アムカ|(?:今日も|また)切った|腕を切った",
        # cutting again, the pronoun before the verb
        r"(?:me )?(?:volvi|he vuelto|vuelvo) a (?:cortar|lastimar|quemar)(?:me)?\b",
        r"voltei a me (?:cortar|machucar)|me cortei (?:de novo|outra vez)",
        r"(?:ho ricominciato|sono tornat[oa]) a tagliarmi|mi sono tagliat[oa] (?:di nuovo|ancora)",
    ),
    "overdose": (
        r"(?:把|吃了)一整瓶|(?:药|藥)(?:都|全)吃了|把(?:药|藥)全(?:部)?吃",
        r"(?:todas|muchas|un monton de|toda la caja de) (?:las |mis )?(?:pastillas|pastis) "
        r"(?:\w+ ){0,3}?(?:con|y) (?:\w+ )?" + _DRINK_ES_PT,
        r"(?:todos|muitos|um monte de|a cartela (?:toda )?de) (?:os |meus )?(?:remedios|"
        r"comprimidos) (?:\w+ ){0,3}?(?:com|e) (?:\w+ )?" + _DRINK_ES_PT,
        r"(?:tous|plein de|toute la boite de) (?:les |mes )?(?:cachets|medicaments|comprimes) "
        r"(?:\w+ ){0,3}?(?:avec|et) (?:de l |l )?(?:alcool|vin|vodka|whisky)",
        r"(?:alle|viele|die ganze packung) (?:meine )?(?:tabletten|pillen) (?:\w+ ){0,3}?(?:mit|"
        r"und) (?:\w+ )?(?:alkohol|wein|wodka|schnaps)",
        r"(?:alle|veel|de hele strip) (?:mijn )?(?:pillen|tabletten) (?:\w+ ){0,3}?(?:met|en) "
        r"(?:\w+ )?(?:alcohol|wijn|wodka|drank)",
    ),
    "method": (
        r"(?:skolko|skoka) (?:\w+ ){0,3}?(?:tabletok|tabletki|kolyos|kolos) (?:\w+ ){0,3}?"
        r"(?:chtoby|chtob|shtoby|shtob) (?:\w+ )?(?:umeret|sdohnut|ne prosnutsya)",
        r"死ねる方法|死ねる薬",
        # which or how many pills a person dies of, in Hinglish, Indonesian and French
        r"(?:kitni|kitne|kaunsi|konsi|kaun si) (?:\w+ ){0,4}?(?:goliyan|goli|dawai|dawa|tablets?) "
        r"(?:\w+ ){0,4}?(?:mar jata|mar jate|mar jayega|mar sakta|maut)",
        r"berapa (?:banyak )?(?:\w+ ){0,3}?(?:obat|pil|tablet|parasetamol|paracetamol|insulin) "
        r"(?:\w+ ){0,6}?(?:meninggal|mati|tewas)",
        r"(?:methode|facon|moyen) (?:la plus )?(?:sure|efficace|rapide) (?:\w+ ){0,2}?pour "
        r"(?:ne pas se rater|mourir|en finir|se tuer)",
        r"hangi (?:\w+ ){0,2}?(?:ilac|hap)\w* (?:\w+ ){0,3}?oldur\w*|(?:kac|ne kadar) (?:\w+ )?"
        r"(?:ilac|hap)\w* (?:\w+ ){0,2}?oldur\w*",
        r"(?:jaki|ktory|jakie|ktore|ile) (?:\w+ )?(?:lek|leki|tabletek|tabletki|pigulek) "
        r"(?:\w+ ){0,2}?(?:zabija|zabije|zabijaja|zabic)|najszybciej zabija",
        r"(?:pastillas|medicamentos|remedios) (?:\w+ ){0,3}?(?:mortales|letales|matan) (?:con|"
        r"mezclad[oa]s con) (?:el )?alcohol",
        r"(?:remedios|comprimidos) (?:\w+ ){0,3}?(?:mortais|letais|matam) (?:com|misturados com) "
        r"(?:o )?alcool",
        r"(?:medicaments|cachets) (?:\w+ ){0,3}?(?:mortels|letaux) (?:avec|melanges (?:a|avec)) "
        r"(?:l )?alcool",
        r"(?:tabletten|medikamente) (?:\w+ ){0,3}?todlich (?:mit|zusammen mit) alkohol",
        r"(?:pillen|medicijnen) (?:\w+ ){0,3}?dodelijk (?:met|samen met) (?:alcohol|drank)",
        # an amount asked by what it does to the breath: "cuanta pregabalina con alcohol hace
        # que dejes de respirar" (not how long one can hold one's breath under water)
        r"cuant[oa]s? (?!tiempo|segundos|minutos)(?:\w+ ){0,6}?(?:dejes?|dejar|deja|dejan|pares|"
        r"parar|para) de respirar|cuant[oa]s? (?!tiempo)(?:\w+ ){0,6}?paro respiratorio",
        r"quant[oa]s? (?!tempo|segundos|minutos)(?:\w+ ){0,6}?(?:pare|parar|para|faz parar|deixa|"
        r"deixar) de respirar|quant[oa]s? (?!tempo)(?:\w+ ){0,6}?parada respiratoria",
        r"combien (?!de temps|de secondes|de minutes)(?:\w+ ){0,6}?(?:arreter|arrete|cesser|"
        r"cesse) de respirer|combien (?!de temps)(?:\w+ ){0,6}?arret respiratoire",
        r"quant[oaie] (?!tempo|secondi|minuti)(?:\w+ ){0,6}?(?:smett\w*|smettere) di respirare|"
        r"quant[oaie] (?!tempo)(?:\w+ ){0,6}?arresto respiratorio",
        r"wie ?viele? (?!zeit|sekunden|minuten)(?:\w+ ){0,6}?(?:aufhort|aufhoren|aufhorst) zu "
        r"atmen|wie ?viele? (?:\w+ ){0,6}?(?:atemstillstand|atmung (?:aussetzt|stoppt|stillsteht))",
    ),
    "other": (
        r"(?:a|avait|as) tout prevu pour se (?:suicider|tuer|foutre en l air)",
        r"(?:cok|bir suru|butun|tum|bir kutu) (?:\w+ )?(?:ilac|hap)\w* (?:ictigini|ictiğini|icmis|"
        r"icti|yuttugunu|yuttu)",
        r"(?:tomou|engoliu) (?:\w+ ){0,2}?(?:um monte de|todos os|muitos|a cartela de) "
        r"(?:\w+ )?(?:remedios|comprimidos)|(?:se tomo|tomo|trago) (?:\w+ ){0,2}?(?:todas las|un "
        r"monton de|muchas) (?:pastillas|pastis)|a pris (?:tous ses|plein de) (?:cachets|"
        r"medicaments)|hat (?:alle|viele) (?:seine |ihre )?(?:tabletten|pillen) genommen",
        r"(?:qu)?(?:il|elle) (?:a|avait) (?:prepare|achete) une corde|(?:el|ella) (?:ha|habia) "
        r"(?:preparado|comprado) una cuerda|(?:ele|ela) (?:preparou|comprou) uma corda|"
        r"(?:er|sie) hat (?:ein seil|einen strick) (?:vorbereitet|gekauft)",
        r"покончит с собой|убьет себя|закрыл(?:ся|ась) в ванн",
        r"intihar (?:etmekten|etmeyi|edecegini) (?:\w+ )?(?:bahsediyor|konusuyor|dusunuyor|"
        r"soyledi|yazdi)",
        r"(?:友達|友人|彼氏|彼女|母|父|兄|姉|弟|妹|夫|妻)が[^。]{0,4}死ぬ",
        r"(?:hij|zij|ze) (?:is |zegt dat (?:hij|ze|zij) )?klaar (?:is )?met (?:het )?leven|"
        r"(?:heeft|hebben) (?:\w+ ){0,3}?(?:medicijnen|pillen) opgespaard",
        r"(?:mi|una|un) (?:paciente|cliente) (?:\w+ ){0,4}?(?:tiene|menciono|me dijo|me conto) "
        r"(?:que tiene )?(?:un plan|una fecha)",
        r"(?:meu|minha|um|uma) (?:paciente|cliente) (?:\w+ ){0,4}?(?:tem|mencionou|me contou|"
        r"falou) (?:que tem )?(?:um plano|uma data)",
        r"(?:mon|ma) (?:patient|patiente|client|cliente) (?:\w+ ){0,4}?(?:a|m a parle d|a "
        r"mentionne) (?:un plan|une date)",
    ),
    # Being gone told as the better outcome: a rescue regretted, the children better off with no
    # parent (asked about, as in English)
    "check": (
        r"(?:deberian|debieron|tendrian que|debio) haber(?:me)? dejad[oa] morir|(?:ojala|quisiera "
        r"que) (?:\w+ ){0,3}?no me (?:hubieran|hubiera|hubiesen) (?:reanimado|salvado|encontrado)",
        r"(?:mis hijos|mis hij[oa]s|los ninos|ell[oa]s) (?:\w+ ){0,3}?(?:estarian|estaran) mejor "
        r"sin (?:padre|madre|mi)\b|mejor (?:que )?no tengan (?:padre|madre)",
        r"(?:deveriam|devia|deviam) ter me deixado morrer|(?:quem dera|queria que) (?:\w+ ){0,3}?"
        r"nao me (?:tivessem|tivesse) (?:reanimado|salvado|encontrado)",
        r"(?:meus filhos|minhas filhas|as criancas|eles|elas) (?:\w+ ){0,3}?(?:estariam|ficariam) "
        r"melhor sem (?:pai|mae|mim)\b",
        r"(?:ils|elles|on|vous|tu) (?:auraient|aurait|auriez|aurais) du me laisser mourir",
        r"(?:mes enfants|les enfants|ils|elles) (?:\w+ ){0,3}?(?:seraient|serait) mieux sans "
        r"(?:pere|mere|moi)\b",
        r"(?:avrebbero|avresti|avrebbe) dovuto lasciarmi morire",
        r"(?:i miei figli|i bambini) (?:\w+ ){0,3}?(?:starebbero|sarebbero) meglio senza (?:padre|"
        r"madre|di me)\b",
        r"(?:hatten|hattet|hattest|hatte) mich (?:einfach )?sterben lassen sollen",
        r"(?:meine kinder|die kinder) (?:\w+ ){0,3}?(?:waren|ware) (?:ohne (?:mich|vater|mutter) "
        r"besser dran|besser dran ohne (?:mich|vater|mutter))\b",
    ),
    "distress": (
        r"yalniz(?:im|im cok)|kimse beni anlam\w*|cok yalniz",
        # Russian in Latin letters, Arabizi, Indonesian: feeling awful, at a loss, worn out
        r"mne (?:tak |ochen |voobshe )?(?:hrenovo|hrenova|ploho|plokho|pogano|hudo)|nichego ne "
        r"(?:hochetsya|hochu|khochetsya)",
        r"(?:msh|mish|mesh) (?:3aref|aref|3arfa|arfa) (?:a3mel|a3ml|a3mil|aamel) (?:eh|eih|ay|e)\b|"
        r"7ases b(?:e)? wa7da",
        r"(?:capek|cape|lelah|capai) (?:banget|bgt|sekali) (?:sama|dengan) (?:hidup|semua\w*)|"
        r"semuanya berantakan",
        r"提不起(?:兴趣|勁|劲|精神)|每天都好累|好累|什么都不想做",
        r"met moi|trong rong|khong muon gap ai",
        r"心情(?:很|非常|特别|好|超)?(?:差|不好|低落|糟)|一直在哭|一直哭|想哭",
        r"好难过|很难过|好難過|很難過",
        r"泣いてばかり|ずっと泣いて|気分が落ち込|落ち込んで(?:いる|る)",
        r"계속 ?울|울고 ?있어|기분이 ?(?:너무 )?(?:안 ?좋|우울)",
        r"ik (?:moet|zit) (?:steeds|de hele tijd|alleen maar) (?:te )?huilen|ik huil (?:de hele "
        r"tijd|steeds)",
        r"iyak (?:ako )?nang iyak|(?:lagi|palagi) (?:akong )?umiiyak|ang lungkot ko",
        r"(?:रो रहा|रो रही) (?:हूं|हूँ)|(?:ro raha|ro rahi) (?:hoon|hu|hun)",
        r"chorei (?:o dia todo|a noite toda|o caminho todo)|nao paro de chorar",
        r"no paro de llorar|llore (?:todo el dia|toda la noche|todo el camino)",
    ),
}
