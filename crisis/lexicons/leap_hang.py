"""The everyday verbs for the commonest means, told as people tell them in South and South-East
Asia, East Asia, the Middle East and Africa, which the first rules had only in their formal words:
hanging from the ceiling fan ("pankhe se latak jaunga"), a jump in front of a train or into a
canal or a river (Hindi, Punjabi "ਛਾਲ ਮਾਰ", Nepali "हाम फाल्छु"), Thai "โดด" for jumping, Chinese
jumping into a river or drinking pesticide as a wish, Japanese the railway or the sea of trees,
Korean a suicide note written, Arabic hanging oneself as a wish, Tagalog hanging and poison said
of oneself or by another, Swahili and Pidgin poison as a wish.

- ``intent``: the writer's own hanging or jump announced or wished (the full reply);
- ``prepare``: a suicide note written (Korean); tonight "the last night" beside a letter to the
  family (Vietnamese);
- ``place``: going to a bridge or a roof tonight with an apology to one's parents (Vietnamese);
- ``other``: the same said of someone, or quoted from them;
- ``check``: a jump into a canal or a river said of oneself, where a swim would use the same
  words; a means brought home beside an end said ("mere jaane ke baad"); thinking of a jump
  (Thai); the sea of trees (Japanese); a rope bought beside "it's over" (Nepali); a night by the
  canal (Punjabi).

Quiet lookalikes: a monkey hanging from a tree, the front coach of the train, a swim in the canal
in the heat, a jump into the river to swim, a will-writing workshop or a drama's note, the last
night of a trip, a tour of the sea of trees, insecticide bought for cockroaches, a football team
that lost. Written folded (see ``crisis.lexicons``); pure.
"""

# A gap of up to three words of any script (Indic vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"

# ...a swim, a bath, fishing: "garmi me nahar me kood jaunga nahane"
_NOT_A_SWIM = (
    r"(?!.*(?:nahane|nahaane|nahana|tairne|tairna|swimming|swim|machhli|नहाने|तैरने|मछली|ਨਹਾਉਣ|"
    r"ਨਹਾਉਂਦ|ਤੈਰ|पौडी|नुहाउन|bơi|tắm))"
)
_POISON_HL = (
    r"(?:keetnashak|kitnashak|zeher|zehar|jahar|sulfas|sulphas|selphos|chuhe (?:maar|mar) "
    r"(?:ki )?(?:dawai|dawa|goli)|rassi|fanda|phanda)"
)
_POISON_HI = r"(?:कीटनाशक|ज़हर|जहर|सल्फास|चूहे मार|रस्सी|फंदा)"
_END_HL = r"(?:mere (?:jaane ke )?baad|chhutkara|sab khatam|hamesha ke liye|aakhri baar)"
_END_HI = r"(?:मेरे (?:जाने के )?बाद|छुटकारा|सब खत्म|सब ख़त्म|हमेशा के लिए|आखिरी बार)"
_LEFT_VI = r"(?!.*(?:bạn bè|với bạn|chơi|ngắm|câu cá|chụp|về muộn|về trễ))"

