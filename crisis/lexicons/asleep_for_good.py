"""An amount asked to fall asleep for good, a way asked to die without pain, and all the pills
eaten, as the other lexicons did not yet read them:

- ``method``: how many tablets "to fall asleep forever" (Russian "уснуть навсегда", Ukrainian
  "заснути назавжди") or "not to wake up" with the reflexive ending the Ukrainian lexicon lacked
  ("не прокинутись"); Arabic "how many pills of X are enough so that one doesn't wake" with the
  medicine named at length in between (Egyptian "ما اصحاش" too); Persian and Dari "how many
  pills so that one never wakes again" ("دیگه بیدار نشه"), and "what way is there for a person
  to die without pain", with the generic person ("آدم بدون درد بمیره") or the writer; German "which
  method is surest and doesn't hurt", asked bare, where no death is named at all (a job named,
  a treatment, a pet put to sleep or the course's ketamine, makes it that job's question).
- ``overdose``: Arabic typed in Latin letters, "I ate all the pills" ("akalt kel el 7boob").

Not read: how many tablets to fall asleep tonight, or so as not to wake in the night or tired,
for a cold or a fever; a way to give birth or
to have a tooth pulled without pain; pills taken as the doctor said ("metel ma 2al el doctor").
Written folded (see ``crisis.lexicons``); pure.
"""

# A gap of up to six words of any script: a medicine named at length sits there.
W6 = r"(?:[^ ]+ ){0,6}?"
# Sleeping for good, in Russian and Ukrainian.
_FOREVER_RU_UK = (
    r"(?:уснуть|заснуть|усыпить себя|уснути|заснути) (?:\w+ )?(?:навсегда|навечно|навеки|"
    r"назавжди|навіки|навічно)|(?:больше |більше |уже |вже )?не (?:проснуться|проснутся|"
    r"проснулся|проснулась|прокинутись|прокинутися|прокинувся|прокинулась)"
)
# A job named anywhere in a German message: a treatment, the course's ketamine, a tooth, a birth,
# a pet put to sleep.
_NO_JOB_DE = (
    r"(?!.*\b(?:ketamin\w*|infusion\w*|spray\w*|nasenspray\w*|spritze\w*|impf\w*|tattoo\w*|"
    r"piercing\w*|haar\w*|zahn\w*|zähne\w*|geburt\w*|entbind\w*|verhütung\w*|pille danach|"
    r"spirale|die pille|kondom\w*|hormon\w*|operation\w*|narkose|blut\w*|enthaar\w*|"
    r"epilier\w*|wachs\w*|laser\w*|test\w*|hund\w*|katze\w*|tier\w*|einschläfer\w*)\b)"
)

