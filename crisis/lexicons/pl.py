"""Polish."""

from crisis.lexicons.common import G6, G

PILLS = r"(?:tabletki|tabletek|tabletkami|leki|leków|lekow|pigułki|pigułek|proszki|proszków)"

# ...hard to believe, to say, to choose: a task, not the writer's state
_NOT_HARD_TO = (
    r"(?! (?:\w+ )?(?:uwierzyć|powiedzieć|zrozumieć|ocenić|wybrać|znaleźć|przyznać|zdecydować|"
    r"wyobrazić|odpowiedzieć|dojechać|się)\b)"
)

LEXICON = {
    "fiction": (r"w (?:filmie|powieści|serialu|książce|piosence)|bohater\w*",),
    "past": (
        r"(?:wiele )?lat temu|kiedy byłe[mś] (?:\w+ )?(?:młod\w+|nastolat\w+)|"
        r"kiedy byłam (?:\w+ )?(?:młod\w+|nastolat\w+)",
    ),
    "recovered": (r"(?:teraz|dziś|dzisiaj) (?:jest |czuję się )?(?:dobrze|lepiej)|pomagam innym",),
    "outing": (
        r"wakacj\w*|przyjaciół\w*|zdjęci\w*|piękn\w*|widok\w*|zachód słońca|spacer\w*|prac\w*",
    ),
    "routine": (r"przepisał\w*|jak zwykle|zgodnie z|od lekarza|rano",),
    "guard": (
        r"(?:umieram|umrę|umrzeć|umierać|umarł\w*) (?:z|ze) (?:\w+ )?(?:śmiechu|głodu|nudów|nudy|"
        r"pragnienia|zimna|gorąca|wstydu|strachu|ciekawości|zmęczenia|zazdrości)",
        r"zabić czas|kara śmierci|zabij mnie\b",
        r"nie chcę (?:umierać|umrzeć|się zabić)",
        r"(?:zmniejsza|obniża|ryzyko|wskaźnik|badania nad|zapobieganie) " + G + r"(?:samobójstw\w*|"
        r"myśli samobójcz\w*|samookalecze\w*|przedawkowa\w*)",
    ),
    "method": (
        r"dawk\w* (?:\w+ ){0,3}?śmierteln\w*",
        r"(?:śmiertelna|dawka) (?:\w+ )?(?:dawka|śmiertelna)|dawk\w+ (?:\w+ )?śmierteln\w*",
        r"ile " + G6 + r"(?:żeby|aby|by) (?:umrzeć|się nie obudzić|się zabić|przedawkować)",
        r"ile " + G6 + r"(?:zabija|jest śmiertelne|to śmiertelna)",
        r"(?:bezbolesn\w+|najszybsz\w+|najpewniejsz\w+) " + G + r"(?:sposób|metod\w+|śmierć)"
        # ...not the quickest way into town or to do a named job: "sposób dojazdu do centrum"
        r"(?! (?:do|dojazdu|dotarcia|dojscia|dojścia|nauki|usuniecia|usunięcia|schudniecia|"
        r"schudnięcia|pozbycia|wyrwania|depilacji|leczenia|gotowania|zrobienia)\b|"
        # ...nor the quickest way to do something else: "żeby nauczyć się angielskiego"
        r" (?:żeby|aby|by|jak|na) (?:się )?"
        r"(?!umrzeć|odejść(?! (?:z|ze|od)\b)|zabić|skończyć|zniknąć|nie |popełnić)\w)",
        r"jak (?:się )?(?:zabić|popełnić samobójstwo)",
    ),
    "overdose": (
        r"(?:wziąłem|wzięłam|łyknąłem|łyknęłam|połknąłem|połknęłam|zażyłem|zażyłam|wypiłem|"
        r"wypiłam) (?:\w+ ){0,2}?(?:wszystkie|całe|całą|cały|opakowanie|paczkę|\d\d+)",
        r"przedawkowałe[mś]|przedawkowałam",
        # too much of a drug or a medicine taken ("wziąłem za dużo ketaminy"), not of coffee
        r"(?:wziąłem|wzięłam|łyknąłem|łyknęłam|połknąłem|połknęłam|zażyłem|zażyłam|brałem|brałam) "
        r"(?:\w+ )?za dużo (?:\w+ )?(?:ketamin\w*|esketamin\w*|tabletek|tabletki|leków|pigułek|"
        r"proszków|prochów|środków|nasennych|benzo\w*|xanaxu|oksy\w*|opioid\w*)",
    ),
    "intent": (
        r"nie (?:widzę|ma) sensu (?:\w+ ){0,2}?(?:żyć|życia|dalej)",
        r"myślę o (?:samobójstwie|śmierci|tym żeby umrzeć)",
        r"(?:chcę|chce|chciałbym|chciałabym|zamierzam|planuję|myślę o tym żeby) (?:\w+ ){0,2}?"
        r"(?:umrzeć|się zabić|zabić się|odebrać sobie życie|skończyć ze sobą|zniknąć na zawsze|"
        r"nie istnieć|popełnić samobójstwo|skoczyć|się powiesić)",
        r"zabiję się|zabije sie|skończę ze sobą|popełnię samobójstwo|odbiorę sobie życie",
        r"(?:mam|miewam) (?:\w+ )?myśli samobójcze",
        r"nie chcę (?:już )?(?:żyć|istnieć|się budzić)|nie mam po co żyć|nie ma sensu żyć|"
        r"mam dość życia|zmęczon[ya] życiem",
    ),
    "passive": (
        r"(?:lepiej|łatwiej) (?:\w+ ){0,2}?(?:gdybym nie (?:istniał|istniała|żył|żyła)|nie istnieć|"
        r"nie żyć|umrzeć|zniknąć)",
        r"gdyby mnie nie było|gdybym (?:umarł|umarła|zniknął|zniknęła)",
        r"(?:chciałbym|chciałabym|obym|żebym) (?:\w+ ){0,2}?(?:się nie obudzić|nie obudził|"
        r"nie obudziła|umrzeć|nie istnieć|zniknąć|nigdy się nie urodzić)",
        r"nie obudzić się|zasnąć i (?:się )?nie obudzić|zniknąć na zawsze|przestać istnieć",
        r"(?:byłoby|byliby|było by) " + G + r"lepiej beze mnie|jestem ciężarem",
    ),
    "prepare": (
        r"(?:kupiłem|kupiłam) (?:\w+ )?(?:linę|sznur)\b(?! (?:\w+ ){0,2}?(?:wspinacz|do |na ))",
        r"(?:wiadomość|wiadomości|sms) pożegnaln\w*",
        r"list\w* pożegnaln\w*|(?:napisałe[mś]|napisałam|zostawiłe[mś]|zostawiłam) "
        + G
        + r"(?:list|listy|testament)|spisałe[mś] testament|spisałam testament",
        r"(?:rozdaję|rozdałem|rozdałam|oddałem|oddałam) " + G + r"(?:swoje rzeczy|rzeczy|psa|"
        r"kota|wszystko)",
        r"(?:wybrałem|wybrałam|ustaliłem|ustaliłam|mam) (?:już )?(?:datę|dzień)",
        r"żegnajcie|żegnam się|moja ostatnia wiadomość|ostatnia noc",
        r"kiedy mnie (?:już )?nie będzie",
        r"(?:zbieram|zbierałem|zbierałam|chowam|odkładam|nazbierałem|nazbierałam) " + G + PILLS,
        r"(?:mam |jest )?(?:już )?wszystko przygotowan\w*(?: \w+){0,4}? (?:zrobię to|to zrobię)",
    ),
    "place": (
        r"(?:stoję|siedzę|jestem) (?:\w+ ){0,2}?na (?:moście|dachu|torach|krawędzi|klifie|"
        r"parapecie)",
    ),
    "self_harm": (
        r"(?:tnę się|ciąłem się|cięłam się|pocięłam|pociąłem|okaleczam|okaleczyłem|okaleczyłam|"
        r"samookalecz\w*|krzywdzę się|zrobiłe[mś] sobie krzywdę|zrobiłam sobie krzywdę)",
        r"znowu się (?:pocięłam|pociąłem|cięłam|ciąłem)|nawrót",
    ),
    "despair": (r"(?:była|był|to) moja ostatnia nadzieja|ostatnia nadzieja " + G6 + r"nie",),
    "other": (
        r"się (?:tnie|okalecza|cięła|ciął|pocięła|pociął)|żyletki",
        r"(?:chce|zamierza|próbował\w*) (?:się zabić|umrzeć|odebrać sobie życie|popełnić "
        r"samobójstwo)",
        r"(?:tnie się|okalecza się|cięła się|ciął się)",
        r"(?:napisał\w*|zostawił\w*) " + G + r"list pożegnalny",
    ),
    "check": (
        r"nie widzę (?:żadnego )?wyjścia|nie ma (?:żadnego )?wyjścia",
        r"nie daję rady|nie daje rady|nie wytrzymam",
    ),
    "distress": (
        # shame before one's children or family, not able to look them in the eye
        r"wstyd mi (?:przed|za) (?:\w+ )?(?:dzie\w+|rodzin\w*|syn\w*|córk\w*|matk\w*|mam\w*|"
        r"ojc\w*|tat\w*|żon\w*|mężem|bliskimi|wszystkimi|siebie|sobą|ludźmi)|wstydzę się "
        r"(?:siebie|samego siebie|samej siebie|tego kim)",
        r"nie (?:wiem jak|mogę|potrafię|umiem) (?:\w+ )?spojrzeć (?:\w+ ){0,2}?w oczy|"
        r"czuję się jak (?:śmieć|zero|nikt|szmata)\b",
        # a recent death that everything at work recalls
        r"wszystko mi (?:ją|jego|go|ich) przypomina|tęsknię za (?:mamą|tatą|mężem|żoną|babcią|"
        r"dziadkiem|synem|córką|dziećmi|dzieckiem|synami|córkami|rodziną)",
        # "ciężko mi bardzo": hard for me, not hard to believe or to say
        r"(?:ciężko|źle) mi\b"
        + _NOT_HARD_TO
        + r"|(?:jest|było|bylo) mi (?:\w+ )?(?:ciężko|źle)"
        + _NOT_HARD_TO,
        r"czuję się (?:\w+ )?(?:pust\w+|samotn\w+|zagubion\w+|beznadziejn\w+|wyczerpan\w+|"
        r"bezwartościow\w+)",
        # "lęk" folds to "lek" (a medicine), "lekcja" and "lekarz": anxiety only in its phrases
        r"atak(?:i)? paniki|(?:stany|zaburzenia|ataki?|napady?) lęk\w*|(?:czuję|ogarnia mnie|"
        r"paraliżuje mnie) (?:\w+ )?lęk\b|nie mogę (?:spać|oddychać)",
    ),
}
