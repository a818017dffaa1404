"""The writer's own end told lightly, as young people write it: the check-in.

No word of dying, often a joke or an emoji beside it; what the message says is the end itself.
``mine`` is True for these kinds, each read with its lookalikes:

- ``_EXIT_KEPT``: a means kept in view as a reminder or a comfort that "there's an exit" (a pill
  bottle as a lockscreen). An exit of a building, a contract or a class names its place;
- ``_SPOT_PICKED``: a spot picked for one's own last scene or moment ("i want mine to be quiet,
  already found the place"). A spot for a picnic, a film, photos or a leaving do is the
  lookalike;
- ``_VANISHED``: a farewell said in advance of vanishing ("if i disappear this week just know
  the chats were fun"); a festival with no signal, exams or a trip say why;
- ``_MIXED_FOR_ME``: medicines looked up as dangerous together, "for me" or "not for the quiz";
  a check for the pharmacist or for the course says what for;
- ``_SHELL``: the body a shell or a cage the writer waits to get out of, "soon" or for good; a
  transition, a cast or a butterfly's cocoon is the lookalike;
- ``_NO_VERSION``: no version, future or timeline of next week in which the writer is still
  here; "still here in this job" or "at this company" is somewhere else;
- ``_PET_FOR_A_WHILE``: a pet left with someone "for a while" or for good with no trip given;
- ``_WHAT_HE_WANTS``: a parent who would rather have no child, and the writer thinking of
  "giving him what he wants"; a present for a birthday is the lookalike.

Read on normalised text (``crisis.normalise``: no apostrophes, no punctuation); pure, nothing
here logs.
"""

from __future__ import annotations

from crisis import needles

_EXIT_WORD = (
    r"(?:reminder|remind me|reminds me|comfort|comforting|comforts me|good to know|nice to know|"
    r"knowing|proof) (?:\w+ ){0,2}?(?:that )?(?:there is|theres|i have|i still have|i got|"
    r"ive got|i have got) (?:always |still )?(?:an? |my )?(?:exit door|exit|way out|"
    r"escape hatch|emergency exit|escape route|out|door out)\b"
    r"(?! (?:of|at|in|on|behind|from|to|through|near|next|by|for (?:the|my|our|this)|sign)\b)"
)
_EXIT_KEPT = needles.compile(r"\b" + _EXIT_WORD)
# ...beside a means, or with nothing after it but when it is needed
_MEANS = needles.compile(
    r"\b(?:pills?|pill bottle|bottle|meds|tablets|rope|belt|blade|razor|knife|gun|stash|"
    r"stockpile|noose|lockscreen|lock screen|wallpaper)\b"
)
_EXIT_ALONE = needles.compile(_EXIT_WORD + r"(?: (?:if|when|whenever) i (?:need|want) it)? *$")

_SPOT_PICKED = needles.compile(
    r"\b(?:picked|chosen|chose|found|scouted|decided on|settled on) (?:out )?(?:the|my|a) "
    r"(?:\w+ )?(?:spot|place|location|tree|cliff|bench)\b"
)
_LAST_OWN = needles.compile(
    r"\b(?:want|wants|need) (?:mine|it|my (?:own )?(?:last|final|ending|end|exit)\w*(?: \w+)?) "
    r"to be (?:quiet|peaceful|calm|pretty|beautiful|soft|gentle|alone)\b"
    r"|\bmy (?:own )?(?:last|final) (?:scene|moment|moments|sunset|view|breath|night)\b"
)
_OCCASION = needles.compile(
    r"\b(?:wedding|picnic|photos?|shoot|proposal|party|reception|birthday|camp|camping|tent|"
    r"date|film|movie|video|vlog|graduation|cosplay|episode|fanfic|story|drinks|pub|bar|lunch|"
    r"dinner|leaving do|term|holiday|festival|gig|concert|ashes|memorial|scattering|session|"
    r"infusion|treatment|clinic|appointment|lesson|class|module|exam|shift)\b"
)

_VANISHED = needles.compile(
    r"\bif i (?:vanish|disappear|go missing|go quiet|go dark|am gone|am not here|never come back|"
    r"do not come back|dont come back|stop replying|stop showing up|log off|am not around|"
    r"do not show up|dont show up|ghost) (?:\w+ ){0,4}?(?:just )?(?:know|remember|tell \w+) "
    r"(?:that )?(?:\w+ ){0,4}?(?:was|were|has been|have been|it was) (?:\w+ )?(?:fun|great|nice|"
    r"the best|good|worth it|lovely|amazing|everything|enough)\b"
)
_AWAY = needles.compile(
    r"\b(?:signal|wifi|wi fi|reception|festival|camping|hike|hiking|exam|exams|revision|holiday|"
    r"trip|detox|offline|off grid|busy|deadline|essay|dissertation|thesis|abroad|flight|vacation|"
    r"retreat|surgery|kidnapped|zombie|aliens?|raid|grind|marathon|binge|crunch|moving|"
    r"new job|next module|advanced course|graduat\w*|finished the course)\b"
)

_MIXED = needles.compile(
    r"\b(?:looking up|looked up|look up|googling|googled|searching|searched|researching|"
    r"researched|reading up on|checking|checked) (?:\w+ ){0,3}?(?:which|what|how many|if|"
    r"whether) (?:\w+ ){0,3}?(?:meds|medications?|pills|tablets|prescriptions?|drugs) "
    r"(?:\w+ ){0,3}?(?:are|is|would be|get|become) (?:\w+ )?(?:dangerous|deadly|lethal|fatal|"
    r"toxic|risky|a bad mix) (?:together|combined|mixed|with each other)\b"
)
_FOR_ME = needles.compile(
    r"\bfor me(?: (?:not|tbh|honestly|lol|fr|ngl|personally|this time)\b| *$)|\bfor myself\b|"
    r"\bnot (?:for|because of) (?:the|a|my) (?:quiz|class|course|exam|module|homework|"
    r"assignment|lesson|essay|coursework|test)\b"
)