LEXICON = {
    "guard": (
        # a dose to fall asleep tonight, or for a cold, a fever or a pain: not "forever"
        r"(?:сколько|скільки) (?:\w+ ){0,4}?(?:чтобы|чтоб|щоб|аби) (?:\w+ )?(?:уснуть|заснуть|"
        r"заснути|уснути) (?!(?:\w+ )?(?:навсегда|навечно|навеки|назавжди|навіки|навічно))"
        r"(?!(?:і |и |й |та )?(?:больше |більше )?не (?:просн|прокин))",
        # not waking up tired or with a headache: how long to sleep, not for good
        r"не (?:проснуться|прокинутися|прокинутись) (?:\w+ )?(?:разбит\w*|уставш\w*|"
        r"невыспавш\w*|розбит\w*|втомлен\w*|с головн\w*|з головн\w*|с больн\w*)",
        # Persian: not waking in the night, or tired: a sleeping pill's purpose, not for good
        r"(?:نصف شب|نصفه شب|نیمه شب|وسط شب|تا صبح|خسته|کسل|با سردرد) بیدار (?:نشم|نشوم|نشه|نشود)",
        # Arabizi: the pills taken as the doctor said
        r"(?:akalt|akalet|kalt|5adt|akhadt|a5adt|bala3t|shrebt) (?:kel|kol|kil|kl) (?:el |l )?"
        r"(?:7boob|7bub|7bub|hboob|7obob|dawa|el dawa)(?= .*(?:doctor|daktor|doktor|el 7akim|"
        r"wasfe|roshete|metel ma|zay ma|mitl ma))",
    ),
    "method": (
        r"(?:сколько|скільки) " + W6 + r"(?:чтобы|что бы|чтоб|щоб|аби) (?:\w+ ){0,2}?(?:"
        + _FOREVER_RU_UK + r")",
        # Arabic: "كم حبة من دواء الضغط بتكفي عشان الواحد ما يصحى"
        r"(?:كم|قديش|اديش|كام) (?:حبه|حبات|حبايه|حبايات|قرص|حبوب|علبه|شريط) "
        + W6
        + r"(?:بتكفي|يكفي|تكفي|بيكفي|بكفي|لازم|بدي|بدها|بده) (?:[^ ]+ ){0,4}?(?:ما|لا|ما عاد) "
        r"(?:يصحى|يصحا|اصحى|اصحا|نصحى|يقوم|اقوم|يفيق|افيق|اصحاش|يصحاش|نصحاش)\b",
        r"(?:كم|قديش|اديش|كام) (?:حبه|حبات|حبايه|حبايات|قرص|حبوب|علبه|شريط) " + W6
        + r"(?:عشان|علشان|حتى|مشان|لحتى) (?:ما )?(?:اصحاش|يصحاش|نصحاش|مصحاش)\b",
        # ...enough for one to die ("كم حبة من دواء الضغط تكفي عشان الواحد يموت")
        r"(?:كم|قديش|اديش|كام) (?:حبه|حبات|حبايه|حبايات|قرص|حبوب|علبه|شريط) " + W6
        + r"(?:بتكفي|يكفي|تكفي|بيكفي|بكفي|لازم) (?:عشان|علشان|حتى|مشان|لحتى|ل)? ?(?:[^ ]+ )?"
        r"(?:يموت|اموت|تموت|نموت|يموتني|تموتني|للموت|الموت)\b",
        # Persian and Dari: how many pills so that one never wakes
        r"(?:چند تا|چندتا|چقدر|چه قدر|چه مقدار) (?:[^ ]+ ){0,2}?(?:قرص|دارو|داروی|حب|"
        r"قرصای|قرصهای)[^ ]* (?:[^ ]+ ){0,3}?(?:که|تا) (?:[^ ]+ ){0,2}?(?:دیگه|دیگر|هیچوقت|"
        r"هیچ وقت|هرگز|برای همیشه) (?:بیدار نشم|بیدار نشه|بیدار نشود|بیدار نشوم|بیدار نشی)",
        # Persian and Dari: a way for a person, or the writer, to die without pain
        r"(?:چه|کدوم|کدام|یه|یک|هیچ) (?:راه|روش|راهی|روشی)(?:ی)? (?:[^ ]+ ){0,4}?(?:بدون درد|"
        r"بی درد|بیدرد|بی دردی|راحت) (?:[^ ]+ )?(?:بمیرم|بمیریم|بمیرم\w*|مردن|خودکشی)",
        r"(?:چه|کدوم|کدام|یه|یک|هیچ) (?:راه|روش|راهی|روشی)(?:ی)? (?:[^ ]+ ){0,3}?(?:آدم|ادم|آدمی|"
        r"انسان|یه نفر|یک نفر|یکی) (?:[^ ]+ )?(?:بدون درد|بی درد|بیدرد|راحت) (?:[^ ]+ )?"
        r"(?:بمیره|بمیرد|بمیری)",
        # German: the surest or quickest method that doesn't hurt, asked bare
        r"(?:welche|welcher|welches|was ist die|was ist der) (?:art|weg|methode|möglichkeit) "
        r"(?:ist |wäre )?(?:am sichersten|am schnellsten|die sicherste|der sicherste|die "
        r"schnellste|der schnellste) (?:\w+ ){0,2}?(?:tut nicht weh|tut am wenigsten weh|"
        r"schmerzlos|ohne schmerzen)" + _NO_JOB_DE,
        # Dutch, the same question
        r"(?:welke|wat is de) (?:manier|methode) (?:is )?(?:het )?(?:zekerst|snelst|het zekerst|"
        r"het snelst) (?:\w+ ){0,2}?(?:doet geen pijn|pijnloos|zonder pijn)",
    ),
    "overdose": (
        # Arabizi: "ana akalt kel el 7boob", "bala3t kol el dawa"
        r"(?:akalt|akalet|kalt|5adt|akhadt|a5adt|bala3t|bale3t|shrebt|sherbt) (?:kel|kol|kil|kl|"
        r"3elbet|3lbet|sharit) (?:el |l )?(?:7boob|7bub|hboob|7obob|7oboob|dawa|dawaye|adwye|"
        r"2adwye|7abbat)\b",
    ),
}
