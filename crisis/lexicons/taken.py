"""Overdoses in other languages as people who use drugs and new parents tell them, and someone
else's overdose or talk of jumping told by a worried partner or sibling.

- ``overdose``: a compound word for the pills (Dutch "slaappillen", "pijnstillers") with all of
  them taken; a Korean amount followed by its particle ("수면제 한 통을 다 먹었어요") or by two
  adverbs ("한꺼번에 많이"); German "everything I had" with a drug or pills named; too much heroin,
  methadone or fentanyl in German, Polish and Dutch, often just after release; a drug, or the
  old amount after prison, taken and the writer's own body failing now ("no puedo respirar",
  "tô apagando", "je respire mal", "засыпаю": Spanish, Portuguese, French, Russian).
- ``overdose`` too: all the (sleeping) pills or the whole box, in Norwegian, Danish, Finnish,
  Romanian, Croatian and Serbian, and Hungarian, with ``routine`` for the medicine taken as the
  doctor wrote it.
- ``other``: someone said to have taken a drug and now not waking properly or breathing
  strangely (Spanish, Portuguese, French, Italian, German, Polish, Russian); a Korean friend who
  texted that they
  took a lot at once; a partner who "talks of throwing herself out of the window" (French,
  Spanish, Portuguese, Italian, German); someone who says the baby would be better off without
  her, or that he is going to hang himself (the same languages, Russian and Polish).
- ``guard``: "se jeter à l'eau" (to take the plunge), "se tuer au travail" (to work oneself to
  death), "tirarse a la piscina", "ins kalte Wasser springen".

Every overdose names pills, medicine or a drug ("alles genommen, was ich hatte" alone is a
packed bag); every sign of someone else's overdose has a drug beside it (a sleepy baby does not
count).
"""

# a gap of up to three words, any script
W = r"(?:[^ ]+ ){0,3}?"
# drugs, in the languages below, as their users name them
_DRUGS = (
    r"(?:heroin\w*|heroína|heroina|héroïne|eroina|eroin|fentanyl\w*|fentanilo|fentanil|"
    r"methadon\w*|metadon\w*|méthadone|metadona|droga|drogas|drogue|drogues|drogen|stoff|"
    r"narkotyk\w*|dopalacz\w*|pastillas|pastilhas|comprimidos|cachets|médicaments|pillole|"
    r"tabletten|pillen|tabletki|leki|opioid\w*|opiáceos|benzo\w*|krokodil)"
)

# the baby, the children, the family, everyone (Spanish, Portuguese, French, Italian, German)
_FAMILY = (
    r"(?:bebé|bebê|bébé|baby|bambino|bambina|bimbo|bimba|niño|niña|niños|hijos|hija|hijo|filho|"
    r"filha|filhos|crianças|enfant|enfants|figli|figlio|figlia|kind|kinder|kleine|familia|família|"
    r"famille|familie|famiglia|todos|todo mundo|tous|tout le monde|tutti|alle|wir|nosotros|nós)"
)

