"""More English signs said without the words: affairs settled, a deadline, a search for means.

People who have decided often list what they have put in order rather than what they intend:
the will updated, the accounts deleted, the debts paid, the passwords left for someone. One such
act is ordinary; two or more in one message are a preparation (``SETTLING``). Others name only
a time after which they will not be here ("by sunday none of this will matter"), a death that
would come as a relief ("if the doctor said i had cancer i would be relieved"), or look up how a
method works without the words a lethal-dose rule waits for ("does carbon monoxide still work
with new cars"). ``MORE`` gets the full crisis reply like the other explicit signs in
``signals``; ``METHOD_MORE`` is method-seeking; ``CHECK`` is a risk that is not clearly a crisis
(the only reason to stay alive, death imagined as peace): the check-in, which asks. Read on
normalised, guarded text (see ``crisis.normalise``). Pure; nothing here logs.
"""

from __future__ import annotations

import re

from crisis.vocab import _compile

_DAY = (
    r"(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|"
    r"next week|next month|the end of (?:the|this) (?:week|month)|morning|midnight)"
)
_MEANS = (
    r"(?:carbon monoxide|co2?|exhaust|helium|nitrogen|charcoal|a noose|noose|the rope|a rope|"
    r"rope|hanging|train|bridge|jumping|jump|pills|overdose|bleach|gun|shotgun|pistol)"
)

# Acts of putting things in order. A strong one (a will, possessions or passwords left for
# someone, letters, goodbyes) with one more, or three ordinary ones (accounts deleted, debts
# paid, the flat cleaned, a calm, a time), are a preparation: "paid off my loan and cleaned the
# flat" alone is a good week.
_STRONG = tuple(
    re.compile(p)
    for p in (
        r"\b(?:updated|wrote|written|made|finished|signed|redid|redone|changed) (?:my|a|the) "
        r"(?:last )?will\b",
        r"\b(?:gave|given|giving) (?:away )?(?:my|all my) (?:\w+ ){0,3}?(?:cat|dog|pets?|guitar|"
        r"watch|car|jewel\w*|rings?|books|things|stuff|belongings|savings|money|plants|games|"
        r"console|bike|clothes|medals|records|camera|laptop)\b",
        r"\b(?:left|gave|wrote down|sent|shared|leave|leaving) (?:\w+ ){0,4}?(?:passwords?|"
        r"passcodes?|pin|bank details|account details|crypto wallet|login details)\b",
        r"\b(?:passwords?|passcodes?|bank details|wallet) (?:\w+ ){0,4}?(?:to|for) (?:my|her|his) "
        r"\w+\b",
        r"\b(?:in an envelope|envelope) for (?:my|her|his) \w+\b",
        r"\b(?:wrote|written|writing|left) (?:\w+ )?(?:letters?|notes?) for\b",
        r"\b(?:rehomed|found a home for) (?:my )?(?:cat|dog|pets?)\b",
        r"\b(?:said|say|saying) (?:goodbye|bye) to (?:all|everyone|every)\b",
        r"\b(?:i have|i ve) done my (?:part|bit|time)\b",
    )
)
_ORDINARY = tuple(
    re.compile(p)
    for p in (
        r"\bdeleted (?:all )?(?:my )?(?:socials|accounts|social media|profiles|instagram|"
        r"facebook|tiktok|photos|messages|search history)\b",
        r"\b(?:cancel+ed|cancelling|canceling|ended|stopped) (?:all )?(?:my |the )?"
        r"(?:subscriptions?|gym membership|memberships?|phone contract|lease|appointments?)\b",
        r"\bpaid (?:off|back) (?:all )?(?:my |the )?(?:debts?|loans?|bills|credit cards?|"
        r"everyone)\b",
        r"\b(?:cleaned|tidied|cleared out|sorted) (?:up )?(?:the|my) (?:apartment|flat|house|"
        r"room|place)\b",
        r"\bfeel (?:so |very |weirdly |strangely |oddly )?calm\b",
        r"\b(?:tomorrow|tonight) (?:morning|night)?\s*$",
    )
)


