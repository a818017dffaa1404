"""Questions written in scripts the search cannot read: Chinese, Japanese, Korean, Hindi
(Devanagari), Arabic and Thai.

The course is in English and its index splits text into words at spaces and punctuation, so a
question in Chinese, Japanese or Thai (written without spaces) is one long word the course never
uses, and one in Korean, Hindi or Arabic shares no word with it. Here a question in these scripts
is put into English words for the search: each topic the course answers has the words people
write for it in each script (characters rather than word stems for Chinese and Japanese), found
anywhere in the text for the scripts without spaces and at the start of a word for the others
(where endings and, in Arabic, "al-", "wa-", "bi-", "li-" join the word). The small words of a
question ("吗", "什么", "क्या", "هل", "ไหม") are dropped. What is left over is kept as written,
as words the course never uses: a question about something the course doesn't cover ("焦虑",
anxiety) is then declined, rather than answered from the one word it shares with a lesson.

The map is small on purpose: the course's core topics (how it works, how fast, side effects, who
should not have it, safety, esketamine and the nasal spray, NMDA receptors, addiction) and the
subjects the course declines (prices, where to buy). A question it cannot read is declined with
a kind word that questions work best in English.
"""

from __future__ import annotations

import re
import unicodedata

# Letters of the scripts read here. Latin letters in such a question ("NMDA", "Spravato") are
# kept as typed.
_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA = "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
_DEVANAGARI = "\u0900-\u097f"
_ARABIC = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
_THAI = "\u0e00-\u0e7f"
SCRIPTS = re.compile(f"[{_HAN}{_KANA}{_HANGUL}{_DEVANAGARI}{_ARABIC}{_THAI}]")

