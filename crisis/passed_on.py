"""First-aid advice on an overdose asked for others, to be passed on: a noticeboard, a leaflet.

"What should a family do if they suspect someone took too many pills? I want to put the advice on
the noticeboard at our seniors' club" reads to the overdose rules as someone's overdose taken, and
to the helper rules as a worried relative. It is neither: the person is anyone at all ("someone",
"a loved one", "an older person"), the question is what to do, and the answer is for a notice, a
leaflet, a newsletter or a first-aid session, for a club, a school, a parish or a workplace, or
to be ready on duty ("want to be prepared, i work nights at a hostel").

It stays quiet only with all three, and with nobody real in it: a relative or a friend named
("my dad", "my friend"), a "he" or a "she", the writer's own taking, or a time that makes it now
("right now", "tonight", "won't wake up") keep the reply for helpers or the full reply.
Read on normalised text (see ``crisis.normalise``); used by ``crisis.assess`` as a study frame
(the overdose and method readings stand down). Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# What to do, asked: "what should a family do if", "how do you help someone who", "signs that"
_WHAT_TO_DO = needles.compile(
    r"\b(?:what (?:should|do|can|would|must) (?:a |the |you |we |people |families |family |"
    r"carers |staff |parents |neighbours |neighbors |someone |one )?(?:\w+ )?(?:do|look for|"
    r"watch for)|how (?:should|do|can) (?:a |the |you |we |people |families |carers |staff )?"
    r"(?:\w+ )?(?:help|respond|react|tell)|what are the (?:\w+ ){0,2}?(?:signs|symptoms|steps)|"
    r"first aid (?:for|steps|advice)|"
    r"signs (?:of|that))\b"
)
# Anyone at all: not a person the writer knows
_ANYONE = needles.compile(
    r"\b(?:someone|somebody|a person|a loved one|an older person|an elderly (?:person|relative)|"
    r"a relative|a resident|a member|a child|a teenager|a pupil|a student|an adult|people|a "
    r"client|a patient|a guest|a neighbour|a neighbor|your (?:neighbour|neighbor|friend|"
    r"relative|loved one|child|teen|teenager|parent|partner|flatmate|roommate))\b"
    r"(?: \S+){0,4}? (?:took|has taken|had taken|taken|swallowed|overdosed|overdoses|takes)\b"
)
# The advice is for others: a notice, a leaflet, a talk, for a group
_TO_SHARE = needles.compile(
    r"\b(?:noticeboard|notice board|bulletin board|leaflet|leaflets|flyer|poster|posters|"
    r"newsletter|handout|pamphlet|info sheet|fact sheet|first aid (?:course|class|session|"
    r"training|talk)|training session|toolbox talk|safety talk|staff training|assembly|"
    r"parents evening|coffee morning|(?:our|the) (?:seniors|senior|pensioners|community|"
    r"residents|parish|church|youth|sports|bowls|walking) (?:club|group|centre|center|hall|"
    r"newsletter|meeting)|(?:giving|give|doing|do) a talk|a talk (?:at|for|to)|"
    r"(?:street|streets|neighbourhood|neighborhood|community|residents|parents|class|village) "
    r"(?:whatsapp |facebook )?(?:group|chat|page)|scout group|scouts|guides|brownies|cubs|"
    r"rotary|u3a|women s institute|mums group|toddler group|training manual|policy)\b"
)
# Ready on duty: "want to be prepared, i work nights at a hostel"
_ON_DUTY = needles.compile(
    r"\b(?:(?:want|wanna|like|need|trying|try) to be (?:\w+ )?prepared|"
    r"i work (?:\w+ ){0,2}?(?:at|in) (?:a |an |the )?(?:\w+ )?(?:hostel|hotel|bar|pub|club|shelter|"
    r"festival|care home|reception|pharmacy|school|library|gym|nightclub|venue|campsite))\b"
)
# Somebody real, or now: then it is a relative's worry or the writer's own
_SOMEONE_REAL = needles.compile(
    r"\b(?:my|our) (?:mum|mom|mam|mother|dad|father|son|daughter|child|kid|brother|sister|"
    r"wife|husband|partner|friend|nan|gran|grandma|grandad|grandpa|neighbour|neighbor|"
    r"flatmate|roommate|boyfriend|girlfriend|aunt|uncle|cousin)\b"
    r"|\b(?:he|she|i) (?:is|has|had|took|just|did|swallowed|will not|won t|can not)\b"
    r"|\b(?:i|i have|i just|i ve) (?:took|taken|swallowed|overdosed)\b"
    r"|\b(?:right now|tonight|just now|at the moment|not waking|will not wake|unconscious|"
    r"not breathing|i think (?:he|she|they) (?:took|has))\b"
)


def advice_to_share(plain: str) -> bool:
    """What to do if anyone took too many pills, asked for a notice, a session or a duty."""
    return (
        (_TO_SHARE.search(plain) is not None or _ON_DUTY.search(plain) is not None)
        and _WHAT_TO_DO.search(plain) is not None
        and _ANYONE.search(plain) is not None
        and _SOMEONE_REAL.search(plain) is None
    )
