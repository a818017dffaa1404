"""Cutting oneself, told in Punjabi, Nepali, Korean and Tagalog, where the larger lexicons had
no words for it: the arm, the wrist or a vein named with a verb of cutting done on purpose
("ਬਾਂਹ ਤੇ ਕੱਟ ਲਾਏ", "फेरि हात काटें", "손목 그었어요", "hiniwa ko ang pulso ko"). The full reply,
as for self-harm in every language. A cut got while cooking (a passive or an accident), a line
drawn and an onion sliced stay quiet. Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "self_harm": (
        # Punjabi: cuts made, not a cut got ("ਕੱਟ ਲੱਗ ਗਿਆ")
        r"(?:ਬਾਂਹ|ਬਾਹ|ਬਾਹਾਂ|ਗੁੱਟ|ਹੱਥ|ਨਸ|ਨਾੜ)[^ ]* (?:[^ ]+ )?(?:ਤੇ |ਉੱਤੇ )?(?:ਕੱਟ|ਬਲੇਡ|ਚੀਰੇ) "
        r"(?:ਲਾਏ|ਲਾਇਆ|ਲਾ ਲਏ|ਮਾਰੇ|ਮਾਰਿਆ|ਮਾਰ ਲਏ)",
        r"(?:ਨਸ|ਨਾੜ|ਗੁੱਟ)[^ ]* ਕੱਟ (?:ਲਈ|ਲਿਆ|ਦਿੱਤੀ)",
        # Nepali: a vein or the wrist cut, or the hand again or with a blade
        r"(?:नसा|नाडी|कलाई)[^ ]* (?:[^ ]+ )?(?:काटें|काटेँ|काटेको छु|काटिदिएँ|काटें)",
        r"(?:फेरि|ब्लेडले|आफैं|आफैँ|जानीजानी) (?:[^ ]+ )?(?:हात|पाखुरा|नसा)[^ ]* (?:काटें|काटेँ|"
        r"काटेको छु|काटिदिएँ)",
        # Korean: the wrist cut ("손목 그었어요")
        r"손목(?:을|에)? ?(?:또 ?|다시 ?)?(?:그었|그어 ?버렸|긋고 ?있|그었어|칼을 ?댔)",
        # Tagalog: the wrist or the arm slashed
        r"(?:hiniwa|hiniwaan|ginilitan|nilaslas|nilaslasan|naglaslas) (?:\w+ ){0,4}?(?:pulso|"
        r"braso|wrist)|naglaslas (?:na )?(?:naman )?ako",
    ),
}
