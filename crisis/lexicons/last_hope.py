"""The treatment named as the last hope, and if it fails, the end: the full reply (``despair``);
and wanting to vanish from this world for good (``passive``).

- German: "wenn Esketamin auch nicht hilft, dann war's das für mich".
- Italian: "se anche la esketamina non funziona basta, non ha senso andare avanti".
- Indonesian: "pengen ilang aja dari dunia ini selamanya", not from social media.

A treatment that fails followed by another to try, another doctor or a change of plan stays
quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "despair": (
        r"wenn (?:\w+ ){0,4}?auch nicht (?:hilft|wirkt|funktioniert) (?:\w+ )?dann (?:wars|war es) "
        r"das (?:für mich|mit mir)(?!.*(?:probier|versuch|arzt|ärztin|wechsel))",
        r"se anche (?:\w+ ){0,3}?non (?:funziona|funzionerà|aiuta|serve) (?:\w+ ){0,2}?(?:basta|"
        r"non ha (?:più )?senso andare avanti|la faccio finita)"
        r"(?!.*(?:provo|cambio|medico|dottore|psichiatra|altro))",
    ),
    "passive": (
        r"(?:pengen|pingin|ingin|mau) (?:\w+ )?(?:ilang|hilang|lenyap) (?:aja |saja )?dari "
        r"(?:dunia ini|muka bumi)",
    ),
}
