"""A plan or a thought told by what it waits on: a treatment, a birth, a door abroad that closed.
The check-in (``CHECK``).

- ``_TREATMENT_DEADLINE``: a treatment asked to work fast, beside a deadline given to oneself ("is
  the ketamine going to work fast? because I've given myself until friday"); the deadline's rule
  (``crisis.aside``) excuses a deadline with work to it, and here the work is the treatment's;
- ``_AFTER_BIRTH``: leaving timed for once the baby is born or safe ("once she's born and safe
  I'm out"), or nothing seen past the pregnancy;
- ``_ABROAD``: an assisted death abroad looked into and out of reach, and the writer to see to
  it alone ("looked into Switzerland but can't afford it so I'll sort it out myself");
- ``_LOUDER``: the writer's thoughts about ending things getting louder or stronger, asked of a
  treatment or told.

Lookalikes stay quiet: a treatment asked to work fast before a wedding, out of maternity clothes
or back to work once the baby is here, a skiing trip to Switzerland too dear, the course's
lesson on suicidal thoughts, a patient's thoughts reported at work (the helpers' reply, by the
caller), a patient's or a friend's thoughts getting louder. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|"
    r"the end of (?:the )?(?:week|month)|christmas|new year|my birthday)"
)

_TREATMENT_DEADLINE = _compile(
    r"\b(?:going to|gonna|will|does|would|do) (?:it |this |ketamine |esketamine |the \w+ )?"
    r"(?:work|kick in|help|start working) (?:fast|quickly|quick|soon|in time)\b(?: \S+){0,6}? "
    r"(?:i have |i )?(?:given|giving|gave) myself (?:until|till|til|up to|to) " + _DAY + r"\b"
    r"(?! (?:to|for) \w)",  # "...until friday to decide": a task, not a plan
)

_AFTER_BIRTH = _compile(
    r"\bonce (?:she|he|the baby|baby|they|the twins) (?:is|are|s)? ?(?:born|here|delivered|safe)"
    r"\b(?: \S+){0,4}? i am (?:out|gone|done|going)\b(?! (?:of|with|back|to work|on|into))",
    r"\b(?:can not|cant|do not) see (?:anything|any future|a future|myself) (?:past|beyond|after) "
    r"(?:this|the) (?:pregnancy|birth|delivery)\b",
)

_ABROAD = _compile(
    r"\b(?:looked into|looked at|researched|considered|thought about|applied to|contacted) "
    r"(?:going to )?(?:switzerland|dignitas|pegasos|life circle|assisted dying|assisted suicide|"
    r"euthanasia)\b(?: \S+){0,8}? (?:can not afford|too expensive|will not take|would not take|"
    r"turned down|refused|rejected|not eligible)\b(?: \S+){0,6}? i (?:will|am going to|can|could|"
    r"would|shall) (?:just )?(?:do|sort|handle|manage|see to|arrange) it (?:out )?(?:myself|on my "
    r"own|my own way|here|alone)\b",
    r"\b(?:dignitas|pegasos|life circle|the clinic in switzerland) (?:turned me down|refused me|"
    r"rejected me|will not take me|would not take me|said no)\b(?: \S+){0,8}? i (?:will|am going "
    r"to|can|shall) (?:just )?(?:do|sort|handle|manage|see to|arrange) it (?:out )?(?:myself|on "
    r"my own|my own way|here|alone)\b",
)
# A holiday, not a death: skiing, a trip, a resort.
_LEISURE = _compile(r"\b(?:ski|skiing|holiday|trip|resort|flights?|hotel|chalet|hiking)\b")

_LOUDER = _compile(
    # ...the writer's own, not a patient's or a friend's reported ("my patient's thoughts")
    r"\b(?:the |my )?(?<!s )(?<!\bher )(?<!\btheir )(?<!\byour )"
    r"(?:thoughts|thinking|voice|urges) (?:about|of) (?:ending (?:things|it|my "
    r"life|everything)|not being here|killing myself|dying|suicide)\b(?: \S+){0,4}? (?:are |is )?"
    r"(?:getting|got|have got|have gotten|have grown|keep getting) (?:louder|stronger|worse|more "
    r"often|closer)\b",
)


def check(plain: str) -> bool:
    """One of the kinds here."""
    if _ABROAD.search(plain) and not _LEISURE.search(plain):
        return True
    return any(kind.search(plain) for kind in (_TREATMENT_DEADLINE, _AFTER_BIRTH, _LOUDER))