_SHELL = needles.compile(
    r"\b(?:my |this )body (?:is |feels like |has become )(?:just |only )?(?:a |an )?(?:\w+ )?"
    r"(?:shell|cage|prison|vessel|husk|meat suit|costume) (?:that )?(?:i am|im|i have been|"
    r"i keep) (?:just )?(?:waiting|trying|hoping|dying|ready|going) to (?:get out of|leave|"
    r"escape|be free of|be out of|shed|slip out of)\b"
    r"|\b(?:get out of|leave|escape|be done with|slip out of) (?:this|my) (?:body|shell|"
    r"meat suit) (?:\w+ ){0,3}?(?:soon|for good|forever|permanently)\b"
)
_SOON = needles.compile(r"\b(?:soon|hopefully|for good|forever|permanently|any day now)\b")
_CHANGED = needles.compile(
    r"\b(?:hrt|transition\w*|surgery|testosterone|estrogen|oestrogen|binder|blockers|cast|"
    r"brace|chemo|wheelchair|cocoon|butterfly|moult|molt|snake|crab|cicada|character|game|"
    # a ketamine session's dissociation, over when the session ends
    r"ketamine|k hole|khole|infusion|session|trip|tripping|dissociat\w*|spravato)\b"
)

_NO_VERSION = needles.compile(
    r"\b(?:do not|dont|cannot|can not|cant|could not|couldnt) (?:see|picture|imagine) (?:a|any|"
    r"the) (?:version|future|world|timeline|scenario|path|universe) (?:of (?:\w+ ){1,3}?)?"
    r"(?:where|in which|with) (?:i am|im|i will be|i would be|i will still be|me) (?:still )?"
    r"(?:(?:here|around)\b(?! (?:in|at|on|with|for|working|living|studying|doing|after|once|when|"
    r"if)\b)|alive|in it|existing|breathing)"
)

_PET = (
    r"(?:cat|cats|dog|dogs|pet|pets|bunny|rabbit|hamster|bird|parrot|snake|gecko|fish|kitten|"
    r"puppy|guinea pigs?|ferret|rats?|baby)"
)
_PET_LEFT = needles.compile(
    r"\b(?:my|our) " + _PET + r" (?:will|would|is going to|gonna|should) be (?:fine|ok|okay|"
    r"alright|good|looked after|taken care of|in good hands|happy) (?:with|w|at)\b"
    r"|\b(?:asked|told|arranged for|got|begged) (?:her|him|them|my \w+) to (?:watch|keep|take|"
    r"look after|mind|have|feed) (?:him|her|them|it|my " + _PET + r")\b"
)
_WHILE = needles.compile(
    r"\b(?:for a while|for good|from now on|for as long as|forever|permanently|"
    r"if anything happens|when i am gone|after this)\b"
)
_TRIP = needles.compile(
    r"\b(?:trip|holiday|vacation|away|travel\w*|hospital|surgery|conference|festival|week|"
    r"weekend|fortnight|days|back|while i am|moving|visit\w*|exams?|camp|honeymoon|wedding|"
    r"work|shift|rehab|placement|abroad|flight)\b"
)

_REJECTED = needles.compile(
    r"\b(?:rather|prefer to|prefers to) (?:have|had) (?:no|a dead) (?:son|daughter|child|kid)\b"
    r"|\b(?:wish|wishes|wished) (?:i|you) (?:was|were|had) (?:never been born|dead|gone|"
    r"never born)\b|\b(?:wants|want|wanted) me (?:gone|dead)\b|\bdisowned me\b"
)
_GIVE_WANTS = needles.compile(
    r"\b(?:give|giving|gave) (?:him|her|them|everyone|my \w+) (?:exactly )?what (?:he|she|they) "
    r"(?:wants?|wanted|asked for|wished for)\b"
)


# ...a safety check before a treatment, or with someone who prescribes: no end in it
_SAFETY = needles.compile(
    r"\b(?:with|before|alongside|and) (?:my |the |a )?(?:ketamine|esketamine|spravato|treatment|"
    r"infusion|session|procedure|surgery)\b|\b(?:safe|safely|safety|pharmacist|doctor|gp|"
    r"prescriber|psychiatrist|nurse|interaction checker|side effects)\b"
)


def spot(plain: str) -> bool:
    """A spot picked for the writer's own last scene: read even beside an anime or a film's."""
    picked = _SPOT_PICKED.search(plain) is not None and _LAST_OWN.search(plain) is not None
    return picked and _OCCASION.search(plain) is None


def mine(plain: str) -> bool:
    """True for the writer's own end told lightly: an exit kept, a spot, a farewell in advance."""
    if _EXIT_KEPT.search(plain) and (_MEANS.search(plain) or _EXIT_ALONE.search(plain)):
        return True
    if spot(plain):
        return True
    if _VANISHED.search(plain) and _AWAY.search(plain) is None:
        return True
    if _MIXED.search(plain) and _FOR_ME.search(plain) and _SAFETY.search(plain) is None:
        return True
    if _SHELL.search(plain) and _SOON.search(plain) and _CHANGED.search(plain) is None:
        return True
    if _NO_VERSION.search(plain):
        return True
    if _PET_LEFT.search(plain) and _WHILE.search(plain) and _TRIP.search(plain) is None:
        return True
    return _REJECTED.search(plain) is not None and _GIVE_WANTS.search(plain) is not None