# English words the search understands -> what people write for them in Chinese, Japanese,
# Korean, Hindi, Arabic and Thai. The longest match wins ("艾司氯胺酮" before "氯胺酮").
# fmt: off
TOPICS: dict[str, tuple[str, ...]] = {
    "esketamine": (
        "艾司氯胺酮", "艾氯胺酮", "エスケタミン", "에스케타민", "एस्केटामाइन", "एसकेटामाइन",
        "اسكيتامين", "ايسكيتامين", "إسكيتامين", "เอสคีตามีน", "เอสเคตามีน",
    ),
    "spravato": (
        "斯普拉瓦托", "スプラバト", "スプラヴァート", "스프라바토", "स्प्रावाटो", "سبرافاتو",
        "สปราวาโต",
    ),
    "ketamine": (
        "氯胺酮", "克他命", "凯他敏", "K粉", "ケタミン", "케타민", "केटामाइन", "कीटामाइन",
        "केटामिन", "كيتامين", "كاتامين", "คีตามีน", "เคตามีน",
    ),
    "nasal spray": (
        "鼻喷雾剂", "鼻喷剂", "鼻喷", "喷鼻剂", "鼻腔喷雾", "点鼻薬", "点鼻", "鼻スプレー",
        "비강 스프레이", "코 스프레이", "비강 분무", "नेज़ल स्प्रे", "नेजल स्प्रे", "नाक स्प्रे",
        "بخاخ الانف", "بخاخ انفي", "بخاخ", "สเปรย์พ่นจมูก", "ยาพ่นจมูก",
    ),
    "how does it work": (
        "作用机制", "作用机理", "机制", "原理", "怎么起作用", "如何起作用", "怎样起作用",
        "如何发挥作用", "怎么发挥作用", "如何运作", "怎么工作", "如何工作", "作用機序",
        "仕組み", "しくみ", "メカニズム", "どうやって効", "どのように効", "どう効",
        "どのように作用", "작용 원리", "작용 기전", "기전", "원리", "어떻게 작용",
        "어떻게 효과", "어떻게 작동", "कैसे काम", "काम कैसे", "तंत्र", "क्रियाविधि", "كيف يعمل",
        "كيف تعمل", "الية عمل", "الية", "ทำงานอย่างไร", "ทำงานยังไง", "ออกฤทธิ์อย่างไร",
        "ออกฤทธิ์ยังไง", "กลไก",
    ),
    "how fast does it work": (
        "快", "迅速", "早く", "速く", "速い", "빨리", "빠르", "तेज़ी", "तेजी", "जल्दी", "سريع", "เร็ว",
        "多快", "起效", "见效", "多久才", "多长时间", "几个小时", "どのくらいで効",
        "どれくらいで効", "すぐ効", "即効", "効果が出る", "何時間", "얼마나 빨리",
        "얼마나 빠르", "언제 효과", "효과가 나타나", "효과 나타나", "कितनी जल्दी", "कितनी तेज़ी",
        "कितनी तेजी", "जल्दी असर", "कब असर", "مدى سرعة", "متى يبدا", "بسرعة", "سرعة",
        "เร็วแค่ไหน", "ออกฤทธิ์เร็ว", "นานแค่ไหนถึง",
    ),
    "side effects": (
        "危险", "危険", "खतरा", "خطر", "อันตราย",
        "副作用", "不良反应", "风险", "副反応", "リスク", "부작용", "위험", "दुष्प्रभाव",
        "साइड इफेक्ट", "साइड इफ़ेक्ट", "जोखिम", "اثار جانبية", "الاثار الجانبية", "اعراض جانبية",
        "الاعراض الجانبية", "مخاطر", "ผลข้างเคียง", "อาการข้างเคียง", "ความเสี่ยง",
    ),
    "who should not take it": (
        "谁不应该", "哪些人不能", "什么人不能", "什么人不适合", "哪些人不适合", "不适合",
        "禁忌", "禁用", "使えない人", "使用できない人", "向かない人", "避けるべき",
        "사용하면 안", "복용하면 안", "맞지 않는", "금기", "किसे नहीं", "किन्हें नहीं",
        "किसको नहीं", "नहीं लेना चाहिए", "من لا يجب", "من يجب الا", "من لا ينبغي", "موانع",
        "ใครไม่ควร", "ห้ามใช้", "ข้อห้าม",
    ),
    "safe": (
        "安全", "안전", "सुरक्षित", "امن", "امان", "سلامة", "ปลอดภัย",
    ),
    "addictive": (
        "成瘾", "上瘾", "依赖", "滥用", "依存", "中毒", "乱用", "중독", "의존", "남용", "लत",
        "व्यसन", "नशे की आदत", "ادمان", "يسبب الادمان", "เสพติด", "ติดยา",
    ),
    "receptor": (
        "受体", "受容体", "수용체", "रिसेप्टर", "ग्राही", "مستقبل", "ตัวรับ",
    ),
    "glutamate": (
        "谷氨酸", "グルタミン酸", "글루타메이트", "글루탐산", "ग्लूटामेट", "غلوتامات",
        "جلوتامات", "กลูตาเมต",
    ),
    "depression": (
        "抑郁症", "抑郁", "忧郁", "うつ病", "うつ", "鬱", "우울증", "우울", "अवसाद", "डिप्रेशन",
        "اكتئاب", "ซึมเศร้า",
    ),
    "treatment-resistant depression": (
        "难治性抑郁", "难治性", "治疗抵抗", "治療抵抗性", "難治性", "치료 저항", "치료저항",
        "난치성", "उपचार-प्रतिरोधी", "प्रतिरोधी", "المقاوم للعلاج", "مقاوم للعلاج",
        "ดื้อต่อการรักษา", "ดื้อยา",
    ),
    "brain": (
        "大脑", "脑", "脳", "뇌", "दिमाग", "मस्तिष्क", "دماغ", "المخ", "สมอง",
    ),
    "pregnancy": (
        "حوامل",
        "怀孕", "孕妇", "妊娠", "妊婦", "임신", "गर्भावस्था", "गर्भवती", "حامل", "الحمل",
        "ตั้งครรภ์",
    ),
    "drive after": (
        "开车", "驾驶", "運転", "운전", "गाड़ी चला", "ड्राइव", "القيادة", "ขับรถ",
    ),
    "alcohol": (
        "喝酒", "酒精", "アルコール", "飲酒", "お酒", "술", "알코올", "शराब", "الكحول", "كحول",
        "แอลกอฮอล์", "เหล้า",
    ),
    "anaesthetic": (
        "麻醉", "麻酔", "마취", "एनेस्थीसिया", "बेहोशी", "التخدير", "ยาสลบ",
    ),
    "how long does the effect last": (
        "続", "오래",
        "持续多久", "维持多久", "效果持续", "持続", "どのくらい続", "얼마나 지속", "지속",
        "कितने समय तक", "कब तक", "كم يدوم", "مدة التاثير", "อยู่ได้นานแค่ไหน",
    ),
    "studies evidence": (
        "研究", "证据", "エビデンス", "証拠", "연구", "증거", "शोध", "अध्ययन", "प्रमाण", "دراسات",
        "ادلة", "الادلة", "งานวิจัย", "หลักฐาน",
    ),
    "approved": (
        "批准", "承認", "승인", "मंजूरी", "अनुमोदित", "موافقة", "وافقت", "อนุมัติ",
    ),
    "treatment": (
        "治疗", "治療", "치료", "इलाज", "उपचार", "علاج", "العلاج", "การรักษา", "รักษา",
    ),
    "block": (
        "阻断", "阻滞", "遮断", "ブロック", "차단", "रोकता", "रोकती", "حجب", "يحجب", "ปิดกั้น", "ยับยั้ง",
    ),
    "ease": ("缓解", "改善", "和らげ", "완화", "राहत", "تخفيف", "บรรเทา"),
    "heart": ("心脏", "心臓", "심장", "दिल", "हृदय", "القلب", "قلب", "หัวใจ"),
    "blood pressure": (
        "高血压", "血压", "高血圧", "血圧", "고혈압", "혈압", "रक्तचाप", "ब्लड प्रेशर", "ضغط الدم",
        "ความดัน",
    ),
    "who can get it": (
        "谁可以用", "谁能用", "誰が使", "누가 사용할", "किसे दिया", "من يمكنه", "ใครใช้ได้",
    ),
    # Asked in these scripts too, and declined as in English (synonyms.yaml's off_topic)
    "price": (
        "价格", "多少钱", "费用", "値段", "価格", "費用", "いくら", "가격", "비용", "कीमत",
        "दाम", "خرچ", "سعر", "تكلفة", "ราคา",
    ),
    "where to buy": (
        "哪里买", "在哪买", "购买", "どこで買", "購入", "어디서 사", "구매", "कहाँ से खरीद",
        "कहां से खरीद", "خريد", "اين اشتري", "شراء", "ซื้อ",
    ),
    "how much": (
        "多少", "剂量", "用量", "投与量", "용량", "खुराक", "कितना", "جرعة", "ขนาดยา",
    ),
}
# fmt: on

