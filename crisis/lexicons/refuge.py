"""The languages of people who crossed borders to ask for asylum or to study, and the forms of the
big languages that others' lexicons lack: Pashto, Sorani and Kurmanji Kurdish, Somali, Tigrinya,
Amharic, Dari and Persian (in its own script and typed in Latin letters), Arabic (standard,
Levantine and typed in Latin letters, "Arabizi"), Urdu and Bengali (also in Latin letters),
Ukrainian, Russian, Chinese, Vietnamese, Korean, Turkish and Tagalog.

Every kind a newcomer writes in: wanting to end one's life or not to wake up, pills gathered and
waiting for the room to empty, a rope tied or brought, a day chosen, a will or a farewell letter,
standing on a bridge or a roof, cutting or a blade at hand, the lethal amount or the painless way
asked, all the pills swallowed, a friend or a relative who said they would kill themselves or who
will not wake; "I can't any more" for the check-in, loneliness, nightmares of war and
homesickness for the caring reply.

Guarded: the prayer said at a death ("inna lillahi wa inna ilayhi raji'un", asked how to say in
English), Persian and Levantine words of love about dying ("بمیرم برات", "الهی بمیرم", "تقبرني",
"may I die before you"), dying of laughter, a washing line, a shaving razor. Excused: a roof, a
bridge or a river with friends, coffee, a view or fishing (``outing``); a farewell letter for a
retiring colleague, a rope for the tent, vitamins gathered (``later``); a joke about a match
laughed at (``fiction``).
"""

# A gap of up to three words of any script.
W = r"(?:[^ ]+ ){0,3}?"
# "بمیرم برات" is an endearment; after "I want", "I wish" or "let me" it is the wish itself.
NOT_WISHED = (
    r"(?<!میخوام )(?<!میخواهم )(?<!میخواد )(?<!میخواست )(?<!کاش )(?<!بذار )(?<!بگذار )"
    r"(?<!دوست دارم )(?<!خدایا )"
)

