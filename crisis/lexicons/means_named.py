"""Means named in the languages of South and South-East Asia, East Asia, the Middle East and
Africa, where a crisis is often told by its means rather than by a word for dying: the poisons of
the field and the house (pesticide, herbicide, paraquat, rat poison, "Sniper" in Nigeria), a rope
or a noose, a jump from a roof, a building or a bridge, a vehicle driven into another.

Each language's words for the means are written once and combined by kind:

- ``method``: how much of a poison one must drink or eat, or "so that there is no chance of
  surviving" (Hinglish, Hindi, Vietnamese, Thai, Chinese, Indonesian, Urdu);
- ``intent``: the writer's own hanging, poison drunk or jump announced in the first person's
  future or wish (Hindi, Punjabi, Urdu, Arabic, Thai, Indonesian, Vietnamese, Yoruba, Pidgin,
  Swahili);
- ``prepare``: a poison bought and kept so that the family "suffers less" (Vietnamese, Hindi,
  Chinese, Indonesian);
- ``other``: someone who said they will hang themselves, drink a poison or jump (Hindi, Urdu,
  Arabic, Thai, Vietnamese, Indonesian, Chinese, Japanese, Nepali, Swahili, Yoruba);
- ``check``: a means bought or kept beside debts or a failed crop; the thought of driving one's
  truck into the one in front (Punjabi, Hindi).

Quiet lookalikes: pesticide sprayed on a crop or asked by the acre, rat poison for the mice in the
kitchen, a rope for the tent, platform diving ("nhảy cầu" as a sport), a death sentence, a film, a
pharmacology question, jumping for joy. Written folded (see ``crisis.lexicons``); pure.
"""

# A gap of up to three words of any script (Indic vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"

# --- Hindi and Hinglish ---------------------------------------------------------------------
_POISON_HL = (
    r"(?:keetnashak|keetnaashak|kitnashak|kitnaashak|keetnasak|pesticide|zeher|zehar|jahar|jeher|"
    r"sulfas|sulphas|selphos|celphos|chuhe (?:maar|mar|marne) (?:ki )?(?:dawai|dawa|goli)|"
    r"(?:keede|kide|keeda|kida) (?:maar|mar|marne) (?:ki )?(?:dawai|dawa)|ghaas maar|paraquat)"
)
_POISON_HI = r"(?:कीटनाशक|ज़हर|जहर|सल्फास|चूहे मार|चूहा मार|कीड़े मार|कीडे मार|घास मार)"
# drink or eat, not spray or pour on a field
_SWALLOW_HL = (
    r"(?:peena|pina|peeni|pini|peene|pine|pee|pi|khana|khani|khaane|khane|kha|lena|leni|lene)"
)
_SWALLOW_HI = r"(?:पीना|पीनी|पीने|पी|खाना|खानी|खाने|खा|लेना|लेने)"
# a rope, a noose, hanging
_HANG_HL = r"(?:phansi|fansi|faansi|phaansi|fanda|phanda|fandaa)"
_HANG_HI = r"(?:फांसी|फंदा|फन्दा|फंदे)"
_HIGH_HL = r"(?:chhat|chat|chhath|terrace|building|pul|bridge|chhat)"
_HIGH_HI = r"(?:छत|पुल|बिल्डिंग|इमारत|मंजिल)"

# --- Punjabi (Gurmukhi) -----------------------------------------------------------------------
_POISON_PA = r"(?:ਸਪਰੇਅ|ਸਪਰੇ|ਜ਼ਹਿਰ|ਜਹਿਰ|ਜ਼ਹਰ|ਜਹਰ|ਕੀਟਨਾਸ਼ਕ|ਸਲਫਾਸ|ਸਲਫ਼ਾਸ|ਗੋਲੀਆਂ|ਦਵਾਈ)"
_VEHICLE_PA = r"(?:ਟਰੱਕ|ਟਰਕ|ਗੱਡੀ|ਕਾਰ|ਬੱਸ|ਟਰਾਲੀ|ਟਰਾਲਾ|ਟਰੈਕਟਰ)"

