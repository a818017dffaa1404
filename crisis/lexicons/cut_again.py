"""Self-harm told with a word between the usual parts: the full reply (``self_harm``).

- Dutch: cut "in my arms" ("heb vanavond weer in m'n armen gesneden"), where the lexicons read
  only "mezelf gesneden".
- Turkish: "kendime yine zarar verdim bu gece", with "again" or "tonight" between.

A cut while cooking, on paper or by accident, and harm "to my health" by smoking or junk food
stay quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "self_harm": (
        # Dutch: cut or scratched in my arms, wrists, legs
        r"(?:heb|had) (?:\w+ ){0,3}?(?:in|op) (?:m|mn|mijn|me) (?:arm|armen|pols|polsen|been|"
        r"benen|dijen|dij|buik) (?:\w+ )?(?:gesneden|gekrast|gekerfd)"
        r"(?!.*(?:per ongeluk|koken|groente|papier|mes uitgeschoten|glas))",
        # Turkish: hurt myself again, tonight
        r"kendime (?:yine|gene|tekrar|bu gece|dün gece|bugün) (?:\w+ )?zarar (?:verdim|veriyorum)"
        r"(?!.*(?:sağlığıma|sigara|yemek|abur cubur|yanlışlıkla))",
    ),
}
