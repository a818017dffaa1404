"""A way of dying thought of, told in the perfect or the past or without a preposition, in
Spanish, Portuguese, Italian, German, Arabic, Russian, Ukrainian, Polish, Indonesian, Tagalog and
Persian, where the lexicons read only the present ("pensando en tirarme") or the plain wish:

- ``intent``: "he pensado en tirarme del puente", "pensé en matarme", "já pensei em me jogar da
  ponte", "ho pensato di buttarmi dal ponte", "habe daran gedacht, von der Brücke zu springen",
  Arabic "أفكر أرمي نفسي من الجسر", "فكرت انتحر" (the dialects drop the "في" or "أن"), "думала
  броситься с моста", "myślałam, żeby skoczyć z mostu", "kepikiran loncat dari jembatan",
  "naisip kong tumalon sa tulay", "به پریدن از پل فکر کردم". A way
  that needs a place (throwing or jumping oneself) counts only with a high place or the tracks
  named after it, so the pool, the sofa and work ("buttarmi nel lavoro") stay quiet; killing,
  hanging or ending one's life need nothing more.
- ``guard``: lying down on the sofa or the bed ("voy a tirarme en la cama y ver una peli", "me
  jogar no sofá"), and a parachute or a bungee jump ("прыгнуть с парашютом"), which the
  present-tense phrases read as a jump.
- ``past`` and ``recovered``: a thought told as over ("el año pasado pensé en quitarme la vida,
  pero con terapia salí adelante, hoy celebro 1 año bien"): a story, no reply.

Written folded (see ``crisis.lexicons``); pure.
"""

# Up to three words between.
G = r"(?:\w+ ){0,3}?"
W = r"(?:[^ ]+ ){0,3}?"

# --- Spanish -------------------------------------------------------------------------------------
_THOUGHT_ES = (
    r"(?:he pensado|había pensado|habia pensado|pensé|pense|he estado pensando|llevo \w+ "
    r"pensando|me he puesto a pensar|he llegado a pensar|llegué a pensar|he considerado|"
    r"consideré) (?:\w+ )?(?:en|que podría|que podria|en que podría)"
)
_HIGH_ES = (
    r"(?:del|de un|de una|desde el|desde la|desde un|de la|al|a las|a la|por la|por el|bajo el|"
    r"delante del|frente al) (?:\w+ ){0,2}?(?:puente|edificio|azotea|techo|tejado|balcón|"
    r"ventana|acantilado|viaducto|precipicio|piso|vías|via|vía|tren|metro|camión|autopista|"
    r"barranco|mirador)"
)
_KILL_ES = (
    r"(?:matarme|suicidarme|quitarme la vida|acabar con mi vida|terminar con mi vida|colgarme|"
    r"ahorcarme|cortarme las venas|envenenarme|dejar de vivir|desaparecer para siempre)"
)
_LEAP_ES = r"(?:tirarme|lanzarme|aventarme|arrojarme|botarme|saltar)"

# --- Portuguese ----------------------------------------------------------------------------------
_THOUGHT_PT = (
    r"(?:pensei|tenho pensado|ando pensando|andei pensando|cheguei a pensar|estive "
    r"pensando|pensava|considerei) (?:\w+ )?(?:em|que podia|que poderia)"
)
_HIGH_PT = (
    r"(?:da|do|de uma|de um|na frente do|na frente de um|embaixo do|debaixo do|nos|no) "
    r"(?:\w+ ){0,2}?(?:ponte|prédio|predio|viaduto|janela|sacada|varanda|telhado|terraço|"
    r"penhasco|trilhos|trem|metrô|metro|caminhão|andar|laje)"
)
_KILL_PT = (
    r"(?:me matar|me suicidar|tirar (?:a )?minha (?:própria )?vida|acabar com (?:a )?minha vida|"
    r"me enforcar|cortar os pulsos|me envenenar|sumir para sempre)"
)
_LEAP_PT = r"(?:me jogar|me atirar|me lançar|pular|saltar)"

