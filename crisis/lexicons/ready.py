"""Kinds a blind set found missed in other languages, across the languages they are told in:

- ``method``: a way asked only by being quick and painless, with nothing named to do (Russian
  "какой способ самый быстрый и чтоб без боли", Spanish, Portuguese, French, German,
  Ukrainian); a painless way of dying in Japanese (痛くない死に方) and Chinese (不痛的死法);
  how many tablets not to wake, or the quickest way to die, in Tagalog;
- ``intent``: a gun put to one's own head or in one's mouth, told as done (Portuguese "encostei
  a arma na cabeça", Spanish, French, German, Italian, Russian, Tagalog); shooting oneself,
  announced (Spanish "me voy a pegar un tiro", Russian "застрелюсь", and eleven more); tired of
  living with a word between (Russian "устал я жить", Ukrainian);
- ``prepare``: sleeping pills gathered for weeks (Indonesian "obat tidur udah aku kumpulin"), a
  means made ready beside the writer with an apology to the family (Tagalog);
- ``passive``: wanting to sleep and not wake (Tagalog "matulog at hindi na magising");
- ``self_harm``: a blade bought "just for that" (Portuguese "só pra isso", Spanish, French);
- ``other``: someone's "can't take any more" reported beside a gun they keep at hand (Spanish,
  Portuguese, French, Italian, German); someone who wrote "look after mum" and has been silent since
  (Spanish, Portuguese, German, French, Russian); someone who will take their own life, told in the
  present (German "dass er sich heute Nacht das Leben nimmt"); someone close on a roof or a bridge
  who will not come down (Portuguese, Spanish, French, German, Italian);
- ``check``: "end it" tonight, with nothing named to finish (Korean); "I don't want to any
  more" with nothing after it to stop doing (German "ich will einfach nicht mehr", Polish);
  leaving "forever" with nothing left after it (Ukrainian "думаю піти назавжди", Russian);
- ``distress``: everything empty and no one to talk to (Japanese), nightmares, crying on waking
  and nobody to tell (Chinese), lonely and understood by no one at home (Arabic).

Their lookalikes stay quiet: a quick painless way to remove hair or a tooth (an object named after
the way), a gun put to a suspect's head at work (someone else's head), the old medicine gathered to
take back to the pharmacy, a gun made ready for the next shift, razor blades bought for a shaver, a
father on the roof fixing the aerial, a friend who can't stand a job, a gun too heavy at training, a
silence explained by a flight or a shift, finishing a project tonight, an empty fridge, leaving a
job or a partner forever, a shot at goal, a film binged ("mi sparo un film"), shooting oneself "from
boredom" or in the foot, and German "ich könnte mich erschießen" said of a lost key. Written folded
(see ``crisis.lexicons``); pure, nothing here logs. A Tagalog question about medicine for a fever,
a way to lose weight and a dose given to a patient at work (Spanish, Portuguese, German, French)
are kept from the classifier too (``routine``, ``guard``).
"""

from crisis.lexicons.common import G

# a purpose named after the way: hair, a tooth, weight, a journey
_NO_OBJECT_RU = (
    r"(?! (?:для|при|удален\w*|эпиляц\w*|похуд\w*|лечени\w*|сделать|добраться|выучить|"
    r"видал\w*|епіляц\w*|схудн\w*|лікуван\w*|зробити|дістатися|доїхати|вивчити)\b)"
)
_NO_OBJECT = r"(?! (?:de|del|da|do|para|pra|pour|du|des|für|fur|zum|zur|beim|um)\b)"

