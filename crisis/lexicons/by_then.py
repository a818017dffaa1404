"""An end told by a time or a place rather than by its name, in Spanish, Portuguese, Russian,
Ukrainian, Indonesian and Tagalog:

- ``check``: not being around by then ("la lista de espera es de 6 meses, no voy a estar aquí
  para entonces", "меня к тому времени уже не будет"); free to go once a family event is over
  ("después de la boda de mi hijo ya me puedo ir", "после свадьбы сына я смогу уйти"); the
  children better off with the insurance money than with the writer ("mis hijos estarán mejor
  con el dinero del seguro que conmigo"). The check-in asks.
- ``place``: a message written from a cliff, a bridge or a roof with an apology ("te escribo desde
  el acantilado. perdón.", "пишу с крыши. простите"): the full reply.

A move, a trip, a posting or a holiday anywhere in the message makes "not here by then" a
departure; going on holiday or to bed after the wedding, retiring and a view from the bridge
(the lexicons' outings) stay quiet. Written folded (see ``crisis.lexicons``); pure.
"""

# A move, a trip, a posting or a holiday anywhere in the message.
_AWAY = (
    r"(?!.*\b(?:mudanza|mudo|mudarme|me voy a vivir|viaje|viajo|intercambio|erasmus|trabajo nuevo|"
    r"vacaciones|mudança|mudar|vou morar|viagem|intercâmbio|férias|emprego novo|переезжа\w*|"
    r"переезд\w*|уезжа\w*|уеду|командировк\w*|отпуск\w*|переїжджа\w*|переїзд\w*|поїду|їду|"
    r"відрядженн\w*|відпустк\w*|pindah\w*|dinas|luar kota|luar negeri|liburan|cuti|lilipat|"
    r"abroad|bakasyon|visa|kontrata)\b)"
)

