"""Kinds told quietly, as people text a crisis line at night: a plan shown by what is done, not
said; an overdose told in passing; someone else's risk told by a detail that does not fit.

- ``OVERDOSE`` (the full reply): a bottle of a named medicine emptied with the body answering or
  a time ("this afternoon"); a treatment dose of esketamine or ketamine mixed with drink or
  opioids; "did it, the pills are in" with a thank-you or a goodbye.
- ``METHOD``: whether carbon monoxide from a car still works with catalytic converters.
- ``CRISIS``: doses skipped to build a supply, a stash "big enough now"; slang for suicide said as
  a time of day ("sewerslide hours"); medicine bought shop after shop "so nobody would ask", a
  script filled at two pharmacies so nobody counts,
  doses spat out and kept; who will find the body arranged; a goodbye for whoever goes through
  the phone; a gun bought "not for protection". ``ON_SELF``: a gun thought of turned on oneself.
- ``CHECK``: prized things given away with a clearing-up; standing on a platform, a ledge or a
  bridge told by its trains or its height; a room paid for one night "that's all I'll need";
  messages scheduled "then I'll be free"; a will written "nobody asks why"; loose ends tied up by
  cancelling everything; "my last few weeks" in a thank-you; the lessons stopped after a day
  "no need to explain"; "nothing keeping me"; no future with oneself in it; going "would be a
  formality".
- ``MINE`` (the check-in, read on the text unguarded): testing the water, what the bot does
  "if someone wasn't around next week"; the only reason to stay, gone.
- ``OTHER`` (the reply for helpers): someone collapsed after pills or drugs with lips going blue;
  a means bought by someone under a story that does not hold,
  a patient or a relative asking which window opens or which floor is high enough, a countdown
  posted by someone that ends in being "free".
- ``DISTRESS`` (the caring reply): care disrupted (a psychiatrist retired, "start all over"),
  insurance refused again with giving up, being tired of telling one's story.
- ``ORDINARY``: the everyday reasons the classifier's reading defers to (see below).

Each carries what excuses its lookalikes (a move, a holiday, a trip, work, a commute, a birthday,
a project). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import logistics, sideways
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
    r"catch|late|appointment|meeting|bus|"
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
    r"session| treatment| lozenges?| troches?| tablets?| spray| nasal spray)? with "
    r"(?:\S+ ){0,4}?(?:beers?|drinks?|wine|vodka|whiske?y|gin|rum|shots|"
    r"alcohol|booze|oxy\w*|opioids?|heroin|fentanyl|benzos?|xanax|valium|pills|tramadol|"
    r"codeine|lean)\b",
    r"\b(?:already |just )?did it\b(?: \S+){0,3}? the (?:pills|tablets|meds|capsules) are "
    r"(?:in|down|taken|kicking in)\b(?! (?:the|my|a|your|his|her|their|there|here)\b)",
    r"\bthe (?:pills|tablets|meds|capsules) are (?:in|down|kicking in)\b(?! (?:the|my|a|your|his|"
    r"her|their|there|here|a|stock|the post)\b)(?=.*\b(?:thank\w*|thanks|bye|goodbye|sorry|love "
    r"you|did it)\b)",
    # a treatment dose taken again or with a saved supply, the body answering
    r"\b(?:used|took|taken|had|did|sprayed|doubled) (?:my |the )?(?:spravato|esketamine|ketamine|"
    r"k|nasal spray|troches|lozenges)\b(?: \S+){0,4}? (?:twice|three times|double|plus (?:the |"
    r"all the )?(?:extra|rest|ones|spare)|and the (?:extra|rest|spare) (?:ones )?i (?:saved|kept|"
    r"stashed))\b(?=.*\b" + _BODY + r"\b)",
    # insulin not needed, or too much of it
    r"\b(?:injected|took|shot|used|gave myself) (?:\w+ ){0,3}?insulin (?:i (?:do not|did not) "
    r"need|on purpose|without eating|to not wake|so i (?:do not|will not|wo not) wake)\b",
    r"\b(?:injected|took|shot|used|gave myself) (?:all (?:of )?my|a whole (?:pen|vial) of|too much|"
    r"way too much|loads of) insulin\b(?!.*\b(?:by mistake|by accident|accidentally|doctor|"
    r"nurse)\b)",
    # ketamine and a downer taken together, and the body or fear answering now: "k + xanax +
    # 4 beers, room is melting, scared" (what would happen, asked, is for the course)
    r"\b(?:k|ket|ketamine|esketamine|spravato)(?: and| plus| with| on top of)? (?:\S+ ){0,2}?"
    r"(?:xanax|benzos?|valium|klonopin|ativan|oxy\w*|percs?|opioids?|fentanyl|heroin|tramadol|"
    r"codeine|lean|ghb)\b(?=.*\b(?:(?:kind of|so|really|very|bit|little) scared|scared now|"
    r"terrified|freaking out|room is (?:melting|spinning)|can not (?:feel|move|breathe|stay "
    r"awake)|my breathing|breathing (?:is|feels) (?:really |so |very )?(?:slow|weird|shallow)|"
    r"passing out|throwing up|turning blue)\b)(?!.*\b(?:what happens|would it|is it|could it|can "
    r"you|if someone|hypothetically|story|novel|character|dangerous)\b)",
    # a whole pack of one thing and a drug on top
    r"\b(?:ate|took|had|swallowed|downed) (?:an |a |the )?(?:entire|whole|full) (?:pack|bag|box|"
    r"tin|jar|bottle|packet|sheet) of (?:\w+ )?\w+\b(?: \S+){0,3}? (?:plus|and|with|on top of) "
    r"(?:some |a few |[0-9]+ )?(?:xanax|benzos?|valium|klonopin|ativan|\w+pam|\w+lam|oxy\w*|"
    r"percs?|pills|tablets|sleeping pills|tramadol|codeine)\b",
)

METHOD = _compile(
    # a means used "to go peacefully", asked how, however hypothetically; a good death in a
    # hospice, an anaesthetic or a pet's are not asking for a method
    r"\b(?:use|take|using|taking) (?:\S+ ){0,3}?to (?:go|die|pass away|slip away|drift off) "
    r"(?:peacefully|painlessly|quietly|gently|in (?:my|their|his|her|your|one s) sleep)\b"
    r"(?=.*\bhow (?:would|do|does|could|can|should|to)\b)(?!.*\b(?:hospice|palliative|pet|dog|"
    r"cat|vet|euthan\w*|surgery|anaesthe\w*|anesthe\w*|procedure)\b)",
    r"\bhow (?:would|do|does|could|can|should) (?:\S+ ){0,4}?(?:use|take) (?:\S+ ){0,3}?to (?:go|"
    r"die|pass away|slip away|drift off) (?:peacefully|painlessly|quietly|gently|in (?:my|their|"
    r"his|her|your|one s) sleep)\b(?!.*\b(?:hospice|palliative|pet|dog|cat|vet|euthan\w*|"
    r"surgery|anaesthe\w*|anesthe\w*|procedure)\b)",
    # carbon monoxide from a car asked about as still working, catalytic converters in the way
    r"\bcarbon monoxide (?:\S+ ){0,3}?(?:car|cars|garage|exhaust)\b(?: \S+){0,4}? (?:still (?:a "
    r"thing|work\w*|possible|effective|enough)|with (?:newer|modern) cars)\b",
    r"\bcatalytic converters? (?:that )?(?:stop|stops|prevent|prevents)\b(?: \S+){0,3}? "
    r"(?:it|carbon monoxide|the fumes|the gas)\b(?!.*\b(?:emissions?|smog|pollution|mot|"
    r"inspection)\b)",
)

# ...found dead, found first: not found sneaking out, not found in hide and seek
_FOUND = r"(?=\s*$|\s+(?:dead|first|like that|afterwards|after|in the morning)\b)"
_NOT_HIDING = r"^(?!.*\b(?:hid|hide|hiding)\b).*?"

CRISIS = _compile(
    r"\b(?:skipping|skipped|skip|saving|saved|holding back|held back|not taking|hiding|hid) "
    r"(?:my |some of my |half my )?(?:doses|pills|meds|tablets|capsules)\b(?: \S+){0,6}? to "
    r"(?:build|save|stock|collect|have enough|stash|put)\b(?! (?:up (?:my )?(?:tolerance|"
    r"courage)|money)\b)",
    r"\b(?:my |the )?(?:stash|hoard|stockpile|supply) (?:is |of (?:pills|meds|tablets) is )?"
    r"(?:big|large) enough\b(?=.*\b(?:doses|pills|meds|tablets|months|weeks|saving|skipping)\b)",
    r"\b(?:sewerslide|suicide|unalive|kms) (?:hours|o clock|oclock|mode|time again)\b",
    # a medicine gathered where nobody sees: shop after shop "so nobody would ask", doses kept
    r"\b(?:went to|tried|visited|hit|been to|going to) (?:\d+|two|three|four|five|several|a few|"
    r"loads of|different) (?:different )?(?:shops|pharmacies|chemists|stores|supermarkets)\b"
    r"(?: \S+){0,4}? (?:for|to get|to buy) (?:\S+ ){0,2}?" + _MEDICINE + r"\b(?=.*\b(?:nobody|"
    r"no one|no questions|wouldn t notice|would not notice|suspicious)\b)",
    # ...or one script filled twice over: "filled the same script at two pharmacies so nobody
    # clocks how many i have"
    r"\b(?:filled|fill|filling|got|getting|picked up|collected|cashed) (?:the same |my |both |"
    r"each )?(?:script|scripts|prescription|prescriptions|scrip|repeat|repeats|(?:sleeping )?"
    r"(?:pills|tablets|meds|medication|painkillers|sleepers))\b(?: \S+){0,3}? "
    r"(?:at|from) (?:\d+|two|three|four|several|a few|different|separate) (?:different |"
    r"separate )?(?:pharmacies|chemists|drugstores|doctors|gps|surgeries)\b(?=.*\b(?:so (?:that )?"
    r"(?:nobody|no one|they do not|it does not|nothing|none of them)|without (?:anyone|anybody|"
    r"them|it)|clocks?|twigs?|flags?|suspicious|how many i|show up|shows up|adds? (?:it |them )?"
    r"up|radar|link\w*)\b)",
    # ...or two prescribers kept apart: "they dont know about each other"
    r"\bprescrib\w* me\b(?: \S+){0,5}? (?:do not|does not|did not) know about (?:each other|the "
    r"other)\b",
    r"^(?!.*\b(?:dog|cat|pet|toddler|kid|son|daughter|mum|dad|patient)\b).*?\b(?:spitting|spat|"
    r"spit|palming|cheeking|pocketing) (?:out )?(?:my |the )?(?:\w+ )?(?:lozenges|pills|meds|"
    r"tablets|troches|doses)\b(?: \S+){0,6}? (?:keeping|kept|saving|saved|stash\w*|hiding|hid|"
    r"putting|put) (?:them|it)\b",
    # who finds the body arranged, a goodbye left for the one who goes through the phone
    _NOT_HIDING
    + r"\bso\s+(?:that\s+)?(?:the\s+kids|my\s+kids|my\s+family|my\s+mum|my\s+mom|my\s+wife|"
    r"my\s+husband|my\s+partner|my\s+son|my\s+daughter|they|nobody|no\s+one)\b(?:\s+\S+){0,3}?"
    r"\s+(?:arent|isnt|wont|dont|never|not)\s+(?:\S+\s+){0,3}?find\s+me" + _FOUND,
    _NOT_HIDING + r"\bso\s+(?:nobody|no\s+one)\s+(?:\S+\s+)?finds?\s+me" + _FOUND,
    r"\b(?:when|after|once) you go through my (?:phone|things|stuff|laptop)\b(?=.*\b(?:love you|"
    r"not your fault|wasnt your fault|sorry)\b)",
    # a gun bought "not for protection"
    r"\b(?:bought|buying|got|getting) (?:a |one|my first |the )?(?:gun|pistol|handgun|rifle|"
    r"shotgun|firearm|one)\b(?: \S+){0,12}? not for (?:protection|hunting|sport|the range|self "
    r"defen[cs]e|home defen[cs]e|defen[cs]e)\b(?! (?:but|it s|its|it is) )",
    # slang for ending one's life, said as a game
    r"\b(?:uninstall|uninstalling|uninstalled|log off|logging off|rage quit|rage quitting|"
    r"ragequit\w*) (?:from )?(?:life|irl|real life|existence)\b",
    # cuts hidden, places to cut running out
    r"\b(?:running out of|ran out of|run out of|no more|have no) (?:places|room|space|skin|spots) "
    r"(?:\w+ ){0,3}?(?:to|for|i can) (?:cut|burn)\b",
    r"\b(?:arms?|thighs?|legs?|wrists?|stomach|hips?) (?:are |is )?covered in (?:fresh )?(?:cuts|"
    r"burns)\b(?!.*\b(?:cat|kitten|bramble\w*|thorns?|rose\w*|garden\w*|climb\w*|shav\w*|hike|"
    r"bike|fell|fall|mosquito\w*|bites?)\b)",
)

# A gun thought of turned on oneself, whatever the range or the cleaning around it
ON_SELF = _compile(
    r"(?<!massage )(?<!glue )(?<!nail )(?<!heat )(?<!water )(?<!nerf )"
    r"\b(?:gun|pistol|rifle|shotgun|firearm|revolver)\b(?: \S+){0,14}? (?:thought|think|"
    r"thinking) (?:about|of) (?:using|turning|pointing) (?:it|them|the \w+) on (?:me|myself)\b",
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
    # a date set so no one has to remember it on a birthday
    r"\b(?:does not|do not|will not|wo not) have to (?:remember|think about|associate) (?:it|that|"
    r"this|me) (?:on|with) (?:that|my|her|his|their|the) (?:day|birthday|bday|anniversary)\b",
    # a house empty, the right time to "finally do it"
    r"\b(?:away|out|gone|alone|no one (?:is )?home|nobody (?:is )?home|house to myself)\b"
    r"(?: \S+){0,8}? (?:perfect|good|best|right|ideal) (?:time|chance|moment|night|weekend) to "
    r"(?:finally )?(?:do it|go through with it|end it)\b(?!.*\b(?:party|clean\w*|paint\w*|"
    r"redecorat\w*|study|revis\w*|homework|bak\w*|tidy\w*|movie|gam\w*|sleep|dye|tattoo|"
    r"pierc\w*)\b)",
    # not around much longer, a hoped-for car, a treatment's weeks not in one
    r"\bnot (?:gonna|going to) be around (?:much |for much |that much )?longer\b(?! today| tonight|"
    r" this (?:morning|afternoon|evening))" + _ERRANDS,
    r"\bhope (?:a|the|that) (?:car|bus|truck|lorry|train|van) (?:does not|do not|will not|wo not) "
    r"stop\b(?! (?:at|for|here|there|on|in|by|every)\b)",
    r"\bhope (?:a|the) (?:car|bus|truck|lorry|train|van) hits me\b",
    r"\b(?:do not|does not) have (?:\w+ ){0,2}?(?:more )?(?:weeks|days|months) (?:left )?in me\b",
    r"\b(?:will not|wo not) make it (?:that long|till then|until then|to then|that far|through "
    r"(?:the|another) (?:week|month|wait))\b(?!.*\b(?:hike|walk|run|marathon|km|miles|drive|"
    r"race|climb|ride)\b)" + _ERRANDS,
    r"\bstop (?:pretending|trying|fighting|existing|everything|being here|breathing)\b"
    r"(?: \S+){0,4}? (?:for good|forever|permanently)\b",
    r"\bthis is the (?:week|day|night|weekend|month) i (?:stop|go|end it|do it|give up|finally do "
    r"it|leave|check out)\b(?! (?:smoking|drinking|vaping|eating|sugar|caffeine|coffee|biting|"
    r"procrastinat\w*|work\w*|the|my|going|at|to|for)\b)",
    # a treatment's relief gone, and "forever" refused
    r"\bi do not want (?:forever|that forever|a forever like this|forever like this)(?:$| (?:i|and|"
    r"but|any ?more|please|so)\b)",
    r"\b(?:feel|feeling|felt) nothing (?:\w+ ){0,2}?forever\b(?=.*\b(?:do not want|can not|"
    r"will not|wo not|no point|not worth)\b)",
    # a will written young or before a day with no journey or operation
    r"\b(?:writing|wrote|write|making|made|doing) (?:my|a) will at (?:1[0-9]|2[0-5])\b",
    r"\b(?:writing|wrote|write|making|doing|finish\w*|get) (?:my|a|the) will\b(?: \S+){0,12}? "
    r"(?:before|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|"
    r"the weekend|next week)\b(?!.*\b(?:surgery|operation|flight|deploy\w*|trip|travel\w*|baby|"
    r"lawyer|solicitor|notary)\b)",
    # a means known from work
    r"\bi know exactly what would work\b(?! (?:for|on|with|in) )(?=.*\b(?:access|scares?|"
    r"scared|work|meds|drugs|enough)\b)",
)

# Read on the text unguarded: the guard takes "someone was" for someone else's words.
MINE = _compile(
    # testing the water: what happens to one's account "if someone wasn't around"
    r"\bif (?:someone|somebody|a person|a user|i) (?:was not|were not|is not|was no longer|were "
    r"no longer|is no longer|was gone|were gone|died|disappeared|stopped existing) (?:around |"
    r"here |alive )?(?:\S+ ){0,3}?(?:would|will|does|do|what happens)\b(?: \S+){0,8}? "
    r"(?:messages|account|subscription|lessons|bot|profile|data)\b" + _ERRANDS,
    # things given away to be used "after", and no more
    r"\b(?:someone|somebody|they|he|she) (?:will|can|ll|gets? to) (?:use|have|enjoy|keep) (?:them|"
    r"it|my \w+) after$",
    # the only reason to stay, gone
    r"\b(?:was|were) (?:the |my )?only reason i (?:was|am|m) (?:still )?(?:here|alive|going|"
    r"around|hanging on)\b(?! (?:at|in|on|for work|past)\b)",
)

_OTHER = _compile(
    # someone collapsed after pills or drugs, the body failing now: "lips going blue"
    r"\b(?:mate|friend|brother|sister|bf|gf|boyfriend|girlfriend|flatmate|roommate|partner|son|"
    r"daughter|husband|wife|someone|he|she)\b(?: \S+){0,3}? (?:collapsed|passed out|went down|"
    r"is unresponsive)\b(?=.*\b(?:pills|k|ket|ketamine|drugs|mdma|ghb|xanax|oxy|took|after)\b)"
    r"(?=.*\b(?:lips (?:are |is )?(?:going |turning |gone )?blue|not breathing|barely breathing|"
    r"can not wake|will not wake|wont wake|unresponsive|snoring weird)\b)",
    r"\b(?:he|she|they|husband|wife|partner|son|daughter|brother|sister|mum|mom|dad|friend)\b"
    r"(?: \S+){0,3}? (?:bought|buys|got|ordered|brought home) (?:a |some |the )?(?:rope|hose|"
    r"charcoal|helium|gun|shotgun|pistol|rifle)\b(?: \S+){0,8}? (?:we|he|she|they) (?:do not|does "
    r"not|never|has never|have never) (?:have|had|do|own|garden|camp|go)\b",
    # ...or whose story a home does not hold: "says it's for the garden but he lives in a flat"
    r"\b(?:he|she|they|husband|wife|partner|son|daughter|brother|sister|mum|mom|dad|friend)\b"
    r"(?: \S+){0,3}? (?:bought|buys|got|ordered|brought home) (?:a |some |the )?(?:\w+ )?(?:rope|"
    r"hose|charcoal|helium|gun|shotgun|pistol|rifle)\b(?: \S+){0,10}? (?:but|yet) (?:he|she|they) "
    r"(?:lives?|live) in (?:a |an )?(?:flat|apartment|unit|studio|bedsit)\b",
    r"\b(?:patient|client|resident|student|pupil|friend|son|daughter|brother|sister|husband|"
    r"wife|partner|mum|mom|dad)\b(?: \S+){0,10}? asked (?:me )?(?:today |yesterday |again )?"
    r"(?:which|what|where|how)\b"
    r"(?: \S+){0,4}? (?:floor|floors|windows?|roof|rooftop|balcony|bridge|stairwell)\b"
    r"(?: \S+){0,4}? (?:open|opens|highest|high enough|access|unlocked|fall)\b",
    r"\b(?:posted|put up|shared) a countdown\b(?!.*\b(?:birthday|holiday|graduation|launch|"
    r"concert|wedding|new year|trip|exams?|album|release|vacation|christmas|results?|match|game|"
    r"premiere|drop|episode|season|festival|prom|tour|move|moving|flight|date|party|gig|"
    r"anniversary|show)\b)(?: \S+){0,12}? "
    r"(?:almost free|free soon|soon free|no more pain|see you never|goodbye|the end|last day|"
    r"final day|(?:wrote|captioned|caption|said|with) (?:it )?(?:just |only )?(?:finally|almost "
    r"over|nearly over|almost time))\b",
    # someone online or a young person telling of pills taken or a plan
    r"\b(?:stranger|someone|somebody|a (?:guy|girl|person|user|streamer|kid|teen)) (?:on|in) "
    r"(?:reddit|discord|twitch|tiktok|instagram|twitter|youtube|a forum|a stream|a livestream|a "
    r"server|a game|a chat)\b(?: \S+){0,6}? (?:took|taken|swallowed|overdosed|cutting|killing "
    r"(?:themself|themselves|himself|herself)|ending it|saying goodbye|pills)\b(?!.*\b(?:headache|"
    r"migraine|cold|flu|worked|helped|hangover|allerg\w*|period)\b)",
    r"\b(?:disclosed|told me about|revealed|admitted) (?:a |their |her |his )?(?:suicid\w+ )?"
    r"(?:plan|plans)(?: to me)? (?:with a date|and a date|to (?:end (?:it|their|her|his)|kill|die|"
    r"jump|hang|overdose))\b",
    r"\bdisclosed (?:suicid\w+ (?:thoughts|ideation|intent|plans?)|self harm\w*)\b",
)
# ...and someone else's sudden calm after despair (crisis.logistics)
OTHER = logistics.Either(_OTHER, logistics.other(), sideways.other())

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
    r"\bleft on read by (?:everyone|everybody|all of them|my friends|the (?:whole )?(?:gc|group|"
    r"group chat|groupchat))\b",
    r"^(?:i )?(?:just |really |so )?(?:want|need) a hug$",
    # a close one lost days ago: grief still raw
    r"\b(?:lost|buried) my (?:nan|nana|gran|granny|grandma|grandad|grandpa|mum|mom|mam|dad|mother|"
    r"father|brother|sister|best friend|wife|husband|partner|son|daughter)\b(?! s\b)(?: \S+){0,4}? "
    r"(?:last (?:week|month|night)|yesterday|this (?:week|month|morning)|days ago|a week ago)\b"
    r"(?!.*\b(?:supermarket|shop|crowd|store|mall|town|lol|haha|game|match)\b)",
)

# Someone else in a group or online said it: the check-in goes to the helper, whoever else is named.
SAID_BY_OTHER = _compile(
    r"\b(?:someone|somebody|a (?:guy|girl|kid|person|friend|stranger)|this (?:guy|girl|kid)) "
    r"(?:in|on|from) (?:my |our |the |a )?(?:group ?chat|gc|class|discord|server|school|team|"
    r"chat|subreddit|forum|year)\b(?: \S+){0,4}? (?:said|says|posted|wrote|texted|is saying|"
    r"keeps saying)\b",
)

# Everyday reasons beside the words a plan uses, which the classifier's reading defers to (read
# with ``leaving.ORDINARY``): a message that did not send, a leaving card, a bottle of shampoo
# emptied, "better off with a bigger garden", a habit quit "for good", a wedding ("tied the knot
# last summer"), things given to family who will use them, a countdown to an event, the rest of
# the course not needed because it is known.
ORDINARY = _compile(
    # a message that did not send, a card signed at work, a bottle of something no one takes
    r"\b(?:last|final|latest) (?:message|text|email|reply|lesson|reminder) (?:did not|has not|"
    r"never|will not|wo not) (?:send|arrive|load|go through|come through|show)\b",
    r"\b(?:leaving|farewell|retirement|birthday|goodbye|thank you|sympathy) card\b",
    r"\bemptied (?:a|the|my|half a|half the|a whole|the whole) (?:\w+ )?(?:bottle|tube|jar|tub|can|"
    r"box|bag|carton|packet) of (?:shampoo|conditioner|shower gel|body wash|soap|milk|juice|water|"
    r"ketchup|sauce|oil|olive oil|lotion|sunscreen|cereal|crisps|sweets|beans|rice|pasta|"
    r"coffee|flour|sugar|glitter|paint)\b",
    r"\bbetter off with (?:a |the |more |less )?(?:bigger|smaller|new|larger|cheaper|different|"
    r"quieter|faster|second) \w+",
    r"\b(?:stop|quit|quitting|stopping|give up|giving up) (?:smoking|drinking|vaping|sugar|"
    r"caffeine|coffee|gambling|weed|alcohol|booze|social media|junk food|biting my nails) (?:for "
    r"good|forever|once and for all|permanently)\b",
    r"\b(?:tied|tie|tying) the knot (?:last|this|next|in|on|at|with|yesterday|today|tomorrow)\b",
    r"\bgave (?:away )?my\b(?: \S+){0,14}? (?:they|he|she|they will|they ll) (?:love|loves|"
    r"will use|ll use|use|needed|need|wanted|have been wanting|has been wanting|plays?|play)\b",
    r"\bcountdown (?:to|until|till|for) (?:the |her |his |their |my |our |a )?(?:\w+ )?(?:birthday|"
    r"holidays?|graduation|launch|concert|wedding|new year|trip|exams?|album|release|vacation|"
    r"christmas|retirement|summer|weekend|results|party|game|match)\b",
    r"\b(?:already|have|had) (?:studied|learned|learnt|know|knew|covered|done|read) (?:this|it|"
    r"all this|all of this|that|the material|the topic|this stuff)\b(?: \S+){0,3}? (?:at|in|for|"
    r"during|before) (?:uni|university|college|school|med school|work|my degree|class)\b",
    # an event missed: "i don't think i'll make it to the christmas party because of work"
    r"\bmake it to (?:the|her|his|my|our|their|a|your|tonight s|tomorrow s|friday s) (?:\w+ )?"
    r"(?:party|wedding|meeting|dinner|match|concert|gig|drinks|reunion|ceremony|practice|"
    r"training|rehearsal|barbecue|bbq|picnic|shower|housewarming)\b",
)
