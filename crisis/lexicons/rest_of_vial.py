"""Hospital and student life in other languages: a lethal dose or the least painful way asked,
the rest of a vial injected, a colleague's farewell then silence, a cut again after months, a
therapy as the last chance, and the sorrow of a failed exam or an emptied home.

- German: which dose of a drug "wäre tödlich" (``method``); a dog's, a rat's or an exam's stays
  quiet.
- Korean: which way hurts least ("어떤 방법이 제일 안 아파요", ``method``); a piercing, a tattoo
  or an injection asked about stays quiet.
- Spanish: what was left of a vial injected into oneself ("me inyecté lo que quedaba del vial de
  morfina", ``overdose``); a usual insulin shot names no rest; a friend who took pills and does
  not answer ("se tomó unas pastillas del hospital y no me contesta", ``other``) unless asleep.
- Chinese and Japanese: someone who posted "sorry everyone, goodbye", "thanks all, goodbye" or
  "thanks for everything"
  and then switched the phone off or left the message unread (``other``); a farewell on
  graduating, leaving a job or moving stays quiet.
- Korean: a friend or a classmate gone up on a roof or a bridge, the writer asking what to do
  (``other``); a barbecue, photos or stars up there stay quiet.
- Japanese: the arm or the wrist cut again (``self_harm``); a cut while cooking or in a fall stays
  quiet.
- Polish: "if this session doesn't help, it's the end" (``check``); the end of a course or of the
  studies stays quiet.
- Chinese: the writer feeling useless after an exam failed again (``distress``); Hindi: the home
  empty since a mother or a father is gone (``distress``).

Written folded (see ``crisis.lexicons``); pure.
"""

# Each exclusion is anchored at the start and read once: unanchored, a look over the rest of the
# text would be tried at every character of a long message.
_ROOF_OUTING_KO = r"^(?!.*(?:사진|고기|바베큐|파티|별 ?보|불꽃|담배|공사|수리|청소|빨래)).*?"
_FAREWELL_ORDINARY = (
    r"^(?!.*(?:没电|下班|毕业|离职|辞职|搬家|出国|卒業|退職|引っ越|転校|送別|異動|電池)).*?"
)

LEXICON = {
    "method": (
        r"^(?!.*(?:hund|katze|ratte|maus|mäuse|tier|pferd|klausur|prüfung|vorlesung|patient)).*?\b"
        r"(?:welche|wie ?viel\w*|ab welcher) (?:dosis|menge|mg|milligramm) (?:\w+ ){0,4}?"
        r"(?:wäre|ist|sind|wären|wird|würde) (?:\w+ ){0,3}?tödlich",
        r"^(?!.*(?:피어싱|귀 ?뚫|문신|타투|주사|채혈|제모|왁싱|치과|발치|교정|시술|운동|공부)).*?"
        r"(?:어떤|무슨) 방법이 (?:제일|가장) (?:안 ?아프|안 ?아파|덜 ?아프|덜 ?아파|고통 ?없|편하)",
    ),
    "overdose": (
        r"me (?:inyecté|pinché|puse|metí|chuté) (?:todo )?(?:lo que quedaba|el resto|toda la "
        r"ampolla|el vial entero|todo el vial) (?:\w+ ){0,3}?(?:vial|ampolla|jeringa|morfina|"
        r"fentanilo|midazolam|propofol|ketamina|insulina|potasio|heroína)",
    ),
    "other": (
        r"se (?:tomó|tragó|bebió) (?:(?:unas|unos|las|todas las|un montón de|un puñado de|muchas|"
        r"varias|un bote de|una caja de|un blíster de) )?(?:\w+ )?(?:pastillas|píldoras|"
        r"comprimidos|tabletas|medicamentos|ampollas)(?: \w+){0,4}? y (?:ya )?no (?:me |nos |le )?"
        r"(?:contesta|responde|coge el teléfono|atiende|despierta|reacciona)"
        r"(?!.*(?:dormid|durmiendo|porque|siesta))",
        _FAREWELL_ORDINARY
        + r"(?:对不起|谢谢)(?:大家|所有人|各位|你们)? ?(?:再见|永别了?|"
        r"拜拜)[^。]{0,16}?"
        r"(?:关机|不回|没回|联系不上|打不通|不接电话|没人接)",
        _FAREWELL_ORDINARY + r"今までありがとう(?:ございました)?[^。]{0,20}?(?:既読にならない|"
        r"既読がつかない|既読つかない|返信がない|返事がない|電話に出ない|連絡が取れない|"
        r"連絡がつかない)",
        _ROOF_OUTING_KO + r"(?:친구|동기|동생|언니|오빠|형|누나|선배|후배|룸메|룸메이트|남자친구|"
        r"여자친구|남친|여친|아들|딸)(?:가|이) (?:[^ ]+ ){0,2}?(?:옥상|다리|난간|지붕)에 "
        r"(?:올라가|올라|서) ?있(?:대요|대|어요|다고|는데|대서)"
        r"(?=.*(?:어떻게|걱정|무서|울고|위험|도와|연락|신고))",
    ),
    "self_harm": (
        r"^(?!.*(?:包丁|料理|転ん|ガラス|紙で|事故|手術|ケガ|怪我)).*?(?:腕|手首|太もも|"
        r"太腿)を?(?:また)?切(?:ってしまった|っちゃった|った|りました)",
    ),
    "check": (
        r"(?:jak|jeśli|jeżeli|gdy) (?:\w+ ){0,3}?(?:sesja|terapia|leczenie|leki|wizyta|lek) nie "
        r"(?:pomoże|pomogą) to (?:już )?(?:koniec|będzie koniec|kończę)"
        r"(?! (?:z|ze) (?:studiami|studiów|terapią|nią|nim|tym lekarzem|kursem))",
    ),
    "distress": (
        r"(?:觉得|感觉|发现)自己(?:特别|很|好|真|太|真的|就是个?|是个?|非常)?(?:没用|没出息|"
        r"一无是处|是个废物|废物)",
        r"(?:मां|माँ|पापा|पिताजी|पिता|मम्मी|दादी|नानी|दादा|नाना|पति|पत्नी|भाई|बहन|बेटे|बेटी) "
        r"के (?:जाने|गुज़रने|गुजरने|चले जाने) के बाद (?:से )?(?:[^ ]+ ){0,3}?(?:खाली|सूना|सूनी|"
        r"अकेला|अकेली)",
    ),
}
