"""Vietnamese (with or without its accents) and Tagalog: a letter left behind, by the writer or by
a parent gone silent, the least painful way to die asked, a last message signed off, and cuts
found on a child's arm.

- "mình đã viết thư để lại cho mẹ rồi", "toi da viet thu tuyet menh" (``prepare``); a letter
  left before studying abroad, a trip or a move stays quiet.
- "cách nào chết ít đau nhất", "chet kieu nao nhanh nhat" (``method``); a fish or a chicken
  killed, a game or a film stays quiet.
- "ba mình để lại thư rồi tắt điện thoại", "me toi de lai thu roi bo di" (``other``); a note
  left on the fridge before work stays quiet.
- "ito na yung huling message ko", "huling post ko na to" (``prepare``); the last message of the
  night before sleep, or before leaving a group chat, stays quiet.
- "nakita kong may mga hiwa sa braso niya", "may laslas sa pulso yung anak ko" (``other``); a
  scratch from a cat, a fall or a bike stays quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

# Each exclusion is anchored at the start and read once (see ``crisis.lexicons.rest_of_vial``).
_NOT_A_TRIP = (
    r"^(?!.*\b(?:du học|du lịch|đi học|công tác|chuyển nhà|sinh nhật|đi làm|nghỉ phép|tủ lạnh|"
    r"đi chợ|xuất cảnh)).*?"
)
_NOT_AN_ANIMAL = (
    r"^(?!.*\b(?:con cá|con gà|con chuột|con tôm|con cua|con vịt|con heo|con lợn|con rắn|game|"
    r"phim|nhân vật|truyện)).*?"
)
_NOT_FOR_TONIGHT = (
    r"^(?!.*\b(?:ngayong gabi|mamaya|bukas|tulog|matutulog|good night|goodnight|gc|group chat|"
    r"groupchat|aalis na ako sa group|for today|ngayong araw)).*?"
)
_NOT_A_SCRATCH = (
    r"^(?!.*\b(?:pusa|aso|kalmot|kinalmot|nakalmot|nadapa|nahulog|bike|bisikleta|naglalaro|aksidente|operasyon|"
    r"bakuna|tinik|kutsilyo sa kusina)).*?"
)
_KIN_VI = (
    r"(?:ba|bố|cha|mẹ|má|anh trai|chị gái|em trai|em gái|vợ|chồng|con trai|con gái|bạn thân|"
    r"ông|bà)"
)

LEXICON = {
    "prepare": (
        _NOT_A_TRIP + r"(?:mình|tôi|em|tao|tui|tớ) (?:đã )?(?:viết|để lại) (?:sẵn )?(?:lá )?"
        r"thư (?:để lại|tuyệt mệnh|từ biệt|vĩnh biệt)",
        _NOT_FOR_TONIGHT + r"(?:ito na|eto na|ito|eto) (?:ang |yung |ung |yong )?huling "
        r"(?:message|mensahe|msg|chat|post|text) ko",
        _NOT_FOR_TONIGHT + r"huling (?:message|mensahe|msg|post|text) ko na (?:ito|to|eto)",
    ),
    "method": (
        _NOT_AN_ANIMAL + r"(?:cách nào|cách gì|kiểu nào|làm sao|làm thế nào) (?:để )?(?:chết|"
        r"tự tử|tự sát) (?:mà )?(?:ít đau nhất|đỡ đau nhất|không đau|nhanh nhất|nhẹ nhàng nhất|"
        r"êm nhất|dễ nhất)",
        _NOT_AN_ANIMAL + r"(?:chết|tự tử|tự sát) (?:bằng )?(?:cách nào|kiểu nào|cách gì) "
        r"(?:thì |mà )?(?:ít đau nhất|đỡ đau nhất|không đau|nhanh nhất|nhẹ nhàng nhất|êm nhất)",
    ),
    "other": (
        _NOT_A_TRIP + _KIN_VI + r" (?:mình |tôi |em |tao |tui |của (?:mình|tôi|em) )?(?:đã )?"
        r"(?:để lại|viết) (?:lá )?thư (?:\w+ ){0,3}?(?:tắt (?:điện thoại|máy)|bỏ đi|đi mất|"
        r"biến mất|không nghe máy|mất liên lạc)",
        _NOT_A_SCRATCH + r"(?:may |maraming |nakita (?:ko|kong) (?:may )?)(?:mga )?(?:hiwa|laslas|"
        r"sugat na hiwa) sa (?:braso|pulso|hita|binti|wrist) (?:niya|nya|ng anak ko|ng kapatid "
        r"ko|ng alaga ko|ng pamangkin ko)",
        _NOT_A_SCRATCH + r"(?:nakita|napansin) (?:ko|kong|namin|naming) (?:na )?(?:may )?(?:mga )?"
        r"(?:hiwa|laslas) (?:siya |sya )?sa (?:braso|pulso|hita|binti|wrist)",
    ),
}
