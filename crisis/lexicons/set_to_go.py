"""Preparations told sideways in Chinese, Japanese, Korean, Vietnamese, romanised Hindi, Spanish,
Portuguese, Ukrainian, Russian and Polish, where the lexicons had only the plain words:

- ``prepare``: the day to go already chosen, beside not wanting to burden the family any more
  (Chinese "我已经想好了哪天走，不想再拖累家里了", Japanese "いつ逝くか決めた…迷惑をかけたくない",
  Korean "갈 날을 정했… 짐이 되기 싫", Vietnamese "đã chọn ngày đi… không muốn làm gánh nặng",
  Hinglish "din tay kar liya… bojh nahi banna", Spanish "ya elegí el día… no quiero ser una
  carga"); things given away, beside an end given a time ("东西都送给室友了…这个周末就是结束的时候
  了"); pills already gathered, told with the pills first ("Пігулки вже зібрала", "Таблетки уже
  накопила", "Tabletki już zebrane").
- ``passive``: I should not exist, be here, any more ("мене теж більше не повинно бути",
  "меня не должно быть", "nie powinno mnie być").

Either half alone is everyday: a trip's date and a family helped with money, a move or a
graduation with things given away, the end of a term, pills packed for a trip or a hospital stay,
"I shouldn't be at work tomorrow". So a day or a gift needs its other half, and a move, a
ticket, a graduation or a trip anywhere in the message excuses it. Written folded (see
``crisis.lexicons``); pure.
"""

from __future__ import annotations

from crisis import phrases as phrases_

# --- the day to go chosen, beside a burden --------------------------------------------------------
_DAY_ZH = (
    r"(?:想好|决定|決定|决定好|決定好|定好|选好|選好|挑好|确定|確定|确定好|確定好)(?:了)?(?:哪天|"
    r"哪一天|什么时候|什麼時候|那天|日子|时间|"
    r"時間)(?:要)?(?:走|离开|離開|了结|了結|结束|結束|去死)"
)
_BURDEN_ZH = (
    r"(?:拖累|连累|連累|成为负担|成為負擔|当负担|當負擔|给家里添麻烦|給家裡添麻煩|负担|負擔)"
)
_TRIP_ZH = (
    r"(?:机票|機票|车票|車票|航班|火车|火車|高铁|高鐵|搬家|出差|旅行|旅游|旅遊|签证|簽證|回国|回國|"
    r"出发|出發|毕业|畢業|入职|入職|辞职|辭職|换工作|換工作)"
)
_DAY_JA = (
    r"(?:いつ|何日に|その日に)(?:逝く|死ぬ|消える|終わりにする)か(?:を)?(?:決めた|決めました|決め"
    r"てる)|(?:逝く|死ぬ|終わりにする)日(?:を|は)?(?:決めた|決めました|決めてる)"
)
_BURDEN_JA = (
    r"(?:迷惑(?:を)?かけたくない|負担になりたくない|重荷になりたくない|お荷物になりたくない)"
)
_DAY_KO = r"(?:갈|떠날|죽을|끝낼) ?날(?:을|짜를|짜)? ?(?:정했|정해 ?놨|정해 ?뒀|골랐)"
_BURDEN_KO = r"(?:짐이 ?되(?:기 ?싫|고 ?싶지 ?않)|짐만 ?되|폐(?:를)? ?끼치(?:기 ?싫|고 ?싶지 ?않))"
_DAY_VI = (
    r"(?:đã )?(?:chọn|định|quyết định) (?:được )?(?:ngày|hôm) (?:\w+ )?(?:đi|ra đi|kết thúc|"
    r"chết)\b"
)
_BURDEN_VI = (
    r"(?:gánh nặng|làm khổ|làm phiền|liên lụy|liên luỵ) (?:\w+ )?(?:gia đình|bố mẹ|ba mẹ|cha mẹ|nh"
    r"à|mọi người)"
)
_DAY_HL = (
    r"(?:din|tareekh|tarikh|date) (?:\w+ )?(?:tay|fix|decide|chun) (?:kar )?(?:liya|li|liye|"
    r"diya)|(?:kab|kis din) (?:jaana|jana|jaunga|jaungi|chala jaunga|khatam karna) (?:hai )?"
    r"(?:\w+ )?(?:tay|decide|soch) (?:kar )?(?:liya|li)"
)
_BURDEN_HL = (
    r"(?:bojh|boj|bojha|burden) (?:nahi|nahin|nhi|na) (?:banna|banana|bana|banunga|banungi|"
    r"banna chahta|banna chahti)|(?:ghar|gharwalon|family|parivaar|maa baap) (?:pe|par) "
    r"(?:aur )?(?:bojh|boj|bojha|burden)"
)
_DAY_ES = (
    r"(?:ya )?(?:elegí|elegi|escogí|escogi|decidí|decidi|tengo) (?:el )?(?:día|dia|fecha) "
    r"(?:para |en que |de )?(?:irme|me voy|partir|acabar|terminar|morir)|ya sé qué día me voy"
)
_BURDEN_ES = (
    r"(?:no quiero|no voy a) (?:seguir )?(?:ser|siendo) (?:una )?carga|cargar más a mi familia"
)
_DAY_PT = (
    r"(?:já )?(?:escolhi|decidi|marquei) (?:o )?(?:dia|data) (?:de |para |em que )?(?:ir embora|"
    r"partir|acabar|morrer|vou embora)"
)
_BURDEN_PT = r"(?:não quero|nao quero) (?:mais )?(?:ser|continuar sendo) (?:um )?(?:peso|fardo)"
_TRIP_LATIN = (
    r"(?:shaadi|shadi|party|trip|ticket|flight|tren|vuelo|boleto|pasaje|mudanza|boda|viaje|"
    r"graduación|passagem|voo|mudança|casamento|viagem|formatura|chuyến bay|vé|chuyển nhà|"
    r"đám cưới|du lịch)"
)


