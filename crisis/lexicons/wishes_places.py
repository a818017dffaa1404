"""Wishes, farewells, places at night and loneliness in languages the larger lexicons lacked or
had only in their plainest words: Punjabi (Gurmukhi), Nepali, Hindi and Hinglish, Urdu, Korean,
Indonesian.

- ``intent``: not wanting to live, wanting to die (Nepali "बाँच्न चाहन्न", Punjabi "ਮਰਨਾ
  ਚਾਹੁੰਦਾ", "ਜੀਣ ਨੂੰ ਦਿਲ ਨਹੀਂ ਕਰਦਾ");
- ``passive``: better if I just ended or died (Punjabi "ਮੁੱਕ ਜਾਵਾਂ ਤਾਂ ਚੰਗਾ", Hindi, Hinglish,
  Nepali "मरे हुन्थ्यो");
- ``prepare``: tonight or today "will be the last", beside letters or goodbyes written to the
  family (Korean);
- ``place``: the Han river or a rooftop beside an apology to one's parents (Korean);
- ``check``: life with no meaning left (Hinglish, Hindi, Urdu, Punjabi, Nepali); standing at a
  canal, a river, a bridge or the tracks at night or for a long time (Hinglish, Hindi); going to
  the Han river bridge or a rooftop tonight (Korean);
- ``distress``: loneliness far from home, nobody to talk to, wanting someone to listen, missing
  home to tears (Nepali, Punjabi, Indonesian, Hinglish, Chinese, Swahili).

Quiet lookalikes: a night walk or a picnic by the canal with friends, a rooftop repaired, the
Han river's night view or a bicycle ride, the last class or show of the season, a Parents' Day
letter, a song's meaning, a presentation someone should listen to. Written folded (see
``crisis.lexicons``); pure.
"""

# A gap of up to three words of any script (Indic vowel signs are not \w).
W = r"(?:[^ ]+ ){0,3}?"

# ...not with friends, for a picnic, photos, fishing or a job
_NOT_OUTING_HL = (
    r"(?!.*\b(?:dost|doston|dosto|yaar|yaaron|friends|picnic|machhli|machli|photo|selfie|chai|"
    r"ghoomne|ghumne|party|kaam|duty|naukri|shoot)\b)"
)
_NOT_OUTING_HI = r"(?!.*(?:दोस्त|पिकनिक|मछली|फोटो|सेल्फी|चाय|घूमने|ड्यूटी|पार्टी))"
_PLACE_HL = (
    r"(?:nahar|nehar|nadi|dariya|darya|pul|bridge|patri|patriyon|railway line|railway track|"
    r"track|chhat|chhath)"
)
_PLACE_HI = r"(?:नहर|नदी|दरिया|पुल|पटरी|पटरियों|रेल की पटरी|रेलवे लाइन|छत)"
_STOOD_HL = (
    r"(?:khada|khadi|khade|baitha|baithi|baithe) (?:\w+ )?(?:tha|thi|raha|rahi|rehta|hoon|hu)"
)
_STOOD_HI = r"(?:खड़ा|खडा|खड़ी|खडी|बैठा|बैठी) (?:[^ ]+ )?(?:था|थी|रहा|रही|रहता|हूं|हूँ)"

# Korean outings: a night view, a ride, a picnic, a date, friends, a repair
_NOT_OUTING_KO = (
    r"(?!.*(?:친구|야경|산책|자전거|치킨|라면|피크닉|불꽃|사진|데이트|러닝|달리기|조깅|공사|수리|"
    r"고치|빨래|축제|공연|버스킹|드라이브))"
)

