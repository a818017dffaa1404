"""Kinds told quietly, as people text a crisis line at night: a plan shown by what is done, not
said; an overdose told in passing; someone else's risk told by a detail that does not fit.

- ``OVERDOSE`` (the full reply): a bottle of a named medicine emptied with the body answering or
  a time ("this afternoon"); a treatment dose of esketamine or ketamine mixed with drink or
  opioids; "did it, the pills are in" with a thank-you or a goodbye.
- ``CRISIS``: doses skipped to build a supply, a stash "big enough now"; slang for suicide said as
  a time of day ("sewerslide hours").
- ``CHECK``: prized things given away with a clearing-up; standing on a platform, a ledge or a
  bridge told by its trains or its height; a room paid for one night "that's all I'll need";
  messages scheduled "then I'll be free"; a will written "nobody asks why"; loose ends tied up by
  cancelling everything; "my last few weeks" in a thank-you; the lessons stopped after a day
  "no need to explain"; "nothing keeping me"; no future with oneself in it; going "would be a
  formality".
- ``MINE`` (the check-in, read on the text unguarded): testing the water, what the bot does
  "if someone wasn't around next week"; the only reason to stay, gone.
- ``OTHER`` (the reply for helpers): a means bought by someone under a story that does not hold,
  a patient or a relative asking which window opens or which floor is high enough, a countdown
  posted by someone that ends in being "free".
- ``DISTRESS`` (the caring reply): care disrupted (a psychiatrist retired, "start all over"),
  insurance refused again with giving up, being tired of telling one's story.
- ``ORDINARY``: the everyday reasons the classifier's reading defers to (see below).

Each carries what excuses its lookalikes (a move, a holiday, a trip, work, a commute, a birthday,
a project). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_MEDICINE = (
    r"(?:pills|meds|tablets|capsules|medication|medicine|painkillers|antidepressants|sleeping "
    r"(?:pills|tablets)|amitriptyline|nortriptyline|imipramine|clomipramine|doxepin|lithium|"
    r"paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|insulin|\w+(?:pam|lam|ine|done|pine|"
    r"adol|amol|zole|olol))"
)
_BODY = (
    r"(?:heart|hearts|chest|breath\w*|dizzy|spinning|shaking|shaky|numb|sick|vomit\w*|throwing "
    r"up|out of it|can not (?:see|feel|stand|breathe|stay awake)|blurry|sleepy|drowsy|weird|"
    r"wrong|going fast|racing|pounding)"
)
_WHEN = (
    r"(?:this (?:morning|afternoon|evening)|tonight|an hour ago|just now|earlier|[0-9]+ "
    r"(?:min\w*|hours?) ago)"
)
# What makes a plan an errand, a trip or a job: read anywhere in the message.
_ERRANDS = (
    r"(?!.*\b(?:holiday|vacation|trip|travel\w*|flight|conference|work|job|office|shift|moving|"
    r"move|new (?:flat|house|place|city)|wedding|birthday|christmas|exam|exams|term|semester|"
    r"course is over|back (?:on|in|next)|resume|pause|busy)\b)"
)

OVERDOSE = _compile(
    r"\bemptied (?:the|a|my|half the|half a|the whole|a whole) (?:\w+ )?(?:bottle|pack|packet|"
    r"box|jar|tub|blister|strip)s? of (?:my )?"
    + _MEDICINE
    + r"\b(?=.*\b(?:"
    + _BODY
    + r"|"
    + _WHEN
    + r")\b)(?!.*\b(?:sink|toilet|bin|trash|drain|pharmacy|disposal|returned|return)\b)",
    r"\bmixed my (?:spravato|esketamine|ketamine|k|infusion|treatment|dose)(?: day| dose| "
    r"session| treatment)? with (?:\S+ ){0,4}?(?:beers?|drinks?|wine|vodka|whiske?y|gin|rum|"
    r"shots|alcohol|booze|oxy\w*|opioids?|heroin|fentanyl|benzos?|xanax|valium|pills|tramadol|"
    r"codeine|lean)\b",
    r"\b(?:already |just )?did it\b(?: \S+){0,3}? the (?:pills|tablets|meds|capsules) are "
    r"(?:in|down|taken|kicking in)\b(?! (?:the|my|a|your|his|her|their|there|here)\b)",
    r"\bthe (?:pills|tablets|meds|capsules) are (?:in|down|kicking in)\b(?! (?:the|my|a|your|his|"
    r"her|their|there|here|a|stock|the post)\b)(?=.*\b(?:thank\w*|thanks|bye|goodbye|sorry|love "
    r"you|did it)\b)",
)

CRISIS = _compile(
    r"\b(?:skipping|skipped|skip|saving|saved|holding back|held back|not taking|hiding|hid) "
    r"(?:my |some of my |half my )?(?:doses|pills|meds|tablets|capsules)\b(?: \S+){0,6}? to "
    r"(?:build|save|stock|collect|have enough|stash|put)\b(?! (?:up (?:my )?(?:tolerance|"
    r"courage)|money)\b)",
    r"\b(?:my |the )?(?:stash|hoard|stockpile|supply) (?:is |of (?:pills|meds|tablets) is )?"
    r"(?:big|large) enough\b(?=.*\b(?:doses|pills|meds|tablets|months|weeks|saving|skipping)\b)",
    r"\b(?:sewerslide|suicide|unalive|kms) (?:hours|o clock|oclock|mode|time again)\b",
)

CHECK = _compile(
    # prized things given away, two at a time, with a clearing up
    r"\bgave (?:away )?my (?:\w+ ){1,3}?to (?:my |a |the )?\w+\b(?: \S+){0,3}? and my (?:\w+ ){1,"
    r"3}?to\b(?=.*\b(?:clearing|clear|tidying|sorting|will not need|wo not need|no longer need|"
    r"do not need)\b)(?!.*\b(?:moving|move|christmas|"
    r"birthday|new one|upgrade\w*|outgrew|outgrown|declutter\w*|charity shop|kondo)\b)",
    r"\bgiving away my (?:\w+ ){0,2}?(?:things|stuff|belongings|cat|dog|plants|guitar|books)\b"
    r"(?=.*\b(?:will not|wo not|no longer|do not) need\b)" + _ERRANDS,
    # a place named by its details
    r"\b(?:standing|sitting|waiting) (?:on|at) (?:the )?(?:platform|edge|ledge|roof|rooftop|"
    r"bridge|overpass|tracks|railing|cliff)\b(?: \S+){0,6}? (?:trains? (?:every|pass\w*|come\w*|go "
    r"by)|express (?:trains? )?(?:does not stop|goes through)|how (?:high|far down|deep)|[0-9]+ "
    r"(?:floors|storeys|stories|metres|meters|feet)\b)(?!.*\b(?:late|delayed|delay|work|commute|"
    r"office|meeting|school|class|home|train home|view|photo\w*|sunset|tourist\w*)\b)",
    r"\b(?:paid|booked|pay) for (?:one|a single|just one|1) night\b(?: \S+){0,4}? (?:that is |"
    r"thats )?all i (?:will|ll|am going to) (?:ever )?need\b" + _ERRANDS,
    r"\bscheduled (?:my |the |some |all my )?(?:emails|messages|texts|posts|letters|tweets)\b"
    r"(?: \S+){0,6}? then i (?:will|ll) (?:be (?:free|gone|at peace|done|out of here)|not be "
    r"here)\b(?! (?:for|to|on|this|from|all|at|until|till)\b)" + _ERRANDS,
    r"\b(?:wrote|written|made|signed|did|finished) (?:my|a) (?:will|last will|testament)\b"
    r"(?: \S+){0,14}? (?:(?:did not|didnt|never|nobody|no one) (?:ever )?asks?(?:ed)? (?:me )?why|"
    r"nobody (?:ever )?asks|no one (?:ever )?asks|no one needs to know)\b",
    r"\btying up (?:all )?(?:the |my )?loose ends\b(?=.*\b(?:cancel\w*|account|accounts|"
    r"everything|subscriptions?|phone plan)\b)" + _ERRANDS,
    r"\bcancel\w* (?:\S+ ){0,14}?tying up (?:all )?(?:the |my )?loose ends\b" + _ERRANDS,
    r"\bcancel\w* (?:\w+ ){0,3}?(?:everything|all of it|all my accounts)\b(?=.*\b(?:loose ends|"
    r"will not need|wo not need|no need|last|goodbye|bye)\b)" + _ERRANDS,
    # a thank-you that closes one's last weeks
    r"\b(?:part|end) of my (?:last|final) (?:few )?(?:days|weeks|months)\b(?! (?:at|of|in|on|"
    r"before|as|here)\b)" + _ERRANDS,
    # the course stopped, with a day and nothing to explain
    r"\bstop (?:the |my |these )?(?:lessons|messages|course)\b(?: \S+){0,8}? (?:no need to "
    r"(?:explain|ask|know) why|i will not (?:be (?:checking|reading|around|here|needing them)|"
    r"need them))\b" + _ERRANDS,
    r"\bnothing (?:left )?keeping me(?: here| going| alive| around)?$",
    # no future with oneself in it; going as a mere formality
    r"\b(?:can not|could not|do not|cannot) (?:picture|imagine|see|envision) (?:a |any |the |my )?"
    r"future (?:\w+ ){0,2}?(?:with me in it|where i am (?:still )?(?:here|alive|around|in it)|that "
    r"has me in it)\b",
    r"\b(?:going|leaving|dying|disappearing|ending it|being gone) would (?:just |only |really )?be "
    r"(?:a |just a |a mere )?formality\b",
)

# Read on the text unguarded: the guard takes "someone was" for someone else's words.
MINE = _compile(
    # testing the water: what happens to one's account "if someone wasn't around"
    r"\bif (?:someone|somebody|a person|a user|i) (?:was not|were not|is not|was no longer|were "
    r"no longer|is no longer|was gone|were gone|died|disappeared|stopped existing) (?:around |"
    r"here |alive )?(?:\S+ ){0,3}?(?:would|will|does|do|what happens)\b(?: \S+){0,8}? "
    r"(?:messages|account|subscription|lessons|bot|profile|data)\b" + _ERRANDS,
    # the only reason to stay, gone
    r"\b(?:was|were) (?:the |my )?only reason i (?:was|am|m) (?:still )?(?:here|alive|going|"
    r"around|hanging on)\b(?! (?:at|in|on|for work|past)\b)",
)

OTHER = _compile(
    r"\b(?:he|she|they|husband|wife|partner|son|daughter|brother|sister|mum|mom|dad|friend)\b"
    r"(?: \S+){0,3}? (?:bought|buys|got|ordered|brought home) (?:a |some |the )?(?:rope|hose|"
    r"charcoal|helium|gun|shotgun|pistol|rifle)\b(?: \S+){0,8}? (?:we|he|she|they) (?:do not|does "
    r"not|never|has never|have never) (?:have|had|do|own|garden|camp|go)\b",
    r"\b(?:patient|client|resident|student|pupil|friend|son|daughter|brother|sister|husband|"
    r"wife|partner|mum|mom|dad)\b(?: \S+){0,10}? asked (?:me )?(?:today |yesterday |again )?"
    r"(?:which|what|where|how)\b"
    r"(?: \S+){0,4}? (?:floor|floors|windows?|roof|rooftop|balcony|bridge|stairwell)\b"
    r"(?: \S+){0,4}? (?:open|opens|highest|high enough|access|unlocked|fall)\b",
    r"\b(?:posted|put up|shared) a countdown\b(?!.*\b(?:birthday|holiday|graduation|launch|"
    r"concert|wedding|new year|trip|exams?|album|release|vacation|christmas)\b)(?: \S+){0,12}? "
    r"(?:almost free|free soon|soon free|no more pain|see you never|goodbye|the end|last day|"
    r"final day)\b",
)

DISTRESS = _compile(
    r"\b(?:psychiatrist|therapist|doctor|prescriber|clinic|counsell?or|nurse|gp)\b (?:\w+ ){0,2}?"
    r"(?:retired|left|quit|moved away|closed|shut down|dropped me|discharged me|is leaving)\b"
    r"(?: \S+){0,12}? (?:start (?:all )?over|start again|from scratch|so tired|alone|abandoned|"
    r"no one|scared|lost)\b",
    r"\b(?:insurance|insurer|coverage|claim|prior auth\w*)\b(?: \S+){0,3}? (?:denied|refused|"
    r"rejected|declined)\b(?: \S+){0,14}? (?:i give up|so tired|exhausted|hopeless|can not do "
    r"this|crying|cried|again)\b",
    r"\b(?:so |really )?tired of (?:telling|explaining|repeating) (?:my|the same) (?:story|"
    r"history|trauma)\b",
)

# Everyday reasons beside the words a plan uses, which the classifier's reading defers to (read
# with ``leaving.ORDINARY``): a wedding ("tied the knot last summer"), things given to family who
# will use them, a countdown to an event, the rest of the course not needed because it is known.
ORDINARY = _compile(
    r"\b(?:tied|tie|tying) the knot (?:last|this|next|in|on|at|with|yesterday|today|tomorrow)\b",
    r"\bgave (?:away )?my\b(?: \S+){0,14}? (?:they|he|she|they will|they ll) (?:love|loves|"
    r"will use|ll use|use|needed|need|wanted|have been wanting|has been wanting|plays?|play)\b",
    r"\bcountdown (?:to|until|till|for) (?:the |her |his |their |my |our |a )?(?:\w+ )?(?:birthday|"
    r"holidays?|graduation|launch|concert|wedding|new year|trip|exams?|album|release|vacation|"
    r"christmas|retirement|summer|weekend|results|party|game|match)\b",
    r"\b(?:already|have|had) (?:studied|learned|learnt|know|knew|covered|done|read) (?:this|it|"
    r"all this|all of this|that|the material|the topic|this stuff)\b(?: \S+){0,3}? (?:at|in|for|"
    r"during|before) (?:uni|university|college|school|med school|work|my degree|class)\b",
)
