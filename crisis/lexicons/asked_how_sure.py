"""A way asked by how surely it ends things, whether a fall hurts or is quick, how many pills so
as not to wake, and a poison drunk just now, in Portuguese, Spanish, Indonesian and Malay,
Chinese, Japanese, Thai and romanised Hindi.

"qual o jeito mais certeiro de acabar com tudo", "sakit nggak kalau lompat dari lantai 20? cepet
nggak", "吃多少片安眠药才能确保不会醒过来", "ketamine kitna lena padega ki wapas na uthun": the
method kind, the full reply, whoever the writer says it is for. "bebi veneno de rato, foi agora",
"j'ai bu de la mort-aux-rats": the overdose kind. Sleeping pills kept back and "tonight"
("เก็บยานอนหลับไว้เยอะแล้ว"), and the urge to step off a station platform
("ホームで…一歩前に出たくなる"): the full reply.

A jump into a pool or from a diving board, rat poison bought or put out for rats, and a surest
way to pass an exam or quit smoking are not these and are not matched: the question names a
floor, a building or a bridge, the poison is drunk in the first person. Written folded (see
``crisis.lexicons``); pure.
"""

# What is ended: everything, one's life, oneself
_END_PT = (
    r"(?:acabar com tudo|acabar com (?:a )?minha vida|me matar|morrer|sumir de vez|partir de vez)"
)
_END_ES = r"(?:acabar con todo|acabar con mi vida|matarme|morir|quitarme la vida|irme para siempre)"
# A height jumped from: a floor, a building, a bridge, a roof (not a pool or a diving board)
_HEIGHT_ID = (
    r"(?:lantai|tingkat|gedung|apartemen|apartmen|jembatan|atap|rooftop|menara|flyover|"
    r"bangunan)"
)

LEXICON = {
    # the surest way to pass an exam, lose weight, quit smoking or save
    "guard": (
        r"(?:jeito|forma|maneira|método|metodo) (?:\w+ ){0,2}?(?:de|pra|para) (?:passar|ser "
        r"aprovad\w+|aprovar|estudar|emagrecer|parar de fumar|economizar|decorar)",
        r"(?:forma|manera|método|metodo) (?:\w+ ){0,2}?(?:de|para) (?:aprobar|pasar el|estudiar|"
        r"adelgazar|dejar de fumar|ahorrar|memorizar)",
        # done with pests or a habit, not with oneself
        r"(?:d ?en finir|farla finita|acabar con|acabar com) (?:avec|con|com) "
        r"(?:les |le |la |il |i |gli |as |os |o |a |el |los |las )?"
        r"(?:punaises|cafards|fourmis|rats|souris|tabac|"
        r"cigarette\w*|fumo|sigarett\w*|scarafagg\w*|formiche|topi|cucarachas|hormigas|ratas|"
        r"ratones|baratas|formigas|ratos|cigarro\w*|tabaco)",
    ),
    "method": (
        # Portuguese, Spanish: the surest, quickest, painless way to end it all
        r"(?:qual|que) (?:é )?(?:o |a )?(?:jeito|método|metodo|forma|maneira|modo) (?:mais )?"
        r"(?:certeiro|garantido|seguro|infalível|infalivel|rápido|rapido|indolor|eficaz) "
        r"(?:\w+ ){0,2}?(?:de|pra|para) " + _END_PT,
        r"(?:jeito|método|forma|maneira) mais (?:certeiro|garantido|infalível|indolor) "
        r"(?:de|pra|para) " + _END_PT,
        r"(?:cuál|cual|qué|que) (?:es )?(?:el |la )?(?:forma|manera|método|metodo|modo) (?:más )?"
        r"(?:segur[oa]|infalible|efectiv[oa]|rápid[oa]|rapid[oa]|indolora?|certer[oa]) "
        r"(?:\w+ ){0,2}?(?:de|para) " + _END_ES,
        # Indonesian, Malay: does jumping from a floor or a building hurt, is it quick
        r"(?:sakit|cepat|cepet|langsung mati) (?:nggak|gak|ga|enggak|tidak|tak|ke|kah)"
        r"(?: sih| ya)? (?:kalau|kalo|klo|jika|kalu) (?:aku |saya |gue |orang )?"
        r"(?:lompat|loncat|terjun|jatuh) "
        r"(?:dari )?" + _HEIGHT_ID,
        r"(?:lompat|loncat|terjun) dari " + _HEIGHT_ID + r" (?:\w+ ){0,3}?(?:sakit|langsung mati|"
        r"cepat mati|pasti mati)(?: (?:nggak|gak|ga|enggak|tidak|tak|ke|kah))",
        # Chinese: how many sleeping pills to be sure not to wake
        r"(?:吃|服)多少(?:片|粒|颗|顆)?(?:安眠药|安眠藥|药|藥)?.{0,8}?(?:不会醒|不會醒|醒不过来|"
        r"醒不過來|不再醒|能死|会死|會死)",
        # Japanese: how many to take not to wake
        r"何(?:錠|粒)(?:飲め|飲んだら).{0,8}?(?:目が覚めない|起きない|死ね)",
        # romanised Hindi: how much must I take so as not to get up again
        r"kitna (?:lena|khana|peena|lu|lun|loon) (?:padega|hoga|chahiye|padta) (?:\w+ ){0,2}?"
        r"(?:ki |taaki |jisse )?(?:wapas|vapas|phir|fir|dobara) (?:kabhi )?na (?:uthun|uthu|uthoon|"
        r"jaagun|jagun|uth paun)",
    ),
    "overdose": (
        # Portuguese, Spanish: a poison drunk or swallowed by the writer
        r"(?:bebi|tomei|engoli|ingeri) (?:\w+ )?(?:veneno|chumbinho|raticida|água sanitária|"
        r"agua sanitaria|soda cáustica|soda caustica|agrotóxico|agrotoxico)",
        r"(?:me )?(?:bebí|bebi|tomé|tome|tragué|trague|ingerí) (?:\w+ )?(?:veneno|matarratas|"
        r"raticida|lejía|lejia|cloro|soda cáustica|herbicida|plaguicida)",
        # French, Italian: the same
        r"(?:jai|je viens de) (?:bu|avalé|avale|boire|avaler) (?:\w+ ){0,2}?(?:mort aux rats|"
        r"raticide|poison|eau de javel|javel|désherbant|desherbant|pesticide)",
        r"(?:ho|ho appena) (?:bevuto|ingoiato|mandato giù) (?:\w+ ){0,2}?(?:veleno|topicida|"
        r"candeggina|varechina|diserbante|pesticida)",
    ),
    "prepare": (
        # Thai: sleeping pills kept back, a lot of them
        r"เก็บยา(?:นอนหลับ)?ไว้(?:เยอะ|เยอะแล้ว|เยอะมาก|หลาย|เต็ม)",
        r"สะสมยา(?:นอนหลับ)?",
    ),
    "place": (
        # Japanese: on the platform, wanting to step (or jump) in front
        r"ホーム.{0,20}?(?:一歩前に出たく|飛び込みたく|飛び込んでしまいそう|吸い込まれそう)",
        # Chinese: on the platform, wanting to jump down
        r"(?:站台|月台).{0,20}?(?:想跳下去|想跳下|想往前走一步)",
    ),
}