# --- Vietnamese -------------------------------------------------------------------------------
_POISON_VI = (
    r"(?:thuốc (?:diệt cỏ|trừ sâu|diệt chuột|chuột|sâu|cỏ|ngủ|an thần)|paraquat|dây thừng|"
    r"than tổ ong)"
)
_FAMILY_VI = r"(?:vợ con|gia đình|bố mẹ|cha mẹ|con cái|vợ|chồng|các con|mọi người)"
_HARD_VI = r"(?:nợ|mất mùa|vỡ nợ|bế tắc|tuyệt vọng|hết cách|không lối thoát|chán sống)"

# --- Thai ---------------------------------------------------------------------------------------
_MEANS_TH = (
    r"(?:กระโดด(?:ตึก|สะพาน|จากตึก|จากสะพาน|จากดาดฟ้า|ดาดฟ้า)|ผูกคอ|แขวนคอ|"
    r"กินยา(?:ฆ่าหญ้า|ฆ่าแมลง|เบื่อหนู|นอนหลับ|พาราควอต)|ดื่มยาฆ่า(?:หญ้า|แมลง)|ฆ่าตัวตาย)"
)
_POISON_TH = r"(?:ยาฆ่าหญ้า|ยาฆ่าแมลง|ยาเบื่อหนู|ยานอนหลับ|พาราควอต)"

# --- Arabic (folded: alef and yeh unified, teh marbuta as heh) ----------------------------------
_HIGH_AR = r"(?:ال)?(?:سطح|جسر|كوبري|شباك|نافذه|بلكونه|شرفه|مبنى|عماره|برج|طابق)"

# --- Indonesian and Malay -----------------------------------------------------------------------
_POISON_ID = (
    r"(?:racun(?: tikus| rumput| serangga)?|baygon|pestisida|obat nyamuk|obat serangga|"
    r"potas|paraquat|gramoxone)"
)
_SAID_ID = (
    r"(?:bilang|ngomong|berkata|katanya|kata dia|ngancem|mengancam|ngechat|chat|nulis|bilangnya)"
)

# --- Chinese ------------------------------------------------------------------------------------
_POISON_ZH = r"(?:农药|農藥|百草枯|敌敌畏|敵敵畏|老鼠药|老鼠藥|耗子药|除草剂|除草劑|安眠药|安眠藥)"
_MEANS_ZH = r"(?:跳楼|跳樓|跳河|跳桥|跳橋|上吊|喝农药|喝農藥|吃安眠药|自杀|自殺|烧炭|燒炭)"