def _gated(concept: str) -> str:
    """``concept`` behind a glance at the letters it can start with, so that a message is read
    for it letter by letter rather than alternative by alternative."""
    heads = phrases_.spread(f"(?:{concept})")
    if not heads or any(not head or not head[0].isalpha() for head in heads):
        return f"(?:{concept})"
    return f"(?=[{''.join(sorted({head[0] for head in heads}))}])(?:{concept})"


def _either(a: str, b: str, unless: str) -> str:
    """``a`` and ``b`` in one message, in either order, and ``unless`` nowhere in it (read from
    the message's start: see ``_from_start``)."""
    return f"(?=.*{_gated(a)})(?=.*{_gated(b)})(?!.*{_gated(unless)})"


def _from_start(*rules: str) -> str:
    """Rules read from the message's start, as one phrase: a phrase is tried at every word, and
    one that fails at once off the start costs one step there, not one a rule."""
    return "^(?:" + "|".join(rules) + ")"


# --- things given away, beside an end with a time -------------------------------------------------
_GIVEN_ZH = (
    r"(?:东西|東西|衣服|书|書|电脑|電腦|猫|貓|狗|手机|手機|吉他|自行车|自行車)(?:都|全|全都|也)?(?"
    r":送给|送給|"
    r"送人|分给|分給|送掉|送走|留给|留給)"
)
_END_ZH = (
    r"(?:(?:就是|该|該|就要|要|就)(?:我)?(?:结束|結束)(?:的时候|的時候|的日子)?了|一切(?:都)?(?:会"
    r"|會|要|"
    r"该|該|就)?(?:结束|結束)|最后一个周末|最後一個週末|最后一天|最後一天|是时候走了|是時候走了)"
)
_GIVEN_JA = (
    r"(?:物|もの|荷物|服|本|猫|犬)(?:は|を|も)?[^ ]{0,8}?(?:あげた|譲った|人にあげ|処分した)"
)
_END_JA = r"(?:(?:今週末|週末|明日|今夜|来週)(?:で|が|は)(?:終わり|最後)|これで終わり)"
_GIVEN_KO = (
    r"(?:물건|짐|옷|책|고양이|강아지)(?:을|를|은|도)? ?(?:다|전부|모두) ?(?:나눠 ?줬|줘 ?버렸|줬어"
    r"|정리했)"
)
_END_KO = r"(?:(?:이번 ?주말|주말|내일|오늘 ?밤)(?:이|에|이면|엔)? ?(?:끝|마지막))"
_MOVE_ZH_JA_KO = (
    r"(?:毕业|畢業|搬家|回国|回國|退租|搬走|离职|離職|学期|學期|合同|假期|留学|留學|引っ越|卒業|帰"
    r"国|"
    r"退職|이사|졸업|귀국|퇴사|학기|계약)"
)

