"""Distress told plainly in Swahili, Russian, Ukrainian, Turkish, Tagalog (and Taglish), Hindi,
Indonesian, Spanish, Portuguese, Arabic and Vietnamese, where the lexicons had other words for
it; the caring reply:

- loneliness: "najisikia mpweke sana", "sina rafiki hata mmoja" (Swahili's reflexive "to feel
  oneself", beside the "najihisi" the lexicons knew);
- worn out by everything, or nights on end without sleep: "устал от всего", "третью ночь не
  сплю", "втомилася від усього", "третю ніч не сплю", "her şeyden yoruldum, üç gecedir
  uyuyamıyorum";
- homesick, missing one's children or family from abroad: "grabe ang homesick ko", "miss na miss
  ko na ang mga anak ko", "nangungulila ako", "kangen banget sama anak", "extraño mucho a mis
  hijos", "saudade dos meus filhos", "اشتقت لأولادي", "nhớ nhà quá";
- told one is worthless: "मैं बेकार हूँ", "main kisi kaam ka nahi", "निकम्मा हूँ", "hiçbir işe
  yaramıyorum", "aku nggak berguna", "wala akong silbi", "أنا ما بنفع لشي".

Quiet lookalikes: tired of all this snow or this series, a night awake for an exam, a baby or a
shift, a friend not made yet on the first day, a phone or a plan that is useless, "needlessly"
("बेकार में"). Written folded (see ``crisis.lexicons``); pure.
"""

# A night awake for a reason of its own (anywhere in the message) is no distress.
_AWAKE_FOR = (
    r"(?!.*(?:экзамен|сесси|зачет|зачёт|дедлайн|готовлюсь|ребен|ребён|малыш|младен|смен|сериал|"
    r"игр|праздн|вечеринк|іспит|сесі|дитин|немовл|зміна|зміну|серіал|вечірк|свят))"
)

LEXICON = {
    "guard": (
        # "needlessly", "uselessly": not the writer called worthless
        r"बेकार में|बेकार की|bekaar me|bekar me|bekaar mein|bekar mein|bekaar ki|bekar ki",
    ),
    "distress": (
        # Swahili: feeling lonely, not one friend
        r"(?:najisikia|ninajisikia|najiskia|ninajiskia|nimejisikia|najisikiya) (?:\w+ )?"
        r"(?:mpweke|upweke|huzuni|vibaya sana|sina thamani|nimechoka)",
        r"sina (?:hata )?rafiki (?:hata mmoja|yeyote|wa kweli)",
        # Russian and Ukrainian: tired of everything (not of all this snow), nights without sleep
        r"(?:устал|устала|устали|втомився|втомилася|втомилась|втомилися) (?:\w+ )?от всего"
        r"(?! (?:этого|этой|этих|эт)\b)|(?:втомився|втомилася|втомилась|втомилися) (?:\w+ )?від "
        r"(?:усього|всього)(?! (?:цього|цієї|цих)\b)",
        r"^(?=.*(?:(?:вторую|третью|четвертую|четвёртую|пятую|которую|\d+ ?ю) ночь "
        r"(?:подряд )?не сплю|не сплю (?:уже )?(?:\w+ )?(?:ночи|ночей|суток)|(?:другу|третю|"
        r"четверту|п ?яту|яку вже) ніч (?:поспіль )?не сплю|не сплю (?:вже )?(?:\w+ )?(?:ночі|"
        r"ночей|діб)))" + _AWAKE_FOR,
        # Turkish: tired of everything, nights without sleep (not for an exam, a baby, a shift)
        r"her şeyden (?:çok |artık )?(?:yoruldum|bıktım)",
        r"^(?=.*(?:(?:iki|üç|dört|beş|kaç|\d+) (?:gecedir|gece) (?:hiç )?(?:uyuyamıyorum|"
        r"uyumuyorum|uyumadım|uyuyamadım)))(?!.*(?:sınav|bebe|nöbet|dizi|vize|proje|teslim))",
        # Tagalog and Taglish: homesick, missing the children or the family
        r"(?:ang|sobrang|super|grabe|grabeng|nakaka) homesick|homesick (?:na homesick|na ako|"
        r"ako|talaga)|nangungulila|pangungulila",
        r"miss na miss ko na (?:ang |si |sila |ang mga )?(?:\w+ )?(?:anak|pamilya|asawa|nanay|"
        r"tatay|mama|papa|bahay)",
        # Indonesian: missing the children or the family badly
        r"(?:kangen|rindu) (?:banget|berat|sekali|sangat) (?:sama |dengan |pada )?(?:anak|keluarga|"
        r"rumah|ibu|istri|suami)",
        # Spanish, Portuguese, Arabic, Vietnamese: missing the children, the family, home
        r"(?:extraño|extrano|echo (?:\w+ )?de menos) (?:mucho |tanto |muchísimo |demasiado )?(?:a "
        r")?"
        r"(?:mis|mi) "
        r"(?:hijos|hijas|niños|hijo|hija|padres|familia|casa|país|mamá|madre)",
        r"saudade (?:\w+ )?(?:dos meus filhos|da minha "
        r"família|de casa|da minha mãe|dos meus pais|do meu filho|da minha filha)",
        r"(?:اشتقت|مشتاق|مشتاقه|اشتقتلهم|اشتقتلها|اشتقتله) (?:كثير |كتير )?(?:ل|الى |على )"
        r"(?:اولادي|ولادي|اهلي|امي|بيتي|بلدي|بنتي|ابني)",
        r"nhớ (?:nhà|con|gia đình|bố mẹ|ba mẹ|mẹ|các con) (?:quá|lắm|nhiều lắm|vô cùng)",
        # Turkish, Indonesian, Tagalog, Arabic: worthless, good for nothing
        r"hiçbir işe yaramıyorum|işe yaramazın tekiyim|değersizim|bir hiçim",
        r"(?:aku|saya|gue|gw) (?:merasa |ngerasa )?(?:nggak|gak|ga|tidak|tak|enggak) berguna|"
        r"(?:aku|saya|gue) (?:ini )?(?:nggak|gak|tidak|tak) ada gunanya",
        r"wala akong (?:silbi|kwenta|kuwenta|halaga)|walang (?:silbi|kwenta|kuwenta) ako",
        r"ما (?:بنفع|انفع|بفيد) (?:لشي|بشي|لاي شي|لحدا)|انا (?:فاشل|فاشله|بلا فايده|بلا "
        r"قيمه|ما الي قيمه)",
        # Hindi: worthless, good for nothing
        r"(?:मैं|में) (?:बिल्कुल |बिलकुल |सच में )?(?:बेकार|निकम्मा|निकम्मी|नाकारा) (?:हूँ|हूं|हु)",
        r"(?:मैं|में) किसी (?:भी )?काम (?:का|की) नहीं",
        r"(?:main|mai|me) (?:bilkul |sach me )?(?:bekaar|bekar|nikamma|nikammi|nakara) (?:hoon|hu|"
        r"hun)",
        r"(?:main|mai) kisi (?:bhi )?kaam (?:ka|ki) (?:nahi|nahin|nhi)",
    ),
}
