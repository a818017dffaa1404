"""Kinds told with the fewest words of harm: a plan said by its calm or its day, a plan that waits
for someone else's death, a search history, pills mixed with drink or with other pills, and a
treatment that has not helped; with what excuses their lookalikes.

- ``OVERDOSE`` (the full reply): pills mixed with drink or with other pills in a quantity ("a
  bunch of", "all my") and the body answering ("shaky and sick"), or all of one's pills combined
  with drink.
- ``METHOD``: how much of something stops a heart. ``EMPTIED``: pills emptied into the mouth.
- ``CHECK``: "I've got it all worked out" beside a day or a tiredness with no event named;
  "I know what I'm going to do and when" beside a calm or a thank-you; "going to do something on
  Friday" beside the family who would be left; walking to a place "and not coming back".
- ``AFTER_THEM`` (the check-in, read on the text unguarded, before someone else named is taken
  as the one at risk): a plan that waits for someone else's death ("once she's gone there'd be
  no reason left"), the family better off with the insurance money, a door left unlocked "so
  they won't have to break it".
- ``POSTED``: a photo of a height or a means captioned with a farewell, a means bought under a
  story that does not hold.
- ``SEARCHED``: a search history full of ways to die; ``theirs`` tells whose it is.
- ``STALLED`` (distress, the caring reply): a treatment that has changed nothing ("fifth session
  and I feel exactly the same"), and being discouraged.
- ``excused_lethality``: a lethal dose asked as pharmacology (the therapeutic index, a lethal
  dose compared with the anaesthetic one), with nothing of the writer's own in it.
- ``food_not_pills``: a box of chocolates taken, which the classifier's overdose reading defers
  to.
- ``better``: a treatment told as working, which the classifier's distress reading defers to.
- ``pet_grief``: a pet that died, told after the first day, which the classifier's distress
  reading defers to.
- ``grief_settled``: a grief told as done with ("I've done my grieving", "she had a full life").

Read on normalised text. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.vocab import _compile

_DAYS = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend|"
    r"next week)"
)
_PILLS = (
    r"(?:pills|meds|tablets|medication|medications|capsules|painkillers|antidepressants|benzos|"
    r"lithium|ibuprofen|aspirin|paracetamol|tylenol|advil|sleeping (?:pills|tablets)|"
    r"\w+(?:pam|lam|ine|done|adol|amol|fen|pril|olol|zole|ium))"
)
_DRINK = r"(?:beer|beers|wine|vodka|whiske?y|gin|rum|tequila|alcohol|booze|drinks|shots|cans)"
_AMOUNT = (
    r"(?:a bunch of|a handful of|handfuls of|a load of|loads of|lots of|a lot of|all|all of|"
    r"the whole|a whole|too many|a pile of|a fistful of|[0-9]{2,})"
)
_BODY = (
    r"(?:shaky|shaking|sick|dizzy|faint|drowsy|numb|weird|strange|funny|wrong|woozy|spinning|"
    r"throwing up|vomit\w*|heart (?:is )?racing|can not (?:feel|stand|breathe|stay awake)|"
    r"stomach (?:hurts|is burning|burns)|ears (?:are )?ringing|blurry)"
)

OVERDOSE = _compile(
    r"\b(?:mixed|combined|took|had|swallowed|washed down|downed)\b(?: \S+){0,8}? "
    + _AMOUNT
    + r" (?:\S+ ){0,2}?"
    + _PILLS
    + r"\b(?: \S+){0,14}? (?:feel|feeling|felt|i am|am|getting|"
    r"going|is|it is) (?:\w+ ){0,2}?" + _BODY + r"\b",
    r"\b(?:mixed|combined) (?:all|every|the whole|a bunch|a handful|a load) (?:of )?(?:my |the )?"
    r"(?:\w+ )?" + _PILLS + r" (?:with|and) (?:\S+ ){0,3}?" + _DRINK + r"\b",
)

# A heart stopped by an amount, pills emptied into the mouth
METHOD = _compile(
    r"\bhow (?:much|many) (?:\w+ ){0,3}?(?:stops?|would stop|to stop|will stop|it takes to stop) "
    r"(?:a|the|someone s|my|your|his|her) heart\b",
)
EMPTIED = _compile(
    r"\b(?:emptied|tipped|poured|dumped) (?:\S+ ){0,5}?into my mouth\b",
)

CHECK = _compile(
    # a plan worked out, with a day or a tiredness and no event
    r"\b(?:got|have got|have|had) it all (?:worked|figured|planned|sorted) out\b"
    r"(?!.*\b(?:wedding|party|trip|holiday|move|moving|exam|meeting|schedule|rota|budget|route|"
    r"menu|childcare|flight|finances|timetable|revision|seating|lift|presents|itinerary)\b)"
    r"(?=.*\b(?:" + _DAYS + r"|easier|tired|fine really|at peace|calm)\b)",
    # knowing what and when, told with a calm or a thank-you
    r"\bi know (?:exactly )?(?:what|how) i am (?:going to|gonna) do(?: it)? and (?:when|where|"
    r"how)\b(?=.*\b(?:calm|peace|peaceful|relieved|relief|thank\w*|goodbye|bye|sorry|love you)\b)",
    r"\b(?:calm|calmer|peace|peaceful|relieved)\b(?: \S+){0,12}? i know (?:exactly )?(?:what|how) "
    r"i am (?:going to|gonna) do(?: it)? and (?:when|where|how)\b",
    # not around for the rest of the course, with no trip or job to explain it
    r"\b(?:do not|don t|dont) think (?:i will|i ll|ill) be (?:around|here|alive) (?:for|to|by|"
    r"after|at|much|long)\b(?!.*\b(?:trip|holiday|vacation|flight|travel\w*|work|job|conference|"
    r"camp|surgery|busy|abroad|moving|move|exams?|baby|no time|signal|internet)\b)",
    # something on a day, and the family it would leave
    r"\b(?:going to|gonna|i will|i am going to) do something (?:on |this |next )?"
    + _DAYS
    + r"\b(?=.*\b(?:family|autopsy|find me|kids|forgive|confused|confuse|understand|sorry|"
    r"goodbye)\b)",
    # a height or a known place to go to, beside a thank-you or a lesson skipped, and no outing
    r"\b(?:going|heading|driving|walking|go|drive|walk) to (?:the )?(?:cliffs?|cliff edge|"
    r"bridge|tracks|railway line|beachy head|golden gate|top floor|multi storey)\b"
    r"(?=.*\b(?:thank you|thanks|goodbye|skip|will not need|last|anyway)\b)(?!.*\b(?:photos?|"
    r"pictures|hike|hiking|picnic|view|sunset|holiday|trip|family|kids|friends|dog|tour|birds?|"
    r"paint\w*|fossils?|with (?:my|the|a) \w+)\b)",
    # food or everything stopped, and an end accepted
    r"\b(?:choosing|chosen|decided|deciding|going) to stop (?:everything|eating(?! (?:sugar|meat|"
    r"bread|carbs|gluten|dairy|junk|sweets|chocolate|fast food|out|late|after|so much)\b)|"
    r"drinking|taking my \w+|my (?:meds|medication|treatment|insulin))\b"
    r"(?=.*\b(?:how (?:this|it) ends|the end|ready to go|let (?:it|this) end|okay with dying|"
    r"ok with dying)\b)",
    # the rest of the course not needed, with nothing to explain it
    r"\b(?:will not|won t|wont|do not|don t) need (?:the rest|the (?:next|other|remaining) "
    r"(?:lessons|ones|parts|modules))\b(?!.*\b(?:already|know|knew|learned|learnt|studied|covered|"
    r"degree|trip|holiday|work|job|busy|moving|exam|nurse|doctor|pharmacist|cancel\w*|refund)\b)",
    # the pet provided for, and nothing more to do
    r"\b(?:made sure|sorted|arranged|left)\b(?: \S+){0,4}? (?:cat|dog|pets?|fish|plants|kids) "
    r"(?:\S+ ){0,6}?(?:that is|thats|that s) (?:everything|all|it)\b(?!.*\b(?:away|trip|holiday|"
    r"flight|work|conference|hospital)\b)",
    # what a body does without food and water, read up on
    r"\b(?:reading|researching|looking up|googling|read up|reading up) (?:about |on )?"
    r"(?:what happens|how long)\b(?: \S+){0,8}? (?:stop (?:eating and drinking|eating|drinking "
    r"water)|starve|starving|without (?:food and )?water)\b(?!.*\b(?:fast\w*|ramadan|diet\w*|"
    r"lent|surgery|colonoscopy|procedure|survival|hiking|documentary|class|essay)\b)",
    # at peace with a decision, thanking the course
    r"\b(?:at peace|made peace|calm|settled) with (?:my|the|this) (?:decision|choice)\b"
    r"(?=.*\b(?:thank\w*|goodbye|bye|lessons|course|sorry|love)\b)(?!.*\b(?:job|offer|flat|"
    r"house|uni|move|moving|divorce|wedding|degree|surgery|treatment|school|leave|quit\w*)\b)",
    # no one to miss the writer
    r"\b(?:nobody|no one) (?:is going to|will|would|is gonna|gonna) (?:even )?(?:miss|notice) "
    r"me\b(?! (?:at|in|for|during|while|if i (?:skip|miss)))",
    # a funeral's music or plan ready
    r"\bmy funeral (?:playlist|songs?|music|readings?|plans?|arrangements)\b(?: is| are)? "
    r"(?:done|ready|sorted|finished|planned|picked|chosen)\b(?!.*\b(?:prepaid|pre paid|"
    r"insurance|policy|sensible|someday|one day|when i am old|lol|haha)\b)",
    # everything ready, and only the courage missing
    r"\b(?:everything|it all|all) (?:is )?(?:ready|set|in place|prepared)\b(?: \S+){0,6}? "
    r"(?:find|have|get|work up|muster) (?:the )?(?:courage|nerve|guts|strength)\b(?!.*\b(?:party|"
    r"speech|wedding|presentation|interview|exam|trip|move|date|proposal|talk|ask)\b)",
    # a walk to a place with no return
    r"\bi (?:am going to |will |want to |might |could |am )?(?:just )?(?:go|going|walk|walking|"
    r"swim|drive|driving|head|heading)(?: to)? (?:\S+ ){0,5}?and (?:i )?(?:will not|am not going "
    r"to|not|never) (?:come|coming) back\b(?! (?:until|till|before|for|after|today|tonight|home "
    r"till|until))",
)

AFTER_THEM = _compile(
    # someone dead, and a wish to join them
    r"\b(?:died|passed|passed away|is gone|gone now|lost (?:him|her|them)|killed (?:himself|"
    r"herself|themselves)|took (?:his|her|their) (?:own )?life)\b(?: \S+){0,10}? (?:i )?(?:just )?"
    r"(?:want|wanna|need|am going|ready|long|longing|wish i could|would rather) (?:to )?"
    r"(?:join|be with|follow) (?:him|her|them)\b(?! (?:family|friends|kids|parents|sister|"
    r"brother|mum|dad|mom|at|for|on|to the|funeral|grave|favourite|place))",
    # a door left unlocked so no one has to break it
    r"\b(?:left|leaving|will leave|leave) the (?:front |back )?door unlocked so (?:they|the "
    r"police|someone|you|whoever|nobody|no one) (?:(?:will not|won t|do not|don t|does not|wont|"
    r"doesn t) )?(?:have to |need to )?(?:break|kick|force)\b",
    # the family better off with the money the writer's death would bring
    r"\b(?:will|would|d) be (?:so |much |far )?better off with (?:the|my) (?:life )?(?:insurance|"
    r"payout|pension)\b",
    r"\b(?:life )?insurance (?:money|payout|pays out|would pay)\b(?: \S+){0,8}? (?:better off|"
    r"when i am gone|after i am gone|if i (?:die|died|was gone|were gone))\b",
    r"\b(?:once|when|after) (?:she|he|they|shes|hes|theyre|mum|mom|dad|my \w+) (?:is |are |has |"
    r"have |s )?(?:gone|dies|died|passed|passes|goes)\b(?: \S+){0,14}? (?:no reason left|"
    r"nothing left for me|no reason to (?:stay|live|go on|be here)|planning how|"
    r"how i (?:would|d|will) do it|i will follow|i will go too|my turn)\b",
    r"\b(?:planning|planned|plan|thought about|worked out) how i (?:would|d|will|could) do it\b"
    r"(?: \S+){0,6}? (?:once|when|after) (?:she|he|they|shes|hes|theyre|mum|mom|dad|my \w+) "
    r"(?:is |are |has |have |s )?(?:gone|dies|died|passed|passes|goes)\b",
)

SEARCHED = _compile(
    r"\b(?:search|browser|browsing|google|internet|youtube|tiktok) (?:history|searches)\b"
    r"(?: \S+){0,8}? (?:ways to (?:die|kill)|how to (?:die|kill|hang|overdose)|suicide|suicidal|"
    r"kill (?:yourself|himself|herself|themselves|myself)|lethal|painless\w*|overdos\w*|"
    r"hanging|nooses?)\b",
)
# a photo of a height or a means, captioned with a farewell; a means bought under a story that
# does not hold ("for the garden, but we have no garden")
POSTED = _compile(
    r"\b(?:posted|shared|put up|put|uploaded|sent) (?:a |this |that )?(?:photo|picture|pic|story|"
    r"video|selfie) (?:of|from|on) (?:a |the |his |her |their |my )?"
    # a heap of the means shown: "a pic of a pile of pills"
    r"(?:(?:pile|heap|handful|load|stack|row|bunch|mountain) of (?:his |her |their |my )?)?"
    r"(?:bridge|cliff|edge|tracks|"
    r"railway|roof|rooftop|rope|pills|tablets|noose|ledge|top floor)\b(?: \S+){0,8}? (?:soon|"
    r"goodbye|bye|the end|see you on the other side|finally|last|forgive me|sorry|it is time|"
    r"time to go)\b",
    # a heap of pills or a rope shown with a goodnight to everyone: "with 'night all'" (a bridge
    # at sunset with a goodnight is a view)
    r"\b(?:posted|shared|put up|put|uploaded|sent) (?:a |this |that )?(?:photo|picture|pic|"
    r"video|selfie) of (?:a |the |his |her |their |my )?(?:(?:pile|heap|handful|load|stack|row|"
    r"bunch|mountain) of (?:his |her |their |my )?)?(?:pills|tablets|meds|rope|noose|blades?)\b"
    r"(?: \S+){0,8}? (?:(?:(?:good )?night|goodnight|nite) (?:all|everyone|everybody|world|guys|"
    r"yall)|love you all)\b",
    r"\b(?:bought|got|ordered|buying) (?:a |some |new )?(?:rope|noose|gun|pills|hose|charcoal|"
    r"rat poison|razor blades)\b(?: \S+){0,10}? (?:but (?:we|he|she|they|i) (?:do not have|"
    r"does not have|have no|has no|never)|we have no|there is no)\b",
)
_THEIRS = needles.compile(
    r"\b(?:his|her|their|\w+s) (?:search|browser|browsing|google|internet|youtube|tiktok)\b"
)

STALLED = _compile(
    r"\b(?:session|infusion|treatment|spravato|ketamine|esketamine|dose|round|appointment)s?\b"
    r"(?: \S+){0,8}? (?:i )?(?:feel|felt|feeling|am|i am) (?:exactly |just |still |basically )?"
    r"(?:the same|no different|no better|nothing)\b(?! but)",
    r"\b(?:still|yet) (?:nothing|no change|no difference)\b(?=.*\b(?:session|infusion|"
    r"treatment|spravato|ketamine|esketamine|dose|round)s?\b)",
    r"\b(?:discouraged|disheartened|deflated|demoralised|demoralized)\b",
)

# Lethality as pharmacology: a ratio of doses, not an amount for someone.
_PHARMACOLOGY = needles.compile(
    r"\b(?:therapeutic (?:index|window|ratio)|margin of safety|safety margin|ed ?50|td ?50|"
    r"(?:compared|relative) (?:to|with) (?:the |its |an? )?(?:an a?esthetic|anaesthetic|"
    r"anesthetic|therapeutic|effective|clinical|usual) doses?)\b"
)
_OWN = needles.compile(
    r"\b(?:my (?:pills|meds|medication|tablets|prescription|supply|bottle)|for me|kill me|"
    r"i (?:take|have taken|took|swallowed|have)|enough to|to die|painless\w*|myself|my weight|"
    r"i weigh)\b"
)
_BETTER = needles.compile(
    r"(?<!not )(?<!never )(?<!no )\b(?:feel|feeling|felt|doing|am) (?:(?:a lot|much|so|way|"
    r"really|a bit|loads|heaps|so much) )?(?:better|great|good|amazing|lighter|hopeful)\b"
)
_BUT = needles.compile(
    r"\b(?:but|still|though|except|yet|however|not|never|no|now|back|again|until|wore off|"
    r"for a (?:day|bit|while|few))\b"
)
_GRIEF_SETTLED = needles.compile(
    r"\b(?:done|finished|through) (?:with )?(?:my |the |our )?grieving\b|\b(?:had|lived) (?:a|"
    r"such a) (?:long and )?(?:full|good|long|happy) life\b|\bpassed (?:away )?peacefully\b|"
    # "passed last year at 94, peacefully": a long life's end, told calmly
    r"\b(?:passed|died)(?: away)?(?: \S+){0,5}? (?:peacefully|at (?:8|9|10)[0-9])\b|"
    r"\bmade (?:my )?peace with\b"
)
_GRIEF_STILL = needles.compile(
    r"\b(?:can not cope|struggling|hopeless|empty|numb|lonely|breaking|falling apart|not ok|"
    r"not okay|never get over|every day|want to die|join (?:her|him|them))\b"
)


_FOOD = needles.compile(
    r"\b(?:box|bag|packet|pack|tray|plate|tub|jar|bar|tin|slice|carton|bowl)s? of (?:\w+ )?"
    r"(?:chocolates?|cookies|biscuits|sweets|candy|cake|pizza|cereal|doughnuts|donuts|snacks|"
    r"crisps|chips|popcorn|cupcakes|fries|ice cream|pastries|fruit|mints|gum|chewing gum|grapes|"
    r"crackers|nuts|raisins|dates|jelly babies|jelly beans|toffees|fudge|mince pies|muffins)\b"
    # the food left from a party or a meal ("took home the leftovers from the ward christmas do")
    r"|\bleft ?overs? from (?:the |our |a |my )?(?:\w+ ){0,3}?(?:party|buffet|do|dinner|lunch|"
    r"barbecue|bbq|potluck|bake sale|wedding|picnic|meal)\b"
)
_TOOK_EVERYDAY = needles.compile(
    r"\btook (?:\w+ ){0,2}?(?:the whole|a whole|all|double|extra) (?:of )?(?:the |my |our )?"
    r"(?:day|days|week|weekend|morning|afternoon|evening|family|kids|team|class|group|shifts?|"
    r"credit|blame|bins?|dogs?|car|bus|train|trip|lecture|module|leave|holiday|time)\b"
)
# Caffeine or a day's notes taken past good sense ("drank way more coffee than i should, hands
# shaking"): a jittery afternoon, not a dose
_CAFFEINE = needles.compile(
    r"\b(?:drank|drunk|had|took|downed|necked|taken) (?:\w+ ){0,3}?(?:coffees?|espressos?|"
    r"caffeine|energy drinks?|red bulls?|monsters?|pre ?workout|cups? of tea|lattes?|cold brews?|"
    r"double shots?|notes)\b"
)
_ANY_PILLS = needles.compile(r"\b" + _PILLS + r"\b")


def food_not_pills(plain: str) -> bool:
    """Food taken by the box ("took the whole box of chocolates"), a whole day or the whole
    family taken somewhere, or too much coffee, and no pills named."""
    everyday = _FOOD.search(plain) is not None or _TOOK_EVERYDAY.search(plain) is not None
    everyday = everyday or _CAFFEINE.search(plain) is not None
    return everyday and _ANY_PILLS.search(plain) is None


_PET_DIED = needles.compile(
    r"\b(?:dog|cat|puppy|kitten|hamster|rabbit|bunny|guinea pig|bird|parrot|budgie|fish|goldfish|"
    r"horse|pet|tortoise|ferret|plant|basil|cactus|doggo|kitty)\b(?: \S+){0,3}? (?:died|passed|"
    r"passed away|had to be put down|was put down|put to sleep|crossed the rainbow bridge|is gone)"
    r"\b|\b(?:lost|losing|buried) (?:my|our) (?:old )?(?:dog|cat|puppy|kitten|hamster|rabbit|"
    r"bunny|bird|parrot|pet|horse|tortoise)\b"
)


# A loss of today, or one the writer cannot function with, is still raw: the caring reply.
_RAW = needles.compile(
    r"\b(?:today|this morning|tonight|just now|an hour ago|can not function|can not stop|"
    r"devastated|broken|shattered|can not cope|"
    # ashamed of how hard it hits: "i feel so stupid for being this sad"
    r"(?:stupid|silly|pathetic|embarrassed|ashamed|dumb) (?:for|about) (?:being|feeling) (?:this|"
    r"so) (?:sad|upset|broken|wrecked|low))\b"
)


def pet_grief(plain: str) -> bool:
    """A pet that died, told after the first day: grief the classifier's distress reading
    defers to."""
    return _PET_DIED.search(plain) is not None and _RAW.search(plain) is None


def theirs(plain: str) -> bool:
    """Whether a search history named is someone else's ("my son s search history")."""
    return _THEIRS.search(plain) is not None and "my search" not in plain


