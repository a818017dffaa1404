"""Malay, Vietnamese, Thai, Bengali, Urdu, Japanese and Korean: every kind, beyond the plainest.

Passive wishes, direct intent, farewells, self-harm, pills counted or taken, "I can't any more"
for the check-in, and plain sadness or exhaustion for the caring reply, with each language's
idioms of dying ("lapar nak mati", "chết cười", "ขำจะตาย", "피곤해 죽겠다") guarded. Thai,
Japanese and Korean run words together, so their phrases may start anywhere
(``crisis.phrases``).
"""

# A gap of up to three words of any script (Indic vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"

# Pills gathered to hand back or throw away, the purpose said first ("반납하려고 남은 약을 모아")
_NOT_TO_RETURN = "".join(
    f"(?<!{verb}{gap})"
    for verb in ("반납하려고", "돌려주려고", "버리려고", "폐기하려고")
    for gap in (" ", " 남은 ")
)

LEXICON = {
    # "hồi trước tôi bị trầm cảm, giờ thì ổn rồi": an illness once had, and well now
    "past": (
        r"(?:hồi trước|trước đây|ngày xưa|hồi đó) (?:tôi |mình |em )?(?:bị |từng bị )?"
        r"(?:trầm cảm|lo âu|hoảng loạn)",
    ),
    "recovered": (
        r"(?:giờ|bây giờ|hiện giờ|hiện tại) (?:thì |tôi |mình |em )?(?:đã )?(?:ổn|khỏe|tốt)",
    ),
    "guard": (
        r"(?:mati|mampus) (?:ketawa|gelak|kebosanan|kelaparan)|(?:lapar|bosan|panas|penat) "
        r"(?:nak )?mati|tak (?:nak|mahu) mati",
        r"cười (?:muốn )?chết|chết cười|(?:đói|nóng|mệt|buồn cười|chán) (?:muốn |gần |sắp )?chết|"
        r"không muốn chết",
        r"(?:ขำ|หิว|ร้อน|เบื่อ|ง่วง|เหนื่อย)(?:จน)?จะตาย|ขำตาย|ไม่อยากตาย",
        r"হাসতে হাসতে মর|(?:ক্ষিদেয়|খিদেয়|গরমে) মর|মরতে চাই না",
        r"ہنس ہنس (?:کے|کر) مر|(?:بھوک|گرمی) سے مر|مرنا نہیں چاہت",
        r"(?:피곤해|심심해|짜증나|귀여워|좋아|웃겨|배고파|힘들어) ?죽(?:겠|을 ?것)",
        r"死ぬかと思った|死ぬ気で(?:頑張|勉強|働)",
    ),
    "intent": (
        r"もう終わりにする|終わりにします|নিজেকে শেষ করে (?:দেব|দিব|ফেলব)",
        r"(?:aku|saya|ak) (?:\w+ )?(?:nak|mahu|ingin) (?:mati|bunuh diri|mampus)|nak bunuh diri|"
        r"(?:tak|tidak) (?:nak|mahu) hidup (?:lagi)?|nak (?:tamatkan|akhiri) (?:hidup|nyawa)",
        r"muốn kết thúc (?:tất cả|cuộc đời|cuộc sống|mọi thứ)|(?:sẽ|định|muốn) tự sát|"
        r"chán sống|không muốn tồn tại",
        r"อยากจบชีวิต|จะฆ่าตัวตาย|ไม่อยากอยู่(?:แล้ว|ต่อ|บนโลกนี้)|อยากไปให้พ้น",
        r"নিজেকে (?:শেষ করে|মেরে) (?:দিতে চাই|ফেলব|ফেলতে চাই)|সব শেষ করে দিতে চাই|"
        r"(?:আর )?বাঁচতে ইচ্ছে (?:করে|হয়) না|বেঁচে থাকতে চাই না|বাঁচার ইচ্ছে নেই",
        r"خود کو ختم کر|اپنی جان لے|سب ختم کر دینا چاہت|اب جینا نہیں|زندہ نہیں رہنا چاہت|"
        r"مر جانا چاہت|مر جاؤں",
        r"死のうと思|死ぬつもり|自殺しよう|終わりにしたい|命を絶ち|消えてなくなりたい",
        r"죽어야겠|죽을 ?거야|죽을래|목숨을 ?끊|삶을 ?끝내|그만 ?살고 ?싶|살고 ?싶지 ?않",
    ),
    "passive": (
        r"生きてる意味(?:ない|が無い|がない)|nak pergi (?:buat |untuk )?selamanya",
        r"(?:aku|saya) nak hilang (?:je|saja|selamanya)|harap (?:aku|saya) tak (?:bangun|sedar) "
        r"lagi|(?:semua|orang lain) (?:lebih )?(?:baik|bahagia) tanpa (?:aku|saya)|"
        r"(?:aku|saya) (?:ni )?(?:cuma |hanya )?(?:beban|menyusahkan semua)",
        r"ước gì (?:mình|tôi|em) (?:không tồn tại|biến mất|chưa từng sinh ra)|"
        r"mọi người sẽ (?:tốt|vui) hơn (?:khi )?(?:nếu )?không có (?:tôi|mình|em)|"
        r"(?:mình|tôi|em) là gánh nặng|ngủ (?:mãi|luôn) không (?:dậy|tỉnh)",
        r"ไม่อยากมีตัวตน|ทุกคน(?:จะ)?ดีกว่าถ้าไม่มี(?:ฉัน|ผม|เรา)|เป็นภาระ(?:ของ)?ทุกคน|หลับไม่ตื่น",
        r"হারিয়ে যেতে চাই|আর না (?:জাগি|উঠি)|আমি না থাকলে সবাই ভালো|আমি সবার বোঝা",
        r"غائب ہو جانا چاہت|کاش میں پیدا (?:ہی )?نہ (?:ہوتا|ہوتی)|سب میرے بغیر بہتر|"
        r"میں (?:سب پر |(?:[^ ]+ ){1,3}?پر )?بوجھ ہوں",
        r"このまま目が覚めなければ|生きる意味がない|生きている意味がない|(?:私|僕|俺)がいない方が|"
        r"迷惑をかけるだけ",
        r"사라져 ?버리고 ?싶|없어져야 ?(?:해|돼|겠)|짐만 ?되|영원히 ?잠들고 ?싶|"
        r"태어나지 ?않았으면",
    ),
    "prepare": (
        r"明日には(?:もう)?いない|내일이면 ?(?:나는 ?)?없을 ?거",
        r"ngày mai (?:tôi|mình|em) (?:sẽ )?không còn (?:ở đây|nữa|trên đời)",
        r"薬を(?:少しずつ|こっそり|ずっと)?(?:ため|貯め|溜め)|수면제를 ?모아|" + _NOT_TO_RETURN
        + r"약을 ?모아 ?(?:두|놓)",
        # pills gathered bit by bit or in secret ("약을 조금씩 모으고 있어요"), not to hand back
        r"(?:약을|알약을|수면제를|진통제를) ?(?:조금씩|몰래|하나씩|틈틈이) ?(?:모아|모으고|모았)"
        r"(?!서 ?(?:약국|반납|버리|폐기))",
        r"surat (?:terakhir|perpisahan|wasiat) (?:untuk|buat)|selamat tinggal (?:semua|semuanya)",
        r"viết thư (?:từ biệt|vĩnh biệt)|(?:nói|gửi) lời (?:từ biệt|vĩnh biệt) (?:với |tới )?"
        r"mọi người|đã cho (?:hết|đi) đồ đạc",
        r"จดหมายลา|ลาก่อนทุกคน|ฝากดูแล(?:แมว|หมา|ลูก)ด้วย",
        r"বিদায় চিঠি|সুইসাইড নোট|সবার কাছ থেকে বিদায় নিয়েছি",
        r"الوداعی خط|آخری خط لکھ|سب کو الوداع",
        r"お別れの手紙|身辺整理|みんなさようなら|みんなにさようなら",
        r"작별 ?인사를 ?(?:했|하고)|마지막 ?인사|물건을 ?(?:다 )?나눠 ?줬",
    ),
    "self_harm": (
        r"(?:aku|saya) (?:dah )?(?:kelar|toreh|cederakan diri)",
        r"হাত কেটেছি|নিজেকে (?:কাটি|কেটেছি|আঘাত কর)",
        r"خود کو (?:نقصان پہنچا|کاٹ)|اپنی کلائی کاٹ",
        r"自傷行為|リスカ(?:した|してしまった|がやめられない)",
        r"몸에 ?상처를 ?냈|또 ?그었",
    ),
    "overdose": (
        r"(?:aku|saya) (?:dah |sudah )?(?:telan|makan) semua (?:\w+ )?(?:ubat|pil)",
        r"đã uống hết (?:\w+ ){0,2}?thuốc",
        r"กินยานอนหลับ(?:หมด|ไปหลาย)|กินยาไปหมด",
        r"সব (?:ঘুমের )?(?:ওষুধ|বড়ি|ট্যাবলেট) খেয়ে ফেলেছি|অনেকগুলো (?:ঘুমের )?(?:ওষুধ|বড়ি) খেয়েছি",
        r"(?:ساری|بہت ساری) گولیاں کھا (?:لی|لیں)",
        r"睡眠薬を(?:全部|大量に|たくさん)飲|薬を全部",
        r"(?:수면제|약|알약|진통제|안정제)(?:을|를)? ?(?:한 ?통|한 ?병|전부|몽땅|한꺼번에) ?"
        r"(?:다 ?)?(?:먹었|삼켰)|수면제(?:를|을)? ?다 ?(?:먹었|삼켰)",
    ),
    "method": (
        r"berapa (?:biji )?(?:ubat|pil) " + W + r"(?:mati|maut)",
        r"কয়টা " + W + r"খেলে (?:মরে|মারা)|কতগুলো " + W + r"খেলে মারা",
        r"کتنی گولیاں " + W + r"(?:مر|موت)",
        r"楽に死ねる方法|死ぬ方法|何錠で死ね",
        # made to look like an accident, or the quickest way that does not hurt (not a mystery's
        # trick, a piercing or hair removal)
        r"^(?!.*(?:小説|ミステリー|ドラマ|漫画|ゲーム|推理|犯人|トリック|脱毛|抜歯|ピアス|注射))"
        r".*(?:事故に見える(?:ような|よう)?(?:方法|やり方)|痛くない(?:一番|いちばん|最も)"
        r"(?:早い|楽な|確実な|簡単な)方法)",
        # a means asked whether it hurts or is sure: "練炭って本当に苦しくないの"
        r"(?:練炭|首吊り|首つり|飛び降り|睡眠薬|硫化水素|オーバードーズ)(?:って|は|で|なら)?"
        r"(?:本当に|ほんとに|ほんとうに)?(?:苦しくない|苦しまない|痛くない|楽に死|確実に死)",
        r"何(?:個|錠|粒|階|メートル)(?:あれば|で|飲めば|から)(?:確実|死ね)",
        r"죽는 ?방법|안 ?아프게 ?죽",
    ),
    "other": (
        r"(?:kawan|adik|abang|kakak|mak|ayah|suami|isteri) (?:\w+ ){0,2}?(?:nak|kata nak) "
        r"(?:bunuh diri|mati)",
        r"(?:em|anh|chị|bạn|mẹ|bố) (?:tôi|mình) (?:nói )?(?:muốn|định) (?:tự tử|chết|tự sát)",
        r"(?:বন্ধু|ভাই|বোন|মা|বাবা) " + W + r"(?:মরতে চায়|আত্মহত্যা করতে চায়)",
        r"(?:میرا دوست|میری دوست|میرا بھائی|میری بہن) " + W + r"(?:مرنا چاہت|خودکشی)",
    ),
    "check": (
        r"살아 ?있는 ?게 ?(?:너무 )?괴로|hidup (?:ni|ini|aku|saya) (?:dah )?(?:tak|tidak) bermakna",
        r"(?:aku|saya) (?:dah )?tak (?:tahan|sanggup) (?:lagi|dah|hidup)",
        r"không chịu (?:nổi|được) nữa|không còn lối thoát|mệt mỏi với cuộc sống",
        r"ทนไม่ไหวแล้ว|หมดหวังกับชีวิต|ไม่อยากสู้แล้ว",
        r"আর পারছি না|আর সহ্য করতে পারছি না",
        r"اب برداشت نہیں ہوتا|اور نہیں سہہ سکت|زندگی سے تھک (?:گیا|گئی)",
        r"楽になりたい|生きるのがつらい|生きるのが辛",
        r"더 ?이상 ?못 ?버티|버틸 ?수가 ?없|살 ?이유가 ?없|희망이 ?없",
    ),
    "distress": (
        r"rất buồn|buồn quá|thấy buồn",
        r"(?:aku|saya) (?:rasa )?(?:sangat |sgt |terlalu )?(?:sedih|sunyi|penat|letih|kosong|"
        r"tertekan)|(?:sedih|penat|sunyi) (?:sangat|sgt|gila)",
        r"buồn lắm|mệt mỏi quá|mệt quá|chán quá|trầm cảm|cảm thấy (?:rất |thật )?(?:buồn|"
        r"trống rỗng|cô đơn|mệt mỏi|vô dụng|tuyệt vọng)",
        r"เศร้า|เหนื่อยมาก|เหนื่อยใจ|ท้อแท้|ซึมเศร้า|หดหู่|รู้สึกว่างเปล่า",
        r"খুব (?:কষ্ট|খারাপ লাগছে|একা|ক্লান্ত|দুঃখ)|মন খারাপ|হতাশ লাগছে",
        r"بہت (?:اداس|اکیلا|اکیلی|تھکا|تھکی|پریشان)|ڈپریشن",
        r"落ち込|やる気が出ない|やる気がない|何もしたくない|疲れた|疲れ果て|悲しい|憂鬱|しんどい|"
        r"もう限界|泣きたい",
        r"우울하|힘들어요|힘들다|힘듭니다|지쳤|지쳐|슬퍼|슬프다|외로",
    ),
}
