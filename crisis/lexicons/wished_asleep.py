"""Wishes not to wake, to be taken in one's sleep or to be gone for everyone's good, and an end
decided or planned, said plainly in the languages of South Asia, the Gulf and the Horn of Africa
and a few of Europe, where the other lexicons had only their neighbours' words:

- ``passive``: never to wake tomorrow (Tamil "நாளைக்கு காலைல எழுந்திருக்கவே கூடாது", Somali
  "waxaan jeclaan lahaa inaanan soo toosin"), God asked to take one in the night (Arabic "أدعي ربي
  ياخذني وأنا نايمة"), everyone better off once one is gone (Sinhala "මම නැති උනාම හැමෝටම
  හොඳයි").
- ``intent``: wanting to die (Sinhala, Somali); giving up on living too (Turkish "yaşamaktan da
  vazgeçiyorum"); not meaning to live any longer (Polish "nie zamierzam już dłużej żyć"); feeling
  like jumping from the balcony or the building one lives in (Malay "rasa nak terjun dari balkoni
  kondo ni", Indonesian "pengen loncat dari balkon apartemen"); a full box of pills beside one,
  all of it to be taken tonight (Arabic).
- ``prepare``: a letter left for the parents beside "from tomorrow nobody need worry about me"
  (Bengali, Hindi, Urdu, Hinglish, Tamil, Malay); keys and passwords left for a brother or a
  mother beside "nothing left to do" (Hinglish); letters written and "tonight I end it"
  (Turkish); this week decided to be the last (Finnish); the way already thought out beside a
  life past bearing (Spanish "ya pensé cómo hacerlo").
- ``check``: thinking of ending it all right here (Urdu, Hindi, Hinglish), not about a project
  or a relationship; life itself past bearing (Sinhala).

Quiet lookalikes: getting up late ("லேட்டா எழுந்திருக்கவே கூடாது"), a prayer to be taken to Mecca,
jumping into a pool, a course of pills the doctor said to finish, a letter home about a new job
that says nothing of tomorrow, passwords handed to the IT team, homework finished tonight, the
last week of a job. Written folded (see ``crisis.lexicons``); pure.
"""

# A gap of up to three words of any script (Indic vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"
# Mother, father, brother, sister, wife, husband, friend (Hinglish)
_KIN_HL = r"(?:bhai|bhaiya|behen|behan|didi|maa|mummy|mumma|papa|pitaji|dost|biwi|wife|pati|ghar)"
# A letter, in the languages of the ``prepare`` phrases below
_LETTER = (
    r"(?:চিঠি|চিরকুট|चिट्ठी|चिठ्ठी|ख़त|खत|पत्र|خط|letter|chitthi|chitti|khat|கடிதம்|கடிதத்|"
    r"கடுதாசி|surat|nota)"
)

# Life itself (Spanish), not life in a city, at work or at night
_LIFE_ES = (
    r"(?:la vida|vivir)(?! (?:en|de|del|aqui|aquí|urbana|nocturna|social|diaria|universitaria|"
    r"laboral|de ciudad)\b)"
)

