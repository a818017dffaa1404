"""Kazakh and Uzbek (Uzbek in Latin and Cyrillic letters)."""

from crisis.lexicons.common import G

KK = {
    "guard": (r"(?:күлкіден|аштықтан|зерігеннен) өл\w*",),
    "intent": (
        r"өлгім келеді|өлгім келіп|өзімді өлтір\w*|өз ?өзіме қол салу\w*|өзіме қол сал\w*|"
        r"өмір сүргім келмейді|өмір сүрудің мәні жоқ|тірі болғым келмейді",
    ),
    "passive": (r"оянбасам|оянғым келмейді|жоқ болғым келеді|ғайып болғым",),
    "prepare": (r"қоштасу хат\w*|соңғы хабарлама\w*|қош болыңдар|өсиет\w*",),
    "self_harm": (r"өзімді (?:кес\w*|жарала\w*|күйдір\w*)|қолымды кес\w*",),
    "place": (r"(?:көпірде|шатырда|көпірдің үстінде|төбеде) (?:тұрмын|отырмын)",),
    "method": (r"(?:неше|қанша) " + G + r"(?:өлу үшін|өлтіреді)|өлтіретін доза",),
    "other": (r"өлгісі келе\w*|өзін ?(?:өзі )?өлтір\w*|өлтіргісі келе\w*|өзіне қол сал\w*",),
    "check": (r"шыдай алмаймын|шыдамым жоқ",),
    "distress": (r"жалғыз\w*|мазасызда\w*|үмітсіз\w*",),
    "overdose": (r"(?:барлық|бүкіл|көп) (?:\w+ )?дәрі\w* (?:іштім|ішіп қойдым|жұттым)",),
}

UZ = {
    "intent": (
        r"sakramoqchiman|o'zimni tashlamoqchiman",
        r"o'lmoqchiman|o'limni xohlayman|o'zimni o'ldir\w*|o'z joniga qasd|joniga qasd qil\w*|"
        r"o'zimga qasd|yashashni xohlamayman|yashagim kelmayapti|yashashdan charchadim|"
        r"ўлмоқчиман|ўзимни ўлдир\w*|яшашни хоҳламайман|яшагим келмаяпти|ўз жонига қасд",
    ),
    "passive": (r"uyg'onmasam|yo'q bo'lib ketsam|уйғонмасам|йўқ бўлиб кетсам",),
    "prepare": (r"xayrlashuv xat\w*|oxirgi xabar\w*|vasiyat\w*|хайрлашув хат\w*|охирги хабар\w*",),
    "self_harm": (r"o'zimni kes\w*|qo'limni kes\w*|ўзимни кес\w*",),
    "overdose": (
        r"(?:barcha|hamma|butun) (?:\w+ )?dori\w* (?:ichib|yutib) (?:yubordim|qo'ydim|oldim)",
        r"(?:ko'p|hamma|barcha|butun) (?:\w+ )?dori\w* (?:ichib|ichdi|ichdim|yutdi|yutdim)|"
        r"uyg'onmayapti",
    ),
    "other": (r"o'lmoqchi|o'zini o'ldir\w*|joniga qasd|ўлмоқчи|ўзини ўлдир\w*",),
    "check": (r"chiday olmayman|boshqa chidolmayman|чидай олмайман",),
    "distress": (r"yolg'iz\w*|ёлғиз\w*",),
    "place": (r"(?:ko'prik|tom|jar|ko'prikning ustida|tomning ustida)(?:da)? turibman",),
    "method": (r"qancha (?:\w+ ){0,3}?(?:ichsam o'laman|o'laman|o'lish uchun|o'ldiradi)",),
}
