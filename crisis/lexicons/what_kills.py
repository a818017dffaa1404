"""A means asked for by what it kills: which poison kills (without pain), which rope holds for
hanging oneself, how many pills would kill, in the languages the other lexicons did not yet read
them in:

- ``method``: "qué veneno mata sin dolor", "qual veneno mata", "quale veleno uccide", "quel
  poison tue", "welches Gift tötet", "jaka trucizna zabija", "какой яд убивает", "який отрута
  вбиває", "hangi zehir öldürür", "racun apa yang membunuh", "anong lason ang pumapatay", "sumu
  gani inaua"; a rope asked "para ahorcarse", "zum Erhängen", "чтобы повеситься", "asılmak
  için"; how many pills "ca să mor" (Romanian), "angangibulala" (Zulu), "hal meg" (Hungarian).

Not read: a poison asked for rats, ants, weeds or pests (rat poison itself, taken or kept, is
a means, and the other lexicons read it so); a poison in a novel, a film, a game or a
detective story, or its victim's; a rope for a swing or a tent. The course's lookalike of a
medicine that "kills" a headache
(``crisis.lookalikes.pain_killed``) no longer takes "sem dor", "sin dolor" or "schmerzlos" (a
death without pain) for a pain killed. Written folded (see ``crisis.lexicons``); pure.
"""

# Rats, insects, weeds and pests, in those languages.
_PESTS = (
    r"(?:rat\w*|raton\w*|cucaracha\w*|hormiga\w*|mosquito\w*|plaga\w*|mala hierba|maleza|"
    r"insect\w*|barata\w*|formiga\w*|ratos?|topi|zanzar\w*|formich\w*|erbacce|souris|fourmis|"
    r"cafards?|mauvaises herbes|ratten|mause|ameisen|unkraut|szczur\w*|mysz\w*|mrowk\w*|крыс\w*|"
    r"мыш\w*|тарака\w*|муравь\w*|щур\w*|миш\w*|fare\w*|bocek\w*|karinca\w*|tikus|kecoa|"
    r"semut|hama|daga|ipis|langgam|panya|mende|wadudu|magugu|weeds?|pests?)"
)
_NOT_PESTS = r"(?!.*" + _PESTS + ")"
# ...and not a story told, or its victim
_NOT_TOLD = (
    r"(?!.*(?:novel\w*|roman\w*|livro|libro|buch|film\w*|serie\w*|agatha|krimi\w*|game|juego|"
    r"jogo|gioco|jeu|spiel|detective|detetive|детектив\w*|книг\w*|kitap|dizi|victima|vitima|"
    r"vittima|victime|opfer|ofiar\w*|жертв\w*))"
)
# Hanging oneself, in those languages.
_HANG = (
    r"(?:para (?:ahorcarme|ahorcarse|colgarme|colgarse)|para (?:me|se) enforcar|per impiccarmi|"
    r"per impiccarsi|pour (?:me|se) pendre|zum erhangen|um mich (?:zu )?erhangen|um sich (?:zu )?"
    r"erhangen|zeby sie powiesic|чтобы повеситься|щоб повіситися|buat gantung diri|untuk gantung "
    r"diri|para magbigti|kujinyonga)"
)


def _asked(which_poison: str, kills: str) -> str:
    """Which poison kills, with no pest after it and no story told."""
    return which_poison + _NOT_PESTS + r" (?:\w+ ){0,2}?(?:" + kills + ")" + _NOT_TOLD


LEXICON = {
    "method": (
        *(
            _asked(which, kills)
            for which, kills in (
                (r"(?:que|cual) veneno", r"mata|matan|es (?:mas )?mortal"),
                (r"(?:qual|que) veneno", r"mata|e (?:mais )?mortal"),
                (r"(?:quale|che) veleno", r"uccide|ammazza|e (?:piu )?mortale"),
                (r"(?:quel|quelle) poison", r"tue|est (?:le plus )?mortel"),
                (r"(?:welches|welche) gift", r"totet|ist (?:am )?todlich"),
                (r"(?:jaka|ktora) trucizna", r"zabija|jest smiertelna"),
                (r"какой яд", r"убивает|смертел\w*"),
                (r"(?:яка|який) отрута", r"вбиває|смертельн\w*"),
                (r"hangi zehir", r"oldurur|olumcul"),
                (r"racun apa(?: yang)?", r"membunuh|mematikan|bikin mati"),
                (r"(?:anong|ano ang) lason(?: ang)?", r"pumapatay|nakamamatay"),
                (r"sumu gani", r"inaua|huua|inayoua"),
            )
        ),
        # a rope asked for hanging oneself
        r"(?:cuerda|soga|corda|strick|seil|corde|sznur|веревк\w*|мотузк\w*|tali|lubid|kamba) "
        r"(?:\w+ ){0,5}?" + _HANG,
        _HANG + r" (?:\w+ ){0,3}?(?:cuerda|soga|corda|strick|seil|corde|sznur|веревк\w*|"
        r"мотузк\w*|tali|lubid|kamba)",
        r"(?:welcher|welches) (?:strick|seil|knoten) (?:\w+ ){0,4}?(?:zum )?erhangen",
        r"asilmak icin (?:hangi |ne |nasil )?(?:ip|urgan|halat)",
        # how many pills would kill: Romanian, Zulu, Hungarian
        r"(?:cate|cat de multe|cat de mult) (?:\w+ ){0,2}?(?:pastile|tablete|comprimate|"
        r"somnifere) (?:\w+ ){0,4}?(?:sa mor|sa moara|sa mori|mortal\w*|sa nu ma mai trezesc)",
        r"(?:ngaphi|mangaki|angaki) (?:ama)?philisi (?:\w+ )?(?:angangibulala|okufa|ukuze ngife|"
        r"angibulale|abulala)",
        r"hany (?:\w+ )?(?:tablettatol|tablettat|szemtol|szem) (?:\w+ ){0,3}?(?:hal meg|halok "
        r"meg|meghal\w*|halalos)",
    ),
}