LEXICON = {
    "guard": (
        # a song or a film that sounds lonely
        r"(?:听起来|看起来|聽起來|看起來)(?:好|很|太)?(?:孤单|孤單|寂寞)",
        # a song's, a word's or a film's meaning: "is gaane ka koi matlab nahi"
        r"(?:gaane|gane|song|lyrics|shabd|word|film|movie|joke) (?:ka|ki) (?:koi )?(?:matlab|arth)"
        r" (?:nahi|nahin|nhi)",
    ),
    "intent": (
        # Nepali: "I don't want to live any more", "I feel like dying"
        r"(?:अब )?(?:बाँच्न|बाच्न|जिउन|जीउन|बाँचेर) (?:मन )?(?:चाहन्न|चाहन्नँ|चाहँदिन|चाहन्दिन|"
        r"मन छैन|मन लाग्दैन|केही फाइदा छैन)",
        r"मर्न (?:मन लाग्छ|मन लागेको|मन लागिरहेको|चाहन्छु)|आत्महत्या (?:गर्छु(?! भन)|गर्न "
        r"मन|गर्ने सोच)|(?:झुण्डिएर|झुन्डिएर) मर्छु|मरिदिन्छु",
        # Punjabi: wanting to die, not wanting to live, suicide said of oneself
        r"(?:ਮਰਨਾ|ਮਰ ਜਾਣਾ) ਚਾਹੁੰਦ|(?:ਜੀਣ|ਜਿਉਣ|ਜੀਉਣ) (?:ਨੂੰ |ਦਾ )?(?:ਦਿਲ |ਜੀ |ਮਨ )?ਨਹੀਂ "
        r"(?:ਕਰਦਾ|ਕਰਦੀ|ਚਾਹੁੰਦਾ|ਚਾਹੁੰਦੀ)|(?:ਖੁਦਕੁਸ਼ੀ|ਖ਼ੁਦਕੁਸ਼ੀ|ਆਤਮਹੱਤਿਆ) (?:ਕਰ )?(?:ਲਵਾਂ|ਲਊਂ|"
        r"ਕਰਨੀ ਚਾਹੁੰਦ|ਕਰ ਲੈਣੀ|ਕਰਾਂਗਾ|ਕਰਾਂਗੀ)",
        # Punjabi: the field's spray or poison drunk "and all over" ("ਪੀ ਲਵਾਂ ਤੇ ਸਭ ਖਤਮ"),
        # the farmers' way; medicine taken for a cough names no end
        r"(?:ਸਪਰੇ|ਸਪਰੇਅ|ਜਹਿਰ|ਕੀਟਨਾਸ਼ਕ|ਸਲਫਾਸ|ਗੋਲੀਆਂ) " + W + r"(?:[^ ]+ ){0,6}?ਪੀ (?:ਲਵਾਂ|ਲਊਂ|"
        r"ਜਾਵਾਂ|ਲੈਣੀ)|ਪੀ (?:ਲਵਾਂ|ਲਊਂ|ਕੇ) (?:ਤੇ |ਤਾਂ |ਅਤੇ )?(?:ਸਭ|ਸਾਰਾ|ਸਭ ਕੁਝ) (?:ਖਤਮ|ਮੁੱਕ)",
    ),
    "passive": (
        # better if I just ended, died, were gone
        r"(?:ਮਰ|ਮੁੱਕ|ਮੁਕ|ਖਤਮ ਹੋ|ਖ਼ਤਮ ਹੋ|ਮਿਟ) ਜਾਵਾਂ (?:ਤਾਂ|ਤੇ) (?:ਹੀ )?(?:ਚੰਗਾ|ਠੀਕ|ਬਿਹਤਰ|ਵਧੀਆ|"
        r"ਸੌਖਾ)|ਮੈਂ ਨਾ ਰਹਾਂ (?:ਤਾਂ|ਤੇ) (?:ਹੀ )?(?:ਚੰਗਾ|ਠੀਕ|ਬਿਹਤਰ)",
        r"(?:mar|khatam ho|khatm ho|mit) (?:jaun|jaaun|jau|jaoon) (?:to|toh|tho) (?:hi )?(?:accha|"
        r"acha|achha|behtar|theek|thik)",
        r"(?:मर|ख़त्म हो|खत्म हो|मिट) (?:जाऊं|जाऊँ|जाउं) (?:तो|तब) (?:ही )?(?:अच्छा|बेहतर|ठीक)",
        r"(?:म )?मरे (?:पनि )?(?:हुन्थ्यो|हुने थियो)|म नभए (?:सबै|परिवार|घरका) (?:[^ ]+ )?"
        r"(?:खुसी|सुखी|राम्रो)",
    ),
    "prepare": (
        # Korean: tonight will be the last, with letters or goodbyes to the family
        r"(?:오늘 ?밤|오늘|내일|이번 ?주)(?:이|은|가|에)? ?마지막(?:일|인|이에|이야|이다|이네)"
        r".{0,60}(?:편지|유서|작별|미안|고마웠|안녕)",
        r"(?:가족|부모님|엄마|아빠|동생|아내|남편)[^ ]* ?(?:[^ ]+ )?(?:편지|유서)[^ ]* (?:[^ ]+ )?"
        r"(?:다 ?)?(?:썼|써 ?놨|써 ?뒀|남겼).{0,60}마지막(?:일|인|이에|이야|이다|이네)",
        # Korean: all sorted, letters written, and able to end it by the weekend
        # (nothing named between: "이번 주말이면 프로젝트 끝낼 수 있어" is a job)
        r"^(?=.*(?:편지|유서))(?=.*(?:다 ?정리|정리 ?다|정리했|정리 ?했))"
        r"(?=.*(?:이번 ?주말|오늘 ?밤|내일|이번 ?주|다음 ?주)[^ ]* (?:다 ?)?끝낼 수 있)",
    ),
    "place": (
        # Korean: the Han river or a rooftop with an apology to one's parents
        r"(?:한강|마포대교|대교|옥상)[^ ]* (?:[^ ]+ ){0,8}?(?:부모님|엄마|아빠|가족)[^ ]* ?"
        r"(?:께 |한테 |에게 )?(?:정말 |너무 |진짜 )?미안" + _NOT_OUTING_KO,
    ),
    "check": (
        # life with no meaning left
        r"(?:jeene|jine|jeena|zindagi|jindagi) (?:ka|ki|me|mein) (?:koi |ab |ab koi )?"
        r"(?:matlab|maqsad|maksad|wajah|arth) (?:hi )?(?:nahi|nahin|nhi|na)",
        r"(?:जीने|ज़िंदगी|जिंदगी|जीवन) (?:का|की|में) (?:कोई |अब |अब कोई )?(?:मतलब|मकसद|मक़सद|"
        r"वजह|अर्थ) (?:ही )?(?:नहीं|ना)",
        r"(?:جینے|زندگی) (?:کا|کی|میں) (?:کوئی |اب |اب کوئی )?(?:مطلب|مقصد|وجہ) (?:ہی )?نہیں",
        r"(?:ਜੀਣ|ਜਿਉਣ|ਜ਼ਿੰਦਗੀ|ਜਿੰਦਗੀ) (?:ਦਾ|ਦੀ|ਚ|ਵਿੱਚ) (?:ਕੋਈ |ਹੁਣ )?(?:ਮਤਲਬ|ਮਕਸਦ|ਵਜ੍ਹਾ) "
        r"(?:ਹੀ )?ਨਹੀਂ",
        r"(?:बाँच्नुको|जिउनुको|जीवनको) (?:कुनै |अब )?(?:अर्थ|मतलब|कारण) (?:नै )?छैन",
        # standing at a canal, a river, a bridge or the tracks at night or for a long time
        r"(?:raat|raat ko|aadhi raat|der raat) (?:\w+ ){0,3}?" + _PLACE_HL + r" (?:ke |par |pe )?"
        r"(?:paas|kinare|upar|pe|par) (?:\w+ )?" + _STOOD_HL + _NOT_OUTING_HL,
        _PLACE_HL
        + r" (?:ke |par |pe )?(?:paas|kinare|upar|pe|par) (?:\w+ )?"
        + _STOOD_HL
        + r" (?:\w+ )?(?:der tak|ghanton|bahut der|kaafi der|akela|akeli)"
        + _NOT_OUTING_HL,
        r"(?:रात|रात को|आधी रात|देर रात) "
        + W
        + _PLACE_HI
        + r" (?:के )?(?:पास|किनारे|ऊपर|पर) "
        + W
        + _STOOD_HI
        + _NOT_OUTING_HI,
        _PLACE_HI + r" (?:के )?(?:पास|किनारे|ऊपर|पर) " + W + _STOOD_HI + r" (?:[^ ]+ )?(?:देर तक|"
        r"घंटों|बहुत देर|अकेला|अकेली)" + _NOT_OUTING_HI,
        # Korean: going to the Han river bridge or up on a rooftop tonight
        r"(?:오늘 ?밤|새벽|오늘 ?새벽|혼자)(?:에)? ?(?:[^ ]+ ){0,2}?"
        r"(?:한강 ?다리|한강|마포대교|옥상)"
        r"(?:에|으로|로|위에)? ?(?:혼자 ?)?(?:가 ?볼|가볼|갈|가려고|가야|올라가|올라갈|가서)"
        + _NOT_OUTING_KO,
    ),
    "distress": (
        # loneliness far from home, nobody to talk to: Hinglish, Punjabi, Nepali, Chinese, Swahili
        r"(?:akelapan|akelaapan|akelepan|tanhai|tanhaai) (?:\w+ )?(?:mehsoos|mehsus|lagta|lagti|"
        r"lag raha|lag rahi|feel)",
        r"(?:yahan|idhar|pardes me|videsh me|ghar se door) (?:\w+ ){0,3}?koi (?:bhi )?(?:dost|apna|"
        r"baat karne wala|baat karne wali) (?:nahi|nahin|nhi)"
        r"(?! (?:hai |he |h )?(?:jo|jisse|aaya|aayega|aaega|mila|ke saath))",
        r"ਇਕੱਲਾਪਣ|ਇਕੱਲਾਪਨ|ਕੱਲਾਪਣ|ਇੱਥੇ ਕੋਈ (?:ਦੋਸਤ|ਆਪਣਾ|ਗੱਲ ਕਰਨ ਵਾਲਾ) ਨਹੀਂ",
        r"घरको (?:धेरै )?याद (?:[^ ]+ ){0,3}?(?:रुन|एक्लो|दुःख|दुख)",
        r"(?:好|很|太|特别|特別|非常)(?:孤单|孤單|寂寞)",
        r"(?:najihisi|ninajihisi|nahisi|ninahisi) (?:\w+ )?(?:mpweke|upweke)|"
        r"upweke (?:mwingi|sana)",
        r"(?:धेरै )?एक्लो (?:महसुस(?! गर्दिन)|छु|भएँ|भएको छु|लाग्छ)|(?:यहाँ )?(?:साथी कोही|कोही साथी) छैन|"
        r"(?:धेरै )?दुःखी छु|मन (?:धेरै )?(?:दुख्छ|भारी छ)",
        r"(?:ਇਕੱਲਾ|ਇਕੱਲੀ|ਕੱਲਾ|ਕੱਲੀ) (?:ਮਹਿਸੂਸ|ਹਾਂ|ਰਹਿ ਗਿਆ|ਰਹਿ ਗਈ)|ਬਹੁਤ ਉਦਾਸ|ਦਿਲ (?:ਬਹੁਤ )?"
        r"(?:ਦੁਖੀ|ਉਦਾਸ)",
        r"(?:nggak|gak|ga|enggak|ngga|tidak|tak) (?:punya|ada) (?:teman|temen|kawan)(?: (?:sama "
        r"sekali|satupun|satu pun|di sini|disini))?(?! (?:buat|untuk|yang mau|yg mau|nonton|main|"
        r"ke|jalan|nemenin))",
        r"(?:cuma|cuman|hanya|aku|saya|gue)? ?(?:pengen|pingin|ingin|butuh|mau) (?:ada )?"
        r"(?:orang )?"
        r"(?:yang|yg) (?:dengerin|mendengarkan|denger|dengar|ngertiin|mengerti|peduli)\b"
        r"(?! (?:presentasi|lagu|musik|podcast|latihan|pidato|demo|pitch|rekaman))",
        r"(?:kuliah|kerja|merantau|tinggal) (?:\w+ )?jauh dari (?:keluarga|orang ?tua|rumah) "
        r"(?:\w+ ){0,3}?(?:sendirian|kesepian|sepi|nggak punya|gak punya|ga punya)",
    ),
}
