"""Going out to the sea, a river, a bridge or the bush and not coming back, said of oneself, in
the languages of fishing and farming families the lexicons read only in their plainest words:
Vietnamese ("tối nay tôi sẽ ra biển và không quay về nữa"), Spanish, Portuguese and Tagalog;
and, in Māori words within English, the spirits' one-way trip to Te Rerenga Wairua taken as
one's own ("reckon I'm ready to make that trip myself").

The writer names a place of water or wilderness and then says they will not return, with nothing
after it that gives the return a time ("no vuelvo hasta el lunes", "không về kịp ăn tối", "hindi
na uuwi hanggang bukas"): a trip, a shift at sea or a late night is not read as an end. Written
folded (see ``crisis.lexicons``); pure.
"""

# ...not back until a time, not back for dinner, not back to a job: an outing, not an end
_UNTIL = (
    r"(?! (?:hasta|antes|en|por|para|sin|a|al|até|ate|antes|pra|para|hanggang|bago|ng|sa|kịp|"
    r"trước|đến|tới|cho|ăn)\b)"
)

LEXICON = {
    "intent": (
        # Vietnamese: "ra biển / ra sông / lên rừng ... và không quay về nữa"
        r"(?:ra|đi ra|lên|xuống) (?:biển|sông|cầu|rừng|núi|hồ) (?:[^ ]+ ){0,3}?(?:và |rồi )?"
        r"(?:không|chẳng|sẽ không) (?:bao giờ )?(?:quay về|quay lại|trở về|trở lại|về) "
        r"(?:nữa|luôn|đâu)" + _UNTIL,
        # Spanish: "me voy al río esta noche y no vuelvo"
        r"(?:me voy|voy|iré|ire|salgo|me meto) (?:\w+ ){0,3}?(?:al mar|a la mar|al río|al rio|"
        r"al monte|al cerro|a la presa|al puente|a la sierra) (?:\w+ ){0,3}?(?:y )?no (?:voy a "
        r"|pienso )?(?:vuelvo|volver|regreso|regresar|vuelvo más|volveré|regresaré)" + _UNTIL,
        # Portuguese: "vou pro mar hoje e não volto"
        r"(?:vou|irei|saio) (?:\w+ ){0,3}?(?:pro mar|para o mar|ao mar|pro rio|para o rio|ao rio|"
        r"pra ponte|para a ponte|pro mato|para o mato) (?:\w+ ){0,3}?(?:e )?(?:não|nao) "
        r"(?:vou |penso em )?(?:volto|voltar|voltarei)(?: mais)?" + _UNTIL,
        # Tagalog: "pupunta ako sa dagat mamaya at hindi na ako babalik"
        r"(?:pupunta|pupuntahan|lalabas|aalis) (?:\w+ ){0,3}?(?:sa )?(?:dagat|laot|ilog|tulay|"
        r"bundok|gubat) (?:\w+ ){0,3}?(?:at )?hindi na (?:ako )?(?:babalik|uuwi|makakabalik)"
        + _UNTIL,
        # Māori in English: the spirits' leaping place (Te Rerenga Wairua, Cape Reinga) where the
        # tūpuna wait, and the writer "ready to make that trip myself" (not a trip there with the
        # kids or a weekend's drive)
        r"^(?=.*(?:te rerenga wairua|te reinga|cape reinga))(?=.*(?:tupuna|tipuna|wairua|spirits|"
        r"ancestors))(?=.*(?:ready to (?:make|take|do) (?:that|the|this) (?:trip|journey|leap)|"
        r"(?:trip|journey) (?:there )?myself|my turn to go|join (?:them|em) (?:there|soon)))"
        r"(?!.*(?:with (?:the |my |our )?(?:kids|whanau|mates|family|class|partner)|holidays|"
        r"weekend|road trip|camping|campervan|bus tour|photos))",
    ),
}
