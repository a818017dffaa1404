"""A weapon taken out and sat with, a pet given to the neighbour, painkillers saved up, all
prepared, a letter for if one is missing tomorrow, praying for death; and the plain words of
sadness, as the other lexicons did not yet read them in these languages:

- ``prepare``: a rifle taken from the safe and held a long time (Russian, Ukrainian); the dog
  given to the neighbour (Ukrainian, Russian), not for a week's holiday; pills or painkillers
  saved up (Turkish "ağrı kesicilerimi biriktiriyorum", Swedish "sparar dem i en burk"); all
  one's things given to a friend (Pashto "ټول شیان ... ورکړل"); a letter for if one is missing
  tomorrow (Swahili "nikikosekana kesho, mwambie nilimpenda"); tools or a horse given away
  beside "cuando me vaya" (Spanish); pesticide kept under the bed (Chinese "把农药放在床底下").
- ``intent``: wanting no longer to be alive, praying for death every night (Pashto); an end put
  to everything once there are enough (Turkish "her şeye son vereceğim").
- ``place``: standing on a terrace railing looking down (Hinglish), not for a photo.
- ``check``: "I've decided everything" (Ukrainian, Russian); "ho preparato tutto" beside a will
  or a pet given (Italian), not for a holiday or a party; thinking about "the way" to be done
  with the pain (Levantine Arabic).
- ``distress``: exhausted with no one to talk to (Hindi), everything hard (Swahili), lonely
  (Swedish), sad and missing family (Pashto, Tigrinya), waking in fear from nightmares (Persian),
  a tight heart and no sleep over the news (Sudanese Arabic).

Not read: a dog left with the neighbour for the weekend, saving money in a jar, standing at the
railing for a selfie, a decision about a holiday. Written folded (see ``crisis.lexicons``);
pure.
"""

# A gap of up to four words of any script.
W4 = r"(?:[^ ]+ ){0,4}?"

LEXICON = {
    "prepare": (
        r"(?:достал|достала|взял|взяла|дістав|дістала|взяв) (?:\w+ )?(?:ружье|ружье|пистолет|"
        r"оружие|рушницю|пістолет|зброю) " + W4 + r"(?:сидел|сидела|держал|держала|сидів|сиділа|"
        r"тримав|тримала)",
        r"(?:собаку|кота|кошку|кішку|пса) (?:\w+ )?(?:отдала|отдал|віддала|віддав) (?:\w+ )?"
        r"(?:соседке|соседу|соседям|сусідці|сусіду|сусідам)(?!.*(?:на время|на неделю|на "
        r"выходные|пока|на час|на тиждень|на вихідні|поки|у відпустку|в отпуск))",
        r"(?:ilac\w*|hap\w*|agri kesici\w*|uyku hap\w*) (?:\w+ )?biriktir\w*",
        r"(?:slutat ta (?:min |mina )?(?:medicin|tabletter)\w* och )?sparar (?:dem|dom|"
        r"tabletterna|pillren|medicinen) i en (?:burk|lada|pase)",
        r"ټول شیان " + W4 + r"ورکړل",
        r"(?:nikikosekana|nisipokuwepo|nikifa) (?:kesho )?(?:\w+ )?(?:mwambie|waambie) "
        r"(?:nilimpenda|niliwapenda)",
        # Spanish: tools, a horse, the dogs or a gun given away, beside "when I'm gone" or not
        # wanting anyone to clean up after one ("cuando me vaya", not "cuando me vaya a Lima")
        r"^(?=.*\b(?:regalé|regale|he regalado|repartí|reparti|di|dejé|deje) (?:\w+ ){0,3}?"
        r"(?:herramientas|caballos?|perros?|escopeta|rifle|montura|silla de montar|cosas|"
        r"camioneta|reloj|botas))(?=.*\b(?:cuando (?:me vaya|ya no esté|ya no este|me muera|yo "
        r"falte|falte)(?! (?:a|al|de|del|para|por|pa|en)\b)|nadie tenga que limpiar))",
        # Chinese: pesticide or pills put under the bed or the pillow
        r"(?:把)?(?:农药|農藥|百草枯|敌敌畏|敵敵畏|老鼠药|老鼠藥|安眠药|安眠藥)(?:已经|已經)?"
        r"(?:放|藏|摆|擺)(?:在|到)?(?:了)?(?:床底下|床下|枕头下|枕頭下|枕头底下|枕頭底下|床头|床頭)",
    ),
    "intent": (
        r"نور نه غواړم (?:چې )?ژوندی (?:اوسم|واوسم)|د مرګ دعا (?:کوم|کوی)",
        r"her seye son verecegim|hayatima son verecegim",
    ),
    "place": (
        r"(?:terrace|chhat|chat|balcony) (?:ki|ke) (?:railing|kinare|kinaare|munder|deewar) "
        r"(?:pe|par) (?:khada|khadi) (?:tha|thi|hoon|hu)(?!.*(?:photo|selfie|pic|video))",
    ),
    "check": (
        r"(?:я )?(?:вже|уже) (?:все|всё) (?:вирішила|вирішив|решила|решил)(?!\w)(?! (?:з|с|про|"
        r"насчет|щодо) )",
        # Italian: all prepared, beside a will, a letter or a pet given (a will alone is
        # excused as a plan for later, so this is asked about rather than assumed)
        r"ho (?:gia )?preparato tutto(?=.*(?:testamento|lettera|gatto|cane|e basta))"
        r"(?!.*(?:vacanz\w*|viaggio|festa|trasloco|matrimonio|cena))",
        r"(?:عم|بس|صرلی \S+ عم) ?(?:فکر|بفکر|افکر) بالطریقه",
    ),
    "distress": (
        r"कोई बात करने वाला नहीं|बहुत थक (?:गया|गई) (?:हूं|हूँ)(?= .*(?:दर्द|अकेला|अकेली|कोई नहीं))",
        r"kila kitu ni kigumu",
        r"kanner mig (?:sa |sa himla |jatte )?ensam|ingen ringer (?:mig )?(?:langre|nagonsin)?",
        r"زه ډېر خفه یم|کورنۍ مې (?:ډېره )?یاده ده",
        r"ጉሂየ|ናፊቐያ",
        r"(?:با ترس|با وحشت) بیدار میشم|هر شب کابوس",
        r"قلبی مقبوض|ما (?:قادره|قادر) (?:انام|انوم|نام)",
    ),
}
