"""Not wanting the morning, or to live, in the plain words the larger lexicons did not read:
the full reply (``passive``, ``intent``).

- Greek: "δεν θέλω να ξυπνήσω αύριο" (I don't want to wake up tomorrow), not "early".
- Japanese: "もう朝が来なければいいのに" (if only the morning did not come).
- Punjabi: "ਮੈਂ ਹੁਣ ਜੀਣਾ ਨਹੀਂ ਚਾਹੁੰਦਾ" (I don't want to live now).

Not waking early, the alarm, "I don't want to get up for work", "the morning came too soon" and
a wish not to live somewhere (a city, a flat) stay quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "passive": (
        r"δεν θέλω να (?:ξαναξυπνήσω|ξυπνήσω) (?:αύριο|ξανά|πια|άλλο|ποτέ)\b"
        r"(?! (?:\w+ )?(?:νωρίς|νωρις|στις|για (?:δουλειά|σχολή|μάθημα)))",
        r"(?:もう|二度と|明日の)?朝が(?:来なければ|来なきゃ|こなければ)(?:いい|良い)",
    ),
    "intent": (r"(?:ਹੁਣ |ਹੋਰ |ਬਿਲਕੁਲ )?(?:ਜੀਣਾ|ਜੀਉਣਾ|ਜਿਉਣਾ|ਜੀਊਣਾ) ਨਹੀਂ ਚਾਹੁੰਦ[^ ]*",),
}
