"""Distress told in everyday or internet words, with no sign of risk: the caring reply
(``distress``), when no rule and not the classifier found it.

- a mood in one word or two: "low", "so flat", "feeling rough", "overwhelmed";
- spoon theory: "no spoons", "out of spoons today" (not cutlery to buy or wash);
- losses told one after another: "lost the contract, lost the house";
- not knowing what to do with oneself (not bored on a day off);
- a brain that lists why everyone hates you; feeling like a loser or a failure;
- loneliness: the radio or the television left on "just to hear a voice";
- a life stuck "like this" for good; "is this what the rest of my life looks like";
- the senses overrun: "everything's too loud", "too many choices in the shop";
- a loss of family that "hurts more than any sentence did";
- a mental state "in shambles"; an image one "can't shake" (not a cold);
- lying there staring at the ceiling; a partner who says one doesn't talk any more;
- children who "will have forgotten me by then"; "do we all just pretend"; "this week can go to
  hell"; postnatal depression named as one's own;
- upset past holding together ("i'm in bits"), going under as debt or work ("still drowning"),
  debts "crushing me", cards maxed and the rent not to be met;
- a low day named lightly ("tuesday blues", "serotonin is on holiday") and sadness said outright
  at the end ("just sad");
- effort felt as pointless: "why do I even bother", "nothing I do matters";
- "tired from everything", not out of the house in weeks (not with flu), a heavy heart, not
  wanting to get up (not on a weekend), going through the motions, waiting for the day to end;
- ``felt``: the writer's own loneliness or sadness told beside a game ("so lonely I've started
  talking to my minecraft villagers"), which a game named would otherwise excuse.

Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.vocab import _compile

_ONE_WORD = needles.compile(
    r"^(?:(?:so |very |really |feeling |feel |bit |a bit |pretty )?(?:low|flat|rough|numb|empty|"
    r"drained|heavy|broken|bleh|meh|rubbish|crap|shit|awful|grim|gutted|overwhelmed|frazzled|"
    r"struggling|burnt out|burned out)(?: af| asf| rn| right now)?|not (?:great|good|ok|"
    r"okay) today)$"
)

DISTRESS = _compile(
    r"\b(?:no|zero|out of|run out of|running out of|ran out of|0|not (?:a|one|many|enough)) "
    r"spoons?\b(?!.*\b(?:buy|bought|kitchen|drawer|dishwasher|cutlery|forks?|knives|soup|cereal|"
    r"wash\w*|ice cream|yoghurt|yogurt|plastic|picnic|restaurant|cafe)\b)",
    r"\blost (?:my |the |our )?(?:job|house|home|contract|business|farm|licence|license|"
    r"marriage|wife|husband|kids|flat|savings|shop|company|partner)\b(?: \S+){0,3}? lost (?:my |"
    r"the |our )?(?:job|house|home|contract|business|farm|licence|license|marriage|wife|husband|"
    r"kids|flat|savings|shop|company|partner)\b",
    r"\b(?:do not|don t|dont) know what to do with myself\b(?!.*\b(?:bored|retired|holiday|day "
    r"off|free time|lol|haha|excited|weekend)\b)",
    r"\b(?:reasons|proof|ways) (?:why )?(?:everyone|everybody|people|they all|you re|you are) "
    r"(?:hates?|dislikes?|can not stand|secretly hates?|hate|unlov\w*|a (?:burden|failure|"
    r"disappointment))\b",
    r"\bfeel (?:like )?(?:a |such a )?(?:total |complete |massive |huge |utter )?(?:loser|failure|"
    r"waste of space|disappointment)\b",
    r"\b(?:just|only) to (?:hear|have) (?:a|some|another|someone s) (?:human )?(?:voice|voices|"
    r"company)\b",
    r"\b(?:always|forever) (?:gonna|going to) be stuck like this\b|\bstuck like this (?:forever|"
    r"for ever|for the rest of my life|always|for good)\b|\bis this what the rest of my life "
    r"(?:looks|is going to look|will look) like\b",
    r"\beverything(?: s| is)? (?:so )?too (?:loud|bright|fast|much|big)\b(?!.*\b(?:mix|track|"
    r"song|speakers?|volume|bass|headphones|master\w*|photo|picture|font|screen|settings|"
    r"shirt|dress|jacket|size)\b)|\btoo many (?:choices|options|people) in the (?:shop|store|"
    r"supermarket|aisle)\b(?=.*\b(?:just stood|froze|frozen|panic\w*|walked out|left|could not)"
    r"\b)",
    r"\b(?:missed|lost|miss) (?:my |her |his |their )?(?:\w+ )?(?:daughter|son|kids|children|"
    r"family|childhood|grandchildren)\w*\b(?: \S+){0,12}? hurts? (?:me )?more than (?:any|"
    r"anything|the)\b",
    r"\bmy (?:mental (?:health )?|head |mind )(?:is|s) (?:in (?:shambles|tatters|pieces|the bin|"
    r"the gutter|the trash|ruins)|shot|fried|cooked|a mess|a wreck)\b",
    r"\bcan not shake (?:it|this|the feeling|the image|the images|the picture|what i saw)\b(?!.*\b"
    r"(?:cold|flu|cough|virus|bug|song|tune|off|hands?)\b)",
    r"\b(?:lie|lay|lying|laying|sit|sat|sitting) (?:there |in bed |on the (?:sofa|couch|floor) )?"
    r"(?:just )?staring at (?:the )?(?:ceiling|wall|walls|nothing)\b",
    r"\b(?:wife|husband|partner|kids|family|mum|mom|dad|friends|missus|girlfriend|boyfriend) "
    r"(?:says|said|say|tells me|told me) i (?:do not|don t|never) (?:talk|smile|laugh|eat|go out)"
    r" (?:anymore|any more)\b",
    r"\b(?:do|are) we all (?:just )?(?:pretend|pretending)\b",
    r"\b(?:kids|children|son|daughter|family|everyone|wife|husband|partner)(?: will| ll| would| d) "
    r"(?:have )?(?:forgotten|forget) (?:me|about me|who i am|what i look like)\b(?!.*\b(?:lol|"
    r"haha|puppy|kitten|new toy|ipad|game|birthday|grandparents|holiday|camp)\b)",
    r"\b(?:this week|this month|this year|this life|life|everything) can (?:go to hell|get "
    r"fucked|fuck off|do one)\b",
    r"\b(?:so |very |really )?tired (?:from|with) (?:everything|it all|all of it|life|living)\b",
    r"\b(?:have not|haven t|not) (?:left|been out of) (?:the|my) (?:house|flat|room|bed|home)\b"
    r"(?: in| for) (?:\d+|two|three|four|a|weeks|days|ages)\b(?!.*\b(?:flu|covid|cold|snow|storm|"
    r"lockdown|quarantin\w*|broken|surgery|operation|newborn|baby s|deadline|gaming|lol)\b)",
    r"\bmy heart (?:is|feels|s) (?:so |really |very )?heavy\b",
    r"\bwait(?:ing)? for (?:the )?(?:day|days|night|nights) to (?:end|be over|pass)\b(?!.*\b(?:"
    r"work|shift|office|school|meeting|party|holiday|weekend|payday|results?|flight|concert)\b)",
    r"\b(?:do not|don t) want to get (?:up|out of bed)\b(?! (?:early|at|for|on|tomorrow)\b)(?!.*\b"
    r"(?:lol|haha|saturday|sunday|weekend|cold outside|raining|so early|day off)\b)",
    r"\b(?:i m|im|i am|i feel like i m|feel like i m|feel like i am|i ve been|i have been) "
    r"(?:just )?going through the motions\b",
    # effort felt as pointless: "why do i even bother", "nothing i do matters" (not in a game, a
    # chore or a joke)
    r"\b(?:why|what is the point|whats the point|no point) (?:do |should |would )?i (?:even )?"
    r"(?:bother|try|keep trying)\b(?! (?:with|to|asking|texting|cooking|cleaning|ironing|"
    r"studying|learning|tidying|dusting|dressing up)\b)(?!.*\b(?:lol|haha|lmao)\b)",
    r"\bnothing i (?:do|say|try|ever do|ever say) (?:\w+ )?(?:matters|makes (?:a|any) difference|"
    r"is (?:ever )?enough|changes anything|helps)\b(?!.*\b(?:game|rng|match|level|boss|raid|"
    r"vote|votes|election|lol|haha|lmao)\b)",
    # upset past holding together, in British and Irish words: "i'm in bits", "in pieces since"
    # (not a car, a model or a laugh: "in bits laughing", "the lego's in bits")
    r"\b(?:i am|i m|im|i ve been|i have been|been|i was|i feel) (?:\w+ )?in (?:bits|pieces|"
    r"tatters|a heap|a state)\b(?! (?:laughing|of|from|with laughter))(?!.*\b(?:lol|haha|lmao|"
    r"laugh\w*|😂|🤣|funny|hilarious|comedy|sketch|stand ?up|gig)\b)",
    # going under, as debt or work: "still drowning", "two jobs and i'm drowning" (not in a sea
    # of emails said with a laugh, a pool or a lesson in the water)
    r"\b(?:still|just|i am|i m|im|i feel like i am|i feel like i m|feel like i m|absolutely|"
    r"completely|slowly|honestly) drowning\b(?! in (?:emails|paperwork|laundry|homework|"
    r"notifications|marking|washing|love|compliments|cake|snow|leaves)\b)(?!.*\b(?:lol|haha|"
    r"lmao|pool|swim\w*|lifeguard|beach|sea|lesson|boat|water|kayak\w*|rain)\b)",
    # debt pressing down: "the debts are crushing me", cards maxed and the rent not to be met
    # (not a joke, nor a game's or a film's)
    r"\b(?:debts?|bills|loans?|credit cards?|repayments?|arrears|overdraft|mortgage|money "
    r"worries) (?:are |is |s |keep |keeps )?(?:\w+ )?(?:crushing|burying|suffocating|strangling|"
    r"swallowing|sinking) (?:me|us)\b(?!.*\b(?:lol|haha|lmao|game|film|movie|show)\b)",
    r"\bcredit cards? (?:\w+ )?maxed\b(?=.*\bhow (?:i am|i m|im|am i|will i|do i|we are|are we) "
    r"(?:\w+ ){0,2}?(?:pay|afford|cover|make)\b)(?!.*\b(?:lol|haha|lmao)\b)",
    # a low day named with a light word, and sadness said outright: "tuesday blues hitting
    # different. serotonin is on holiday lol. just sad"
    r"\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|winter|january|morning|"
    r"evening) blues|(?:serotonin|dopamine|happy chemicals) (?:is |are |s )?(?:on holiday|on "
    r"vacation|on strike|gone|missing|at zero|nowhere to be found|(?:taking|took) the day off|"
    r"has left the building))\b(?=.*\b(?:just|so|really|kinda|kind of|feeling|feel|i am|i m) "
    r"(?:sad|low|down|empty|flat|miserable)(?: today| tonight| lately| all day| again| for no "
    r"reason| right now)?$)",
    r"\b(?:i|i ve|i have|i might have|i may have|diagnosed with|i think i have|said i (?:might|"
    r"may) have) (?:got )?(?:pnd|ppd|postnatal depression|postpartum depression|post natal "
    r"depression|post partum depression)\b",
)


# The writer's own feeling, said in the first person: a game beside it is where it shows, not
# what it is about ("my minecraft villager is so lonely" is the villager's).
_FELT = needles.compile(
    r"(?:\bi |^)(?:am|m|feel|have been|ve been|been|have felt|ve felt) (?:so |really |very |super |"
    r"kinda |pretty |incredibly |that )?(?:lonely|alone|isolated|sad|depressed|empty|low|down|"
    r"miserable|invisible|forgotten)\b"
)


def felt(plain: str) -> bool:
    """Whether the normalised message tells the writer's own loneliness or sadness."""
    return _FELT.search(plain) is not None


def distress(plain: str) -> bool:
    """Whether the normalised message tells distress in the words above."""
    return _ONE_WORD.match(plain.strip()) is not None or DISTRESS.search(plain) is not None
