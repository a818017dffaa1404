"""Serbian and Croatian (Latin and Cyrillic): wanting to die or to kill oneself, not wanting to
live any more, a lethal dose asked for, following a dead wife or husband, a neighbour on a roof
who shouts that he will jump, "I can't any more like this", and the shame of borrowing for
medicine.

- "hoću da umrem", "ubiću se", "ne želim više da živim", "razmišljam o samoubistvu"
  (``intent``), "bolje bi bilo da me nema" (``passive``); dying of laughter or of boredom, "ne
  želim da umrem" and not wanting to live here any more (in this town) stay quiet.
- "ne mogu više ovako" (``check``); "ne mogu više jesti" after a meal stays quiet.
- "koliko ketamina je smrtonosna doza", "smrtonosna količina tableta", "колико таблета да
  умрем" (``method``): the full reply, whoever it is said to be for; a deadly virus or a lethal
  weapon with no dose stays quiet, as does how many tablets a day one may take.
- "па ћу да идем за својом женом", "otići ću za svojim pokojnim mužem" (``intent``); going after
  one's wife to the shop, to Germany or to work stays quiet.
- "susjed je na krovu i viče da će skočiti" (``other``); jumping into the sea, the pool or with
  a parachute stays quiet.
- "sramota me je što moram da pozajmljujem pare za lekove" (``distress``); ashamed of a goal
  missed in a match stays quiet.

Written folded (see ``crisis.lexicons``): "ć" and "č" read "c", "đ" reads "d"; pure.
"""

from crisis.lexicons.common import G

# a wife, a husband, a son or a mother, alive or late
_KIN = (
    r"(?:(?:svojom|mojom|pokojnom|svojom pokojnom) (?:ženom|suprugom|majkom|mamom|kćeri|ćerkom)|"
    r"(?:svojim|mojim|pokojnim|svojim pokojnim) (?:mužem|suprugom|sinom|ocem)|"
    r"(?:својом|мојом|покојном|својом покојном) (?:женом|супругом|мајком|ћерком)|"
    r"(?:својим|мојим|покојним|својим покојним) (?:мужем|супругом|сином|оцем))"
)
# somewhere one goes after a living wife: a shop, abroad, work, a town
_SOMEWHERE = r"(?! (?:u|na|do|kod|iz|по|у|на|до|код|из)\b)"

# a rat, a mouse, a dog or a cat: no person's dose
_NOT_ANIMAL = (
    r"(?!.{0,40}?(?:pacov|štakor|\bmiš(?:a|eve|evi)?\b|glodav|životinj|\bps(?:a|u)\b|\bpas\b|mačk|"
    r"пацов|\bмиш(?:а|еве)?\b|животињ))"
)