LEXICON = {
    "guard": (
        # to get up late or early is another matter
        r"(?:லேட்டா|தாமதமா|லேட்|சீக்கிரம்|சீக்கிரமா) எழுந்திருக்கவே|(?:late|seekiram|seekrama) "
        r"ezhundhirikkave",
        # taken to Mecca, to Hajj, on a journey
        r"(?:ياخذني|ياخدني) (?:ل|الى|على|مع|لل)[^ ]*|(?:ياخذني|ياخدني) (?:الحج|العمره|مكه)",
    ),
    "passive": (
        # Tamil: never to wake
        r"(?:எழுந்திருக்கவே|எழுந்திரிக்கவே|எழுந்துக்கவே|முழிக்கவே|எழும்பவே) (?:கூடாது|வேண்டாம்)|"
        r"(?:இனிமே|இனி|திரும்ப) (?:நான் )?(?:எழுந்திருக்க|எழுந்திரிக்க|முழிக்க) (?:கூடாது|வேண்டாம்)",
        r"(?:ezhundhirikkave|ezhunthirikkave|ezhundirikkave|ezhundhukkave|muzhikkave) (?:koodadhu|"
        r"kudadhu|koodathu|koodaadhu|vendaam|vendam)",
        # Arabic: God asked to take one, in one's sleep
        r"(?:ادعي|بدعي|ادعو|ادعى|اتمنى|نفسي|اطلب من) (?:[^ ]+ )?(?:ربي|الله|ان الله|ان ربي|رب) "
        r"(?:ياخذني|ياخدني|ياخذ روحي|ياخد روحي|يقبضني|يقبض روحي|يتوفاني)",
        r"(?:ياخذني|ياخدني|يقبض روحي|يتوفاني) (?:و ?انا|وانا) (?:نايم|نايمه|نائم|نائمه)",
        # Sinhala: everyone better once I'm gone
        r"මම නැති (?:උනාම|වුණාම|උණාම|වුනාම|වුනොත්|උනොත්|වුණොත්) (?:[^ ]+ )?(?:හැමෝටම|ඔක්කොටම|"
        r"හැමෝම|ගෙදර අයට|අම්මලට|අම්මට|හැමදෙනාටම) (?:[^ ]+ )?(?:හොඳයි|හොඳ|සැනසිල්ල|නිදහස්)",
        # Somali: wishing not to wake in the morning
        r"(?:jeclaan lahaa|rabaa|doonayaa|jeclahay) (?:[^ ]+ )?(?:inaanan|in aanan|aanan) "
        r"(?:[^ ]+ ){0,2}?(?:soo )?toos(?:in|an)\b",
    ),
    "intent": (
        # Sinhala: want to die, to kill myself
        r"මට මැරෙන්න (?:ඕනේ|ඕන|හිතෙනවා|හිතුනා)|මැරිලා යන්න (?:ඕනේ|හිතෙනවා|හිතුනා)|"
        r"සියදිවි නසා ?ගන්න (?:ඕනේ|හිතෙනවා|හිතුනා|යනවා)",
        # Somali: I want to die
        r"(?:waxaan rabaa|waan rabaa|waxaan doonayaa) (?:in aan|inaan) (?:dhinto|dhimto|is dilo)",
        # Turkish: giving up on living too
        r"yaşamaktan (?:da |bile )?vazgeç(?:iyorum|tim|eceğim|icem)|vazgeç\w* (?:\w+ ){0,4}?"
        r"yaşamaktan (?:da|bile)\b",
        # Polish: not meaning to live any longer
        r"nie zamierzam (?:już |juz )?(?:dłużej |dalej )?żyć|nie chcę (?:już |juz )?dłużej żyć",
        # Malay and Indonesian: feeling like jumping from where one lives
        r"(?:rasa|terasa|teringin|terfikir|fikir|rasanya|pengen|pingin|kepikiran|ingin|nak) "
        r"(?:\w+ )?(?:nak |mau |ingin )?(?:terjun|loncat|lompat) (?:je |jer |aje |saja |aja )?"
        r"(?:dari|dr|drpd) (?:\w+ )?(?:balkoni|balkon|bumbung|atap|tingkat|lantai|bangunan|gedung|"
        r"kondo|kondominium|apartment|apartemen|flat|rumah pangsa)",
        # Arabic: a full box of pills beside me, all of it tonight (not a course to finish)
        r"^(?!.*(?:دكتور|الدكتور|الطبيب|لازم|وصفه|كورس|حسب|المضاد))(?=.*(?:حبوب|اقراص|دوا|ادويه|"
        r"حبات|علبه)[^ ]* .{0,60}(?:اخذها|ابلعها|اخذهم|ابلعهم|اخدها|اخدهم|اشربها) (?:كلها|كلهم|"
        r"كلاتها|جميعها|مره وحده|دفعه وحده))",
    ),
    "prepare": (
        # a letter left for the parents, and from tomorrow nobody need worry
        r"^(?=.*" + _LETTER + r")(?=.*(?:"
        r"(?:কাল|আগামীকাল|আজকের পর|আজ রাতের পর) (?:থেকে )?(?:[^ ]+ ){0,3}?(?:চিন্তা|দুশ্চিন্তা) "
        r"(?:করতে )?হবে না|"
        r"कल से (?:[^ ]+ ){0,3}?(?:चिंता|चिन्ता|फ़िक्र|फिक्र|टेंशन) (?:[^ ]+ ){0,3}?नहीं|"
        r"کل سے (?:[^ ]+ ){0,3}?(?:فکر|پریشانی|ٹینشن) (?:[^ ]+ ){0,3}?نہیں|"
        r"kal se (?:\w+ ){0,3}?(?:tension|fikar|fikr|chinta) (?:\w+ ){0,3}?(?:nahi|nahin|nhi)|"
        r"(?:நாளையிலிருந்து|நாளைல இருந்து|நாளைக்கு அப்புறம்) (?:[^ ]+ ){0,3}?கவலைப்பட "
        r"(?:வேண்டாம்|தேவையில்லை)|"
        r"(?:lepas ni|mulai esok|esok|lepas malam ni) (?:\w+ ){0,3}?(?:tak payah|tak perlu|tidak "
        r"perlu) risau(?:kan)? (?:\w+ )?(?:saya|aku) lagi))",
        # Hinglish: keys and passwords left for someone close, nothing left to do
        r"^(?=.*passwords? (?:\w+ ){0,8}?" + _KIN_HL + r"\w* (?:ke liye|ko))(?=.*(?:kuch|kaam) "
        r"(?:bhi )?(?:bacha|baaki|baki) (?:nahi|nahin|nhi) (?:hai )?(?:karne|karne ko)\b)",
        # Turkish: letters written, tonight I end it
        r"(?:mektup|mektupları|veda mektubu|vasiyet)\w* (?:\w+ ){0,6}?(?:bu gece|bugün|yarın) "
        r"(?:her şeyi |hayatımı )?(?:bitiriyorum|bitireceğim|bitiricem)",
        # Spanish: the way already thought out, beside a life past bearing (life itself, not life
        # in the city or at work)
        r"^(?=.*(?:(?:no aguanto|no soporto|no puedo) (?:más |mas )?(?:\w+ ){0,5}?" + _LIFE_ES
        + r"|(?:cansad[oa]|hart[oa]) de " + _LIFE_ES
        # ...with the job before it blanked as an everyday complaint: "el trabajo ni la vida"
        + r"|[~] +ni (?:con )?" + _LIFE_ES + r"))"
        r"(?=.*ya (?:pensé|pense|decidí|decidi|planeé|planee|tengo pensado) (?:cómo|como) "
        r"(?:hacerlo|irme|terminar|acabar)\b)",
        # Finnish: this week decided to be the last
        r"(?:olen )?päättänyt (?:että )?(?:tämä|tää) (?:viikko|päivä|yö|ilta|kuukausi) on "
        r"(?:minun |mun )?viimeinen(?= *$| (?:olen|en|ja|mutta|koska|kaikki|anteeksi|sori)\b)",
    ),
    "check": (
        # thinking of ending it all right here, not a project or a relationship
        r"^(?!.*(?:کام|پروجیکٹ|رشتہ|کے ساتھ|काम|प्रोजेक्ट|रिश्ता|के साथ|सिलेबस|kaam|project|"
        r"assignment|rishta|ke saath|syllabus|homework))(?=.*(?:"
        r"(?:سوچ رہا|سوچ رہی|دل کرتا|دل چاہتا|جی چاہتا)[^ ]* (?:ہوں |ہے )?(?:کہ )?(?:یہیں |اب |آج |"
        r"بس )?سب (?:کچھ )?ختم کر (?:دوں|ڈالوں)|"
        r"(?:सोच रहा|सोच रही|मन करता|दिल करता|जी करता)[^ ]* (?:हूं |हूँ |है )?(?:कि )?(?:यहीं |अब |"
        r"आज |बस )?सब (?:कुछ )?(?:खत्म|ख़त्म) कर (?:दूं|दूँ|डालूं|डालूँ)|"
        r"(?:soch raha|soch rahi|mann karta|man karta|dil karta|jee karta)\w* (?:hu |hoon |hun |"
        r"hai )?(?:ki )?(?:yahin |yahi |ab |aaj |bas )?sab (?:kuch )?(?:khatam|khatm|khtm|khatma) "
        r"kar (?:du|doon|dun|daalu|dalu)\b))",
        # Sinhala: this life past bearing
        r"(?:මේ )?ජීවිතය (?:තවත් )?ඉවසන්න (?:බෑ|බැහැ|බැ|බැරි)",
    ),
}
