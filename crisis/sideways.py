"""Signs told sideways, in words no rule had for them: the check-in, and the reply for helpers.

A wish to be hit by a bus, a voice saying "kys" that one starts to agree with, thoughts that "feel
like a plan", an hour spent looking over the balcony, working up the nerve at the cliffs, a gun
held "a little longer" each time, a belt and a door handle, "didn't crash. disappointed", the
life insurance worth more than oneself, children "better raised by my sister", no one left to
stay for, not being around for the rest of the lessons, lessons that came too late, the only
thing that kept one alive gone, "about done resisting", a ghost "might as well make it
official", everything ready "in case tonight gets bad", scars hidden for swim class (``check``).
Of someone else (``other``): a note left and the phone off, a razor heard behind a locked door,
jokes about "eating his gun", a plan for when the unit gets back, beneficiaries updated beside
jokes about the final session, a child's search for how to hang oneself.

Each is excused by what the whole message names: a joke, a view or a sunset, a question asked
of someone, a swim or a dive, stretch marks, a surgery, a game or a film, an exam or a job.
Read on normalised text (``check`` guarded, ``other`` plain); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.logistics import Either, Unless


def check() -> Either:
    """The check-in phrases, read on the guarded text."""
    return Either(
        Unless(
            (
                r"\b(?:want|wanna|hoping|hope|wish i could|wish i would|wish i d) (?:to )?(?:get|"
                r"be) hit by a (?:bus|car|train|truck|lorry)\b",
            ),
            r"\b(?:lol|lmao|haha|rather|than|jk|joking|meeting|exam|monday)\b",
        ),
        # a means, a place or a voice, beside what the writer does with it
        Unless(
            (
                r"\b(?:voice|voices)\b(?: \S+){0,4}? (?:kys|kill (?:my|your)self|die|end it|"
                r"jump)\b(?: \S+){0,8}? (?:agree|agreeing|listen|listening|believe|believing|"
                r"obey)\w*",
                r"\b(?:stood|standing|sat|sitting) (?:\w+ ){0,2}?(?:looking|staring|leaning) "
                r"(?:over|down from|off|down) (?:the |a )?(?:balcony|edge|bridge|railing|ledge|"
                r"roof)\b(?: \S+){0,3}? for (?:an hour|hours|ages|a long time|\d+ minutes)\b",
                r"\b(?:cliffs?|bridge|roof|rooftop|tracks|river|edge|ledge|quarry)\b(?: "
                r"\S+){0,14}? working up (?:the )?(?:nerve|courage)\b",
                r"\b(?:gun|pistol|rifle|revolver|blade|knife|rope)\b(?: \S+){0,10}? (?:hold|"
                r"holding|held|stare at|staring at) (?:it|them) (?:a (?:little|bit) |even "
                r")?longer\b",
                r"\b(?:does not|doesnt|do not|dont) know (?:i know|i have|i found) the "
                r"(?:combination|code|key|password)\b",
                r"\b(?:have|got|found) (?:the|a) (?:belt|rope|cord|scarf|cable)\b(?: \S+){0,4}? "
                r"(?:door ?handle|doorknob|closet rod|beam|banister|rail)\b",
            ),
            r"\b(?:lol|lmao|haha|trip|holiday|view|sunset|sunrise|fireworks|stars|city lights|sea|"
            r"ocean|boats|birds|concert|parade|ask\w*|propos\w*|date|interview|swim\w*|dive|"
            r"diving|bungee|skydiv\w*|zip ?line|cooking|onion|game|movie|film|show|story|"
            r"character|actor|swing|hammock|tie|account|phone|wifi|laptop)\b",
        ),
        # an ending told by what is left, or by being done
        Unless(
            (
                r"\b(?:life )?insurance (?:\w+ ){0,3}?(?:is )?worth more than (?:me|i am)\b",
                r"\b(?:do not|dont|no longer) have (?:anyone|anything|anybody|no one|noone) "
                r"(?:left )?to (?:stay|live|stick around|keep going|be here) for\b",
                r"\bnot (?:gonna|going to) be around for (?:the rest|the next|lesson|the end|much "
                r"longer|long)\b(?! of the (?:week|month|day|year|term|semester|summer|trip))",
                r"\b(?:lessons|course|treatment|ketamine|therapy|help|they|these|it all) "
                r"(?:came|come|arrived) too late for me\b(?: \S+){0,12}? (?:hope (?:they|it|"
                r"these) (?:help|helps)|goodbye|someone else)\b",
                r"\bonly thing (?:that )?(?:kept|keeping|keeps|has kept) me (?:alive|going|"
                r"here)\b(?: \S+){0,2}? (?:is|was|has) (?:gone|over|closed|ending|ended|done|been "
                r"taken)\b",
                r"\b(?:about|nearly|almost|pretty much|so) done (?:resisting|fighting|holding on|"
                r"hanging on)\b(?! (?:for|with|the|this|my|it)\b)",
                r"\b(?:ghost|dead|invisible|gone) already\b(?: \S+){0,3}? might as well make it "
                r"official\b",
                r"\beverything (?:ready|prepared|set up|sorted) in case (?:tonight|today|it|"
                r"things) (?:gets?|goes|go|turns?) (?:bad|badly|worse|too much|dark)\b",
            ),
            r"\b(?:lol|lmao|haha|trip|holiday|vacation|travel\w*|printer|game|movie|film|show|"
            r"story|character|essay|novel|car insurance|house insurance)\b",
        ),
    )


def other() -> Either:
    """Someone else at risk, told by what the writer saw or heard: the reply for helpers."""
    return Either(
        Unless(
            (
                # a note left and the phone off, a razor behind a locked door, a gun "eaten"
                r"\b(?:left|wrote) (?:a |an |her |his |their )?(?:letter|note)\b(?: \S+){0,4}? "
                r"(?:phone|cell)(?:s| is)? (?:off|dead|going to voicemail)\b",
                r"\b(?:razor|blade|knife|pills)\b(?: \S+){0,10}? (?:will not|wont|won t|does not|"
                r"doesnt) (?:unlock|open) (?:the )?(?:bathroom )?door\b",
                r"\b(?:joking|jokes|joked|talking|talks) about eating (?:his|her|their) gun\b",
                r"\b(?:he|she|they|hes|shes|he s|she s|they ve|theyve) (?:s |has |have |ve )?"
                r"(?:got )?(?:it|everything) (?:all )?planned "
                r"(?:for when|for after|once)\b(?=.*\b(?:nobody|no one|only me|but me|laughs|"
                r"joking|jokes|seriously)\b)",
                r"\b(?:joking|jokes|joked) about (?:the )?(?:final|last) (?:session|day|"
                r"time)\b(?: \S+){0,4}? (?:updat\w*|chang\w*|sort\w*) (?:his|her|their) "
                r"(?:beneficiaries|will|life insurance)\b",
                r"\b(?:brother|sister|son|daughter|kid|child|friend|boyfriend|girlfriend|husband|"
                r"wife|partner|mum|mom|dad)\b(?: \S+){0,4}? searched (?:for )?(?:how to|ways to) "
                r"(?:hang|kill|die|end|overdose|tie a noose|cut)\b",
            ),
            r"\b(?:game|movie|film|show|series|novel|book|character|story|ring|eyebrow|tie|"
            r"cinema|theatre|theater|concert|flight|plane|church|gym)\b",
        ),
    )


def mine() -> Either:
    """The check-in phrases read unguarded, where the guard would blank their negation ("didn't
    die") or their subject ("the kids would be better raised by")."""
    return Either(
        Unless(
            (
                r"\b(?:on purpose|seatbelt|floored it|swerved|pills|jumped|attempt\w*|"
                r"bridge|traffic|highway|motorway|tracks)\b(?: \S+){0,12}? (?:did not|didnt|did "
                r"nt) (?:crash|die|hit anything)\b(?: \S+){0,3}? (?:disappointed|sadly|"
                r"unfortunately|shame|pity)\b",
                r"\b(?:they|kids|children|son|daughter) (?:would|d) be better (?:off )?raised by\b",
                # "can't anymore", and nothing else
                r"^(?:i )?(?:just |really |honestly |seriously )?can not (?:anymore|any more|"
                r"do it anymore|go on)$",
            ),
            r"\b(?:lol|lmao|haha|adopt\w*|foster\w*|custody|wolves|grandparents are)\b",
        ),
        # thoughts of harm that now feel like a plan; the dead one thinks of joining
        Unless(
            (
                r"\b(?:hanging|dying|death|suicid\w*|ending it|jumping|overdos\w*|pills|killing "
                r"myself|cutting|unalive|intrusive|dark)\b(?: \S+){0,14}? (?:feel|feels|felt|"
                r"seem|seems) (?:more )?like a plan\b",
                r"\b(?:go|die|died|dying|lost|gone|kill\w*|suicides?)\b(?: \S+){0,6}? (?:thinking|"
                r"thought) (?:about|of) being one of them\b",
            ),
            r"\b(?:draft|team|players|club|band|cast|winners|lottery|graduates|game|film|movie|"
            r"show|story|character|lol|haha)\b",
        ),
        # scars hidden, not stretch marks or a surgery's
        Unless(
            (
                r"\bhide (?:the )?(?:marks|scars|cuts|burns) on my (?:thighs|arms|wrists|legs|"
                r"stomach|hips)\b",
            ),
            r"\b(?:stretch|birth|tan|acne|eczema|psoriasis|surgery|operation|c section|tattoo\w*|"
            r"cooking|oven|chickenpox|chicken pox|accident|dog|cat|bike|fell|rash|mosquito\w*|"
            r"bites?)\b",
        ),
    )
