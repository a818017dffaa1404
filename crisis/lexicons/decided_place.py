"""A place of death chosen or sat at, in the forms the larger lexicons did not read: the full
reply (``place``, ``intent``).

- Ukrainian: decided, then going to the bridge or the roof ("я вже вирішив. завтра піду на міст").
- Hindi: thinking of going to lie on the railway tracks ("रेल की पटरी पर चला जाऊँ").
- Hinglish: driving the truck into a ravine some day; sitting on the roof railing looking down.
- Portuguese and Spanish: on the roof or a bridge now, only wanting to say thanks or goodbye.
- Greek: on the roof or the bridge now ("είμαι στην ταράτσα της εστίας τώρα").

A bridge walked for fireworks or photographs, a train met at the tracks, a roof with friends,
coffee or a sunset, and a truck "driven into the ravine" in a game stay quiet.

Written folded (see ``crisis.lexicons``); pure.
"""

LEXICON = {
    "place": (
        r"(?:вирішив|вирішила|вирiшив|решил|решила) (?:[^ ]+ ){0,6}?(?:піду|поїду|пiду|пойду) на "
        r"(?:міст|мост|дах|крышу|колії|рейки)\b(?!.*(?:салют|фото|гуля|прогул|подивит|друз))",
        r"(?:रेल की )?(?:पटरी|पटरियों) पर (?:चला|चली|लेट) (?:जाऊँ|जाऊं|जाऊँगा|जाऊंगा|जाऊँगी|जाऊंगी)",
        r"railing (?:pe|par|pr) (?:baith|baith ke|baitha|baithi|baithke) (?:\w+ ){0,8}?"
        r"(?:neeche|niche) (?:dekh|dekhta|dekhti|dekha)",
        r"είμαι (?:πάνω )?(?:στην|στη|στο) (?:ταράτσα|γέφυρα|άκρη)\w* (?:\w+ ){0,3}?τώρα"
        r"(?!.*(?:καφέ|ποτό|ηλιοβασίλεμα|φίλους|πάρτι|θέα|φωτογρ|μπάρμπεκιου|μπύρα|πλυντήριο))",
    ),
    "intent": (
        # at a height now and saying thanks or goodbye (Portuguese, Spanish): no outing excuses it
        r"(?:terraço|terraco|telhado|laje|ponte|azotea|techo|terraza|puente)\w* (?:\w+ ){0,3}?"
        r"(?:agora|ahora) (?:\w+ ){0,3}?(?:queria|quero|quería|quiero) (?:só |solo |sólo )?"
        r"(?:dizer obrigad|agradecer|dizer adeus|despedir|darte las gracias|dar las gracias|"
        r"decir adiós|decir gracias)",
        r"(?:truck|trak|gaadi|gadi|car|bus) (?:ko )?(?:\w+ ){0,3}?(?:khai|khaai|khaee|nadi) "
        r"(?:mein|me|main|mai) (?:utaar|utar|gira|ghusa|daal) (?:dunga|doonga|dungi|dena)"
        r"(?!.*(?:game|gta|khel))",
    ),
}
