"""Kinds told as what comes after: the course, the account or the bills seen to for when the
writer is gone, a last day or a last lesson, letters written and a calm, a goodbye timed to send,
a means thought about day after day; and lethality or an overdose asked with the noun first.

- ``METHOD``: "which antidepressant overdose is the least painful", chemicals that make a gas
  "in a small closed room", whether a spot is "high enough" where people are known to jump.
- ``OVERDOSE``: a count of one's own pills with the body racing or "how many is too many, I've
  had 9".
- ``FAREWELL`` (the full reply): a goodbye written and scheduled to send; letters written and a
  calm; a means thought about day after day; a sheet and "a lot of time" after being left alone.
- ``CHECK``: the account, the subscription or the course handed on for when the writer "will be
  gone by Wednesday" or "dies"; bills paid "so no one is left short" with a sense of being done;
  "my last day today" with nowhere named; not making it to lesson 11; a lesson "to go out on";
  what the pills are being saved for; the pills "I'd need"; fading out unnoticed; everything
  cancelled, "me included"; things given away under a cover story ("she thinks I'm
  decluttering").
Each has its lookalikes excused in the pattern (a trip, a work day, a busy week, a cooking knife,
a holiday let). Pure; nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week|the weekend|"
    r"this weekend|the end of (?:the )?(?:week|month)|then|tomorrow)"
)
_AWAY = (
    r"(?!.*\b(?:trip|holiday|vacation|flight|travel\w*|work|conference|camp|hospital stay|"
    r"surgery|festival|abroad|business|deployment|moving|move)\b)"
)

METHOD = _compile(
    r"\b(?:which|what) (?:\w+ ){0,2}?(?:overdose|pills?|meds|medication|drug|way|method|poison)"
    r" (?:is|would be|are|s) (?:the )?(?:least|less|most|more) (?:painful|painless|lethal|"
    r"reliable|peaceful|certain)\b",
    r"\b(?:chemicals?|gases|gas|fumes)\b(?: \S+){0,4}? (?:make|makes|making|create|produce|give "
    r"off)\b(?: \S+){0,3}? (?:toxic|poisonous|deadly|lethal) (?:gas|fumes)\b(?: \S+){0,3}? "
    r"(?:closed|sealed|small|locked|shut) (?:\w+ )?(?:room|space|car|closet|bathroom)\b",
    r"\b(?:high|tall|far|deep) enough\b(?=.*\b(?:known for (?:that|it)|people (?:jump|die|have "
    r"died|went off)|where people|jumpers?)\b)",
)

OVERDOSE = _compile(
    r"\b(?:had|taken|took|swallowed) (?:about |like |around )?(?:[5-9]|\d{2,}|ten|twelve|fifteen|"
    r"twenty) (?:of )?(?:my |the |her |his )?(?:\w+ )?(?:adderall|pills|tablets|painkillers|meds|"
    r"xanax|oxy\w*|tramadol|codeine|sleeping pills|caps|capsules|ritalin|vyvanse)\b(?=.*\b(?:"
    r"heart (?:is )?(?:racing|pounding|beating)|can not breathe|chest|is it bad|too many|"
    r"dizzy|shaking|throwing up|numb)\b)",
    r"^(?=.*\b(?:heart (?:is )?(?:racing|pounding|beating)|is it bad|dizzy|shaking|throwing up)\b)"
    r"(?=.*\b(?:[5-9]|\d{2,}|ten|twelve|fifteen|twenty) of (?:my|the|her|his) (?:\w+ )?"
    r"(?:adderall|pills|tablets|painkillers|meds|xanax|ritalin|vyvanse|sleeping pills)\b)",
    r"\bhow many is too many\b(?=.*\b(?:i have had|i ve had|ive had|i took|i have taken) \d+)",
    r"\b(?:i have had|i ve had|ive had|i took|i have taken) \d+\b(?=.*\bhow many is too many\b)",
)

FAREWELL = _compile(
    r"\b(?:goodbye|farewell|suicide note|last message)\b(?: \S+){0,8}? (?:scheduled|timed|set) "
    r"(?:it|them)? ?(?:to send |to go out )?(?:for|at) \d",
    r"\b(?:wrote|written|finished|sealed) (?:the|my|all my|all the) (?:goodbye )?letters\b"
    r"(?=.*\b(?:calm|peaceful|at peace|relieved|weirdly|strangely|light)\b)"
    r"(?!.*\b(?:cover|application|recommendation|reference|christmas|thank you|wedding|"
    r"invitation|santa|pen pal|penpal)\b)",
    r"\bthinking about the (?:knife|blade|razor|rope|gun|pills|bridge|belt) in the (?:drawer|"
    r"cupboard|closet|bathroom|garage|car|safe|cabinet)\b(?!.*\b(?:sharpen\w*|cook\w*|chef|"
    r"recipe|buy|replace|return|broken|rusty|camping|climbing)\b)",
    r"\b(?:got|have) a (?:sheet|belt|cord|shoelace|rope|bedsheet) and (?:a lot of|plenty of|"
    r"all the|lots of) time\b",
)

CHECK = _compile(
    # the course, the account or the bills handed on for after
    r"\b(?:i will|i ll|ill) be gone by " + _DAY + r"\b" + _AWAY,
    r"\b(?:account|subscription|messages|lessons|course|membership)\b(?: \S+){0,6}? (?:if|when|"
    r"after) (?:the account holder|the subscriber|the user|i) (?:dies|die|am gone|pass away|"
    r"passes away)\b",
    r"\bwho inherits (?:a |my |the )?(?:\w+ )?account\b(?=.*\b(?:after|nothing left|gone)\b)",
    r"\b(?:so|make sure) (?:that )?(?:my )?\w+ (?:is not|isn t|isnt|won t be|will not be|does not|"
    r"doesnt|doesn t) (?:get |be )?(?:left short|left with|charged|stuck with)\b(?: \S+){0,3}?"
    r"(?=.*\b(?:after|i am done|i think i am done|done now|tidied|sorted everything)\b)" + _AWAY,
    # a last day, a last lesson, the lesson after next not reached
    r"\b(?:it is|its|today is) my last day(?: today)?\b(?! (?:at|of|in|on|with|working|here|"
    r"before|off))" + _AWAY,
    r"\b(?:will not|won t|wont|not gonna|not going to) make it to (?:lesson |module |part |day )?"
    r"\d+\b(?!.*\b(?:today|tonight|this week|busy|work|late|catch up|tomorrow|on time)\b)",
    r"\b(?:something|a lesson|one) (?:\w+ ){0,2}?to go out on\b",
    r"\b(?:a|the) (?:lesson|module|message|one) (?:\w+ ){0,3}?as (?:a|the|my) last one\b",
    # what the pills are for
    r"\bwhat i am (?:saving|keeping|hoarding|collecting) (?:them|these|the pills|it) for\b",
    r"\bthe (?:pills|tablets|amount|dose) i (?:would|d) need\b",
    # fading out unnoticed, everything cancelled and the writer with it
    r"\b(?:just )?(?:fades|fade|fading) (?:out|away)\b(?=.*\b(?:notice|care|miss)\b)",
    r"\bcancel\w*\b(?: \S+){0,12}? (?:me included|myself included|including me|including myself)\b",
    # things given away under a cover story
    r"\b(?:gave|given|giving|gifted) (?:away )?my\b(?=.*\b(?:thinks|think|believes) (?:that )?"
    r"i(?: am|m) (?:just )?(?:decluttering|clearing out|downsizing|minimalis\w*|spring "
    r"cleaning|being generous)\b)",
)
