"""Sadness, loneliness, emptiness and worry told plainly in the words each language uses for
them, where the lexicons held only a neighbour's words or another form: the caring reply
(``distress``). Also, in Tigrinya, wanting to end one's own life (``intent``) and someone close
who said he will die and left home (``other``).

- ``distress``: a heavy heart and no courage to tell the family (Urdu "دل بہت بوجھل ہے"), empty
  like a robot (Malay "rasa kosong sangat"), a restless mind and no sleep all night (Marathi
  "मन खूप अस्वस्थ आहे", "रात्रभर झोप लागत नाही"), seeing oneself lonely and useless (Vietnamese
  "tôi thấy rất cô đơn"), a great loneliness and nobody to talk to (Arabic "أحس بوحدة كبيرة"),
  crying all the time and a heavy time of it (Russian "всё время плачу", "мне очень тяжело"),
  homesick and anxious all the time (Ukrainian "дуже сумую за домом", "постійно тривожуся"),
  sad and far from the family (Somali "waan murugaysanahay", Tigrinya "ሓዚነ እየ").

Quiet lookalikes: an empty stomach ("perut rasa kosong") or an empty room, a heavy bag ("мне
тяжело поднять"), a sleepless night before a trip told gladly, missing a friend's party. Written
folded (see ``crisis.lexicons``); pure.
"""

# A gap of up to three words of any script (Indic vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"

LEXICON = {
    "intent": (
        # Tigrinya: I want to end my life
        r"ህይወተይ (?:[^ ]+ )?(?:ክውድኦ|ከጥፍኣ|ከቋርጾ) (?:[^ ]+ )?(?:ደልየ|እደሊ|ሓሲበ)",
    ),
    "other": (
        # Tigrinya: my son, brother, husband said "I will die" and left home
        r"(?:ወደይ|ሓወይ|ሰብኣየይ|ጓለይ|ሓፍተይ|ኣደይ|ኣቦይ|ዓርከይ)[^ ]* (?:[^ ]+ ){0,2}?(?:ክመውት|ክሞት) "
        r"(?:እየ|እያ) (?:ኢሉ|ኢላ)",
    ),
    "distress": (
        # Urdu: a heavy heart; no courage to tell the family
        r"دل (?:بہت |بڑا |بہت ہی )?(?:بوجھل|بھاری|اداس|ٹوٹ گیا)|(?:گھر والوں|امی|ابو|بیوی)[^ ]* "
        + W
        + r"بتانے کی (?:ہمت|ہمّت) نہیں",
        # Malay: empty, a robot's days (not an empty stomach or room)
        r"^(?!.*(?:perut|bilik|rumah|tangki|minyak|dompet|akaun|kelas|jalan|pejabat|kedai))"
        r"(?=.*(?:rasa (?:sangat |sgt |sungguh )?kosong|kosong sangat|(?:hidup )?macam robot))",
        # Marathi: a restless mind, nothing comes to mind, no sleep all night
        r"^(?!.*(?:पार्टी|लग्न|प्रवास|ट्रिप|सहल))(?=.*(?:मन (?:खूप |फार |अगदी )?(?:अस्वस्थ|उदास|"
        r"बेचैन)|रात्रभर झोप (?:लागत नाही|येत नाही)|काहीच सुचत नाही))",
        # Vietnamese: seeing oneself lonely, useless, empty
        r"(?:tôi|mình|em|tớ) (?:thấy|cảm thấy|thấy mình) (?:rất |thật |quá |hơi |thật sự )?"
        r"(?:cô đơn|vô dụng|trống rỗng|tuyệt vọng|vô giá trị)",
        # Arabic: a great loneliness, nobody to talk to
        r"(?:احس|حاسس|حاسه|اشعر|بحس|حسيت) (?:ب ?)?(?:وحده|الوحده|بوحده)|"
        r"ما (?:عندي|لي|في) (?:احد|حدا|حد) (?:احكي|اتكلم|اسولف|افضفض) (?:معه|معاه|له|وياه)"
        r"(?! (?:عن|في|بخصوص))",
        # Russian: crying all the time; a heavy time (not a weight to lift or breath short)
        r"(?:всё|все) время плачу|мне (?:очень |так |сейчас |сильно )?тяжело(?! (?:\w+ть|"
        r"\w+ться|дышать|поднять|нести|ходить))",
        # Ukrainian: homesick, anxious all the time
        r"(?:дуже |так |страшенно )?сумую (?:за домом|за домівкою|за рідними|за родиною)|"
        r"(?:постійно|весь час|завжди) (?:тривожуся|хвилююся|плачу)",
        # Somali and Tigrinya: I am sad, I miss my family
        r"waan (?:murugaysanahay|murugeysanahay|murugoonayaa|xumahay)|murugo (?:badan )?ayaan "
        r"qabaa",
        r"ሓዚነ እየ|(?:ስድራይ|ስድራ ቤተይ) (?:[^ ]+ )?(?:ይናፍቑኒ|ናፊቐዮም)",
    ),
}