LEXICON = {
    "guard": (
        r"(?:umirem|umrem|umreću|umrijet ću) od (?:smijeha|smeha|dosade|gladi|vrućine|žeđi|"
        r"sramote|stida)|(?:ne želim|ne zelim|neću|necu) "
        r"(?:da )?(?:umrem|umrijeti|umreti)|(?:умирем|умрем) од (?:смеха|досаде|глади|срамоте|"
        r"стида)|не желим да умрем",
    ),
    "intent": (
        r"(?:želim|hoću|hoćem|hocu) (?:da )?(?:umrem|umrijeti|umreti|se ubijem|ubiti se)|"
        r"(?:ubiću|ubit ću|ubicu) se|oduzeću sebi život|(?:dići|dignuću|dignut ću) ruku na sebe",
        r"(?:ne želim|ne zelim|neću|ne mogu) (?:više |vise )?(?:da živim|živjeti|živeti)"
        r"(?! (?:ovde|ovdje|u|na|sa|s|kod|ovako sa)\b)",
        r"(?:razmišljam|mislim) (?:\w+ )?o (?:samoubistvu|samoubojstvu)",
        r"(?:желим|хоћу) да (?:умрем|се убијем)|убићу се|не (?:желим|могу) (?:више )?да живим"
        r"(?! (?:овде|у|на|са|код)\b)|размишљам (?:\w+ )?о самоубиству",
        r"(?:ću da idem|ću da odem|idem|otići ću|otić ću|odoh|poći ću|ću da pođem) za "
        + _KIN
        + _SOMEWHERE,
        r"(?:ћу да идем|ћу да одем|идем|отићи ћу|одох|поћи ћу|ћу да пођем) за " + _KIN + _SOMEWHERE,
    ),
    "passive": (
        r"bolje (?:bi )?(?:bilo )?(?:da me nema|bez mene)|(?:svima|svi) (?:bi )?(?:bilo )?"
        r"(?:bolje|bolji) bez mene|(?:volio|voljela|volela|voleo) bih da se (?:ne probudim|"
        r"više ne probudim)|боље (?:би )?(?:било )?да ме нема|свима би било боље без мене",
    ),
    "check": (r"ne mogu (?:više|vise) ovako|не могу више овако|ne vidim (?:nikakav )?izlaz",),
    "method": (
        r"(?:smrtonosn\w* (?:doz\w*|količin\w*)|letaln\w* doz\w*|смртоносн\w* (?:доз\w*|"
        r"количин\w*))" + _NOT_ANIMAL,
        r"koliko (?:\w+ ){0,3}?(?:je|bi bilo|treba)?" + G + r"(?:smrtonosno|da umrem|da se umre|"
        r"da se ubijem|da (?:me|čovjeka|čoveka) ubije)" + _NOT_ANIMAL,
        r"колико (?:\w+ ){0,3}?(?:је|треба)?"
        + G
        + r"(?:смртоносно|да умрем|да се умре|да се убијем)"
        + _NOT_ANIMAL,
    ),
    "other": (
        r"(?:kaže|kaze|govori|rekao|rekla|piše|napisao|napisala|prijeti|preti) (?:\w+ ){0,2}?da "
        r"(?:želi|zeli|hoće|hoce) (?:da )?(?:umre|umrijeti|umreti|se ubije)|"
        r"(?:prijeti|preti|prijetio|pretio|prijetila|pretila) (?:\w+ )?(?:samoubistvom|"
        r"samoubojstvom)",
        r"(?:susjed|susjeda|komšija|komšinica|komšiluk|prijatelj|prijateljica|brat|sestra|sin|kći|"
        r"ćerka|otac|tata|majka|mama|muž|supruga|dečko|cura|djevojka|devojka)\w* (?:\w+ ){0,8}?"
        r"(?:viče|vice|kaže|kaze|prijeti|preti|govori|vrišti) da će (?:da )?(?:se )?"
        r"(?:skočiti|skoči|ubiti|ubije)\b(?! (?:u more|u vodu|u bazen|u jezero|s padobranom|"
        r"padobranom|na bungee))",
        r"(?:комшија|комшиница|пријатељ|брат|сестра|син|ћерка|отац|тата|мајка|мама|муж)\w* "
        r"(?:\w+ ){0,8}?(?:виче|каже|прети|говори|вришти) да ће (?:да )?(?:се )?(?:скочити|скочи|"
        r"убити|убије)\b(?! (?:у море|у воду|у базен|падобраном))",
    ),
    "distress": (
        r"(?:sramota|stid) me je (?:što|sto|da|jer) (?:\w+ ){0,2}?(?:moram|nemam|ne mogu|živim)|"
        r"stidim se (?:što|sto|da|jer) (?:\w+ ){0,2}?(?:moram|nemam|ne mogu)",
        r"срамота ме је (?:што|да|јер) (?:\w+ ){0,2}?(?:морам|немам|не могу)",
        r"nemam (?:ni )?(?:za lekove|za lijekove|za struju|za hranu|od čega da živim)",
    ),
}