# A dose question that people bring to the writer's counter or ward, retold: "pharmacist here,
# people ask me daily how many ibuprofen is too many"
_ASKED_AT_WORK = needles.compile(
    r"\b(?:pharmacist|chemist|nurse|doctor|gp|paramedic|medic|pharmacy tech\w*|poison control)"
    r"(?: here| by trade)?\b(?=.*\b(?:people|customers|patients|clients|parents|callers|folks) "
    r"(?:\w+ ){0,2}?(?:ask|asks|asked|asking) (?:me )?(?:\w+ ){0,2}?(?:how|what|whether|if|"
    r"about)\b)"
)


def excused_lethality(plain: str) -> bool:
    """A lethal dose asked as a ratio of doses, or as a question others bring to the writer's
    work, with nothing of the writer's own."""
    asked = _PHARMACOLOGY.search(plain) is not None or _ASKED_AT_WORK.search(plain) is not None
    return asked and _OWN.search(plain) is None


def better(plain: str) -> bool:
    """A treatment told as working, with no "but" or "still" beside it."""
    return _BETTER.search(plain) is not None and _BUT.search(plain) is None


def grief_settled(plain: str) -> bool:
    """A grief told as done with, and nothing still raw beside it."""
    return _GRIEF_SETTLED.search(plain) is not None and _GRIEF_STILL.search(plain) is None


