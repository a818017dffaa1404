"""A method question asked of how other people do it, in other languages: the full reply.

"How do prisoners hang themselves in the cells?", "how do people manage it in a cell with no
anchor points?" asked in Spanish, Portuguese, German, French, Russian, Polish, Italian, Dutch,
Turkish, Indonesian, romanised Hindi, Arabic, Chinese, Japanese, Korean and Vietnamese.
The question word and a reflexive verb of the method, said of people, prisoners or patients, is
what they share. The lookalikes are the same verbs used of things (hanging a picture or the
washing, killing a cockroach or a chicken, time "killed"), which the phrases leave out by naming
the person or by using only verbs no chore takes; and "why" questions, which ask for a reason
and are not matched at all. Suicide prevention asked about in Chinese, Japanese or Korean is
guarded: a topic, not a wish.
"""

# a gap of up to three words, any script
W = r"(?:[^ ]+ ){0,3}?"
# people, prisoners, patients, someone: whom the method is asked about
_ES_WHO = (
    r"(?:la gente|las personas|alguien|uno|los presos|las presas|los reos|los internos|"
    r"los pacientes)"
)
_PT_WHO = r"(?:as pessoas|alguém|alguem|os presos|os detentos|os pacientes|a gente)"

LEXICON = {
    # suicide prevention asked about (Chinese, Japanese, Korean): a topic, not a wish
    "guard": (
        r"(?:预防|防止|防范|預防)自(?:杀|殺)|自(?:杀|殺)(?:预防|預防|干预|干預)|自殺(?:を|の)?(?:防|予防|対策)|"
        r"자살 ?(?:예방|방지)|자살을 ?(?:막|예방)",
        # a rate or a count asked, a "how come", the bereaved or a friend to be helped: a
        # question about others that asks for no method (Chinese, Japanese, Korean, Vietnamese)
        r"(?:怎么|怎麼|为什么|為什麼|如何)?自(?:杀|殺)(?:率|人数|人數)",
        r"どうやって(?:[^ ]{0,6})?自殺した(?:人|方|者|子)の(?:遺族|家族|友人|親)",
        r"어떻게 ?자살(?:을 ?)?하려는 (?:[^ ]+ )?(?:친구|사람|가족|동생|아이|학생|환자)"
        r"(?:을|를|에게)? "
        r"(?:[^ ]+ )?(?:도울|돕|도와|지지|위로)",
        r"tỷ lệ (?:tự tử|tự sát)",
    ),
    "method": (
        # Spanish: hanging or suicide asked of others; "matar" only with a person named
        r"c[oó]mo " + W + r"se (?:ahorcan|ahorca|suicidan|suicida|cortan las venas|"
        r"corta las venas)\b",
        r"c[oó]mo " + W + r"se (?:matan|mata) " + _ES_WHO,
        r"c[oó]mo " + W + _ES_WHO + r" se (?:matan|mata)\b",
        # in a cell or a ward built without anchor points (a roofer's harness is the lookalike)
        r"c[oó]mo " + W + r"(?:lo hace|lo hacen|lo logran|lo consiguen) (?:[^ ]+ ){0,6}?"
        r"(?:celda|celdas|cárcel|prisión|módulo|pabellón|psiquiátrico|planta|habitación) "
        r"(?:[^ ]+ ){0,3}?sin (?:puntos de (?:anclaje|sujeción)|nada (?:de )?donde colgar)",
        # Portuguese
        r"como " + W + r"se (?:enforcam|enforca|suicidam|suicida)\b",
        r"como " + W + _PT_WHO + r" se (?:matam|mata)\b",
        # German
        r"wie (?!viele?\b)(?:\w+ ){0,2}?(?:erhängen|erhängt|erschießen|ertränken) sich\b",
        r"wie (?:bringen|bringt) sich (?:[^ ]+ ){0,6}?um\b(?! (?:den|die|das|dem|der|ein|eine|"
        r"einen|zu|\d))",
        r"wie (?:kann|könnte|würde) (?:man|jemand|ein häftling|ein patient) sich "
        + W
        + r"(?:erhängen|umbringen|töten|das leben nehmen)",
        # French
        r"comment " + W + r"se (?:pendent|pend|suicident|suicide|défenestrent)\b",
        r"comment (?:on|les gens|les détenus|les detenus|quelquun|les patients) (?:\w+ )?"
        r"(?:se tue|se tuent|se donne la mort|se donnent la mort)\b",
        # Russian
        # "вешаются" of curtains is left out by naming the person
        r"как " + W + r"(?:убивают себя|кончают с собой|режут (?:себе )?вены)\b",
        r"как (?:люди|заключенные|заключённые|зэки|арестанты|пациенты|подростки|они) "
        r"(?:[^ ]+ )?(?:вешаются|вешается)\b",
        r"как (?:[^ ]+ )?(?:вешаются|вешается) (?:люди|заключенные|заключённые|зэки|арестанты|"
        r"пациенты|подростки)\b",
        # Polish: "wiesza" of the washing is left out by naming the person
        r"jak " + W + r"(?:ludzie|więźniowie|wiezniowie|osadzeni|ktoś|ktos|oni|pacjenci) "
        r"(?:\w+ )?(?:się wieszają|sie wieszaja|się wiesza|sie wiesza|się zabijają|sie zabijaja|"
        r"popełniają samobójstwo|popelniaja samobojstwo)",
        r"jak " + W + r"(?:się wieszają|sie wieszaja|się zabijają|sie zabijaja) "
        r"(?:ludzie|więźniowie|wiezniowie|osadzeni|pacjenci)",
        # Italian: "si uccide" of a mosquito is left out; the plural is of people
        r"come (?!mai\b)" + W + r"si (?:impiccano|impicca|suicidano|suicida)\b",
        r"come (?:le persone|la gente|i detenuti|i carcerati|i pazienti) (?:\w+ )?si uccidono\b",
        # Dutch: "zich" is what a picture hung up lacks
        r"hoe " + W + r"(?:hangen|hangt|hing|hingen) " + W + r"zich(?:zelf)? op\b",
        r"hoe " + W + r"(?:plegen|pleegt) " + W + r"zelfmoord",
        r"hoe " + W + r"(?:brengen|brengt) " + W + r"zich(?:zelf)? om\b",
        r"hoe (?:[^ ]+ ){0,6}?(?:cel|cellen|afdeling|isoleercel|separeer\w*|gevangenis) "
        r"(?:[^ ]+ ){0,3}?zonder (?:ophangpunten|ophangpunt|iets om (?:aan )?op te hangen)",
        # Turkish: "kendini" is what a picture hung lacks
        r"(?:kendini|kendilerini) (?:\w+ )?nasıl (?:asıyor|asar|asarlar|asıyorlar|öldürüyor|"
        r"öldürür|öldürürler)|nasıl (?:kendini|kendilerini) (?:asıyor|asar|asarlar|öldürüyor|"
        r"öldürür)",
        # Indonesian, romanised Hindi (with "khud ko": an execution is the lookalike)
        r"(?:gantung diri|bunuh diri) (?:\w+ )?(?:caranya|gimana|bagaimana)",
        r"(?:khud ko|apne aap ko|khudko) (?:phansi|fansi|faansi) (?:kaise|kese)|khudkushi (?:kaise|"
        r"kese) (?:karte|karen|kare|karta)",
        # Arabic, Chinese, Japanese, Korean, Vietnamese
        r"كيف (?:ينتحر|ينتحرون|يشنق نفسه|يشنقون انفسهم|يقتل نفسه|يقتلون انفسهم)",
        r"(?:怎么|怎样|怎樣|如何)(?:上吊|自杀|自殺|割腕)",
        r"どうやって(?:首を吊|自殺す|自殺し)",
        r"어떻게 ?(?:목을 ?매|자살(?:을 ?)?하)",
        r"(?:treo cổ|tự tử) (?:như thế nào|thế nào|ra sao)|(?:làm sao|cách nào) (?:để )?(?:treo cổ|"
        r"tự tử)",
    ),
}
