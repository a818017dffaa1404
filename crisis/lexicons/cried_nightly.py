"""Crying every night, a great emptiness hidden from others, and the last treatment that failed
too, in Spanish, Portuguese, Ukrainian and Russian.

"lloro todas las noches pero sigo por mis hijos", "choro no banho pra ninguém ver", "плачу
кожен вечір, але тримаюся", "sinto um vazio enorme": the caring reply. "la ketamina tampoco
funcionó, ya no hay nada más, se acabó para mí", "la esketamina no me hizo nada. para qué
seguir": the last hope gone, the ``despair`` kind, the full reply (not going on with the
sessions). Reading about depression for work or study ("цікаво читати про депресію") is
guarded. Written folded (see ``crisis.lexicons``); pure.
"""

# A treatment that was hoped for: ketamine, esketamine, electroconvulsive therapy, the last one
_TREATMENT = (
    r"(?:ketamina|esketamina|escetamina|tratamento|tratamiento|remédio|medicación|terapia|"
    r"eletrochoque|electroshock)"
)

LEXICON = {
    "guard": (
        # depression read about, studied or worked with
        r"(?:читати|читаю|вивчаю|дізнатися|дізнаватися|читать|изучаю|узнавать) (?:\w+ ){0,2}?"
        r"про депрес\w*",
    ),
    "despair": (
        # ...did nothing for me, and no point going on: "la esketamina no me hizo nada. para qué
        # seguir", "o tratamento não me fez nada, pra que continuar"
        _TREATMENT + r" (?:\w+ )?(?:tampoco|no|não|nao) (?:me )?(?:hizo|ha hecho|hace|fez|faz) "
        r"nada (?:[^ ]+ ){0,8}?(?:para (?:qué|que) seguir|pra (?:que|quê) continuar|para (?:que|"
        r"quê) continuar|sin esperanza|sem esperança)\b(?! (?:con|com|en|no|na|el|la|o|a)\b)",
        _TREATMENT + r" (?:\w+ )?(?:tampoco|también no|tambem nao|também não|não|no) (?:me )?"
        r"(?:funcionó|funciono|funcionou|sirvió|sirvio|resolveu|adiantou) (?:\w+ ){0,8}?"
        r"(?:se acabó para mí|se acabo para mi|acabou pra mim|acabou para mim|no hay nada más|"
        r"não há mais nada|nao ha mais nada|não tem mais nada)",
    ),
    "distress": (
        # crying every night, or hidden in the shower
        r"llor\w* (?:\w+ )?todas las noches|lloro a escondidas|lloro en la ducha",
        r"chor\w* (?:\w+ )?todas as noites|choro (?:no banho|escondid\w+)(?! (?:\w+ ){0,3}?"
        r"(?:filme|novela|série|serie))",
        r"sinto (?:um )?vazio (?:enorme|imenso|tão grande|muito grande|por dentro)",
        r"siento (?:un )?vacío (?:enorme|inmenso|tan grande|por dentro)",
        r"плачу (?:кожен вечір|щовечора|кожної ночі|щоночі|каждый вечер|каждую ночь|по ночам|"
        r"ночами)",
        r"(?:я )?так (?:втомилася|втомився|втомилась)(?= (?:.* )?плачу)",
    ),
}
