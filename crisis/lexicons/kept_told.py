"""The same kinds as ``crisis.lexicons.means_named`` and ``crisis.lexicons.wishes_places``, in
the languages those lacked: Bengali, Urdu, Persian, Amharic, Japanese, Chinese, Korean, Malay,
Thai, Vietnamese, Arabic, Tagalog, Swahili and Yoruba.

- ``method``: how much poison or how many pills to take to die or not to wake (Bengali,
  Persian, Japanese, Korean, Arabic, Tagalog; sleeping pills not to wake or to sleep for ever in
  Hindi, Hinglish, Thai, Chinese and Swahili too, or "enough" to sleep on and on in Urdu, Hindi
  and Hinglish, not a child's medicine for a night through);
- ``prepare``: a poison bought so the family's suffering ends (Bengali); tonight or today "the
  last", beside letters or a goodbye to the family (Japanese, Chinese, Thai);
- ``other``: someone who said they will jump, hang themselves, drink a poison or destroy
  themselves (Bengali, Urdu, Persian, Amharic, Korean, Malay, Arabic, Swahili, Yoruba);
- ``check``: a poison, charcoal or a rope bought or hidden beside debts or exhaustion (Bengali,
  Japanese, Chinese, Korean, Malay, Thai, Arabic, Yoruba); standing at a river, a bridge or the
  tracks alone at night or for long (Bengali, Vietnamese, Thai, Korean);
- ``distress``: very lonely (Arabic).

Quiet lookalikes: pesticide bought for the field, charcoal for a camping trip, the last class or
the last night of a trip, a bridge with friends or for photos, "dying of tiredness". Written
folded (see ``crisis.lexicons``); pure.
"""

# A gap of up to three words of any script (Indic vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"

_POISON_BN = r"(?:কীটনাশক|বিষ|ইঁদুর মারার (?:বিষ|ওষুধ)|ঘুমের ওষুধ|ঘুমের বড়ি)"
_HARD_BN = r"(?:ঋণ|দেনা|আর পারছি না|আর সহ্য হয় না|ক্লান্ত)"
_POISON_JA = r"(?:農薬|除草剤|殺鼠剤|殺虫剤|練炭|睡眠薬|ロープ)"
_HARD_JA = r"(?:疲れた|疲れ果て|限界|借金|もう無理|終わりにしたい|生きるのが)"
_POISON_ZH = r"(?:农药|農藥|百草枯|敌敌畏|敵敵畏|老鼠药|老鼠藥|安眠药|安眠藥|木炭|绳子|繩子)"
_HARD_ZH = r"(?:债|債|还不上|還不上|活不下去|撑不下去|撐不下去|没意思|沒意思|太累了|不想活)"
_POISON_KO = r"(?:번개탄|농약|제초제|쥐약|수면제|밧줄|그라목손)"
_HARD_KO = r"(?:지쳤|지쳐|힘들|빚|끝내|못 ?버티|마지막|살기 ?싫)"
_POISON_MS = r"(?:racun(?: rumpai| tikus| serangga)?|paraquat|ubat tidur|tali)"
_HARD_MS = r"(?:hutang|penat|tak tahan|buntu|tak sanggup|putus asa)"
_POISON_TH = r"(?:ยาฆ่าหญ้า|ยาฆ่าแมลง|ยาเบื่อหนู|ยานอนหลับ|พาราควอต|เชือก|ถ่าน)"
_HARD_TH = r"(?:หนี้|ไม่ไหว|เหนื่อย|หมดหวัง|ท้อ|อยากตาย)"
_POISON_AR = r"(?:سم (?:ال)?(?:فيران|فئران)|(?:ال)?مبيد|(?:ال)?سم|حبل)"
_HARD_AR = r"(?:ديون|الديون|تعبت|ما عاد|ما بقدر|مش قادر|ما عدت|زهقت|يئست)"
# ...with friends, for photos or a view, fishing
_NOT_OUTING = r"(?!.*(?:বন্ধু|ছবি|bạn bè|với bạn|ngắm|câu cá|chụp|กับเพื่อน|กับแฟน|ถ่ายรูป|ชมวิว|ตกปลา))"

