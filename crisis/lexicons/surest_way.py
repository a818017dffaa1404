"""A way or a drug asked by how surely or how fast it ends things, with nothing named for it to
work on: "which method is surest if one really wants to go through with it", "which medicine
kills fastest if I take the whole strip at once", and a whole pack asked whether it kills; the
surest way asked with the fear of surviving it disabled ("non voglio restare invalida"). The
full reply, in German, Portuguese, Spanish, Italian and French.

A safe way to ski or to climb, asked for fear of ending up in a wheelchair, names its activity
and stays quiet, as do a method asked for an exam, quitting smoking or losing weight, and a drug
that kills pain, lice, bacteria or weeds fastest. Written folded (see ``crisis.lexicons``); pure.
"""

# An aim named anywhere in the message: the method is for an exam, a habit, a diet or a test.
_NOT_AN_END = (
    r"(?!.*\b(?:prüfung|examen|exame|esame|abnehm\w*|abzunehmen|rauch\w*|aufzuhören|verhüt\w*|"
    r"diät|diat|schwanger\w*|führerschein|bewerbung|prova|concurso|vestibular|dieta|emagrec\w*|"
    r"fumar|fumare|fumer|smettere|arrêter|adelgaz\w*|dimagri\w*|maigrir|"
    r"gravidez|embarazo|gravidanza|grossesse|contracep\w*|anticoncep\w*|examen|exam|test|"
    r"marathon|maratona|maratón|sparen|economizar|ahorrar|risparmiare|économiser)\b)"
)
# What a drug is asked to kill: pain, pests, germs, weeds or an illness, not the one who takes it.
_NOT_A_PEST = (
    r"(?!.*\b(?:dor|dolor|dolore|douleur|schmerz\w*|piolho\w*|piojo\w*|pidocchi|poux|läuse|"
    r"barata\w*|cucaracha\w*|scarafagg\w*|cafards?|kakerlak\w*|bactéria\w*|bacteria\w*|batteri|"
    r"bactéries?|bakterien|fungo\w*|hongo\w*|funghi|champignons?|pilz\w*|verme\w*|gusano\w*|"
    r"vermi|würmer|inseto\w*|insecto\w*|insett\w*|insectes?|insekt\w*|rato\w*|rata\w*|"
    r"ratón|ratones|topi|ratti|rats?|souris|ratten|mäuse|formiga\w*|hormiga\w*|formiche|"
    r"fourmis|ameisen|pulga\w*|pulci|puces|flöhe|carrapato\w*|garrapata\w*|zecche|tiques|zecken|"
    r"erva\w*|maleza\w*|hierba\w*|erbacce|mauvaises herbes|unkraut|vírus|virus|viren|"
    r"germe\w*|germen|gérmenes|mosquito\w*|zanzar\w*|moustiques?|mücken|gripe|febre|fiebre|"
    r"febbre|fièvre|fieber|infecção|infección|infezione|infection|infektion|câncer|cancer|"
    r"cancro|krebs|tumor\w*|tumore|cão|cachorro|perro|cane|chien|hund|gato|gatto|chat|katze|"
    r"planta\w*|pianta|plante|pflanze)\b)"
)