_GIVEN_ID = (
    r"(?:barang|baju|buku|laptop|hp|motor|kucing)\w*(?: \w+){0,4}? (?:sudah |udah |dah )?(?:ku)?"
    r"(?:kasih|kasihkan|berikan|bagi|bagikan|bagiin|hibahkan)"
)
_END_ID = (
    r"(?:minggu ini|akhir pekan ini|weekend ini|besok|malam ini|hari minggu|sabtu ini) (?:\w+ )?"
    r"(?:semuanya |semua )?(?:selesai|berakhir|tamat|udahan)"
)
_GIVEN_TL = (
    r"(?:binigay|ibinigay|pinamigay|ipinamigay|pinamimigay|ipinamimigay) (?:\w+ ){0,5}?(?:gamit|"
    r"damit|libro|laptop|cellphone|phone|pusa|aso)"
)
_END_TL = (
    r"(?:ngayong weekend|sa sabado|sa linggo|bukas|mamayang gabi|ngayong linggo) (?:\w+ ){0,3}?"
    r"(?:katapusan|huling araw|tapos na ang lahat|matatapos na)"
)
_GIVEN_HL = (
    r"(?:saara|sara|apna|mera|sab) (?:\w+ ){0,2}?(?:saamaan|saman|samaan|kapde|cheezein|chizein|"
    r"cheezen) (?:\w+ ){0,4}?(?:de diya|de diye|de di|baant diya|baant diye|baant di)"
)
_END_HL = (
    r"(?:is weekend|iss weekend|is hafte|kal|aaj raat|sunday ko|is sunday) (?:\w+ ){0,3}?(?:sab "
    r"khatam|sab kuch khatam|khatam|aakhri)"
)
_GIVEN_TR = (
    r"(?:eşyalarımı|eşyaları|kitaplarımı|kıyafetlerimi|her şeyimi|neyim varsa) (?:\w+ ){0,3}?"
    r"(?:dağıttım|verdim|hediye ettim|bağışladım)"
)
_END_TR = (
    r"(?:bu hafta sonu|hafta sonu|yarın|bu gece|pazar günü|cumartesi) (?:\w+ ){0,3}?(?:her şey "
    r"bitiyor|her şey bitecek|bitiyor|bitecek|son gün)"
)
_MOVE_LATIN = (
    r"\b(?:pindah\w*|wisuda|lulus|mudik|resign|kos baru|kontrakan baru|lilipat|lipat bahay|"
    r"graduation|bagong trabaho|shift\w*|naya ghar|naukri|job|shaadi|taşın\w*|mezun\w*|yeni iş|"
    r"tayin|bilet|uçak|tiket|pesawat|ticket|flight|abroad|visa)\b"
)
_DAY_ID = (
    r"(?:menentukan|nentuin|milih|memilih|pilih) (?:hari|tanggal|harinya|tanggalnya)(?: \w+){0,3}? "
    r"(?:pergi|mati|berakhir|selesai|ngakhirin)"
)
_BURDEN_ID = (
    r"(?:jadi|menjadi) beban (?:buat |bagi |untuk )?(?:keluarga|orang tua|ortu|semua|mereka)"
)

# --- pills gathered, the pills named first --------------------------------------------------------
_PILLS_GATHERED = (
    r"(?:пігулки|пігулок|таблетки|таблеток|ліки|снодійне|снодійного)(?: \w+){0,2}? (?:вже )?"
    r"(?:зібрала|зібрав|назбирала|назбирав|накопичила|накопичив|сховала|сховав|приготувала|"
    r"приготував)",
    r"(?:таблетки|таблеток|снотворное|снотворного|колеса)(?: \w+){0,2}? (?:уже )?(?:собрала|"
    r"собрал|насобирала|насобирал|накопила|накопил|припрятала|припрятал|приготовила|"
    r"приготовил)",
    r"(?:hapları|ilaçları|uyku haplarını|hapları da|ilaçlarımı)(?: \w+){0,2}? (?:topladım|"
    r"biriktirdim|sakladım|hazırladım)",
    r"(?:tabletki|tabletek|leki|leków|pigułki|pigułek)(?: \w+){0,2}? (?:już )?(?:zebrane|"
    r"zebrałam|zebrałem|uzbierane|uzbierałam|uzbierałem|odłożone|schowane|przygotowane)",
)
# ...packed for a trip, a hospital stay or the week, or for someone else (anywhere in the message)
_PACKED = (
    r"(?!.*(?:дорог|поїздк|поездк|валіз|чемодан|сумк|аптечк|лікарн|больниц|санатор|відрядж|"
    r"командировк|для мами|для мамы|для бабусі|для бабушки|для тата|для папы|органайзер|"
    r"таблетниц|на тиждень|на неделю|podróż|walizk|szpital|apteczk|wyjazd|dla mamy|dla babci|"
    r"dla taty|na tydzień|bavul|valiz|tatil|yolculuk|hastane|annem için|babam için|haftalık))"
)