# A question asked for study (with no feeling of the writer's beside it): answered as a question.
_STUDY = needles.compile(
    r"\b(?:essay|dissertation|thesis|exam|assignment|coursework|lecture|seminar|pharmacology|"
    r"my (?:psychology|nursing|medical|pharmacy) (?:class|course|degree|studies))\b"
)
_FEELING = needles.compile(
    r"\b(?:i feel|feeling|i am (?:so |really |just )?(?:sad|low|empty|hopeless|struggling|lonely|"
    r"lost|tired|exhausted)|stress\w*|anxious|anxiety|panic\w*|overwhelmed|worried|scared|cry\w*|"
    r"can not cope|failing|failed)\b"
)
# "i posted", "i bought": the writer's own photo or purchase; else someone else's
_POSTED_BY_ME = needles.compile(
    r"^(?:just |so )?(?:posted|shared|put up|put|uploaded|sent|bought|got|ordered)\b|\bi (?:just |"
    r"have )?(?:posted|shared|put up|put|uploaded|sent|bought|got|ordered|am buying)\b"
)
# The writer's own mood, and the strong words of distress a pet's death may bring too
_FIRST_PERSON_MOOD = needles.compile(
    r"\bi (?:am|feel|have been|m|keep|can not|cannot|just)\b|\bmy (?:depression|anxiety|mood|"
    r"head|mind|life)\b|\banyone else\b|\bjust (?:sad|tired|low|down|exhausted)\b"
)
_STRONG_MOOD = needles.compile(
    r"\b(?:hopeless|empty|numb|worthless|can not (?:cope|function|stop|go on|get out of bed)|"
    r"alone|lonely|broken|nothing matters|what is the point|no point|falling apart|"
    # grief with anger at being kept from it: "told me a week later. im so angry and sad"
    r"i am (?:so |really |just )?(?:angry|furious) and (?:sad|hurt|heartbroken|upset))\b"
)


def study(plain: str) -> bool:
    """A question asked for study, with no feeling of the writer's beside it."""
    return _STUDY.search(plain) is not None and _FEELING.search(plain) is None


def posted_by_me(plain: str) -> bool:
    """The writer's own photo or purchase ("i posted", "bought"), not someone else's."""
    return _POSTED_BY_ME.search(plain) is not None


def own_mood(plain: str) -> bool:
    """The writer speaks of their own mood ("i feel", "my depression", "anyone else")."""
    return _FIRST_PERSON_MOOD.search(plain) is not None


def strong_mood(plain: str) -> bool:
    """Words of distress stronger than grief's sadness (hopeless, numb, can't cope)."""
    return _STRONG_MOOD.search(plain) is not None
