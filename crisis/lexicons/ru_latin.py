"""Russian typed in Latin letters, as from a phone without a Cyrillic keyboard: a rope made, an
amount asked "so as to die", a brother on a roof, pills put by, panic.

- ``prepare``: a rope or a noose made, bought or hidden ("verevku uzhe sdelal"), not for the
  washing, a tent or a boat; pills hoarded; a farewell letter.
- ``method``: how much of anything "chtoby umeret" or "ne prosnutsya" (not "chtoby ne umeret"),
  a lethal dose, dying without pain.
- ``place``: standing on a roof or a bridge (not for a photo, the sunset or with friends).
- ``other``: a brother or a cellmate on a roof or a bridge, or on it and not answering; someone
  who wants to kill himself or will jump.
- ``despair``: a treatment that was the last chance and did not help.
- ``distress``: panic again, not able to leave the house all day; lonely, empty.
"""

_HIGH = r"(?:kryshe|kryshu|mostu|krayu|relsah|podokonnike|obryve)"
_ROPE = r"(?:verevku|verevka|petlyu|petlu|petlya)"
_PILLS_LAT = r"(?:tabletk\w*|tabletok|kolyos\w*|koles\w*|kolesa|snotvorn\w*|lekarstv\w*)"

LEXICON = {
    # how much sleep or water so as not to die
    "guard": (
        r"(?:chtoby|chtob|shtoby|shtob) ne (?:umeret|sdohnut)",
        # time spent, not a life: "ubil ves vecher na deklaraciyu"
        r"(?:ubil\w*|ubiva\w*|ubyu) (?:\w+ )?(?:vecher\w*|den|dnya|utro|noch\w*|vyhodn\w*|"
        r"nedel\w*|chas\w*|vremya|polden)",
    ),
    "outing": (
        r"foto\w*|zakat\w*|druzya\w*|druzyami|rabot\w*|vid (?:na|s)\b|progulk\w*|rassvet\w*|"
        r"shashlyk\w*|remont\w*",
    ),
    "prepare": (
        _ROPE + r" (?:\w+ ){0,2}?(?:sdelal\w*|prigotovil\w*|kupil\w*|svyazal\w*|splel\w*|"
        r"spryatal\w*|pripryatal\w*|gotova|uzhe est)\b(?! (?:\w+ ){0,3}?(?:dlya|na dache|bel\w*))",
        r"(?:sdelal|prigotovil|kupil|svyazal|splel|spryatal|pripryatal)\w* (?:\w+ ){0,2}?"
        + _ROPE
        + r"\b(?! (?:\w+ ){0,3}?(?:dlya|na dache|bel\w*))",
        r"(?:kopil|kopliu|koplyu|nakopil|pryachu|spryatal|sobral)\w* (?:\w+ ){0,2}?" + _PILLS_LAT,
        r"(?:proshchaln|predsmertn)\w* (?:pismo|zapisk\w*)",
    ),
    "method": (
        r"(?:skolko|skoka|skolka) (?:\w+ ){0,5}?(?:chtoby|chtob|shtoby|shtob|chto by) (?:(?!ne\b)"
        r"\w+ )?(?:umeret|sdohnut|ne prosnutsya|ne prosnutsa|ubit sebya|otkinutsya)",
        r"(?:smerteln|letaln)\w* (?:doz\w*|kolichestv\w*)",
        r"(?:umeret|sdohnut|pokonchit s soboi|pokonchit s soboj) bez boli|bezboleznenn\w* (?:\w+ )?"
        r"(?:sposob|umeret|smert\w*)",
    ),
    "place": (r"(?:stoyu|sizhu|ya) (?:\w+ ){0,2}?na " + _HIGH,),
    "other": (
        r"(?:brat|bratan|bratishka|drug|podruga|syn|doch|sestra|muzh|zhena|paren|devushka|otec|"
        r"papa|mama|sokamernik|kent|koresh|sosed|sosedka) (?:\w+ ){0,2}?(?:stoit|sidit|zalez\w*) "
        r"(?:\w+ ){0,2}?na " + _HIGH + r"(?! (?:\w+ ){0,4}?(?:chinit|remont\w*|krasit|foto\w*|"
        r"zagora\w*|s druz\w*))",
        r"(?:stoit|sidit) (?:\w+ ){0,2}?na " + _HIGH + r" (?:\w+ ){0,4}?(?:ne otvechaet|ne beret|"
        r"plachet|hochet prygnut|chto delat)",
        r"(?:hochet|sobiraetsya|grozitsya|grozit|pytalsya|pytalas|govorit chto) (?:\w+ ){0,2}?"
        r"(?:umeret|pokonchit s soboi|pokonchit s soboj|ubit sebya|povesitsya|prygnut|vskryt veny)",
        r"(?:ne hochet|ne khochet) (?:bolshe |uzhe )?zhit\b|(?:prygnet|sprygnet|povesitsya)\b",
    ),
    "despair": (
        r"posledn\w* (?:shans|nadezhd)\w* (?:[^ ]+ ){0,6}?(?:ne pomog\w*|ne srabotal\w*|"
        r"smysla net|net smysla)(?! \w+(?:at|et|it|yat|tsya|tsa)\b)",
        r"(?:ne pomog\w*|ne srabotal\w*) (?:[^ ]+ ){0,5}?posledn\w* (?:shans|nadezhd)\w*",
    ),
    "distress": (
        r"panika (?:opyat|opiat|snova|kazhdyi den|kazhdyj den|nakryla|nakryvaet)|(?:opyat|snova) "
        r"panika|pristup\w* paniki|panichesk\w* atak\w*",
        r"ne (?:mog|mogu|mogla|smog|smogla) (?:vyiti|vyjti|vyyti|viiti|viyti) (?:\w+ )?iz "
        r"(?:doma|kvartiry|komnaty)(?! (?:\w+ ){0,3}?(?:zhdal\w*|iz za|potomu chto|sneg\w*|"
        r"dozhd\w*|remont\w*|karantin\w*))",
        r"mne (?:ochen |tak )?(?:odinoko|pusto|toshno|hrenovo)\b",
    ),
}

# The words one of the phrases above always holds, for the first glance over a message
# (``crisis.languages``): a message without any of them is not read phrase by phrase.
LEXICON["prefilter"] = (
    r"verevk\w*|petl\w*|tabletk\w*|tabletok|kolyos\w*|koles\w*|snotvorn\w*|lekarstv\w*|"
    r"proshchaln\w*|predsmertn\w*|skolko|skoka|skolka|smerteln\w*|letaln\w*|bez boli|"
    r"bezboleznenn\w*|umeret|pokonchit|ubit sebya|povesitsya|prygnut|vskryt veny|zhit|prygnet|"
    r"sprygnet|posledn\w*|panika|paniki|panichesk\w*|vyiti|vyjti|vyyti|viiti|viyti|odinoko|"
    r"pusto|toshno|hrenovo",
    _HIGH,
)