# a person close to the writer, in the Romance languages and German
_CLOSE_PT = (
    r"(?:meu|minha) (?:pai|mae|irmao|irma|amigo|amiga|marido|esposa|mulher|filho|filha|namorado|"
    r"namorada|vizinho|vizinha|colega|parceiro|parceira|tio|tia|avo|primo|prima)"
)
_CLOSE_ES = (
    r"mi (?:papa|padre|madre|mama|hermano|hermana|amigo|amiga|esposo|esposa|marido|mujer|hijo|"
    r"hija|novio|novia|vecino|vecina|companero|compañero|companera|compañera|tio|tia|abuelo|abuela)"
)
# ...up there to mend or to eat: no crisis
_ERRAND = (
    r"(?!.*\b(?:consert\w*|arrum\w*|limpa\w*|antena|calha\w*|telhas?|pinta\w*|almoc\w*|jantar|"
    r"arregl\w*|repar\w*|reparier\w*|comer|comida|manger|mangiare|pranzo|cena|essen|gato|gata|"
    r"perro|chat|katze|gatto|drone|pipa|cometa|fotos?|selfie|sistem\w*|aggiust\w*|antenna|"
    r"grondaia|tegol\w*|gouttiere|tuiles?|fini\w*|finir|termin\w*|rinne|ziegel\w*|"
    r"dachrinne|fertig)\b)"
)


# ...not a gun too heavy at training or at the range
_AT_TRAINING = (
    r"(?!.*\b(?:training|ausbildung|schiessausbildung|schießausbildung|schiessstand|schießstand|"
    r"range|poligono|polígono|stand de tir|treino|treinamento|entrenamiento|addestramento|"
    r"qualif\w*|pesa|schwer|lourd|lourde|pesante|pesada|pesado)\b)"
)

# ...said of one more spreadsheet or report: "ich erschieße mich, wenn ich noch eine Tabelle sehe"
_ONE_MORE_DE = r"(?!.*\bwenn (?:ich )?noch (?:ein|eine|einen|einer|mal)\b)"
_ONE_MORE_RU = r"(?!.*\bесли (?:ещ[её] )?(?:раз|хоть раз|одн\w*)\b)"
# everyday doses given to a patient at work, which the classifier reads as an overdose
_DOSE_GIVEN = r"\d+(?:[.,]\d+)? ?(?:mg|mcg|ml|ug|µg)"

# ...a silence with its reason: a trip, a flight, a shift, a phone out of battery
_SILENCE_WHY = (
    r"(?!.*\b(?:viaje|vuelo|avion|viagem|voo|aviao|plantao|reise|flug|flugzeug|schicht|voyage|"
    r"vol|garde|поездк\w*|самол[её]т\w*|рейс\w*|смен\w*|bateria|batterie|akku|заряд\w*|"
    r"trabajo|trabalho|arbeit|travail|работ\w*)\b)"
)


def _handed_then_silent(told: str, handed: str, silent: str) -> str:
    """Someone who wrote "look after mum" and has been silent since, with no reason for it."""
    return told + _SILENCE_WHY + r" (?:\w+ ){0,4}?" + handed + r"\b(?=.*\b" + silent + r"\b)"


def _told_with_a_gun(told: str, cannot: str, gun: str) -> tuple[str, str]:
    """Someone's "can't take any more" reported beside a gun they keep, in either order."""
    gap = r"(?:\w+ ){0,12}?"
    told += _AT_TRAINING
    return (
        told + r" " + gap + cannot + r"\b" + r"(?: \w+){0,12}? " + gun + r"\b",
        told + r" " + gap + gun + r"\b" + r"(?: \w+){0,12}? " + cannot + r"\b",
    )


