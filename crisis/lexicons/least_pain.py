"""The least painful way, asked bare, with no job and no death named ("kaunsa tareeka sabse kam
dard wala hai? bas aise hi pooch raha hu", "¿cuál es la forma menos dolorosa? solo pregunto"):
a method question, the full reply, in romanised Hindi and Hindi, Spanish, Portuguese, Italian,
French, German, Russian, Ukrainian, Polish, Turkish, Indonesian and Malay, Tagalog, Arabic,
Vietnamese, Chinese, Japanese and Korean; and in Arabic the fastest or easiest way "without pain"
("ما هي أسرع طريقة بدون ألم؟"). The lexicons read the way beside a word of dying; asked
bare, the way is as plain a question, and the words of dying are left out on purpose.

A job named anywhere in the message makes it the job's way: waxing or a tattoo, a tooth, a birth,
an injection, a plaster pulled off, hair, a break-up or news to tell, a pet put to sleep; so does
a job named right after the way in the languages that put it there ("la forma menos dolorosa de
depilarse", "menos doloroso para tirar o curativo"). Written folded (see ``crisis.lexicons``);
pure.
"""

# A job named anywhere in the message.
_NO_JOB = (
    r"(?!.*(?:\b(?:wax\w*|vaxing|depil\w*|tattoo\w*|tatu\w*|tatoua\w*|piercing|pierc\w*|"
    r"brinco|orecchin\w*|daant|dant|tooth|teeth|diente|muela|dente|dent|zahn|зуб\w*|ząb|zęb\w*|"
    r"diş|dişim\w*|dişler\w*|gigi|ngipin|răng|delivery|parto|birth|accouchement|geburt|роды|родов|пологи|poród|"
    r"doğum|melahirkan|lahiran|manganak|sinh con|injection|inject\w*|inyecci\w*|injeç\w*|"
    r"iniezion\w*|piqûre|spritze|укол\w*|zastrzyk\w*|iğne|suntik\w*|iniksyon|tiêm|vaccin\w*|"
    r"vacun\w*|impfung|prick|teeka|curativo|curita|tirita|cerotto|pansement|pflaster|"
    r"пластыр\w*|plaster|band aid|hair|pelo|cabelo|capelli|poils|haare|волос\w*|włos\w*|kıl|"
    r"rambut|buhok|lông|baal|cejas|sobrancelh\w*|sopracciglia|sourcils|augenbrauen|brows?|"
    r"thread\w*|periods?|regla|menstrua\w*|period|splinter|astilla|farpa|scheggia|écharde|"
    r"splitter|заноз\w*|drzazg\w*|kıymık|serpihan|salubsob|dằm|nakhun|unha|uñas?|unghie|"
    r"ongle\w*|nägel|ногт\w*|paznok\w*|tırnak|kuku|kuko|móng|break up|breakup|terminar con|"
    r"romper con|terminar o namoro|lasciar\w*|rompre|schluss machen|расстат\w*|"
    r"розійти\w*|rozstać|ayrıl\w*|putus|hiwalay|chia tay|decirle|contarle|contar pra|dire à|"
    r"sagen|сказать|сказати|powiedzieć|söyle\w*|bilang|nói với|bebek|perro|gato|mascota|cão|"
    r"cachorro|cane|chien|hund|кот|кота|коту|котик\w*|кошк\w*|собак\w*|kot|kotka|kotek|psa|kedi|köpek|kucing|"
    r"anjing|aso|pusa|chó|mèo|gym|exercise|ejercicio|exercício|sport|workout|kaanta|chhed|"
    r"kaan|naak|operation|operaci\w*|cirurgia|surgery|операц\w*|ameliyat|operasi|opera\w*|"
    r"(?:ال)?(?:ضرس|اسنان|سني|خلع|ولاده|حقنه|ابره|وشم|شمع|قطه|قطتي|كلب|كلبي))\b|"
    r"牙|歯|이빨|치아|分手|別れ|헤어|生孩子|出産|출산|打针|打針|注射|주사|纹身|紋身|刺青|タトゥー|"
    r"타투|脱毛|제모|猫|狗|犬|개|고양이))"
)
# ...a job named right after the way ("menos dolorosa de depilarse", "para tirar o curativo").
_NO_JOB_AFTER = (
    r"(?! (?:de|para|pra|pa|di|per|pour|du|de la|um|zu|для|чтобы|щоб|do|żeby|için|untuk|buat|"
    r"para sa|sa pag|để)\b)"
)