_SUREST_WAY = (
    # German: "welche Methode ist am sichersten, wenn man es wirklich schaffen will"
    r"(?:(?:welche|was für eine|was fur eine|was ist die) (?:methode|art|weise|möglichkeit|weg) "
    r"(?:\w+ ){0,3}?(?:am sichersten|sicherste|am zuverlässigsten|zuverlässigste|todsicher\w*)|"
    r"(?:sicherste|zuverlässigste|todsichere) (?:methode|art|weise|möglichkeit|weg)) "
    r"(?:\w+ ){0,4}?(?:es|das) (?:\w+ ){0,2}?(?:schaffen|durchziehen|hinkriegen) "
    r"(?:will|möchte|wollen|mochte|muss)(?! (?:\w+ ){0,3}?(?:mit|zu|\w+zu\w+)\b)",
    r"(?:welche|was für eine) (?:methode|art|weise|möglichkeit) (?:\w+ ){0,3}?(?:am sichersten|"
    r"sicherste|am zuverlässigsten|zuverlässigste) (?:\w+ ){0,4}?(?:damit|dass) (?:es|man) "
    r"(?:\w+ ){0,2}?(?:klappt|funktioniert|nicht gerettet wird|nicht mehr aufwacht)\s*$",
    # Portuguese, Spanish: surest so as not to fail, or for it to really work
    r"(?:qual|que) (?:o )?(?:método|metodo|jeito|forma|maneira) (?:\w+ ){0,3}?(?:mais )?"
    r"(?:garantido|seguro|certeiro|infalível) (?:\w+ ){0,3}?(?:pra|para) (?:não falhar|nao falhar|"
    r"dar certo de verdade|funcionar de verdade|não ter volta|nao ter volta)\s*$",
    r"(?:cuál|cual|qué|que) (?:es )?(?:el )?(?:método|metodo|forma|manera) (?:\w+ ){0,3}?(?:más )?"
    r"(?:seguro|segura|infalible|efectivo|efectiva) (?:\w+ ){0,3}?(?:para|si) (?:no fallar|"
    r"no fallarlo|de verdad (?:quieres|quiero|uno quiere) (?:lograrlo|conseguirlo)|que no haya "
    r"vuelta atrás|que no haya vuelta atras)\s*$",
    # Italian, French: "per non sbagliare / riuscirci davvero", "pour ne pas se rater"
    r"(?:quale|che) (?:è )?(?:il )?(?:metodo|modo) (?:\w+ ){0,3}?(?:più )?(?:sicuro|infallibile) "
    r"(?:\w+ ){0,3}?(?:per|se) (?:non fallire|riuscirci davvero|non sbagliare|si vuole davvero "
    r"riuscirci)\s*$",
    r"(?:quelle|quel) (?:est )?(?:la |le )?(?:méthode|methode|moyen|façon|facon) (?:\w+ ){0,3}?"
    r"(?:le |la )?(?:plus )?(?:sûr|sûre|sur|sure|efficace|infaillible) (?:\w+ ){0,3}?pour "
    r"(?:ne pas (?:se|me) rater|ne pas (?:se|me) louper|être sûr dy arriver|etre sur dy arriver)",
    # the surest way asked, then the fear of surviving it disabled: "qual è il modo più sicuro per
    # non sbagliare? non voglio restare invalida", "no quiero quedar en silla de ruedas"
    r"(?:quale?|che) (?:è )?(?:il )?(?:metodo|modo) (?:\w+ ){0,3}?(?:più )?(?:sicuro|infallibile|"
    r"certo) (?:per (?:non sbagliare|non fallire|riuscirci|non sbagliarmi)(?: davvero)? )?"
    r"(?:\w+ )?(?:non voglio|senza) (?:restare|rimanere|finire|ritrovarmi) (?:\w+ )?"
    r"(?:invalid|paralizzat|paralitic|tetraplegic|paraplegic|in coma|vegetale|su una sedia|"
    r"in sedia)",
    r"(?:cuál|cual|qué|que) (?:es )?(?:el |la )?(?:método|metodo|forma|manera) (?:\w+ ){0,3}?"
    r"(?:más |mas )?(?:segur[oa]|infalible|efectiv[oa]) (?:(?:para|de) (?:no fallar|no "
    r"fallarlo|lograrlo|no equivocarme) )?(?:\w+ )?(?:no quiero|sin) (?:quedar|quedarme|acabar|"
    r"terminar) (?:\w+ )?(?:inválid|invalid|paralític|paralitic|tetrapléjic|tetraplejic|"
    r"parapléjic|paraplejic|en coma|vegetal|en silla de ruedas|en una silla)",
    r"(?:qual|que) (?:é )?(?:o )?(?:método|metodo|jeito|forma|maneira) (?:\w+ ){0,3}?(?:mais )?"
    r"(?:garantid[oa]|segur[oa]|certeir[oa]|infalível) (?:(?:pra|para|de) (?:não falhar|nao "
    r"falhar|não errar|nao errar|dar certo) )?(?:\w+ )?(?:não quero|nao quero|sem) (?:ficar|"
    r"acabar|terminar) (?:\w+ )?(?:inválid|invalid|paralític|paralitic|tetraplégic|tetraplegic|"
    r"paraplégic|paraplegic|em coma|vegetal|numa cadeira|em cadeira de rodas)",
)

_KILLS_FASTEST = (
    # a drug asked by how fast it kills, no pest or pain named for it
    r"(?:qual|que|quais) (?:o )?(?:remédio|remedio|medicamento|comprimido|pílula|pilula|veneno|"
    r"droga|substância|substancia)\w* (?:\w+ ){0,2}?(?:mata|matam) (?:\w+ )?(?:mais )?(?:rápido|"
    r"rapido|depressa|rapidinho)",
    r"(?:qué|que|cuál|cual) (?:\w+ )?(?:medicina|medicamento|pastilla|remedio|veneno|droga|"
    r"pastillas)\w* (?:\w+ ){0,2}?(?:mata|matan) (?:\w+ )?(?:más |mas )?(?:rápido|rapido|"
    r"rápidamente|rapidamente)",
    r"(?:quale|che) (?:farmaco|medicina|medicinale|pastiglia|pillola|veleno)\w* (?:\w+ ){0,2}?"
    r"(?:uccide|ammazza) (?:\w+ )?(?:più )?(?:velocemente|in fretta|rapidamente|prima)",
    r"(?:quel|quelle) (?:médicament|medicament|poison|cachet|comprimé|comprime|pilule)\w* "
    r"(?:\w+ ){0,2}?tue (?:\w+ )?(?:le plus )?(?:vite|rapidement)",
    r"(?:welches|welche|welcher) (?:medikament|tablette|gift|pille|mittel)\w* (?:\w+ ){0,2}?"
    r"(?:tötet|killt) (?:\w+ )?(?:am )?(?:schnellsten|sichersten)",
    # a whole pack asked whether it kills: "se tomar a cartela toda eu morro"
    r"(?:se|si) (?:eu |yo |io )?(?:me )?(?:tomar|tomo|tomasse|tomara|tomase|engolir|prendo|"
    r"prendessi) "
    r"(?:a |uma |la |una |el |il |lintera |l )?(?:cartela|caixa|blister|caja|scatola|confezione) "
    r"(?:\w+ )?(?:toda|inteira|entera|completa|intera)? ?(?:\w+ ){0,4}?(?:morro|morre|mata|"
    r"me mata|muero|me muero|muoio|è fatale|e fatale|é fatal|es fatal)\b",
)

LEXICON = {
    "method": (
        "^(?:(?=.*(?:"
        + "|".join(_SUREST_WAY)
        + "))"
        + _NOT_AN_END
        + "|(?=.*(?:"
        + "|".join(_KILLS_FASTEST)
        + "))"
        + _NOT_A_PEST
        + ")",
    ),
}