LEXICON = {
    # Tagalog everyday medicine and a diet, which the classifier reads as an overdose or a way
    "routine": (
        r"(?:le di|administre|puse|le puse|inyecte) (?:\w+ ){0,4}?" + _DOSE_GIVEN
        + r"(?=.*\b(?:paciente|ambulancia|urgencias)\b)",
        r"(?:dei|administrei|apliquei|fiz) (?:\w+ ){0,4}?" + _DOSE_GIVEN
        + r"(?=.*\b(?:paciente|viatura|ambulancia|samu|plantao)\b)",
        r"(?:dem patienten|der patientin|dem pat) (?:\w+ ){0,4}?" + _DOSE_GIVEN,
        r"(?:donne|administre|injecte) (?:\w+ ){0,4}?" + _DOSE_GIVEN + r"(?=.*\b(?:patient|"
        r"patiente|ambulance|samu|smur)\b)",
        r"(?:ilang|anong|ano ang|gaano karami) (?:\w+ ){0,3}?para sa (?:lagnat|sakit ng ulo|ubo|"
        r"sipon|trangkaso|allergy|altapresyon|sakit ng tiyan)",
    ),
    "guard": (
        r"para (?:pumayat|tumaba|lumakas|gumaling|tumangkad)",
        # a quick or painless way with its everyday job named after it: a tooth, a splinter, hair
        r"(?:jeito|forma|maneira|metodo)s? (?:\w+ ){0,4}?(?:sem dor|indolor)(?: \w+){0,2}? "
        r"(?:de|pra|para) (?:tirar|arrancar|extrair|remover|depilar|tatuar|furar|aprender|chegar|"
        r"emagrecer|curar|tratar)\b",
        r"(?:forma|manera|metodo)s? (?:\w+ ){0,4}?(?:sin dolor|indolora|indoloro)(?: \w+){0,2}? "
        r"(?:de|para) (?:quitar|sacar|extraer|arrancar|depilar|tatuar|aprender|llegar|adelgazar|"
        r"curar)\b",
        r"(?:facon|methode|maniere)s? (?:\w+ ){0,4}?(?:sans douleur|indolore)(?: \w+){0,2}? "
        r"(?:de|pour|d) ?(?:enlever|retirer|arracher|extraire|epiler|tatouer|apprendre|aller|"
        r"arriver|maigrir|soigner)\b",
        # on the roof for a repair, the thing mended named: an aerial, a gutter, tiles
        r"(?:sul tetto|na dachu|di atap|sur le toit|auf dem dach|no telhado|en el techo)\b"
        r"(?: \w+){0,10}? (?:antenn\w*|lantenna|anten\w*|grondai\w*|tegol\w*|pannell\w*|genteng|"
        r"rynn\w*|dachowk\w*|gouttiere|tuiles?|antenne|dachrinne|ziegel\w*|telhas?|calhas?|"
        r"tejas?|canalet\w*|parabol\w*)\b",
        # "I don't want to any more" with the thing to stop named: a diet, a job, a commute
        r"ich (?:will|mag) (?:\w+ ){0,2}?(?:nicht|nich) mehr (?:\w+ ){0,2}?(?:diat|diät|arbeiten|"
        r"lernen|warten|rauchen|trinken|joggen|putzen|kochen|pendeln|studieren|halten|machen)\b"
        r"(?!.*\b(?:leben|aufwachen|existieren|sterben|da sein)\b)",
        r"(?:acisiz|en hizli|en kolay)(?: \w+){0,3}? (?:alma|alinmasi|cekme|cekilmesi|cikarma|"
        r"temizleme|ogrenme|gitme|zayiflama|verme|giderme|sokme|aldirma) (?:yolu|yontemi|yontem)\b",
        # a boss or a job named as what can't be stood any more
        r"(?:ya )?no (?:aguanta|soporta|puede con)(?: mas)? (?:a |con )?(?:su|el|la|este|esta|ese|"
        r"esa) (?:jefe|jefa|trabajo|curro|chamba|turno|oficina|obra|empresa|puesto)\b",
        r"(?:nao aguenta|nao suporta)(?: mais)? (?:o|a|esse|essa|seu|sua) (?:chefe|trabalho|"
        r"emprego|plantao|servico|empresa|obra)\b",
        r"(?:nen peut plus|ne supporte plus) (?:de |d )?(?:son|sa|ce|cette|le|la) (?:boulot|"
        r"travail|chef|cheffe|patron|patronne|chantier|poste|service)\b",
        # old or spare medicine gathered to be thrown out or taken back to the pharmacy
        r"(?:obat|pil|tablet)\w*(?: \w+){0,6}? (?:dibuang|buang|ke apotek|dikembalikan|balikin|"
        r"didonasikan|kadaluarsa|kedaluwarsa|expired)\b"
        r"(?!.*\b(?:mati|bunuh diri|sekaligus|minum semua|telan semua)\b)",
    ),
    "method": (
        # Russian, Ukrainian: which way is quickest and painless, nothing named to do
        r"(?:какой|каки|какои) способ (?:сам\w+ )?(?:быстр|безболезненн|надежн|над[её]жн|легк|"
        r"л[её]гк)\w*(?: и)? (?:\w+ ){0,2}?(?:без боли|безболезненн\w*|не больно|не мучиться)"
        + _NO_OBJECT_RU,
        r"(?:який|яки|якии) спос\w+ (?:най\w+ )?(?:швидк|найшвидш|безболісн|надійн)\w*(?: і)? "
        r"(?:\w+ ){0,2}?(?:без болю|безболісн\w*|не боляче)" + _NO_OBJECT_RU,
        # Spanish, Portuguese, French, German
        r"(?:cual|que) (?:es )?(?:la )?(?:forma|manera|metodo) (?:mas )?(?:rapida|rapido|facil|"
        r"segura|seguro) y (?:sin dolor|indolora|indoloro|que no duela)" + _NO_OBJECT,
        r"(?:qual|que) (?:e )?(?:o |a )?(?:jeito|forma|maneira|metodo) (?:mais )?(?:rapido|rapida|"
        r"facil|seguro) e (?:sem dor|indolor|que nao doa)" + _NO_OBJECT,
        r"quelle (?:est )?(?:la )?(?:facon|methode|maniere) (?:la )?(?:plus )?(?:rapide|sure) et "
        r"(?:sans douleur|indolore)" + _NO_OBJECT,
        r"welche (?:methode|art|weise) (?:ist )?(?:am )?(?:schnellsten|sichersten) und "
        r"(?:schmerzlos|ohne schmerzen)" + _NO_OBJECT,
        # Tagalog: how many tablets not to wake, the quickest or a painless way to die
        r"ilang (?:\w+ )?(?:tableta|pills?|gamot|piraso|kapsula)\w* (?:\w+ ){0,3}?(?:para|upang) "
        r"(?:hindi na (?:magising|gumising)|mamatay|magpakamatay)",
        r"(?:pinakamabilis|pinakamadali|walang sakit|hindi masakit)(?: na)? (?:na )?(?:paraan|"
        r"paano) (?:\w+ )?(?:para |upang )?(?:mamatay|magpakamatay)",
        r"paano (?:mamatay|magpakamatay) (?:nang|ng) (?:walang sakit|mabilis|hindi masakit)",
        # Japanese, Chinese: a painless way of dying
        r"(?:痛くない|苦しくない|楽な|確実な|簡単な)死に方",
        r"死に方(?:って|を|は)?(?:教えて|知りたい)",
        r"(?:不痛|无痛|不疼|没有痛苦|不痛苦|最快)的(?:死法|自杀方法|死的方法|死亡方式)",
    ),
    "intent": (
        # a gun put to one's own head, in one's mouth; not to someone else's ("do suspeito")
        r"(?:encostei|coloquei|pus|botei|apontei) (?:a |o )?(?:arma|revolver|pistola|cano|"
        r"fuzil|espingarda)\w* (?:\w+ ){0,3}?(?:na|em|contra|pra) (?:minha )?(?:cabeca|testa|"
        r"tempora|boca)(?! d[oae]s?\b| dele| dela)",
        r"(?:me puse|me apunte|puse|apunte) (?:la |el )?(?:pistola|arma|revolver|cañon|canon|"
        r"escopeta)\w* (?:\w+ ){0,3}?(?:en|a|contra) (?:la |mi )?(?:cabeza|sien|boca)"
        r"(?! del?\b)",
        r"(?:mis|pose|colle|pointe|braque) (?:le |mon |l |la )?(?:flingue|arme|pistolet|revolver|"
        r"canon|fusil)\w* (?:\w+ ){0,3}?(?:sur|contre|dans) (?:ma |la )?(?:tempe|tete|bouche)"
        r"(?! du\b| de\b)",
        r"(?:waffe|pistole|dienstwaffe|knarre|gewehr|revolver) (?:\w+ ){0,3}?an (?:meinen|meine|"
        r"die|den) (?:kopf|schlafe|schläfe) (?:gehalten|gesetzt|gedruckt|gedrückt)",
        r"(?:mi sono puntato|mi sono puntata|ho puntato|ho messo|ho appoggiato) (?:la |il )?"
        r"(?:pistola|arma|canna|fucile)\w* (?:\w+ ){0,2}?(?:alla|in|sulla|contro la) (?:mia )?"
        r"(?:testa|tempia|bocca)(?! del\w*\b| di\b)",
        r"(?:приставил\w*|прислонил\w*|приложил\w*|направил\w* себе) (?:\w+ )?(?:пистолет|ствол|"
        r"оружие|ружь\w*|обрез) (?:\w+ )?(?:к|в) (?:своему |свой )?(?:голове|виску|рот)",
        r"(?:itinutok|tinutok|idinikit|nilagay) ko (?:ang |yung )?baril (?:\w+ ){0,2}?sa "
        r"(?:ulo|sentido|bibig) ko",
        # shooting oneself, announced: "me voy a pegar un tiro", "застрелюсь из табельного"
        r"(?:pegarme|darme) un tiro(?! (?:a|al|en el) (?:puerta|arco|palo|pie)\b)|me (?:voy a |"
        r"quiero |voy a |pienso )?(?:pegar|dar) un tiro(?! (?:a|al|en el) (?:puerta|arco|palo|"
        r"pie)\b)|volarme la cabeza|me volare la cabeza",
        r"(?:vou|quero|vontade de|penso em) (?:me )?(?:dar|meter) (?:um tiro|uma bala) (?:na minha "
        r"cabeca|em mim|na cabeca|na boca)(?! d[oae]s?\b| dele| dela)|me dar um tiro(?! no pe\b)|"
        r"estourar (?:os )?meus miolos",
        r"(?:je vais|je veux|envie de|jvais) (?:\w+ )?me (?:tirer|mettre) une balle(?! dans le "
        r"pied)|me faire sauter la cervelle|me bruler la cervelle",
        r"(?<!konnte )(?<!konnt )(?:ich )?erschiesse mich(?! vor)" + _ONE_MORE_DE
        + r"|(?:will|werde|mochte|möchte) mich (?:\w+ ){0,5}?erschiessen|mir (?:eine|die) kugel "
        r"(?:\w+ )?(?:in den|durch den) kopf",
        r"(?:mi sparo|mi sparero|mi voglio sparare|spararmi)(?! (?:un|una|le|la|il|i|gli|delle|"
        r"dei|due|tre|l|tutta|tutto|tutti|tutte|quel|quella|questo|questa)\b)"
        r"(?! \w+ (?:film|serie|pizza|episodi)\b)",
        r"застрел(?:юсь|иться)(?! (?:можно|со скуки|от скуки)\b)" + _ONE_MORE_RU
        + r"|пущу (?:себе )?пулю в (?:лоб|висок|голову)|пустить себе пулю",
        r"застрелю(?:ся|сь)" + _ONE_MORE_RU
        + r"|застрелитися|пущу (?:собі )?кулю в (?:лоб|скроню|голову)",
        r"zastrzele sie(?! z nudow)|zastrzelic sie(?! mozna)|strzele sobie w (?:leb|glowe)",
        r"kendimi (?:vuracagim|vurcam|vurucam|vurmak istiyorum)|kafama (?:sikacagim|sikcam)",
        r"(?:mau|ingin|pengen|akan|bakal) (?:\w+ )?(?:nembak|menembak) (?:diri sendiri|diriku|"
        r"kepala (?:aku|saya|gue|sendiri))",
        r"(?:babarilin|barilin) ko (?:ang )?sarili ko|magbabaril ako sa sarili",
        r"खुद को गोली (?:मार|मारना|मारूंगा|मारूँगा)|khud ko goli (?:maar|mar)",
        r"用枪(?:结束|杀死|打死)(?:我)?自己|开枪(?:自杀|打死自己)|一枪(?:崩了|打死)(?:我)?自己",
        r"(?:銃|拳銃)で(?:自分を)?撃(?:つ|って|ち)(?:死|つもり|たい)|自分を(?:銃で)?撃(?:つ|ち)",
        r"총으로 (?:나를|날|내 ?머리를|자신을) ?(?:쏠|쏘고|쏴)",
        # tired of living, with a word between
        r"устал\w* (?:я |уже |я уже |так )жить(?! (?:в|на|с|у|рядом|около|здесь|тут|там|под)\b)",
        r"втомив\w* (?:я |вже |я вже |так )?жити(?! (?:в|у|на|з|біля|тут|там)\b)",
    ),
    "prepare": (
        # sleeping pills gathered for weeks, not to be handed back
        r"(?:obat|pil|tablet)\w* (?:tidur |penenang )?(?:\w+ ){0,2}?(?:kumpul\w*|kukumpul\w*|"
        r"ngumpul\w*|mengumpul\w*|timbun\w*|kutimbun\w*|nimbun\w*|menimbun\w*|nabung\w*)"
        r"(?!.*\b(?:buang|dibuang|apotek|kadaluarsa|kedaluwarsa|expired|donasi|dikembalikan|"
        r"balikin)\b)",
        r"(?:kukumpul\w*|kumpulin|ngumpulin|mengumpulkan|nimbun|menimbun|kutimbun) (?:\w+ )?"
        r"(?:obat|pil|tablet)\w* (?:tidur|penenang)\b(?!.*\b(?:buang|dibuang|apotek|kadaluarsa|"
        r"kedaluwarsa|expired|donasi|dikembalikan|balikin)\b)",
        # a means made ready beside the writer, and an apology to the family
        r"(?:nakahanda|handa|ready) na (?:\w+ ){0,3}?(?:baril|lubid|kutsilyo|gamot|tableta|"
        r"blade)\w*"
        r"(?=.*\b(?:pasensya|patawad|paalam|sorry) (?:na )?(?:po )?(?:sa )?(?:pamilya|anak|asawa|"
        r"nanay|tatay|inyo|lahat|kayo|mama|papa))",
    ),
    "passive": (
        r"(?:gusto ko|sana|gusto ko na lang|sana na lang) (?:\w+ ){0,3}?(?:matulog|makatulog) "
        r"(?:\w+ ){0,2}?hindi na (?:magising|gumising|ako magigising)",
    ),
    "self_harm": (
        # a blade bought just for that
        r"comprei (?:uma |umas |um |uns )?(?:lamina|gilete|estilete|navalha)s? (?:\w+ ){0,2}?"
        r"(?:so )?(?:pra|para) (?:isso|me cortar|me machucar|me ferir)\b",
        r"(?:compre|consegui) (?:una |unas |un )?(?:cuchilla|navaja|cuter|cutter|hojilla)s? "
        r"(?:\w+ ){0,2}?(?:solo )?para (?:eso|cortarme|hacerme dano|hacerme daño|lastimarme)\b",
        r"jai achete (?:une |des )?(?:lames?|cutter) (?:\w+ ){0,2}?(?:juste )?pour (?:ca|me "
        r"couper|me faire du mal|me scarifier)\b",
    ),
    "other": (
        # someone's "can't take any more" reported beside a gun they keep at hand
        *_told_with_a_gun(
            r"(?:me dijo|me dice|me escribio|me conto|dijo) que",
            r"(?:ya no (?:aguanta|puede)(?! mas\b)|(?:ya )?no (?:aguanta|puede) mas)"
            r"(?! (?:el|la|los|las|a|al|su|sus|con|en|de|del|este|esta|ese|esa)\b)",
            r"(?:pistola|arma|revolver|escopeta|rifle)",
        ),
        *_told_with_a_gun(
            r"(?:me disse|disse|falou|me contou|me escreveu) que",
            r"(?:nao aguenta mais|nao consegue mais|nao suporta mais)(?! (?:o|a|os|as|esse|essa|"
            r"com|no|na)\b)",
            r"(?:arma|revolver|pistola|espingarda)",
        ),
        *_told_with_a_gun(
            r"(?:ma dit|il a dit|elle a dit|ma ecrit|ma avoue) (?:qu|que)\w*",
            r"(?:nen peut plus|ne tient plus|tient plus le coup)(?! (?:de|du|des|d|avec|au|a|ce|"
            r"cette|son|sa|ses)\b)",
            r"(?:arme|flingue|pistolet|fusil|revolver)",
        ),
        *_told_with_a_gun(
            r"(?:mi ha detto|ha detto|mi ha scritto) che",
            r"non ce la fa piu",
            r"(?:pistola|arma|fucile|revolver)",
        ),
        *_told_with_a_gun(
            r"(?:hat mir gesagt|hat gesagt|sagte mir|sagte|schrieb mir|hat geschrieben) dass",
            r"(?:er|sie) (?:einfach )?nicht mehr kann",
            r"(?:waffe|pistole|dienstwaffe|gewehr|knarre|revolver)",
        ),
        # "look after mum" written, then silence
        _handed_then_silent(
            r"(?:decia|escribio|dijo|mando|me mando)",
            r"(?:cuiden|cuida|cuidame|cuidad|cuidas)",
            r"(?:ya no contesta|no contesta|no responde|apago|apagado|no lo coge)",
        ),
        _handed_then_silent(
            r"(?:mandou|escreveu|disse|falou)",
            r"(?:cuidem|cuida|cuide|tomem conta|toma conta)",
            r"(?:desligou|nao atende|nao responde|sumiu|sem resposta|nao visualiza)",
        ),
        _handed_then_silent(
            r"(?:geschrieben|schrieb|sagte|gesagt)",
            r"(?:pass auf|passt auf|kummert euch|kummere dich|kümmert euch|kümmere dich)",
            r"(?:nicht ans (?:handy|telefon)|antwortet nicht|geht nicht ran|handy ist aus)",
        ),
        _handed_then_silent(
            r"(?:ecrit|dit|envoye)",
            r"(?:prends soin|prenez soin|occupe toi|occupez vous|veille sur|veillez sur)",
            r"(?:ne repond plus|repond plus|ne decroche (?:plus|pas)|telephone (?:est )?eteint)",
        ),
        _handed_then_silent(
            r"(?:написал\w*|сказал\w*|прислал\w*)",
            r"(?:береги|берегите|позаботься|позаботьтесь|присмотри|присмотрите)",
            r"(?:не отвечает|не берет|выключен|пропал)",
        ),
        # the present for the future: "dass er sich heute Nacht das Leben nimmt"
        r"(?:dass|das) (?:er|sie) sich " + G + r"(?:das leben nimmt|umbringt|totet|tötet|"
        r"erschiesst|erschießt|erhangt|erhängt)\b",
        # someone close on a roof or a bridge who will not come down
        _CLOSE_PT + r"\b(?: \w+){0,8}? (?:no|na|em cima do|em cima da|na beira do|na beira da) "
        r"(?:telhado|ponte|parapeito|beirada|laje|viaduto|janela|sacada|varanda|terraco)\b"
        r"(?: \w+){0,6}? (?:nao quer descer|nao desce|se recusa a descer|nao quer sair de la|"
        r"ameaca pular|diz que vai pular|falando em pular)\b" + _ERRAND,
        _CLOSE_ES + r"\b(?: \w+){0,8}? (?:en|sobre) (?:el |la )?(?:techo|tejado|azotea|puente|"
        r"cornisa|borde|balcon|viaducto)\b(?: \w+){0,6}? (?:no (?:se )?quiere bajar\w*|se niega a "
        r"bajar|amenaza con (?:tirarse|saltar)|dice que se va a tirar)\b" + _ERRAND,
        r"(?:mon|ma) (?:pere|mere|frere|soeur|sœur|ami|amie|mari|femme|fils|fille|copain|copine|"
        r"voisin|voisine|collegue)\b(?: \w+){0,8}? sur (?:le |la )?(?:toit|pont|corniche|rebord|"
        r"balcon)\b"
        r"(?: \w+){0,6}? (?:refuse de descendre|ne veut pas descendre|veut sauter|menace de "
        r"sauter)\b" + _ERRAND,
        r"(?:mein|meine) (?:vater|mutter|bruder|schwester|freund|freundin|mann|frau|sohn|tochter|"
        r"kamerad|kollege|kollegin|nachbar|nachbarin)\b(?: \w+){0,8}? (?:auf dem dach|auf der "
        r"brucke|auf der brücke|auf dem balkon|am gelander|am geländer|auf dem sims)\b"
        r"(?: \w+){0,6}? (?:will nicht (?:runter|herunter)\w*|kommt nicht (?:runter|herunter)|will "
        r"springen|droht zu springen)\b" + _ERRAND,
        r"(?:mio|mia) (?:padre|madre|papa|mamma|fratello|sorella|amico|amica|marito|moglie|figlio|"
        r"figlia|ragazzo|ragazza|vicino|vicina|collega)\b(?: \w+){0,8}? (?:sul tetto|sul ponte|sul "
        r"cornicione|sul balcone)\b(?: \w+){0,6}? (?:non vuole scendere|non scende|vuole buttarsi|"
        r"minaccia di buttarsi)\b" + _ERRAND,
    ),
    "check": (
        # "ich will nicht mehr" with nothing after it to stop doing: "..., alles ist sinnlos"
        r"ich (?:will|mag) (?:einfach |echt |wirklich |halt |so )?(?:nicht|nich) mehr"
        r"(?= *$| (?:alles|ich|und|aber|so|leben|sein|weiter|es ist|das leben|mama|papa|bitte)\b)"
        # ...not a plate pushed away: "ich will nicht mehr, ich bin satt, danke"
        r"(?!.*\b(?:satt|essen|nachtisch|nachschlag|teller|portion|pizza|kuchen|suppe)\b)",
        r"(?:juz|już) nie (?:chce|chcę|moge|mogę)(?= *$| (?:zyc|żyć|tak|dalej|wszystko|i|ale)\b)",
        # "end it" tonight, with nothing named to finish
        r"(?:오늘 ?밤|이 ?밤)(?:엔|에는|에|은)? ?(?:그냥 )?(?:다 )?끝내고 ?싶",
        r"(?:모든 ?걸|모든 ?것을|내 ?인생을|인생을) (?:그냥 )?끝내고 ?싶",
        # leaving "forever", with nothing after it to leave
        r"(?:думаю|хочу|вирішив\w*|збираюсь|збираюся|готов\w*) (?:\w+ )?піти назавжди"
        r"(?! (?:з|із|від|до|на)\b)",
        r"(?:думаю|хочу|решил\w*|собираюсь|готов\w*) (?:\w+ )?уйти навсегда"
        r"(?! (?:из|от|с|к|на|в)\b)",
    ),
    "distress": (
        r"(?:全部|心|自分|毎日|人生|中身)が空っぽ",
        r"誰とも話せない|誰にも(?:話せない|言えない|相談できない)",
        r"不知道(?:跟|和|找|对|向)谁说",
        r"醒来就哭|一直做噩梦|每天都在哭",
        r"(?:حاسس|حاسه|اشعر|بحس|حاس) (?:ب)?(?:وحده|الوحده)",
        r"محدش فاهمنی|ما حدا فاهمنی|لا احد یفهمنی|ماحد فاهمنی",
    ),
}