_WAYS = (
    # Hinglish and Hindi: "kaunsa tareeka sabse kam dard wala hai"
    r"(?:kaunsa|kaun sa|konsa|kon sa|kaunsi|kaun si|koi|kya) (?:\w+ )?(?:tareeka|tarika|tarike|"
    r"tareeke|raasta|rasta|way) (?:\w+ ){0,3}?(?:sabse kam dard|sab se kam dard|kam se kam dard|"
    r"sabse kam takleef|least painful)",
    r"(?:sabse kam dard|sab se kam dard|kam se kam dard|sabse kam takleef) (?:wala |vala |wali |"
    r"vali |ka |ki )?(?:\w+ )?(?:tareeka|tarika|tarike|tareeke|raasta|rasta|way)",
    r"सबसे कम (?:दर्द|तकलीफ) (?:वाला|वाली|का) (?:तरीका|तरीक़ा|रास्ता|उपाय)",
    # Spanish, Portuguese, Italian, French, German
    r"(?:cuál|qué|cómo) (?:\w+ ){0,3}?(?:forma|manera|método|modo) (?:\w+ )?(?:menos dolorosa?|"
    r"sin dolor|más indolora?)" + _NO_JOB_AFTER,
    r"(?:qual|quais|como) (?:\w+ ){0,3}?(?:jeito|forma|maneira|método|modo) (?:\w+ )?(?:menos "
    r"doloros[oa]|sem dor|mais indolor)" + _NO_JOB_AFTER,
    r"(?:qual|quale|come) (?:\w+ ){0,3}?(?:modo|metodo|maniera) (?:\w+ )?(?:meno doloros[oa]|"
    r"più indolore|senza dolore)" + _NO_JOB_AFTER,
    r"(?:quelle|quel|comment) (?:\w+ ){0,3}?(?:façon|manière|méthode|moyen) (?:\w+ )?(?:la |le )?"
    r"(?:moins douloureu(?:se|x)|plus indolore|sans douleur)" + _NO_JOB_AFTER,
    # ...and Québec's "c'est quoi la façon la plus rapide pis la moins douloureuse": the question
    # asked with "c'est quoi", and a second wish ("la plus rapide") between the way and the pain
    r"(?:cest quoi|c quoi|quelle est|quel est|y a tu) (?:la |le |une |un )?(?:façon|manière|"
    r"méthode|moyen|affaire) (?:la |le )?(?:plus (?:rapide|sûre|simple|facile) )?(?:\w+ )?"
    r"(?:et |pis |puis )?(?:la |le )?(?:moins douloureu(?:se|x)|plus indolore|sans douleur|sans "
    r"souffrir)(?! (?:de|d\w+|pour|du|des|a|à)\b)",
    r"(?:welche|welcher|welches|was ist die|wie) (?:\w+ ){0,3}?(?:art|weg|methode|möglichkeit) "
    r"(?:\w+ )?(?:am wenigsten schmerzhaft|am schmerzlosesten|ohne schmerzen)" + _NO_JOB_AFTER,
    r"(?:schmerzloseste|am wenigsten schmerzhafte) (?:art|weg|methode)" + _NO_JOB_AFTER,
    # Russian, Ukrainian, Polish
    r"(?:наименее|самый|менее всего) (?:болезненн\w*|безболезненн\w*) (?:способ|метод)"
    + _NO_JOB_AFTER,
    r"(?:какой|какой же) (?:\w+ )?(?:способ|метод) (?:\w+ )?(?:наименее болезненн\w*|самый "
    r"безболезненн\w*|без боли)" + _NO_JOB_AFTER,
    r"(?:найменш (?:болюч|болісн)\w*|найбезболісніш\w*) (?:спосіб|метод)" + _NO_JOB_AFTER,
    r"(?:який) (?:\w+ )?(?:спосіб|метод) (?:\w+ )?(?:найменш (?:болюч|болісн)\w*|"
    r"найбезболісніш\w*|без болю)" + _NO_JOB_AFTER,
    r"(?:najmniej bolesn\w*|najbardziej bezbolesn\w*) (?:sposób|metoda|metodę)" + _NO_JOB_AFTER,
    r"(?:jaki|który) (?:\w+ )?(?:sposób|metoda) (?:\w+ )?(?:jest )?(?:najmniej bolesn\w*|"
    r"bez bólu)" + _NO_JOB_AFTER,
    # Turkish: "en az acı veren yol hangisi"
    r"en (?:az acı veren|az acılı|acısız) (?:yol|yöntem|şekil)\w*(?: hangisi| ne)",
    # Indonesian and Malay, Tagalog
    r"cara (?:yang |yg )?(?:paling )?(?:nggak|gak|ga|tidak|tak|enggak|ngga) (?:terlalu )?"
    r"(?:sakit|menyakitkan)(?: itu)? (?:apa|gimana|bagaimana)",
    r"(?:apa|gimana) cara (?:yang |yg )?(?:paling )?(?:nggak|gak|ga|tidak|tak|enggak) "
    r"(?:sakit|menyakitkan)\s*$",
    r"(?:pinaka|pinakang) (?:hindi|di) masakit na (?:paraan|way)|(?:anong|ano ang|ano yung) "
    r"paraan (?:na )?(?:pinaka )?(?:hindi|di) masakit",
    # Arabic, Vietnamese
    r"(?:ال)?طريقه (?:ال)?(?:اقل|اخف) (?:الما|ايلاما|الم|وجعا|وجع)|(?:اقل|اخف) طريقه "
    r"(?:مولمه|موجعه|فيها الم)",
    r"cách (?:nào )?(?:ít đau nhất|đỡ đau nhất|không đau nhất)",
    # ...and the fastest or easiest way "without pain" ("ما هي أسرع طريقة بدون ألم"), no job
    # named in the word after it (hair, a birth, weight, sleep: "لإزالة الشعر", "للنوم")
    r"(?:اسرع|اسهل|احسن|افضل|اضمن) (?:طريقه|وسيله)(?! (?:ل|لل|عشان|حتى|كي)[^ ]*) (?:[^ ]+ )?"
    r"(?:بدون|بلا|من غير|من دون|دون|ما فيها|مافيها) (?:اي )?(?:الم|وجع|عذاب|معاناه)"
    r"(?!.*(?:شعر|ازاله|ولاده|تاتو|وشم|حقن|ابر|ضرس|اسنان|تخسيس|وزن|رجيم|النوم|انام|تنظيف|حلاقه|"
    r"رموش|حواجب|ثقب|بشره|دهون|كرش|خياطه|جرح|قطتي|كلبي))",

    # Chinese, Japanese, Korean
    r"(?:最不痛|最不疼|最没有痛苦|最沒有痛苦|最不痛苦|最少痛苦|痛苦最少)的(?:方法|方式|办法|辦法)",
    r"(?:一番|いちばん|最も)(?:痛くない|苦しくない)(?:方法|やり方)",
    r"(?:제일|가장) (?:안 ?아픈|덜 ?아픈|고통 ?없는|고통이 ?적은) 방법",
)

