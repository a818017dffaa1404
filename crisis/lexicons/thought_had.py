"""Thoughts of suicide told as thoughts one has, where the other lexicons read only the verb of
wanting: Persian and Dari ("فکر خودکشی دارم", "به خودکشی فکر میکنم"), Pashto ("د ځان وژنې فکر
کوم"), Korean ("자살 생각이 계속 나"), French ("j'ai des pensées de me jeter"); and the window as
Russian and Ukrainian say it ("выйти в окно", "вистрибнути з вікна"), often after a birth.

- ``intent``: the thought had or kept, or the window wanted or thought of.
- ``check``: a new parent's thoughts of harming the baby ("pensamientos de hacerle daño a mi
  bebé", "des pensées de faire du mal à mon bébé"): the same as in English, the check-in, which
  asks; such thoughts are common after a birth and most are not intent.
- ``guard``: suicidal thoughts as a topic ("자살 생각 감소", "کاهش فکر خودکشی" is already guarded
  in ``crisis.lexicons.fa``), and a window opened to go out on a balcony or for air.

Written folded (see ``crisis.lexicons``); pure.
"""

# A gap of up to three words of any script; of up to three words of letters.
W = r"(?:[^ ]+ ){0,3}?"
G = r"(?:\w+ ){0,3}?"

_BABY_ES = (
    r"(?:(?:a )?mi (?:bebé|bebe|hij[oa]|niñ[oa])|al (?:bebé|bebe|niñ[oa])|a la (?:niña|nena))"
)
_BABY_FR = (
    r"(?:à |a )?(?:mon bébé|mon bebe|mon enfant|ma fille|mon fils|au bébé|au bebe|au petit)"
)

LEXICON = {
    "guard": (
        r"자살 (?:생각|충동)(?:을|이)? (?:줄|감소|예방|치료|연구|평가|척도|위험)",
        r"(?:افکار|فکر) خودکشی (?:در|را|رو) (?:بیماران|نوجوانان|مطالعه|تحقیق|کاهش)",
    ),
    "intent": (
        # Persian and Dari
        r"(?:فکر|افکار|فکرای|فکرهای|فکر های|وسوسه) (?:ی )?خودکشی " + W + r"(?:دارم|داشتم|"
        r"میکنم|می کنم|به سرم|از سرم|سراغم|ولم نمیکنه|ولم نمی کنه|رهام نمیکنه|میاد|می آید|"
        r"می اید|افتادم|افتاده ام|استم)",
        r"به خودکشی (?:فکر|فک) (?:میکنم|می کنم|میکردم|می کردم|کردم|کرده ام|مینمایم)",
        # Pashto: "ځان وژنه" is killing oneself
        r"(?:د )?ځان ?وژن(?:ې|ه|ي) (?:ته |په اړه |باندې )?(?:فکر|سوچ|خیال)(?:ونه)? (?:کوم|لرم|"
        r"راځي|راځی|مې کړی|مې کاوه)",
        # Korean: the thought comes, is had, will not go
        r"자살 (?:생각|충동)(?:이 (?:들|나|계속|자꾸|와|올|심해|떠나지)|을 (?:해|했|자주|계속|하게|"
        r"하고)|만 (?:나|들|해))",
        # French: the thoughts named
        r"(?:des |les |mes |ces )?(?:pensées|idées|envies|images) (?:de |d)(?:me jeter|me tuer|"
        r"me suicider|suicide|en finir|me pendre|sauter (?:par la fenêtre|du pont|dun pont|"
        r"du balcon|du toit))(?! (?:chez|dans la|dans les|des|sont|est|augment|diminu|baiss))",
        # Russian: "to go out of the window" is to throw oneself out
        r"(?:хочу|хочется|думаю|подумываю|мысли|мысль|собираюсь|решила|решил|тянет|готова|"
        r"готов|хотела|хотел|думала|думал) " + G + r"(?:выйти|шагнуть|выброситься|выпрыгнуть) "
        r"(?:в|из) окн",
        # Ukrainian
        r"(?:хочу|хочеться|думаю|думки|думка|збираюся|вирішила|вирішив|тягне|хотіла|хотів|думала|"
        r"думав) " + G + r"(?:вистрибнути|викинутися|вийти|стрибнути) (?:з|у|в|із) (?:вікн|вікно)",
    ),
    "check": (
        r"(?:pensamientos|ideas|imágenes|impulsos) " + G + r"(?:de|que) (?:hacerle daño|"
        r"hacer daño|lastimar|dañar)(?:l[oa])? " + G + _BABY_ES,
        r"(?:pensamientos|ideas|imágenes|impulsos) " + G + r"(?:de|que) (?:hacerle daño|"
        r"lastimarl[oa]|dañarl[oa])(?: (?:y|e|que) (?:me|eso me) (?:asusta|aterra|da miedo))",
        r"(?:pensées|idées|images|envies) " + G + r"(?:de |d)(?:faire du mal|blesser|frapper) "
        + _BABY_FR,
        r"мысли " + G + r"(?:навредить|причинить вред|сделать больно) (?:\w+ )?(?:ребёнку|ребенку|"
        r"малышу|дочке|сыну)",
        r"(?:افکار|فکر|فکرهای) " + W + r"(?:آسیب زدن|صدمه زدن|اذیت کردن) (?:به )?(?:بچه|نوزاد|"
        r"کودک)",
        # Arabic: the thoughts come to the writer ("تجيني افكار اني أؤذي طفلي"), not a book on them
        r"(?:عندي|تجيني|تجيلي|بتجيني|بتجيلي|بيجيلي|جاتني|تراودني|يراودني) (?:[^ ]+ ){0,2}?(?:افكار|"
        r"أفكار|فكرة) " + W + r"(?:اؤذي|أؤذي|اذي|أذى|أذية) (?:طفلي|ابني|بنتي|البيبي)",
    ),
}
