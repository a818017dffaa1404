"""Sorrow, loneliness abroad and panic in Egyptian Arabic, Finglish, romanised Urdu and Kurdish;
"I can't any more" in Levantine Arabizi and romanised Urdu; and a wish to die in Kurmanji told
as years past, with the writer well now.

- ``check``: "wallah ma 3ad fini", "bas ab nahi hota", "ab bardasht nahi hota", "3am fakker bel
  mot" (thinking of death): a risk that is not clear, which the check-in asks about. No more
  room for food, a walk one cannot finish, a heat or a noise one cannot stand, stay quiet.
- ``distress``: "مخنوق ومش لاقي حد أتكلم معاه", "الغربة صعبة" (exile is hard), "delam
  gerefte", "hichkas mano nemifahme", "kheyli tanham", "7ases 7ali wa7id", "ma 7ada byes2al
  3anni", "bohat ghabrahat ho rahi hai", "dil ghabra raha hai", "saans phool rahi hai",
  "dilê min teng e", "bêriya malê dikim", the Sorani "دڵم تەنگە": the caring reply. Stuffy air
  in a crowd and a breath short from running stay quiet.
- ``past`` and ``recovered``: "salên berê min dixwest bimirim, lê niha ... baş im": years ago,
  well now with the doctor's help; no reply.

Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    # romanised Urdu: the heat, a noise or a toothache that one cannot stand any more
    "guard": (
        r"(?:garmi|thand|sardi|shor|traffic|bijli|loadshedding|daant|dant) (?:\w+ ){0,2}?ab "
        r"(?:aur )?(?:bardasht|bardaasht)",
    ),
    "check": (
        # Levantine Arabizi: I can't any more (not "can't eat any more")
        r"(?:ma 3ad|ma3ad|ma 3ed|ma3ed) (?:fini|fiye|fiyi|fene|feni|2ader|2adra|adir|adra)\b"
        r"(?! (?:akol|kol|ekol|eshrab|ekel|a3mel|emshi|etla3|enzal|el3ab|al3ab|estana|3ala|3a|"
        r"3al|ma3|m3|mn|men)\b)",
        # Arabizi: I think of death every day
        r"(?:3am fakker|3am bfakker|bfakker|mfakker|befakkar|3am fakkar) (?:\w+ )?"
        r"(?:bel|bl|fel|fl) (?:mot|mawt|mout|moot)\b",
        # romanised Urdu: I can't any more, it's unbearable
        r"(?:bas|bus) ab (?:aur )?(?:nahi|nahin|nhi) (?:hota|hora|ho raha)\b"
        r"(?! (?:yeh|ye|woh|wo|kaam|kam|homework|assignment))",
        r"ab (?:aur )?(?:bardasht|bardaasht) (?:nahi|nhi|nahin) (?:hota|ho raha|hoti)\b",
    ),
    "distress": (
        # Egyptian: stifled, no one to talk to, exile is hard
        r"(?:مخنوق|مخنوقه|مخنوقة)(?! (?:من|م) (?:الحر|الجو|الزحمه|الزحمة|الريحه|الريحة|الدخان))",
        r"(?:مش|مو|ما|مفيش|مافي) (?:لاقي|لاقيه|لاقية|لقيت|فيه|في) (?:حد|حدا|أحد) (?:أتكلم|اتكلم|"
        r"احكي|أحكي|يسمعني|يفهمني|احكيله)",
        r"(?:الغربة|الغربه) (?:صعبة|صعبه|وحشة|وحشه|قاتلة|قاتله|تقيلة|تعبتني|كسرتني|بتقتلني|"
        r"بتموتني)",
        # Arabizi: alone, no one asks after me, exile is hard
        r"(?:7ases|7asis|7asse|7assa|7asa|7ass) (?:\w+ )?(?:wa7id|wa7de|wa7eed|wa7ida|lawa7di|"
        r"lwa7di)\b",
        r"ma (?:7ada|7ad|fi 7ada|fi 7ad) (?:byes2al|bis2al|byesal|yes2al|yis2al|bihtam|byehtam) "
        r"(?:3anni|3ani|fiyye|feye|fiya)\b",
        r"(?:el |al )?(?:ghorbe|ghorba|ghurba) (?:sa3be|sa3ba|wa7sha|wi7she|bte2tol|kasretni|"
        r"ta3abetni|t3abetni)\b",
        # Finglish and Persian: heavy-hearted, no one understands me
        r"delam (?:kheyli |kheili |khely |bad )?(?:gerefte|gerefteh|grefte)\b",
        r"(?:hichkas|hichki|hich kas|hichkasi) (?:\w+ ){0,2}?(?:mano|man ro|mara|mnro) "
        r"(?:nemifahme|nemifahmeh|nemifahman|dark nemikone|dark nemikoneh)",
        r"(?:kheyli|kheili|khely|hamishe) (?:\w+ )?tanham\b|tanhayi (?:\w+ )?(?:dare )?"
        r"(?:mikoshatam|mikoshe mano)|(?:hichkas|hichki|hich kas|hich kasi) ro nadaram",
        r"delam (?:\w+ )?(?:baraye|barat|vase) (?:\w+ )?(?:khoone|khune|iran|vatan|maman|khanevad)"
        r"\w* tang (?:shode|shod)|delam tang (?:shode|shod) (?:baraye|vase) (?:\w+ )?(?:khoone|"
        r"khune|iran|vatan|maman|khanevad)",
        r"دلم (?:خیلی )?گرفته|هیچ ?کس (?:[^ ]+ )?(?:منو|مرا|من را) (?:نمیفهمه|درک نمیکنه|نمیفهمد)",
        # romanised Urdu and Urdu: panic, breath coming short (not from a run)
        r"(?:bohat|bahut|bht|bohot|boht|itni|sakht|shadeed|bari|badi) ghabrahat",
        r"ghabrahat (?:ho rahi|horahi|hone lagi) (?:hai|h|thi)",
        r"saans (?:\w+ )?(?:phool|phul|ful) (?:rahi|raha|rai|gayi|jati)\b"
        r"(?!.*(?:daud|dod|run|running|gym|seedhi|sidhi|sirhi|cardio|jog|exercise|workout|"
        r"football|cricket|match|cycle))",
        r"dil (?:bohat |bahut |bht |boht )?ghabra (?:raha|rha|rahi)|دل (?:بہت )?گھبرا (?:رہا|رہی)",
        r"گھبراہٹ ہو (?:رہی|رہا)|سانس پھول (?:رہی|رہا)(?!.*(?:دوڑ|سیڑھی))",
        # Kurmanji and Sorani: the heart tight, missing home
        r"dile min (?:\w+ )?teng (?:e|bu|dibe)\b",
        r"beriya (?:mala xwe|mala min|male|welat\w*|gund\w*|malbata\w*|diya xwe|diya min|"
        r"dayika xwe|dayika min) (?:\w+ )?dikim",
        r"ez (?:pir|gelek|zor) (?:tene|bi tene) me\b",
        r"دڵم (?:زۆر )?تەنگ|بیری (?:ماڵەوە|وڵات|دایکم|باوکم|خێزانەکەم) دەکەم",
    ),
    # Kurmanji: a wish to die years ago, with the writer well now
    "past": (r"salen (?:bere|bori)|sala bori|sal (?:bere|beri niha)|demeke direj bere",),
    "recovered": (
        r"niha (?:\w+ ){0,5}?(?:bas im|bastir im|rind im|bas dibim)|bi alikariya (?:\w+ )?"
        r"(?:doktor|bijisk|terapist|derman)",
    ),
}
