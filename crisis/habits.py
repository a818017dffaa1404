"""Harm to one's health told as a habit's: "hurting myself by smoking so much".

"kendime zarar verdim sigara içerek" (I harmed myself by smoking), "i'm hurting myself by
smoking so much", "je me fais du mal en fumant": the words of self-harm, with the way named right
beside them, and that way is a habit that wears down the body (cigarettes, drink, vaping, junk
food, no sleep). That is worry about one's health, not self-harm; ``by_habit`` (English,
normalised) and ``by_habit_abroad`` (Turkish, French, Spanish, Portuguese, Italian, German,
folded) are True for it, and the self-harm reading is dropped (``crisis.assess``).

Never with a blade, a cut, pills, a death wished or "on purpose" or "I don't care" beside it:
"killing myself with cigarettes and i don't care, the sooner the better" is read as it stands.
Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_HABIT = (
    r"(?:smoking|smoke|cigarettes?|cigs?|fags?|ciggies|tobacco|vaping|vapes?|snus|shisha|hookah|"
    r"chewing tobacco|drinking|booze|alcohol|energy drinks|red bull|coffee|caffeine|junk food|"
    r"fast food|takeaways|sugar|fizzy drinks|soda|sweets|not sleeping|no sleep|staying up|all "
    r"nighters|overworking|sitting all day|screen time|doomscrolling|eating (?:so |too )?"
    r"(?:badly|late|much))"
)
# the harm done to oneself or one's health, then by a habit; or the habit said to do it
_BY_HABIT = needles.compile(
    r"\b(?:hurt\w*|harm\w*|damag\w*|ruin\w*|wreck\w*|poison\w*|killing|destroy\w*) (?:myself|"
    r"my (?:health|body|lungs|liver|heart|teeth|skin|stomach|sleep))(?: \w+){0,3}? (?:by|with|"
    r"from|through|because of|cause of) (?:\w+ ){0,2}?" + _HABIT + r"\b"
    r"|\b(?:the |these |those |my |all this |all the )?" + _HABIT + r" (?:is|are|s) "
    r"(?:slowly |literally |really )?(?:killing|hurting|ruining|wrecking|destroying) (?:me|my "
    r"(?:health|body|lungs|liver|heart|teeth|skin))\b"
)
# ...with no blade, pills, death wished, or not caring beside it
_MEANT = needles.compile(
    r"\b(?:blade|razor|knife|cut\w*|pills|tablets|overdos\w*|on purpose|deliberately|want to "
    r"die|wanna die|die sooner|sooner the better|faster|speed it up|hope it|hoping it|i do not "
    r"care|i don t care|dont care|do not care|deserve|good riddance|end it|suicid\w*|that s the "
    r"point|thats the point|the point|anyway|rather be dead|be dead)\b"
)
# Other languages, folded (``crisis.languages.fold``): the harm or the killing of oneself, and a
# habit named beside it
_HARM_ABROAD = needles.compile(
    r"\b(?:kendime zarar (?:ver\w*)|kendimi (?:oldur\w*|mahved\w*|bitir\w*)|me fais du mal|me "
    r"detruis|me tue|me estoy (?:haciendo dano|matando|destruyendo)|me hago dano|me mato|"
    r"estou me (?:matando|destruindo|fazendo mal)|me (?:mato|destruo)|mi sto (?:facendo del "
    r"male|ammazzando|distruggendo)|schade mir|bringe mich (?:\w+ )?um|mache mich kaputt)\b"
)
_HABIT_ABROAD = needles.compile(
    r"\b(?:sigara\w*|icki\w*|alkol\w*|tutun\w*|nargile\w*|fast food|uykusuz\w*|kahve\w*|"
    r"fum\w*|clopes?|cigarettes?|tabac|alcool|en buvant|malbouffe|cigarr\w*|tabaco|bebiendo|"
    r"comida basura|cigarros?|bebendo|sigarett\w*|bevendo|rauch\w*|zigarett\w*|saufen|alkohol)\b"
)
_MEANT_ABROAD = needles.compile(
    r"\b(?:jilet\w*|bicak\w*|kes\w*|hap\w*|bilerek|kasten|olmek|olmek istiyorum|intihar\w*|"
    r"umurumda degil|lame|couteau|coupe\w*|expres|mourir|suicid\w*|m en fiche|cuchilla|navaja|"
    r"corte\w*|a proposito|morir|me da igual|lamina|faca|de proposito|lametta|coltello|apposta|"
    r"morire|klinge|messer|ritz\w*|absichtlich|sterben|egal)\b"
)


def by_habit(plain: str) -> bool:
    """Harm to oneself or one's health told as a habit's (English, normalised text)."""
    return _BY_HABIT.search(plain) is not None and _MEANT.search(plain) is None


def by_habit_abroad(folded: str) -> bool:
    """The same in Turkish, French, Spanish, Portuguese, Italian or German (folded text)."""
    return (
        _HARM_ABROAD.search(folded) is not None
        and _HABIT_ABROAD.search(folded) is not None
        and _MEANT_ABROAD.search(folded) is None
    )
