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

# one's own or late wife, husband, son or mother (Latin or Cyrillic)
_KIN = (
    r"(?:svoj|moj|pokojn|свој|мој|покојн)\w* (?:pokojn\w* |покојн\w* )?(?:žen|supru|muž|majk|mam|"
    r"sin|ćerk|kćer|oc|жен|супру|муж|мајк|син|ћерк|оц)\w*\b"
)
# somewhere one goes after a living wife: a shop, abroad, work, a town
_SOMEWHERE = r"(?! (?:u|na|do|kod|iz|у|на|до|код|из)\b)"

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
        r"(?:ću da (?:idem|odem|pođem)|idem|otići ću|otić ću|odoh|poći ću|"
        r"ћу да (?:идем|одем|пођем)|идем|отићи ћу|одох|поћи ћу) (?:za|за) " + _KIN + _SOMEWHERE,
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
        # says or shouts that he will jump, kill himself or wants to die (not into the sea)
        r"(?:viče|vice|kaže|kaze|govori|vrišti|prijeti|preti|rekao|rekla|piše|napisao|napisala|"
        r"виче|каже|говори|вришти|прети) (?:\w+ ){0,2}?da (?:će|ce|želi|zeli|hoće|hoce|ће|жели|"
        r"хоће) (?:da )?(?:se )?(?:skoč|ubi|umr|скоч|уби|умр)\w*\b(?! (?:u|у) (?:more|vodu|bazen|"
        r"jezero|море|воду|базен))",
        r"(?:prijeti|preti|prijetio|pretio|prijetila|pretila) (?:\w+ )?(?:samoubistvom|"
        r"samoubojstvom)",
    ),
    "distress": (
        r"(?:sramota|stid) me je (?:što|sto|da|jer) (?:\w+ ){0,2}?(?:moram|nemam|ne mogu|živim)|"
        r"stidim se (?:što|sto|da|jer) (?:\w+ ){0,2}?(?:moram|nemam|ne mogu)",
        r"срамота ме је (?:што|да|јер) (?:\w+ ){0,2}?(?:морам|немам|не могу)",
        r"nemam (?:ni )?(?:za lekove|za lijekove|za struju|za hranu|od čega da živim)",
    ),
}

# Words one of the phrases above always holds, read first in their place (``crisis.languages``).
LEXICON["prefilter"] = (
    r"smrtonosn|letaln|смртоносн|koliko|колико|želim|hoću|hoćem|hocu|ubiću|ubit|ubicu|oduzeću|"
    r"ruku na sebe|neću|ne mogu|razmišljam|mislim|желим|хоћу|убићу|не могу|размишљам|bolje|"
    r"svima|svi|volio|voljela|volela|voleo|боље|свима|idem|odem|otići|otić|odoh|poći|pođem|идем|"
    r"одем|отићи|одох|поћи|пођем|kaže|kaze|govori|rekao|rekla|piše|napisao|napisala|prijeti|"
    r"preti|prijetio|pretio|prijetila|pretila|viče|vice|vrišti|виче|каже|прети|говори|вришти|"
    r"sramota|stid|stidim|срамота|nemam|ne vidim",
)