LEXICON = {
    "guard": (
        # pills packed into a first-aid kit or a suitcase, for the road: the classifier defers too
        r"(?:tabletki|leki|таблетки|пігулки|ліки|hapları|ilaçları)(?: \w+){0,3}? (?:do|w|na|в|у|"
        r"для|з|с) (?:apteczk|walizk|wyjazd|podróż|дорог|аптечк|чемодан|валіз|поїздк|поездк)\w*",
        # a law or a rule that should not exist
        r"(?:esta|este|esa|ese|estas|estos|eso|isso|essa|esse|essas|esses) (?:\w+ ){0,2}?(?:no|não"
        r") "
        r"(?:debería|deberían|deveria|deveriam|devia) (?:ni |nem )?existir",
    ),
    "prepare": (
        _from_start(
            _either(_DAY_ZH, _BURDEN_ZH, _TRIP_ZH),
            _either(f"(?:{_DAY_JA})", _BURDEN_JA, _MOVE_ZH_JA_KO),
            _either(_DAY_KO, _BURDEN_KO, _MOVE_ZH_JA_KO),
            _either(_DAY_VI, _BURDEN_VI, _TRIP_LATIN),
            _either(f"(?:{_DAY_HL})", f"(?:{_BURDEN_HL})", _TRIP_LATIN),
            _either(_DAY_ES, _BURDEN_ES, _TRIP_LATIN),
            _either(_DAY_PT, _BURDEN_PT, _TRIP_LATIN),
            _either(_GIVEN_ZH, _END_ZH, _MOVE_ZH_JA_KO),
            _either(_GIVEN_JA, _END_JA, _MOVE_ZH_JA_KO),
            _either(_GIVEN_KO, _END_KO, _MOVE_ZH_JA_KO),
            _either(_GIVEN_ID, _END_ID, _MOVE_LATIN),
            _either(_GIVEN_TL, _END_TL, _MOVE_LATIN),
            _either(_GIVEN_HL, _END_HL, _MOVE_LATIN),
            _either(_GIVEN_TR, _END_TR, _MOVE_LATIN),
            _either(_DAY_ID, _BURDEN_ID, _MOVE_LATIN),
            *(f"(?=.*{p}){_PACKED}" for p in _PILLS_GATHERED),
        ),
    ),
    "passive": (
        # not be here at work, at home, on a list: a place or a time after it is everyday
        r"(?:мене|меня) (?:\w+ ){0,2}?не (?:повинно|має|мало б|мало|должно|должен|должна) "
        r"(?:\w+ )?(?:бути|існувати|быть|существовать|жити|жить)"
        r"(?! (?:в|у|на|з|с|к|до|тут|там|здесь|вдома|дома|сьогодні|сегодня|завтра|зараз|сейчас|"
        r"списк\w*|роботі|работе)\b)",
        r"я (?:\w+ )?не (?:должен|должна|повинен|повинна) (?:больше |більше )?(?:существовать|жить|"
        r"існувати|жити)(?! (?:в|у|на|з|с|так|здесь|тут|там|далі|дальше)\b)",
        # Turkish, Spanish, Portuguese, Indonesian: I should not exist, should never have been born
        r"var olmamalıyım|hiç var olmamalıydım|yaşamamalıyım",
        r"yo (?:tampoco|no|ya no) debería (?:ni )?(?:existir|estar viv[oa])|"
        r"eu (?:também )?(?:não|nao) (?:deveria|devia) (?:nem )?(?:existir|estar viv[oa])",
        r"(?:harusnya|seharusnya|sebaiknya) (?:aku|saya|gue|gw) (?:juga )?(?:nggak|gak|ga|tidak|ta"
        r"k|"
        r"enggak) (?:usah )?(?:ada|lahir|hidup)(?! (?:di sini|disini|di kantor|di rumah|besok|"
        r"hari ini|sekarang|di acara|di grup)\b)",
        r"nie powinno mnie (?:\w+ )?(?:być|istnieć|tu być)(?! (?:w|na|u|jutro|dzisiaj|dziś)\b)|"
        r"nie powinnam (?:\w+ )?(?:istnieć|żyć)|nie powinienem (?:\w+ )?(?:istnieć|żyć)",
    ),
}
