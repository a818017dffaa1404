"""Someone close at risk, told as people far from home tell it, where the other lexicons read
only the plainest words: Arabic (a brother who "wants to throw himself" off a bridge, a friend
who swallowed a whole box of pills), Arabic typed in Latin letters, Persian and Dari (all of
their pills taken), Pashto and Tigrinya (said they would kill themselves), Swahili (swallowed
all the pills, says they will kill themselves) and French (going to shoot themselves); a brother
who took a heap of medicine and does not wake (Portuguese), a friend who cut her wrists
(Turkish), a son locked in his room after a failed exam who sent "sorry amma" and does not open
(Tamil, Hinglish); and, in
Arabizi, the best way and how many pills asked by the writer.

- ``other``: the reply for helpers.
- ``method``: the full reply.

Not read: pills taken as the doctor prescribed ("طبق دستور دکتر", "حسب الوصفة"), a laugh
("amout men el d7k"), a bullet in one's own foot ("se tirer une balle dans le pied").

Written folded (see ``crisis.lexicons``); pure.
"""

# A gap of up to three words of any script.
W = r"(?:[^ ]+ ){0,3}?"
# Arabic: whoever the writer names, then a wish, a plan or a threat.
_WANTS_AR = r"(?:بدو|بدها|بده|رح|راح|ح|عايز|عايزه|ناوي|ناويه|يبي|تبي|يبغى|تبغى|يريد|تريد|هدد|هددت)"
_KIN_AR = (
    r"(?:أخوي|أخي|اخوي|أختي|اختي|أمي|امي|أبوي|أبي|ابوي|صاحبي|صاحبتي|صديقي|صديقتي|رفيقي|"
    r"رفيقتي|ابني|بنتي|زوجي|زوجتي|جوزي|مرتي)"
)
_KIN_LATIN = (
    r"(?:akhoya|akhooya|a5oya|akhi|a5i|ukhti|okhti|o5ti|ikhti|sa7bi|sahbi|sa7bti|sahbti|"
    r"ommi|mama|abouya|abuya|baba|jozi|gozi|mrati|mirati|ibni|binti)"
)

LEXICON = {
    "other": (
        _WANTS_AR + r" (?:[^ ]+ )?(?:يرمي|ترمي|يشنق|تشنق|ينهي|تنهي) (?:حاله|حالها|نفسه|نفسها|"
        r"حياته|حياتها)",
        _KIN_AR + r" (?:[^ ]+ )?(?:ابتلع|ابتلعت|بلع|بلعت|شرب|شربت|أخذ|أخذت|اخد|اخدت) "
        r"(?:علبة|علبه|شريط|كل) (?:[^ ]+ )?(?:حبوب|الحبوب|دوا|الدوا|دواء|أدوية|حبات)"
        r"(?!.*(?:الطبيب|الدكتور|وصفة|حسب|الوصفه))",
        _KIN_LATIN + r" (?:\w+ ){0,3}?(?:bado|baddo|bidu|bedo|badda|biddha|3ayez|3ayza|3awz|"
        r"nawi|nawya|ra7|7a|hay|yebgha|tebgha) (?:\w+ )?(?:ynte7er|yente7er|tente7er|tnte7er|"
        r"ymout|tmout|yi2tol nafso|y2tol nafso|te2tol nafsaha|yermi 7alo|termi 7ala)",
        # Persian and Dari: all of their pills taken, not as prescribed
        r"(?:همه|تمام|کل) (?:ی )?(?:قرص|دارو)(?: ?ها| ?های)?(?:یش|ش|اش|شو|اشو) (?:را |رو )?"
        r"(?:خورده|خورد|بالا انداخته)(?!م|ه ام|یم)(?!.*(?:دستور|طبق|نسخه|دکتر))",
        # Pashto: says they will kill themselves
        r"(?:وايي|ويل|وویل|ويلي|ليکلي|لیکلي) (?:چې )?(?:[^ ]+ ){0,2}?(?:ځان ?وژني|ځان به ووژني|"
        r"ځان وژنه کوي|ځان ووژني)",
        # Tigrinya: to kill himself, herself
        r"(?:ነብሱ|ርእሱ) (?:ክቐትል|ይቐትል)|(?:ነብሳ|ርእሳ) (?:ክትቐትል|ትቐትል)",
        # Swahili: swallowed all the pills; says they will kill themselves
        r"(?:dada|kaka|mama|baba|rafiki|mume|mke|mwanangu|binamu) (?:yangu |wangu )?(?:amemeza|"
        r"alimeza|amekunywa|alikunywa) (?:\w+ ){0,2}?(?:vidonge|dawa) (?:vyote|zote|nyingi|kibao)"
        r"(?!.*(?:daktari|za asubuhi|za jioni|za usiku|za kila siku|kama kawaida))",
        r"(?:anasema|amesema|alisema|ameandika|anatishia) (?:kwamba |kuwa )?(?:atajiua|anataka "
        r"kujiua|anataka kufa)",
        # Portuguese: a brother who took a heap of medicine and now sleeps and does not wake
        r"(?:tomou|tomaram|engoliu|bebeu) (?:um monte|muito|muitos|vários|varios|uma caixa|uma "
        r"cartela|todos os|todo o|a caixa toda) (?:de )?(?:remédio|remedio|comprimido|pílula|"
        r"pilula|calmante|rivotril)\w* (?:\w+ ){0,6}?(?:não|nao) (?:acorda|responde|reage)",
        # Turkish: a friend or relative who cut their wrists
        r"(?:arkadaşım|kardeşim|annem|babam|kızım|oğlum|eşim|sevgilim|abim|ablam|kuzenim)\w* "
        r"(?:\w+ ){0,2}?(?:bilek\w*|bilekerini|bileğini|kolunu|kollarını) (?:\w+ )?"
        r"(?:kesmiş|kesti|kesiyor)",
        # Tamil and Hinglish: locked in a room after a failure, a "sorry amma" sent, the door
        # not opened
        r"^(?=.*(?:lock|thaazhpaal|thazhpal|லாக்|தாழ்ப்பாள்|band kar))(?=.*(?:sorry|மன்னிச்சிடு|"
        r"maaf|maafi))(?=.*(?:thirakkala|thirakkave illa|thirakka maatraan|thirakka maatra|"
        r"திறக்கல|திறக்கவில்லை|திறக்க மாட்டே|(?:darwaza|darwaja|door) (?:\w+ )?(?:nahi|nhi|nahin) "
        r"khol))",
        # French: going to shoot themselves
        r"(?:va|veut|allait|menace de|menacé de|parle de) se tirer une balle"
        r"(?! dans (?:le|les) pied)",
    ),
    "method": (
        # Arabizi: the best way to die, without "what is"; how many pills not to wake
        r"(?:a7san|ahsan|asra3|ashal|a2al wa7ed) (?:tari2a|tari2|tare2a|taree2a|tareeqa|tariqa|"
        r"6ari2a) (?:\w+ ){0,2}?(?:amout|amoot|mout|moot|ymout|ente7er|anta7er|a2tol nafsi)"
        r"(?! (?:men|mn|min) (?:el )?(?:d7k|da7k|dehk|ho2|zahe2))",
        r"(?:kam|2addesh|addesh|kaam) (?:7abba|7abbe|7abe|7aba|habba|habbe|7abbat|7abat) "
        r"(?:\w+ ){0,3}?(?:3ashan|3shan|la|lal|men shan|hatta|ta) (?:amout|mout|moot|amoot|mut|"
        r"mot|mat|ma as7a|ma a9ha)",
    ),
}