# The small words a question is put in. Chinese and Japanese: found anywhere (Japanese kana that
# no topic takes is dropped as well: particles and endings). Korean, Hindi and Arabic: a word
# that is one of these, or, in Korean, starts with one (its endings joined to it). Thai: found
# anywhere.
# fmt: off
FILLER = (
    # Chinese
    "什么", "怎么", "怎样", "如何", "为什么", "为何", "哪些", "哪个", "这个", "那个", "这种",
    "可以", "能够", "是否", "是不是", "有没有", "会不会", "能不能", "一下", "请问", "知道",
    "告诉", "问题", "真的", "到底", "一般", "通常", "需要", "应该", "因为", "所以", "如果",
    "还是", "或者", "以及", "我们", "你们", "他们", "药物", "人们", "病人", "患者", "一些",
    "很多", "效果", "作用", "使用", "服用", "吃", "用", "药", "吗", "呢", "吧", "啊", "的",
    "了", "是", "有", "在", "和", "与", "及", "或", "会", "能", "我", "你", "他", "她", "它",
    "这", "那", "对", "给", "让", "被", "把", "就", "都", "也", "还", "很", "最", "多", "要",
    "想", "说", "人", "么", "何", "谁", "哪", "為什麼", "甚麼", "嗎", "藥", "关系", "關係",
    "之后", "以后", "期间",
    # Japanese
    "本当", "場合", "使用", "効果", "教えて", "何", "人", "薬", "私", "関係", "後", "中",
    # Korean
    "어떻게", "무엇", "뭐", "뭔", "왜", "언제", "어디", "누구", "누가", "얼마나", "정말",
    "진짜", "그냥", "혹시", "있", "없", "되", "돼", "하", "해", "합", "할", "인가", "입니",
    "일까", "나요", "가요", "수", "것", "거", "때", "좀", "알려", "궁금", "그리고", "또는",
    "이", "그", "저", "제", "나", "내", "우리", "사용", "복용", "약", "효과", "작용", "먹",
    "사람", "환자", "관계", "어떤", "중", "후", "써", "쓰", "투여", "받",
    # Hindi
    "क्या", "है", "हैं", "कैसे", "के", "का", "की", "में", "से", "को", "और", "यह", "वह", "ये",
    "वो", "लिए", "करता", "करती", "करते", "होता", "होती", "होते", "सकता", "सकती", "सकते", "मैं",
    "मुझे", "मेरा", "मेरी", "क्यों", "कब", "कौन", "तो", "भी", "ही", "नहीं", "पर", "एक", "कोई",
    "कुछ", "इस", "उस", "जो", "था", "थी", "चाहिए", "लेना", "लेने", "देना", "बारे", "बताओ",
    "बताइए", "इतनी", "इतना", "इतने", "बताएं", "बताइये", "रहा", "रही", "दवा", "दवाई", "असर",
    "काम", "लोग", "लोगों",
    "संबंध", "सम्बन्ध", "रिश्ता", "बाद", "दौरान", "ले", "लें", "लग", "सकता", "हूँ", "हूं",
    # Arabic (written without hamza on alef, as the text is compared)
    "هل", "ما", "ماذا", "كيف", "لماذا", "متى", "من", "اين", "هو", "هي", "هذا", "هذه", "ذلك",
    "في", "على", "عن", "مع", "الى", "الي", "ان", "او", "ثم", "لا", "لم", "لن", "قد", "كان",
    "يكون", "يمكن", "يمكنني", "هناك", "اي", "كل", "بعض", "جدا", "فقط", "عند", "بين", "حول",
    "الذي", "التي", "شيء", "عندي", "لدي", "انا", "نحن", "هم", "انت", "الدواء", "دواء", "تاثير",
    "يعمل", "تعمل", "استخدام", "الناس", "المرضى", "علاقة", "مفعول", "بعد", "اثناء", "خلال",
    "يستخدم",
    # Thai
    "ครับ", "ค่ะ", "คะ", "นะ", "ไหม", "มั้ย", "หรือไม่", "หรือเปล่า", "อย่างไร", "ยังไง", "อะไร",
    "ทำไม", "เมื่อไหร่", "ใคร", "ไหน", "คือ", "ของ", "ที่", "และ", "หรือ", "ได้", "ไม่", "มี",
    "เป็น", "จะ", "ใช้", "กับ", "ใน", "บ้าง", "การ", "ความ", "ยา", "ผม", "ฉัน", "ดิฉัน", "เรา",
    "คุณ", "ช่วย", "บอก", "อธิบาย", "จริง", "แล้ว", "ก็", "ให้", "ต่อ", "จาก", "โดย", "เพราะ", "ว่า",
    "นี้", "นั้น", "มาก", "แค่ไหน", "เท่าไร", "ทำงาน", "ออกฤทธิ์", "ผล", "คน", "หลัง", "ระหว่าง",
    "โรค", "ลอง", "เกี่ยวข้อง", "กัน", "ทำให้", "ควร",
)
# fmt: on

