"""A wish to be gone told in the ways the larger lexicons did not yet read: the full reply
(``passive``).

- Russian and Ukrainian, the wish turned back on the morning: "лучше бы я просто не
  проснулся", "краще б я не прокинулась" (better I had not woken, had not been born). Not
  waking early for a lesson or a shift is the lookalike ("лучше бы я не проснулся так рано").
- Indonesian and Malay, wanting to be run over so it all ends: "pengen ketabrak truk aja biar
  kelar semua"; Vietnamese and Spanish the same ("muốn bị xe tông chết cho xong", "ojalá me
  atropelle un camión"). Nearly being hit, told as a fright, has no wish and stays quiet.
- Vietnamese, disappearing for ever or dying "to be done with it": "chắc em nên biến mất vĩnh
  viễn cho xong", "chết đi cho xong". Vanishing from a group chat is the lookalike.
- Indonesian, sleeping for ever with no more waking: "pengen tidur selamanya aja gak usah bangun
  lagi" (the larger lexicon read it as tiredness). A long sleep on a day off stays quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

# Run over by a truck, a car, a train, a bus (Indonesian and Malay).
_RUN_OVER_ID = r"(?:ketabrak|ditabrak|tertabrak|kelindas|dilindas|digilas|kena tabrak|dilanggar)"
# Waking early, for a lesson or a shift: not the wish.
_NOT_EARLY_RU = (
    r"(?! (?:[^ ]+ )?(?:так рано|рано|раньше|в \d|к \d|на (?:работу|пару|урок\w*|смену)|"
    r"до обеда|до будильника|от будильника|от шума))"
)

LEXICON = {
    "passive": (
        # Russian and Ukrainian: better had I not woken, not been born
        r"(?:лучше|лучше уж|краще|краще вже) (?:бы|б|би) (?:я )?(?:[^ ]+ )?не (?:проснулся|"
        r"проснулась|просыпался|просыпалась|родился|родилась|прокинувся|прокинулась|"
        r"народився|народилася)" + _NOT_EARLY_RU,
        r"(?:лучше|краще) (?:бы|б|би) меня (?:просто |вообще |вже |уже )?не (?:было|стало|"
        r"існувало)",
        # Indonesian and Malay: wanting to be run over (and, said or not, for it all to end)
        r"(?:pengen|pingin|pengin|kepengen|ingin|mau|rasanya|mending|harap|nak|teringin) "
        r"(?:\w+ ){0,2}?" + _RUN_OVER_ID + r" (?:\w+ ){0,2}?(?:truk|truck|mobil|kereta|bus|bis|"
        r"lori|kereta api|krl|motor|kendaraan|aja|saja|je)",
        # Vietnamese: run over and dead, to be done with it
        r"(?:muốn|ước|ước gì|mong) (?:\w+ ){0,2}?(?:bị )?(?:xe|tàu|xe tải|xe ben) (?:\w+ )?"
        r"(?:tông|cán|đâm) (?:\w+ )?(?:chết|cho xong)",
        # Spanish and Portuguese: I wish a truck would run me over
        r"(?:ojalá|ojala|quisiera|quiero) (?:que )?me (?:atropelle|atropellara|pise|arrolle) "
        r"(?:un |el )?(?:camión|carro|coche|tren|auto|bus)",
        r"(?:queria|quero|tomara) (?:que )?(?:eu )?(?:ser|fosse) atropelad[oa]\b",
        # Vietnamese: disappear for ever, or die, to be done with it
        r"(?:nên|muốn|phải|ước gì|thà) (?:\w+ ){0,2}?biến mất (?:vĩnh viễn|mãi mãi|luôn cho xong|"
        r"khỏi (?:cuộc đời|thế gian|trần đời|cõi đời))",
        r"(?:nên|muốn|thà|ước gì) (?:\w+ )?chết (?:đi |quách )?(?:cho xong|cho rồi|cho nhẹ)",
        # Indonesian: sleep for ever, no more waking
        r"(?:pengen|pingin|pengin|ingin|mau|kepengen|nak) tidur (?:untuk |buat )?selamanya"
        r"(?! (?:di|sama|dengan|bareng|kalau|kalo) )",
        r"tidur (?:\w+ ){0,3}?(?:gak|nggak|ga|tidak|enggak|tak) (?:usah|perlu|mau|pengen|ingin) "
        r"bangun (?:lagi|lagi selamanya|selamanya)",
    ),
}
