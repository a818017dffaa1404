"""Thai, Malay, Vietnamese and Tagalog beside ``vi_tl_letters``: someone close who sent "sorry,
everyone" and then went silent, cuts seen on a child's arm, the writer a burden whose absence
would ease the family, a letter left behind, and sleeping pills saved up.

- "น้องชายส่งไลน์มาว่าขอโทษทุกคน แล้วก็ไม่ตอบอีกเลย", "adik saya hantar mesej minta maaf semua
  lepas tu tak balas", "em mình nhắn xin lỗi mọi người rồi không trả lời nữa" (``other``); sorry
  for being late, or a phone out of battery, stays quiet.
- "nampak banyak kesan hiris di lengan anak saya" (``other``); a fall, a cat's scratch or a
  kitchen knife stays quiet.
- "ฉันเป็นภาระของครอบครัว", "ถ้าฉันไม่อยู่แม่คงสบายขึ้น" (``passive``); a fee that burdens the
  family, "I don't want to be a burden" and "when I'm not at home" stay quiet.
- "ฉันเขียนจดหมายทิ้งไว้ให้แม่แล้ว", "จดหมายสั่งเสีย" (``prepare``); a letter before studying or
  travelling abroad stays quiet.
- "nag-ipon ako ng sleeping pills", "inipon ko yung gamot, sapat na" (``prepare``); medicine
  saved for a trip or a typhoon stays quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

# Each exclusion is anchored at the start and read once (see ``crisis.lexicons.rest_of_vial``).
_NOT_LATE = (
    r"^(?!.*(?:มาสาย|แบตหมด|ไปสาย|\blambat\b|\blewat\b|\bbateri\b|\btrễ\b|\bmuộn\b|hết pin|"
    r"\bngủ\b)).*?"
)
_NOT_A_FALL = (
    r"^(?!.*\b(?:jatuh|terjatuh|kucing|cakar|basikal|pisau dapur|masak|kemalangan|accident))"
    r".*?"
)
_NOT_ABROAD = r"^(?!.*(?:ไปเรียน|ไปเที่ยว|ต่างประเทศ|ไปทำงาน|ย้ายบ้าน|วันเกิด)).*?"
_NOT_A_TRIP_TL = (
    r"^(?!.*\b(?:biyahe|byahe|bakasyon|abroad|probinsya|bagyo|lockdown|maintenance)\b).*?"
)
_KIN_TH = r"(?:น้อง|พี่|แม่|พ่อ|เพื่อน|แฟน|ลูก|สามี|ภรรยา|ผัว|เมีย)"
_KIN_MS = (
    r"(?:adik|abang|kakak|mak|ibu|ayah|abah|bapa|kawan|suami|isteri|anak|pakcik|makcik|sepupu)"
)
_KIN_VI = r"(?:em|anh|chị|bố|ba|mẹ|má|bạn|vợ|chồng|con)"
_ME_TH = r"(?:ฉัน|เรา|หนู|ผม|กู|ชั้น|เค้า)"

LEXICON = {
    "other": (
        _NOT_LATE + _KIN_TH + r"[^ ]{0,24}?(?:ขอโทษ|ลาก่อน|ขอบคุณ)ทุกคน(?:[^ ]{0,6}?) ?[^ ]{0,16}?"
        r"(?:ไม่ตอบ|ติดต่อไม่ได้|ปิดเครื่อง|ไม่รับสาย|เงียบ(?:ไป|หาย))",
        _NOT_LATE + _KIN_MS + r" (?:\w+ ){0,4}?(?:hantar|post|tulis|bagi|taip) (?:\w+ ){0,2}?"
        r"(?:minta maaf|selamat tinggal|terima kasih) (?:kepada |kat |pada |dekat )?(?:semua|"
        r"semua orang)(?: \w+){0,4}? (?:tak|tidak|x) (?:balas|jawab|angkat|dapat dihubungi)",
        _NOT_LATE + _KIN_VI + r" (?:\w+ ){0,2}?(?:nhắn|gửi|đăng|viết) (?:\w+ ){0,2}?(?:xin lỗi|"
        r"tạm biệt|vĩnh biệt|cảm ơn) (?:tất cả )?mọi người (?:\w+ ){0,3}?(?:không trả lời|"
        r"không nghe máy|tắt máy|tắt điện thoại|mất liên lạc|không liên lạc được)",
        _NOT_A_FALL + r"(?:ada |banyak |nampak |jumpa )(?:\w+ ){0,2}?(?:kesan )?(?:hiris|kelar|"
        r"torehan|luka hiris|luka kelar) (?:di|kat|pada|dekat) (?:lengan|pergelangan tangan|peha|"
        r"paha|tangan) (?:anak|adik|kawan|budak)",
    ),
    "passive": (
        _ME_TH + r"(?:มัน)?(?:เป็น|คือ)(?:แค่)?ภาระ",
        r"ถ้า" + _ME_TH + r"ไม่อยู่(?!บ้าน|ที่|ห้อง|ด้วย)[^ ]{0,10}?(?:คง|จะ)(?:สบาย|ดีขึ้น|"
        r"มีความสุข|หมดภาระ)",
    ),
    "prepare": (
        _NOT_ABROAD + r"จดหมาย(?:ทิ้งไว้ให้|สั่งเสีย|ลาตาย)",
        _NOT_A_TRIP_TL + r"(?:nag ?ipon|inipon|iniipon|nagtago|tinago|itinago) (?:ako |ko )?"
        r"(?:ng |ang |yung |ung )?(?:mga )?(?:sleeping pills|pampatulog|sleeping pill)",
        _NOT_A_TRIP_TL + r"(?:nag ?ipon|inipon|iniipon|nagtago|tinago|itinago) (?:ako |ko )?"
        r"(?:ng |ang |yung |ung )?(?:mga )?(?:gamot|tableta|pills) (?:ko )?(?:\w+ ){0,3}?"
        r"(?:sapat na|tama na|para matapos)",
    ),
}
