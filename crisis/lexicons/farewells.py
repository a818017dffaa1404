"""Farewells told to the course, and their kin, across languages with few phrases elsewhere.

A writer who leaves tells the course not to send the next lesson because they "won't be here",
that the letters are written, the will made, the pet given to someone, the pills put by, that
they are going "but not on a trip"; an overdose is told by the whole strip or every pill; a
lethality question asks how many it takes "not to wake"; someone else's risk is told with "says
he has no reason to live", "will follow him soon", "a place you don't come back from". Each is
written here in the languages the other lexicons hold least of (Vietnamese, Thai, Swahili,
Amharic, Greek, Hungarian, Hebrew, Bengali, Urdu, Czech, Romanian, Polish, Ukrainian, Chinese,
Korean, Persian, Tagalog, Malay, and Greek, Hebrew, Bengali and Russian typed in Latin letters)
and in the larger ones where a form was missing. A goodbye with thanks for an interesting
course ("Прощайте, было очень интересно") is guarded.
"""

LEXICON = {
    "guard": (
        r"прощайте (?:\w+ ){0,3}?(?:было (?:очень )?интересно|спасибо)",
        r"(?:не|nie|ne) (?:хочу|chce) (?:умирать|umierac)",
    ),
    "intent": (
        r"den (?:thelo|thelw) na (?:zo|zhso|zw|ziso)|δεν θέλω να ζω|"
        r"(?:ani )?lo (?:rotze|rotza|rotsa) lihyot|לא (?:רוצה|רוצָה) לחיות",
        r"(?:ami )?(?:r|aar|ar) (?:bachte|banchte) (?:chai|chaina|chai na)",
        r"ne (?:hochetsya|hochetsa|khochetsya) (?:bolshe )?zhit",
        r"rasa nak mati|nak mati je",
        r"nem akarok (?:tovabb |mar )?elni",
        r"(?:nataka|ninataka) kufa|nitajiua",
        r"تمامش (?:می|مي) ?کنم|به زندگیم پایان",
        r"рішення (?:прийняв|прийняла|ухвалив)(?= (?:[^ ]+ ){0,6}?(?:зброя|таблетки|мотузка))|"
        r"(?:зброя|таблетки|мотузка) (?:поруч|напоготові)(?= (?:[^ ]+ ){0,6}?рішення)",
    ),
    "prepare": (
        # the next lesson not needed: "I won't be here (to read it)"
        r"(?:mình|tôi|em) (?:sẽ )?không còn ở đây|không còn ở đây để đọc|hẹn gặp lại ở kiếp sau",
        r"จะไม่อยู่แล้ว|ไม่อยู่บนโลกนี้แล้ว",
        r"እኔ አልኖርም|አልኖርም",
        r"לא (?:אהיה|אהיֶה) (?:כאן|פה|יותר)",
        r"(?:mar )?nem leszek (?:mar|tobbe)|mar nem leszek",
        r"আমি (?:আর )?থাকব না|সব ঠিক করে রেখেছি|চলে যাব(?= (?:[^ ]+ ){0,3}?কেউ জানে না)|"
        r"oshudh ?gulo jomiye|ওষুধ(?:গুলো)? জমিয়ে",
        r"میں نہیں رہوں گ|نہیں رہوں گ",
        r"je ne serai plus (?:la|ici)|ne serai plus la",
        r"już mnie nie (?:będzie|bedzie)(?! (?:\w+ ){0,2}?(?:w pracy|w domu|na zajęciach|"
        r"przez|do))",
        r"我(?:就)?不在了|(?:把|将)(?:我的)?(?:猫|狗|宠物)托付给",
        r"편지도 다 ?써 ?놨",
        r"nimeshaandika barua|barua zangu zote|nitamaliza kila",
        r"(?:η γάτα|ο σκύλος) θα πάει (?:στην|στον|στη)(?= (?:[^ ]+ ){0,6}?(?:τελειώνω|φεύγω))",
        r"nu mai am nevoie de (?:\w+ )?(?:mementouri|"
        r"lectii|lecții|notificari|notificări|mesaje) dupa",
        r"(?:mám|mam) (?:doma )?(?:schované|schovane|nasbírané) (?:prášky|prasky|léky|leky)",
        r"(?:a macskámat|a kutyámat|a macskamat|a kutyamat) (?:már )?odaadtam",
        r"(?:me voy|me marcho)(?: \w+){0,3}? pero no de (?:viaje|vacaciones)",
        r"aalis na ako(?: \w+){0,3}? hindi (?:bakasyon|biyahe|trip)|"
        r"hindi ko na kailangan (?:yung|ang) susunod",
        r"(?:já )?fiz o seguro de vida em nome d",
        r"ubat (?:tidur )?(?:dah|sudah) (?:kumpul|simpan)|dah kumpul (?:banyak )?ubat",
        r"tabletki (?:uzhe )?lezhat",
    ),
    "overdose": (
        r"uống hết (?:cả )?(?:vỉ|lọ|hộp) thuốc|uong het (?:ca )?(?:vi|lo|hop) thuoc",
        r"กินยา[^ ]{0,12}?(?:ไป)?ทั้ง(?:แผง|ขวด|กระปุก)",
        r"nimekunywa vidonge vyote|nimemeza vidonge vyote",
        r"(?:meine )?(?:ganzen|gesamten|sämtlichen|alle meine|alle) (?:schlaf)?tabletten "
        r"(?:\w+ ){0,2}?(?:genommen|geschluckt)",
    ),
    "method": (
        r"(?:ile|jak) (?:[^ ]+ ){0,5}?(?:żeby|zeby|aby) na pewno (?:umrzeć|umrzec|się zabić)",
        r"(?:uống|uong) bao nhiêu (?:viên )?(?:thuốc ngủ )?(?:thì|là)? ?không (?:tỉnh|dậy)",
        r"(?:hufi|kufa|nife) bila maumivu|dawa gani (?:\w+ ){0,4}?(?:hufi|kufa)",
    ),
    "other": (
        r"(?:δεν έχει|δεν εχει) λόγο να ζει",
        r"(?:za ním|za ní|za nimi) (?:brzy )?(?:půjde|pujde)",
        r"הודעה (?:מוזרה )?של פרידה",
        r"(?:সে )?আর বাঁচতে চায় না",
        r"(?:bojh|boj) hai(?= (?:\w+ ){0,8}?(?:balcony|chhat|terrace))",
        r"(?:لن يتحمل|ما عاد يتحمل) (?:[^ ]+ ){0,4}?(?:ودعنا|ودّعنا)|(?:انه|إنه) ودعنا",
        r"(?:去|到)(?:一个)?不回来的地方",
        r"(?:ameniambia|amesema|anasema) (?:\w+ )?atajiua|atajiua",
    ),
    "distress": (
        r"ร้องไห้ทุกคืน|เครียด(?:มาก|เรื่อง)",
        r"m am simtit gol|ma simt gol",
        r"(?:אני )?(?:מרגיש|מרגישה) ריק",
    ),
}