# --- Italian -------------------------------------------------------------------------------------
_THOUGHT_IT = (
    r"(?:ho pensato|avevo pensato|pensavo|sto pensando|ho considerato|mi è venuto in mente|"
    r"ho valutato) (?:\w+ )?(?:di|a)"
)
_HIGH_IT = (
    r"(?:dal|dalla|da un|da una|dallo|sotto il|sotto un|sotto al|sui|sotto al|davanti al) "
    r"(?:\w+ ){0,2}?(?:ponte|palazzo|tetto|terrazzo|balcone|finestra|scogliera|viadotto|binari|"
    r"treno|metro|camion|piano|cavalcavia|dirupo)"
)
_KILL_IT = (
    r"(?:uccidermi|ammazzarmi|suicidarmi|togliermi la vita|farla finita|impiccarmi|tagliarmi le "
    r"vene|avvelenarmi)"
)
_LEAP_IT = r"(?:buttarmi|gettarmi|lanciarmi|saltare)"

# --- German --------------------------------------------------------------------------------------
_THOUGHT_DE = (
    r"(?:habe|hab|hatte|hab schon|habe schon|hatte schon) (?:\w+ ){0,3}?(?:daran |dran )?"
    r"(?:gedacht|überlegt|nachgedacht)(?: darüber)?"
)
_HIGH_DE = (
    r"(?:von der|von einer|vom|von einem|vor den|vor einen|vor die|aus dem) (?:\w+ ){0,2}?"
    r"(?:brücke|dach|hochhaus|balkon|fenster|klippe|zug|u bahn|lkw|turm|parkhaus|staumauer)"
)
_KILL_DE = (
    r"(?:mich (?:\w+ )?umzubringen|mir (?:\w+ )?das leben zu nehmen|mich (?:\w+ )?zu töten|"
    r"mich (?:\w+ )?aufzuhängen|mich (?:\w+ )?zu erhängen|allem ein ende zu (?:setzen|machen))"
)

# --- Arabic: the dialects drop "في" and "أن" ("أفكر أرمي نفسي") -----------------------------------
_THOUGHT_AR = r"(?:افكر|بفكر|عم فكر|عم بفكر|فكرت|كنت افكر|قاعد افكر|جالس افكر|صرت افكر)"
_HIGH_AR = (
    r"(?:ال)?(?:جسر|كوبري|سطح|شباك|نافذه|بلكونه|بلكون|شرفه|مبنى|عماره|برج|طابق|قطار|مترو|"
    r"جبل|منحدر)"
)

