"""The fastest or least painful way asked for, with dying named as its aim ("cara paling cepat
dan nggak sakit buat mati", "jaki sposób jest najmniej bolesny żeby odejść", "nejrychlejší
způsob jak zemřít"): a method question, the full reply, in Indonesian and Malay, Polish, Czech,
Slovak, Romanian, Hungarian, Bulgarian, Serbian and Croatian, Dutch, Swedish, Norwegian,
Danish, Finnish, Lithuanian, Latvian, romanised Hindi, Arabic, Vietnamese and Thai, where the
larger lexicons had the way only with dying said first or the pain said last.

The aim must be dying (or "leaving" where that is how dying is said, with nothing left from);
the fastest way to learn, to lose weight or to get somewhere has no such word and stays quiet.
Written folded (see ``crisis.lexicons``); pure.
"""

from crisis.lexicons.common import G6

# fastest, easiest, surest, least painful, painless
_QUICK = (
    r"(?:paling (?:cepat|cepet|mudah|gampang|ampuh)|tercepat|termudah|(?:nggak|gak|ga|enggak|"
    r"tidak|tak) sakit|tanpa (?:rasa )?sakit|"
    r"najszybsz\w*|najmniej bolesn\w*|bezbolesn\w*|najprostsz\w*|najłatwiejsz\w*|najpewniejsz\w*|"
    r"nejrychlejší|nejméně bolestiv\w*|bezbolestn\w*|nejjednodušší|nejsnazší|nejjistější|"
    r"najrýchlejš\w*|najmenej bolestiv\w*|najjednoduchš\w*|najistejš\w*|"
    r"cel mai (?:rapid|simplu|sigur|ușor|puțin dureros)|cea mai (?:rapidă|simplă|sigură|ușoară)|"
    r"nedureros|fără durere|leggyorsabb|legegyszerűbb|fájdalommentes|fájdalom nélkül|"
    r"най бърз\w*|безболезнен\w*|najbrž\w*|bezboln\w*|najlakš\w*|"
    r"nhanh nhất|không đau|ít đau nhất|dễ nhất)"
)
_WAY = (
    r"(?:cara|jalan|sposób|sposob\w*|metod\w*|způsob\w*|spôsob\w*|cesta|cestu|mod|modul|cale|"
    r"metoda|módja|módon|начин|način|cách)"
)
# to die, to kill oneself, to leave (Polish and Czech), said after the way
_TO_DIE = (
    r"(?:buat|untuk|utk|nak|biar|supaya|agar|żeby|zeby|aby|by|jak|abych|ako|aby som|de a|să|sa|"
    r"hogy|да|da|để|mà|a) (?:\w+ )?(?:mati(?! (?:gaya|lampu|listrik|rasa))|bunuh diri|"
    r"mengakhiri hidup|umrzeć|odejść(?! (?:z|ze|od)\b)|się zabić|zabić się|skończyć ze sobą|"
    r"zemřít|umřít|se zabít|zabít se|spáchat sebevraždu|zomrieť|umrieť|sa zabiť|zabiť sa|"
    r"muri|mor|mă sinucid|sinucidere|meghal\w*|öngyilkos\w*|умра|се самоубия|umrem|umrijem|"
    r"se ubijem|ubijem se|chết(?! (?:cười|đói|mệt))|tự tử|tự sát)"
)

LEXICON = {
    "method": (
        # the way, then how quick or painless, then the aim; or how quick, then the way
        _WAY + " " + G6 + _QUICK + " " + G6 + _TO_DIE,
        _QUICK + " " + G6 + _WAY + " " + G6 + _TO_DIE,
        # Hungarian and Romanian name the death as a noun: "módja a halálnak", "mod de sinucidere"
        _QUICK + " " + G6 + r"(?:módja a halálnak|halál\w*|mod de (?:a muri|sinucidere))",
        # Dutch, Swedish, Norwegian and Danish, Finnish, Lithuanian, Latvian: the quickness, the
        # way and the aim in one breath ("de snelste pijnloze manier om te sterven")
        r"(?:snelste|pijnloze|makkelijkste|minst pijnlijke|zekerste) (?:\w+ )?(?:manier|methode) "
        r"(?:\w+ )?om (?:te sterven|dood te gaan|zelfmoord te plegen|er een eind aan te maken)",
        r"(?:snabbaste|smärtfria|enklaste|minst smärtsamma|raskeste|hurtigste|smertefri\w*|"
        r"enkleste|letteste) (?:\w+ )?(?:sättet|sätt|metoden|måten|måte|måde|metode) (?:\w+ )?"
        r"(?:att|å|at) (?:dö|dø|ta livet av (?:mig|meg)|tage livet af mig)",
        r"(?:nopein|kivuton|helpoin|varmin) (?:\w+ )?(?:tapa|keino) (?:kuolla|tappaa itseni|tehdä "
        r"itsemurha)",
        r"(?:greičiausi\w*|neskausming\w*|lengviausi\w*|ātrāk\w*|nesāpīg\w*|vieglāk\w*) "
        r"(?:\w+ )?(?:būd\w*|veids|veidu|metode) (?:\w+ )?(?:kā )?(?:numirti|mirti|nusižudyti|"
        r"nomirt|mirt|izdarīt pašnāvību)",
        # romanised Hindi and Arabic: "sabse tez tareeka marne ka", "أسرع طريقة للموت"
        r"(?:sabse |sab se )?(?:tez|jaldi|aasaan|asaan|aasan|easy|painless) (?:\w+ )?(?:tareeka|"
        r"tarika|tarike|raasta|rasta|way) (?:\w+ )?(?:marne ka|marne ke liye|mar jaane ka|suicide "
        r"ka|khud ko maarne ka)",
        r"(?:marne ka|suicide ka|mar jaane ka) (?:sabse |sab se )?(?:tez|jaldi|aasaan|asaan|aasan|"
        r"easy|painless) (?:tareeka|tarika|raasta|rasta|way)",
        r"(?:اسرع|اسهل|افضل|احسن|اضمن) (?:طريقه|وسيله) (?:للموت|للانتحار|لاموت|لقتل نفسي|"
        r"اموت فيها|اموت بها)",
        # Thai: "the way to die that is fastest", "the fastest way to die"
        r"วิธี(?:ที่)?(?:ตาย|ฆ่าตัวตาย)(?:ที่)?(?:เร็ว|ง่าย|ไม่เจ็บ)",
        r"วิธีที่(?:เร็ว|ง่าย|ไม่เจ็บ)[^ ]{0,12}?ที่(?:จะ)?(?:ตาย|ฆ่าตัวตาย)",
    ),
}
