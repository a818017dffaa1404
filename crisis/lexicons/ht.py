"""Haitian Creole, which had only "I want to die" and "I don't want to live any more".

Written as people type it: "m" or "mwen" (or "mw"), "m ap", "m'ap" and "map" alike (the
apostrophe is dropped when the text is folded), with or without the accents of "kòd", "lèt",
"rivyè". The kinds: jumping into the river or the sea, killing oneself, wishing not to wake up or
never to have been born, the children better off without the writer, a letter written and
"tomorrow morning I go", poison kept and looked at every night, all the pills drunk, how many
pills it takes not to wake up; a mother who says she does not want to live and hides a rope, a
friend who sent "goodbye for ever" and does not answer; "I can't any more" for the check-in; and
worthlessness, being laughed at, fear since the hurricane for the caring reply.

Lookalikes: jumping into the river to swim, laughing or starving "to death" ("mouri ri",
"mouri grangou"), rat poison for the rats, pills taken as the doctor said, a letter for the boss
and a trip tomorrow with its errand named, a film or a song.
"""

# The writer: "mwen", "m", "mw"; and the writer doing or about to do something.
_I = r"(?:mwen|mw|m)"
_WILL = r"(?:(?:mwen|mw|m) (?:ap|pral|prale|pra|pe|va|ava|pwal)|map|mpral|mape)"
_MYSELF = r"(?:tèt|ko|kò) (?:mwen|m)"
# Jumping, throwing or letting oneself go ("lage kò m").
_THROW = r"(?:sote|plonje|(?:voye|jete|lage) " + _MYSELF + ")"
_PILLS = r"(?:grenn|medikaman|remèd|renmèd|pil|piliz|konprime|pwazon|tablèt)"
_KIN = (
    r"(?:manman|papa|frè|sè|pitit|zanmi|mari|madanm|tonton|matant|kouzen|kouzin|fiy|pitit gason|"
    r"pitit fi|vwazen|nèg|mennaj|grann|granmoun)"
)

