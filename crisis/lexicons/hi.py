"""Hindi, in Devanagari and romanised (Hinglish, often mixed with English words)."""

from crisis.lexicons.common import G6

# A gap of up to three words of any script (Devanagari vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"

LEXICON = {
    "guard": (
        r"(?:hans|has|hass)(?:te)? (?:hans|has|hass)(?:te)? (?:ke |kar )?mar|(?:bhook|bhukh|garmi|"
        r"thand|bore|boredom|sharm) (?:se|ke mare) mar",
        # the weather as what is killing one: "mar gaye yaar, itni garmi hai", "itni thand hai ki
        # mar jaunga", "garmi mein mar rahe hain"
        r"\bmar (?:gaye|gaya|gayi|gye|gya|rahe|raha|rahi|jayenge|jaenge|jaunga|jaungi|jaaunga|"
        r"jaaungi) (?:\w+ ){0,2}?(?:itni|kitni|kya|bahut|bohot|bohat|aisi|kaisi) (?:\w+ )?"
        r"(?:garmi|thand|thandi|sardi|dhoop|umas|umaas|loo|barish|baarish|humidity|heat)\b",
        r"\b(?:garmi|thand|thandi|sardi|dhoop|umas|umaas|loo|humidity|heat) (?:\w+ ){0,3}?"
        r"(?:se |mein |me |ki wajah se |ke mare |hai ki |hai |ki )mar (?:gaye|gaya|gayi|gye|gya|"
        r"rahe|raha|rahi|jayenge|jaenge|jaunga|jaungi|jaaunga|jaaungi)\b",
        r"मर (?:गए|गये|गया|गई|रहे|रहा|रही|जाएंगे|जायेंगे|जाऊंगा|जाऊंगी) (?:[^ ]+ ){0,2}?(?:इतनी|"
        r"कितनी|बहुत|क्या) (?:[^ ]+ )?(?:गर्मी|ठंड|सर्दी|धूप|उमस)",
        r"(?:हंस|हँस)(?:ते)? (?:हंस|हँस)(?:ते)? (?:के )?मर|(?:भूख|गर्मी|ठंड|शर्म) से मर",
        r"(?:nahi|nahin|nhi) (?:marna|marna hai|marunga|marungi)",
        r"(?:kam karta|kam karti|risk|rate|research|study|prevention) "
        + W
        + r"(?:suicide|aatmahatya|khudkushi)",
    ),
    "method": (
        r"(?:kitni|kitne|kitna) " + G6 + r"(?:se|me|mein|khane se|lene se) (?:mar|maut|marne)",
        r"(?:bina dard|bina dard ke|painless|aasaan|asaan) " + W + r"(?:marne|mar jaane|suicide|"
        r"maut)",
        r"(?:marne|suicide karne|khud ko marne) ka (?:\w+ )?(?:tarika|tareeka|tarike|way)",
        r"कितनी " + W + r"(?:से|में) (?:मर|मौत)|(?:मरने|आत्महत्या) का (?:[^ ]+ )?तरीका",
        r"bina dard ke (?:\w+ ){0,3}?(?:mar|maut|khatam)|(?:maar|mar) (?:deti|dega|degi|jaate|"
        r"jaaun)(?: \w+){0,4}? bina dard|(?:kaunsi|kitni) goli(?:yan|"
        r"yaan)? (?:\w+ ){0,3}?(?:maar|mar)",
    ),
    "overdose": (
        r"(?:saari|sari|sab|poori|puri|ek patta|pura patta|\d\d+) " + W + r"(?:goliyan|goli|"
        r"tablets?|pills?|dawai|dawaiyan) (?:\w+ )?(?:kha li|kha liya|kha lee|le li|le liya|nigal)",
        r"(?:सारी|सब|पूरी) " + W + r"(?:गोलियां|गोलियाँ|गोली|दवा|दवाइयां) (?:खा|ले) ली",
        r"goli(?:yan|yaan|yon)? (?:kha|khaa) (?:chuka|chuki|li|liya|liye|gaya)|गोलियां खा (?:ली|"
        r"लीं|चुका|चुकी)",
    ),
    "intent": (
        r"zindagi se (?:thak|tang aa) (?:gaya|gayi|chuka|chuki)|thak (?:gaya|gayi) (?:hoon|hu|hun) "
        r"zindagi se",
        r"(?:अब )?(?:और )?नहीं जी (?:सकता|सकती)|सब (?:कुछ )?(?:खत्म|ख़त्म) कर (?:देना|दूं|दूँ|"
        r"दूंगा|दूंगी)|"
        r"जीना नहीं चाहत|जीने का (?:मन|दिल) नहीं|ab (?:aur )?(?:nahi|nahin|nhi) ji (?:sakta|sakti)|"
        r"sab (?:kuch )?(?:khatam|khatm) kar (?:dena|du|doon|dunga|dungi)|jeene ka (?:mann|man|"
        r"dil) "
        r"(?:nahi|nahin|nhi)|jeena (?:nahi|nahin|nhi) chaht\w*",
        r"mar (?:jaana|jana|jaun|jaaun) (?:hai|chaht\w*)|marna (?:hai|h)\b",
        r"(?:marna chaht\w*|marna hai|mar jaana chaht\w*|mar jana chaht\w*|mar jaun|mar jau|"
        r"mar jaaun|marne ka (?:mann|man|dil)|khud ko (?:maar|mar|khatam)|apne aap ko (?:maar|"
        r"khatam)|(?:khudkushi|aatmahatya|atmahatya|suicide) "
        r"kar(?:na|ne|unga|ungi|lunga|lungi|lu|loon)|jaan de d\w*|apni jaan le)",
        r"(?:jeena|jina|jeene|jine) (?:ka )?(?:nahi|nahin|nhi|mann nahi|man nahi|dil nahi)|"
        r"(?:zindagi|jindagi) (?:se )?(?:thak|tang|pareshan) (?:gaya|gayi|chuka|chuki)|"
        r"(?:zindagi|jindagi) khatam kar|sab khatam kar (?:dunga|dungi|dena)",
        r"मरना चाह|मर जाना चाह|मर जाऊं|मर जाऊँ|आत्महत्या कर|ख़ुदकुशी कर|खुदकुशी कर|खुद को (?:मार|"
        r"ख़त्म|खत्म)|"
        r"जीना नहीं|जीने का (?:मन|दिल) नहीं|ज़िंदगी से थक|जिंदगी से थक|जान दे दूं|जान दे दूँ",
    ),
    "passive": (
        r"(?:behtar|accha|achha) (?:hoga|hota) (?:\w+ ){0,2}?(?:na rahun|mar jaun|nahi rahun|"
        r"mar jaaun)",
        r"(?:कभी|फिर कभी) न उठ|(?:kabhi|phir kabhi) na uth\w*",
        r"(?:kaash|kash|kaas) " + W + r"(?:mar jaun|mar jaaun|na uthu|na uthun|paida na|"
        r"nahi hota|na hota|gayab)|(?:subah|kal) (?:\w+ )?(?:na|nahi) (?:uthu|uthun|utha)",
        # "may I not even wake": the verb first, "hi" marking the wish, no alarm or "if" about it
        r"(?<!agar )(?<!agr )(?:subah|kal) (?:\w+ )?(?:uthu|uthun|uthoon) hi (?:na|nahi)\b"
        r"(?! (?:\w+ )?(?:toh|to|tho|alarm|time|der|paunga|paaunga))",
        r"(?:mere bina|mere baghair) " + W + r"(?:behtar|khush|better)|(?:main|mai) (?:sab par )?"
        r"bojh (?:hoon|hu|hun)",
        r"काश " + W + r"(?:मर|न उठूं|न उठूँ|पैदा न)|मेरे बिना " + W + r"(?:बेहतर|खुश)|मैं बोझ",
        r"मेरे मरने से|(?:mere|meri) marne se|मेरे जाने से (?:[^ ]+ )?फर्क नहीं",
    ),
    "prepare": (
        r"sab ko (?:last|aakhri|akhri|aakhiri) (?:message|msg)",
        r"kal (?:tak|se) (?:main )?(?:nahi|nahin) (?:rahunga|rahungi)\b"
        r"(?! (?:yahan|ghar|office|shehar|india|is shehar|college))",
        r"(?:letter|chitthi|khat) likh (?:diya|di|li|chuka|chuki)|(?:bye|alvida) sabko|"
        r"sabko (?:bye|alvida)",
        r"(?:aakhri|akhri|aakhiri) (?:message|msg|khat|chitthi|paigam|baar)|alvida|"
        r"alvida note|chitthi likh (?:di|li|chuka)|(?:saman|saaman|cheezein) baant",
        r"(?:goliyan|goli|dawai|tablets) (?:\w+ )?(?:jama|ikattha|ikatthi|chhupa)",
        r"आखिरी (?:संदेश|मैसेज|बार)|अलविदा|(?:गोलियां|गोलियाँ|दवा) " + W + r"(?:जमा|इकट्ठ)",
    ),
    "place": (
        r"(?:chhat|chat|pul|bridge|roof|patri) (?:pe|par|ke upar) "
        r"(?:khada|khadi|baitha|baithi|hoon|hu)",
    ),
    "self_harm": (
        r"(?:khud ko|apne aap ko) (?:kaat|kat|chot|jala|nuksan|nuksaan|hurt)|haath kaat|"
        r"nas kaat|blade (?:se|maar)",
        r"(?:खुद|ख़ुद|अपने आप) को (?:काट|चोट|जला|नुकसान)|नस काट|हाथ काट",
        r"कलाई (?:[^ ]+ )?काट|(?:kalai|nas) (?:\w+ )?kaat",
    ),
    "despair": (
        r"(?:kuch|kuchh) (?:bhi )?nahi bacha|last option tha|(?:aakhri|akhri) (?:option|raasta|"
        r"rasta)",
        r"(?:aakhri|akhri|aakhiri) (?:umeed|ummeed|ummid|hope)|आखिरी उम्मीद",
    ),
    "other": (
        r"(?:suicide|khudkushi|aatmahatya) kar (?:lega|legi|lenge)|marna chahta hai|"
        r"marna chahti hai",
        r"(?:marna chahta hai|marna chahti hai|suicide karna chahta|suicide karna chahti|"
        r"khud ko (?:kaat|maar) (?:raha|rahi|leta|leti)|jaan dena chahta|jaan dena chahti)",
        r"(?:मरना चाहता है|मरना चाहती है|आत्महत्या करना चाहता|आत्महत्या करना चाहती)",
        # someone who said they will end it all: "bhai ne bola aaj raat sab khatam kar dega"
        r"(?:ne (?:abhi |aaj |kal |phir |mujhe |hi )?(?:bola|kaha|likha|message kiya)|"
        r"(?:bol|keh|likh) (?:raha|rahi) (?:hai|tha|thi)|"
        r"(?:kehta|kehti|bolta|bolti) (?:hai|tha|thi)) (?:ki )?(?:\w+ ){0,4}?(?:sab|sab kuch|"
        r"zindagi|khud ko) (?:khatam|khatm) kar (?:dega|degi|lega|legi|denge)",
    ),
    # a wish to die years past, and the writer well now: "ek saal pehle main marna chahta tha, ab
    # sab theek hai, naukri mil gayi" (not when it is back: "phir se", "lekin ab")
    "past": (
        r"(?:\d+|ek|do|teen|char|paanch|kuch|kai) (?:saal|sal|varsh|mahine|mahina) (?:pehle|pahle|"
        r"pehele|pehly)|(?:school|college) (?:mein|me|ke time)",
    ),
    "recovered": (
        r"^(?!.*\b(?:phir se|phir|fir se|dobara|lekin ab|par ab|magar ab|aaj bhi|ab bhi)\b).*?"
        r"\bab (?:\w+ ){0,2}?(?:theek|thik|accha|achha|behtar|khush) (?:hai|hoon|hu|hun|hain)\b",
    ),
    "check": (
        r"(?:ab )?(?:aur )?(?:nahi|nahin|nhi) (?:seh|sah|jhel) "
        r"(?:sakta|sakti|pa raha|pa rahi)",
    ),
    "distress": (
        r"(?:akela|akeli|khali|udaas|udas|pareshan|tut gaya|toot gaya|tut gayi|toot gayi|"
        r"ghabrahat|anxiety|depressed) (?:\w+ )?(?:hoon|hu|hun|mehsoos|lag raha|lagta|feel)",
        r"अकेला|अकेली|उदास|घबराहट|टूट गया|टूट गई|खालीपन",
        r"(?:mann|man|dil) (?:\w+ )?(?:udaas|udas|dukhi)|उदास",
        # worn out, nothing feels right, just needed to talk to someone
        r"(?:बहुत|बिलकुल|पूरी तरह|अंदर से) थक (?:गया|गई|चुका|चुकी) (?:हूं|हूँ)|कुछ भी ठीक नहीं लग|"
        r"(?:बस )?किसी से बात करनी (?:थी|है)",
    ),
}
