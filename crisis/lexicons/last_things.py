"""Last things done or said, in languages whose lexicons read only the plainest farewells: the
full reply (``prepare``, ``passive``).

- Korean: the pills already collected ("약은 이미 모아놨어요"), not collected to hand back.
- Tagalog: a rope already in the room ("may lubid na ako sa kwarto"), not for the washing.
- Chinese: this is the last message I send ("这是我最后一次发消息了"), not before leaving a group.
- Swahili: letters written to the children, and "tomorrow I won't be here".
- Tamil: everyone would be at peace without me ("நான் இல்லாமல் இருந்தால் எல்லோருக்கும் நிம்மதி").

Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "prepare": (
        r"약(?:을|은|도|들을|들은)? (?:이미 |벌써 |다 |몰래 )?모아(?:놨|놓았|뒀|두었|놓고)"
        r"(?!.*(?:반납|버리|폐기|약국|수거))",
        r"may lubid na (?:ako|ko) (?:sa|dito)\b(?!.*(?:sampay|camping|aso|kambing|kalabaw|tali))",
        r"这是我最后一次(?:发消息|發消息|发信息|發信息|说话|說話|给你们|給你們)"
        r"(?!.*(?:退群|换号|換號|群|搬家|出国|出國|毕业|畢業))",
        r"(?:barua|waraka) kwa (?:watoto|mke|mume|familia|mama|baba)\w* (?:\w+ ){0,5}?"
        r"(?:sitakuwepo|sitakuwa hai)",
        r"(?:kesho|usiku huu|leo usiku) sitakuwepo (?:tena|duniani)",
    ),
    "passive": (
        r"நான் இல்லாமல் (?:இருந்தால் |போனால் )?(?:எல்லோருக்கும்|எல்லாருக்கும்|அனைவருக்கும்) "
        r"நிம்மதி",
    ),
}
