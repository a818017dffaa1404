"""More English signs said without the words: affairs settled, a deadline, a search for means.

People who have decided often list what they have put in order rather than what they intend:
the will updated, the accounts deleted, the debts paid, the passwords left for someone. One such
act is ordinary; two or more in one message are a preparation (``SETTLING``). Others name only
a time after which they will not be here ("by sunday none of this will matter"), a death that
would come as a relief ("if the doctor said i had cancer i would be relieved"), or look up how a
method works without the words a lethal-dose rule waits for ("does carbon monoxide still work
with new cars"). ``MORE`` gets the full crisis reply like the other explicit signs in
``signals``; ``METHOD_MORE`` is method-seeking; ``CHECK`` is a risk that is not clearly a crisis
(the only reason to stay alive, death imagined as peace): the check-in, which asks. Read on
normalised, guarded text (see ``crisis.normalise``). Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import cues, needles
from crisis.vocab import AWAY_FOR_A_REASON, _compile

_DAY = (
    r"(?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|"
    r"next week|next month|the end of (?:the|this) (?:week|month)|morning|midnight)"
)
_MEANS = (
    r"(?:carbon monoxide|co2?|exhaust|helium|nitrogen|charcoal|a noose|noose|the rope|a rope|"
    r"rope|hanging|train|bridge|jumping|jump|pills|overdose|bleach|gun|shotgun|pistol)"
)

# Acts of putting things in order. A strong one (a will, possessions or passwords left for
# someone, letters, goodbyes) with one more, or three ordinary ones (accounts deleted, debts
# paid, the flat cleaned, a calm, a time), are a preparation: "paid off my loan and cleaned the
# flat" alone is a good week.
_STRONG = tuple(
    _compile(p)
    for p in (
        r"\b(?:updated|wrote|written|made|finished|signed|redid|redone|changed) (?:my|a|the) "
        r"(?:last )?will\b",
        r"\b(?:gave|given|giving) (?:away )?(?:my|all my) (?:\w+ ){0,3}?(?:cat|dog|pets?|guitar|"
        r"watch|car|jewel\w*|rings?|books|things|stuff|belongings|savings|money|plants|games|"
        r"console|bike|clothes|medals|records|camera|laptop)\b",
        r"\b(?:left|gave|wrote down|sent|shared|leave|leaving) (?:\w+ ){0,4}?(?:passwords?|"
        r"passcodes?|pin|bank details|account details|crypto wallet|login details)\b",
        r"\b(?:passwords?|passcodes?|bank details|wallet) (?:\w+ ){0,4}?(?:to|for) (?:my|her|his) "
        r"\w+\b",
        r"\b(?:in an envelope|envelope) for (?:my|her|his) \w+\b",
        r"\b(?:wrote|written|writing|left) (?:\w+ )?(?:letters?|notes?) for\b",
        r"\b(?:rehomed|found a home for) (?:my )?(?:cat|dog|pets?)\b",
        r"\b(?:said|say|saying) (?:goodbye|bye) to (?:all|everyone|every)\b",
        r"\b(?:i have|i ve) done my (?:part|bit|time)\b",
    )
)
_ORDINARY = tuple(
    _compile(p)
    for p in (
        r"\bdeleted (?:all )?(?:my )?(?:socials|accounts|social media|profiles|instagram|"
        r"facebook|tiktok|photos|messages|search history)\b",
        r"\b(?:cancel+ed|cancelling|canceling|ended|stopped) (?:all )?(?:my |the )?"
        r"(?:subscriptions?|gym membership|memberships?|phone contract|lease|appointments?)\b",
        r"\bpaid (?:off|back) (?:all )?(?:my |the )?(?:debts?|loans?|bills|credit cards?|"
        r"everyone)\b",
        r"\b(?:cleaned|tidied|cleared out|sorted) (?:up )?(?:the|my) (?:apartment|flat|house|"
        r"room|place)\b",
        r"\bfeel (?:so |very |weirdly |strangely |oddly )?calm\b",
        r"\b(?:tomorrow|tonight) (?:morning|night)?\s*$",
    )
)


class _Settling:
    """Things put in order, as ``_STRONG`` and ``_ORDINARY`` count: ``search`` like a pattern."""

    @staticmethod
    def search(text: str) -> bool:
        strong = sum(act.search(text) is not None for act in _STRONG)
        ordinary = sum(act.search(text) is not None for act in _ORDINARY)
        return (strong >= 1 and strong + ordinary >= 2) or ordinary >= 3


SETTLING = _Settling()
PIECES = (*_STRONG, *_ORDINARY)  # what ``SETTLING`` reads: none of them found, it does not fire

MORE = _compile(
    # a deadline after which they will not be here
    r"\b(?:by|after|from) " + _DAY + r" (?:\w+ )?(?:none of (?:this|it)|nothing|it|this) "
    r"(?:will|is going to|would) (?:not )?matter\b",
    r"\bnone of (?:this|it) will matter (?:by|after|soon|anymore|any more|" + _DAY + r")\b",
    r"\b(?:tomorrow|tonight|next week|after tonight|after today|soon) i (?:am|will) not "
    r"(?:be )?(?:here|around|alive|exist\w*)\b",
    r"\bi (?:will not|am not going to|wo not) be (?:here|around|alive) (?:next|by|after|on|"
    r"this|in a) (?:week|month|weekend|friday|saturday|sunday|monday|tuesday|wednesday|thursday|"
    r"time|tomorrow|tonight|few days|year)\b(?!.*\b(?:lesson|session|meeting|class|appointment|"
    r"reschedul\w*|move|wait|instead|can we|could we|shift|party)\b)",
    r"\bwill not (?:be )?need(?:ing)? (?:the |any |my |this )?(?:last|final|later|last few|"
    r"remaining) (?:lessons?|modules?|sessions?|parts?|days?)\b",
    r"\b(?:the )?last time i will (?:use|write|talk|message|text|open|be on|be here|see)\b"
    r"(?=.*\b(?:thanks|thank you|thank u|ty|take care|goodbye|bye|sorry|forgive)\b)",
    # a death that would be welcome, a wish for an accident
    r"\b(?:cancer|terminal|a tumou?r|dying|an accident|the crash)\b(?: \w+){0,8}? i would "
    r"(?:honestly |actually |really |probably |just |secretly )?(?:be|feel) (?:relieved|glad|"
    r"happy|grateful|thankful)\b",
    r"\b(?:would not|do not|wouldnt) (?:mind|care) if (?:the|my|a|this) (?:plane|car|bus|train|"
    r"flight|boat|building) (?:\w+ )?(?:crashed|crashes|crash|sank|sinks|fell|collapsed|"
    r"hit me|went down)\b",
    r"\b(?:dying|death|suicide|ending it|killing myself|not being here) (?:would be|is|seems|"
    r"feels like|looks like) (?:like )?the (?:only|best|easiest|last) (?:way out|option|"
    r"answer|solution|escape|way)\b",
    r"\b(?:better|easier|best) (?:\w+ ){0,2}?(?:to not|not to|if i did not|if i do not|if i "
    r"would not|if i just did not) (?:exist|be here|be alive|live|wake up|be born)\b",
    r"\b(?:going to|gonna|want to|wanna|will|ready to|about to|i) (?:commit )?suicide\b"
    r"(?! (?:prevention|rate|rates|risk|hotline|line|awareness|statistics|ideation|and|is|in))",
    r"\b(?:not going to|not gonna|can not|will not|refuse to|do not want to) keep (?:on )?"
    r"(?:living|existing|going|doing this) (?:like this|this way|anymore|any more)\b",
    # a past attempt, and this time
    r"\b(?:tried|attempt\w*|last time|overdosed)\b(?!.*\b(?:exams?|tests?|class|course|"
    r"interview|driving|semester|module|quiz|diet|job)\b).*\b(?:not going to|will not|"
    r"not gonna) fail (?:this|next) time\b",
    r"\bthis time i (?:will|am going to|am gonna) (?:succeed|get it right|do it properly|make "
    r"sure|not fail)\b",
    r"\bkill me\b(?: \w+){0,8}? (?:do it|doing it) myself\b",
    # self-harm felt now, an overdose waited out
    r"\bfeel(?:ing)? like (?:cutting|hurting myself|harming myself|self harming|burning myself)\b",
    r"\b(?:how (?:easy|simple|quick) it would be to|thinking about how easy) (?:\w+ ){0,3}?"
    r"(?:take|swallow|jump|end it|die|cut|drive into|step in front)\b",
    r"\b(?:take|swallow|took|swallowed) everything in the (?:bathroom |medicine )?"
    r"(?:cabinet|drawer|cupboard)\b",
    # someone else's farewell, as told by a teacher or a friend
    r"\b(?:posted|wrote|said|texted|messaged|told \w+) (?:\w+ ){0,4}?(?:today|tonight|this) is "
    r"(?:her|his|their|my) last day\b",
    # a burden removed, a future without them
    r"\b(?:better|freer|happier|easier|lighter|safer) (?:\w+ ){0,4}?without me\b",
    r"\b(?:removing|remove|taking|take) myself (?:is the|would be the|from (?:the|this) "
    r"(?:world|picture|equation))\b",
    r"\b(?:no|not a) (?:version of (?:the|my) )?future (?:\w+ ){0,3}?with me in it\b",
    r"\b(?:will not|wo not) be long now\b",
    r"\bmy (?:own )?funeral\b(?: \w+){0,12}? (?:soon|find out)\b",
    r"\bno point (?:in )?(?:sticking around|staying|being here|going on|living|carrying on|"
    r"waking up)\b",
    r"\b(?:idea|thought) of (?:being dead|dying|death|not existing|not being here|ending it)\b"
    r"(?: \w+){0,6}? (?:calms|comfort\w*|sooth\w*|peace|relief|helps|keeps me)\b",
    r"\bhop(?:e|ing) (?:\w+ ){0,3}?(?:my heart|my body|my lungs|my breathing) (?:\w+ )?"
    r"(?:gives up|gives out|stops|fails|just stops)\b",
    r"\b(?:stops|stop|stopping) my heart\b",
    r"\bhope (?:the|my) (?:plane|flight|car|bus|train|ferry) (?:\w+ )?(?:crashes|goes down|"
    r"sinks|hits)\b",
    r"\bput me (?:under|to sleep|out) (?:for good|forever|permanently)\b",
    r"\b(?:i am|i will be|just) checking out\b(?= *$| for good| early| soon| tonight| of "
    r"(?:life|here|this world))",
    r"\bpermanent (?:nap|rest|vacation|holiday|goodbye|sleep)\b",
    r"\bonce (?:she|he|they|my \w+) (?:is |are |has |have )?(?:gone|passes|passed|dies|died)\b"
    r"(?: \w+){0,4}? i am (?:going|out|gone|done|following|next)\b",
    r"\bi am doing it\b(?= (?:\w+ ){0,3}?(?:bye|goodbye|tonight|now)\b| *$)",
    r"\btell (?:my \w+|them|everyone|him|her) (?:that )?i (?:loved|love) (?:her|him|them|you)"
    r"\b(?= *$| and| sorry| always)",
    r"\bwalk(?:ing)? into the (?:water|sea|ocean|lake|river|traffic|waves)\b"
    # ...not a shallow beach waded out on: "the sandbar goes out half a mile"
    r"(?!.*\b(?:sandbar|sand bar|low tide|tide is out|knee deep|ankle deep|wading)\b)",
    r"\b(?:not going to|will not|wo not) be (?:here|around) for (?:the )?(?:next|last|final)\b"
    + AWAY_FOR_A_REASON,
    r"\b(?:pistol|gun|revolver|shotgun|rifle|handgun)\b(?: \w+){0,4}? (?:under (?:my|the) "
    r"pillow|next to my bed|in my lap|in my hand|in my mouth|loaded)\b",
    r"\bas many (?:\w+ )?(?:pills|paracetamol|tablets|painkillers|sleeping pills|\w+ol) as\b",
    r"\b(?:want|wanna|need|have) to cut\b(?! (?:my hair|the|it|back|down|out|ties|off|costs|"
    r"class|school|sugar|carbs|him|her|them))",
    r"\bused (?:\w+ ){0,3}?on my (?:legs?|arms?|wrists?|thighs?|skin|stomach)\b",
    r"\b(?:punched|hit|banged|smashed) (?:the|a) wall (?:\w+ )?(?:until|till)\b",
    r"\blie (?:\w+ ){0,4}?(?:during|on|in|about) (?:the |my )?(?:suicide|risk|safety) "
    r"(?:screening|questions|assessment|check)\b",
    r"\brecorded (?:a )?(?:video|message) for (?:my|each) \w+\b(?: \w+){0,6}? (?:when|after|"
    r"older|grown|once)\b",
    r"\b(?:getting|get|gets) an? (?:envelope|letter) from me\b",
    r"\blife insurance (?:\w+ ){0,4}?(?:pay|pays|payout|pay out|cover|covers)\b(?: \w+){0,3}? "
    r"(?:suicide|after (?:\w+ )?(?:years?|months?))\b",
    r"\b(?:i have |i )planned (?:it )?for (?:friday|saturday|sunday|monday|tuesday|wednesday|"
    r"thursday|tonight|tomorrow)\b",
    r"\b(?:away|alone|out|gone|asleep)\b(?: \w+){0,6}? so i can (?:finally )?do it\b",
    r"\b(?:thinking about|planning on|might|maybe) not (?:coming|going) (?:home|back)\b",
    r"\b(?:googling|googled|searching|looking up|researching) (?:\w+ ){0,2}?(?:bridges|cliffs|"
    r"tall buildings|high places|ropes|guns|nooses|train times)\b",
    r"\b(?:on|at) the (?:overpass|motorway bridge|flyover|viaduct)\b"
    # ...not a meeting point or a job: "at the overpass waiting for my ride", "viaduct repairs"
    r"(?! (?:repair\w*|works?|construction|project|bus stop|exit|junction|waiting for (?:my|a|the|"
    r"our) (?:ride|lift|bus|uber|taxi|friend|mate|mum|mom|dad))\b)",
    r"\bno more pain (?:soon|tonight|tomorrow)\b|\b(?:soon|tonight) no more pain\b",
    r"\b(?:plans?|planning|threaten\w*|wants?|going) to jump\b(?! (?:rope|start|ship|on the|"
    r"into the pool|the queue|in|up|higher|for joy|at|scare))",
    r"\bnot have to (?:deal with|worry about|put up with|see) me (?:anymore|any more|soon|"
    r"again|much longer)?\b",
    r"\b(?:found (?:a )?(?:new )?home for|rehomed) (?:my )?(?:cat|dog|pets?|bird|rabbit)\b"
    r"(?: \w+){0,8}? (?:deserves|better|after i|when i)\b",
    r"\bno (?:hotline|helpline|crisis line)s?(?: numbers?)? (?:pls|please|plz)\b",
    r"\b(?:drafted|wrote|written|writing|planned|planning|drafting) (?:my )?own (?:obituary|"
    r"eulogy|funeral)\b",
)

METHOD_MORE = _compile(
    r"\bhow (?:many|much) (?:\w+ ){0,3}?(?:(?:would|will|does) it take to|would|will|to) "
    r"(?:shut down|destroy|fry|kill|wreck|stop) (?:a |my |the |your )?"
    r"(?:liver|kidneys|heart|organs)\b",
    r"\b(?:which|what|any) (?:\w+ ){0,2}?(?:buildings?|bridges?|car parks?|parking garages?|"
    r"towers?) (?:\w+ ){0,3}?(?:has|have|with) (?:roof access|no (?:fence|railings?|barrier))\b"
    r"(?!.*\b(?:photo\w*|party|bar|garden|view|drone|shoot|sunset|film\w*|picnic|wedding)\b)",
    r"\b(?:looked up|googled|searched|wondering|wonder|checked) how (?:much|many) (?:of )?(?:my |"
    r"these |the |those )?(?:\w+ )?(?:it )?would (?:take|be too many|be too much|be enough)\b"
    r"(?! to (?:feel|work|help|notice|see|get better|kick in))",
    r"\b(?:get|buy|order|obtain|stockpile|collect)\w* (?:\w+ ){0,4}?(?:pills|tablets|meds|"
    r"medication|sleeping pills|painkillers|opioids) (?:\w+ ){0,3}?without (?:a |my |the |anyone )?"
    r"(?:(?:doctor|pharmacist|family|parents|partner) )?(?:noticing|knowing|finding out)\b",
    r"\benough (?:\w+ ){0,3}?to (?:not|never) (?:come back|wake|wake up|be here|feel anything)\b",
    r"\b(?:which|what)\b(?!.*\b(?:treatment|therapy|depression|study|studying|learning|"
    r"revision|diet|contracepti\w*|teaching|exams?|weight|quit\w*|smoking|fishing|"
    r"business)\b) (?:\w+ ){0,2}?(?:method|way)s? (?:\w+ ){0,3}?(?:highest|best|most|"
    r"greatest) (?:success rate|chance|reliab\w*|effective\w*)\b",
    r"\b" + _MEANS + r" (?:\w+ ){0,6}?(?:still )?(?:work|works|working|reliable|effective|quick|"
    r"painless)\b(?:.*\b(?:reliable|sure|certain|need something|enough|for good)\b)",
    r"\b(?:how (?:to|do you|do i|can i|would i|should i)|way to|learn to|learning to) tie a "
    r"noose\b|\btying a noose\b",
    r"\bhow long (?:\w+ ){0,4}?(?:body|bodies|me) (?:to be |is |are |would be |gets |get |"
    r"was |will be )?found\b",
    r"\b(?:looked up|searched|googled|checked|researched) (?:\w+ ){0,3}?(?:tallest|highest) "
    r"(?:building|bridge|cliff|car park|parking garage|tower|point)\b",
    r"\b(?:lethal|fatal|deadly|toxic|killing) (?:doses|amounts|levels)\b",
    r"\b(?:lose consciousness|pass out|black out|feel (?:any )?pain|hurt)\b(?: \w+){0,6}? (?:if|"
    r"when) (?:you|i|someone|one) (?:hang|drown|jump|cut|bleed|overdose|gas|shoot)\b",
    r"\bpermanent(?:ly)? (?:too much|dose|amount)\b",
    r"\b(?:highest|tallest) (?:bridge|building|cliff|car park|tower|point)\b(?: \w+){0,6}? "
    r"(?:no fence|without (?:a )?(?:fence|railing|barrier|net)|unfenced|no railings?|no barrier|"
    r"roof access|easy access)\b",
    r"\b(?:get|buy|order|source|find|obtain|getting|buying|ordering)\w* (?:\w+ ){0,3}?"
    r"(?:nembutal|pentobarbital|sodium nitrite|an exit bag|exit bags|a suicide kit)\b",
    r"\benough to (?:end things|end everything|end my life|never wake|not wake|stop my heart)\b",
    r"\b(?:gun|firearm|pistol|rope|pills)\b(?: \w+){0,8}? for the end\b",
    r"\bhow many (?:\w+ ){0,5}?would (?:someone|a person|one|i|you|it take to) need\b",
    r"\b(?:most|more|too) dangerous to take (?:\w+ )?(?:all )?(?:together|at once)\b",
    r"\b(?:cleanest|easiest|quickest|best|painless|surest|simplest|quietest) way out\b(?! of\b)",
    r"\bmake it look like an accident\b(?!.*\b(?:novel|book|story|film|movie|character|killer|"
    r"murder|plot|game|script|show)\b)",
)

# ...where "here" is a job, a town or an evening out, not a life
_NOT_A_PLACE = (
    r"(?!.*\b(?:job|work|company|firm|town|city|country|uni|college|school|course|flat|house|"
    r"lease|contract|pay|paycheck|money|salary|visa|pension|wifi|team|party|club|pub|bar|"
    r"meeting|marriage|relationship|deposit|landlord|notice|refund|pizza|snacks|buffet|cake|"
    r"open bar|free food|at this|in this place)\b)"
)
CHECK = _compile(
    # one thought left, letters ready for tonight, a bridge slowed at
    r"\ball i (?:can |ever )?think (?:about|of) (?:is|anymore is) (?:dying|death|killing myself|"
    r"ending it|not being here|not existing|suicide)\b",
    r"\b(?<!cover )(?<!application )(?<!reference )(?:letters?|notes?) (?:are|is) (?:all )?"
    r"(?:written|done)\b(?: \S+){0,3}? tonight\b(?!.*\b(?:send|sending|post|posting|submit\w*|"
    r"deadline|email\w*)\b)",
    r"\b(?:driving|walking|going|drove|walked) past the (?:bridge|cliff|tracks|railway|overpass|"
    r"edge) (?:\w+ ){0,3}?(?:slowing down|stopping|looking down|and stop)\b",
    # a plan made when a treatment failed, a walk with no return
    r"\b(?:backup plan|plan b|way out) (?:\S+ ){0,3}?(?:permanent|final|for good)\b",
    r"\b(?:so|and) i am (?:making|made) (?:my )?(?:arrangements|plans)\b(?! (?:for|to|with))",
    r"\bi am (?:finished|done)\b(?: \S+){0,2}? i (?:have|ve) decided\b",
    r"\bi (?:am going to|will|want to|might|could) (?:just )?(?:go|walk|swim|drive|head) "
    r"(?:\w+ ){0,4}?and (?:not|never) (?:come back|return)\b",
    # a time worked out, and euphemisms for leaving life
    r"\b(?:worked out|figured out|decided|picked|chosen|settled on) (?:when|the date|the day)\b"
    r"(?: \S+){0,2}? (?:it will be|it is going to be|i will do it|to do it)\b",
    r"\blong walk off (?:a|the) short pier\b|\b(?:take|taking|took) a dirt nap\b",
    r"\b(?:i am|i will|i want to|ready to|time to|time for me to|going to) (?:just )?"
    r"(?:check(?:ing)? out|log(?:ging)? off|clock(?:ing)? out|sign(?:ing)? off|tap(?:ping)? out|"
    r"bow(?:ing)? out) (?:for good|permanently|forever|of life|of this life)\b"
    r"(?! (?:from|at|with|on) (?!this life|life))",
    # a reason to go on no longer seen; a funeral pictured; a wish for an illness or an accident
    r"\b(?:do not|can not|no longer|never) see (?:a|any|the|much|one) (?:reason|point) (?:to|in|"
    r"of) "
    r"(?:keep going|keeping going|go on|going on|carry on|carrying on|living|being alive|"
    r"being here|"
    r"staying|stay|waking up|continuing|continue)\b",
    r"\b(?:picturing|imagining|imagine|picture|planning|dreaming about|daydreaming about|thinking "
    r"about|fantasi[sz]ing about) my (?:own )?funeral\b",
    r"\b(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?) (?:that )?i (?:get|got|would get|could get|"
    r"catch|"
    r"develop) (?:cancer|hit by|run over|in (?:a|an) (?:accident|crash)|something terminal|"
    r"killed)\b",
    r"\bhop(?:e|ing) (?:a|the|some) (?:bus|car|truck|train|plane) (?:hits|runs over|takes) me\b",
    # euphemisms for leaving: "ready to go home for good", "i am tired boss"
    r"\b(?:ready|want|time|wanna|going) to go home (?:for good|forever|to (?:god|jesus|heaven|the "
    r"lord))\b|\bi am (?:so |just |really )?tired boss\b",
    # an appointment cancelled because it will not be needed
    r"\bcancel\w* (?:\w+ ){0,4}?(?:appointments?|sessions?|infusions?|treatments?|therapy|"
    r"lessons?)\b"
    r"(?: \S+){0,4}? (?:will not|do not|no longer) (?:be )?need(?:ing)? (?:it|them|any|anymore)\b",
    # ...or because there is no point now, said last: "cancelled the dentist, no point now"
    r"\bcancel\w* (?:my |the |all my )?(?:\w+ )?(?:appointments?|sessions?|dentist|doctor|gp|"
    r"optician|check ?up|haircut|therapy|therapist|physio|infusions?|treatments?|lessons?|"
    r"subscriptions?|scans?|follow ?up)\b(?: \S+){0,3}? (?:no point|what is the point|whats the "
    r"point|pointless)(?: now| anymore| any more| really)? *$",
    r"\b(?:only|one) (?:reason|thing) (?:i am|i have|that keeps me|keeping me) (?:still )?"
    r"(?:alive|stayed alive|not dead)\b",
    r"\b(?:only|one) (?:reason|thing) (?:i am )?(?:still )?alive is\b",
    # what keeps the writer here, told as the one thing left: "the only thing keeping me here is
    # that my dog needs walking", "the kids are the only reason i am still here"; not the one
    # thing keeping them at a job, in a town or at a party
    r"\b(?:only|one) (?:reason|thing|one) (?:that s |that is |that )?(?:keeping|keeps|holding|"
    r"holds) me (?:here|alive|around|in this world|on this earth)\b" + _NOT_A_PLACE,
    # ...what has held off the act: "only reason i haven't checked out is my dog"
    r"\bonly (?:reason|thing) i (?:have not|did not|have never) (?:done it|checked out|ended it|"
    r"killed myself|gone through with it|jumped|topped myself)\b",
    r"\b(?:the|my) only reason i am still (?:here|alive|around)\b(?! (?:at|in|on|for|to|after|"
    r"past|till|until)\b)" + _NOT_A_PLACE,
    r"\bdeath (?:would|will|might) (?:feel|be) (?:like that|peaceful|a relief|a rest|welcome)\b",
    r"\b(?:i )?want (?:that|it|this|peace like that) (?:permanently|forever|for good)\b",
    r"\b(?:dying|death|being dead|not existing|not waking up|not being here) (?:sounds|seems|"
    r"looks|feels|would be|would feel) (?:so |really |kind of |quite )?(?:peaceful|nice|good|"
    r"like a relief|appealing|tempting|comforting|easier|better)\b",
)

# A question asked before anything has happened: "what should i do if a friend ever tells me
# they are suicidal?" is education, not a crisis of anyone's.
HYPOTHETICAL = needles.compile(
    r"\b(?:what (?:should|do|can|would|could) (?:i|you|we|one|people)|how (?:do|should|can|would|"
    r"could) (?:i|you|we|one)) (?:\w+ ){0,3}?(?:if|when) (?:a friend|a family member|someone|"
    r"somebody|anyone|a loved one|a person|a student|a patient|a colleague|people)\b"
    r"(?!.*\b(?:right now|tonight|just now|today|this morning|not answering|not picking up)\b)"
)

# Distress in everyday words, beside ``signals``' list: loneliness, tears, a heavy day.
DISTRESS_MORE = _compile(
    r"\b(?:loneliness|lonely|isolated)\b",
    r"\b(?:nobody|no one|noone) (?:likes|loves|wants|needs|cares about|talks to) me\b",
    r"\b(?:cried|crying|cry|sobbed|sobbing) (?:\w+ ){0,3}?(?:in|at|again|every|all|myself|"
    r"for hours|in the)\b",
    r"\b(?:tired|sick|exhausted) of (?:feeling|being) (?:like )?(?:this|so|sad|alone|empty|"
    r"worthless|useless|this way)\b",
    r"\b(?:depression|anxiety|sadness|grief|the dark) (?:\w+ )?(?:is|has been|feels) "
    r"(?:\w+ )?(?:heavy|bad|worse|awful|unbearable|crushing|back)\b",
    r"\b(?:discouraged|devastated|defeated|heartbroken|crushed|hopeless|drained|numb)\b",
    # gutted as a feeling, not a catch or a kitchen gutted ("gutted about 200 mackerel")
    r"\bgutted\b(?! (?:about |some |the |a |all the |\d+ |two |three |my )?(?:\w+ )?(?:fish|"
    r"mackerel|trout|salmon|cod|herring|deer|rabbits?|chickens?|pheasants?|birds?|catch|"
    r"carcass\w*|kitchen|bathroom|house|flat|building|shop|interior)\b)",
    r"\bfeel(?:ing)? like a (?:ghost|shell|zombie|robot)\b",
    r"\b(?:everyone|everybody) has (?:someone|somebody|friends) (?:except|but) me\b",
    r"\bnothing (?:tastes|is fun|feels|brings)\b|\beverything is (?:an )?effort\b",
    r"\b(?:comedown|crash|fog|darkness|depression) (?:\w+ ){0,4}?(?:brutal|back|rolled back|"
    r"came back|worse)\b",
    r"\b(?:frightened|frightening|terrifying|shaken|disappointed|unbearable|irritable|"
    # ...knocked sideways, not knocked out by an infusion ("dead to the world for 3 hours")
    r"knocked me(?! (?:out|clean out|flat out|right out)\b)|snap out of it|hate who i am|"
    r"hate myself|hate my life)\b",
    r"\b(?:in bed|stayed in bed) (?:all|for) (?:day|weekend|week|the weekend|days)\b",
    r"\b(?:do not|does not|nobody|no one) (?:\w+ )?understands? (?:my|me|how i)\b",
    r"\b(?:the (?:drop|crash|low|comedown) is|i feel|feeling|it is) (?:\w+ )?(?:awful|horrible|"
    r"tough|brutal|unbearable)\b",
    r"\b(?:over|after|since) the (?:divorce|breakup|break up|funeral|miscarriage|diagnosis)\b",
)

# An overdose told without naming the pills: "already did it. just waiting now".
OVERDOSE_MORE = _compile(
    r"\b(?:already|just|i) (?:did|done|have done) it\b(?: \w+){0,4}? (?:just )?(?:waiting|wait)\b",
    r"^(?:just )?overdosed\b|\bi (?:\w+ )?overdosed\b(?! (?:\w+ ){0,3}?(?:years|when i was|in "
    r"(?:19|20)\d\d|once|as a))",
    r"\b(?:ate|chugged|necked|injected|inhaled|snorted|drank) (?:\w+ ){0,3}?(?:a whole|the whole|"
    r"whole|all|a full|a bottle|a sheet|a packet|a box|more than)\b(?! (?:\w+ ){0,2}?(?:pizza|"
    r"cake|bag of|meal|dinner|lunch|breakfast|chocolate|sandwich|burger|day|night|week))"
    + cues.PLAIN_DRINK,
    r"\b(?:took|had|used|injected|drank|snorted) more than i should (?:have)?\b(?: \w+){0,6}? "
    r"(?:breath\w*|heart|dizzy|sick|slow|can not|tilting|spinning)\b",
)

# A number of pills gone down ("20 zopiclone down"): the rules' word-start grouping is for
# phrases that begin with a letter, so this one is compiled on its own.
OVERDOSE_COUNT = needles.compile(
    r"(?<![0-9])(?=[1-9])\b(?:1[0-9]|[2-9][0-9]|[1-9][0-9]{2}) "
    r"(?!(?:minutes|mins|hours|hrs|days|weeks|months|years|"
    r"floors|levels|miles|km|metres|meters|steps|flights|kg|pounds|lbs|points|places)\b)[a-z]+ "
    r"(?:down|gone|swallowed|taken)\b(?! (?:[a-z]+ )?(?:stairs|the road|the street|to))"
)


# Insulin counted for food, a meal or a correction: a diabetic's sum, not an amount to end it.
_MEAL_DOSE = needles.compile(
    r"\bhow many (?:\w+ ){0,5}?would (?:someone|a person|one|i|you) need (?:\S+ ){0,2}?(?:for|with|"
    r"to cover|cover|before|after) (?:\S+ ){0,4}?(?:cake|slice|meal|breakfast|lunch|dinner|tea|"
    r"supper|snack|pizza|carbs?|pasta|rice|bread|dessert|pudding|food|sandwich|cereal|biscuits?|"
    r"cookies|chocolate|ice cream|juice|correction|high|reading|sugar|glucose|bg|bgl|curry|chips|"
    r"fries|burger|takeaway|pie|\d+ ?g|\d+ grams|cars|bowl|plate|portion|piece|serving|helping|"
    r"bag|packet|can|glass|cup|mug)\b"  # "carbs" is spelled "cars" by the normaliser
)
# ...with no ending, harm or not waking beside it
_MEAL_DOSE_BUT = needles.compile(
    r"\b(?:die|dying|dead|death|kill\w*|wake|end it|end things|harm|hurt|overdos\w*|od|"
    r"suicid\w*|never|permanent\w*|for good|forever|enough|lethal|fatal)\b"
)


def meal_dose(plain: str) -> bool:
    """How many units a meal or a correction needs, asked with nothing of an end: a diabetic's
    daily arithmetic ("how many units would i need for a bowl of pasta")."""
    return _MEAL_DOSE.search(plain) is not None and _MEAL_DOSE_BUT.search(plain) is None