LEXICON = {
    "guard": (
        r"se jeter à l ?eau|se jeter a l ?eau|se tuer (?:au|à la|a la) (?:travail|tâche|tache)",
        r"tirar(?:se|me) a la piscina|se mata (?:a|trabajando) trabajar|se mata a trabajar",
        r"ins kalte wasser (?:springen|gesprungen)|atirar ?se de cabeça|buttarsi a capofitto",
    ),
    "overdose": (
        # Dutch: a compound word for the pills, every one of them taken
        r"ik heb (?:\w+ ){0,2}?(?:al mijn|alle|de hele (?:strip|doos|pot)|een hele (?:strip|doos|"
        r"pot)) (?:\w+ )?\w*(?:pillen|tabletten|medicijnen|pijnstillers) (?:\w+ )?(?:ingenomen|"
        r"geslikt|genomen|opgenomen)",
        # Korean: the amount keeps its particle, or two adverbs stand before the verb
        r"(?:수면제|약|알약|진통제|안정제|수면 ?유도제)(?:을|를)? ?"
        r"(?:한 ?통|한 ?병|한 ?봉지|전부|몽땅|한꺼번에)(?:을|를)? ?"
        r"(?:다 ?|전부 ?|많이 ?)?(?:먹었|삼켰|털어 ?넣었)(?!다고|다는|대)",
        r"(?:수면제|약|알약|진통제|안정제)(?:을|를)? ?(?:한꺼번에|다|전부|몽땅) ?"
        r"(?:많이|다) ?(?:먹었|삼켰)(?!다고|다는|대)",
        # German: everything I had, and what it was
        r"(?:hab|habe) (?:\w+ ){0,2}?alles (?:\w+ )?(?:genommen|geschluckt|gespritzt|reingehauen)"
        r"(?=.*\b(?:heroin|tabletten|pillen|medikamente|methadon|benzos|drogen|fentanyl|stoff)\b)",
        # German and Polish: too much of a drug, often just after release
        r"(?:zu viel|zuviel) (?:\w+ )?(?:heroin|methadon|fentanyl|stoff|h|drogen|subutex) "
        r"(?:\w+ )?(?:genommen|gespritzt|geraucht|gedrückt|erwischt)",
        r"(?:wziąłem|wzięłam|przyjąłem|przyjęłam|wstrzyknąłem|wstrzyknęłam|dałem sobie) "
        r"(?:\w+ )?za dużo (?:\w+ )?(?:heroiny|metadonu|fentanylu|amfetaminy|dopalaczy|"
        r"narkotyków|mefedronu|towaru|hery)",
        # a drug or the old amount taken, and the writer's body failing now (Spanish,
        # Portuguese, French, Dutch, Russian)
        r"me (?:metí|inyecté|tomé|fumé|chuté) " + W + r"(?:" + _DRUGS + r"|demasiad[ao]|lo de "
        r"siempre|la (?:misma )?(?:cantidad|dosis) de (?:antes|siempre))(?=.*\b(?:no puedo "
        r"respirar|me cuesta respirar|me estoy quedando dormid[oa]|me estoy apagando|tengo los "
        r"labios (?:morados|azules)|el corazón (?:me va )?a mil)\b)",
        r"(?:usei|tomei|injetei|cheirei|fumei) " + W + r"(?:" + _DRUGS + r"|demais|a mesma "
        r"quantidade|minha dose de antes)(?=.*\b(?:não consigo respirar|nao consigo respirar|"
        r"tô apagando|to apagando|estou apagando|lábios roxos|labios roxos|coração disparado)\b)",
        r"(?:jai pris|jai repris|je me suis (?:injecté|shooté|piqué)|jai fumé|jai sniffé) "
        + W
        + r"(?:"
        + _DRUGS
        + r"|ma dose davant|la même dose)(?=.*\b(?:je respire mal|jarrive "
        r"pas à respirer|je narrive plus à respirer|mes lèvres sont bleues|je mendors|je tombe "
        r"dans les pommes|mon cœur bat trop vite)\b)",
        # all the (sleeping) pills, by the languages' compound words: Norwegian, Danish, Finnish,
        # Romanian, Croatian and Serbian, Hungarian
        r"(?:jeg )?har (?:\w+ )?(?:tatt|taget|slugt|svelget) (?:\w+ )?(?:alle|hele) (?:mine )?"
        r"(?:\w*pill\w*|\w*tablett\w*|medisinene|medicinen)",
        r"(?:otin|nielin|söin|napsin) (?:\w+ )?(?:kaikki|koko) (?:\w+ )?(?:\w*lääkkeet|\w*pillerit|"
        r"\w*tabletit|\w*purkin|\w*paketin|\w*liuskan)",
        r"am (?:luat|înghițit|băut) (?:\w+ )?(?:toată|toate|întreaga) (?:cutia |folia |sticla )?"
        r"(?:de )?(?:somnifere|pastile|pastilele|medicamente|medicamentele|tablete|tabletele)",
        r"(?:popila|popio|progutala|progutao|uzela|uzeo) sam (?:\w+ )?(?:sve|cijelu|celu|cijelo|"
        r"celo|cijelo pakiranje|celo pakovanje) (?:\w+ )?(?:tablete|tableta|lijekove|lekove|"
        r"pilule|kutiju|pakovanje|pakiranje)",
        r"(?:megittam|bevettem|lenyeltem) (?:\w+ )?(?:az összes|mind|egy egész doboz|az egész "
        r"doboz) (?:\w+ )?(?:altató\w*|gyógyszer\w*|tablettá\w*|tablettát|bogyó\w*)",
        r"(?:te veel|al mijn) (?:\w+ )?(?:heroïne|methadon|fentanyl|drugs|pillen) (?:\w+ )?"
        r"(?:gebruikt|genomen|gespoten|gerookt)",
        r"(?:принял|приняла|вколол|вколола|укололся|укололась|употребил|употребила) (?:[^ ]+ )?"
        r"(?:слишком много|много|как раньше|дозу как раньше|ту же дозу)(?=.*(?:не могу дышать|"
        r"трудно дышать|засыпаю|отключаюсь|губы синие|сердце колотится))",
    ),
    # the medicine taken as the doctor wrote it (Norwegian, Danish, Finnish, Romanian,
    # Croatian and Serbian, Hungarian)
    "routine": (
        r"som (?:foreskrevet|forskrevet|ordineret|anvist|legen sa|legen sagde|lægen sagde|lægen "
        r"sa|lægen har sagt|legen har sagt|lægen foreskrev)|ohjeen mukaan|lääkärin ohjeen|niin "
        r"kuin lääkäri (?:sanoi|määräsi)|cum mi ?a (?:prescris|spus medicul)|po receptu|kako "
        r"(?:je )?propisano|kao što je propisano|kako (?:mi )?je (?:doktor|doktorica|liječnik|"
        r"liječnica|lijecnik) (?:rekao|rekla|propisao|propisala)|ahogy (?:felírták|az orvos "
        r"mondta|az orvos előírta|a doki mondta)|az orvos (?:szerint|utasítása szerint)",
        # ...or with breakfast; not "this morning" alone, which an overdose is told with too
        r"til frokost|aamupalalla",
    ),
    "other": (
        # someone took a drug and does not wake properly, breathes strangely, has blue lips
        r"(?:se metió|se metio|se inyectó|se inyecto|consumió|consumio|tomó|tomo|se tomó|se tomo) "
        + W
        + _DRUGS
        + r"(?=.*\b(?:no despierta|no se despierta|no reacciona|no responde|respira (?:raro|mal|"
        r"muy lento|despacio)|casi no respira|no respira|labios (?:morados|azules))\b)",
        r"(?:usou|tomou|cheirou|injetou|se injetou) " + W + _DRUGS + r"(?=.*\b(?:não acorda|nao "
        r"acorda|não reage|nao reage|não responde|nao responde|respira (?:estranho|mal|devagar|"
        r"esquisito)|lábios roxos|labios roxos)\b)",
        r"(?:a pris|a pris trop de|sest injecté|sest injecte|a pris de l|a consommé|a consomme) "
        + W
        + _DRUGS
        + r"(?=.*\b(?:ne se réveille pas|ne se reveille pas|ne répond (?:pas|plus)|ne repond "
        r"(?:pas|plus)|respire (?:bizarrement|mal|très lentement|tres lentement|à peine|a peine)|"
        r"lèvres bleues|levres bleues)\b)",
        r"(?:ha preso|si è fatto|si e fatto|si è fatta|si e fatta|si è iniettato|si e iniettato) "
        + W
        + _DRUGS
        + r"(?=.*\b(?:non si sveglia|non risponde|respira (?:male|strano|piano)|labbra (?:blu|"
        r"viola))\b)",
        r"(?:hat|hatte) " + W + _DRUGS + r" " + W + r"(?:genommen|gespritzt|geraucht|gedrückt)"
        r"(?=.*\b(?:wacht nicht (?:richtig )?auf|reagiert nicht|atmet (?:komisch|kaum|flach|"
        r"schwer)|blaue lippen|lippen (?:sind )?blau)\b)",
        # Polish and Russian: someone took a drug and cannot be woken
        r"(?:wziął|wzięła|przyjął|przyjęła|wstrzyknął|wstrzyknęła|zażył|zażyła|brał|brała) "
        + W
        + r"(?:heroin\w*|metadon\w*|fentanyl\w*|narkotyk\w*|dopalacz\w*|tabletk\w*|leki|leków)"
        r"(?=.*\b(?:nie można (?:go|jej) (?:dobudzić|obudzić)|nie budzi się(?! (?:do|na|rano|o|"
        r"w))|nie oddycha|ledwo oddycha|sine usta|siny|sina)\b)",
        r"(?:принял|приняла|вколол|вколола|укололся|укололась|употребил|употребила) (?:[^ ]+ )?"
        r"(?:героин\w*|метадон\w*|фентанил\w*|наркотик\w*|таблетк\w*|спайс\w*)(?=.*(?:не "
        r"просыпается|не реагирует|не дышит|еле дышит|плохо дышит|губы синие|посинел))",
        # someone who says the baby, the children or everyone would be better off without her
        r"(?:dice|dijo|diz|disse|dit|a dit|sagt|hat gesagt|meint) (?:que |dass |che |qu )?"
        r"(?:[^ ]+ ){0,2}?" + _FAMILY + r" (?:[^ ]+ ){0,2}?(?:estaría|estarían|ficaria|ficariam|"
        r"serait|seraient|starebbe|starebbero) (?:[^ ]+ ){0,2}?(?:mejor|melhor|mieux|meglio) "
        r"(?:sin|sem|sans|senza) (?:ella|él|el|ela|ele|elle|lui|di lei|di lui|lei)\b",
        r"(?:sagt|hat gesagt|meint),? (?:dass )?(?:[^ ]+ ){0,2}?" + _FAMILY + r" (?:wäre|wären) "
        r"(?:\w+ )?ohne (?:sie|ihn) (?:\w+ )?besser",
        r"(?:говорит|сказал|сказала|пишет|написал|написала),? (?:что )?(?:ребенку|ребёнку|детям|"
        r"всем|семье|малышу) (?:[^ ]+ ){0,2}?лучше без (?:нее|неё|него)",
        r"(?:mówi|powiedział|powiedziała|pisze|napisał|napisała),? (?:że )?(?:dziecku|dzieciom|"
        r"wszystkim|rodzinie|małemu|małej) (?:[^ ]+ ){0,2}?lepiej bez (?:niej|niego)",
        # someone who said he is going to hang himself ("se va a colgar" of a picture is left out)
        r"que se va a (?:colgar|ahorcar)\b(?! (?:el|la|los|las|un|una|en|de|del)\b)|se va a "
        r"ahorcar|vai se enforcar|va se pendre|allait se pendre|(?:er|sie) (?:hängt|erhängt) sich "
        r"(?:\w+ )?auf\b|sich (?:aufhängen|erhängen) (?:will|wird|wolle)|(?:che )?si (?:impicca|"
        r"impiccherà|vuole impiccare)\b|повесится|się powiesi\b",
        # Korean: a friend texted that they took a lot at once
        r"(?:친구|동생|언니|오빠|형|누나|엄마|아빠|남편|아내|남자 ?친구|여자 ?친구|딸|아들)"
        r"(?:가|이|는|은)? "
        + W
        + r"(?:약|수면제|알약|진통제)(?:을|를)? ?(?:한꺼번에|다|전부|많이|한 ?통)"
        r"(?: ?(?:많이|다))? ?(?:먹었다|삼켰다)",
        # a partner or a sister who talks of throwing herself out of the window
        r"(?:il|elle|ma femme|mon mari|ma copine|mon copain|ma fille|mon fils|ma sœur|ma soeur|"
        r"mon frère|mon frere|ma mère|ma mere) (?:\w+ ){0,2}?(?:parle|parlait|a parlé|a parle|"
        r"menace|dit qu ?(?:elle|il) va|dit vouloir) (?:\w+ )?(?:de )?(?:se jeter|se défenestrer|"
        r"se defenestrer|se tuer|se suicider|se pendre|sauter (?:du|par|de))",
        r"(?:habla|hablaba|amenaza|dice que (?:se va a|va a)) (?:de |con )?(?:tirarse|aventarse|"
        r"lanzarse|matarse|suicidarse|colgarse|quitarse la vida)",
        r"(?:fala|falava|ameaça|ameaca|diz que vai) (?:em |de )?(?:se jogar|pular (?:da|pela)|se "
        r"matar|se suicidar|se enforcar|tirar a (?:própria )?vida)",
        r"(?:parla|parlava|minaccia|dice che (?:si )?vuole) (?:di )?(?:buttarsi|lanciarsi|"
        r"uccidersi|suicidarsi|impiccarsi|farla finita)",
        r"(?:redet|spricht|sprach|droht) (?:\w+ ){0,2}?davon,? ?(?:sich )?(?:aus dem fenster zu "
        r"springen|sich umzubringen|umzubringen|sich das leben zu nehmen|zu springen)",
    ),
}