class _Settling:
    """Things put in order, as ``_STRONG`` and ``_ORDINARY`` count: ``search`` like a pattern."""

    @staticmethod
    def search(text: str) -> bool:
        strong = sum(act.search(text) is not None for act in _STRONG)
        ordinary = sum(act.search(text) is not None for act in _ORDINARY)
        return (strong >= 1 and strong + ordinary >= 2) or ordinary >= 3


SETTLING = _Settling()

MORE = _compile(
    # a deadline after which they will not be here
    r"\b(?:by|after|from) " + _DAY + r" (?:\w+ )?(?:none of (?:this|it)|nothing|it|this) "
    r"(?:will|is going to|would) (?:not )?matter\b",
    r"\bnone of (?:this|it) will matter (?:by|after|soon|anymore|any more|" + _DAY + r")\b",
    r"\b(?:tomorrow|tonight|next week|after tonight|after today|soon) i (?:am|will) not "
    r"(?:be )?(?:here|around|alive|exist\w*)\b",
    r"\bi (?:will not|am not going to|wo not) be (?:here|around|alive) (?:next|by|after|on|"
    r"this|in a) (?:week|month|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|"
    r"time|tomorrow|tonight|few days|year)\b",
    r"\bwill not (?:be )?need(?:ing)? (?:the |any |my |this )?(?:last|final|later|last few|"
    r"remaining) (?:lessons?|modules?|sessions?|parts?|days?)\b",
    r"\b(?:the )?last time i will (?:use|write|talk|message|text|open|be on|be here|see)\b"
    r"(?=.*\b(?:thanks|thank you|thank u|ty|take care|goodbye|bye|sorry|forgive)\b)",
    # a death that would be welcome, a wish for an accident
    r"\b(?:cancer|terminal|a tumou?r|dying|an accident|the crash)\b(?: \w+){0,8}? i would "
    r"(?:honestly |actually |really |probably |just |secretly )?(?:be|feel) (?:relieved|glad|"
    r"happy|grateful|thankful)\b",
    r"\b(?:would not|do not|wouldnt) (?:mind|care) if (?:the|my|a|this) (?:plane|car|bus|train|"
    r"flight|boat|building) (?:\w+ )?(?:crashed|crashes|crash|sank|sinks|fell|collapsed|"
    r"hit me|went down)\b",
    r"\b(?:dying|death|suicide|ending it|killing myself|not being here) (?:would be|is|seems|"
    r"feels like|looks like) (?:like )?the (?:only|best|easiest|last) (?:way out|option|"
    r"answer|solution|escape|way)\b",
    r"\b(?:better|easier|best) (?:\w+ ){0,2}?(?:to not|not to|if i did not|if i do not|if i "
    r"would not|if i just did not) (?:exist|be here|be alive|live|wake up|be born)\b",
    r"\b(?:going to|gonna|want to|wanna|will|ready to|about to|i) (?:commit )?suicide\b"
    r"(?! (?:prevention|rate|rates|risk|hotline|line|awareness|statistics|ideation|and|is|in))",
    r"\b(?:not going to|not gonna|can not|will not|refuse to|do not want to) keep (?:on )?"
    r"(?:living|existing|going|doing this) (?:like this|this way|anymore|any more)\b",
    # a past attempt, and this time
    r"\b(?:tried|attempt\w*|last time|overdosed)\b(?!.*\b(?:exams?|tests?|class|course|"
    r"interview|driving|semester|module|quiz|diet|job)\b).*\b(?:not going to|will not|"
    r"not gonna) fail (?:this|next) time\b",
    r"\bthis time i (?:will|am going to|am gonna) (?:succeed|get it right|do it properly|make "
    r"sure|not fail)\b",
    r"\bkill me\b(?: \w+){0,8}? (?:do it|doing it) myself\b",
    # self-harm felt now, an overdose waited out
    r"\bfeel(?:ing)? like (?:cutting|hurting myself|harming myself|self harming|burning myself)\b",
    r"\b(?:how (?:easy|simple|quick) it would be to|thinking about how easy) (?:\w+ ){0,3}?"
    r"(?:take|swallow|jump|end it|die|cut|drive into|step in front)\b",
    r"\b(?:take|swallow|took|swallowed) everything in the (?:bathroom |medicine )?"
    r"(?:cabinet|drawer|cupboard)\b",
    # someone else's farewell, as told by a teacher or a friend
    r"\b(?:posted|wrote|said|texted|messaged|told \w+) (?:\w+ ){0,4}?(?:today|tonight|this) is "
    r"(?:her|his|their|my) last day\b",
)

