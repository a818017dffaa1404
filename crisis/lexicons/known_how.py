"""A plan said with its way already known, a death chosen before a threat, and a letter that
forgives the reader: the full reply, in Portuguese, German and Spanish.

- disappearing for good with the way already known ("vou sumir de vez. já sei como vou fazer");
  a cake or a trip known how to make names its object after "fazer" and stays quiet;
- "bring ich mich um" said inverted, after "lieber", "vorher", "dann" ("Lieber bring ich mich
  vorher um"); "bring ich mich um den Schlaf" (to deprive oneself of something) names a thing
  after "um" and stays quiet;
- a letter to a parent or a friend read after, with love and no blame ("se você ler isso um
  dia ... não foi culpa sua", "si lees esto algún día, no fue tu culpa"): a farewell note. A
  note about a broken vase or a late reply ("não foi culpa sua o atraso") says no love beside.

Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "intent": (
        r"(?:sumir|desaparecer|acabar com tudo|partir) (?:de vez|para sempre|pra sempre) "
        r"(?:\w+ ){0,6}?(?:já|eu já) sei como (?:eu )?(?:vou|vai) (?:fazer|ser)(?: isso)?"
        r"(?! (?:o|a|os|as|um|uma|bolo|comida|viagem|trabalho|prova)\b)",
        r"\b(?:lieber|vorher|dann|eher|sonst) (?:\w+ ){0,2}?(?:bring|bringe) ich mich "
        r"(?:\w+ ){0,2}?um(?! (?:den|die|das|dem|meinen|meine|mein|meinem|meiner|jeden|jede|"
        r"alles|nichts|schlaf|verstand)\b)",
        r"(?:se|caso) (?:você|voce|vc|tu) (?:\w+ ){0,1}?(?:ler|leres|estiver lendo|tiver lendo|"
        r"está lendo|esta lendo) (?:isso|isto|esta mensagem|essa mensagem|esta carta|essa carta)"
        r" (?:\w+ ){0,4}?(?:eu )?te amo (?:\w+ ){0,3}?(?:não|nunca) (?:foi|é) "
        r"(?:culpa sua|sua culpa|culpa tua|tua culpa)",
        r"si (?:lees|estás leyendo|estas leyendo) (?:esto|este mensaje|esta carta)"
        r" (?:\w+ ){0,4}?te (?:quiero|amo) (?:\w+ ){0,3}?(?:no|nunca) (?:fue|es) "
        r"(?:tu culpa|culpa tuya)",
    ),
}
