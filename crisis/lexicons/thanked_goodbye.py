"""A goodbye with thanks for everything and no return named, and a friend's farewell followed by
silence, in the languages the course is written to most after English.

A writer who means to die often thanks the course or the group "for everything" and takes leave
"here" in the same breath: "obrigado por tudo. me despeço aqui", "gracias por todo, aquí me
despido", "さようなら。今までありがとう", "asanteni kwa kila kitu, nawaaga", "感谢大家…永别了",
"cảm ơn vì tất cả. vĩnh biệt", "spasibo za vse, proshchaite", or says they will settle it "my
way, for good" and only wanted to thank the course, or thanks it "for everything" and will not
need the course any more ("tchau. obrigada por tudo. não vou mais precisar do curso"). That is
the ``prepare`` kind, the full reply. The same words close a trip, a job or a course, and say
so: a journey, holidays, retirement, a graduation, "see you", an exam passed or a job found are
the ``later`` kind, which excuses it (a move or a last day alone is not: both are told as cover,
and "see you in the next life" is no return).

Someone else's farewell told with the phone switched off or no answer since ("подруга написала,
что прощается, и отключила телефон", "เพื่อนส่งข้อความบอกลา แล้วปิดโทรศัพท์") is the ``other``
kind, the reply for helpers. Written folded (see ``crisis.lexicons``); pure.
"""

W = r"(?:[^ ]+ ){0,6}?"
_THANKS_PT = r"(?:obrigad[oa]|agradeço|valeu) (?:\w+ ){0,3}?por tudo"
_LEAVE_PT = r"(?:me despeço|despeço me|me despeço de (?:vocês|todos)|adeus a todos)"
_THANKS_ES = r"(?:gracias|les agradezco|os agradezco) (?:\w+ ){0,3}?por todo"
_LEAVE_ES = r"(?:me despido|aquí me despido|adiós a todos|adios a todos)"
_THANKS_SW = r"(?:asante|asanteni|nawashukuru) (?:\w+ ){0,2}?kwa kila kitu"
_LEAVE_SW = r"(?:kwaheri|nawaaga|naaga|nawaageni)"
_THANKS_ID = r"(?:terima kasih|makasih|trims) (?:\w+ ){0,2}?(?:untuk|atas) (?:semuanya|segalanya)"
_LEAVE_ID = r"(?:selamat tinggal|aku pamit|saya pamit|gue pamit)"
_THANKS_FR = r"merci (?:\w+ ){0,2}?pour tout"
_THANKS_IT = r"grazie (?:\w+ ){0,2}?(?:di|per) tutto"
_THANKS_DE = r"danke (?:\w+ ){0,2}?für alles"
_LEAVE_DE = r"(?:lebt wohl|lebe wohl|ich verabschiede mich)"
_THANKS_JA = r"(?:今まで|いままで)(?:本当に|ほんとうに|ほんとに)?(?:ありがとう|有難う)"
_LEAVE_JA = r"(?:さようなら|さよなら|さらば)"
_THANKS_ZH = r"(?:谢谢|謝謝|感谢|感謝)"
_LEAVE_ZH = r"(?:永别了|永別了|永别|永別)"
_THANKS_VI = r"(?:cảm ơn|cám ơn) (?:\w+ ){0,3}?(?:vì )?(?:tất cả|mọi thứ|mọi điều)"
_THANKS_RU_LAT = r"spasibo (?:\w+ ){0,2}?za vs[eё]"
_LEAVE_RU_LAT = r"(?:proshchaite|proshaite|proschaite|proshchai|proshai)"

# The course, the app or the chat not needed any more: "não vou mais precisar do curso"
_NO_NEED_PT = (
    r"(?:não|nao) (?:vou )?(?:mais )?(?:precisar|preciso) (?:mais )?(?:do|deste|desse|das|dos|da) "
    r"(?:curso|aulas|app|aplicativo|bot|grupo|chat|conversa|módulo|modulo)"
)
_NO_NEED_ES = (
    r"ya no (?:voy a )?(?:necesit\w+|hará falta|hara falta) (?:más |mas )?(?:el|la|las|los|este|"
    r"esta|estas) (?:curso|clases|app|aplicación|aplicacion|bot|grupo|chat|módulo|modulo)"
)
_NO_NEED_IT = (
    r"non (?:avrò|avro|ho) più bisogno (?:del|di questo|della|delle|dei|di) (?:corso|lezioni|app|"
    r"bot|gruppo|chat|modulo)"
)