METHOD_MORE = _compile(
    r"\b(?:which|what)\b(?!.*\b(?:treatment|therapy|depression|study|studying|learning|"
    r"revision|diet|contracepti\w*|teaching|exams?|weight|quit\w*|smoking|fishing|"
    r"business)\b) (?:\w+ ){0,2}?(?:method|way)s? (?:\w+ ){0,3}?(?:highest|best|most|"
    r"greatest) (?:success rate|chance|reliab\w*|effective\w*)\b",
    r"\b" + _MEANS + r" (?:\w+ ){0,6}?(?:still )?(?:work|works|working|reliable|effective|quick|"
    r"painless)\b(?:.*\b(?:reliable|sure|certain|need something|enough|for good)\b)",
    r"\b(?:how (?:to|do you|do i|can i|would i|should i)|way to|learn to|learning to) tie a "
    r"noose\b|\btying a noose\b",
    r"\bhow long (?:\w+ ){0,4}?(?:body|bodies|me) (?:to be |is |are |would be |gets |get |"
    r"was |will be )?found\b",
    r"\b(?:looked up|searched|googled|checked|researched) (?:\w+ ){0,3}?(?:tallest|highest) "
    r"(?:building|bridge|cliff|car park|parking garage|tower|point)\b",
)

CHECK = _compile(
    r"\b(?:only|one) (?:reason|thing) (?:i am|i have|that keeps me|keeping me) (?:still )?"
    r"(?:alive|stayed alive|not dead)\b",
    r"\b(?:only|one) (?:reason|thing) (?:i am )?(?:still )?alive is\b",
    r"\bdeath (?:would|will|might) (?:feel|be) (?:like that|peaceful|a relief|a rest|welcome)\b",
    r"\b(?:i )?want (?:that|it|this|peace like that) (?:permanently|forever|for good)\b",
)

# A question asked before anything has happened: "what should i do if a friend ever tells me
# they are suicidal?" is education, not a crisis of anyone's.
HYPOTHETICAL = re.compile(
    r"\b(?:what (?:should|do|can|would|could) (?:i|you|we|one|people)|how (?:do|should|can|would|"
    r"could) (?:i|you|we|one)) (?:\w+ ){0,3}?(?:if|when) (?:a friend|a family member|someone|"
    r"somebody|anyone|a loved one|a person|a student|a patient|a colleague|people)\b"
    r"(?!.*\b(?:right now|tonight|just now|today|this morning|not answering|not picking up)\b)"
)

# Distress in everyday words, beside ``signals``' list: loneliness, tears, a heavy day.
DISTRESS_MORE = _compile(
    r"\b(?:loneliness|lonely|isolated)\b",
    r"\b(?:nobody|no one|noone) (?:likes|loves|wants|needs|cares about|talks to) me\b",
    r"\b(?:cried|crying|cry|sobbed|sobbing) (?:\w+ ){0,3}?(?:in|at|again|every|all|myself|"
    r"for hours|in the)\b",
    r"\b(?:tired|sick|exhausted) of (?:feeling|being) (?:like )?(?:this|so|sad|alone|empty|"
    r"worthless|useless|this way)\b",
    r"\b(?:depression|anxiety|sadness|grief|the dark) (?:\w+ )?(?:is|has been|feels) "
    r"(?:\w+ )?(?:heavy|bad|worse|awful|unbearable|crushing|back)\b",
)

# An overdose told without naming the pills: "already did it. just waiting now".
OVERDOSE_MORE = _compile(
    r"\b(?:already|just|i) (?:did|done|have done) it\b(?: \w+){0,4}? (?:just )?(?:waiting|wait)\b",
)
