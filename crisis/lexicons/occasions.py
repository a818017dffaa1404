"""What excuses a date chosen or a rope bought (``prepare``) when the date is a wedding's, a
move's or an appointment's, and the rope is for skipping, washing or a tent: "ya tengo la fecha
de la boda", "j'ai choisi la date du mariage", "я вибрала дату весілля", "j'ai acheté une corde
à sauter", "я купила мотузку для білизни".

Only the date OF the occasion: a date set AFTER one ("la fecha, después de la boda de mi
hermana") is a date chosen after a family event, a plan, and is not excused.

Written folded (see ``crisis.lexicons``); pure.
"""

_OCCASION_ES = r"(?:boda|fiesta|mudanza|cita|entrevista|graduación|viaje|cirugía|operación|bautizo)"
_OCCASION_PT = r"(?:casamento|festa|mudança|viagem|consulta|entrevista|formatura|cirurgia|batizado)"

LEXICON = {
    "later": (
        r"fecha (?:de|para) (?:la |mi |nuestra |el |mi )?" + _OCCASION_ES,
        r"cuerda (?:para|de) (?:saltar|tender|la ropa|escalar|la tienda)",
        r"data (?:do|da|de|pro|pra) (?:meu |minha |nosso |nossa )?" + _OCCASION_PT,
        r"corda (?:de|para|pra) (?:pular|varal|estender|escalar|a barraca)",
        r"date (?:du|de mon|de notre|de la|de l|de ma) (?:mariage|fête|déménagement|voyage|"
        r"rendez vous|entretien|opération|baptême|anniversaire)",
        r"corde (?:à|a) (?:sauter|linge)|corde (?:pour|d) (?:escalade|la tente|étendre)",
        r"дату (?:весілля|свята|переїзду|поїздки|операції|зустрічі|хрестин|прийому)",
        r"мотузк\w* (?:для|на) (?:білизн\w*|намет\w*)|скакалк\w*",
        r"дату (?:свадьбы|праздника|переезда|поездки|операции|встречи|крестин|приёма|приема)",
        r"верёвк\w* (?:для|под) (?:белья|белье|палатк\w*)",
        r"(?:datum|termin) (?:für die|für den|der|unserer|meiner|unseres|meines) (?:hochzeit|feier|"
        r"party|umzug|umzugs|reise|op|taufe)",
        r"kamba ya (?:kuanikia|kufungia mizigo|nguo|hema|kuruka)",
    ),
}
