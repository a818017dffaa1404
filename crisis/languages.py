"""Direct statements of suicidal intent in the languages most used on Telegram, and in Europe.

English is handled by the main rules; here are Russian, Ukrainian, Spanish, Portuguese, German,
Turkish, Indonesian, Hindi (Devanagari and romanised), Arabic, Persian, French, Italian, Polish and
Uzbek (Latin and Cyrillic). Only plain, direct statements ("I want to die", "I will kill myself",
"I don't want to live", suicide, a method question, pills taken): the reply points to
findahelpline.com, which lists lines in every country. Matched on case-folded text with accents
kept, since normalising Cyrillic or Arabic script the English way would change the letters.

Each phrase is a plain substring or a short pattern, and an idiom that sounds alike ("me muero de
risa", "я умираю со смеху") is left out on purpose: none of these phrases is used jokingly.
"""

from __future__ import annotations

import re
import unicodedata

_PHRASES = (
    # Russian
    r"хочу умереть|не хочу (?:больше )?жить|больше не хочу жить|покончить с собой|покончу с "
    r"собой|убить себя|убью себя|наложить на себя руки|суицид|самоубийств|выпила? все таблетки|"
    r"прощайте|мой последний урок",
    # Ukrainian
    r"хочу померти|не хочу (?:більше )?жити|покінчити з собою|вбити себе|вб'ю себе|накласти на "
    r"себе руки|самогубств",
    # Spanish
    r"quiero morir|me quiero morir|quiero matarme|voy a matarme|me voy a matar|suicidarme|"
    r"no quiero (?:seguir )?vivir|quitarme la vida|se quiere matar|pastillas (?:\w+ ){0,3}?"
    r"para morir|tome todas las pastillas|tomé todas las pastillas",
    # Portuguese
    r"quero morrer|vou me matar|quero me matar|n[aã]o quero (?:mais )?viver|me suicidar|"
    r"tirar (?:a )?minha (?:pr[oó]pria )?vida|tomei todos os rem[eé]dios",
    # German
    r"ich will sterben|ich möchte sterben|will nicht mehr leben|möchte nicht mehr leben|mich "
    r"umbringen|bringe mich um|selbstmord|suizid|mir das leben nehmen|alle (?:meine )?tabletten "
    r"genommen|tabletten (?:\w+ ){0,4}?um zu sterben|abschiedsbrief",
    # Turkish
    r"ölmek istiyorum|kendimi öldür|intihar|yaşamak istemiyorum",
    # Indonesian
    r"ingin mati|mau mati|pengen mati|pingin mati|bunuh diri|tidak ingin hidup|gak mau hidup|"
    r"nggak mau hidup",
    # Hindi, in Devanagari and romanised
    r"मरना चाहत|आत्महत्या|खुद को मार|ख़ुद को मार|जीना नहीं चाहत|marna chahta|marna chahti|"
    r"khudkushi|aatmahatya|atmahatya|jeena nahi|jina nahi|khatam karna chahta|khatam karna chahti",
    # Arabic
    r"أريد أن أموت|اريد ان اموت|أريد الموت|انتحار|أنتحر|انتحر|أقتل نفسي|اقتل نفسي|لا أريد أن أعيش|"
    r"لا اريد ان اعيش",
    # Persian
    r"میخواهم بمیرم|می‌خواهم بمیرم|میخوام بمیرم|می‌خوام بمیرم|خودکشی|خودمو بکشم|خودم را بکشم|"
    r"نمیخوام زنده باشم|نمی‌خوام زنده باشم",
    # French
    r"je veux mourir|j'ai envie de mourir|je vais me tuer|je veux me tuer|me suicider|"
    r"je ne veux plus vivre|j'ai plus envie de vivre|je n'ai plus envie de vivre|"
    r"mettre fin à ma vie|mettre fin à mes jours|en finir avec la vie|j'ai pris toutes les pilules|"
    r"j'ai pris tous mes médicaments",
    # Italian
    r"voglio morire|mi voglio uccidere|voglio uccidermi|mi ammazzo|suicidarmi|"
    r"non voglio più vivere|farla finita con la vita|togliermi la vita|"
    r"ho preso tutte le pillole",
    # Polish
    r"chcę umrzeć|chce umrzec|zabiję się|zabije sie|nie chcę żyć|nie chce zyc|"
    r"popełnić samobójstwo|odebrać sobie życie|wziąłem wszystkie tabletki|"
    r"wzięłam wszystkie tabletki",
    # Uzbek, Latin and Cyrillic
    r"o'lmoqchiman|o‘lmoqchiman|oʻlmoqchiman|olmoqchiman|o'zimni o'ldir|o‘zimni o‘ldir|"
    r"o'z joniga qasd|yashashni xohlamayman|ўлмоқчиман|ўзимни ўлдир|яшашни хоҳламайман",
)
_ALTERNATIVES = [part for phrase in _PHRASES for part in phrase.split("|")]
_PATTERN = re.compile("|".join(_ALTERNATIVES))
# Most messages are plain ASCII, where only the ASCII phrases can match: a shorter pattern.
_ASCII_PATTERN = re.compile("|".join(p for p in _ALTERNATIVES if p.isascii()))
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u0060": "'"})


def prepare(text: str) -> str:
    """Case-folded text with accents and scripts kept, for the patterns here."""
    return unicodedata.normalize("NFC", text).casefold().translate(_APOSTROPHES)


def direct_statement(text: str) -> bool:
    """Whether ``text`` states suicidal intent in one of the languages above."""
    prepared = prepare(text)
    pattern = _ASCII_PATTERN if prepared.isascii() else _PATTERN
    return pattern.search(prepared) is not None
