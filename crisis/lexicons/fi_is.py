"""Finnish (in its spoken, texted forms: "mä haluun", "mul on", "viimenen") and Icelandic
(typed with or without its letters: "að" or "ad", "búin" or "buin"): every kind.

- ``intent``: wanting to die, to kill oneself, not to live; thinking of taking all the pills lying
  beside the writer ("mietin et otanko ne kaikki"); thoughts of suicide had now.
- ``passive``: wishing not to wake, to vanish, not to exist any more ("vil ekki vera til
  lengur"), nobody missing the writer.
- ``prepare``: a last message ever, thanks for everything before it; letters written to all and
  "I'm ready".
- ``self_harm``: cutting again ("viiltelin taas"), hurting oneself.
- ``method``: the most painless way to die, a lethal dose, how many pills to die.
- ``overdose``: a two-figure number of pills taken; all the pills (Icelandic).
- ``other``: a friend said she would kill herself tonight; a friend who cuts.
- ``distress``: lonely, empty, sad; a grandparent or a pet who died.

Lookalikes kept quiet: dying of laughter ("kuolin nauruun", "drepast úr hlátri"), a last message
of the evening, "kiitos kaikesta" on leaving a job, a painless way to remove a plaster, "til
staðar" (being present), "ég er tilbúin" for a party.
Written with accents, folded alike (``crisis.lexicons``); Icelandic ð is written [ðd] where it
is often typed d; pure.
"""

_PILLS_FI = r"(?:pilleriä|pillereitä|tablettia|tabletteja|unilääkettä|buranaa|panadolia|lääkettä)"