# --- Russian, Ukrainian, Polish: a jump or a throw thought of, with its height --------------------
_JUMP_RU = (
    r"(?:думал|думала|подумывал|подумывала|думаю|подумываю|задумывался|задумывалась)(?: о том)?"
    r"(?: чтобы| чтоб)? (?:броситься|прыгнуть|спрыгнуть|кинуться|шагнуть) (?:с|под|из) "
    r"(?:\w+ )?(?:моста|крыши|окна|балкона|поезд|электричк|многоэтажк|высотк|обрыва)\w*"
)
_JUMP_UK = (
    r"(?:думав|думала|думаю|подумувала|подумував)(?: про те)?(?: щоб)? (?:кинутися|стрибнути|"
    r"зістрибнути|скочити) (?:з|із|під) (?:\w+ )?(?:мосту|даху|вікна|балкона|потяг|поїзд|"
    r"електричк|багатоповерхівк|висотк|урвищ)\w*"
)
_JUMP_PL = (
    r"(?:myślałam|myślałem|myślę|rozważałam|rozważałem)(?: o tym)?(?: żeby| by| aby)? (?:skoczyć|"
    r"rzucić się) (?:z|pod) (?:\w+ )?(?:mostu|dachu|okna|balkonu|pociąg|wieżowca|bloku|"
    r"klifu)\w*|(?:myślałam|myślałem) o (?:skoczeniu|rzuceniu się) (?:z|pod) (?:\w+ )?(?:mostu|"
    r"dachu|okna|balkonu|pociąg|wieżowca|bloku)\w*"
)
# --- Indonesian, Tagalog, Persian -----------------------------------------------------------------
_JUMP_ID = (
    r"(?:kepikiran|terpikir|kepikir|berpikir|mikir) (?:\w+ )?(?:buat |untuk |mau |pengen |ingin )?"
    r"(?:loncat|lompat|terjun|melompat|nyebur) (?:\w+ ){0,2}?(?:dari|ke) (?:\w+ )?(?:jembatan|"
    r"gedung|atap|lantai|rel|flyover|tebing|apartemen)"
)
_JUMP_TL = (
    r"(?:naisip|naiisip|iniisip|inisip) (?:ko|kong|ko nang|ko na|ko na lang) (?:na )?(?:tumalon|"
    r"tatalon) (?:na lang )?(?:sa|mula sa|galing sa) (?:\w+ )?(?:tulay|building|gusali|bubong|"
    r"rooftop|riles|flyover|bangin)|(?:naisip|naiisip|iniisip) (?:ko|kong) (?:na )?"
    r"(?:magpasagasa|magbigti|magpakamatay|saksakin ang sarili ko)"
)
_JUMP_FA_SAID = (
    r"فکر (?:میکنم|کردم|می کنم) (?:که )?(?:خودمو|خودم را|خودمو) (?:از )?(?:[^ ]+ )?(?:پل|پشت بام|"
    r"ساختمان|بالکن|پنجره|برج) (?:پرت کنم|بندازم|بیندازم|پایین بندازم)"
)
_JUMP_UR = (
    r"(?:پل|چھت|عمارت|بلڈنگ|ٹرین|ریل) (?:سے|کے آگے|کے سامنے) (?:چھلانگ لگانے|کودنے|چھلانگ مارنے) "
    r"کا (?:سوچ|سوچا|سوچتا|سوچتی)"
)
_JUMP_FA = (
    r"(?:پریدن|پرت کردن خودم|خودمو پرت کردن) از (?:[^ ]+ )?(?:پل|پشت بام|ساختمان|بالکن|"
    r"پنجره|برج) (?:[^ ]+ )?فکر (?:کردم|میکنم|کرده ام|کردهام)"
)

