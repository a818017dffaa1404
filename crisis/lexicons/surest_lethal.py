"""Which medicines, together, are most surely lethal ("Welche Medikamente sind zusammen am
sichersten tödlich?", "¿qué pastillas juntas son seguro mortales?", "quels médicaments ensemble
sont le plus sûrement mortels"): a method question, the full reply, in German, Spanish, Portuguese,
French and Italian. The larger lexicons read a lethal dose by its amount; asked by surety, the
medicines themselves are the means sought.

A lethality asked without surety ("welche Pilze sind tödlich", "welche Medikamente darf man nicht
zusammen nehmen") is a question of safety and stays quiet, as does one asked for a dog or a cat.
Written folded (see ``crisis.lexicons``); pure.
"""

_MEDS = (
    r"(?:medikamente|tabletten|pillen|arzneien|mittel|medicamentos|pastillas|remedios|"
    r"comprimidos|médicaments|cachets|pilules|medicinali|farmaci|pillole|pasticche)"
)
_NOT_PET = r"(?!.*\b(?:hund|katze|perro|gato|cachorro|chien|chat|cane|gatto)\w*\b)"

LEXICON = {
    "method": (
        # German: which medicines are (together) surest lethal
        r"^" + _NOT_PET + r".*?\b(?:welche|welches|was für) (?:\w+ )?" + _MEDS + r" (?:\w+ ){0,4}?"
        r"(?:am sichersten|sicher|garantiert|am schnellsten|zuverlässig) (?:\w+ )?"
        r"(?:tödlich|letal)",
        # Spanish and Portuguese: which pills together are surely lethal
        r"^"
        + _NOT_PET
        + r".*?\b(?:qué|que|cuáles|cuales|quais) (?:\w+ )?"
        + _MEDS
        + r" (?:\w+ ){0,4}?(?:seguro|con seguridad|com certeza|garantizado|garantido|más rápido|"
        r"mais rápido) (?:\w+ )?(?:mortal\w*|letal\w*)",
        # French and Italian
        r"^" + _NOT_PET + r".*?\b(?:quels|quelles|quali) (?:\w+ )?" + _MEDS + r" (?:\w+ ){0,4}?"
        r"(?:le plus sûrement|à coup sûr|sûrement|sicuramente|di sicuro|con certezza) (?:\w+ )?"
        r"(?:mortel\w*|létal\w*|mortal\w*|letal\w*)",
    ),
}
