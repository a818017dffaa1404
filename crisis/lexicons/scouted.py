"""A high place gone to again and again, to look down or at its height ("ya fui a verlo dos veces",
"я уже два раза ходила на мост, смотрела вниз", "我已经去天台看过两次了"): the check-in, which asks,
in Spanish, Portuguese, Italian, German, French, Russian, Ukrainian, Polish, Chinese, Indonesian
and Turkish. The English rules read a place looked up again and again; these languages had only
the place beside a wish.

A rule needs three things in one message, in any order: the place (a bridge, a roof, a viaduct,
a cliff, the tracks, a tower block), a return (twice, again, every night) and a look (down, at
the height, "went to see it"). Friends, photos, a sunset or the view, work on the roof or a
repair anywhere in the message make it an outing or a job. Written folded (see
``crisis.lexicons``); pure.
"""


def _three(place: str, again: str, look: str, unless: str) -> str:
    """``place``, ``again`` and ``look`` in one message, in any order, and ``unless`` nowhere."""
    return f"(?=.*\\b(?:{place}))(?=.*\\b(?:{again}))(?=.*\\b(?:{look}))(?!.*\\b(?:{unless}))"


_ES = _three(
    r"puente|azotea|viaducto|acantilado|vías del tren|edificio más alto|terraza del edificio",
    r"dos veces|tres veces|varias veces|otra vez|de nuevo|cada noche|todas las noches|"
    r"todos los días|volví",
    r"la altura|qué tan alto|lo alto que|hacia abajo|para abajo|abajo|cuánto mide|"
    r"(?:fui|he ido|volví|voy) a (?:verlo|mirarlo|ver|mirar)",
    r"amig\w*|fotos?|atardecer|puesta de sol|la vista|turist\w*|paseo|trabajo|obra|repar\w*|"
    r"inspecci\w*|antena",
)
_PT = _three(
    r"ponte|viaduto|terraço|telhado|laje|penhasco|trilhos|prédio mais alto",
    r"duas vezes|três vezes|várias vezes|de novo|outra vez|toda noite|todo dia|voltei",
    r"a altura|altura|lá embaixo|pra baixo|para baixo|(?:fui|voltei) (?:lá )?(?:ver|olhar)",
    r"amig\w*|fotos?|pôr do sol|vista|passeio|trabalho|obra|consert\w*|antena",
)
_IT = _three(
    r"ponte|viadotto|tetto|terrazzo|scogliera|binari|palazzo più alto",
    r"due volte|tre volte|più volte|di nuovo|ogni notte|ogni sera|sono tornat\w*",
    r"l altezza|quanto è alto|giù|di sotto|a guardarlo|a vederlo",
    r"amic\w*|foto|tramonto|panorama|lavoro|riparaz\w*|antenna",
)
_DE = _three(
    r"brücke|dach|hochhaus|klippe|gleise|parkhaus|staumauer",
    r"zweimal|dreimal|mehrmals|wieder|jeden abend|jede nacht",
    r"höhe|wie hoch|runtergeschaut|runter geschaut|nach unten|hinunter|runtergucken|"
    r"runterschauen|runtergeguckt",
    r"freunde\w*|fotos?|sonnenuntergang|aussicht|arbeit|reparatur|dachdecker|antenne",
)
_FR = _three(
    r"pont|toit|falaise|viaduc|voies ferrées|immeuble",
    r"deux fois|trois fois|plusieurs fois|encore|chaque soir|chaque nuit|retourné\w*|retournée",
    r"la hauteur|combien de mètres|en bas|regarder en bas|vers le bas",
    r"amis|amies|photos?|coucher de soleil|la vue|travail|réparation|antenne",
)
_RU_UK = _three(
    r"мост\w*|крыш\w*|высотк\w*|многоэтажк\w*|обрыв\w*|міст|мосту|дах\w*|багатоповерхівк\w*|"
    r"урвищ\w*",
    r"два раза|три раза|несколько раз|снова|опять|каждый вечер|каждую ночь|двічі|два рази|"
    r"кілька разів|знову|щовечора|щоночі",
    r"высот\w*|вниз|як високо|как высоко|висот\w*|донизу",
    r"друз\w*|фото\w*|закат\w*|захід сонця|вид на|работ\w*|робот\w*|ремонт\w*|антенн\w*",
)
_PL = _three(
    r"most\w*|moście|dach\w*|wieżowc\w*|wieżowiec|urwisk\w*|tory",
    r"dwa razy|trzy razy|kilka razy|znowu|znów|co wieczór|codziennie",
    r"wysokość|w dół|na dół|jak wysoko",
    r"przyjaciół|znajom\w*|zdjęci\w*|zachód słońca|widok|prac\w*|napraw\w*|anten\w*",
)
_ID_TR = _three(
    r"jembatan|atap|rooftop|gedung|tebing|rel kereta|flyover|köprü\w*|çatı\w*|uçurum\w*|"
    r"gökdelen\w*",
    r"dua kali|tiga kali|berkali kali|tiap malam|setiap malam|iki kez|iki kere|üç kez|"
    r"birkaç kez|yine|tekrar|her gece|her akşam",
    r"tingginya|ke bawah|lihat ke bawah|yüksekliğ\w*|ne kadar yüksek|aşağı\w*",
    r"teman|temen|foto|sunset|pemandangan|kerja|arkadaş\w*|fotoğraf\w*|gün batımı|manzara|"
    r"tamir\w*|antena",
)
# Chinese: the place, a return and a look, with no outing
_ZH = (
    r"(?=.*(?:天台|楼顶|樓頂|顶楼|頂樓|大桥|大橋|桥上|橋上|江边|江邊))(?=.*(?:两次|兩次|三次|好几次|好幾次|"
    r"又去|每天晚上|每晚))(?=.*(?:看过|看過|往下看|看了看|有多高|多高))(?!.*(?:夜景|星星|拍照|朋友|"
    r"晒衣服|曬衣服|烧烤|燒烤|维修|維修|修理|风景|風景))"
)

LEXICON = {
    # one phrase for every language, read from the message's start
    "check": ("^(?:" + "|".join((_ES, _PT, _IT, _DE, _FR, _RU_UK, _PL, _ID_TR, _ZH)) + ")",),
}