LEXICON = {
    "fiction": (
        r"nan (?:fim|film|liv|istwa|chante|woman|teleroman|sinema) (?:an|la|a|sa|nan|lan)",
    ),
    "past": (r"(?:sa gen|gen) (?:\w+ )?(?:ane|lane|zan) (?:depi|sa|pase)|lè m te (?:jenn|piti)",),
    "recovered": (r"(?:kounye a|konnya|kounya|jodi a) (?:mwen|m) (?:pi byen|byen|refè)",),
    "later": (r"n a wè|na we|a demen|a pita|n ap pale",),
    "routine": (
        r"jan (?:doktè|dokte|medsen) (?:a|an) (?:di|ban m|bay)|preskripsyon|chak (?:maten|jou)",
    ),
    "guard": (
        # "dying of laughter, of hunger, of tiredness"; killing time; not wanting to die
        r"mouri (?:ri|ak ri|grangou|swaf|fatig|fatige|frèt|cho|wont|anvi)",
        r"touye tan|(?:mwen|m) pa vle mouri",
        # jumping into the river or the sea to swim, fish or wash
        r"sote (?:\w+ ){0,3}?(?:nan|sou) (?:\w+ )?(?:rivyè|larivyè|lanmè|dlo|pisin) "
        r"(?:\w+ ){0,4}?(?:pou (?:\w+ )?(?:naje|benyen|lave|peche|jwe|pran plezi)|ak timoun)",
        r"pwazon (?:pou )?(?:rat|ravèt|foumi|bèt|moustik|ensèk)",
    ),
    "intent": (
        _WILL + r" (?:\w+ )?(?:touye|tiye) " + _MYSELF,
        _I + r" (?:vle|anvi|ta vle|ta renmen|gen lide|ap panse|panse|deside) (?:\w+ ){0,2}?"
        r"(?:mouri|touye " + _MYSELF + r"|fini ak (?:lavi|tout bagay)|disparèt nèt)",
        r"fini ak lavi (?:mwen|m)\b",
        # jumping into the river, the sea, off the bridge or in front of a truck
        r"(?:" + _WILL + r"|" + _I + r" (?:vle|anvi|gen lide|ap panse|panse|deside|ta vle)) "
        r"(?:\w+ )?" + _THROW + r" (?:\w+ ){0,2}?(?:nan|sou|anba|devan) (?:\w+ )?"
        r"(?:rivyè|larivyè|lanmè|pon|falèz|dlo|kamyon|machin)",
    ),
    "passive": (
        _I + r" (?:ta renmen|ta vle|swete|espere|anvi) (?:\w+ ){0,2}?(?:pa (?:janm )?leve ankò|"
        r"pa reveye|mouri nan dòmi|pa la ankò|pa t janm fèt|pa te janm fèt|disparèt|dòmi pou "
        r"tout tan)",
        r"pito (?:mwen|m) mouri|pa leve ankò demen",
        # the children, the family better off without the writer (not the team in a match)
        r"(?:ap|ta|va) (?:pi byen|pi alèz|pi kontan) san (?:mwen|m)\b(?! nan (?:match|ekip|jwèt))",
        _I + r" se yon chay (?:pou|sou)|pa gen (?:okenn )?rezon pou (?:mwen|m) (?:viv|kontinye)",
    ),
    "prepare": (
        # a letter written and "tomorrow morning I go", with nothing more said of the trip
        r"(?:fè|ekri|kite) (?:yon )?(?:dènye |ti )?lèt (?:pou|bay) (?:\w+ ){1,6}?(?:demen|jodi a|"
        r"aswè a|aswe a) (?:maten |swa |aswè )?(?:mwen|m) (?:ap|pral|pra) ale(?= *$| nèt| pou "
        r"(?:tout tan|toujou))",
        # ...the writer's own: not someone's, followed by their silence
        r"orevwa pou (?:tout tan|toutan|toujou|tout bon)(?! (?:\w+ ){0,3}?(?:chante|fim|sezon))"
        r"(?!(?: \w+){0,6}? (?:li|l|yo) pa (?:reponn|pran|rele|ekri))",
        _I + r" bay (?:\w+ ){0,3}?tout (?:bagay|afè|zafè|rad) (?:mwen|m)\b(?! (?:pou (?:lekòl|"
        r"legliz|bebe)|ki twò piti))",
        # poison, a rope or a gun kept and looked at, kept for when the writer is ready
        _I + r" (?:gen|genyen|kache|achte|sere|kenbe) (?:yon )?(?:boutèy |ti )?(?:pwazon|kòd|"
        r"zam|revolvè|grenn)\b(?: \w+){0,6}? (?:(?:m|mwen) (?:ap )?gade l|chak swa|si (?:m|mwen) "
        r"bezwen l|lè (?:m|mwen) pare|pou tèt mwen)",
    ),
    "overdose": (
        _I + r" (?:fin |sot |te |deja |fenk )?(?:bwè|bwe|pran|vale) (?:\w+ ){0,2}?(?:tout|yon "
        r"bwat|yon boutèy|de bwat|anpil) (?:\w+ ){0,2}?" + _PILLS,
        _I + r" (?:fin |sot |te |deja |fenk )?(?:bwè|bwe|vale) (?:yon |tout )?(?:boutèy )?"
        r"(?:pwazon|gaz|klowòks|kloroks|jif)\b",
    ),
    "method": (
        r"konbyen (?:\w+ ){0,4}?" + _PILLS + r" (?:\w+ ){0,4}?pou (?:yon moun |mwen |m )?"
        r"(?:mouri|pa leve ankò|pa reveye ankò|pa janm leve|touye)",
        r"ki (?:jan|fason|mwayen|kote|pi rapid|pi bon) (?:\w+ ){0,3}?(?:pou (?:m|mwen|yon moun) )?"
        r"(?:touye " + _MYSELF + r"|mouri san (?:doulè|soufri|mal))",
        r"(?:mouri|touye " + _MYSELF + r") san (?:doulè|soufri|pa santi anyen)",
        r"ki kantite (?:\w+ ){0,3}?" + _PILLS + r" (?:\w+ ){0,4}?(?:touye yon moun|pou "
        r"(?:m|mwen|yon moun) mouri)",
    ),
    "other": (
        # someone close who says they do not want to live, hides a rope or pills
        r"(?:di|te di|ekri|voye di) (?:mwen |m )?(?:li|l) (?:pa vle viv ankò|vle mouri|"
        r"anvi mouri|pral touye tèt (?:li|l)|ap touye tèt (?:li|l)|vle touye tèt (?:li|l))",
        r"(?:(?:li|l) (?:vle|pral|ap|anvi)|lap) touye tèt (?:li|l)",
        r"(?:" + _KIN + r" (?:\w+ ){0,3}?|li |l )(?:kache|sere) (?:yon )?(?:kòd|grenn|pwazon|"
        r"boutèy pwazon)",
        # a goodbye for ever, then silence
        r"orevwa pou (?:tout tan|toutan|toujou)(?: \w+){0,6}? (?:pa reponn|pa pran telefòn|pa "
        r"rele|pa ekri)",
    ),
    "check": (
        # "I can't any more", and no errand named after it
        _I + r" pa (?:ka|kapab|kab) ankò(?= *$| (?:mwen|m|map|mezanmi|non|vre|ak lavi|avè|ave)\b)",
        _I + r" bouke ak lavi (?:a|sa)|" + _I + r" pa wè okenn (?:sòti|solisyon|limyè)",
        r"pou kisa (?:mwen|m) (?:ap|ta|dwe) kontinye",
    ),
    "distress": (
        _I + r" (?:santi (?:mwen|m) )?pa vo anyen",
        r"tout moun ap (?:ri|moke|joure) (?:mwen|m)\b",
        _I + r" (?:toujou|tèlman|tout tan|twòp) pè(?= *$| (?:anpil|pou|lè|tout|m|mwen)\b)",
        _I + r" pa (?:ka|kapab|kab) dòmi (?:ankò|ditou|menm)(?= *$| (?:m|mwen|lannwit)\b)",
        r"depi (?:siklòn|tranbleman|goudougoudou|inondasyon|dife|aksidan|atak|kidnaping|lanmò) "
        r"(?:\w+ ){0,4}?(?:mwen|m) pa (?:ka |kapab )?dòmi",
        _I + r" santi (?:mwen|m) (?:pou kont (?:mwen|m)|vid|san valè|inutil)|kè (?:mwen|m) "
        r"(?:kraze|lou anpil)|" + _I + r" dezespere",
    ),
}
