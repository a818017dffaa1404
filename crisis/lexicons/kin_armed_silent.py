"""Someone close at risk, told in the ways the other lexicons did not yet read: the reply for
helpers (``other``).

- A husband, son or brother with a gun at hand who says he "will settle everything" or can no
  longer bear it (Russian and Ukrainian: "сказав що в нього є пістолет і він все вирішить",
  "сидит в гараже с ружьём и говорит, что больше не может терпеть"). A gun taken out for the
  hunt, a range or cleaning, or a quarrel to settle with neighbours, stays quiet.
- A friend who said she wants to die and then switched her phone off, or is alone (Arabic
  dialects, Sudanese "داير أموت" among them): the silence or the solitude is required, since
  "I want to die" is said of laughing and of tiredness too.
- A farewell sent to the group and the phone off since (Indonesian and Malay "pesan perpisahan
  di grup terus hpnya mati"). A farewell for a move, a new job or the end of school stays quiet.
- Lingala: a relative who said he will kill himself ("alobi akomiboma").
- ``guard``: dying of laughter, tiredness or hunger, said in Arabic of anyone: an idiom.

Written folded (see ``crisis.lexicons``); pure.
"""

# Whoever the writer names, in Russian and Ukrainian.
_KIN_RU_UK = (
    r"(?:муж|мужа|чоловік|чоловіка|сын|син|брат|отец|батько|тато|папа|парень|хлопець|друг|"
    r"сосед|сусід|дядя|дядько)"
)
_GUN_RU_UK = (
    r"(?:пистолет\w*|пістолет\w*|ружь[её]\w*|ружьем|рушниц\w*|карабин\w*|карабін\w*|"
    r"обрез\w*|обріз\w*|автомат\w*|оружи\w*|зброя|зброю|зброєю|гранат\w*|ствол\w*)"
)
# What the armed man says: he will settle everything, cannot bear it, will end it.
_SAYS_END_RU_UK = (
    r"(?:все|всё) (?:вирішить|вирішу|решит|решу|закінчить|закончит|закінчу|закончу)|"
    r"(?:больше|більше) не (?:может|можу|могу|може) (?:\w+ )?(?:терпеть|терпіти|жить|жити)|"
    r"не (?:может|може|могу|можу) (?:больше|більше) (?:\w+ )?(?:терпеть|терпіти|жить|жити)|"
    r"покончит|покінчить|не хочет жить|не хоче жити|застрелит\w* себя|застрелиться|"
    r"застрелитися|застрелюсь|(?:всем|всім) (?:будет|буде) (?:лучше|краще)"
)
# ...but not the hunt, a range, cleaning it, or a quarrel settled with someone.
_NOT_HUNT = (
    r"(?!.*\b(?:охот\w*|полюван\w*|тир|тира|тире|тиру|стрельбищ\w*|стрільбищ\w*|чистит\w*|чистить|"
    r"чистив|почистит\w*|(?:с|з) сосед\w*|(?:с|з) сусід\w*|(?:с|з) начальник\w*|"
    r"сезон\w*)\b)"
)
# Arabic: a close one; said (to me); wants to die or kill themself.
_KIN_AR = (
    r"(?:صاحبتي|صاحبي|صديقتي|صديقي|رفيقتي|رفيقي|اختي|أختي|اخوي|أخوي|اخي|بنتي|ابني|ولدي|"
    r"زوجي|زوجتي|جوزي|مرتي|امي|ابوي|بنت خالتي|بنت عمي|ولد عمي)"
)
_WANTS_DIE_AR = (
    r"(?:داير|دايره|دايرة|عايز|عايزه|بدي|بدها|بده|ابغى|ابي|اريد|تبي|يبي|حابب|حابه) "
    r"(?:[^ ]+ )?(?:اموت|انتحر|اقتل نفسي|انهي حياتي|اخلص من حياتي|اخلص من الدنيا)"
    # ...not dying of laughter, tiredness, hunger, the heat or boredom
    r"(?! (?:من|م) (?:ال)?(?:ضحك|تعب|جوع|حر|برد|ملل|نعس|شوق|فرح))"
)
_SILENT_AR = (
    r"(?:قفلت|قفل|قافله|مقفول|مقفل|سكرت|مسكر|طفت|مطفي|طافي|اغلقت|مغلق|ما بترد|ما ترد|"
    r"ما بيرد|ما يرد|لا ترد|لا يرد|ما قاعده ترد|براها|براه|لحالها|لحاله|لوحدها|لوحده|بمفردها|"
    r"بمفرده)"
)

LEXICON = {
    # dying of laughter, tiredness, hunger, the heat or boredom, said of anyone: an idiom
    "guard": (
        r"(?:اموت|تموت|يموت|نموت|بموت|بتموت|بيموت|موت) (?:من|م) (?:ال)?(?:ضحك|تعب|جوع|حر|برد|"
        r"ملل|نعس)",
    ),
    "other": (
        # Russian and Ukrainian: someone close, a gun, and he says he will settle everything
        _KIN_RU_UK + r" " + _NOT_HUNT + r"(?:[^ ]+ ){0,14}?" + _GUN_RU_UK
        + r" (?:[^ ]+ ){0,8}?(?:" + _SAYS_END_RU_UK + r")",
        _KIN_RU_UK + r" " + _NOT_HUNT + r"(?:[^ ]+ ){0,8}?(?:" + _SAYS_END_RU_UK
        + r") (?:[^ ]+ ){0,8}?" + _GUN_RU_UK,
        # Arabic dialects: said she wants to die, then silence or alone
        _KIN_AR + r" (?:[^ ]+ ){0,3}?(?:قالت|قال|قالتلي|قاللي|كتبت|كتب|بعتت|بعت|رسلت|ارسلت) "
        r"(?:لي |لي انها |انها |انه |لينا )?(?:[^ ]+ )?" + _WANTS_DIE_AR + r"(?= .*" + _SILENT_AR
        + r")",
        # Indonesian and Malay: a farewell to the group, and the phone off since
        r"(?:pesan|pesen|ucapan|salam|chat) (?:\w+ )?(?:perpisahan|pamit|selamat tinggal) "
        r"(?!.*(?:pindah|resign|kerja baru|kantor baru|lulus|wisuda|merantau|kuliah|pensiun|"
        r"mudik|batre|baterai|batrai|lowbat|cas))(?=.*(?:hp|hpnya|henpon|ponsel|telepon|telpon|"
        r"nomor|nomornya|wa|wanya) ?(?:\w+ )?(?:mati|nggak aktif|gak aktif|ga aktif|tidak aktif|"
        r"off|ga bisa dihubungi|gak bisa dihubungi|nggak bisa dihubungi|tidak bisa dihubungi))",
        # Lingala: he said he will kill himself
        r"(?:alobi|alobaki|alobeli|akomi) (?:ete |que )?(?:\w+ )?(?:akomiboma|alingi komiboma|"
        r"alingi kokufa)",
    ),
}
