"""Irish: the plain first-person phrases of a wish to die or not to wake, someone close gone out
with a gun who does not answer, and loneliness, which the lexicons had none of (a rural line in
the west of Ireland hears them from older callers).

"Bás" also names ordinary deaths and games ("bás a fháil" in a story, "ar dheis Dé go raibh a
anam" at a funeral), so only the wish said of oneself is read; a film or a book told, or a crisis
long past, excuses it. Written with accents and folded like the text (``crisis.lexicons``);
pure, nothing here logs.
"""

_KIN = (
    r"(?:athair|mathair|mhathair|dearthair|dheartháir|fear ceile|mac|uncail|seanathair|"
    r"deirfiur|bean cheile)"
)
_NOT_WANT = r"(?:nil me|nilim|ni theastaionn uaim|nior mhaith liom)"

LEXICON = {
    # the blessing for someone dead, said at their funeral or wake: an ordinary death told
    "guard": (r"ar dheis d[eé] go raibh a (?:h)?anam(?:a)?",),
    "fiction": (r"(?:sa|san) (?:scannan|leabhar|sceal|urscéal|dran|amhran)\b",),
    "past": (r"(?:blianta|cupla bliain|deich mbliana) o shin",),
    "recovered": (r"(?:ta me|taim) (?:i bhfad )?(?:nios fearr|go maith) anois",),
    "intent": (
        r"(?:ba mhaith liom|ta me ag iarraidh|taim ag iarraidh|teastaionn uaim) bás a fháil|"
        r"(?:ta me|taim) chun (?:lamh a chur i mo bhas fein|me fein a mharu)|lamh a chur i mo "
        r"bhas fein",
        _NOT_WANT + r" (?:a bheith )?(?:ag iarraidh )?(?:maireachtail|beo) (?:\w+ )?(?:nios mo|"
        r"a thuilleadh)",
    ),
    "passive": (
        # "níl mé ag iarraidh dúiseacht ar maidin níos mó"
        _NOT_WANT + r" (?:ag iarraidh )?(?:duiseacht|dúiseacht|eiri) (?:\w+ ){0,2}?(?:nios mo|a "
        r"thuilleadh|aris|choiche)",
        r"(?:ba mhaith liom|ba bhreá liom) (?:dá )?(?:bheinn marbh|nach ndúiseoinn)|b ?fhearr "
        r"(?:leo|le cach) gan me",
    ),
    "other": (
        # "tá m'athair imithe amach leis an ngunna agus níl sé ag freagairt"
        r"(?:" + _KIN + r" (?:\w+ ){0,3}?(?:imithe|amuigh)|d ?imigh (?:mo )?" + _KIN + r") "
        r"(?:\w+ ){0,2}?(?:leis an (?:ngunna|raidhfil|rópa|"
        r"dtéad)) (?:\w+ ){0,6}?(?:nil (?:se|si) ag freagairt|ni fhreagraionn|slan)",
    ),
    "distress": (
        r"(?:ta|tá) uaigneas (?:mor )?orm|(?:ta me|taim) (?:chomh )?(?:uaigneach|bronach|"
        r"tuirseach de gach rud|ina (?:aonar|haonar))|nil aon duine agam le labhairt",
    ),
}