LEXICON = {
    "guard": (
        # a will-writing workshop, a drama's note
        r"유서 ?(?:쓰기|작성) ?(?:체험|프로그램|수업|과제)",
        # a tour of the sea of trees
        r"樹海(?:ツアー|観光|ハイキング|キャンプ|散策)",
        # "I'll hang myself if the team loses": a match
        r"(?:ساشنق نفسي|اشنق نفسي|سانتحر|انتحر) (?:لو|اذا|ان) (?:خسر|خسرنا|فاز|فازوا|تعادل)",
        # a drama's or a novel's note; a swim in the river; not wanting a bitter drink
        r"(?:드라마|영화|소설|웹툰|주인공)[^ ]* (?:[^ ]+ ){0,3}?유서",
        r"(?:पौडी खेल्न|नुहाउन) (?:[^ ]+ )?(?:नदीमा|खोलामा) हाम फाल",
        r"不(?:想|打算)(?:去)?(?:跳河|跳江|喝农药|喝農藥)",
        # the last night of a trip
        r"(?:đêm|ngày) cuối (?:cùng )?(?:ở|tại|của chuyến|của kỳ|trước khi về)",
    ),
    "intent": (
        # hanging from the fan, in front of a train
        r"(?:pankhe|pankha|fan|fande|phande|rassi|chhat) (?:se|pe|par) (?:latak|lataka) (?:jaunga|"
        r"jaungi|jaun|jau|lunga|lungi)\b|khud ko (?:latka|lataka) (?:dunga|dungi|lunga|lungi)\b",
        r"(?:पंखे|फंदे|रस्सी|छत) (?:से|पर) (?:लटक|लटका) (?:जाऊंगा|जाऊंगी|जाऊं|जाऊँ|लूंगा|लूंगी)|"
        r"खुद को लटका (?:दूंगा|दूंगी|लूंगा|लूंगी)",
        r"(?:train|rail|metro|gaadi) (?:ke )?(?:aage|neeche|saamne|samne) (?:kood|kud|let|lete) "
        r"(?:jaunga|jaungi|jaun|jau)\b|(?:train|rail|metro|gaadi) ke neeche aa (?:jaunga|jaungi|"
        r"jaun|jau)\b",
        r"(?:ट्रेन|रेल|मेट्रो|गाड़ी|गाडी) (?:के )?(?:आगे|नीचे|सामने) (?:कूद|लेट|आ) (?:जाऊंगा|जाऊंगी|"
        r"जाऊं|जाऊँ)",
        # Thai "โดด", Chinese, Japanese, Arabic, Tagalog, Swahili, Pidgin wishes
        r"อยาก(?:จะ)?(?:ไป)?โดด(?:ตึก|สะพาน|จากตึก|จากสะพาน|ดาดฟ้า)",
        r"(?:想|打算|准备|準備)(?:去)?"
        r"(?:跳河|跳江|跳桥|跳橋|喝农药|喝農藥|喝百草枯|喝敌敌畏|喝敵敵畏|卧轨|臥軌)",
        r"(?:線路|電車|ホーム)(?:に|へ)飛び込(?:む|もう|みたい|んで)",
        r"(?:اريد|بدي|ابغى|عايز|عاوز|ناوي|سوف|راح|رح) (?:ان )?اشنق نفسي|ساشنق نفسي",
        r"(?:magbibigti|magpapakamatay|iinom) (?:na )?(?:lang )?(?:ako|ko)\b(?! (?:ng )?(?:tubig|"
        r"gamot|kape|beer|alak))|(?:iinom|uminom) (?:na )?(?:lang )?ako ng (?:lason|silver cleaner|"
        r"muriatic)",
        r"(?:nataka|ninataka) (?:kunywa|kumeza) sumu|(?:nitakunywa|nitameza) sumu",
        r"sniper (?:na |naim )?(?:i|i go|i wan|i dey) (?:go |wan )?drink",
    ),
    "prepare": (
        # Korean: a suicide note written
        r"유서(?:를|는|도)? ?(?:다 ?)?(?:썼|써 ?놨|써 ?뒀|남겼|작성했)"
        r"(?!.*(?:체험|드라마|영화|소설|웹툰|주인공))",
        # Vietnamese: tonight the last night, beside a letter
        r"(?:đêm nay|hôm nay|tối nay) (?:là|sẽ là|có lẽ là|chắc là) (?:đêm|ngày|lần) cuối"
        r".{0,80}(?:viết thư|thư cho|lời từ biệt|xin lỗi)",
        r"(?:viết thư|thư cho|lời từ biệt).{0,80}(?:đêm nay|hôm nay|tối nay) (?:là|sẽ là|có lẽ là|"
        r"chắc là) (?:đêm|ngày|lần) cuối",
    ),
    "place": (
        # Vietnamese: a bridge or a roof tonight, then sorry to the parents
        r"(?:ra|lên|tới|đến)"
        + _LEFT_VI
        + r" (?:cầu|sân thượng|bờ sông|sông|đường ray) (?:\w+ ){0,8}?xin lỗi (?:bố mẹ|ba mẹ|"
        r"cha mẹ|gia đình|vợ con|các con|mọi người)",
    ),
    "other": (
        r"(?:pankhe|pankha|fan|fande|phande|rassi) (?:se|pe|par) latak (?:jayega|jaega|jayegi|"
        r"jaegi|jaayega|jaayegi)\b",
        r"(?:पंखे|फंदे|रस्सी) (?:से|पर) लटक (?:जाएगा|जाएगी|जायेगा|जायेगी)",
        r"(?:train|rail|metro) (?:ke )?(?:aage|neeche|saamne|samne) (?:kood|kud|let|aa) (?:jayega|"
        r"jaega|jayegi|jaegi)\b",
        r"(?:ट्रेन|रेल|मेट्रो) (?:के )?(?:आगे|नीचे|सामने) (?:कूद|लेट|आ) (?:जाएगा|जाएगी|जायेगा|जायेगी)",
        # Punjabi, Nepali: a jump quoted from someone
        r"(?:ਕਹਿੰਦਾ|ਕਹਿੰਦੀ|ਕਿਹਾ|ਬੋਲਿਆ|ਆਖਦਾ)[^ ]* (?:[^ ]+ ){0,6}?ਛਾਲ ਮਾਰ",
        r"ਛਾਲ ਮਾਰ (?:ਦਊ|ਦੇਵੇਗਾ|ਦੇਊਗਾ|ਦੇਵੇਗੀ|ਦੇਊਗੀ)\b",
        r"हाम फाल्छु भन|हाम फाल्ने (?:भन्|धम्की)",
        r"(?:บอก|พูด|ขู่)(?:ว่า|มาว่า)? ?(?:เขา|เธอ|มัน)?(?:จะ|อยาก)(?:ไป)?โดด(?:ตึก|สะพาน|จากตึก|"
        r"จากสะพาน|ดาดฟ้า)",
        r"(?:sabi|sinabi|nag ?text|nagmessage|nagchat) (?:\w+ ){0,4}?(?:magbibigti|magpapakamatay|"
        r"tatalon|iinom) (?:na )?(?:daw|raw) ?(?:siya|sya)?|(?:iinom|uminom) (?:daw|raw) (?:siya |"
        r"sya )?ng (?:lason|silver cleaner|muriatic)",
    ),
    "check": (
        # a jump into a canal, a river or a well said of oneself, where a swim uses the same words
        r"(?:nahar|nadi|dariya|kuen|kuan|kuye|pul) (?:me|mein|se) (?:kood|kud|chhalang laga) "
        r"(?:jaunga|jaungi|jaun|jau|dunga|dungi)\b" + _NOT_A_SWIM,
        r"(?:नहर|नदी|दरिया|कुएं|कुँए|पुल) (?:में|से) (?:कूद|छलांग लगा) (?:जाऊंगा|जाऊंगी|जाऊं|जाऊँ|"
        r"दूंगा|दूंगी)" + _NOT_A_SWIM,
        r"(?:ਨਹਿਰ|ਦਰਿਆ|ਖੂਹ|ਗੱਡੀ|ਟਰੇਨ|ਛੱਤ|ਪੁਲ)[^ ]* (?:[^ ]+ )?(?:ਵਿੱਚ|ਵਿਚ|ਚ|ਅੱਗੇ|ਤੋਂ) ਛਾਲ ਮਾਰ "
        r"(?:ਦੇਣੀ|ਦੇਵਾਂ|ਦਿਆਂ|ਦਊਂ|ਦਊਂਗਾ|ਦੇਵਾਂਗਾ|ਲਵਾਂ)" + _NOT_A_SWIM,
        r"(?:नदीमा|खोलामा|भीरबाट|पुलबाट|छतबाट) (?:[^ ]+ )?हाम (?:फाल्छु|फाल्ने सोच)(?! भन)"
        + _NOT_A_SWIM,
        # a means brought home beside an end said
        _POISON_HL
        + r" (?:\w+ ){0,3}?(?:le aaya|le aya|le aayi|kharid|khareed)\w*.{0,80}"
        + _END_HL,
        _END_HL + r".{0,80}" + _POISON_HL + r" (?:\w+ ){0,3}?(?:le aaya|le aya|le aayi|kharid|"
        r"khareed)",
        _POISON_HI + r"[^ ]* " + W + r"(?:ले आया|ले आई|खरीद)[^ ]*.{0,80}" + _END_HI,
        _END_HI + r".{0,80}" + _POISON_HI + r"[^ ]* " + W + r"(?:ले आया|ले आई|खरीद)",
        # Nepali: a rope or poison bought and kept beside "it's over", debts, exhaustion
        r"(?:डोरी|विष|जहर|कीटनाशक|किटनाशक)[^ ]* (?:[^ ]+ )?(?:किनेर|लुकाएर|ल्याएर) "
        r"(?:राखेको|राखें|राखेँ).{0,80}(?:सकियो|थाकें|थाकेँ|ऋण|बाँच्न|बाच्न)",
        # Thai: thinking of a jump or a hanging
        r"(?:คิดจะ|คิดว่าจะ|เกือบจะ)(?:ไป)?(?:โดด|กระโดด)(?:ตึก|สะพาน|จากตึก|จากสะพาน|ดาดฟ้า)|"
        r"(?:คิดจะ|คิดว่าจะ)(?:ผูกคอ|แขวนคอ)",
        # Japanese: the sea of trees
        r"樹海(?:に|へ)(?:行こう|行く|行き|向か)",
        # Punjabi: by the canal at night
        r"(?:ਰਾਤ|ਅੱਧੀ ਰਾਤ)[^ ]* (?:[^ ]+ ){0,3}?(?:ਨਹਿਰ|ਦਰਿਆ|ਪੁਲ|ਰੇਲ)[^ ]* (?:[^ ]+ )?(?:ਕੰਢੇ|ਕੋਲ|"
        r"ਉੱਤੇ|ਤੇ|ਪਾਸ) (?:[^ ]+ ){0,3}?(?:ਖੜ੍ਹਾ|ਖੜਾ|ਖੜ੍ਹੀ|ਖੜੀ|ਬੈਠਾ|ਬੈਠੀ)(?!.*(?:ਦੋਸਤ|ਯਾਰ))",
    ),
}