# Scripts written with spaces between words, whose words take endings or, in Arabic, joined
# small words in front: a topic's word is found at the start of a word, with its endings.
_SPACED = re.compile(f"[{_HANGUL}{_DEVANAGARI}{_ARABIC}]")
_RUN = re.compile(f"[{_HAN}{_KANA}{_HANGUL}{_DEVANAGARI}{_ARABIC}{_THAI}]+")
# "wa-", "fa-", "bi-", "li-", "ka-", "al-", and "li-" with "al-" ("lil-")
_ARABIC_FRONT = re.compile("[وف]?[بلك]?(?:ال|ل)?")
_ARABIC_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
KEPT_MIN = {"han": 2, "katakana": 2, "thai": 3, "hangul": 2, "devanagari": 2, "arabic": 2}


def normalized(text: str) -> str:
    """The text as compared: Unicode NFKC, lower case, Arabic without vowel marks and with one
    form of alef, yeh and teh marbuta (people type them either way)."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub("[؟،؛۔।॥。、「」『』?!,.]", " ", text)  # punctuation: between words
    text = "".join(c for c in text if not ("\u064b" <= c <= "\u065f" or c == "\u0670"))
    return text.translate(str.maketrans(_ARABIC_LETTERS)).replace("ـ", "")


_SCRIPT_OF = (
    ("han", re.compile(f"[{_HAN}]")),
    ("hiragana", re.compile("[\u3040-\u309f]")),
    ("katakana", re.compile(f"[{_KANA}]")),
    ("hangul", re.compile(f"[{_HANGUL}]")),
    ("devanagari", re.compile(f"[{_DEVANAGARI}]")),
    ("arabic", re.compile(f"[{_ARABIC}]")),
)


def _script_of(char: str) -> str:
    """Which of the scripts read here a letter is written in."""
    return next((name for name, letters in _SCRIPT_OF if letters.match(char)), "thai")


class ScriptReader:
    """Puts a question in the scripts above into English words for the search.

    The text is scanned once, a character at a time, looking up the terms that start with it
    (longest first): a few microseconds for a short question, where one regular expression of
    every term took milliseconds.
    """

    def __init__(self) -> None:
        # first character -> (term, English words or "" for a small word), longest first
        self._starting: dict[str, list[tuple[str, str]]] = {}
        pairs = [(t, english) for english, found in TOPICS.items() for t in found]
        pairs += [(t, "") for t in FILLER]
        for term, english in pairs:
            term = " ".join(normalized(term).split())
            if _script_of(term[0]) == "arabic" and term.startswith("ال") and len(term) > 4:
                term = term[2:]  # found with or without "al-", as with any joined small word
            self._starting.setdefault(term[0], []).append((term, english))
        for terms in self._starting.values():
            terms.sort(key=lambda pair: -len(pair[0]))
        spaced = {w for w in FILLER if _script_of(normalized(w)[0]) in ("devanagari", "arabic")}
        self._small_words = frozenset(normalized(w) for w in spaced)

    @staticmethod
    def applies(text: str) -> bool:
        """Whether the text is written, at least in part, in one of these scripts."""
        return SCRIPTS.search(text) is not None

    def english(self, text: str) -> str:
        """The question with each topic's words in English, its small words dropped, and what
        is left of these scripts kept as written; other text (Latin letters) as typed."""
        text = " ".join(normalized(text).split())
        out: list[str] = []
        i = 0
        while i < len(text):
            found = self._match(text, i)
            if found is None:
                out.append(text[i])
                i += 1
                continue
            end, english = found
            out.append(f" {english} ")
            i = end
        return " ".join(_RUN.sub(lambda run: f" {self._kept(run.group())} ", "".join(out)).split())

    def _match(self, text: str, i: int) -> tuple[int, str] | None:
        """Where a topic's or small word's term found at `i` ends, and its English words."""
        char = text[i]
        if not SCRIPTS.match(char):
            return None
        script = _script_of(char)
        spaced = _SPACED.match(char) is not None
        if spaced and i > 0 and _SPACED.match(text[i - 1]):
            return None  # inside a word: terms start words in these scripts
        starts = [i]
        if script == "arabic":  # "wa-", "fa-", "bi-", "li-", "ka-", "al-" joined in front
            front = _ARABIC_FRONT.match(text, i)
            if front and front.end() > i:
                starts = [front.end(), *range(front.end() - 1, i, -1), i]
        for start in dict.fromkeys(starts):
            if start >= len(text):
                continue
            for term, english in self._starting.get(text[start], ()):
                if text.startswith(term, start):
                    end = start + len(term)
                    if spaced:  # with the endings joined to the word
                        while end < len(text) and _SPACED.match(text[end]):
                            end += 1
                    return end, english
        return None

    def _kept(self, run: str) -> str:
        """A run of these scripts left once topics and small words are gone, when it is long
        enough to name something (no kana grammar, no single Chinese character); else ""."""
        bare = _ARABIC_FRONT.sub("", run, count=1) if _script_of(run[0]) == "arabic" else run
        if run in self._small_words or bare in self._small_words:
            return ""
        run = re.sub("[\u3040-\u309f]+", "", run)  # Japanese grammar, in hiragana
        if not run:
            return ""
        return run if len(run) >= KEPT_MIN.get(_script_of(run[0]), 2) else ""