# Who a friend or a relative is, and the farewell then silence, Russian and Ukrainian.
_KIN_RU = (
    r"(?:подруга|друг|брат|сестра|сын|дочь|дочка|муж|жена|парень|девушка|мама|папа|"
    r"одноклассни\w+|однокурсни\w+|коллега)"
)
_KIN_UK = (
    r"(?:подруга|друг|брат|сестра|син|донька|доня|чоловік|дружина|хлопець|дівчина|мама|тато|"
    r"однокурсни\w+|колега)"
)
_SILENT_RU = (
    r"(?:отключил\w*|выключил\w*) (?:\w+ )?(?:телефон|мобильн\w+)|не (?:отвечает|берет трубку|"
    r"берёт трубку)|(?:телефон )?недоступ\w+|вне зоны"
)
_SILENT_UK = (
    r"(?:вимкнув|вимкнула|відключив|відключила) (?:\w+ )?(?:телефон|мобільн\w+)|не "
    r"(?:відповідає|бере трубку)|(?:телефон )?недоступн\w+|поза зоною"
)

LEXICON = {
    "prepare": (
        # thanks for everything, then the leave taken here (either order)
        _THANKS_PT + r" " + W + _LEAVE_PT,
        _LEAVE_PT + r" (?:aqui )?" + W + _THANKS_PT,
        _THANKS_ES + r" " + W + _LEAVE_ES,
        _LEAVE_ES + r" (?:aquí )?" + W + _THANKS_ES,
        _THANKS_SW + r" " + W + _LEAVE_SW,
        _LEAVE_SW + r" " + W + _THANKS_SW,
        _THANKS_ID + r" " + W + _LEAVE_ID,
        _LEAVE_ID + r" " + W + _THANKS_ID,
        _THANKS_FR + r" " + W + r"adieu|adieu " + W + _THANKS_FR,
        _THANKS_IT + r" " + W + r"addio|addio " + W + _THANKS_IT,
        _THANKS_DE + r" " + W + _LEAVE_DE + r"|" + _LEAVE_DE + r" " + W + _THANKS_DE,
        _LEAVE_JA + r".{0,12}?" + _THANKS_JA + r"|" + _THANKS_JA + r".{0,12}?" + _LEAVE_JA,
        _THANKS_ZH + r".{0,16}?" + _LEAVE_ZH + r"|" + _LEAVE_ZH + r".{0,16}?" + _THANKS_ZH,
        _THANKS_VI + r" " + W + r"vĩnh biệt|vĩnh biệt " + W + _THANKS_VI,
        _THANKS_RU_LAT + r" " + W + _LEAVE_RU_LAT,
        _LEAVE_RU_LAT + r" " + W + _THANKS_RU_LAT,
        # thanks for everything, and the course not needed any more, with no reason given
        r"^(?=.*\b" + _THANKS_PT + r"\b).*?\b" + _NO_NEED_PT,
        r"^(?=.*\b" + _THANKS_ES + r"\b).*?\b" + _NO_NEED_ES,
        r"^(?=.*\b" + _THANKS_IT + r"\b).*?\b" + _NO_NEED_IT,
        # settled "my way, for good", with only thanks or a goodbye left to say
        r"(?:vou|vai) resolver (?:isso|isto|tudo) (?:do meu jeito|à minha maneira|a minha maneira) "
        r"de vez",
        r"(?:lo )?(?:voy a|vo a) (?:resolver|solucionar) (?:esto |todo )?"
        r"(?:a mi manera|por mi cuenta) (?:de una vez|para siempre)",
    ),
    "later": (
        # a trip, holidays, a course closing, retirement, "see you" (but not
        # "pero no de viaje", "mas não de férias": a leaving told as no trip)
        r"(?<!no de )(?<!nao de )(?<!no de un )(?<!nao de uma )(?<!pas en )(?:viaje|viagem|"
        r"vacaciones|ferias|voyage|vacances)",
        r"viajar|intercâmbio|aposent\w*|formatura|formei|"
        r"até (?:amanhã|logo|breve|a próxima|mais|já|segunda)|"
        r"próxima turma|nos vemos|a gente se vê",
        # ...the course not needed because it is done: an exam passed, a job found
        r"passei (?:na|no|em) (?:prova|exame|concurso|vestibular|enem|teste)|fui aprovad\w*|"
        r"(?:terminei|conclui|concluí) o curso|(?:consegui|arrumei) (?:o |um )?(?:emprego|"
        r"trabalho)",
        r"aprobé (?:el|la)|aprobe (?:el|la)|(?:terminé|termine) el curso|(?:conseguí|consegui) "
        r"(?:el |un )?(?:trabajo|empleo)",
        r"ho (?:superato|passato) l|sono stat[oa] promoss\w*|ho finito il corso|ho trovato "
        r"(?:un |il )?lavoro",
        r"jubil\w*|graduaci\w*|"
        r"hasta (?:mañana|luego|pronto|la próxima|el lunes)|próximo curso",
        r"safari|likizo|tutaonana|nastaafu|kustaafu",
        r"liburan|perjalanan|pensiun|wisuda|sampai jumpa|sampai ketemu|"
        r"pamit dulu",
        r"retraite|à bientôt|a bientot|à demain",
        r"vacanze|pensione|a presto|a domani",
        r"urlaub|rente|ruhestand|bis bald|bis morgen",
        r"отпуск\w*|на пенси\w+|otpusk\w*|du lịch|nghỉ hưu|tốt nghiệp",
        r"退休|毕业|畢業|旅游|旅遊|出差",
        r"退職|卒業|旅行|定年|またね|また会|また明日|お疲れ",
    ),
    "other": (
        _KIN_RU + r" (?:мне )?(?:написал\w*|прислал\w*) " + W + r"(?:прощается|прощальн\w+|"
        r"попрощал\w+)(?= (?:.* )?(?:" + _SILENT_RU + r"))",
        _KIN_UK + r" (?:мені )?(?:написав|написала|надіслав|надіслала) " + W + r"(?:прощається|"
        r"прощальн\w+|попрощал\w+)(?= (?:.* )?(?:" + _SILENT_UK + r"))",
        r"เพื่อน.{0,30}?(?:บอกลา|ลาก่อน|ข้อความลา).{0,30}?(?:ปิดโทรศัพท์|ปิดมือถือ|ปิดเครื่อง|ไม่ตอบ|"
        r"ติดต่อไม่ได้)",
        r"(?:umngane|umngani|ubhuti|usisi|umfowethu|udadewethu) wami (?:\w+ ){0,2}?(?:uthumele|"
        r"ubhale) (?:\w+ )?(?:wokuvalelisa|wokuhlukana|ukuvalelisa)(?= (?:.* )?(?:akaphenduli|"
        r"akatholakali|ucishile))",
        r"(?:rafiki|kaka|dada) yangu (?:\w+ ){0,2}?(?:ametuma|ameandika) ujumbe wa "
        r"(?:kuaga|kwaheri)(?= (?:.* )?(?:hajibu|amezima simu|hapatikani))",
    ),
}

# The words one of the phrases above always holds, for the first glance over a message
# (``crisis.languages``): a message without any of them is not read phrase by phrase.
LEXICON["prefilter"] = (
    r"por tudo|por todo|kwa kila kitu|semuanya|segalanya|pour tout|tutto|für alles|spasibo|"
    r"vĩnh biệt|resolver|solucionar|прощ\w*|попрощ\w*|เพื่อน|wokuvalelisa|wokuhlukana|"
    r"ukuvalelisa|ujumbe wa",
    r"ありがとう|有難う|永别|永別",
)
