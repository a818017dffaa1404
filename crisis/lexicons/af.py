"""Afrikaans: every kind, in the plain first-person phrases.

Farmers and farm workers in South Africa and Namibia write in it, and the lexicons had none: a
wish to die or not to wake, a plan to kill oneself, pills swallowed, self-harm, the same said of
someone else, "I can't any more" for the check-in, and plain sadness for the caring reply. Its
idioms of dying (of laughter, of hunger, bored or tired "to death": "doodmoeg", "doodverveel")
and the everyday "doodgewoon" ("quite ordinary") are guarded, and so are its negations. Written
with accents and folded like the text (``crisis.lexicons``: "môre" reads "more"); pure, nothing
here logs.
"""

from crisis.lexicons.common import G

# The article "'n" loses its apostrophe and is then read as texted Portuguese "n" ("não"): it is
# matched in both spellings.
N = "(?:n|nao)"

PILLS = r"(?:pille|tablette|medisyne|slaappille|slaappilletjies|pilletjies)"

LEXICON = {
    "fiction": (r"in die (?:boek|fliek|reeks|storie|liedjie|roman)|die karakter\w*",),
    "past": (
        r"(?:jare|"
        + N
        + r" paar jaar|baie jare) gelede|toe ek (?:\w+ )?(?:jonk|"
        + N
        + r" tiener) was",
    ),
    "recovered": (r"(?:nou|vandag) gaan dit (?:\w+ )?(?:goed|beter)|ek help nou ander",),
    "later": (r"tot (?:môre|more|later|dan)|sien (?:jou|julle) (?:môre|more|later|dan)",),
    "guard": (
        r"(?:gaan|sal|is) (?:amper )?dood van (?:die )?(?:honger|dors|lag|verveling|hitte|koue|"
        r"skaamte)|lag (?:my|ons) (?:\w+ )?(?:dood|morsdood)",
        r"dood(?:moeg|verveel|gewoon|stil|seker|eenvoudig|bang)\w*",
        r"ek wil (?:glad )?nie (?:dood(?:gaan)?|sterf|myself seermaak) nie",
        r"(?:verminder|voorkom|risiko|studies? oor|navorsing oor) " + G + r"(?:selfmoord\w*|"
        r"selfbeseer\w*|oordosis)",
    ),
    "method": (
        r"hoeveel (?:" + PILLS[3:-1] + r"|\w+) " + G + r"(?:om dood te gaan|dodelik|om te "
        r"sterf|is genoeg om)",
        r"dodelike dosis|(?:pynlose|pynloos|vinnigste|sekerste) " + G + r"(?:manier|metode) "
        r"(?:\w+ ){0,3}?(?:om )?(?:dood|te sterf|selfmoord)",
    ),
    "overdose": (
        r"(?:al|al my|"
        + N
        + r" hele (?:pak|bottel|houer|strokie)(?: van)?) (?:\w+ )?"
        + PILLS
        + r" "
        r"(?:\w+ )?(?:gedrink|gesluk|geneem|ingeneem|gevat)",
        r"(?:" + N + r" )?oordosis (?:geneem|gevat)",
    ),
    "intent": (
        r"ek wil (?:\w+ ){0,2}?(?:doodgaan|sterf|dood wees|myself doodmaak|my doodmaak|"
        r"selfmoord pleeg|" + N + r" einde aan my lewe maak)",
        r"ek wil nie (?:meer )?(?:lewe|leef) nie",
        r"(?:ek )?(?:dink|dag) (?:\w+ ){0,2}?(?:aan|oor|daaraan|daaroor) (?:selfmoord|om "
        r"myself dood te maak|om dood te gaan|die dood)",
        r"ek gaan myself doodmaak|ek maak myself dood|selfmoordgedagtes|geen rede (?:meer )?om "
        r"te lewe",
    ),
    "passive": (
        r"(?:ek )?(?:wens|wou) (?:\w+ ){0,3}?(?:ek was dood|ek word nie (?:\w+ )?wakker nie|"
        r"ek was nooit gebore nie|ek kon net verdwyn)",
        # "ek wil net nie meer hier wees nie"; "die Here kan my maar kom haal" (God may fetch me)
        r"ek wil (?:\w+ )?nie meer hier wees nie|(?:die here|die heer|god|jesus|die hemel) (?:kan|"
        r"mag|moet) my (?:\w+ ){0,2}?(?:kom haal|kom vat|huis toe (?:neem|vat|haal))",
        r"wil nie (?:\w+ )?wakker word nie|almal sal beter af wees sonder my|ek is (?:net )?"
        + N
        + r" las\b|niemand sal my mis nie",
    ),
    "prepare": (
        r"afskeidsbrie\w*|(?:my )?goed (?:alles )?weggegee|totsiens vir (?:almal|altyd)|my "
        r"laaste boodskap",
        r"(?:versamel|gespaar|weggesteek) " + G + PILLS + "|" + PILLS + " " + G + r"(?:versamel|"
        r"gespaar|weggesteek)",
    ),
    "self_harm": (
        r"ek (?:het )?(?:myself )?(?:weer )?(?:gesny|gekerf)\b(?! (?:met|aan) (?:die )?"
        r"(?:mes|papier|kos|uie))|ek (?:sny|kerf) myself|ek maak myself seer|selfbeseer\w*",
    ),
    "other": (
        r"(?:hy|sy) (?:\w+ ){0,3}?(?:wil dood(?:gaan)?|wil sterf|wil homself doodmaak|wil "
        r"haarself doodmaak|wil selfmoord pleeg|wil nie meer lewe nie)",
        r"(?:sny|kerf|sny weer|kerf weer) (?:homself|haarself)",
        # "my pa het die gif in die skuur gedrink": poison or pills swallowed by someone close
        r"(?:my |ons )?(?:pa|ma|broer|suster|man|vrou|seun|dogter|oom|oupa|ouma|vriend|maat|"
        r"pel) het (?:die |sy |haar )?(?:gif|rottegif|onkruiddoder|plaasgif|beesdip|skaapdip|"
        r"gifstof)\w* (?:\w+ ){0,4}?(?:gedrink|gesluk|ingeneem|geneem)",
    ),
    "check": (
        r"ek kan nie meer nie|ek hou dit nie meer uit nie|ek sien (?:geen uitweg|nie meer kans) "
        r"nie",
    ),
    "distress": (
        r"ek (?:voel|is) (?:so |baie |heeltemal |net )?(?:alleen|eensaam|hartseer|leeg|moeg|"
        r"uitgeput|hopeloos|depressief|verlore|sleg)\b",
        r"ek kan nie ophou huil nie|paniekaanval\w*",
    ),
}
