"""The writer's own risk told plainly in other languages by new parents and people just out of
prison, where the larger lexicons had only the present tense or one spelling, and the caring
reply for their loneliness and tears.

- ``intent``: Portuguese "I thought (seriously) of killing myself" in the past tense; Chinese
  wanting to jump from the balcony, a window or a roof; Polish "I'll end it tonight"; Spanish
  "tonight I go for ever"; Levantine Arabic in Latin letters "bade moot"; Tamil in Latin letters
  "saaganum" and "vaazha pidikkala" (I don't want to live).
- ``intent`` also: hanging oneself in the first person's future (German, Russian, Polish,
  Italian), which the larger lexicons had only as a wish ("I want to hang myself").
- ``passive``: the baby or everyone better off without me (German, Chinese, Indonesian).
- ``prepare``: a sheet torn (into strips) in a cell (German, Polish, Russian); Russian "I've
  decided to go. Don't look for me".
- ``prepare`` also: tonight I do it, with a rope, a sheet or the pills named (Spanish,
  Portuguese, German, French, Italian, Russian, Polish); a washing line or a tent is the
  lookalike.
- ``distress``: Japanese tears that won't stop and no will to do anything; Russian "very
  lonely"; Polish "smutno mi", feeling a stranger; Tagalog crying and crying, a heavy heart;
  crying all the time or feeling a stranger (Spanish, German, Korean, Swahili, Turkish).
- ``guard``: tears from laughing, hay fever or being moved; Polish killing a carp for Christmas
  Eve, or time; a job, a habit or a project ended tonight; a move abroad "for ever"; a sheet
  torn in the wash; Tamil dying of laughter; and, as ``routine``, Dutch pills taken "as always",
  this morning, or vitamins.
"""

# a gap of up to three words, any script
W = r"(?:[^ ]+ ){0,3}?"