LEXICON = {
    "guard": (
        # a death sentence, an execution in the news: "use phansi ki saza mili"
        r"(?:phansi|fansi|faansi|फांसी) (?:ki|की) (?:saza|sazaa|सज़ा|सजा)",
        # platform diving is "nhảy cầu" as a sport
        r"(?:môn|vận động viên|vđv|tập|thi|giải) nhảy cầu",
        # jumping for joy, of fright
        r"(?:سا|ح|رح ا|راح ا|بدي ا)قفز من (?:ال)?(?:فرح|سعاده|خوف)",
        # a rope for the tent or the washing, in Hinglish
        r"(?:tent|kapde|kapdon|sukhane|sukhaane) (?:\w+ ){0,2}?(?:rassi|rassa)",
        # Yoruba: dying of laughter
        r"(?:fe )?ku (?:fun|fu) erin",
        # Yoruba: the river with friends, for a swim or a day out ("mo lọ sí odò pẹ̀lú àwọn ọ̀rẹ́
        # mi"); alone at the river is never this
        r"odo (?:\w+ ){0,2}?pelu (?:awon )?(?:ore|ebi|omo)|"
        r"pelu (?:awon )?(?:ore|ebi) (?:\w+ ){0,3}?(?:si|ni) odo|(?:we|luwe) (?:\w+ ){0,3}?odo",
    ),
    "method": (
        # how much poison to drink "so there's no chance of surviving", "se mar jaate hain"
        r"(?:kitna|kitni|kitne|kitnaa) (?:\w+ ){0,2}?"
        + _POISON_HL
        + r" (?:\w+ ){0,2}?"
        + _SWALLOW_HL
        + r"\b(?! (?:se )?(?:fasal|khet|ped|paudh))",
        _POISON_HL + r" (?:\w+ ){0,6}?(?:bachne ka (?:koi )?(?:chance|chans|mauka|sawal)|"
        r"bach na (?:saku|sake|paun|paau)|(?:pakka|sure|jaldi|turant) mar)",
        r"(?:कितना|कितनी|कितने) " + W + _POISON_HI + r"[^ ]* " + W + _SWALLOW_HI + r"(?![^ ])",
        _POISON_HI + r"[^ ]* " + W + r"(?:बचने का (?:कोई )?(?:चांस|मौका)|बच न (?:सकूं|सकूँ|पाऊं)|"
        r"पक्का मर|जल्दी मर)",
        # Urdu
        r"(?:کتنا|کتنی|کتنے) "
        + W
        + r"(?:زہر|کیڑے مار|چوہے مار|کیڑا مار|سلفاس) "
        + W
        + r"(?:پینا|پینی|پینے|کھانا|کھانی|کھانے)",
        # Vietnamese: how much herbicide "to die" or "to be beyond saving"
        r"(?:uống|nuốt|ăn) (?:bao nhiêu|mấy) (?:\w+ )?" + _POISON_VI + r" (?:\w+ ){0,3}?"
        r"(?:thì|là|để|sẽ|mới) (?:chết|không cứu|ko cứu|hết cứu)",
        _POISON_VI + r" (?:uống|nuốt) (?:bao nhiêu|mấy) (?:\w+ ){0,3}?(?:thì|là|để|sẽ|mới) "
        r"(?:chết|không cứu|ko cứu|hết cứu)",
        # Thai: "how much weed killer to drink to die"
        r"(?:กิน|ดื่ม)" + _POISON_TH + r"(?:[^ ]{0,6})(?:กี่|เท่าไหร่|เท่าไร|แค่ไหน)[^ ]{0,12}"
        r"(?:ถึง|จึง|จะ)?(?:ตาย|ไม่รอด)",
        # Chinese: "百草枯喝多少会死", "喝多少农药才能死"
        _POISON_ZH + r"(?:要)?(?:喝|吃)多少(?:才|会|會|能|就|可以)*(?:死|致死|没救|沒救)",
        r"(?:喝|吃)多少" + _POISON_ZH + r"(?:才|会|會|能|就|可以)*(?:死|致死|没救|沒救)",
        # Indonesian: "berapa banyak racun tikus biar mati"
        r"berapa (?:banyak |botol |gelas |sendok )?" + _POISON_ID + r" (?:\w+ ){0,3}?"
        r"(?:biar|supaya|untuk|agar|bisa|sampai|bikin) (?:langsung |pasti )?(?:mati|meninggal|"
        r"tewas)",
    ),
    "intent": (
        # the writer's own hanging, poison or jump, in the first person's future
        _HANG_HL + r" (?:laga|lga|lagaa|lagake) (?:lunga|lungi|lu|loon|lun|lungaa)\b",
        r"(?:" + _POISON_HL + r") (?:kha|khaa|pee|pi) (?:lunga|lungi|lu|loon|lun)\b",
        _HIGH_HL + r" (?:se|par se) (?:kood|kud|koodh) (?:jaunga|jaungi|jaun|jau|jaaunga|"
        r"jaaungi)\b",
        _HANG_HI + r" (?:लगा|लगाकर|लगा कर) (?:लूंगा|लूंगी|लूँगा|लूँगी|लूं|लूँ|मर)",
        _POISON_HI + r"[^ ]* (?:खा|पी) (?:लूंगा|लूंगी|लूँगा|लूँगी|लूं|लूँ)",
        _HIGH_HI + r" (?:से|पर से) (?:कूद) (?:जाऊंगा|जाऊंगी|जाऊँगा|जाऊँगी|जाऊं|जाऊँ)",
        # Punjabi: "ਸਪਰੇਅ ਪੀ ਲਵਾਂ", "ਫਾਹਾ ਲੈ ਲਵਾਂ"
        _POISON_PA + r" (?:ਪੀ|ਖਾ) (?:ਲਵਾਂ|ਲਊਂ|ਲਵਾਂਗਾ|ਲਵਾਂਗੀ|ਲੈਣੀ)",
        r"(?:ਫਾਹਾ|ਫ਼ਾਹਾ|ਫਾਂਸੀ|ਫ਼ਾਂਸੀ) (?:ਲੈ|ਲਾ) (?:ਲਵਾਂ|ਲਊਂ|ਲਵਾਂਗਾ|ਲਵਾਂਗੀ|ਲੈਣਾ)",
        # Urdu
        r"(?:پھانسی|پھندا) (?:لگا|لگا کر) (?:لوں|لونگا|لوں گا|لوں گی)",
        r"(?:زہر|کیڑے مار دوا|چوہے مار) (?:کھا|پی) (?:لوں|لونگا|لوں گا|لوں گی)",
        # Arabic: "I'll jump from the roof", "I'll hang myself", "I'll drink the pesticide"
        r"(?:سا|سوف ا|راح ا|رح ا|ح ?ا|بدي ا|اريد ان ا|ناوي ا)(?:قفز|رمي نفسي) من " + _HIGH_AR,
        r"(?:سا|سوف ا|راح ا|رح ا|ح ?ا)(?:شنق نفسي|شرب (?:ال)?(?:مبيد|سم الفيران|سم الفئران))",
        # Thai: "อยากกระโดดตึก" (said of someone, "บอกว่าอยาก...", it gets the full reply too)
        r"(?:อยาก|ขอ)(?:จะ)?(?:ไป)?" + _MEANS_TH,
        # Indonesian: "mau minum racun tikus", "pengen gantung diri aja"
        r"(?:aku|saya|gue|gw|ku)? ?(?:mau|pengen|pingin|ingin|akan|bakal) (?:minum|nenggak|"
        r"menenggak|makan) " + _POISON_ID,
        # Vietnamese: "tôi sẽ uống thuốc diệt cỏ", "tôi định nhảy cầu"
        r"(?:tôi|mình|em|tao|anh) (?:sẽ|định|muốn|tính) (?:uống|nuốt) " + _POISON_VI,
        r"(?:tôi|mình|em|tao) (?:sẽ|định|muốn|tính) (?:treo cổ|nhảy lầu|nhảy sông|nhảy từ)",
        # Yoruba, folded: "mo fẹ́ pa ara mi", "màá so ara mi kọ́"
        r"(?:mo|ma|maa|emi) (?:fe |ma |maa |ti fe )?(?:pa ara mi|so ara mi ko)\b|"
        r"(?:mo|emi) fe ku\b",
        # Nigerian Pidgin: Sniper, the insecticide, drunk
        r"(?:i|i dey|i go|i wan|i don|make i) (?:go |wan )?(?:drink|take|swallow) sniper",
        # Swahili: "nitajinyonga", "nitakunywa sumu"
        r"nitajinyonga|nataka kujinyonga|nitakunywa sumu|nitameza sumu",
    ),
    "prepare": (
        # a poison bought and kept so that the family "suffers less"
        _POISON_VI
        + r" (?:\w+ ){0,12}?(?:để|cho) "
        + _FAMILY_VI
        + r" (?:\w+ )?(?:đỡ|bớt|khỏi|không còn|hết) (?:khổ|gánh|nợ|phải)",
        _POISON_HL + r" (?:\w+ ){0,12}?(?:ghar ?walon|gharwalon|parivar|family|bacchon|bachon|"
        r"biwi|maa baap) (?:ka|ki|ko) (?:\w+ )?(?:dukh|takleef|bojh|kasht) kam",
        _POISON_HI + r"[^ ]* (?:[^ ]+ ){0,12}?(?:घरवालों|परिवार|बच्चों|पत्नी) (?:का|की|को) "
        r"(?:[^ ]+ )?(?:दुख|दुःख|तकलीफ|तकलीफ़|बोझ|कष्ट) कम",
        _POISON_ZH + r"[^ ]{0,30}?(?:让|讓|好让|好讓)?"
        r"(?:家人|老婆孩子|妻子|孩子们|孩子們|爸妈|爸媽)(?:少受|不用再|不再)",
        _POISON_ID + r" (?:\w+ ){0,12}?(?:biar|supaya|agar) (?:keluarga|anak istri|istri|"
        r"anak anak|orang tua) (?:\w+ )?(?:nggak|gak|tidak|ga|tak) (?:menderita|susah|"
        r"terbebani)",
    ),
    "other": (
        # someone who said they will hang themselves, drink a poison or jump
        _HANG_HL + r" (?:laga|lga|lagaa) (?:lega|legi|lenge|lega)\b",
        r"(?:" + _POISON_HL + r") (?:kha|khaa|pee|pi) (?:lega|legi|lenge)\b",
        _HIGH_HL + r" (?:se|par se) (?:kood|kud) (?:jayega|jaega|jaayega|jayegi|jaegi|jaayegi|"
        r"jaenge)\b",
        _HANG_HI + r" (?:लगा|लगाकर|लगा कर) (?:लेगा|लेगी|लेंगे)",
        _POISON_HI + r"[^ ]* (?:खा|पी) (?:लेगा|लेगी|लेंगे)",
        _HIGH_HI + r" (?:से|पर से) कूद (?:जाएगा|जाएगी|जायेगा|जायेगी|जाएंगे)",
        r"(?:پھانسی|پھندا) (?:لگا|لگا کر) (?:لے گا|لے گی|لیگا|لیگی)",
        r"(?:زہر|کیڑے مار دوا|چوہے مار) (?:کھا|پی) (?:لے گا|لے گی|لیگا|لیگی)",
        # Punjabi
        _POISON_PA + r" (?:ਪੀ|ਖਾ) (?:ਲਊ|ਲਵੇਗਾ|ਲਵੇਗੀ|ਲਊਗਾ|ਲਊਗੀ)",
        r"(?:ਫਾਹਾ|ਫ਼ਾਹਾ) (?:ਲੈ|ਲਾ) (?:ਲਊ|ਲਵੇਗਾ|ਲਵੇਗੀ|ਲਊਗਾ|ਲਊਗੀ)",
        # Arabic: "قال لي إنه سيقفز من السطح الليلة"
        r"(?:قال|قالت|يقول|تقول|هدد|هددت|كتب|كتبت|بيقول|بتقول)(?: لي| لنا| لي ان| انه| انها| ان)? "
        + W
        + r"(?:سوف |راح |رح |ح ?)?(?:سي|ست|ي|ت|بي|بت)(?:قفز|رمي نفسه|رمي نفسها) من "
        + _HIGH_AR,
        r"(?:قال|قالت|يقول|تقول|هدد|هددت|كتب|كتبت|بيقول|بتقول) "
        + W
        + r"(?:سي|ست|راح ي|رح ي|راح ت|رح ت)(?:نتحر|شنق نفس|قتل نفس)",
        # Thai: "เพื่อนบอกว่าจะกระโดดตึก"
        r"(?:บอก|พูด|ขู่|โพสต์|ส่งข้อความ|ทักมา)(?:ว่า|มาว่า)? ?(?:เขา|เธอ|มัน)?(?:จะ|อยาก)(?:ไป)?"
        + _MEANS_TH,
        # Vietnamese: "bạn tôi nói sẽ nhảy cầu"
        r"(?:nói|bảo|nhắn|dọa|doạ|đòi) (?:là |rằng )?(?:sẽ |định |muốn )?(?:uống "
        + _POISON_VI
        + r"|treo cổ|nhảy cầu|nhảy lầu|nhảy sông|tự tử)",
        # Indonesian
        _SAID_ID + r" (?:\w+ ){0,3}?(?:mau|akan|bakal|pengen|ingin) (?:gantung diri|bunuh diri|"
        r"loncat dari|lompat dari|terjun dari|minum " + _POISON_ID + r")",
        # Chinese: "他说要跳楼", "朋友说今晚要喝农药"
        r"(?:说|說|讲|講|发消息说|發訊息說|威胁|威脅)(?:他|她)?[^ ]{0,6}?"
        r"(?:要|想|会|會|打算)(?:去)?" + _MEANS_ZH,
        # Japanese: "飛び降りるって言って", "首を吊るとLINEが来た"
        r"(?:飛び降りる|首を吊る|死ぬ|自殺する)(?:って|と)(?:言|LINE|ライン|メッセージ|連絡)",
        # Nepali: "उसले आत्महत्या गर्छु भन्यो"
        r"(?:आत्महत्या गर्छु|मर्छु|झुण्डिन्छु|झुन्डिन्छु|फाँसी लाउँछु|विष खान्छु) भन",
        # Swahili, Yoruba
        r"(?:amesema|alisema|anasema|ametishia) (?:\w+ ){0,2}?(?:atajinyonga|atajiua|atakunywa "
        r"sumu|anataka kujiua)",
        r"(?:o ni|o so pe|won ni) (?:oun |on )?(?:fe |maa |ma )?"
        r"(?:pa ara (?:re|e|oun)|so ara re ko)",
    ),
    "check": (
        # a means bought or kept beside debts, a failed crop
        _HARD_VI
        + r" (?:\w+ ){0,12}?(?:mua|cất|giấu|để) (?:sẵn |rồi )?(?:\w+ ){0,2}?"
        + _POISON_VI
        + r"(?! (?:\w+ ){0,4}?(?:cho|phun|xịt|rải) (?:ruộng|vườn|lúa|rau|cây|chuột nhà|nhà))",
        r"(?:mua|cất|giấu) (?:sẵn |rồi )?(?:\w+ ){0,2}?"
        + _POISON_VI
        + r" (?:\w+ ){0,8}?"
        + _HARD_VI,
        r"(?:karz|karza|karja|qarz|fasal barbaad|fasal kharab) (?:\w+ ){0,12}?"
        + _POISON_HL
        + r" (?:\w+ ){0,2}?(?:le aaya|le aya|le aayi|khareed|kharid|rakh|chhupa|chupa)",
        r"(?:कर्ज|कर्ज़|क़र्ज़|फसल) "
        + W
        + W
        + W
        + _POISON_HI
        + r"[^ ]* "
        + W
        + r"(?:ले आया|ले आई|खरीद|रख|छुपा|छिपा)",
        # driving into the truck in front: "ਸਾਹਮਣੇ ਵਾਲੇ ਟਰੱਕ ਵਿੱਚ ਮਾਰ ਦੇਵਾਂ"
        _VEHICLE_PA + r" (?:[^ ]+ ){0,5}?(?:ਵਿੱਚ|ਵਿਚ|ਨਾਲ|ਚ) (?:ਮਾਰ|ਠੋਕ|ਟਕਰਾ|ਵਾੜ) "
        r"(?:ਦੇਵਾਂ|ਦਿਆਂ|ਦੇਵਾਂਗਾ|ਦੇਵਾਂਗੀ)",
        r"(?:truck|trak|gaadi|gadi|car|bus|trolley|tractor) (?:\w+ ){0,5}?(?:me|mein|se) (?:thok|"
        r"ghusa|ghusaa|takra|maar) (?:du|doon|dun|dunga|dungi|doo)\b",
        r"(?:ट्रक|गाड़ी|गाडी|कार|बस|ट्रॉली) " + W + r"(?:[^ ]+ )?(?:में|से) (?:ठोक|घुसा|टकरा|मार) "
        r"(?:दूं|दूँ|दूंगा|दूंगी|दूँगा)",
    ),
}
