"""Sleeping pills by the strip or the score, or a poison, swallowed just now, told in Bengali,
Malay, Tamil (in its script and in Latin letters), Sinhala, Hindi, Urdu and Marathi: the
``overdose`` kind, the full reply, whoever is said to have done it.

In these languages the amount is what tells an overdose from a night's dose: "ঘুমের ওষুধের পুরো
পাতা" (a whole strip of sleeping pills), "30 biji ubat tidur", "thookka maathirai full strip",
"නින්ද පෙති ඔක්කොම" (all the sleeping pills), "नींद की गोलियों का पूरा पत्ता". One pill taken as
the doctor said names no such amount and stays quiet; a strip bought at the chemist's has no
verb of eating or swallowing. A poison needs a verb of drinking or swallowing ("poochi marundhu
kudichen", "මම වස බිව්වා"): pesticide sprayed on a field ("adichen", "thelichaaru") is not it.

Written folded (see ``crisis.lexicons``): lower case, punctuation made spaces ("strip-um" reads
"strip um"). Pure.
"""

# A gap of up to three words of any script (Indic vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"
# Ten or more, in any digits (\d reads Bengali and Tamil digits too).
_SCORE = r"\d\d+"

# Bengali
_PILL_BN = r"(?:ঘুমের ওষুধ|ঘুমের বড়ি|ঘুমের ট্যাবলেট|ওষুধ|ঔষধ|ট্যাবলেট|বড়ি|পিল)[^ ]*"
_AMOUNT_BN = (
    r"(?:পুরো (?:এক |একটা )?(?:পাতা|স্ট্রিপ|শিশি|বোতল|কৌটা|বাক্স)|এক পাতা|দুই পাতা|দু পাতা|"
    + _SCORE
    + r" ?(?:টা|টি|খানা))[^ ]*"
)
_ATE_BN = r"(?:খেয়ে ফেলেছি|খেয়ে ফেললাম|খেয়ে নিয়েছি|খেয়েছি|খেলাম|গিলে ফেলেছি|গিলেছি|গিলে নিয়েছি)"

# Malay (and the Indonesian spellings beside it)
_PILL_MS = (
    r"(?:ubat|obat|pil|tablet|panadol|paracetamol|parasetamol)\w*(?: (?:tidur|penenang|tahan "
    r"sakit))?"
)
_AMOUNT_MS = (
    r"(?:" + _SCORE + r" (?:biji|butir|keping|tablet|pil)|sepapan|satu papan|sekotak|satu kotak|"
    r"sebotol|satu botol|sestrip|satu strip|dua papan)"
)
_SWALLOWED_MS = r"(?:telan|menelan|nelan|makan|minum)"

# Tamil in Latin letters: sleeping pills, and poisons (pesticide, rat poison, weedkiller)
_PILL_TA_R = (
    r"(?:(?:thookka|thooka|thukka|tookka|thookam|thookkam) )?(?:maathirai|mathirai|maathrai|"
    r"mathrai|tablet|pills?)\w*"
)
_AMOUNT_TA_R = (
    r"(?:full strip|oru strip|muzhu strip|rendu strip|muzhusa|muzhusaa|muzhusum|ellaam|ellam|"
    r"ellathaiyum|" + _SCORE + r")"
)
_ATE_TA_R = (
    r"(?:saapten|saapitten|saapittaen|saaptaen|sapten|saptaen|saaptuten|saapituten|sapitten|"
    r"muzhungiten|muzhungitten|muzhungunen|mulungiten|pottuten|pottutten|pottukitten|"
    r"eduthukitten|eduthuten)"
)
_POISON_TA_R = (
    r"(?:(?:poochi|poochchi|pucchi|puchi|pooch) (?:marundhu|marunthu|marundu|maruntu)|eli "
    r"(?:marundhu|marunthu|marundu|paashaanam|pashanam)|visham|visam|vesham|kalaikolli|paraquat)"
)
# ...drunk by the writer, or by someone close ("en appa ... kudichaaru")
_DRANK_TA_R = (
    r"(?:kudichen|kudichitten|kudichiten|kudichuten|kudichutten|kudichittaen|kudithen|"
    r"kudichuttaen|saapten|saapitten|muzhungiten|muzhungitten)"
)
_KIN_TA_R = (
    r"en (?:appa|amma|thambi|anna|akka|thangachi|thangai|purushan|manaivi|paiyan|ponnu|friend|"
    r"nanban|nanbi|thatha|paati)"
)
_KIN_DRANK_TA_R = (
    r"(?:kudichaan|kudichitaan|kudichutaan|kudichaa|kudichitaa|kudichutaa|kudichaaru|"
    r"kudichitaaru|kudichutaaru|kudichaanga|kudichitaanga)"
)

