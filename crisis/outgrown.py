"""A child's things given away because the child has grown: baby clothes, the cot, the pram.

"giving away all my baby clothes since my last born is 4 now, anyone near Kumasi want them?":
giving away "all my" things is a sign of preparation, and "baby" reads as someone named whose
sign it might be (``crisis.projected``). Here what goes is a child's gear and the reason is the
child grown (the youngest is four, outgrown, starting school) or the family complete (done
having babies). ``given_on`` is True for that, and the preparation reading, the helpers' reading
and the classifier's are dropped.

Never with a word of the writer's own end or of the child's death beside it ("won't need them
where i'm going", "since we lost her"): a bereaved parent's message is read as it stands. Read
on normalised text; pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# a child's gear, given away, sold or passed on
_GEAR = needles.compile(
    r"\b(?:giving away|give away|given away|gave away|getting rid of|passing on|passed on|"
    r"selling|sold|donating|donated|clearing out|sorting out)\b(?: \w+){0,4}? (?:baby|babies|"
    r"kids|kid s|children s|childrens|toddler|infant|newborn|maternity|nursery|school uniform|"
    r"boys|girls)\b"
    r"|\b(?:giving away|give away|given away|gave away|getting rid of|passing on|selling|sold|"
    r"donating|donated)\b(?: \w+){0,3}? (?:cot|cots|crib|cribs|pram|prams|stroller|strollers|"
    r"buggy|pushchair|car seats?|high ?chairs?|bassinet|moses basket|breast pump|playpen|"
    r"bouncer|baby bath|changing table|baby monitor|sling|carrier)\b"
)
# ...because the child has grown or the family is complete
_GROWN = needles.compile(
    r"\b(?:last ?born|lastborn|youngest|last one|baby|little one|son|daughter|boy|girl|kids|"
    r"children|twins|babies) (?:is|are|s|just turned|turned|turning|will be|now|has started|"
    r"started|starting|is starting|goes to|in) (?:now |already |nearly |almost )?(?:[0-9]+|one|"
    r"two|three|four|five|six|seven|eight|nine|ten|walking|school|big|grown|a toddler|in school|"
    r"at school|primary|nursery|kindergarten|preschool)\b"
    r"|\b(?:outgrown|outgrew|grew out of|grown out of|too big for|too small|done having|"
    r"finished having|no more babies|not having (?:any )?more|family is complete|all grown|"
    r"grown up|big now|potty trained|out of nappies|out of diapers)\b"
)
# ...and no end of the writer's own, no child lost
_BUT = needles.compile(
    r"\b(?:before i (?:go|leave|die)|when i am gone|where i am going|will not need|won t need|"
    r"not (?:be )?(?:around|here)|goodbye|forever|for good|last wishes|kill\w*|die|dying|dead|"
    r"death|died|suicid\w*|end (?:it|my|things)|lost (?:her|him|them|the baby|my baby|our baby)|"
    r"miscarr\w*|stillb\w*|passed|funeral|angel|grave|no point|better off|burden|miss me|"
    r"without me|pills|everything i own|all my (?:things|stuff|belongings))\b"
)


def given_on(plain: str) -> bool:
    """A child's gear given away because the child has grown, no end or loss told."""
    return (
        _GEAR.search(plain) is not None
        and _GROWN.search(plain) is not None
        and _BUT.search(plain) is None
    )
