"""The plainest statements in a dozen more languages: Dutch, Romanian, Greek, Hebrew, Urdu,
Bengali, Swahili, Vietnamese, Thai, Chinese, Japanese and Korean.

Only what is seldom said in jest: wanting to die, not wanting to live, suicide as one's own act,
all the pills taken; and, in most of them, a passive wish, self-harm, a lethal amount asked
for, a place, a farewell note, the same said of someone else, and plain sadness. Thai, Chinese,
Japanese and Korean run words together, so their phrases may start anywhere (see
``crisis.languages``)."""

LEXICON = {
    "guard": (
        r"想死你|笑死|累死|热死|饿死|冷死|困死|烦死",
        r"(?:配|腹|お腹)(?:が)?(?:すいて|減って)死にそう|死ぬほど",
        r"배고파 죽|웃겨 죽|졸려 죽|더워 죽|추워 죽",
        r"ik wil niet dood|nu vreau să mor|sitaki kufa",
    ),
    "intent": (
        # Dutch
        r"ik wil (?:\w+ )?dood|ik wil niet meer leven|(?:mezelf|me) van kant (?:maken|te maken)|"
        r"er een eind aan (?:maken|te maken)|zelfmoord (?:plegen|te plegen)|mezelf (?:te )?doden",
        # Romanian
        r"vreau să mor|să mă sinucid|mă sinucid|nu mai vreau să trăiesc|să ?mi iau viața|"
        r"sa ?mi iau viata",
        # Greek
        r"θέλω να πεθάνω|να αυτοκτονήσω|θα αυτοκτονήσω|δεν θέλω να ζω|δε θέλω να ζω",
        # Hebrew
        r"אני רוצה למות|רוצה להתאבד|אתאבד|לא רוצה לחיות|לשים קץ לחיים",
        # Urdu
        r"مرنا چاہت|خودکشی کر|جینا نہیں چاہت|خود کو مار",
        # Bengali
        r"মরে যেতে চাই|মরতে চাই|আত্মহত্যা করব|আত্মহত্যা করতে|বাঁচতে চাই না",
        # Swahili
        r"nataka kufa|nitajiua|kujiua|sitaki kuishi|nataka kujiua",
        # Vietnamese
        r"muốn chết|muon chet|tự tử|tu tu\b|không muốn sống|khong muon song",
        # Thai
        r"อยากตาย|ฆ่าตัวตาย|ไม่อยากมีชีวิต",
        # Chinese
        r"我想死|想死了|不想活|活不下去|自杀|自殺|结束自己的生命|結束自己的生命|轻生|輕生",
        # going to jump, said of oneself ("考完我就去跳楼"), not a sale's "跳楼价"
        r"我(?:就|要|想|打算|准备|會|会)(?:去)?(?:跳楼|跳樓)(?!价|價|大甩卖|甩卖)",
        # Japanese
        r"死にたい|消えたい|自殺したい|自殺する|生きていたくない|もう生きたくない|生きるのが辛い",
        # Korean
        r"죽고 ?싶|자살하고 ?싶|자살할|살기 ?싫|사라지고 ?싶",
        r"想结束这一切|结束这一切|活着太累|活著太累|全部終わりにしたい",
        r"다 끝내고 ?싶|모든 걸 끝내고 ?싶",
    ),
    "overdose": (
        r"吃了(?:一整瓶|整瓶|所有的?|全部的?)(?:安眠药|药)|薬を全部飲んだ|약을 다 먹었|"
        r"uống hết (?:thuốc|cả lọ)|ik heb alle pillen (?:genomen|ingenomen)|"
        r"am luat toate pastilele",
        r"吃了很多安眠药|吃了一瓶|吃了一整盒|吞了(?:一瓶|很多|所有)",
        r"薬を大量に飲んだ|大量に飲んだ|オーバードーズした",
        r"약을 ?(?:많이|한꺼번에|다) ?먹었|수면제를 ?(?:많이|다|전부) ?먹었",
        r"uống cả lọ thuốc|uống quá nhiều thuốc|uong ca lo thuoc|uong qua nhieu thuoc",
        r"te veel (?:pillen|tabletten) (?:genomen|ingenomen|geslikt)",
        r"nimemeza vidonge vyote|nimekunywa dawa zote|nimemeza dawa nyingi",
        r"กินยาเกินขนาด|กินยาหมด(?:ขวด|แผง)",
        r"am înghițit toate pastilele|am inghitit toate pastilele",
        r"בלעתי את כל הכדורים|לקחתי את כל הכדורים",
    ),
    "prepare": (
        r"写了遗书|寫了遺書|遺書を書|유서를 ?썼|유서 ?썼|유서를 ?쓰",
        # pills put by, not money: "把药都攒好了"
        r"把(?:药|藥|安眠药|安眠藥)(?:都|全)?(?:攒|攢|存)(?:好|够|夠|齐)了",
        r"thư tuyệt mệnh|viết thư từ biệt|thu tuyet menh",
        r"afscheidsbrief (?:geschreven|geschreven voor)",
        r"barua ya kuaga|nimeandika barua ya mwisho",
    ),
    "place": (
        r"我站在天台|我在天台|我在楼顶|我在樓頂|屋上にいる|옥상에 ?있|다리 위에 ?있",
        r"đang đứng trên cầu|dang dung tren cau|trên sân thượng",
        r"ik sta op (?:het dak|de brug)",
        r"niko juu ya (?:daraja|paa)",
        r"我在桥上|我在橋上|線路に(?:いる|立って)",
        # Thai, the same told with "now": on a rooftop, or on a bridge or the tracks alone or at
        # a loss (not with friends, for a view, a photo, fishing, a repair or a bus)
        r"ตอนนี้(?:กำลัง)?(?:ยืน|นั่ง)?(?:อยู่)?(?:บน|ที่|ริม)(?:ดาดฟ้า|หลังคาตึก|(?:สะพาน|ทางรถไฟ)"
        r".{0,24}(?:คนเดียว|ไม่รู้จะทำ|ไม่ไหว|อยากกระโดด|ลาก่อน))"
        r"(?!.*(?:กับเพื่อน|กับแฟน|ถ่ายรูป|ชมวิว|ตกปลา|ปาร์ตี้|ทำงาน|ซ่อม|ตากผ้า|รอรถ))",
        r"屋上[^。]{0,15}柵の(?:外|向こう)",  # on the roof, looking past the railing
        # thinking of jumping from a balcony, a roof, a bridge: Japanese, Hebrew
        r"(?:ベランダ|屋上|ビル|橋|窓|マンション)から飛び降り(?:たい|ることばかり|ることを|"
        r"ようと|ようか)",
        r"(?:חושבת|חושב|רוצה|מתכננת|מתכנן) (?:כל הזמן )?לקפוץ (?:מה|מן ה)?(?:מרפסת|גג|גשר|חלון|"
        r"בניין|קומה)(?! ?(?:ל(?:בריכה|מים|ים)|ב?באנג|ב?בנג))",  # not into a pool, not a bungee
    ),
    "self_harm": (
        r"자해했|자해를 ?했|自残了|自殘了|割腕|リストカットした|自傷した",
        r"伤害自己|傷害自己|自残|自殘|手首を切",
        r"손목을 ?그었|나를 ?해쳤",
        r"ik snijd mezelf|heb mezelf gesneden|mezelf pijn gedaan",
        r"tự làm hại bản thân|rạch tay|tu lam hai ban than|rach tay",
        r"nimejikata|ninajikata|kujidhuru",
        r"m am tăiat|m am taiat|mă tai|ma tai pe maini",
        r"חתכתי את עצמי|פוגע בעצמי|פוגעת בעצמי",
        # cutting told in the present ("אני חותכת את עצמי שוב"), not by accident or shaving
        r"(?:חותך|חותכת) (?:שוב )?(?:את )?עצמי\b(?! (?:[^ ]+ ){0,3}?(?:בטעות|בגילוח))",
        r"ทำร้ายตัวเอง|กรีดแขน|กรีดข้อมือ",
    ),
    "method": (
        r"多少[^，。？?]{0,10}(?:会死|會死|能死|致死)|致死量|치사량|몇 ?알[^.?]{0,8}죽",
        r"何錠(?:飲めば|で)死|何錠飲んだら死",
        r"uống bao nhiêu viên (?:\w+ ){0,3}?chết|liều gây chết",
        r"uong bao nhieu vien (?:\w+ ){0,3}?chet",
        r"hoeveel (?:pillen|tabletten) (?:\w+ ){0,3}?dood|dodelijke dosis",
        r"vidonge vingapi (?:\w+ ){0,3}?kufa|dozi ya kuua",
        r"מנה קטלנית|כמה כדורים (?:[^ ]+ ){0,3}?למות",
        r"กินยากี่เม็ด(?:ถึง|จะ)ตาย",
        r"doză letală|doza letala|θανατηφόρα δόση|θανατηφορα δοση",
    ),
    "other": (
        r"(?:친구|동생|언니|오빠|형|누나|엄마|아빠|남편|아내)가 유서",
        # someone close who said they would die tonight, or kill themselves (not "배고파 죽겠다")
        r"(?:친구|동생|언니|오빠|형|누나|엄마|아빠|남편|아내|딸|아들|남자친구|여자친구)"
        r"(?:가|이|는) (?:[^ ]+ ){0,3}?(?:(?:오늘 ?밤에?|오늘|내일|주말에|곧|이번 ?주에?) ?"
        r"죽겠다고|자살하겠다고|죽을 ?거라고|자살하겠대|자살한대|자살할 ?거래)",
        r"(?:朋友|他|她|我妈|我爸)(?:写了|留下了?)遗书",
        r"(?:朋友|他|她|我妈|我爸|我姐|我哥|我弟|我妹)(?:说)?想(?:自杀|死)",
        # someone's farewell message and then no answer (a farewell on leaving a job is answered)
        r"(?:告别|道别|诀别|永别)(?:的)?(?:信息|消息|短信|微信|留言)[^。]{0,12}?(?:联系不上|不回|没回|"
        r"关机|打不通|找不到)",
        r"友達が(?:死にたい|自殺)|彼氏が死にたい|彼女が死にたい",
        r"(?:친구|동생|언니|오빠|형|누나|엄마|아빠|남편|아내)가 (?:죽고 ?싶다|자살)",
        r"bạn tôi (?:muốn|nói muốn) (?:tự tử|chết)|ban toi muon (?:tu tu|chet)",
        r"mijn (?:vriend|vriendin|broer|zus|moeder|vader) wil (?:dood|zelfmoord plegen|"
        r"niet meer leven)",
        r"rafiki yangu (?:anataka|amesema anataka) (?:kufa|kujiua)",
        r"(?:חבר|חברה) שלי (?:רוצה|רוצה ל)(?:התאבד|מות)",
        r"เพื่อน(?:ผม|ฉัน)?อยาก(?:ฆ่าตัวตาย|ตาย)",
    ),
    "distress": (
        r"焦虑|焦慮|不安で|외로워|외롭|우울해|寂しい|孤独|难过|難過|伤心",
        r"nina huzuni|huzuni sana|najisikia vibaya",
        r"buồn quá|cô đơn quá|buon qua|co don qua",
        r"ik voel me zo alleen|ik voel me zo somber|ik ben zo verdrietig",
        r"เศร้ามาก|เหงามาก",
        r"אני כל כך עצוב|אני כל כך עצובה|אני בודד|אני בודדה",
        r"つらい|너무 힘들어",
    ),
    "passive": (
        r"睡过去就不用醒|睡過去就不用醒|(?:永远|永遠|再也)不用醒",  # asleep and never to wake
        r"不想醒来|不想醒來|希望自己消失|我不在了大家|没有我大家会更好|活着没意思|活著沒意思",
        r"消えてしまいたい|いなくなりたい|目が覚めなければ|生まれてこなければ",
        r"안 ?깨어났으면|태어나지 말았어야|없어지고 ?싶|내가 없으면 ?다들",
        r"ik wil niet meer wakker worden|ik wil verdwijnen|iedereen is beter af zonder mij",
        r"muốn biến mất|muon bien mat|không muốn thức dậy|khong muon thuc day",
        r"nataka kutoweka|mimi ni mzigo|bora nisingezaliwa",
        r"הייתי רוצה להיעלם|לא להתעורר|כולם יהיו טובים יותר בלעדיי",
        # "הלוואי שלא אתעורר", not late or early
        r"(?:הלוואי|מקווה|מתפלל|מתפללת) (?:ש ?)?לא (?:אתעורר|אקום)\b(?! (?:מאוחר|מוקדם|בלילה|"
        r"באמצע|עם))",
        r"อยากหายไป|ไม่อยากตื่น",
        # wanting to sleep and never wake again ("อยากหลับแล้วไม่ต้องตื่นอีกเลย")
        r"อยากหลับ(?:ไป)?(?:แล้ว)?(?:ไม่ต้อง|ไม่)ตื่น(?:ขึ้นมา)?อีก(?:เลย|แล้ว|ตลอดไป)",
        r"aș vrea să dispar|as vrea sa dispar|să nu mă mai trezesc|sa nu ma mai trezesc",
    ),
    "outing": (
        r"repare\w*|schoonma\w*|uitzicht|vrienden|foto\w*|feest|werk\b|zonsondergang",
        r"sửa|chụp ảnh|bạn bè|ngắm|kurekebisha|marafiki|picha|kazi",
        r"修理|拍照|风景|風景|朋友们|写真|景色|友達と|사진|수리|친구들",
    ),
}
