"""Distress below the crisis line, and a crisis told of as long past.

``distress`` names hopelessness, emptiness, panic, loneliness or a heavy day without a sign of
risk: that gets a caring reply, not the crisis reply. ``resolved`` tells a crisis that is over
("i overdosed once when i was 17, now i volunteer"), which excuses all but a method question.
Read on normalised text (see ``crisis.normalise``). Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles, quietly, settled, understated
from crisis.vocab import _compile

_DISTRESS = _compile(
    r"\b(?:why does )?nothing (?:ever )?work(?:s|ed)? for me\b",
    # "i am not scared any more" is no distress: no negation in the gap or just before
    # ...nor what a thing is asked to do to anyone: "how much caffeine plus alcohol makes you feel
    # awful", "does ketamine make you feel numb"
    r"\b(?<!not )(?<!no longer )(?<!makes you )(?<!make you )(?:i feel|feel|feeling|i am|am|so|"
    r"been) (?:(?!not |never |no "
    r"longer )\w+ ){0,3}?(?:hopeless|empty|numb|worthless|"
    r"alone|lonely|broken|miserable|desperate|overwhelmed|exhausted|lost|trapped|panicking|"
    r"terrified|awful|terrible|sad|depressed|anxious|scared|ashamed|guilty|useless|a failure|"
    r"like a failure|like a burden|nothing|down|low|crap|shit)\b"
    # ...not overwhelmed with joy: "so overwhelmed with joy, the baby is here"
    r"(?! (?:with|by) (?:joy|happiness|gratitude|love|pride|excitement|kindness|the support)\b)"
    # ...nor a height or a level ("the crop duster flew so low over the house", "so low on
    # battery"), nor a thing out of order ("the level crossing has been broken for a week")
    r"(?!(?<=low) (?:overhead|(?:over|above|across) (?:the |our |my |a )?(?:house|houses|roofs?|"
    r"rooftops|fields?|town|city|trees|garden|street|village|estate|sea|water|lake|heads?|"
    r"ground)|on (?:battery|fuel|petrol|gas|stock|data|credit|ink))\b)"
    r"(?!(?<=has been broken)(?<!heart has been broken)(?<!spirit has been broken))",
    r"\b(?:panic|anxiety) attacks?\b",
    r"\bcan not (?:sleep|stop crying|breathe|cope|focus|get out of bed|stop shaking)\b",
    r"\b(?:crying|cried|sobbed|sobbing|wept|weeping|bawled|bawling) (?:\w+ ){0,2}?(?:all|every|"
    r"myself|the whole|whole|all the way|nonstop|non stop|for hours|again|to sleep|in the "
    r"(?:car|shower|bathroom|toilets?))\b",
    # a self no longer recognised, an evening with no one, friends who stopped asking
    r"\b(?:do not|can not|no longer|barely) recogni[sz]e myself\b|\bmiss (?:who|the person) i "
    r"(?:was|used to be)\b",
    r"\b(?:recently |newly |just )?widowed\b|\btalking to (?:the tv|the television|myself|the "
    r"walls|the cat|the dog) (?:\w+ )?(?:because|since|all|every|most|again)?\b(?=.*\b(?:alone|"
    r"quiet|lonely|no one|nobody|widowed|evenings?)\b)",
    r"\bcan not face (?:people|anyone|the world|anything|going out|my friends|seeing)\b",
    r"\b(?:they|friends|people|everyone|nobody) (?:have |has )?(?:stopped|stop) (?:asking|"
    r"inviting|calling|texting|checking)\b",
    r"\b(?:lowkey|low key|kinda|kind of|pretty|super|hella|mad) (?:depressed|sad|lonely|empty|"
    r"hopeless|down|low)\b|\boverthinking\b|\b(?:very|so|too) stress(?:ed)?\b",
    r"\b(?:will not|wo not) stop shaking\b|\bsomething bad is going to happen\b",
    # a day named by how hard it was, not by its news
    r"\b(?:really|very|so|such a|another|the worst|awful|horrible|terrible|rough) (?:bad |rough |"
    r"hard |awful |shitty |crappy |horrible )?day\b(?! (?:for|to|on) (?:the|a|my) (?:team|stocks|"
    r"market|weather|match|game|hair|beach|picnic))",
    r"\bnothing (?:helps|works|matters|is working|has worked)\b",
    r"^(?:just |such |had a |having a |a |another )?(?:bad|rough|shit|shitty|crap|awful|horrible) "
    r"day$",
    r"\bno one (?:understands|cares|listens)\b|\bnobody (?:understands|cares|listens)\b",
    r"\b(?:struggling|not coping|not okay|not ok|falling apart|breaking down)\b"
    r"(?! (?:with|about) (?:the|that|this|a|an|how|the way|my \w+ s)\b)",
    r"\b(?:grief|grieving|heartbroken|nightmares|flashbacks)\b",
    # "i am not fine" behind a mask, "sad af today"
    r"\bi am not (?:fine|alright|all right|good)\b(?! (?:with|about|if|that|to|at|for)\b)"
    r"(?!.*\b(?:lol|haha)\b)",
    r"\bsad (?:af|asf|as hell|as fuck|as heck)\b|^(?:so |very |really |just )?sad (?:today|"
    r"tonight|rn|right now|again|all day)\b|^(?:i am |feeling |so |very |really |just )*sad$",
    r"\b(?:burnt out|burned out|burnout|heart (?:is )?(?:racing|pounding)|thinking i am dying|"
    r"got fired|lost my job|laid off|been evicted|no idea what to do|can not pay (?:the |"
    r"my )?rent)\b",
    # worn down, joyless, unseen, far from oneself
    r"\b(?:so |just |really )?tired of (?:pretending|fighting|everything|it all|trying|putting on|"
    r"being (?:a |the )?\w+)\b|\btired all the time\b",
    r"\bcan not (?:even )?enjoy (?:\w+ ){0,2}?(?:anymore|any more)\b|\bnothing (?:is )?fun "
    r"(?:anymore|any more)\b",
    r"\b(?:no one|nobody) (?:texted|called|messaged|remembered|came)\b(?: \S+){0,4}? (?:birthday|"
    r"bday)\b|\bmy only friend is\b",
    r"\bmy brain left\b|\bwatching (?:my|their|your) (?:own )?life from\b",
    r"\bparents (?:are )?(?:screaming|yelling|fighting) (?:again|every night|all the time)\b",
    r"\b(?:do not|don t) know how to get through (?:each|every|another) day\b",
)


# A crisis long past and resolved ("i overdosed once when i was 17, now i volunteer") is not one
# now; method-seeking is never excused this way.
_PAST = needles.compile(
    r"\b(?:when i was (?:\w+ )?[0-9]+|(?:years|yrs|[0-9]+ (?:years?|yrs?)) ago|back then|"
    # a span in words: "two years ago", "a couple of years ago", "a decade ago"
    r"(?:a|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|a couple|several|"
    r"many) (?:years?|decades?) ago|"
    r"in my (?:teens|twenties|thirties)|at (?:age )?1[0-9](?! (?:00|15|30|45|pm|am|o clock))|"
    r"in (?:19|20)[0-9]{2}|(?:years|decades) (?:since|later|today)|as a (?:teen|teenager|kid|"
    r"child|student)|back in (?:college|school|high school|uni|university|the day)|used to|"
    # a year of study named: "in first year she overdosed once"
    r"(?:in|during) (?:my |her |his |their )?(?:first|second|third|fourth|final|freshman) year)\b"
)
_STILL = needles.compile(
    r"\b(?:terrified|scared|worried|afraid|same things|right now|are back|came back|"
    # ...back again, not working or smiling again ("today i am stable, working again")
    r"(?<!working )(?<!smiling )(?<!laughing )(?<!sleeping )(?<!eating )(?<!driving )again|"
    r"lately|but now|want to die|(?<!tried to )(?<!after trying to )(?<!wanted to )kill myself|"
    r"(?<!wanted to )end it all|"
    r"suicidal now|thinking about it|"
    # a rebuilt life with "but" and the trouble back: "now i have a job but i can not go on"
    r"can not (?:go on|do this|cope|take it)|pills ready|have the pills|no point|hopeless|"
    r"but i (?:still|can not|have the|want|do not want)|"
    # the recovery only believed by others: "my mum thinks i am thriving"
    r"(?:thinks|think|thought|believes|believe|assumes|assume) (?:that )?i am (?:\w+ )?"
    r"(?:thriving|fine|doing well|doing great|happy|better|okay|ok)|the way out)\b"
)
_RECOVERED = needles.compile(
    r"\b(?:(?:now|today|these days|nowadays) i (?:am|volunteer|help|work|run|teach|mentor)|"
    r"glad|well for|doing (?:really |so |very |pretty )?(?:well|better|great|good)(?! (?:work|"
    r"things|deeds))|"
    r"(?:\w+ )?years on and|peer (?:support|mentor)|support group|"
    r"life is good|how i got here|got me (?:out|through)|pulled me (?:out|through)|in case it "
    r"helps|helps someone|i made it through|saved my life|"
    r"i am (?:happy|married|thriving|in a (?:much |far )?better place)|"
    # "im in a good place now": told as now, so not "not in a good place"
    r"(?<!not )in a (?:really |very |much |far )?(?:good|great|healthy|happy|better|stable) "
    r"place (?:now|these days|today|nowadays)|"
    r"recovered|volunteer|decades|made peace|(?:\w+ )?(?:years?|months?) into (?:my )?recovery|"
    r"i am (?:ok|okay|fine|safe)|has not been part|curious|candle|(?:been )?clean (?:for )?"
    r"(?:\w+ )?years?|[0-9]+ years clean|"
    # a life rebuilt after a flight: "now i have papers, job, i am good"
    r"(?:now|today|these days) i have (?:my |a |the )?(?:own )?(?:papers|residence|asylum|"
    r"a job|job|work|a home|home|friends|a family|flat|apartment|place|house)|"
    r"i want to help others|"
    # years out of the attempt, and studying now: "i am 4 years out now, doing my masters"
    r"(?:[0-9]+|a few|two|three|four|five|six|seven|eight|nine|ten) (?:years?|yrs?) out"
    r"(?: now)?(?! of)|(?:now |now i am )?doing my (?:masters|phd|doctorate|degree|residency)|"
    # a life since, told with what the writer is now: "4 years later i'm a nursing student"
    r"(?:years|months|a year|a decade) later (?:and )?(?:now )?i (?:am|have|work|teach|study|run)|"
    r"(?:today|now|this year|last (?:week|month)) i got (?:my )?(?:own|first|a) (?:\w+ )?(?:job|"
    r"paycheck|pay cheque|place|flat|apartment|house|car|degree|promotion)|(?:feeling|so|really|"
    r"very) proud|i am [2-9][0-9] now|"
    r"(?:want|hope|hoping|going|training|studying) to (?:\w+ ){0,4}?help (?:others|other people|"
    r"people like)|(?:just|so|feeling|really|very|forever) (?:grateful|thankful)|"
    r"i am (?:good|well) now|now i am (?:good|well)|"
    # a milestone reached since: "today i graduated as a nurse", "this year i qualified"
    r"(?:today|now|this (?:week|month|year)|last (?:week|month)|yesterday) i (?:\w+ )?(?:graduated|"
    r"qualified|got (?:married|engaged|my degree|my masters|my diploma)|passed my|finished my "
    r"(?:degree|training|course|apprenticeship)|became a|ran my first|started my (?:new )?"
    r"(?:job|degree|course|business))|"
    # a relapse told with the sober life since: "today i took her to the zoo sober. it gets better"
    r"(?:today|now|these days|nowadays|this year) i (?:\w+ ){0,6}?(?<!not )(?<!stay )(?<!get )"
    r"(?<!keep )(?<!staying )(?<!getting )(?<!be )sober|(?:sober|clean) (?:since|ever since)|"
    r"[0-9]+ (?:years?|months?) sober|it (?:does )?gets? better|there is hope|"
    # help got, and a long good stretch since: "got help, been good a long time now"
    # the thoughts said to be gone: "long gone now after treatment and therapy"
    r"(?:long|all) gone|gone (?:now|for good|for years)|(?:went|go) away (?:after|with)|"
    r"(?:stopped|ended|faded) (?:after|with)|"
    r"got (?:the |some |proper )?help|been (?:good|well|fine|ok|okay|stable|steady) (?:for )?"
    r"(?:a long time|a long while|years|ages|a good while|ever since))\b"
)


def resolved(plain: str) -> bool:
    """Whether normalised text tells of a crisis that is over."""
    return (
        _PAST.search(plain) is not None
        and _RECOVERED.search(plain) is not None
        and _STILL.search(plain) is None
    )


def distress(plain: str) -> bool:
    """Whether normalised text speaks of distress (hopeless, empty, panic) at all."""
    return (
        _DISTRESS.search(plain) is not None
        or settled.DISTRESS_MORE.search(plain) is not None
        or understated.STALLED.search(plain) is not None
        or quietly.DISTRESS.search(plain) is not None
    )
