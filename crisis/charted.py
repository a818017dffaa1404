"""A wish to die told through the work of the ward, the practice or the exam hall: the check-in
(``CHECK``).

Doctors, nurses, vets and students tell their own risk through what they see and do at work:

- ``_ENVIED``: the suicide or the dead patients envied ("third suicide patient this month and i
  envied every one of them", "i envy the patients who die");
- ``_WHY_NOT_ME``: animals put down or a patient who died, and "why not me", it "looked so
  peaceful";
- ``_OWN_FORM``: the forms of a death filled in for oneself (a DNACPR, a death certificate), and
  then "i mean it";
- ``_PLANNING_OWN``: planning one's own death or suicide, at handover or anywhere;
- ``_NOT_TO_LIVE``: a death that was the writer's call, and the writer not getting to keep
  living when the patient does not;
- ``_BACKUP_PLAN``: leaving "permanently" as what gets the writer through a shift, a backup
  plan feeling less like a backup;
- ``_LAST_TRY``: an exam's last attempt as the last thing the writer will try, "one way or
  another";
- ``_LINGERING``: standing at a high window or a ledge "longer than i should";
- ``_SLEEVES``: long sleeves worn all summer "and it's not because the ward is cold".

Lookalikes stay quiet: a colleague's rota envied, "why not me" of a promotion, a DNACPR filled in
with the GP as care planning, a funeral planned ahead, living somewhere, a job left for good in
June, a backup career, an exam passed "one way or another" with a plan named after it, a window
with a view or the snow, long sleeves for eczema, tattoos or the sun. Read on normalised text
(see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_DEATHS = (
    r"(?:suicide|suicides|suicidal|overdose|od|jumper|hanging|died|dead|deceased|death|deaths|"
    r"passed|arrest|arrested|crashed|put down|pts|euthanas\w*|put to sleep)"
)
_ENVY = r"(?:i )?(?:envied|envy|envying|was jealous of|am jealous of|felt jealous of|jealous of)"
_ENVIED = _compile(
    r"\b(?:suicide|suicides|suicidal|overdose|overdoses|jumper|hanging|euthanas\w*|put down|pts|"
    r"put to sleep)\b(?: \S+){0,10}? " + _ENVY + r" (?:every (?:single )?one of them|them all|"
    r"all of them|each (?:one )?of them|them|him|her|the (?:patient|patients))\b",
    r"\b" + _DEATHS + r"\b(?: \S+){0,10}? " + _ENVY + r" (?:every (?:single )?one of them|them "
    r"all|all of them|each (?:one )?of them|the (?:dead|deceased))\b",
    r"\b" + _ENVY + r" (?:the |my |our )?(?:patients|residents|animals|clients|ones|people|"
    r"babies) (?:who|that|we) (?:die|died|pass|passed|get to die|get to go|get put down|put "
    r"down|lose|lost|do not wake up|never wake up)\b",
)
_WHY_NOT_ME = _compile(
    r"\b(?:put (?:down|to sleep)|put (?:\S+ ){1,3}?(?:down|to sleep)|pts|euthan\w*|died|"
    r"passed away|peaceful\w*)\b(?: \S+){0,12}? why not me\b",
    r"\bwhy not me(?: too)?\b(?: \S+){0,4}? (?:it |they |he |she )?(?:looked|looks|seemed|seems) "
    r"(?:so |really |very |almost )?(?:peaceful|calm|easy|quick|painless|restful)\b",
)
_OWN_FORM = _compile(
    r"\b(?:filling (?:out|in)|filled (?:out|in)|signing|signed|writing|wrote|drafting|doing) my "
    r"own (?:dnacpr|dnr|dnar|death certificate|death cert|mccd|cremation form|coroner "
    r"referral|obituary|eulogy)\b(?: \S+){0,8}? (?:i (?:actually |really |genuinely )?mean "
    r"it|not (?:even )?joking|only half joking|i am serious|for real)\b",
)
_PLANNING_OWN = _compile(
    r"\b(?:planning|plan|planned|plotting) (?:my|your|one s|ones) own (?:death|suicide|exit|"
    r"end)\b(?! (?:of|strategy|from|interview|party|date|plan|scene|sequence)\b)"
    r"(?!.*\b(?:scene|story|character|novel|game|film|movie|book|play|episode)\b)",
)
_NOT_TO_LIVE = _compile(
    r"\bi (?:do not|dont) (?:get|deserve) to (?:keep living|keep going|go on living|be alive|"
    r"live|keep breathing)\b(?! (?:in|at|with|there|here|near|on|like|my)\b)(?: \S+){0,3}? "
    r"(?:when|if|while|after|since) (?:he|she|they|my patient|the patient|the baby|that baby|"
    r"the kid|that kid|that child|the child)\b",
)
_BACKUP_PLAN = _compile(
    r"\b(?:leave|go|check out|exit|be gone|not be here) (?:permanently|for good|forever)\b"
    r"(?: \S+){0,14}? (?:only (?:way|thing that gets me|reason) i (?:get|make it|survive|keep "
    r"going)|backup plan|back up plan|fallback|exit plan)\b",
)
# ...a job, a rota or a country left for good
_LEFT_FOR_WORK = _compile(
    r"\b(?:job|contract|rotation|notice|resign\w*|quit\w*|abroad|australia|visa|emigrat\w*|"
    r"next (?:year|month|week)|training post|career|rota|ward|trust|nhs|company|firm|country|"
    r"city|town|uk|medicine)\b"
)
_LAST_TRY = _compile(
    r"\b(?:the )?last thing i am (?:ever )?(?:going to|gonna) (?:try|do|attempt)\b(?: \S+){0,3}? "
    r"one way or (?:another|the other)$",
)
_LINGERING = _compile(
    r"\b(?:keep|kept|been|find myself|found myself|caught myself|always end up) (?:standing|"
    r"lingering|stood|leaning) (?:at|by|out of|over|near|on) (?:the |an |a |that )?(?:\S+ ){0,2}?"
    r"(?:window|ledge|balcony|railing|stairwell|edge|roof)\b(?: \S+){0,6}? (?:way |much |far )?"
    r"(?:longer than i should|longer than is normal|longer than is healthy)\b"
    r"(?!.*\b(?:view|sunset|sunrise|fireworks|snow|rain|storm|stars|birds|watching)\b)",
)
_SLEEVES = _compile(
    r"\b(?:long sleeves|long sleeved|sleeves down|a cardigan|a cardi|a hoodie|a jumper)\b"
    r"(?: \S+){0,10}? (?:and )?(?:it is|its) not (?:because|cause|cos|for) (?:of )?(?:\S+ ){0,4}?"
    r"(?:cold|chilly|freezing|the cold|the aircon|air con)\b"
    r"(?!.*\b(?:eczema|psoriasis|sunburn|sun|tattoo\w*|rash|allerg\w*|modest\w*|religio\w*|"
    r"policy|dress code|bites?|mosquito\w*|insect\w*|scar from surgery|picc|cannula|fashion|"
    r"style|comfy|comfort|cosy|cozy|aesthetic|vibe|look)\b)",
)


def check(plain: str) -> bool:
    """One of the kinds here, told in ``plain`` (normalised)."""
    kinds = (
        _ENVIED,
        _WHY_NOT_ME,
        _OWN_FORM,
        _PLANNING_OWN,
        _NOT_TO_LIVE,
        _LAST_TRY,
        _LINGERING,
        _SLEEVES,
    )
    if any(kind.search(plain) for kind in kinds):
        return True
    return _BACKUP_PLAN.search(plain) is not None and _LEFT_FOR_WORK.search(plain) is None
