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
    r"surgery|festival|abroad|business|deployment|moving|move|"
    # a holiday spent elsewhere: "spending it at my in-laws"
    r"spending (?:it|christmas|the holidays|easter|new year) (?:at|with|in)|cruise)\b)"
)

METHOD = _compile(
    r"\b(?:which|what) (?:\w+ ){0,2}?(?:overdose|pills?|meds|medication|drug|way|method|poison)"
    r" (?:is|would be|are|s) (?:the )?(?:least|less|most|more) (?:painful|painless|lethal|"
    r"reliable|peaceful|certain)\b",
    r"\b(?:chemicals?|gases|gas|fumes)\b(?: \S+){0,4}? (?:make|makes|making|create|produce|give "
    r"off)\b(?: \S+){0,3}? (?:toxic|poisonous|deadly|lethal) (?:gas|fumes)\b(?: \S+){0,3}? "
    r"(?:closed|sealed|small|locked|shut) (?:\w+ )?(?:room|space|car|closet|bathroom)\b",
    r"\bwhat (?:method|way)\b(?: \S+){0,8}? (?:does not|doesn t|won t|will not) hurt\b",
    r"\bwhich veins?\b(?: \S+){0,6}? (?:cut|slit|open)\b",
    r"\b(?:overdose|od)\b(?: \S+){0,10}? i (?:would|d) want something (?:quicker|faster|"
    r"less painful|more certain)\b",
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
    r"\b(?:do not|don t) (?:intend|plan|expect) to be (?:alive|around|here)\b",
    r"\b(?:will not|won t) be (?:driving|walking|coming|swimming|riding) back\b",
    r"\b(?:up to|on|at|to) the (?:cliffs?|roof|bridge|top|edge)\b(?: \S+){0,6}? and not come "
    r"(?:down|back)\b",
    r"\bhow long (?:before|until|till) (?:someone|anyone|they|people) (?:finds|find) (?:you|me|"
    r"the body|a body|your body)\b",
    r"\bcharcoal\b(?=.*\btape\b)(?!.*\b(?:bbq|barbecue|barbeque|grill|camping|art|drawing)\b)",
    r"\b(?:going to|gonna) take (?:everything|them all|all of them) tonight\b",
    r"\bthen i (?:will not|won t) live at all\b",
    r"\bwanted to (?:step|jump|fall|climb) out\b",
    # a means kept close, and what it has become
    r"\b(?:revolver|gun|pistol|rifle|weapon|rope|razor|blade|tramadol|pills|tablets)\b(?=.*\b(?:"
    r"looks like a solution|like knowing (?:it s|its|it is|they re|they are) there|"
    r"sitting with it|on the edge|counting (?:them|it)|in a (?:neat )?(?:little )?pile)\b)",
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
    r"\b(?:will not|won t|wont) be around (?:to|for|after|by)\b" + _AWAY,
    r"\bit (?:will not|won t) matter after (?:this|next) (?:week|month|weekend)\b",
    r"\bnot planning on (?:another|a next) (?:one|birthday|christmas|year)\b",
    r"\b(?:not going to|not gonna|will not|won t) be (?:around|here|alive) for (?:christmas|"
    r"my birthday|new year|the holidays|easter|the summer|next year)\b" + _AWAY,
    r"\bi (?:will not|won t) (?:be using|use) it past\b" + _AWAY,
    r"\bi (?:already )?know how\b(?! to)(?=.*\b(?:not going to let|not letting|before|decided)\b)",
    r"\bi am choosing this\b",
    r"\bif i (?:die|died|were gone|was gone)\b(?: \S+){0,2}? (?:nobody|no one) (?:loses|would lose|"
    r"would miss|misses)\b",
    r"\bcheaper way\b(?=.*\b(?:switzerland|dignitas|assisted dying|euthanasia)\b)|"
    r"\b(?:switzerland|dignitas)\b(?=.*\bcheaper way\b)",
    r"\bthen the last thing\b",
    r"\bbetter off\b(?: \S+){0,12}? (?:make that happen|make it happen)\b",
    r"\b(?:i have|i ve) (?:made|taken) my decision\b(?=.*\b(?:thanks|thank you|at peace|"
    r"goodbye)\b)(?!.*\b(?:job|offer|flat|course|uni|move)\b)",
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
