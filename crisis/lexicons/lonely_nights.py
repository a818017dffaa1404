"""Distress told without a word of an end, in languages whose lexicons read only the plainest:
the caring reply (``distress``), and a check-in where no place is left for the writer
(``check``).

- Punjabi: homesick, sleepless and worn out ("ਘਰ ਦੀ ਬਹੁਤ ਯਾਦ ਆਉਂਦੀ ਹੈ ... ਬਹੁਤ ਥੱਕ ਗਿਆ ਹਾਂ").
- Hindi: crying today with nobody to talk to.
- Tamil: very lonely, or no sleep since a wife or a husband died.
- Japanese: a year since a husband died and the tears do not stop.
- Chinese: "I really can't hold on much longer" of a carer, not of a phone battery.
- Greek: a panic attack now, not one before an exam last year.
- Arabic: no place for me in this world; "I won't go on" at a message's end.

Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "distress": (
        r"ਯਾਦ ਆਉਂਦੀ (?:[^ ]+ ){0,8}?(?:ਨੀਂਦ ਨਹੀਂ|ਥੱਕ (?:ਗਿਆ|ਗਈ)|ਰੋਣਾ|ਇਕੱਲਾ|ਇਕੱਲੀ)",
        r"ਨੀਂਦ ਨਹੀਂ ਆਉਂਦੀ (?:[^ ]+ ){0,4}?ਥੱਕ (?:ਗਿਆ|ਗਈ)",
        r"रोना (?:आया|आता|आ रहा)\b(?:[^ ]+ ){0,6}?(?:कोई (?:भी )?बात करने वाला|अकेला|अकेली)",
        r"कोई (?:भी )?बात करने वाला (?:ही )?नहीं (?:है|हैं)",
        r"(?:மிகவும் |ரொம்ப )?தனிமையாக (?:இருக்கிறது|இருக்கு|உணர்கிறேன்)",
        r"(?:போனதிலிருந்து|இறந்ததிலிருந்து|இறந்த பிறகு) (?:[^ ]+ )?தூக்க(?:மே|ம்) (?:வரவில்லை|வரலை)",
        r"(?:夫|妻|母|父|息子|娘|主人|妻子)が亡くなって.{0,16}?涙が(?:止まりません|止まらない)",
        r"我(?:真的|实在|實在|已经|已經)?快(?:撑|撐)不住了",
        r"(?:έχω|παθαίνω|με έπιασε|μου ήρθε) κρίση πανικού (?:τώρα|πάλι|ξανά)",
    ),
    "check": (
        r"(?:مافی|ما فی|مافیش|ما فیش) مکان (?:لی|الی) (?:ب|فی )?(?:الدنیا|هالدنیا|الدنیه)",
        r"ما (?:راح|رح|ح) اکمل\s*$",
    ),
}