LEXICON = {
    "guard": (
        # the last night of a trip, the last day of work or class
        r"คืนสุดท้าย(?:ที่|ของทริป|ของการ)|最后一(?:晚|天|夜)(?:在|的旅|上班|上课|上課)",
        # charcoal or pesticide for a camping trip, a barbecue, the field or the garden
        r"(?:キャンプ|バーベキュー|bbq|畑|庭|田んぼ)(?:用|の|で|に|のため){0,3}" + _POISON_JA,
        r"(?:캠핑|바베큐|고기|텃밭|밭|논)(?:용|용으로|에|에서|하려고|가려고)? ?(?:[^ ]+ )?"
        + _POISON_KO,
    ),
    "method": (
        # how much of it to die, in Bengali ("কতটা কীটনাশক খেলে মারা যায়")
        r"(?:কতটা|কত|কতগুলো) (?!দিন|ঘণ্টা|সপ্তাহ|বছর)" + W + r"(?<!না )খেলে " + W + r"(?:মরে|মারা|মৃত্যু)",
        # Persian: "چقدر سم بخورم که دیگه زنده نمونم"
        r"(?:چقدر|چند تا|چندتا) "
        + W
        + r"(?:بخورم|بخوره|بخوریم|بخورد) "
        + W
        + r"(?:بمیرم|زنده نمونم|زنده نمانم|بیدار نشم|بمیره|تموم بشه|تمام شود)",
        # Japanese: "どれくらい農薬を飲めば確実に死ねる"
        r"(?:どれくらい|どのくらい|どれだけ|何本|何錠)(?:の)?"
        + _POISON_JA
        + r"(?:を)?(?:飲めば|飲んだら|食べれば)(?:確実に)?(?:死ね|死ぬ|死ん)",
        _POISON_JA
        + r"(?:は|を)?(?:どれくらい|どのくらい|どれだけ)(?:飲めば|飲んだら)(?:確実に)?死",
        # ...or the amount alone: "どのくらいの量を飲めば確実に死ねる"
        r"(?:どれくらい|どのくらい|どれだけ|何)(?:の)?(?:量|数|錠|粒|錠剤|シート|箱)(?:を)?"
        r"(?:飲めば|飲んだら|飲むと|食べれば|打てば)(?:確実に|ちゃんと|本当に|楽に)?(?:死ね|死ぬ|死ん|死に)",
        r"(?:確実に|楽に|ちゃんと)死ねる(?:量|数|錠数|薬)",
        # Korean: "농약을 얼마나 마셔야 죽어요"
        _POISON_KO + r"(?:을|를)? ?(?:얼마나|몇 ?(?:병|알|통|미리|ml)) ?(?:마셔야|먹어야|마시면|"
        r"먹으면) ?(?:죽|확실)",
        # Arabic: "كم حبة لازم آخذ عشان ما اصحى"
        r"(?:كم|قديش|اديش|كام) (?:حبه|قرص|علبه|حبوب|كاسه) "
        + W
        + r"(?:عشان|حتى|لكي|كي|علشان|مشان|لحتى) (?:ما |لا |ما عاد )?(?:اصحى|اصحا|اموت|اقوم)",
        # Tagalog: "ilang bote ng lason para hindi na magising"
        r"(?:ilang|gaano karami|gaano kadami) (?:\w+ ){0,2}?(?:lason|pills?|tableta|gamot|"
        r"pampatulog|muriatic) (?:\w+ ){0,5}?(?:para|upang) (?:hindi na (?:ako |siya )?"
        r"(?:magising|gumising|mabuhay)|mamatay|siguradong mamatay)",
        # how many pills "not to wake": Hindi, Thai, Korean, Japanese, Chinese, Swahili
        r"(?:कितनी|कितने) "
        + W
        + r"(?:[^ ]+ )?(?:गोली|गोलियां|गोलियाँ|टैबलेट|दवा)[^ ]* "
        + W
        + r"(?:कि|ताकि|जिससे|तो) (?:[^ ]+ )?(?:न|ना|नहीं|फिर न) (?:उठूं|उठूँ|उठू|जागूं|जागूँ)",
        r"(?:kitni|kitne) (?:\w+ ){0,4}?(?:goli|goliyan|goliyaan|tablet|tablets|pills?|dawai) "
        r"(?:\w+ ){0,3}?(?:ki|taaki|jisse|to) (?:\w+ ){0,2}?(?:na|nahi) (?:uthu|uthun|uthoon|jaagu|"
        r"jagu)\b",
        # the medicine may be named between ("กินยาพารากี่เม็ดถึงจะตาย", paracetamol)
        r"(?:ยานอนหลับ|ยา[^ ]{0,12}?)(?:กิน)?กี่(?:เม็ด|แผง|ขวด)(?:ถึงจะ|จึงจะ|ถึง|จะ)?(?:ไม่ตื่น|ตาย|"
        r"ไม่ฟื้น)|กิน(?:ยานอนหลับ|ยา[^ ]{0,12}?)กี่(?:เม็ด|แผง|ขวด)(?:ถึงจะ|จึงจะ|ถึง|จะ)?(?:ไม่ตื่น|"
        r"ตาย|ไม่ฟื้น)",
        r"(?:수면제|약|알약|진통제|안정제)(?:을|를)? ?몇 ?(?:알|개|통|병) ?(?:먹어야|먹으면|삼켜야|"
        r"삼키면) ?(?:안 ?깨|못 ?깨|깨지 ?않|죽)",
        r"(?:睡眠薬|薬|錠剤)(?:を)?何(?:錠|粒|個|箱)(?:飲めば|飲んだら)(?:もう)?(?:目が覚めない|"
        r"起きない|死ね)",
        r"(?:安眠药|安眠藥|药片|藥片|药|藥)(?:要)?(?:吃|喝)多少(?:片|颗|顆|粒|瓶)?(?:才|就|会|會|能)*"
        r"(?:醒不过来|醒不過來|不会醒|不會醒|不再醒|死)",
        r"(?:吃|喝)多少(?:片|颗|顆|粒|瓶)?(?:安眠药|安眠藥)(?:才|就|会|會|能)*(?:醒不过来|醒不過來|"
        r"不会醒|不會醒|死)",
        # how many pills "would be enough" for one to sleep on and on (Urdu, Hindi, Hinglish):
        # "sota hi reh jaye" is sleep that does not end; a child's night through is not asked so
        r"^(?!.*(?:رات بھر|ساری رات|بچ|बच्च|रात भर|सारी रात|raat bhar|saari raat|bach))(?=.*(?:"
        r"(?:کتنی|کتنے) " + W + r"(?:گولیاں|گولی|گولیوں|دوائی|دوا)[^ ]* (?:[^ ]+ ){0,6}?"
        r"(?:سوتا|سوتی|سویا|سوئی) ہی (?:رہ|رہے|رہوں)|"
        r"(?:कितनी|कितने) " + W + r"(?:गोली|गोलियां|गोलियाँ|गोलियों|दवा|दवाई|टैबलेट)[^ ]* "
        r"(?:[^ ]+ ){0,6}?"
        r"(?:सोता|सोती|सोया|सोई) ही (?:रह|रहे|रहूं|रहूँ)|"
        r"(?:kitni|kitne) (?:\w+ ){0,4}?(?:goli|goliyan|goliyaan|goliyon|tablet|tablets|pills?|"
        r"dawai|dawa) (?:\w+ ){0,6}?(?:sota|soti|soya|soyi) hi (?:reh|rah|rahe|rahu|rahun)\b))",
        r"(?:goli|goliyan|goliyaan|tablet|tablets|dawai) (?:\w+ ){0,5}?hamesha ke liye (?:so "
        r"jaun|so jaau|so jau|neend aa jaye|sona)",
        r"(?:vidonge|dawa|tembe) (?:\w+ ){0,3}?(?:vingapi|ngapi|kiasi gani) (?:\w+ ){0,3}?"
        r"(?:ili |ni )?(?:nisiamke|nife|nifariki|kufa)",
    ),
    "prepare": (
        # a poison bought so the family's suffering ends
        _POISON_BN + r"[^ ]* " + W + W + r"(?:পরিবারের|সবার|বাবা মায়ের|বউ বাচ্চার|ছেলেমেয়েদের) "
        r"(?:কষ্ট|বোঝা) (?:কম|শেষ)",
        # tonight the last, with letters or a goodbye to the family
        r"(?:今夜|今晩|今日|明日)が最後(?!の(?!夜))(?:の夜)?.{0,40}(?:手紙|遺書|さようなら|ごめんなさい)",
        r"(?:今晚|今天|今夜|明天)(?:应该|應該|可能|大概|就)?是(?:我的)?最后一(?:晚|夜|天了)"
        r".{0,40}(?:信|遗书|遺書|告别|告別|对不起|對不起)",
        r"(?:給|给)(?:家人|爸妈|爸媽|父母)的(?:信|遗书|遺書).{0,40}最后一(?:晚|夜|天了)",
        r"คืน(?:นี้)?(?:น่าจะ|คง|อาจ)?(?:จะ)?(?:เป็น)?คืนสุดท้าย.{0,40}(?:จดหมาย|ลาก่อน|ขอโทษ)",
    ),
    "other": (
        # Bengali: "বন্ধু বলেছে আজ রাতে ছাদ থেকে লাফ দেবে"
        r"(?:বলেছে|বলল|বলছে|হুমকি দিয়েছে|লিখেছে) "
        + W
        + W
        + r"(?:লাফ দেবে|ঝাঁপ দেবে|গলায় দড়ি দেবে|বিষ খাবে|আত্মহত্যা করবে|ফাঁস দেবে)",
        r"(?:লাফ দেবে|ঝাঁপ দেবে|গলায় দড়ি দেবে|বিষ খাবে|আত্মহত্যা করবে) (?:বলে|বলেছে|বলল)",
        # Urdu: "اس نے کہا وہ چھت سے کود جائے گا"
        r"(?:چھت|پل|عمارت|بلڈنگ) سے کود (?:جائے گا|جائے گی|جاۓ گا|جاۓ گی|جائیگا|جائیگی)",
        r"خودکشی کر (?:لے گا|لے گی|لیگا|لیگی)|خود کو مار (?:لے گا|لے گی|لیگا|لیگی)",
        # Persian: "دوستم گفت امشب از پشت بام میپرم"
        r"(?:گفت|گفته|میگه|پیام داد|نوشت) "
        + W
        + W
        + r"(?:میپرم|میپره|خودمو میکشم|خودشو میکشه|خودکشی میکنم|خودکشی میکنه|خودمو دار میزنم|"
        r"خودشو دار میزنه)",
        # Amharic: "ራሱን እንደሚያጠፋ ነግሮኛል"
        r"(?:ራሱን|ራሷን) (?:[^ ]+ )?(?:እንደሚያጠፋ|ሊያጠፋ|ያጠፋል|ሊገድል|ይገድላል|እንደምታጠፋ|ልታጠፋ|"
        r"ታጠፋለች|ልትገድል|ትገድላለች)",
        # Korean: "옥상에서 뛰어내린다고 했어요"
        r"(?:뛰어내린다고|뛰어내리겠다고|뛰어내릴 ?거라고|자살하겠다고|자살한다고|목을 ?매겠다고|"
        r"목숨을 ?끊겠다고)",
        # Malay: "kawan saya kata dia nak terjun bangunan"
        r"(?:kata|cakap|bagitau|beritahu|ugut)\w* (?:\w+ ){0,3}?(?:nak|akan|mahu) "
        r"(?:terjun (?:dari )?(?:bangunan|jambatan|bumbung|tingkat|flat|atas)|lompat dari|"
        r"gantung diri|bunuh diri|minum racun)",
        # Arabic: a poison to be drunk, said of someone
        r"(?:قال|قالت|يقول|تقول|هدد|هددت|كتب|كتبت|بيقول|بتقول) "
        + W
        + r"(?:سوف |راح |رح |ح ?)?(?:سي|ست|ي|ت|بي|بت)(?:شرب|بلع|اخذ) (?:ال)?(?:سم|مبيد|حبوب)",
        # Swahili: jumping from a height, said
        r"(?:amesema|alisema|anasema|ametishia|ameniambia|aliniambia) (?:\w+ ){0,3}?"
        r"(?:atajirusha|atajitupa|atajinyonga|atajiua|atakunywa sumu)",
        # Yoruba: "ọrẹ mi sọ pe oun maa pa ara oun"
        r"(?:so pe|ni pe|o ni|won ni) (?:oun |on )?(?:fe |maa |ma )?(?:pa ara (?:re|e|oun)|"
        r"so ara (?:re|oun) ko)",
    ),
    "check": (
        # a means bought or hidden beside debts or exhaustion
        _POISON_BN + r"[^ ]* " + W + r"(?:কিনে|লুকিয়ে|এনে) রেখেছি.{0,80}" + _HARD_BN,
        _HARD_BN + r".{0,80}" + _POISON_BN + r"[^ ]* " + W + r"(?:কিনে|লুকিয়ে|এনে) রেখেছি",
        _POISON_JA + r"を?(?:買って|買った|用意し|準備し|隠し).{0,40}" + _HARD_JA,
        _HARD_JA + r".{0,40}" + _POISON_JA + r"を?(?:買って|買った|用意し|準備し|隠し)",
        r"(?:买好了|買好了|买了|買了|备好了|準備好了|准备好了|藏了|藏好了)(?:一瓶|一包|一些|一根)?"
        + _POISON_ZH
        + r".{0,40}"
        + _HARD_ZH,
        _HARD_ZH
        + r".{0,40}(?:买好了|買好了|买了|買了|备好了|准备好了|藏了|藏好了)(?:一瓶|一包|一些)?"
        + _POISON_ZH,
        _POISON_KO
        + r"(?:을|를)? ?(?:사 ?놨|사 ?뒀|사 ?왔|샀|숨겨|준비해 ?놨|준비했).{0,40}"
        + _HARD_KO,
        _HARD_KO
        + r".{0,40}"
        + _POISON_KO
        + r"(?:을|를)? ?(?:사 ?놨|사 ?뒀|사 ?왔|샀|숨겨|준비해 ?놨)",
        r"(?:beli|simpan|sorok|sembunyi)\w* (?:\w+ )?"
        + _POISON_MS
        + r" (?:\w+ ){0,10}?"
        + _HARD_MS,
        _HARD_MS + r" (?:\w+ ){0,10}?(?:beli|simpan|sorok|sembunyi)\w* (?:\w+ )?" + _POISON_MS,
        r"(?:ซื้อ|เก็บ|ซ่อน)" + _POISON_TH + r"(?:เก็บ|ซ่อน)?(?:ไว้|มา).{0,40}" + _HARD_TH,
        _HARD_TH + r".{0,40}(?:ซื้อ|เก็บ|ซ่อน)" + _POISON_TH + r"(?:เก็บ|ซ่อน)?(?:ไว้|มา)",
        r"(?:اشتريت|خبيت|خبات|جبت) (?:[^ ]+ )?" + _POISON_AR + r".{0,60}" + _HARD_AR,
        _HARD_AR + r".{0,60}(?:اشتريت|خبيت|خبات|جبت) (?:[^ ]+ )?" + _POISON_AR,
        r"(?:oogun eku|majele) (?:\w+ ){0,6}?fi (?:\w+ )?pamo",
        # standing at a river, a bridge or the tracks alone at night or for long
        r"(?:রাতে|মাঝরাতে|গভীর রাতে)"
        + _NOT_OUTING
        + " "
        + W
        + r"(?:নদীর|ব্রিজের|সেতুর|রেললাইনের|ছাদের) (?:ধারে|পাশে|উপর|ওপর|কিনারে) (?:[^ ]+ )?দাঁড়িয়ে",
        r"(?:অনেকক্ষণ|অনেক রাত পর্যন্ত|একা)"
        + _NOT_OUTING
        + " "
        + W
        + r"(?:নদীর|ব্রিজের|সেতুর|রেললাইনের|ছাদের) (?:ধারে|পাশে|উপর|ওপর|কিনারে) (?:[^ ]+ )?দাঁড়িয়ে",
        r"(?:ra|lên|đứng (?:trên|ở))"
        + _NOT_OUTING
        + r" (?:cầu|bờ sông|sân thượng|đường ray|mép cầu) (?:\w+ ){0,4}?"
        r"(?:rất lâu|thật lâu|lâu lắm|một mình|cả đêm|nửa đêm)",
        # Korean: on a bridge or a roof every day, standing long, not wanting to come down
        r"^(?!.*(?:야경|사진|친구|노을|경치|불꽃|데이트|산책하|러닝|자전거))"
        r"(?=.*(?:다리|대교|옥상|난간) ?"
        r"(?:위|난간)[^ ]* .{0,60}(?:오래|한참|몇 ?시간) ?(?:서 ?있었|서 ?있|있었|서성))",
        r"(?:ไป)?(?:ยืน|นั่ง)" + _NOT_OUTING + r"(?:อยู่)?(?:ที่|บน|ริม)(?:สะพาน|ดาดฟ้า|แม่น้ำ|ทางรถไฟ).{0,12}"
        r"(?:นานมาก|นาน ?ๆ|ทั้งคืน|คนเดียว|ไม่รู้จะทำ(?:ยังไง|อย่างไร|ไง)ต่อ|ไม่ไหวแล้ว|ทนไม่ไหว)",
    ),
    "distress": (
        r"(?:انا )?(?:وحيد|وحيده) (?:جدا|كثير|كتير|اوي|هنا)|(?:حاسس|حاسه|اشعر|بحس) بالوحده",
    ),
}