LEXICON = {
    "guard": (
        # the prayer at a death, in Arabic script and in Latin letters
        r"انا لله وانا اليه راجعون|inn?a lill?ah?i(?: wa)? inn?a (?:ilayhi|ilaihi|ileyhi)",
        r"inn?a lill?aa?hi|inn?a lill?ah",
        # a razor for shaving
        r"(?:شفره|شفرات|موس|ماكينه) (?:ال)?حلاقه",
        # "may I die for you", "may I die for your eyes": Persian and Dari endearments
        r"(?:الهی )?" + NOT_WISHED + r"بمیرم (?:برات|برایت|برای تو|برای شما|براتون|واست|براش|"
        r"برای (?!همیشه|اینکه|این که|این)[^ ]+)|"
        r"قربونت برم|قربانت شوم|فدات شم|فدایت شوم",
        # Levantine: "I want to die of laughing, of hunger"; a washing line is no rope
        r"(?:موت|اموت|بموت) (?:من|م) (?:ال)?(?:ضحك|جوع|عطش|ملل|حر|برد|نعس|تعب)",
        r"حبل (?:ال)?غسيل",
        # Persian sympathy, "oh, may I die" for someone's hard day, and "for that smile of yours";
        # Levantine "may I die before you", said to a mother or a child out of love
        r"الهی بمیرم(?! (?:و |تا )?(?:راحت|تموم|خلاص))|"
        + NOT_WISHED
        + r"بمیرم (?:واسه|واسهی|واسه ی) "
        r"(?!همیشه|اینکه|این که|این)[^ ]+",
        r"(?:ياريت|يا ريت|ان شاء الله|انشالله|الله) (?:[^ ]+ )?(?:اموت|موت) "
        r"(?:قبلك|قبلكم|قبلها|قبله)|تقبرني|يقبرني|تقبريني",
    ),
    "method": (
        # how many of a medicine "would be enough" for one to die
        r"(?:كم|قديش|اديش|كام) "
        + W
        + r"(?:بتكفي|يكفي|تكفي|بيكفي|بكفي|كافيه) "
        + W
        + r"(?:يموت|اموت|للموت|الموت|موت|ما يصحى|ما اصحى)",
        r"\b(?:shu|sho|eh|eih|aya|ayya) (?:a7san|ahsan|asra3|asraa|ashal|as hal) (?:tari2a|tari2|"
        r"tare2a|taree2a|tareeqa|tariqa|6ari2a) "
        + W
        + r"(?:ymout|yemout|amout|amoot|moot|mout|yimoot|ente7ar|entehar|anta7er)\b",
        r"(?:کدوم|کدام|چه) (?:راه|روش)(?:ی)? " + W + r"(?:درد نداره|درد ندارد|بی درد|بیدرد|"
        r"بدون درد)(?= |$)(?=.*(?:طاقت|بمیرم|مردن|خودکشی|تموم))",
        r"(?:گولیاں|گولی|دوائی) (?:[^ ]+ ){0,3}?(?:کافی|چاہئیں|چاہیے|چاہییں) (?:[^ ]+ ){0,3}?"
        r"مرنے",
        r"(?:کون سی|کونسی|کتنی) "
        + W
        + r"(?:گولیاں|گولی|دوائی|دوا) "
        + W
        + r"(?:[^ ]+ )?(?:سے )?(?:آدمی |انسان |بندہ )?(?:سکون سے )?مر (?:جاتا|جاتی|جاؤں|سکتا|سکتی)",
        # Persian: how many pills are lethal; Arabic: how many pills kill
        r"(?:چند تا|چندتا|چه مقدار|چقدر) (?:[^ ]+ ){0,3}?(?:کشنده|میکشه|بمیرم)",
        r"(?:كم|قديش|اديش) (?:حبه|حبات|قرص) " + W + r"(?:بتقتل|تقتل|بيقتل|يقتل|قاتله|بتموت)",
        r"\b(?:kam|2addesh|addesh) (?:7abbe|7abe|7aba|habbe) (?:\w+ )?(?:bte2tol|bt2tol|yi2tol|"
        r"te2tol|btmawet)\b",
        r"скільки (?:\w+ )?(?:таблеток|пігулок) (?:\w+ )?(?:треба|потрібно) (?:щоб|аби) (?:не "
        r"прокинутис|померти|вмерти)",
        # how many pills to die: Amharic, Somali, Sorani, Vietnamese
        r"ምን ያህል ኪኒ[^ ]* (?:[^ ]+ ){0,2}?(?:እሞታለሁ|ይገድላል|ለመሞት)",
        r"\b(?:meeqa|immisa|imisa) kiniin\w* (?:\w+ ){0,2}?(?:dila|dilaya|dhinto|ku dhimaa|"
        r"u dhimato)\b",
        r"چەند (?:حەب|دەرمان)[^ ]* (?:[^ ]+ ){0,2}?(?:بمرم|دەمرم|دەکوژێت)",
        r"bao nhiêu viên (?:\w+ ){0,3}?(?:thì|để|sẽ|là) (?:chết|không tỉnh|không dậy)",
    ),
    "overdose": (
        r"\b(?:akalt|bala3t|bla3t|khadt|akhadt|a5adt|shrebt|sharabt) (?:kol|kell|kil|3elbet|"
        r"3elbit|shari6) (?:el |al )?(?:7oboob|7ubub|7bob|7obob|7boob|dawa|adwiya|2dwiye)\b",
        r"(?:刚|剛|已经|我)?(?:吞了|吃了|喝了)(?:一整瓶|整瓶|一瓶|很多|好多|一大把|一堆)(?:的)?"
        r"(?:安眠药|安眠藥|药|藥|药片|止痛药)",
        # Persian: the pills all swallowed; Pashto: all the pills eaten; Somali: all the tablets
        r"(?:قرص|دارو)[^ ]* (?:رو |را )?(?:همه|همشو|همه شو|یکجا) (?:رو |را )?خوردم",
        r"(?:ټولې|ډېرې|ډیرې) (?:ګولۍ|گولۍ|ګولی|گولی) (?:[^ ]+ )?وخوړلې",
        r"\bkiniin\w* (?:oo dhan|badan|dhammaan) (?:\w+ )?(?:ayaan )?(?:liqay|cunay|qaatay)\b",
        r"(?:اكلت|بلعت) (?:كل|كامل) (?:ال)?(?:حبوب|دوا|ادويه|علبه)",
        # many pills or all of them swallowed: Amharic, Sorani
        r"(?:ብዙ|ሁሉንም) ኪኒ[^ ]* (?:[^ ]+ )?(?:ውጫለሁ|ወሰድኩ|ዋጥኩ)",
        r"هەموو (?:حەب|دەرمان)[^ ]* (?:[^ ]+ )?خوارد",
    ),
    "intent": (
        # Sorani: "I want to put an end to my life", "I will kill myself"
        r"کۆتایی (?:بە |به )?ژیانم|خۆم (?:دەکوژم|بکوژم|ئەکوژم)",
        # Pashto: throw myself from the bridge, kill myself; all the pills I'll swallow
        r"ځان (?:له|د|تر|پر) " + W + r"(?:و)?غورځوم|ځان (?:وژنم|ووژنم)",
        r"(?:ټولې|ټولی) (?:ګولۍ|گولۍ|ګولی|گولی) " + W + r"(?:وخورم|خورم)|"
        r"(?:ګولۍ|گولۍ) " + W + r"(?:ټولې )?وخورم",
        # Somali: take my own life, kill myself
        r"\bnaftayd?a (?:\w+ )?(?:qaad|qaat|dil|ka saar)\w*|\bis (?:dilo|dili|dilayaa|dilaa)\w*",
        # Tigrinya: tired of living, "I will finish it myself", "I will kill myself"
        r"ምንባር (?:[^ ]+ )?ደኺመ|ባዕለይ (?:[^ ]+ )?(?:ክውድኦ|ክውዳእ|ክቐትል)|ርእሰይ (?:[^ ]+ )?(?:ክቐትል|ክቀትል)",
        # Amharic: fed up with living, decided to stop everything tonight, to kill myself
        r"መኖር (?:[^ ]+ )?(?:ሰልችቶኛል|አልፈልግም|ደክሞኛል)|ሁሉንም ነገር (?:[^ ]+ )?(?:ላቆም|ላጠፋ) ወስኛለሁ|"
        r"ራሴን (?:[^ ]+ )?(?:ማጥፋት|ልገድል|እገድላለሁ)|መሞት እፈልጋለሁ",
        # Persian typed in Latin letters: "I want to end it", "I want to kill myself"
        r"\b(?:mikham|mikhaam|mikhastam|mikhad delam) (?:\w+ )?(?:tamoomesh|tamumesh|tamomesh) "
        r"(?:konam|kunam)\b|\b(?:khodamo|khodam ro|khodamu) (?:mikosham|bokosham)\b|\bkhodkoshi\b",
        # Chinese: on the roof and want to jump
        r"想跳下去|想跳楼|想跳樓|我要跳下去",
        # Pashto: I don't want to live any more, I want to die
        r"(?:نه|نۀ) غواړم (?:نور )?ژوندی (?:اوسم|پاتې شم|پاتی شم)|ژوند (?:نور )?نه غواړم|"
        r"غواړم (?:چې )?مړ شم",
        # Sorani: I want to die, I don't want to live
        r"دەمەوێت (?:ئیتر )?بمرم|نامەوێت (?:ئیتر )?بژیم|حەز دەکەم بمرم",
        # Kurmanji: I want to die, I will kill myself, I don't want to live any more
        r"\b(?:dixwazim|dixwazim ku|ez dixwazim) (?:bimirim|xwe bikujim)\b|\bxwe bikujim\b|"
        r"\bnaxwazim (?:êdî |edî )?(?:bijîm|bijim)\b",
        # Somali: I want to die, I don't want to live
        r"\b(?:doonayaa|rabaa|rabo|doonaa) inaan dhinto\b|\bma (?:doonayo|rabo|doonaayo) inaan "
        r"(?:sii )?noolaado\b|\bwaan dhiman (?:doonaa|rabaa)\b",
        # Tigrinya: I want to die, I don't want to live in this world
        r"ክመውት (?:[^ ]+ )?(?:ደልየ|እደሊ)|ክነብር (?:[^ ]+ )?ኣይደልን",
        # Urdu and Bengali typed in Latin letters: I'll kill myself, I want to die
        r"\bkhud ?kushi kar (?:lunga|lungi|lun|loon|loonga|loongi|rahi|raha|ne wala|ne wali)\b|"
        r"\b(?:more jete|morte|mor(?:e)? jabo) chai\b|\batmo ?hotta (?:korbo|korte chai)\b|"
        r"\bbachte chai na\b",
        # Chinese: on the balcony or the roof and wanting to jump; not wanting to live on
        r"(?:阳台|陽台|天台|楼顶|樓頂|屋顶|屋頂|桥上|橋上)[^ ]{0,8}? ?(?:想跳|要跳)|"
        r"不想(?:再)?活(?:下去)?了",
        # Korean: want to jump down; Tagalog: I don't want to live any more
        r"뛰어내리고 ?싶|\bayoko (?:na|nang) (?:ma)?buhay\b",
        # Levantine: kill myself ("حالي"); Persian: I'll kill myself; Ukrainian: I'll end it
        r"(?:اقتل|بقتل|قتلت|رح اقتل) (?:حالي|روحي)",
        r"خودم (?:را|رو) (?:میکشم|بکشم|خواهم کشت)",
        r"покінчу (?:життя )?(?:з собою|самогубством)",
        # Somali: I too will follow them (the family lost)
        r"\baniguna waan (?:raacayaa|raaci doonaa|raacaa)\b|\bwaan (?:raacayaa|raaci doonaa) "
        r"(?:iyaga|qoyskayga|hooyaday|aabahay|carruurtayda)\b",
    ),
    "passive": (
        # Persian: I don't want to wake up in the morning; better if I don't wake tomorrow
        r"(?:نمیخوام|نمی خوام|نمیخواهم|نمی خواهم|دیگه نمیخوام) (?:صبح |فردا )?(?:بیدار|پا) "
        r"(?:بشم|شوم|شم)|بیدار نشم (?:[^ ]+ )?بهتر|کاش (?:[^ ]+ ){0,2}?بیدار نشم",
        # Standard Arabic: I no longer wish to wake
        r"(?:لم اعد|ما عدت|ما عدتش|لا) (?:ارغب|اريد|ابغى|بدي) (?:في )?(?:ان )?(?:استيقظ|اصحى|"
        r"اصحو|اعيش)",
        # Tigrinya: death is better
        r"ሞት (?:[^ ]+ )?(?:ይሓይሽ|ይሐይሽ|ይሻለኒ)",
        # Ukrainian: better if the missile had got me too
        r"краще б (?:мене|я) " + W + r"(?:накрило|вбило|убило|загинув|загинула|не стало|помер|"
        r"померла|не вижив|не вижила)",
        # Tagalog: wish I had not woken up
        r"\bsana (?:hindi|di) na (?:lang )?ako (?:nagising|magising|gumising)\b",
        # Pashto: I wish I were dead, I wish I had not been born
        r"کاش (?:زه )?(?:مړ|مر) (?:شوی|شوې|شوي) (?:وای|وم)|کاش (?:زه )?(?:پیدا|زېږېدلی|زیږیدلی) "
        r"(?:شوی )?نه (?:وای|وم)",
        r"краще (?:я )?(?:помру|вмру|загину|мене не буде)",
    ),
    "prepare": (
        # pills gathered: Persian, Ukrainian
        r"(?:قرص|دارو)[^ ]*(?: [^ ]+){0,4}? جمع (?:کردم|کرده ام|میکنم|کردهام)",
        r"(?:зібрала|зібрав|збираю|накопичила|накопичив|назбирала|назбирав) (?:\w+ ){0,2}?"
        r"(?:таблетки|пігулки|ліки)",
        r"(?:собрала|собрал|накопила|накопил|коплю) (?:\w+ ){0,2}?(?:таблетки|снотворное)",
        # Urdu: a rope tied to the fan
        r"(?:پنکھے|چھت|پنکھا) (?:سے|پر|میں|کے ساتھ) (?:رسی|پھندا|دوپٹہ|دوپٹا) (?:باندھ|لٹکا)",
        # Pashto: all the pills gathered
        r"(?:ګولۍ|گولۍ|ګولی|گولی) (?:[^ ]+ )?راټول",
        # Persian typed in Latin letters: the day chosen
        r"\b(?:rooz|ruz|tarikh)\w* (?:\w+ )?(?:ro|ra|roo) (?:entekhab|moshakhas) "
        r"(?:kardam|kardim)\b",
        # Arabizi: I want to say goodbye to everything tonight
        r"\b(?:bdi|baddi|bddi|beddi|3ayez|3ayza) (?:wadde3|waddi3|wade3|awade3|awadda3|wadda3) "
        r"(?:kol|kel|kell) (?:shi|she|7ada|el nas|7ad)\b",
        # Vietnamese: the rope prepared, a will written, one last time
        r"chuẩn bị (?:sẵn )?(?:dây|thuốc|dao)|(?:em|tôi|mình) (?:đã )?viết (?:xong )?di chúc|"
        r"viết di chúc rồi|"
        r"(?:nói chuyện|nói) (?:\w+ ){0,3}?(?:ai đó|mọi người|ai) (?:một )?lần cuối",
        # Korean: sorry, mum, and then the Han River tonight, or wanting to stop now
        r"미안해 (?:[^ ]+ ){0,8}?(?:(?:이제 ?|다 ?|전부 ?|모든 ?걸 ?)그만하고 ?싶|한강)",
        # Amharic, Tigrinya: everything decided for tonight
        r"ዛሬ ማታ (?:[^ ]+ ){0,2}?(?:ላቆም|ክውድኦ)",
        # a will or a farewell letter written: Pashto, Sorani, Somali, Tigrinya, Amharic
        r"(?:خپل )?وصیت (?:مې )?(?:لیکلی|ولیکه|لیکم)",
        r"نامەی ماڵئاوایی|نامەیەکی ماڵئاوایی|وەسیەتنامەکەم",
        r"\bwarqad (?:\w+ )?(?:macsalaameyn|nabadgelyo)\w*|\bdardaarankayga (?:ayaan )?qoray\b",
        r"ኑዛዜ[^ ]* (?:ጻሕፈ|ጽሒፈ|ጻፍኩ|ጽፌያለሁ)",
        # Chinese: the last letter written; Vietnamese: a letter to one's parents, then goodbye
        r"写好(?:了)?遗书|寫好(?:了)?遺書|写了遗书|寫了遺書|遗书写好|遺書寫好",
        r"viết thư (?:[^ ]+ ){0,5}?tạm biệt",
        # Levantine: a rope brought and put in the room; pills gathered, in Latin letters too
        r"(?:جبت|اشتريت|حضرت|جهزت|ربطت) (?:ال)?حبل",
        r"\b(?:jama3t|jam3t|5abbet|khabbet|5abbayt|khabbayt) (?:el |al )?(?:7oboob|7bob|7ubub|dawa|"
        r"adwiye)\b",
    ),
    # A joke about a match or an exam, laughed at: "if we lose he'll kill himself haha"
    "fiction": (r"(?:فوتبال|بازی|مسابقه|امتحان|کنکور)(?=.*(?:هاها|خخخ|ههه|haha))",),
    "outing": (
        # a roof or a riverside with friends, coffee, a view, a picnic
        r"uống cà phê|ngắm (?:cảnh|hoàng hôn|sao)|với (?:bạn|các bạn|gia đình)|chụp ảnh",
        r"আড্ডা|বন্ধুদের সাথে|চা খাচ্ছি|ঘুড়ি|কাপড় শুকাতে",
        r"烧烤|燒烤|看星星|看日落|晒被子|曬被子|和朋友|跟朋友|拍照|咖啡|餐厅|餐廳|酒吧|吃饭|吃飯",
        r"친구(?:들)?(?:이랑|하고|랑|와)|치맥|피크닉|자전거|라면|늦게 들어",
        r"عکس میگیرم|عکس گرفتم|عکس بگیرم|غروب|با دوستان|با دوستام|با بچه ها|منظره|"
        r"مع رفقاتي|مع اصحابي",
        # Turkish: fishing, photos, the view, with friends, a picnic
        r"balık tut\w*|fotoğraf çek\w*|manzara\w*|arkadaşlarla|piknik\w*",
        r"晒|曬|晾|收衣服",
    ),
    # the Han River with friends, home late: a sorry to one's mother, not a farewell
    # A farewell letter for a colleague who retires or a classmate who moves away.
    "later": (
        r"친구(?:들)?(?:이랑|하고|랑|와)|치맥|피크닉|자전거|늦게 들어",
        r"(?:برای|واسه) (?:همکار|همکلاسی|معلم|استاد)[^ ]*|بازنشسته|جشن خداحافظی|مهمونی خداحافظی|"
        r"مهمانی خداحافظی|ویتامین|مکمل",
        # a rope for the tent, the washing, the balcony, the car
        r"(?:ل|لل)(?:خيمه|غسيل|بلكون|تخييم|شنطه|سياره|رياضه|نشر|تمرين)",
    ),
    "place": (
        # Bengali: sat on the roof of the shelter, looking down
        r"ছাদে (?:উঠে )?(?:বসে|দাঁড়িয়ে) আছি",
        # Vietnamese: sitting on the railing, the roof, the bridge
        r"(?:đang )?(?:ngồi|đứng) (?:trên )?(?:lan can|mái nhà|sân thượng|thành cầu|mép)",
        # Chinese: on the roof now
        r"(?:我)?(?:现在|現在)(?:在)?(?:[^ ]{0,6})(?:楼顶|樓頂|天台|屋顶)",
        # Pashto, Sorani, Somali, Tigrinya, Amharic: standing on the bridge or the roof now
        r"(?:پل|چت|بام) (?:[^ ]+ ){0,2}?(?:ولاړ|ناست) یم",
        r"لەسەر (?:پردەکەم|پردێکم|سەربانەکەم|سەربانم|بانەکەم)",
        r"\bwaxaan (?:ku )?(?:taaganahay|fadhiyaa|joogaa) (?:\w+ )?(?:buundada|saqafka|dusha)\w*",
        r"ድልድል (?:[^ ]+ )?(?:ደው ኢለ|ኮፍ ኢለ)|ድልድዩ ላይ (?:ቆሜያለሁ|ተቀምጫለሁ)|ጣሪያ ላይ (?:ቆሜያለሁ|ነኝ)",
        # Urdu, Bengali: on the bridge or the roof now
        r"میں (?:[^ ]+ ){0,2}?(?:پل|چھت|ریلوے لائن|پٹری) (?:پر|کے اوپر) "
        r"(?:کھڑا|کھڑی|بیٹھا|بیٹھی) ہوں",
        r"(?:ব্রিজের|সেতুর|ছাদের|রেললাইনের) (?:উপর|উপরে|ওপর|ওপরে|ধারে) (?:দাঁড়িয়ে|বসে) আছি",
        # Arabic: on the roof and about to jump
        r"(?:على|فوق) (?:ال)?(?:سطح|جسر|بلكون)[^ ]* " + W + r"(?:و)?(?:بدي|رح|ناوي|ح) (?:انط|اقفز|"
        r"ارمي حالي|انزل)",
        r"\b(?:fo2|foo2|3ala|3a) (?:el |l )?(?:sat7|jisr|jesr|balkon) (?:\w+ ){0,2}?(?:bdi|badi|"
        r"ra7|bddi) (?:n2ot|not|o2foz|2ot|a2fez|ente7er)\b",
        # Persian: on the bridge or the roof now
        r"(?:روی|رو|بالای|لب) (?:پل|پشت بوم|پشتبوم|بام|پشت بام)[^ ]* (?:[^ ]+ )?(?:ایستادهام|"
        r"ایستادم|وایسادم|نشستم|نشستهام|هستم)",
        r"\b(?:roye|rooye|ruye|lab) (?:pol|poshtbom|posht bom|bom) (?:\w+ )?(?:hastam|vaysadam|"
        r"istadam|neshastam)\b",
        # Chinese: standing on a bridge or a roof; Korean: come up to the rooftop
        r"站在(?:桥|橋|楼顶|樓頂|天台|屋顶|屋頂)上?|옥상에 ?올라(?:왔|와 ?있)",
    ),
    "self_harm": (
        # Sorani: I cut my arm with a knife every night
        r"(?:دەستم|دستم|خۆم|قۆڵم|باسکم) (?:بە |به )?(?:چەقۆ|گوێزان|تیغ) (?:دەبڕم|بڕی|بڕیوە|دەبرم)",
        # Dari and Persian: I wound my hand with a knife
        r"(?:دستم|خودم|بدنم|مچم|رگم) (?:را |رو )?(?:با (?:چاقو|تیغ) )?(?:زخمی میکنم|زخمی کردم|"
        r"میبرم|بریدم|خط میندازم)|با (?:چاقو|تیغ) (?:دستم|خودم|مچم)",
        # Amharic: cutting my body with a razor
        r"(?:ሰውነቴን|እጄን|ራሴን) (?:[^ ]+ )?(?:መቁረጥ|ቆረጥኩ|እቆርጣለሁ)",
        # Levantine: in the bathroom now with a blade
        r"(?:و)?(?:معي|بايدي|بيدي|ماسك|ماسكه|حامل) (?:ال)?(?:شفره|موس|شفرات|شفرة)",
        # Turkish: I cut my wrist
        r"(?:bileğimi|bileklerimi|kendimi) (?:\w+ )?(?:kestim|kesiyorum|keseceğim)",
        # Pashto: I cut my hand; Somali: I cut my arm
        r"(?:ما )?خپل (?:لاس|مړوند|لاسونه) (?:[^ ]+ ){0,2}?پرې (?:کړ|کړل|کوم)"
        r"(?!.*(?:پیاز|پخل|ترکار|غوښ|سبز|کار کې))",
        r"\b(?:gacanta|gacmaha|cududda|jirkayga) (?:\w+ ){0,2}?(?:iska jaray|iska jarayaa|is "
        r"jaray|iska goostay)\b",
        # Levantine: cutting or hurting oneself ("حالي", "ايدي")
        r"(?:اجرح|جرحت|بجرح|اقطع|قطعت|بقطع|اذيت|اذي|بأذي|باذي) (?:حالي|روحي|معصمي)",
    ),
    "other": (
        # Persian: my roommate cut their wrists; my sister said she would kill herself
        r"(?:دستاشو|دستشو|دستش را|رگشو|رگش را|مچشو|دستهاش رو) (?:با [^ ]+ )?(?:بریده|زده)",
        r"خودش (?:را |رو )?(?:میکشد|میکشه|بکشد|بکشه|میکشم)",
        # Pashto: a friend on the roof who says he will throw himself
        r"(?:ملګری|ملگری|ورور|خور|زوی|لور) " + W + r"(?:چت|پل) " + W + r"(?:ولاړ|ناست)|"
        r"(?:وايي|وايی|ويل|وویل) (?:چې )?ځان (?:غورځوم|وژنم)",
        # Russian: a roommate drank pills and will not wake
        r"(?:выпил|выпила|наглотался|наглоталась|съел|съела) (?:\w+ ){0,2}?"
        r"(?:таблет\w*|снотворн\w*) (?:\w+ ){0,3}?(?:не просыпается|не могу разбудить|"
        r"без сознания|не дышит)",
        # Tigrinya: he called and said he would kill himself
        r"(?:ርእሰይ|ርእሱ) (?:[^ ]+ )?(?:ክቐትል|ክቀትል) (?:[^ ]+ )?(?:እየ )?(?:ኢሉ|ኢላ)|"
        r"ክቐትል ርእሰይ እየ (?:ኢሉ|ኢላ)",
        # Urdu: my cousin standing on the bridge
        r"(?:کزن|بھائی|بہن|دوست|بیٹا|بیٹی|شوہر|بیوی) " + W + r"(?:پل|چھت|پٹری) (?:پر|کے اوپر) "
        r"کھڑ(?:ا|ی)",
        # Arabizi: a friend texted "forgive me" and switched his phone off
        r"\b(?:sa7bi|sahbi|sa7bti|a5oy|akhoy|a5i|okhti|ukhti|5ayy) (?:\w+ )?(?:ba3atli|b3atli|"
        r"katabli|2alli|alli|ba3atly) (?:\w+ )?(?:sam7ni|sam7eeni|sam7ini|samehni)\b",
        # Chinese: the roommate took a lot of medicine and will not wake
        r"(?:她|他)(?:说|說)?(?:她|他)?吃了(?:很多|好多|一堆|一整瓶|整瓶)(?:的)?(?:药|藥)",
        # Turkish: a friend on the bridge who just said goodbye
        r"(?:arkadaşım|kardeşim|ablam|abim|sevgilim|oda arkadaşım) (?:\w+ ){0,2}?(?:köprüde|"
        r"çatıda|raylarda) (?:\w+ ){0,8}?(?:veda|atla\w*|intihar\w*|ölmek|öleceğ\w*|polis\w*|"
        r"ne yapmalıyım|yardım)|(?:beni )?(?:arayıp|arayip|arayarak) veda etti",
        # Persian: a friend on the roof who says they will jump; a brother who took many pills
        r"(?:میگه|گفت|میگوید) (?:[^ ]+ )?(?:میپرم|میپره|خودمو میکشم|خودم را میکشم)",
        r"(?:قرص|دارو)[^ ]* (?:زیادی|زیاد|همه|خیلی) (?:[^ ]+ )?خورده(?= |$)",
        # Pashto: he has eaten many pills; Somali: he ate many tablets
        r"(?:ډېرې|ډیرې|ټولې) (?:ګولۍ|گولۍ|ګولی|گولی) (?:[^ ]+ )?خوړلې (?:دي|دی)",
        r"\b(?:wuxuu|waxay) (?:\w+ )?(?:cunay|liqay|qaatay) (?:\w+ )?(?:kiniin|daawo)\w* (?:badan|"
        r"oo dhan)\b(?! oo (?:fitamiin|vitamin|macmacaan))",
        # Chinese: someone on the roof who says they will jump
        r"(?:说|說)(?:要|想)跳",
        r"покінчить (?:життя )?(?:з собою|самогубством)",
        # Amharic: he said he would destroy himself; a friend swallowed many pills
        r"(?:ራሱን|ራሷን) (?:ሊያጠፋ|ሊገድል|ልታጠፋ|ልትገድል)|"
        r"(?:ብዙ|ሁሉንም) ኪኒ[^ ]* (?:[^ ]+ )?(?:ውጧል|ወስዷል|ወስዳለች|ውጣለች)",
        # Vietnamese: took the medicine and will not wake
        r"thuốc (?:\w+ ){0,4}?(?:không tỉnh|gọi không dậy|bất tỉnh)",
    ),
    "check": (
        r"(?:ئیتر|ئیدی|چیتر) ناتوانم",
        r"نور (?:نه|نشم) (?:شم )?کولی|نور نه شم",
    ),
    "distress": (
        # Persian and Dari: nightmares of the war, so tired, homesick, cannot sleep
        r"کابوس|خیلی خسته ?ام|خیلی خستم|دلم (?:[^ ]+ ){0,3}?تنگ|نمیتوانم (?:درست )?بخوابم|"
        r"نمیتونم (?:درست )?بخوابم",
        # Pashto: my heart is heavy
        r"زړه (?:مې )?(?:ډېر |ډير |ډیر )?تنګ|زړه (?:مې )?(?:ډېر |ډير |ډیر )?تنگ",
        # Tigrinya: so worried about my family, no sleep
        r"ድቃስ የብለይን|ሓሳብ (?:[^ ]+ )?ደኺመ",
        # Amharic: very lonely, no one here
        r"ብቸኝነት ይሰማኛል|ማንም የለኝም",
        # Bengali: missing my mother, crying and crying
        r"কাঁদতে কাঁদতে চোখ|খুব মনে পড়ছে|কান্না পাচ্ছে",
        # Vietnamese: I feel so useless
        r"(?:mình|em|tôi) (?:thấy mình |thấy )?vô dụng",
        # Somali: I am alone, I have no one
        r"\bwaan (?:keli|kali) ahay\b|\bqofna ma (?:haysto|lihi)\b",
        # Ukrainian: so tired, nothing works out; Levantine: alone here, no one asks after me
        r"(?:дуже|так) (?:втомилась|втомився|втомлена|втомлений)|нічого не виходить",
        r"(?:انا )?(?:وحيد|وحيده) (?:هون|هنا|هين)|ما (?:حدا|حدن) (?:بيسال|يسال|بيسأل) عني",
    ),
}
