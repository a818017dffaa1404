"""Medicine taken as part of a day: "took my meds 💊✅", "evening tablets done", "had my lithium
with breakfast".

The classifier has seen "took" beside pills mostly in overdoses, so a routine dose told in a few
words reads to it as one. ``taken_as_usual`` says when a message is only that: one's own medicine
taken (or ticked off), with no amount beyond the usual, no word of harm or farewell, nothing
hoarded. It excuses the classifier's reading and the emoji rule, never a rule's phrase about an
overdose. ``EVERYDAY`` holds the other everyday readings it makes when trained with the eighth
set: goodbyes to a team on retiring, a kitchen knife, knowing how to cook, cover letters. A small
dose of a common painkiller for a named ache ("took 2 ibuprofen for a headache") is one too, with
the rest of the message read for more. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.vocab import _compile

_MEDICINE = (
    r"(?:meds|medication|medications|medicine|medicines|pills?|tablets?|capsules?|dose|doses|"
    r"antidepressants?|ssris?|vitamins?|supplements?|lithium|sertraline|fluoxetine|prozac|"
    r"zoloft|lexapro|escitalopram|citalopram|venlafaxine|effexor|bupropion|wellbutrin|"
    r"mirtazapine|quetiapine|seroquel|lamotrigine|lamictal|adderall|ritalin|concerta|insulin|"
    r"inhaler|birth control|the pill|iron|thyroid pills?|levothyroxine|metformin|codeine|"
    r"tramadol|co codamol|cocodamol|painkillers?)"
)
_WHEN = (
    r"(?:morning|evening|night|nighttime|bedtime|daily|usual|regular|lunchtime|am|pm|heart|"
    r"blood pressure|bp|sleeping|sleep|pain|allergy|anxiety|cholesterol|water) "
)
# "took my meds", "had my evening tablets", "remembered my pills", "meds taken", "meds done"
# Grouped by first letter (``vocab._compile``): "(?:my |the )?" at the start of a plain pattern
# would be tried at every character of a long message.
_TAKEN = _compile(
    r"\b(?:took|taken|had|swallowed|remembered|done with|finished) (?:my |the |a )?(?:"
    + _WHEN
    + r")?"
    + _MEDICINE
    + r"\b",
    r"\b(?:my |the )?(?:"
    + _WHEN
    + r")?"
    + _MEDICINE
    + r" (?:taken|done|down|in|sorted|check(?:ed)?|ticked off|✅|✔)",
    r"\b(?:remembered|did not forget|didn't forget) (?:to take )?(?:my |the )?" + _MEDICINE,
)
# What turns a dose into an overdose or a goodbye: an amount, a hoard, a word of harm or leaving.
_MORE_THAN_USUAL = needles.compile(
    r"\b(?:all|whole|entire|every|everything|rest|remaining|lot|lots|bunch|handful|handfuls|"
    r"bottle|bottles|box|boxes|pack|packs|packet|packets|strip|strips|stash|stockpil\w*|saved|"
    r"hoard\w*|extra|double|triple|more|too|enough|many|much|overdos\w*|od|"
    r"(?<!at )\d{2,}|twenty|thirty|"  # "at 10" is a time
    r"forty|fifty|hundred|dozens?|die|dying|dead|death|kill\w*|suicid\w*|end|ending|over|"
    r"bye|goodbye|farewell|sorry|forgive|forever|never|wake|sleep|gone|leave|leaving|last|final|"
    r"vodka|wine|whisky|whiskey|beer|alcohol|drink|drinks|drunk|booze|rum|gin|tequila|"
    r"hurt\w*|harm\w*|cut\w*|jump\w*|hang\w*|rope|gun|note|letter|love you|tell|numb|dizzy|"
    r"spinning|breath\w*|heart(?! (?:pills?|meds|medication|medicine|tablets?))|"
    r"throw\w* up|vomit\w*|sick|pass\w* out|can not|cannot|nobody|"
    r"no one|pointless|worthless|tired|hopeless|empty|"
    # a dose repeated or doubted: "took it again, then another"
    r"again|another|twice|thrice|times|dangerous|safe|twitch\w*|shak\w*|seizure\w*|"
    r"(?:[2-9]|two|three|four|five|six|seven|eight|nine|ten) (?:doses|pills|tablets|capsules))\b"
)
# A small dose of a common painkiller for a named ache: "took 2 ibuprofen for a headache",
# "ibuprofen 2 tablets for my period pain". The count is read here, so the rest of the message
# is what ``_MORE_THAN_USUAL`` looks at.
_PAINKILLER = (
    r"(?:ibuprofen|paracetamol|acetaminophen|tylenol|advil|nurofen|aspirin|panadol|naproxen|"
    r"co codamol|cocodamol|painkillers?)"
)
_FEW = r"(?:1|2|3|one|two|three|a couple of|a couple|an|a)"
_ACHE = (
    r"for (?:a |my |the |this |her |his )?(?:headache|migraine|period pain|period cramps|cramps|"
    r"back|backache|back pain|toothache|tooth|cold|fever|flu|hangover|sore throat|knee|neck|"
    r"shoulder|sprain|earache)\b"
)
_SMALL_DOSE = _compile(
    r"\b(?:took|taken|had|popped|swallowed) "
    + _FEW
    + r" "
    + _PAINKILLER
    + r"(?: tablets?| pills?| capsules?)?(?: \S+){0,3}? "
    + _ACHE,
    r"\b" + _PAINKILLER + r" " + _FEW + r" (?:tablets?|pills?|capsules?)(?: \S+){0,3}? " + _ACHE,
)
# Emoji that turn a routine into a goodbye, a drink or a grave.
_MORE_EMOJI = needles.compile("🥃|🍷|🍺|🍾|🍸|⚰|🪦|👋|🌉|🔪|🩸|🪢|💀|😵|🥀|🖤|(?:💊\\s*){3,}")


EVERYDAY = needles.compile(
    r"\b(?:goodbye|farewell|leaving) (?:messages?|emails?|cards?|speech|notes?) (?:to|for) "
    r"(?:my |the |all my )?(?:team|colleagues|class|students|coworkers|co workers|staff|pupils)\b|"
    r"\bbefore i (?:retire|leave the company|change jobs|move)\b|"
    r"\b(?:knife|knives)\b(?: \S+){0,8}? (?:sharpen\w*|cooking|chef|kitchen|recipe|dinner|"
    r"chopping)\b|"
    r"\bknow how to (?:cook|make|bake|drive|swim|code|knit|play|use|fix|read|sew|ski|dance)\b|"
    r"\b(?:cover|application|motivation|job|reference|recommendation) letters?\b"
)


def taken_as_usual(text: str, plain: str) -> bool:
    """One's usual medicine told as taken, and nothing more than that in the message (or
    another everyday reading of ``EVERYDAY``)."""
    if EVERYDAY.search(plain) is not None and _MORE_EMOJI.search(text) is None:
        return True
    small = _SMALL_DOSE.search(plain)
    if small is not None:
        rest = plain[: small.start()] + " " + plain[small.end() :]
        return _MORE_THAN_USUAL.search(rest) is None and _MORE_EMOJI.search(text) is None
    if _TAKEN.search(plain) is None:
        return False
    return _MORE_THAN_USUAL.search(plain) is None and _MORE_EMOJI.search(text) is None