# Tamil script
_PILL_TA = r"(?:தூக்க ?மாத்திரை|மாத்திரை)[^ ]*"
_AMOUNT_TA = (
    r"(?:முழுசா|முழுசும்|முழுவதும்|எல்லாம்|எல்லாத்தையும்|எல்லாவற்றையும்|ஒரு அட்டை|முழு அட்டை|"
    r"முழு ஸ்ட்ரிப்|ஒரு ஸ்ட்ரிப்|" + _SCORE + r")[^ ]*"
)
_ATE_TA = (
    r"(?:சாப்பிட்டேன்|சாப்ட்டேன்|சாப்பிட்டுட்டேன்|சாப்பிட்டுவிட்டேன்|முழுங்கிட்டேன்|முழுங்கினேன்|"
    r"விழுங்கிவிட்டேன்|விழுங்கினேன்|விழுங்கிட்டேன்|போட்டுட்டேன்)"
)
_POISON_TA = r"(?:பூச்சி ?மருந்து|பூச்சிக்கொல்லி|எலி ?மருந்து|எலி பாஷாணம்|விஷம்|விசம்|களைக்கொல்லி)[^ ]*"
_DRANK_TA = (
    r"(?:குடிச்சேன்|குடிச்சிட்டேன்|குடிச்சுட்டேன்|குடித்தேன்|குடித்துவிட்டேன்|குடிச்சுட்டான்|"
    r"குடிச்சிட்டான்|குடிச்சிட்டா|குடிச்சுட்டா|குடிச்சிட்டாரு|குடிச்சுட்டாரு|குடித்துவிட்டார்|"
    r"முழுங்கிட்டேன்|விழுங்கிவிட்டேன்)"
)

# Sinhala
_PILL_SI = r"(?:නින්ද ?පෙති|නිදි ?පෙති|පෙති|බෙහෙත් ?පෙති)[^ ]*"
_AMOUNT_SI = r"(?:ඔක්කොම|ඔක්කොටම|ඔක්කෝම|සේරම|සියල්ලම|කාඩ් එකම|පෙති කාඩ් එකම|" + _SCORE + r")[^ ]*"
_ATE_SI = r"(?:ගිල්ලා|ගිලුවා|බිව්වා|බීවා|කෑවා|ගත්තා|ගිලදැම්මා)"
_POISON_SI = r"(?:වස|කෘමිනාශක|පළිබෝධනාශක|වල්නාශක|මීයන් මරන)[^ ]*"
_DRANK_SI = r"(?:බිව්වා|බීවා|බිව්වෙමි|ගිල්ලා|කෑවා)"

# Hindi, Urdu and Marathi: the whole strip or packet
_PILL_HI = r"(?:नींद की )?(?:गोलियों|गोलियां|गोलियाँ|गोली|दवाइयों|दवा|दवाई|टैबलेट)[^ ]*"
_WHOLE_HI = r"(?:का |की )?(?:पूरा|पूरी|पूरे) (?:पत्ता|पत्ते|पैकेट|डिब्बा|डिब्बी|शीशी|स्ट्रिप)"
_ATE_HI = r"(?:खा लिया|खा ली|खा लीं|खा लिए|निगल लिया|निगल ली|निगल लीं|निगल गया|निगल गई)"
_PILL_UR = r"(?:نیند کی )?(?:گولیوں|گولیاں|گولی|دوائیوں|دوائی|دوا)[^ ]*"
_WHOLE_UR = r"(?:کا |کی )?(?:پورا|پوری|پورے) (?:پتا|پتہ|پتّا|پیکٹ|ڈبہ|ڈبا|ڈبی|شیشی|سٹرپ|اسٹرپ)"
_ATE_UR = r"(?:کھا لیا|کھا لی|کھا لیں|کھا لئے|کھا لیے|نگل لیا|نگل لی|نگل لیں)"
_PILL_MR = r"(?:झोपेच्या )?(?:गोळ्या|गोळ्यांचं|गोळ्यांचे|गोळ्यांची|गोळ्यांचा|गोळी|औषध|औषधं)[^ ]*"
_WHOLE_MR = r"(?:पूर्ण|अख्खं|अख्खे|अख्खी|सगळ्या|सगळं|सगळी|संपूर्ण) (?:पाकीट|पत्ता|स्ट्रिप|बाटली)?"
_ATE_MR = r"(?:खाल्लं|खाल्ले|खाल्ल्या|खाल्ली|घेतल्या|घेतलं|गिळल्या|गिळलं)"

