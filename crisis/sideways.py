"""Signs told sideways, in words no rule had for them: the check-in, and the reply for helpers.

A wish to be hit by a bus, a voice saying "kys" that one starts to agree with, thoughts that "feel
like a plan", an hour spent looking over the balcony, working up the nerve at the cliffs, a gun
held "a little longer" each time, a belt and a door handle, "didn't crash. disappointed", the
life insurance worth more than oneself, children "better raised by my sister", no one left to
stay for, not being around for the rest of the lessons, lessons that came too late, the only
thing that kept one alive gone, "about done resisting", a ghost or someone who no longer exists
to their child "might as well make it official", everything ready "in case tonight gets bad",
scars hidden for swim class (``check``).
Of someone else (``other``): a note left and the phone off, a razor heard behind a locked door,
jokes about "eating his gun", a plan for when the unit gets back, beneficiaries updated beside
jokes about the final session, a child's search for how to hang oneself.

Each is excused by what the whole message names: a joke, a view or a sunset, a question asked
of someone, a swim or a dive, stretch marks, a surgery, a game or a film, an exam or a job.
Read on normalised text (``check`` guarded, ``other`` plain); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.logistics import Either, Unless
from crisis.vocab import _compile


def check() -> Either:
    """The check-in phrases, read on the guarded text."""
    return Either(
        # a door left unlocked with the pet handed on; a treatment stopped and "I'm stopping too";
        # a beam looked at again and again
        Unless(
            (
                r"\bleft (?:the )?(?:back |front )?door unlocked\b(?: \S+){0,6}? (?:the |my "
                r")?(?:dog|cat|kids|pets?) with\b",
                r"\b(?:stopped working|did not work|failed|nothing worked|does not work)\b(?: "
                r"\S+){0,10}? (?:i am|i m|im) (?:stopping|ending|giving up|checking out|done) "
                r"too\b",
                r"\b(?:keep|kept|keeps) (?:looking|staring) (?:up )?at (?:the )?(?:rafters|beams?|"
                r"banister|loft hatch|hook)\b",
            ),
            r"\b(?:plumber|delivery|parcel|cleaner|guests|holiday|trip|vet|babysitter|repair\w*|"
            r"fix\w*|paint\w*|woodworm|rot|leak\w*|builder|insulation|loft conversion|spiders?|"
            r"bats?|wasps?|nest|birds?|lol|haha|gorgeous|beautiful|lovely|barn|oak|architect\w*|"
            r"restor\w*|renovat\w*)\b",
        ),
        # "my last", and not of the treatment: of everything
        Unless(
            (
                r"\bmy last\b(?: \S+){0,3}? not (?:just )?(?:the |my )?(?:treatment|session|"
                r"lesson|course|infusion|therapy|class)\w*\b(?: \S+){0,3}? (?:everything|life|all "
                r"of it|me)\b",
            ),
            r"\b(?:lol|haha|holiday|moving|job|exam)\b",
        ),
        # things settled so no one has to deal with them after a day, a pet fed "until someone
        # notices", a house put in order and "it's time", heading off "for good"
        Unless(
            (
                r"\bso (?:\w+ ){0,2}?(?:won t|will not|wont|do not|don t|does not|doesn t) "
                r"(?:have to )?(?:deal with|worry about|sort out|handle|do) (?:anything|"
                r"everything|it all|a thing)\b(?: \S+){0,2}? (?:after|once|when) (?:monday|"
                r"tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this week|"
                r"the \d+\w*|i am gone|i m gone|i go)\b",
                r"\b(?:food|feeder|water|litter)\b(?: \S+){0,12}? until (?:someone|anyone|"
                r"somebody) (?:notices|finds|comes)\b",
                r"\b(?:deleted (?:all )?my (?:socials|accounts|profiles|social media)|returned "
                r"the (?:library books|keys)|(?:house|flat|room|apartment) is (?:clean|spotless|"
                r"tidy)|paid (?:off )?(?:everything|the last|my debts))\b(?: \S+){0,16}? (?:it is|"
                r"its|it s) time\s*$",
                r"\b(?:heading|going) off for good\b(?! to\b| abroad| overseas| home)",
                r"\bsorry for everything\b(?: \S+){0,4}? (?:take care of|look after|feed|walk) "
                r"(?:my|the) (?:dog|cat|kids|pets?|plants|mum|mom|dad|boys|girls)\b",
            ),
            r"\b(?:moving|move|holiday|trip|travel\w*|lease|party|guests|baby|surgery|operation|"
            r"hospital|deploy\w*|job|company|work|country|city|abroad|retir\w*|uni|school|"
            r"graduat\w*|vacation|visit\w*|sitter|neighbou?r|gg|season|game|server|stream\w*|"
            r"discord|reddit|forum)\b",
        ),
        # a farewell to the course, everything cancelled after a day, a day one will not do again
        Unless(
            (
                r"\bi (?:will not|wont|won t) (?:see|make it to|get to|reach|be here for|be "
                r"around for) (?:lesson|day|module|part|week) \d+\b",
                r"\b(?:finished|wrote|written) (?:the|my) (?:note|letter)\b(?: \S+){0,10}? "
                r"(?:thank\w*|goodbye|bye|while (?:they|it) lasted)\b",
                r"\bcancel\w* (?:everything|it all)(?: \S+){0,3}? after (?:the \d+\w*|monday|"
                r"tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this week)\b",
                r"\bcan not do another (?:\w+day|day|week|night|morning|year|month|winter|"
                r"christmas|round)\b(?: \S+){0,2}? (?:will not|won t|wont)\s*$",
            ),
            r"\b(?:holiday|vacation|trip|travel\w*|busy|until|till|back|pause|hospital|surgery|"
            r"operation|exams?|moving|move|abroad|wedding|baby|maternity|deployment|teacher|leave|"
            r"sick|flu|covid|quit|resign\w*|strike|school|sick note|doctor s note|homework|piano|"
            r"music|birthday|card|lol|haha|job|work|shift|meeting|office)\b",
        ),
        # a means in front of one, and not knowing why one is telling it
        Unless(
            (
                r"\b(?:gun|pistol|rifle|pills|rope|knife|blade|noose)\b(?: \S+){0,4}? (?:is |are |"
                r"s )?(?:on the (?:table|desk|bed|counter|seat)|in front of me|next to me|beside "
                r"me|in my (?:lap|hand))\b(?: \S+){0,8}? (?:do not|dont) know why (?:i am|im|i m) "
                r"(?:typing|writing|telling|sending|saying)\b",
                r"\b(?:do not|dont) know why (?:i am|im|i m) (?:typing|writing|telling|sending|"
                r"saying)\b(?: \S+){0,8}? (?:gun|pistol|rifle|pills|rope|knife|blade|noose)\b(?: "
                r"\S+){0,4}? (?:is |are |s )?(?:on the (?:table|desk|bed|counter|seat)|in front "
                r"of me|next to me|beside me|in my (?:lap|hand))\b",
            ),
            r"\b(?:cleaning|clean|range|hunting|cooking|recipe|dinner|sewing|craft\w*|toy|prop|"
            r"nerf|water pistol|vitamins?|lol|haha)\b",
        ),
        # standing on a roof, counted by its level
        Unless(
            (
                r"\b(?:standing|sitting|stood|sat) on (?:the |a )?(?:\w+ ){0,2}?(?:roof|rooftop|"
                r"ledge|edge|railing)\b(?: \S+){0,3}? (?:level|floor|storey|story) \d+\b",
            ),
            r"\b(?:car|parked|park|parking spot|view|photo\w*|pictures?|sunset|sunrise|fireworks|"
            r"party|lunch|smok\w*|work\w*|fix\w*|repair\w*|inspect\w*|lost)\b",
        ),
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
                r"(?:over|down from|off|down|at) (?:the |a )?(?:balcony|edge|bridge|railing|ledge|"
                r"roof)\b(?: \S+){0,3}? for (?:an hour|hours|ages|a long time|\d+ minutes)\b",
                r"\b(?:stood|standing|sat|sitting) (?:on|at|by) (?:the )?(?:platform edge|edge of "
                r"the platform|cliff edge|edge of the cliff|bridge railing|ledge|railing)\b(?: "
                r"\S+){0,3}? for (?:an hour|hours|ages|a long time|\w+ minutes|\d+ minutes)\b",
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
            r"ocean|boats|birds|concert|parade|waiting|delayed|late|cancelled|ask\w*|propos\w*|"
            r"date|interview|swim\w*|dive|diving|bungee|skydiv\w*|zip ?line|cooking|onion|game|"
            r"movie|film|show|story|character|actor|swing|hammock|tie|account|phone|wifi|laptop)\b",
        ),
        # an ending told by what is left, or by being done
        Unless(
            (
                r"\b(?:life )?insurance (?:\w+ ){0,3}?(?:is )?worth more than (?:me|i am)\b",
                r"\b(?:do not|dont|no longer) have (?:anyone|anything|anybody|no one|noone) "
                r"(?:left )?to (?:stay|live|stick around|keep going|be here) for\b",
                r"\bnot (?:gonna|going to) be around for (?:the rest(?: of (?:the |these |my "
                r")?(?:lessons|course|series|them))?(?= *$| tho| though| anyway| of it| i think)|"
                r"the next (?:lesson|one|few lessons)|lesson \d+|the end of (?:the )?(?:course|"
                r"lessons|series)|much longer)\b",
                r"\b(?:lessons|course|treatment|ketamine|therapy|help|they|these|it all) (?:came|"
                r"come|arrived) too late for me\b(?: \S+){0,12}? (?:hope (?:they|it|these) "
                r"(?:help|helps)|goodbye|someone else)\b",
                r"\bonly thing (?:that )?(?:kept|keeping|keeps|has kept) me (?:alive|going|"
                r"here)\b(?: \S+){0,2}? (?:is|was|has) (?:gone|over|closed|ending|ended|done|been "
                r"taken)\b",
                r"\b(?:about|nearly|almost|pretty much|so) done (?:resisting|fighting|holding on|"
                r"hanging on)\b(?! (?:for|with|the|this|my|it)\b)",
                r"\b(?:ghost|dead|invisible|gone) already\b(?: \S+){0,3}? might as well make it "
                r"official\b",
                # ...or not existing to a child, a family: "i dont exist to him anymore. might as
                # well make it official"; not a couple or a job made official
                r"\bi (?:do not|no longer) exist (?:to|for) (?:\w+ ){1,2}?(?:any ?more )?"
                r"(?:\S+ ){0,3}?might as well make it official\b(?! (?:and|with|by) )",
                r"\bi am (?:already |basically |practically )?(?:dead|invisible|nothing|nobody|"
                r"forgotten|erased) (?:to|for) (?:\w+ ){1,2}?(?:any ?more )?(?:\S+ ){0,3}?might "
                r"as well make it official\b(?! (?:and|with|by) )",
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
        # someone who keeps saying the family would be better off with the insurance, or without
        Unless(
            (
                r"\b(?:dad|mum|mom|father|mother|husband|wife|brother|sister|son|daughter|friend|"
                # a loss told first may stand between the person and the words: "lost the house
                # on betting and said ..."
                r"partner|he|she|grandpa|grandma)\b(?: \S+){0,8}? (?:and )?(?:keeps |kept |"
                r"has been |always )?(?:saying|says|said|telling (?:us|me|everyone)) (?:that )?"
                r"(?:we|you|everyone|the family|"
                r"mum|mom|dad)(?: d| would| will| would all) be better off (?:with the insurance|"
                r"without (?:him|her|them))\b",
            ),
            r"\b(?:joke|joking|lol|haha|divorce|job|move|moving)\b",
        ),
        # pictures of a means sent as a threat, a thank-you "for trying" and "I'm done", an honour
        # "serving with you all" beside medals sold
        Unless(
            (
                r"\b(?:ex|boyfriend|girlfriend|partner|husband|wife|he|she|they)\b (?:keeps |kept "
                r")?(?:sending|sent|texting|texted|posting|posted) (?:me )?(?:pictures|photos|"
                r"pics|a picture|a photo|a pic) of (?:pills|a rope|a noose|a gun|a knife|blades|"
                r"razors?)\b",
                r"\b(?:patient|client|friend|son|daughter|brother|sister|mum|mom|dad|husband|wife|"
                r"partner|student|buddy|mate)\b(?: \S+){0,12}? (?:emailed|texted|messaged|wrote|"
                r"sent|said)\b(?: \S+){0,6}? thank you for (?:trying|everything|being there)\b(?: "
                r"\S+){0,3}? (?:i am|i m|im) done\b",
                r"\b(?:medals|guns?|collection|truck|bike|guitar)\b(?: \S+){0,4}? (?:up for sale|"
                r"for sale|sold|given away)\b(?: \S+){0,8}? (?:it was|it has been|been) an "
                r"honou?r (?:serving|knowing|to know|to serve)\b",
            ),
            r"\b(?:retir\w*|promotion|new job|moving|farewell party|last day at work|leaving do|"
            r"graduat\w*|lol|haha|cooking|recipe|pharmacy|prescription)\b",
        ),
        Unless(
            (
                # a note left and the phone off, a razor behind a locked door, a gun "eaten"
                r"\b(?:left|wrote) (?:a |an |her |his |their )?(?:letter|note)\b(?: \S+){0,4}? "
                r"(?:phone|cell)(?:s| is)? (?:off|dead|going to voicemail)\b",
                r"\b(?:razor|blade|knife|pills)\b(?: \S+){0,10}? (?:will not|wont|won t|does not|"
                r"doesnt) (?:unlock|open) (?:the )?(?:bathroom )?door\b",
                r"\b(?:joking|jokes|joked|talking|talks) about eating (?:his|her|their) gun\b",
                r"\b(?:he|she|they|hes|shes|he s|she s|they ve|theyve) (?:s |has |have |ve "
                r")?(?:got )?(?:it|everything) (?:all )?planned (?:for when|for after|"
                r"once)\b(?=.*\b(?:nobody|no one|only me|but me|laughs|joking|jokes|seriously)\b)",
                r"\b(?:joking|jokes|joked) about (?:the )?(?:final|last) (?:session|day|"
                r"time)\b(?: \S+){0,4}? (?:updat\w*|chang\w*|sort\w*) (?:his|her|their) "
                r"(?:beneficiaries|will|life insurance)\b",
                r"\b(?:brother|sister|son|daughter|kid|child|friend|boyfriend|girlfriend|husband|"
                r"wife|partner|mum|mom|dad)\b(?: \S+){0,4}? searched (?:for )?(?:how to|ways to) "
                r"(?:hang|kill|die|end|overdose|tie a noose|cut)\b",
            ),
            r"\b(?:game|movie|film|show|series|novel|book|character|story|ring|eyebrow|tie|cinema|"
            r"theatre|theater|concert|flight|plane|church|gym)\b",
        ),
        Unless(
            (
                # a threat to drink a poison; a wish said aloud not to have woken up
                r"\b(?:he|she|they|brother|sister|son|daughter|husband|wife|partner|friend|dad|"
                r"father|mum|mom|mother)\b (?:is |was |keeps |kept )?(?:telling|saying|says|said|"
                r"threaten\w*) (?:that )?(?:he|she|they) (?:will|would|is going to|gonna|wants to|"
                r"is gonna) (?:drink|swallow|eat) (?:the |some |a )?(?:pesticide|poison|"
                r"paraquat|weed ?killer|rat poison|antifreeze|bleach|insecticide)\b",
                r"\b(?:he|she|they)\b (?:said|says|told me|keeps saying|kept saying) (?:that )?"
                r"(?:he|she|they) wish(?:es|ed)? (?:he|she|they) (?:had not|hadn t|hadnt|did not|"
                r"didn t|wouldn t|would not|never) (?:woken|woke|wake) up\b",
            ),
            r"\b(?:joke|joking|lol|haha|hangover|lie ?in|alarm|monday|weekend|party|the weeds|"
            r"garden|the lawn|crops|field)\b",
        ),
    )


def mine() -> Either:
    """The check-in phrases read unguarded, where the guard would blank their negation ("didn't
    die") or their subject ("the kids would be better raised by")."""
    return Either(
        # the family relieved, with no "if I got a job" to say by what
        Unless(
            (
                r"\b(?:family|everyone|they|people|parents|wife|husband|kids|friends) would "
                r"(?:honestly |probably |actually |all |just )?be (?:so )?relieved\b(?! (?:if|"
                r"when|to (?:hear|know|see)|that)\b)",
            ),
            r"\b(?:if i|when i|once i|news|results|finally|diagnos\w*|test|exam|job|promotion|"
            r"wedding|baby|home safe|got home|arriv\w*)\b",
        ),
        Unless(
            (
                r"\b(?:on purpose|seatbelt|floored it|swerved|pills|jumped|attempt\w*|bridge|"
                r"traffic|highway|motorway|tracks)\b(?: \S+){0,12}? (?:did not|didnt|did nt) "
                r"(?:crash|die|hit anything)\b(?: \S+){0,3}? (?:disappointed|sadly|unfortunately|"
                r"shame|pity)\b",
                r"\b(?:they|kids|children|son|daughter) (?:would|d) be better (?:off )?raised by\b",
                # "can't anymore", and nothing else
                r"^(?:i )?(?:just |really |honestly |seriously )?can not (?:anymore|any more|do "
                r"it anymore|go on)$",
            ),
            r"\b(?:lol|lmao|haha|adopt\w*|foster\w*|custody|wolves|grandparents are)\b",
        ),
        # thoughts of harm that now feel like a plan; the dead one thinks of joining
        Unless(
            (
                r"\b(?:hanging|dying|death|suicid\w*|ending it|jumping|overdos\w*|pills|killing "
                r"myself|cutting|unalive|intrusive|dark)\b(?: \S+){0,14}? (?:feel|feels|felt|seem|"
                r"seems) (?:more )?like a plan\b",
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


# An overdose in the fewest words: a bottle of an over-the-counter medicine downed, or taken with
# the body answering (compiled by ``crisis.plainly`` with its own overdose phrases).
OVERDOSE = (
    # insulin taken on purpose; an animal's drench or a poison from the shed drunk
    r"\b(?:injected|took|used|shot|gave myself) (?:a lot|loads|too much|way too much|all|double|"
    r"triple|extra|the rest) (?:of )?(?:my )?insulin\b(?: \S+){0,4}? (?:on purpose|"
    r"deliberately|intentionally)\b",
    r"(?<!sheep )(?<!cattle )(?<!cows )(?<!horse )(?<!dog )(?<!lambs )(?<!goats )\b(?:drank|"
    r"swallowed|downed) (?:some |a bit |a cup |a glass |a mouthful |half |most )?(?:of )?(?:the |"
    r"that )?(?:sheep |cattle |horse |animal )?(?:drench|wormer|sheep dip)\b",
    r"\b(?:downed|swallowed|chugged|necked) (?:a|the|half a|half the|most of a|an entire|a whole|"
    r"the whole|my) (?:whole |entire |full )?(?:bottle|box|pack|packet|strip|blister) of "
    r"(?:benadryl|diphenhydramine|tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|"
    r"nyquil|dramamine|sleeping pills|sleeping tablets|pills|tablets|meds|\w+(?:pam|lam|done))\b",
    r"\b(?:took|had) (?:a|the|half a|half the|most of a|an entire|a whole|the whole|my) (?:whole |"
    r"entire |full )?(?:bottle|box|pack|packet|strip|blister) of (?:benadryl|diphenhydramine|"
    r"tylenol|paracetamol|acetaminophen|ibuprofen|advil|aspirin|nyquil|dramamine|sleeping pills|"
    r"sleeping tablets|pills|tablets|meds|\w+(?:pam|lam|done))\b(?: \S+){0,6}? (?:seeing|"
    r"hallucinat\w*|spiders|bugs|heart (?:is )?racing|can not (?:breathe|stand|see|stay awake)|"
    r"help|dizzy|shaking|throwing up|vomit\w*|numb|ears ringing)\b",
)

# Lethality asked by what one would not survive, come out of or spare (compiled by
# ``crisis.plainly`` with its own method phrases).
METHOD = (
    # a poison named, then how much of it "would do it"
    r"\b(?:paraquat|pesticides?|weed ?killer|herbicides?|rat poison|antifreeze|insecticides?|"
    r"sheep dip|drench|cyanide)\b(?: \S+){0,25}? how (?:much|many) (?:of (?:that|it|them|this) )?"
    r"(?:would|will|does|did|to|would it take to) (?:do it|do the job|finish me|finish it|be "
    r"enough)\b(?! (?:for|on|to the|in the|per)\b)",
    r"\b(?:high|tall|deep|fast|far|cold) enough (?:that |so )?(?:you|someone|a person|one|i|they) "
    r"(?:would not|wouldn t|won t|will not|could not|couldn t) survive\b",
    r"\b(?:most|worst|more) (?:liver|kidney|heart|organ) damage if (?:you|i|someone|one) (?:take|"
    r"took|takes|swallow\w*) (?:a lot|lots|too many|loads|a bunch|them all|the whole)\b",
    r"\b(?:coma|sleep) (?:that |which )?(?:they|you|i|someone|one) (?:do not|don t|won t|will not|"
    r"would not|never|wouldn t) (?:come out of|wake up from|wake from)\b",
    r"\bhow (?:many|much)\b(?: \S+){0,8}? (?:damage|harm) (?:that|which) (?:can not|could not|"
    r"would not|will not|won t) be (?:fixed|undone|reversed|treated)\b",
)

# A method asked for "in real life" behind a game's or a story's frame (``crisis.asked.sought``,
# which the frame does not excuse when it says "in real life").
_SUREST = r"(?:least painful|most painless)"
_WAY = (
    r"(?:" + _SUREST + r" (?:method|way|drug|pills?|height|dose)|(?:quickest|fastest|surest|most "
    r"certain|most reliable) (?:drug|pills?|dose|height))"
)
_IRL = r"(?:in real life|irl|for a real person)"
REAL_LIFE = _compile(
    r"\b(?:method|drug|pills?|height|dose)\b(?: \S+){0,3}? "
    + _SUREST
    + r"\b(?: \S+){0,2}? "
    + _IRL
    + r"\b",
    r"\b" + _IRL + r"\b(?: \S+){0,6}? " + _WAY + r"\b",
    r"\b" + _WAY + r"\b(?: \S+){0,2}? " + _IRL + r"\b",
)
