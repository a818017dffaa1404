"""A poison already drunk or eaten, told in the languages of South and South-East Asia, East Asia,
the Middle East and Africa, where pesticide, herbicide and rat poison are the commonest means:
the overdose kind, which gets the medical emergency first whoever drank it.

Each language's words for the poisons (``crisis.lexicons.means_named`` has them for the method
question) are joined to its past tense of drinking, eating or swallowing, with the writer or
someone close as its subject ("maine keetnashak pee liya", "ਮੇਰੇ ਭਰਾ ਨੇ ਸਪਰੇਅ ਪੀ ਲਈ", "我爸喝了
农药", "방금 농약 마셨어요", "Nimekunywa sumu"). A hero in a film, a rat or a dog is no such
subject (a story is no excuse for an overdose, so the subject is named rather than the story
guarded); pesticide sprayed is not drunk. Written folded (see ``crisis.lexicons``); pure.
"""

W = r"(?:[^ ]+ ){0,2}?"

_POISON_HL = (
    r"(?:keetnashak|keetnaashak|kitnashak|pesticide|zeher|zehar|jahar|jeher|sulfas|sulphas|"
    r"selphos|celphos|chuhe (?:maar|mar|marne) (?:ki )?(?:dawai|dawa|goli)|(?:keede|kide) (?:maar|"
    r"mar) (?:ki )?(?:dawai|dawa)|paraquat|phenyl|tezaab|tejab)"
)
_WHO_HL = (
    r"(?:maine|mene|main ne|mai ne|(?:mere|meri|hamare) (?:\w+ )?(?:papa|pitaji|bhai|bhaiya|"
    r"mummy|maa|mummi|didi|behen|bahan|beta|beti|pati|biwi|dost|chacha|chachi|padosi|dada|dadi|"
    r"nana|nani|bete|bhabhi) ne)"
)
_POISON_HI = r"(?:कीटनाशक|ज़हर|जहर|सल्फास|चूहे मार|कीड़े मार|कीडे मार|फिनाइल|तेज़ाब|तेजाब)"
_WHO_HI = (
    r"(?:मैंने|मैने|(?:मेरे|मेरी) (?:[^ ]+ )?(?:पापा|पिताजी|भाई|भैया|माँ|मां|मम्मी|दीदी|बहन|बेटे|"
    r"बेटी|पति|पत्नी|दोस्त|चाचा|पड़ोसी|दादा|दादी) ने)"
)
_POISON_PA = r"(?:ਸਪਰੇਅ|ਸਪਰੇ|ਜ਼ਹਿਰ|ਜਹਿਰ|ਕੀਟਨਾਸ਼ਕ|ਸਲਫਾਸ|ਸਲਫ਼ਾਸ)"
_WHO_PA = (
    r"(?:ਮੈਂ|(?:ਭਰਾ|ਪਿਤਾ|ਬਾਪੂ|ਪਾਪਾ|ਮਾਂ|ਭੈਣ|ਪੁੱਤ|ਧੀ|ਦੋਸਤ|ਘਰਵਾਲੇ|ਘਰਵਾਲੀ|ਚਾਚੇ|ਗੁਆਂਢੀ|ਬੇਬੇ)[^ ]* "
    r"ਨੇ)"
)
_POISON_VI = (
    r"(?:thuốc diệt cỏ|thuốc trừ sâu|thuốc chuột|thuốc diệt chuột|thuốc sâu|paraquat|"
    # bleach, not a dewormer ("thuốc tẩy giun") or a make-up remover ("nước tẩy trang")
    r"thuốc diệt muỗi|thuốc muỗi|thuốc diệt côn trùng|thuốc tẩy(?! giun| sán)|nước tẩy(?! trang))"
)
_WHO_VI = (
    r"(?:tôi|mình|em|tao|con|(?:bố|ba|mẹ|má|anh|chị|chồng|vợ|con|bạn|bạn cùng phòng|bạn trai|"
    r"bạn gái|ông|bà|cậu|cô|chú) "
    r"(?:tôi|mình|em))"
)
_POISON_ZH = r"(?:农药|農藥|百草枯|敌敌畏|敵敵畏|老鼠药|老鼠藥|耗子药|除草剂|除草劑|杀虫剂|殺蟲劑)"
# ...and insect spray, mosquito liquid or bleach, which people drink in Indonesia and Malaysia
_POISON_ID = (
    r"(?:racun(?: tikus| rumput| serangga)?|baygon|pestisida|potas|paraquat|gramoxone|"
    r"(?:obat|ubat) (?:nyamuk|serangga)(?: cair| semprot)?|insektisida|pemutih|bayclin|wipol|"
    r"karbol|porstex|cairan pembersih)"
)