LEXICON = {
    "guard": (
        r"(?:kuolen|kuolin|kuollaan|kuoleen) (?:\w+ )?(?:nauruun|nauramaan|tylsyyteen|nälkään|"
        r"häpeään|myötähäpeään)|en halua kuolla|drepast úr|drepst úr|[ðd]rapst úr|"
        r"vil ekki deyja|deyja úr (?:hlátri|lei[ðd]indum|hungri|skömm)",
    ),
    "intent": (
        # Finnish
        r"(?:haluan|haluun|haluisin|haluaisin|tahdon) (?:vaan |vain |vaa |"
        r"niin |oikeesti |oikeasti )?(?:kuolla|tappaa itseni|tappaa itteni)",
        r"(?:on|mulla on|minulla on|mul on|oon saanu) (?:\w+ )?itsemurha ?ajatuksia|er me[ðd] "
        r"sjálfsvígshugsanir|(?:fæ|fékk) sjálfsvígshugsanir",
        r"(?:tapan|tappaisin|aion tappaa|meinaan tappaa) (?:itseni|itteni)|teen itsemurhan|"
        r"tehdä itsemurhan|en (?:halua|jaksa|haluu) (?:enää )?elää",
        r"(?:pillerit|lääkkeet|tabletit|unilääkkeet|napit|unilääkkeitä|pillereitä) (?:\w+ ){0,8}?"
        r"(?:mietin|harkitsen|aattelin) (?:\w+ )?(?:otanko|ottaisinko|syönkö|nielenkö|otan) "
        r"(?:ne |nää |noi )?kaikki",
        # Icelandic
        r"langar (?:bara |svo )?(?:a[ðd] |til a[ðd] )?(?:deyja|drepa mig)|"
        r"vil (?:bara )?deyja|"
        r"(?:ætla|ætli) (?:\w+ )?a[ðd] drepa mig|drepa sjálfa mig|drepa sjálfan mig|fremja "
        r"sjálfsmor[ðd]|taka (?:mitt eigi[ðd] )?líf mitt|vil ekki lifa",
    ),
    "passive": (
        r"(?:toivon|toivoisin|kunpa|kunpa vaan|toivottavasti) (?:etten|en|että en) (?:enää )?"
        r"(?:heräisi|heräis|herää)|(?:haluan|haluun) (?:vaan |vain )?kadota|kukaan ei "
        r"(?:\w+ )?(?:kaipaisi|huomaisi|ikävöisi) (?:mua|minua|jos)|olisi parempi ilman (?:mua|"
        r"minua)|kaikilla olis (?:\w+ )?parempi ilman (?:mua|minua)|(?:oon|olen) (?:vaan |vain )?"
        r"taakka",
        r"vil ekki vera til\b(?! (?:sta[ðd]ar|taks|í|fyrir|me[ðd]))|langar ekki a[ðd] "
        r"(?:vera til|lifa)|vil ekki vakna aftur|vildi a[ðd] ég væri dáin",
    ),
    "prepare": (
        r"viime(?:i)?nen viesti (?:ikinä|koskaan|ikuisesti|"
        r"teille kaikille)|kiitos kaikesta (?:\w+ ){0,6}?viime(?:i)?nen viesti|"
        r"(?:jäähyväiskirje|hyvästikirje|kirjoitin hyvästit)",
        r"(?:búin|búinn) a[ðd] skrifa (?:kve[ðd]ju)?(?:bréf|bref) til "
        r"(?:allra|allra sem)|kve[ðd]jubréf|sjálfsvígsbréf|(?:búin|búinn) a[ðd] kve[ðd]ja alla",
    ),
    "place": (
        r"(?:seison|istun|oon|olen) (?:\w+ )?(?:sillan|katon|kerrostalon) (?:reunalla|kaiteen "
        r"takana|kaiteella)|(?:stend|sit|er) (?:\w+ )?á (?:brúninni|brúnni|þakinu) (?:og|ein)",
    ),
    "self_harm": (
        r"viiltelin|viiltelen|viillän (?:itseäni|itteeni|taas)|viilsin (?:itseäni|itteeni|taas)|"
        r"(?:satutin|satutan|satuttanut) (?:taas )?(?:itseäni|itteeni|itteäni)",
        r"ég sker mig\b(?! (?:á|í puttann|í fingurinn|óvart))|"
        r"(?:skar|sker) mig (?:aftur|í hendurnar|á höndunum)|(?:mei[ðd]a|skaða|skada) mig "
        r"(?:sjálfa|sjálfan)",
    ),
    "method": (
        r"(?:kivuttomin|kivuton|helpoin|nopein|varmin) tapa (?:kuolla|tappaa itsensä|tehdä "
        r"itsemurha)|tappava annos|(?:kuinka monta|montako|paljonko) "
        + _PILLS_FI
        + r" (?:\w+ ){0,4}?(?:kuolla|kuolee|tappaa|kuolettava|ettei herää)",
        r"(?:sársaukalausasta|sársaukalaus|fljótlegasta) lei[ðd](?:in)? til a[ðd] (?:deyja|drepa "
        r"sig)|banvænn skammtur|hva[ðd] margar (?:töflur|pillur) (?:\w+ ){0,4}?(?:deyja|drepa)",
    ),
    "overdose": (
        r"(?:otin|söin|nielin|vedin) (?:\w+ )?[1-9]\d (?:\w+ )?" + _PILLS_FI,
        r"(?:tók|gleypti|taka) (?:\w+ )?(?:allar|öll) (?:\w+ )?(?:pillurnar|töflurnar|"
        r"svefntöflurnar|lyfin)",
        r"(?:tók|gleypti) (?:\w+ )?[1-9]\d (?:\w+ )?(?:töflur|pillur|svefntöflur|verkjatöflur)",
    ),
    "other": (
        r"(?:sag[ðd]ist|segist|sag[ðd]i a[ðd] (?:hún|hann) ætla[ðd]i|segir a[ðd] (?:hún|hann) "
        r"ætli) (?:ætla )?a[ðd] (?:drepa sig|deyja|fremja sjálfsmor[ðd]|sker sig)|"
        r"(?:ætlar|ætla[ðd]i) a[ðd] drepa sig",
        r"(?:haluaa|sano haluavansa|sanoi haluavansa|aikoo|uhkaa) (?:\w+ )?(?:kuolla|tappaa "
        r"itsensä|tehdä itsemurhan)|(?:viiltelee|satuttaa itseään)",
    ),
    "distress": (
        r"(?:oon|olen|mä oon|tunnen itseni) (?:niin |tosi |ihan |aivan )?(?:yksinäinen|"
        r"yksinäiseksi|tyhjä|tyhjäksi|surullinen|masentunut|rikki|loppu)",
        r"(?:ég er|mér lí[ðd]ur) (?:svo |bara )?(?:einmana|lei[ðd]|lei[ðd]ur|illa|tóm|tómur)",
    ),
}

# Words one of the phrases above always holds, read first in their place (``crisis.languages``):
# compiled once more for that first look, all the phrases would cost as much memory again.
LEXICON["prefilter"] = (
    r"halu|tahdon|itsemurha|sjálfsvíg|itseni|itteni|elää|kaikki|langar|deyja|drepa|fremja|"
    r"líf\b|lifa|toivo|kunpa|kukaan|ilman|taakka|vera\b|vakna|dáin|viesti|jäähyväis|hyväst|"
    r"kirjoitin|skrifa|kve[ðd]ju|kve[ðd]ja|sillan|katon|kerrostalon|brúninni|brúnni|þakinu|"
    r"viil|satut|sker|skar|mei[ðd]a|skaða|skada|tapa\b|tappava|sársaukalaus|fljótlegasta|"
    r"banvænn|margar\b|allar|öll\b|töflur|pillur|svefntöflur|verkjatöflur|sag[ðd]|segi|sano|"
    r"aikoo|uhkaa|oon\b|olen\b|tunnen|ég\b|mér\b",
    _PILLS_FI,
)