# The way for a job named right after it ("de depilarse", "pra tirar o curativo", "per fare un
# tatuaggio", "ng pagpapa-tattoo"), which the classifier reads as a method question: no death
# named after it.
_FOR_A_JOB = (
    r"(?:(?:forma|manera|jeito|modo|método|metodo|maniera) (?:más |mais |più )?(?:menos|meno) "
    r"doloros[oa] (?:de|para|pra|pa|per|di)|(?:façon|manière|méthode|moyen) (?:la |le )?moins "
    r"douloureu(?:se|x) (?:de|d|pour)|(?:pinaka|pinakang) (?:hindi|di) masakit na paraan "
    r"(?:ng|sa|para sa|para)) "
    r"(?!(?:\w+ )?(?:morir|morirme|morrer|matar\w*|suicid\w*|acabar|quitarme|quitar la vida|"
    r"tirar a|tirar minha|terminar|irme|ir embora|partir|dejar de|deixar de|desaparecer|sumir|"
    r"dormir|no despertar|nao acordar|não acordar|hacerlo|fazer isso|cortar\w*|colgar\w*|"
    r"ahorcar\w*|enforcar\w*|tirarme|lanzarme|jogar\w*|me jogar|saltar|pular|envenenar\w*|"
    r"irse|se ir|ir\b|morire|uccider\w*|ammazzar\w*|farla finita|toglier\w*|buttar\w*|"
    r"mourir|me tuer|en finir|sauter|mamatay|magpakamatay|wakasan|tapusin))\w+"
)

LEXICON = {
    "guard": (_FOR_A_JOB,),
    # one phrase for all the ways: read once from the message's start, not once a way at each word
    "method": ("^(?=.*(?:" + "|".join(_WAYS) + "))" + _NO_JOB,),
}