LEXICON = {
    # A thought told as past is often told as over: last year, and well now with therapy.
    "past": (
        r"el (?:año|verano|invierno|otoño) pasado|hace (?:un|dos|tres|unos|varios) (?:año|años|"
        r"meses)|(?:no )?ano passado|há (?:um|dois|uns|alguns) (?:ano|anos|meses)|l anno scorso|"
        r"(?:un|qualche) anno fa|l année dernière|l an dernier|il y a (?:un|deux) (?:an|ans|mois)|"
        r"letztes jahr|vor einem jahr|vor (?:ein paar|einigen) monaten",
    ),
    "recovered": (
        r"salí adelante|celebro (?:\w+ ){0,2}?(?:año|años|meses)|con (?:la )?terapia (?:salí|"
        r"mejoré|estoy bien)|saí dessa|dei a volta por cima|comemoro (?:\w+ ){0,2}?(?:ano|anos|"
        r"meses)|festeggio (?:\w+ ){0,2}?(?:anno|anni|mesi)|je fête (?:\w+ ){0,2}?(?:an|ans|mois)|"
        r"feiere (?:\w+ ){0,2}?(?:jahr|jahre|monate)|dank (?:der )?therapie (?:geht es mir|bin ich"
        r")",
    ),
    "guard": (
        # lying down, not a fall
        r"(?:tirarme|tirarse|tírate|echarme|aventarme) (?:un rato )?(?:en|sobre) (?:el |la |mi |"
        r"un |una )?(?:sofá|sofa|sillón|sillon|cama|suelo|césped|cesped|pasto|hamaca|playa|"
        r"arena|colchón|colchon|piscina|alberca|pileta)|tirarme a la bartola",
        r"me jogar (?:no|na|num|numa) (?:sofá|sofa|cama|chão|chao|rede|piscina|praia|trabalho|"
        r"estudos)|buttarmi (?:sul|sul mio|nel|nella|a) (?:divano|letto|lavoro|studio|piscina|"
        r"mischia)",
        # a parachute or a bungee jump, planned for fun
        r"(?:прыгн|прыжок|прыжк|стрибн|стрибок|стрибк)\w* (?:\w+ )?(?:с парашют\w*|з парашут\w*|"
        r"с тарзанк\w*|з тарзанк\w*|на банджи|банджи)|skok\w* (?:\w+ )?(?:na bungee|ze "
        r"spadochron\w*)",
    ),
    "intent": (
        # Spanish: thought of, in the perfect or the past
        _THOUGHT_ES + r" (?:\w+ )?" + _KILL_ES,
        _THOUGHT_ES + r" (?:\w+ )?" + _LEAP_ES + r" " + G + _HIGH_ES,
        r"se me (?:ha pasado|pasó|paso|pasa) por la cabeza "
        + G
        + "(?:"
        + _KILL_ES
        + "|"
        + _LEAP_ES
        + r" "
        + G
        + _HIGH_ES
        + ")",
        # Portuguese
        _THOUGHT_PT + r" (?:\w+ )?" + _KILL_PT,
        _THOUGHT_PT + r" (?:\w+ )?" + _LEAP_PT + r" " + G + _HIGH_PT,
        # Italian
        _THOUGHT_IT + r" (?:\w+ )?" + _KILL_IT,
        _THOUGHT_IT + r" (?:\w+ )?" + _LEAP_IT + r" " + G + _HIGH_IT,
        # German: "habe daran gedacht, mich umzubringen", "... von der Brücke zu springen"
        _THOUGHT_DE + r" (?:\w+ ){0,2}?" + _KILL_DE,
        _THOUGHT_DE + r" (?:\w+ ){0,2}?" + _HIGH_DE + r" (?:\w+ )?(?:zu springen|zu stürzen|"
        r"zu werfen|zu laufen)",
        # Russian, Ukrainian, Polish, Indonesian, Tagalog, Persian
        _JUMP_RU,
        _JUMP_UK,
        _JUMP_PL,
        _JUMP_ID,
        _JUMP_TL,
        _JUMP_FA,
        _JUMP_FA_SAID,
        _JUMP_UR,
        # Arabic: a poison thought of ("أفكر أشرب سم الفئران")
        _THOUGHT_AR + r" (?:ان |اني |انی |ب|في |بال)?(?:ا|ال)?(?:شرب|بلع|اخذ) (?:[^ ]+ )?(?:سم|"
        r"السم|مبيد|المبيد|كلور|الكلور|ديتول)",
        # Arabic: "أفكر أرمي نفسي من الجسر", "فكرت اقفز من السطح", "بفكر انتحر"
        _THOUGHT_AR + r" (?:ان |في ان |اني |انی |ب|في |بال|بس )?(?:ا|ال)?(?:رمي (?:نفسي|نفسی|"
        r"حالي|حالی)|قفز|نط|طب) " + W + r"(?:من|تحت|قدام|امام) " + W + _HIGH_AR,
        _THOUGHT_AR + r" (?:ان |في ان |اني |انی |ب|في |بال|بس )?(?:انتحر|الانتحار|"
        r"اقتل (?:نفسي|نفسی)|"
        r"قتل (?:نفسي|نفسی)|اشنق (?:نفسي|نفسی)|شنق (?:نفسي|نفسی)|انهي حياتي|انهی حیاتی|انهاء "
        r"(?:حياتي|حیاتی))",
    ),
}