_NOT_BY_THEN = (
    r"no (?:voy a|creo que vaya a|creo que voy a) estar (?:aquí|aca|acá|viv[oa]) (?:\w+ ){0,2}?"
    r"(?:en|para|dentro de|de aquí a) (?:\w+ )?(?:meses|semanas|años|entonces)",
    r"para entonces (?:yo )?ya no (?:voy a estar|estaré|estare)",
    r"(?:não|nao) vou (?:mais )?estar (?:mais )?(?:aqui|viv[oa]) (?:\w+ ){0,2}?(?:até lá|daqui a|"
    r"em \w+ (?:meses|semanas)|quando)",
    r"até lá (?:eu )?(?:já )?(?:não|nao) (?:vou estar|estarei) (?:mais )?(?:aqui|viv[oa])",
    r"(?:меня|мене) (?:к тому времени|к тому моменту|до того времени|на той час|до того часу) "
    r"(?:уже |вже )?(?:не будет|не буде)\b(?! (?:в|у|на|здесь|тут|дома|вдома)\b)",
    r"(?:aku|saya|gue) (?:udah|sudah|dah) (?:nggak|gak|ga|tidak|tak) ada (?:lagi )?(?:waktu itu|"
    r"saat itu|pas itu|nanti)",
    r"wala na ako (?:nun|noon|non|pagdating ng panahon na yon|pagdating nun)",
)
_AFTER_EVENT = (
    r"(?:después de|despues de|tras|cuando pase|cuando termine) (?:la boda|el bautizo|"
    r"la graduación|la comunión|el cumpleaños|la navidad|navidad) (?:\w+ ){0,5}?(?:ya )?"
    r"(?:me puedo ir|puedo irme|podré irme|"
    r"me podré ir|me voy tranquil[oa]|me iré tranquil[oa])(?! (?:de|a|al|con|para)\b)",
    r"depois (?:do|da) (?:casamento|batizado|formatura|aniversário|natal) (?:\w+ ){0,5}?(?:eu )?"
    r"(?:já )?(?:posso partir|posso ir embora|posso ir em paz|vou em paz|posso descansar)"
    r"(?! (?:de|pra|para|na|no|em)\b)",
    r"после (?:свадьбы|выпускного|юбилея|крестин|нового года) (?:\w+ ){0,4}?(?:я )?(?:смогу "
    r"уйти|могу уйти|можно уходить|спокойно уйду|уйду спокойно)(?! (?:на|в|с|из|домой)\b)",
    r"після (?:весілля|випускного|ювілею|хрестин) (?:\w+ ){0,4}?(?:я )?(?:зможу піти|можу піти|"
    r"спокійно піду|піду спокійно)(?! (?:на|в|у|з|із|додому)\b)",
    r"(?:setelah|sesudah|habis) (?:pernikahan|nikahan|wisuda|lebaran) (?:\w+ ){0,4}?(?:aku|"
    r"saya) (?:bisa|boleh) pergi (?:dengan )?tenang",
)
# the event named first, then "after that" ("la boda es el sábado, después de eso me puedo ir")
_EVENT = (
    r"\b(?:boda|bautizo|graduación|comunión|casamento|batizado|formatura|свадьб\w*|выпускн\w*|"
    r"весілл\w*|pernikahan|nikahan|wisuda)"
)
_AFTER_THAT = (
    r"(?:después de eso|despues de eso|después de ese día|depois disso|depois desse dia|после "
    r"этого|після цього|setelah itu) (?:\w+ ){0,3}?(?:ya |já |я |aku )?(?:me puedo ir|puedo "
    r"irme|podré irme|posso partir|posso ir em paz|смогу уйти|могу уйти|зможу піти|bisa pergi "
    r"dengan tenang)\b(?! (?:de|a|al|pra|para|na|no|на|в|домой)\b)"
)
_INSURED = (
    r"(?:mejor|mejores) (?:\w+ ){0,3}?(?:con el|con la) (?:dinero|plata|pago) (?:\w+ ){0,3}?"
    r"(?:seguro|póliza) (?:\w+ ){0,2}?que conmigo",
    r"melhor(?:es)? (?:\w+ ){0,3}?com o (?:dinheiro|pagamento) (?:\w+ ){0,3}?seguro (?:\w+ ){0,2}?"
    r"(?:do )?que comigo",
    r"лучше (?:\w+ ){0,3}?(?:со|с) (?:страховк\w*|деньгами по страховке) (?:\w+ ){0,2}?чем (?:со "
    r")?мной",
    r"краще (?:\w+ ){0,3}?(?:зі|з) (?:страховк\w*|грошима) (?:\w+ ){0,3}?ніж (?:зі |з )?мною",
    r"lebih baik (?:\w+ ){0,3}?(?:dengan|sama) (?:uang )?asuransi (?:\w+ ){0,3}?daripada "
    r"(?:sama |dengan )?(?:aku|saya)",
)
_WRITTEN_FROM = (
    r"(?:te |les |os )?(?:escribo|escribiendo) (?:esto )?desde (?:el|la|lo alto del|lo alto de la)"
    r" (?:acantilado|puente|azotea|vías|viaducto|barranco|borde)",
    r"(?:escrevo|escrevendo|to escrevendo|tô escrevendo|estou escrevendo) (?:isso )?(?:da|do|de "
    r"cima da|de cima do) (?:beira do |beira da )?(?:penhasco|ponte|telhado|viaduto|trilhos|"
    r"laje)",
    r"пишу (?:это |вам |тебе )?(?:с|со) (?:обрыва|моста|крыши|края крыши|скалы)",
    r"пишу (?:це |вам |тобі )?(?:з|із|зі) (?:урвища|мосту|даху|скелі)",
)
_SORRY = (
    r"(?=.*\b(?:perdón|perdon|perdóname|perdonadme|lo siento|desculpa|desculpem|me perdoa|"
    r"me perdoem|простите|прости|извините|пробачте|пробач|вибачте))"
)

LEXICON = {
    "check": (
        "^(?:(?=.*(?:"
        + "|".join(_NOT_BY_THEN)
        + "))"
        + _AWAY
        + "|(?=.*(?:"
        + "|".join(_AFTER_EVENT + _INSURED)
        + "))|(?=.*"
        + _EVENT
        + ")(?=.*"
        + _AFTER_THAT
        + "))",
    ),
    "place": ("^(?=.*(?:" + "|".join(_WRITTEN_FROM) + "))" + _SORRY,),
}
