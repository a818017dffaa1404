"""A voice that tells the writer to kill or hurt themselves, to jump or to step in front of a bus
or a train ("la voz me dice que me tire delante del autobús", "голос говорит мне шагнуть под
автобус"): the full reply, in Spanish, Portuguese, Italian, French, German, Russian, Ukrainian,
Polish, Turkish, Indonesian and Tagalog. A voice that commands harm is a crisis however calmly
it is told, and "today I nearly listened" makes it plainer still.

A voice that says something else (the satnav's "turn left", a mother's "wear a coat") has no
harm after it and is not matched; a film's or a novel's voice is a story, as the lexicons read
one everywhere. Written folded (see ``crisis.lexicons``); pure.
"""

_HARM_ES = (
    r"(?:me )?(?:mate|matarme|suicide|suicidarme|tire|tirarme|lance|lanzarme|corte|cortarme|"
    r"ahorque|ahorcarme|haga daño|hacerme daño|muera|morirme|salte|saltar)"
)
_HARM_PT = (
    r"(?:eu )?(?:me )?(?:mate|matar|me matar|suicide|me jogar|me jogue|jogue|pule|pular|me "
    r"corte|me cortar|me enforque|me enforcar|morra|morrer|me machuque|me machucar)"
)

LEXICON = {
    "intent": (
        # Spanish, Portuguese
        r"(?:voz|voces) (?:\w+ ){0,2}?(?:me )?(?:dice|dicen|ordena|ordenan|"
        r"pide|piden|manda|mandan|repite|repiten|grita|gritan) (?:\w+ ){0,2}?que " + _HARM_ES,
        r"(?:voz|vozes) (?:\w+ ){0,2}?(?:me )?(?:diz|dizem|manda|mandam|pede|pedem|"
        r"ordena|grita|gritam|fala|falam) (?:\w+ ){0,2}?(?:pra |para |que )?" + _HARM_PT,
        # Italian, French, German
        r"voc[ei] (?:\w+ ){0,2}?(?:mi (?:dice|dicono|ordina|ordinano|urla|"
        r"urlano|ripete)|(?:continua|continuano) a (?:dirmi|ripetermi)) (?:\w+ ){0,2}?di (?:uccide"
        r"rmi|ammazzarmi|buttarmi|lanciarmi|tagliarmi|"
        r"impiccarmi|farla finita|morire)",
        r"voix (?:\w+ ){0,2}?me (?:dit|disent|ordonne|ordonnent|crie|"
        r"crient|répète) (?:\w+ ){0,2}?de (?:me tuer|me jeter|sauter|me pendre|me couper|mourir|"
        r"me faire du mal)",
        r"stimme(?:n)? (?:\w+ ){0,3}?(?:sagt|sagen|befiehlt|befehlen|schreit|"
        r"schreien) (?:\w+ ){0,3}?(?:ich soll|ich solle|dass ich) (?:\w+ ){0,4}?(?:umbringen|"
        r"töten|springen|aufhängen|schneiden|sterben|vor den zug|vor den bus|vor das auto)",
        # Russian, Ukrainian, Polish
        r"голос\w* (?:\w+ ){0,2}?(?:говор\w*|велит|велят|приказыва\w*|шепч\w*|твердит|кричит|"
        r"кричат|каже|кажуть|наказу\w*) (?:\w+ ){0,2}?(?:мне |мені )?(?:чтобы |щоб )?(?:\w+ )?"
        r"(?:убить себя|убил\w* себя|покончить с собой|прыгнуть|прыгнула|прыгнул|шагнуть|"
        r"броситься|повеситься|порезать себя|умереть|вбити себе|вбила себе|вбив себе|стрибнути|"
        r"кинутися|повіситися|померти)",
        r"głos\w* (?:\w+ ){0,2}?(?:mówi|mówią|każe|każą|szepcze|krzyczy) (?:\w+ ){0,2}?(?:mi )?"
        r"(?:żebym|bym|abym) (?:\w+ )?(?:się zabił\w*|skoczył\w*|rzucił\w* się|powiesił\w*|"
        r"pociął\w*|umarł\w*)",
        # Turkish, Indonesian, Tagalog
        r"(?:ses|sesler) (?:\w+ ){0,2}?(?:bana )?(?:kendimi )?(?:öldürmemi|atlamamı|asmamı|kesmemi|"
        r"ölmemi|atmamı) (?:\w+ )?(?:söylüyor|söylüyorlar|istiyor|emrediyor)",
        r"suara (?:\w+ ){0,2}?(?:nyuruh|menyuruh|bilang|bisikin|memerintah\w*) (?:aku|saya|gue) "
        r"(?:\w+ )?(?:bunuh diri|loncat|lompat|terjun|gantung diri|mati|nyilet|potong nadi)",
        r"(?:boses|tinig) (?:\w+ ){0,3}?(?:nagsasabi|sinasabi|nag uutos|inuutusan) (?:\w+ ){0,3}?"
        r"(?:magpakamatay|tumalon|magbigti|saktan ang sarili ko|mamatay|laslasin)",
    ),
}
