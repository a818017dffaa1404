"""Risk told in passing, in Spanish, Portuguese, Russian, Ukrainian, Polish, Turkish, German,
French, Italian and Indonesian; the check-in, which asks:

- a blade carried about "just in case it gets too much" ("llevo una cuchilla en la cartera por si
  se pone muy difícil", "ношу лезвие в кошельке на всякий случай, если станет совсем плохо");
- unsubscribing "from everything, not just this bot" ("cómo me doy de baja de todo, no solo de
  este bot", "как отписаться от всего, не только от бота").

A razor for shaving or a blade for boxes or crafts, and leaving every newsletter or a gym, stay
quiet: a blade needs its "in case it gets too much", and everything needs "not only this bot".
Written folded (see ``crisis.lexicons``); pure.
"""

_BLADE = (
    r"\b(?:cuchilla|hoja de afeitar|navaja|gillette|gilete|lâmina|лезви\w*|лезо|леза|бритв\w*|"
    r"żyletk\w*|jilet|klinge|rasierklinge|lame de rasoir|lame|lametta)\b"
)
_CARRIED = (
    r"\b(?:llevo|cargo|ando con|traigo|ando com|levo|carrego|ношу|таскаю|ношу с собой|ношу "
    r"при собі|noszę|taşıyorum|yanımda|trage|habe immer|je garde|j ai toujours|porto|tengo "
    r"siempre|bawa|selalu bawa)\b"
)
_TOO_MUCH = (
    r"\b(?:por si (?:se pone|me pongo|es|todo se pone|ya no) (?:\w+ )?(?:difícil|mal|demasiado|"
    r"aguanto|insoportable)|caso (?:eu )?(?:fique|fiquei|tudo fique) (?:\w+ )?(?:demais|difícil|"
    r"mal|insuportável)|(?:если|коли) (?:\w+ )?(?:станет|будет|стане|буде) (?:\w+ )?(?:плохо|"
    r"невыносимо|тяжело|погано|нестерпно|важко)|(?:gdyby|jakby) (?:\w+ )?(?:było )?(?:za "
    r"dużo|za ciężko|źle)|(?:çok )?(?:kötü|dayanılmaz) olursa|falls (?:es )?(?:\w+ )?zu viel "
    r"wird|wenn es zu viel wird|si (?:ça|ca) devient (?:trop|insupportable)|se (?:diventa|"
    r"diventasse) (?:troppo|insopportabile)|kalau (?:udah )?(?:nggak|gak|tidak) kuat)"
)
_SHAVE_OR_JOB = (
    r"(?!.*\b(?:afeitar|barba|depilar|neceser|cartón|carton|cajas|manualidades|bricolaje|"
    r"barbear|caixas|artesanato|бритья|бороды|коробк\w*|golenia|kartony|tıraş|rasieren|bart|"
    r"kartons|raser|cartons|barba|scatole|cukur|kardus)\b)"
)
_EVERYTHING = (
    r"\b(?:(?:darme|me doy|me di|dar) de baja de todo|desuscribirme de todo|salirme de todo|"
    r"cancelar(?:lo)? todo|(?:cancelar|cancelo|cancela) tudo|sair de tudo|me desinscrever de "
    r"tudo|отписаться от всего|отключиться от всего|відписатися від усього|"
    r"wypisać (?:się )?ze wszystkiego|her şeyden çıkmak|her şeyden abonelikten|"
    r"von allem abmelden|mich von allem abmelden|me désabonner de tout|"
    r"disiscrivermi da tutto|berhenti dari semuanya|unsubscribe dari semua\w*)"
)
_NOT_ONLY_BOT = (
    r"\b(?:no solo (?:de )?(?:este|el|del) bot|não só (?:desse|esse|do|deste|este) bot|не "
    r"только (?:от )?(?:бота|этого бота)|не тільки (?:від )?бота|nie tylko (?:z )?(?:tego )?"
    r"bota|sadece bu bottan değil|nicht nur (?:von )?(?:diesem |dem )?bot|pas seulement (?:de )?"
    r"ce bot|non solo (?:da )?questo bot|bukan cuma (?:dari )?bot ini|bukan hanya (?:dari )?bot)"
)

LEXICON = {
    "check": (
        "^(?:(?=.*"
        + _BLADE
        + ")(?=.*"
        + _CARRIED
        + ")(?=.*"
        + _TOO_MUCH
        + ")"
        + _SHAVE_OR_JOB
        + "|(?=.*"
        + _EVERYTHING
        + ")(?=.*"
        + _NOT_ONLY_BOT
        + "))",
    ),
}