LEXICON = {
    "overdose": (
        _WHO_HL + r" (?:\w+ ){0,2}?" + _POISON_HL + r" (?:\w+ )?(?:pee|pi|kha|khaa|nigal) (?:liya|"
        r"li|lia|liye|gaya|gayi)\b",
        _WHO_HI + r" " + W + _POISON_HI + r"[^ ]* " + W + r"(?:खा|पी|निगल) (?:लिया|ली|लिए|गया|गई)",
        _WHO_PA + r" " + W + _POISON_PA + r" (?:ਪੀ|ਖਾ) (?:ਲਈ|ਲਿਆ|ਲੀ|ਗਿਆ|ਗਈ)",
        # Nepali: "मैले विष खाएँ", "बुबाले कीटनाशक पिउनुभयो"
        r"(?:मैले|बुबाले|आमाले|दाइले|भाइले|साथीले|श्रीमानले|छोराले|छोरीले) "
        + W
        + r"(?:विष|जहर|कीटनाशक|किटनाशक)[^ ]* (?:खाएँ|खाएं|खाएको|पिएँ|पिएं|पिएको|खायो|पियो|"
        r"खानुभयो|पिउनुभयो)",
        # Bengali: "আমি বিষ খেয়েছি"
        r"(?:আমি|বাবা|মা|ভাই|বোন|বন্ধু|দাদা|দিদি)[^ ]* " + W + r"(?:বিষ|কীটনাশক|ইঁদুর মারার বিষ)[^ ]* "
        r"(?:খেয়েছি|খেয়ে ফেলেছি|খেয়েছে|খেয়ে ফেলেছে|খেলাম)",
        # Urdu
        r"(?:میں نے|ابو نے|امی نے|بھائی نے|بہن نے|دوست نے|والد نے|والدہ نے|بیٹے نے|بیٹی نے) "
        + W
        + r"(?:زہر|کیڑے مار دوا|چوہے مار دوا|سلفاس) (?:کھا|پی) (?:لیا|لی|گیا|گئی)",
        # Vietnamese: "tôi vừa uống thuốc diệt cỏ", "bố tôi uống thuốc trừ sâu rồi"
        _WHO_VI + r" (?:vừa |đã |mới |lỡ )?(?:uống|nuốt|ăn) (?:\w+ ){0,2}?" + _POISON_VI,
        # Thai: "ฉันกินยาฆ่าหญ้าไปแล้ว"
        r"(?:ฉัน|ผม|เรา|พ่อ|แม่|พี่|น้อง|แฟน|เพื่อน|ลูก)(?:เพิ่ง|ได้)?(?:กิน|ดื่ม)(?:ยาฆ่าหญ้า|ยาฆ่าแมลง|"
        r"ยาเบื่อหนู|พาราควอต)(?:ไป|เข้าไป)?แล้ว",
        # Korean: "방금 농약 마셨어요", not the rat or the dog
        r"(?<!쥐가 )(?<!쥐들이 )(?<!개가 )(?<!고양이가 )(?<!강아지가 )(?:농약|제초제|쥐약|그라목손|"
        r"살충제)(?:을|를)? ?(?:마셨|먹었|삼켰)",
        # Japanese: "さっき農薬を飲んだ"
        r"(?:私|僕|俺|わたし|ぼく|おれ|さっき|今|いま|父|母|兄|姉|弟|妹|夫|妻|友達)(?:が|は|も)?"
        r"[^ ]{0,6}?(?:農薬|除草剤|殺虫剤|殺鼠剤|パラコート)(?:を)?(?:飲んだ|飲んでしまった|"
        r"飲みました|飲んじゃった)(?!シーン|場面)",
        # Chinese: "我刚喝了农药", "我爸喝了农药"
        r"我(?:爸|妈|媽|哥|姐|弟|妹|老公|老婆|朋友|儿子|兒子|女儿|女兒|爷爷|爺爺|奶奶|爸爸|妈妈|媽媽)?"
        r"(?:刚|剛|刚刚|剛剛|已经|已經|偷偷)?(?:喝了|吃了|服了)(?:一瓶|一些|半瓶|一口)?"
        + _POISON_ZH,
        # Indonesian and Malay
        r"(?:aku|saya|gue|gw|bapak|ibu|ayah|kakak|adik|teman|suami|istri|abang|anak|sepupu|pacar)"
        r"(?: (?:kamar|sekamar|kos|kost|kerja|sekelas))?(?: saya| aku| ku| gue)? "
        r"(?:barusan |udah |sudah |baru |telah |dah )?(?:minum|nenggak|menenggak|makan|menelan|"
        r"telan) " + _POISON_ID,
        # Tagalog, Arabic, Persian, Swahili, Yoruba, Pidgin
        r"uminom (?:na )?(?:ako|siya|sya|si \w+) ng (?:lason|silver cleaner|muriatic|pesticide)",
        # ...told verb first, the one who drank it after ("uminom ng muriatic ang kasama ko"); not
        # a film's or a show's hero
        r"^(?=.*(?:uminom|ininom|lumunok) (?:ng |nang )?(?:lason|silver cleaner|muriatic|"
        r"pesticide|zonrox|baygon|racumin|insecticide|pamatay (?:ng )?(?:daga|ipis|lamok|insekto)) "
        r"(?:\w+ )?(?:ang|si|yung|ung) )(?!.*\b(?:pelikula|teleserye|serye|palabas|kwento|nobela|"
        r"bida|kontrabida|movie|film|series|drama|eksena|episode)\b)",
        r"(?:شربت|بلعت|اكلت|(?:ابي|ابوي|اخي|صديقي|زوجي|ابني) (?:[^ ]+ )?(?:شرب|بلع|اكل)) "
        r"(?:[^ ]+ )?(?:(?:ال)?مبيد|سم (?:ال)?(?:فيران|فئران|فار)|(?:ال)?سم)",
        r"(?:سم|مرگ موش|قرص برنج|سم موش|حشره کش)[^ ]* (?:[^ ]+ )?(?:خوردم|خورده|خورد|خوردیم)",
        r"(?:nimekunywa|amekunywa|nimemeza|amemeza|alikunywa|nilikunywa) (?:\w+ )?sumu",
        r"(?:mo ti|o ti|won ti) (?:mu|je) (?:majele|oogun eku|ota)",
        r"(?:i|e|im|she|he|my \w+) (?:don|just|done) (?:drink|take|swallow) sniper",
    ),
}