# A course of pills over days, a week or a month ("30 biji sebulan", "மாசத்துக்கு"), which names
# the same amounts: read anywhere in the message.
_COURSE = (
    r"(?!.*(?:sebulan|seminggu|sehari|setiap hari|tiap hari|bulan|minggu|maasam|maasathukku|"
    r"maasathula|vaaram|naalaikku|daily|month|week|মাসে|মাস|সপ্তাহ|প্রতিদিন|மாசம்|மாசத்|மாதம்|"
    r"வாரம்|தினமும்|මාස|සති|දවසට|दिन|महीने|हफ्ते|रोज|روز|مہینے|ہفتے|महिन|आठवड|दररोज))"
)

_PILLS_TAKEN = (
    # Bengali: the amount before or after the pills
    _PILL_BN + " " + W + _AMOUNT_BN + " " + W + _ATE_BN,
    _AMOUNT_BN + " " + W + _PILL_BN + " " + W + _ATE_BN,
    # Malay: "baru telan 30 biji ubat tidur", "makan ubat tidur sepapan"
    _SWALLOWED_MS + r" (?:\w+ )?" + _AMOUNT_MS + r" (?:\w+ )?" + _PILL_MS,
    _SWALLOWED_MS + r" (?:\w+ )?" + _PILL_MS + r" (?:\w+ )?" + _AMOUNT_MS,
    # Tamil in Latin letters and in its script
    _PILL_TA_R + " " + W + _AMOUNT_TA_R + " " + W + _ATE_TA_R,
    _AMOUNT_TA_R + " " + W + _PILL_TA_R + " " + W + _ATE_TA_R,
    _PILL_TA + " " + W + _AMOUNT_TA + " " + W + _ATE_TA,
    _AMOUNT_TA + " " + W + _PILL_TA + " " + W + _ATE_TA,
    # Sinhala
    _PILL_SI + " " + W + _AMOUNT_SI + " " + W + _ATE_SI,
    _AMOUNT_SI + " " + W + _PILL_SI + " " + W + _ATE_SI,
    # Hindi, Urdu, Marathi: the whole strip
    _PILL_HI + " " + _WHOLE_HI + " " + W + _ATE_HI,
    _WHOLE_HI + " " + W + _PILL_HI + " " + W + _ATE_HI,
    _PILL_UR + " " + _WHOLE_UR + " " + W + _ATE_UR,
    _WHOLE_UR + " " + W + _PILL_UR + " " + W + _ATE_UR,
    _PILL_MR + " " + _WHOLE_MR + " ?" + W + _ATE_MR,
)

LEXICON = {
    "overdose": (
        # one phrase for all the pills: read once from the message's start, with no course in it
        "^" + _COURSE + "(?=.*(?:" + "|".join(_PILLS_TAKEN) + "))",
        # a poison drunk: Tamil in Latin letters, by the writer or someone close
        r"(?:naan |nan |na )?(?:ippo |ippothan |ippo dhaan |ippo than |ippodhaan |konja neram "
        r"munnadi )?" + _POISON_TA_R + " " + W + _DRANK_TA_R,
        _KIN_TA_R + " " + W + _POISON_TA_R + " " + W + _KIN_DRANK_TA_R,
        # ...in Tamil script and in Sinhala
        _POISON_TA + " " + W + _DRANK_TA,
        _POISON_SI + " " + W + _DRANK_SI,
    ),
}