LEXICON = {
    "guard": (
        r"(?:笑いすぎて|笑って|花粉症で|花粉で|感動して|嬉しくて|うれしくて|玉ねぎ(?:を切って|で)?)涙が止まらない",
        r"zabiłe[mś] (?:\w+ )?(?:karpia|rybę|rybe|kurę|kure|komara|muchę|muche|pająka|pajaka|"
        r"świnię|swinie|czas)|zabić czas|zabijam czas",
        r"skończę z tym (?:projektem|raportem|serialem|paleniem|piciem|nałogiem|zadaniem)",
        r"me voy (?:pa|para) siempre (?:a|al|de|del|con) ",
        r"(?:beim|in der) (?:waschen|wäsche|waschmaschine|trockner) (?:\w+ )?zerrissen|"
        r"(?:aus versehen|versehentlich) (?:\w+ ){0,3}?zerrissen",
        r"sirichu (?:sirichu )?(?:saaganum|setthuduven|sethuduven|sethuten)",
        r"(?:gülmekten|gulmekten) (?:\w+ )?ağlıyorum|웃겨서 (?:계속 )?눈물이",
        # a joke with its trivial cause: "one more report and I'll hang myself", "I'll hang
        # myself from boredom", "I'm dying of the heat" (Russian, Polish, Levantine Arabic)
        r"(?:ещё|еще) (?:один|одна|одно|одну) (?:[^ ]+ )?(?:отч[её]т\w*|совещани\w*|созвон\w*|"
        r"звон\w*|письм\w*|дедлайн\w*|митинг\w*|пар[ауы]|лекци\w*|правк\w*|таблиц\w*|"
        r"презентаци\w*|задач\w*|зум\w*|планерк\w*|серия|сери\w*|понедельник\w*) "
        r"(?:[^ ]+ ){0,2}?(?:и )?(?:я )?(?:повешусь|вздёрнусь|удавлюсь)"
        r"(?!.*(?:не шучу|серь[её]зно|правда|таблетк|верёвк|веревк))|"
        r"(?:повешусь|вздёрнусь|удавлюсь) (?:[^ ]+ )?от (?:скуки|жары|смеха)",
        r"(?:jeszcze jeden|jeszcze jedna|jeszcze jedno) (?:[^ ]+ )?(?:raport\w*|spotkani\w*|"
        r"mail\w*|zoom\w*|wykład\w*|kolokwi\w*|zebrani\w*|poniedział\w*|excel\w*|tabel\w*|"
        r"prezentacj\w*|telefon\w*|odcin\w*) (?:[^ ]+ ){0,2}?i (?:się )?powieszę(?: się)?"
        r"(?!.*(?:nie żartuję|serio|naprawdę|tabletk|sznur))|"
        r"(?:zaraz )?(?:się )?powieszę(?: się)? (?:[^ ]+ )?z (?:nudów|gorąca|upału)",
        r"(?:moot|mout|mut|amoot|amout|amut) (?:mn|min|men|mi?n ?el|mnel) (?:el |al |l )?(?:7arr?|"
        r"har+|bard|jo3|ju3|jou3|dahk|da7k|d7ik|malal|zah2|za7ma)\b",
        # a task ended tonight, handed in tomorrow; a move abroad "for ever"
        r"skończę z tym (?:tej nocy|dziś w nocy|dzisiaj w nocy|w nocy)\b(?=.*\b(?:prac\w*|"
        r"projekt\w*|raport\w*|zadani\w*|esej\w*|referat\w*|oddaj\w*|oddam|termin\w*|szef\w*|"
        r"klient\w*|prezentacj\w*|egzamin\w*|nauk\w*)\b)",
        r"me voy (?:pa|para|pa ?l) siempre\b(?=.*\b(?:me mudo|me mudé|mudanza|emigro|me voy a "
        r"vivir|a vivir|vuelo|avión|aeropuerto|visa|trabajo|país|extranjero)\b)",
        # jumping in to swim, to dive or on a bungee rope (Chinese)
        r"(?:从|從)(?:[^ ]{1,3})跳(?:下去|下来|下來|进|進)?(?:[^ ]{0,3})?"
        r"(?:游泳|潜水|潛水|玩水|跳水|蹦极|蹦極)|蹦极|蹦極",
        # a jump that is a sport: a diving board, a parachute, a bungee (French, Spanish,
        # Portuguese, Italian, German)
        r"sauter (?:du |d un |de l |en |à l )?(?:plongeoir|tremplin|parachute|élastique|"
        r"trampoline|parapente)",
        r"(?:tirarse|aventarse|lanzarse) (?:en|con|de|del|desde el) (?:paracaídas|parapente|"
        r"puenting|bungee|trampolín|tirolesa|tirolina)",
        r"(?:pular|saltar|se jogar) (?:de|do) (?:paraquedas|paraquedismo|bungee|trampolim|"
        r"parapente)",
        r"(?:lanciarsi|buttarsi) (?:col|con il|dal|con) (?:paracadute|trampolino|parapendio|"
        r"bungee)",
        r"(?:fallschirm\w*|bungee\w*|vom sprungturm|vom (?:drei|fünf|zehn) ?meter ?brett)",
        # a computer, a phone or a program that freezes ("hängt sich auf", German)
        r"(?:laptop|computer|rechner|pc|handy|smartphone|programm|app|system|browser|spiel|"
        r"tablet|drucker|fernseher|router|windows|software|bildschirm|konsole|mac|iphone)\b"
        r"(?: [^ ]+){0,6}? (?:hängt|hängen) sich (?:[^ ]+ ){0,3}?auf\b",
        r"(?:hängt|hängen) sich (?:ständig|dauernd|andauernd|immer wieder|oft|regelmäßig|"
        r"ständig wieder|jedes mal) auf\b",
    ),
    # pills taken as every morning: no overdose ("this morning" alone is not that: an overdose
    # is told with it too)
    "routine": (
        r"zoals (?:altijd|voorgeschreven|elke dag|gewoonlijk|elke ochtend)|"
        r"bij het (?:ontbijt|eten)|vitamine\w*",
    ),
    "intent": (
        r"(?:pensei|pensando|tenho pensado|ando pensando|pensava) (?:\w+ ){0,2}?(?:em|no|na) "
        r"(?:me matar|suicídio(?! (?:d[oa]|como tema|como assunto|para)\b)|morrer|"
        r"acabar com (?:a minha|minha) vida|"
        r"tirar a minha vida)",
        r"(?:想|要|打算|准备|真想|很想|好想)(?:从|從)(?:阳台|陽台|窗户|窗戶|窗口|楼上|樓上|楼顶|樓頂|"
        r"天台|桥上|橋上|屋顶|屋頂)(?:上)?跳(?:下去|下来|下來|楼|樓)?(?![下拿取捡撿玩接])",
        # the night, not "tomorrow", which a habit quit is ended by too
        r"skończę z tym (?:tej nocy|dziś w nocy|dzisiaj w nocy|w nocy)\b",
        r"skończę ze wszystkim (?:dziś|dzisiaj|jutro|tej nocy|dziś w nocy|wieczorem)",
        r"(?:esta noche|hoy|esta madrugada|mañana|manana) me voy (?:pa|para|pa ?l) siempre\b",
        r"(?:bade|badi|bidi|biddi|bddi|bade|badde) (?:\w+ )?(?:moot|mout|mut|amoot|amout|amut)\b",
        r"(?:saaganum|saaganam|saavanum|saaganumnu|sethuranum|sethudanum|setthu poganum|"
        r"sethu poganum)\b",
        r"(?:vaazha|vazha|vaazhave|vazhave) (?:pidikkala|pidikala|pidikkalai|virupam illa|"
        r"viruppam illai)",
        # hanging oneself, in the first person's own future (in a cell, often)
        r"ich (?:werde|will|möchte|muss) mich (?:\w+ ){0,4}?(?:aufhängen|erhängen)",
        r"повешусь|вздёрнусь|удавлюсь",
        r"powieszę się|chcę się powiesić|zaraz się powieszę",
        r"(?:mi vado a impiccare|vado a impiccarmi|mi impiccherò|voglio impiccarmi|penso di "
        r"impiccarmi)",
    ),
    "passive": (
        # the baby, the children or everyone better off without me (German, Chinese, Indonesian)
        r"(?:baby|kind|kinder|kleine|kleinen|familie|alle|jeder|frau|mann|sohn|tochter|welt|"
        r"eltern) (?:\w+ ){0,2}?(?:wäre|wären|ist|sind|hätte|hätten|ginge es) (?:\w+ ){0,3}?ohne "
        r"mich (?:\w+ )?besser(?: dran)?",
        r"没有我(?:[^ ]{0,4})?(?:会|會)(?:过得|過得)?更好",
        r"(?:孩子|宝宝|寶寶|他们|他們|大家)没有我更好",
        r"(?:lebih baik|lebih bahagia) tanpa (?:saya|aku|ku)\b(?! (?:di|dalam|ikut) )",
    ),
    "prepare": (
        r"(?:ich habe|hab|habe ich) (?:\w+ ){0,3}?(?:das |mein |die )?(?:bettlaken|laken|decke|"
        r"handtuch|t ?shirt) (?:\w+ ){0,2}?(?:zerrissen|in streifen (?:gerissen|geschnitten))",
        r"(?:podarłem|podarłam|pociąłem|pocięłam|porwałem|porwałam) (?:\w+ )?(?:prześcieradło|"
        r"przescieradlo|koc|ręcznik|recznik) (?:\w+ )?na (?:paski|pasy)",
        r"(?:порвал|порвала|разорвал|разорвала|нарезал|нарезала) (?:\w+ )?(?:простыню|"
        r"простынь|одеяло|полотенце) (?:\w+ )?на (?:полосы|полоски|ленты)",
        r"(?:решил|решила|я решил|я решила) уйти(?! (?:с|из|в|на|от|к|со)\b) " + W + r"не ищите",
        r"не ищите меня(?! (?:в|на|до|после|сегодня|завтра)\b)(?: [^ ]+)?$",
        # tonight I do it, with the means named (a rope, a sheet, the pills); a washing line, a
        # tent or a climb is the lookalike
        r"(?:esta noche|hoy|hoje à noite|hoje a noite|esta noite|heute nacht|heute abend|ce soir|"
        r"cette nuit|stanotte|stasera|сегодня ночью|сегодня|dziś w nocy|dzisiaj w nocy|dziś) "
        r"(?:[^ ]+ ){0,4}?(?:lo hago|lo voy a hacer|eu faço isso|faço isso|vou fazer isso|mache "
        r"ich es|mach ich es|tue ich es|je le fais|je vais le faire|lo faccio|сделаю это|to zrobię)"
        r"(?=.*\b(?:cuerda|soga|sábana|corda|lençol|seil|strick|laken|bettlaken|corde|drap|"
        r"lenzuolo|веревк\w*|простын\w*|sznur\w*|prześcieradł\w*|pastillas|comprimidos|"
        r"tabletten|cachets|pillole|таблетк\w*|tabletki)\b)(?!.*\b(?:tender|acampar|zelten|"
        r"klettern|wäsche|camping|linge|l ?escalade|arrampic\w*|bucato|стирк\w*|pranie|prania)\b)",
    ),
    "distress": (
        r"(?:ずっと|毎日|毎晩|最近)?涙が止まらない|何もする気が(?:起きない|起こらない|しない)",
        r"(?:очень|так|совсем|ужасно|безумно) одиноко",
        r"smutno mi|(?:czuję się|czuje sie) jak obc[ya]",
        r"iyak lang (?:ako )?nang iyak|(?:ang )?bigat ng (?:pakiramdam|loob|dibdib) ko",
        # crying all the time, a stranger in one's own town (Spanish, German, Korean, Swahili,
        # Turkish)
        r"me siento (?:como )?(?:un |una )?(?:extrañ[oa]|extranjer[oa]|fuera de lugar)",
        r"(?:weine ich|ich weine) (?:nur noch|ständig|die ganze zeit|jeden tag|ununterbrochen|"
        r"nur)\b(?! (?:vor|aus) (?:lachen|freude|glück|rührung))",
        r"(?:저는|나는|난|나) (?:매일|계속|맨날) 울어|눈물이 (?:멈추지 ?않|안 ?멈춰|계속 ?나)",
        r"(?:ninalia|nalia) (?:kila siku|sana|muda wote|tu)",
        r"(?:sürekli|hep|her gün|durmadan) ağlıyorum|ağlamaktan (?:duramıyorum|kendimi alamıyorum)",
    ),
}
