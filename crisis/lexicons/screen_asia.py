"""What tells a story or an everyday errand in the languages of South and South-East Asia, East
Asia, the Middle East and Africa, so that the means, places and wishes their lexicons now read
are not taken for the writer's own:

- ``fiction``: a film, a drama, a novel or its hero ("电影里主角喝农药自杀了", "film me hero ne
  zeher kha liya", "หนังเรื่องนี้พระเอก...", "في الفيلم");
- ``outing``: a roof climbed to mend it, dry the washing, fly a kite or help a mason (Hindi and
  Hinglish), which excuses a place;
- ``guard``: dying of exam stress or tension, said as people say it of a hard week (Hinglish,
  Hindi, Punjabi, Nepali, Vietnamese); how many tablets to take for sleep, a fever or a pain, the
  purpose named (Hinglish), which the learned layer read as a lethal amount.

A method question or an overdose is never excused by these (``crisis.languages``). Written folded
(see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "fiction": (
        r"(?:film|movie|picture|serial|web series|kahani|novel) (?:me|mein|mai) (?:\w+ )?(?:hero|"
        r"heroine|villain|kirdar|character)",
        r"(?:फिल्म|फ़िल्म|सीरियल|कहानी|उपन्यास) (?:में|मा) (?:[^ ]+ )?(?:हीरो|हीरोइन|नायक|नायिका|"
        r"किरदार|पात्र)",
        r"(?:ਫਿਲਮ|ਫ਼ਿਲਮ|ਨਾਟਕ|ਕਹਾਣੀ) (?:ਵਿੱਚ|ਚ) (?:[^ ]+ )?(?:ਹੀਰੋ|ਨਾਇਕ|ਕਿਰਦਾਰ)",
        r"(?:phim|truyện|tiểu thuyết) (?:này |đó )?(?:\w+ )?nhân vật (?:chính|nữ chính|nam chính)",
        # a novel or a film named, then a character in it ("cuốn tiểu thuyết tôi đang đọc có nhân
        # vật tự tử"), unless the writer then says it of themself ("tôi cũng vậy", "tối nay")
        r"(?:tiểu thuyết|truyện|phim|bộ phim|cuốn sách|quyển sách) (?:[^ ]+ ){0,6}?nhân vật"
        r"(?!.*(?:tôi cũng|mình cũng|em cũng|giống (?:anh|cô|nó) ấy|như (?:anh|cô|nó) ấy|tối nay))",
        r"(?:หนัง|ละคร|นิยาย)(?:เรื่อง)?[^ ]{0,12}(?:พระเอก|นางเอก|ตัวละคร)",
        r"(?:드라마|영화|소설|웹툰)(?:에서|에|속) ?(?:[^ ]+ )?주인공",
        r"(?:映画|ドラマ|小説|アニメ|漫画)(?:で|の)(?:主人公|登場人物)",
        r"(?:电影|電影|电视剧|電視劇|小说|小說|剧|劇)(?:里|裡|中)(?:的)?(?:主角|男主|女主|主人公)",
        r"(?:بطل|بطله|شخصيه) (?:الفيلم|المسلسل|الروايه|القصه)|في (?:الفيلم|المسلسل) (?:ال)?(?:بطل|"
        r"بطله)",
        # a film or a series named, and then its hero: "شفت فيلم عن اللاجئين، البطل انتحر"
        # ...unless the writer then says it of themself ("and me too, tonight")
        r"(?:فيلم|فلم|مسلسل|روايه|الفيلم|المسلسل|الروايه) (?:[^ ]+ ){0,6}?(?:البطل|البطله|"
        r"بطل الفيلم|بطله الفيلم)(?!.*(?:انا كمان|وانا كمان|انا بعد|وانا بعد|انا كذلك|زيه|زيها|"
        r"متله|متلها|مثله|مثلها|الليله|بكره|بكرا))",
        r"(?:mhusika|shujaa) (?:mkuu )?(?:wa |kwenye |katika )?(?:filamu|tamthilia|riwaya)|"
        r"(?:filamu|tamthilia) hii,? (?:mhusika|shujaa)",
        r"sa (?:pelikula|teleserye|palabas|nobela),? (?:\w+ ){0,3}?(?:yung|ang|si) bida",
        r"for (?:the|dat|that) (?:film|movie|nollywood),? (?:the|di|dat) (?:guy|man|hero|babe)",
        r"(?:ছবিতে|সিনেমায়|নাটকে|উপন্যাসে) (?:[^ ]+ )?(?:নায়ক|নায়িকা|চরিত্র)",
        r"(?:فلم|فلم میں|ڈرامے|ڈرامہ|ناول) (?:میں )?(?:ہیرو|ہیروئن|کردار)",
    ),
    "outing": (
        # a roof climbed for a job: mending it, the washing, a kite, the water tank
        r"marammat|mistri|mistry|kapde sukha|patang|antenna|paani ki tanki|tanki saaf|safai|"
        r"मरम्मत|मिस्त्री|कपड़े सुखा|पतंग|टंकी|एंटीना",
    ),
    "guard": (
        # a dose asked for a named symptom: "kitni goli khaun ki bukhar utar jaye"
        r"(?:kitni|kitne|kitna|kaunsi)(?!.*\b(?:hamesha|kabhi na|na uthun|na uthu|mar|maut)\b) "
        r"(?:\w+ ){0,3}?(?:goli|goliyan|tablet|tablets|dawai|dawa|syrup) (?:\w+ ){0,4}?(?:ki|taaki|"
        r"jisse|ke liye) (?:\w+ ){0,3}?(?:neend aaye|neend aa jaye|achhi neend|bukhar|dard kam|"
        r"dard theek|sir dard|khansi|zukam|jukam|bp|sugar|acidity)",
        # dying of exam stress or tension, of work, of the heat
        r"(?:tension|exam|exams|paper|papers|padhai|kaam|office|assignment|pariksha) (?:ki tension "
        r")?(?:se|me|mein|ke mare|ke maare) mar (?:jaunga|jaungi|jaun|jau|gaya|gayi|rahi|raha)",
        r"(?:टेंशन|परीक्षा|पढ़ाई|पढाई|काम|ऑफिस|पेपर) (?:की टेंशन )?(?:से|में|के मारे) मर (?:जाऊंगा|"
        r"जाऊंगी|जाऊं|जाऊँ|गया|गई|रहा|रही)",
        r"(?:ਪੇਪਰਾਂ|ਪੇਪਰ|ਟੈਨਸ਼ਨ|ਪੜ੍ਹਾਈ|ਕੰਮ)[^ ]* (?:[^ ]+ )?(?:ਨਾਲ|ਕਰਕੇ|ਚ) ਮਰ (?:ਜਾਣਾ|ਗਿਆ|ਗਈ|ਜਾਊਂ)",
        r"(?:परीक्षाको|पढाइको|कामको) (?:तनावले|चिन्ताले) मर्न लाग",
        r"(?:căng thẳng|áp lực|stress|ôn thi|thi cử|học) (?:\w+ )?(?:muốn |gần |sắp )?chết "
        r"(?:luôn|mất|đi được)",
    ),
}
