"""Risk told as a life without the writer, and goodbyes said sideways: the check-in (``CHECK``),
read on the normalised text before a named other person ("he asked why", "my boy ... he OD'd")
makes the message look like someone else's crisis.

- a future with no place for the writer: "I don't see a way forward that includes me";
- the world after, imagined: "everyone would grieve for a bit and then move on", a child who
  "won't even remember me" beside "the kindest thing I can do for her";
- an absence told as total: "I won't be there. I won't be anywhere", "not coming tomorrow. or
  ever" with a goodbye, "I'll be dead first, and I mean that literally";
- an end on one's own terms: "I'll just go out my own way" (not a career or a fighter's);
- the course made pointless by not being there: "what's the point of learning this if I'm not
  gonna be here to benefit";
- an announcement asked for "when I go", so nobody thinks the writer "just ghosted";
- a goodbye to the course, with the next person wished better;
- affairs put in order "just so someone knows"; things given away with the why untold, or
  "feels good to have it all squared away";
- a rescue regretted: the van braked, "part of me is sorry it did";
- taken off a suicide watch (ACCT, obs) told as a mistake;
- water by a canal or a river that "looks warm" or "inviting", with no swim or picnic;
- wanting to be with someone who died; someone's suicide "had the right idea";
- a rope in the car while driving round for hours; a gun cleaned every night and no longer
  used for shooting;
- a will or a decision told with a strange calm;
- a child "better off with a mum who isn't broken"; a sentence that cannot be served ("can't do
  3 more years, I won't"); a cell's window bars or light fitting thought about "a lot"; the one
  who talks the writer out of it every night about to be moved; a supply of pills found and to
  be started again, kept hidden from a partner, or thought about at every night feed;
- waking up regretted ("wish I hadn't woken up", "woke up disappointed again"); a lesson the
  writer won't live to see; water that looks peaceful from a cliff or a bridge; children hugged
  "extra long" because "they won't understand"; packs of paracetamol bought from different
  shops; a hose that fits the exhaust;
- in a learner's English: "my life is no more worth", "is better if I am not here"; everyone
  "happier if I went"; things given away behind a cover story ("I just say I'm decluttering");
- a policy that will see the family "alright" beside a gun; suicides around one "I get it now";
  caring stopped whether one wakes; "dead to them... maybe they're right", "give him what he
  wants"; pills checked on every night; "if I stop replying it's not your fault"; a plan gone
  over in the head every night; logging off "permanently", the void "calling" and tempting,
  staying under in the bath, eyes shut at the wheel "to see what would happen", a knife under
  the pillow "not for protection".

Each pattern carries its lookalikes (a holiday, a move, a job left, a career ended on one's own
terms, a swim, a hunting season, a will made for a new baby). Pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.vocab import _compile

_AWAY = needles.compile(
    r"\b(?:holiday|vacation|trip|travel\w*|moving|move to|abroad|new job|job|quit|quitting|"
    r"retir\w*|graduat\w*|team|company|school|uni|semester|term|deploy\w*|visa|emigrat\w*|"
    r"break ?up|"
    r"leav\w*|left (?:the|my))\b"
)
_DEATH = (
    r"(?:died|dead|passed|passed away|funeral|grave|overdos\w*|killed (?:himself|herself|"
    r"themselves)|took (?:his|her|their) own life|hanged|suicide|lost (?:him|her) to)"
)
_AFFAIRS = (
    r"(?:will s|wills|will is|will signed|paperwork|affairs|in order|passwords?|going to my|"
    r"letters?|rehom\w*|sorted)"
)


def _either(core: str, context: str) -> tuple[str, str]:
    """``core`` with ``context`` anywhere in the message, before it or after it."""
    return core + r"(?=.*\b" + context + r"\b)", r"\b" + context + r"\b.*" + core


CHECK = _compile(
    # a future with no place for the writer
    r"\b(?:do not|can not|cannot|could not|no longer) (?:see|picture|imagine|find) (?:a |any |"
    r"the )?"
    r"(?:way forward|way ahead|future|way through|path|version of (?:things|life|the future)|life)"
    r" (?:that|which|where|with) (?:includes|has|involves|there is|me in)\b(?: \S+)?? ?(?:me|me "
    r"in it)\b",
    r"\b(?:kindest|best|most loving|only) thing (?:i can|i could|left to) do for (?:her|him|them|"
    r"my \w+|the \w+|everyone)\b(?=.*\b(?:remember me|without me|grieve|move on|not being here|"
    r"better off|once i m gone|when i m gone)\b)",
    r"\b(?:young enough|too young|too little|so little|only (?:a )?(?:baby|babies|tiny))\b"
    r"(?: \S+){0,6}? (?:will not|won t|would not|never) (?:even )?remember me\b(?!.*\b(?:moved|"
    r"visit\w*|wedding|holiday|last time|met|abroad|party)\b)",
    r"\b(?:remember me|without me|grieve|move on)\b(?: \S+){0,12}? (?:that s|thats|that is|it s|"
    r"its|it is) the (?:kindest|best|most loving) thing i (?:can|could) do\b",
    # an absence told as total
    r"\bi (?:will not|won t|wont) be anywhere\b(?! (?:near|close|else|today|tomorrow|this|that|"
    r"on|in|at|for|until|till|without|with|but|except|other)\b)",
    r"\bnot (?:coming|going|gonna be|going to be|be) (?:\w+ ){0,3}?(?:tomorrow|tonight|next "
    r"week|on \w+day|\w+day) (?:or|and) (?:ever|ever again)\b(?=.*\b(?:take care|look after|"
    r"goodbye|bye|farewell|love you|been good knowing|nice knowing|sorry)\b)",
    # ...not the refusal idiom "I'll die before I eat pineapple on pizza, I swear" (unless
    # "literally" or "I mean it" says it is no idiom)
    r"\b(?:i ll|ill|i will|i d|id|i would) (?:be dead|die) (?:first|before)\b(?! (?:i|ever|"
    r"letting|doing|eating|wearing|going|watching|singing|saying|admitting|apologi\w*|paying|"
    r"giving|voting|working)\b(?!.*\b(?:literally|i mean (?:it|that)|not (?:a )?jok\w*|not "
    r"kidding|for real)\b))(?=.*\b(?:"
    r"literally|i mean (?:it|that)|not (?:a )?jok\w*|not kidding|seriously|i swear|for real)\b)",
    # an end on one's own terms
    r"\b(?:i ll|ill|i will|gonna|going to|i m going to|im going to|rather|want to|wanna|just) "
    r"(?:just )?(?:go out|check out|leave) (?:my own way|on my own terms|by my own hand)\b(?!.*\b"
    r"(?:career|season|team|club|job|game|fight|ring|stage|tour|band|retir\w*|champion|title|"
    r"contract|company|business|party)\b)",
    # an announcement asked for after the writer has gone
    r"\bwhen i (?:go|m gone|am gone|die|pass|pass away)(?: can| could| will| would) (?:someone|"
    r"somebody|anyone|one of you|you) (?:please )?(?:post|tell|let|say|message|announce|explain)"
    r"\b(?!.*\b(?:office|party|lock|lights|door|shift|break|lunch|holiday|vacation|toilet|"
    r"bathroom|afk|offline|away|trip|leave|recipes?|playlist|memes?|browser history|search "
    r"history|high score|lol|lmao|haha)\b)",
    # a goodbye to the course, the next person wished better
    r"\bhope (?:the next (?:person|one|guy|girl|user|student|lot|people|ones|cohort|group)|"
    r"whoever (?:comes |is )?next|someone else) (?:gets?|has|have|finds?|does|do) (?:more|"
    r"better)\b(?=.*\b(?:goodbye|bye|"
    r"farewell|so long)\b)",
    # affairs in order, for someone to know
    r"\bjust so (?:someone|somebody|you|one person|at least one person|someone here) (?:knows|"
    r"know)\b(?=.*\b" + _AFFAIRS + r"\b)",
    r"\b" + _AFFAIRS + r"\b.*\bjust so (?:someone|somebody|you|one person|at least one person|"
    r"someone here) (?:knows|know)\b",
    # things given away, the why untold or all squared away
    r"\b(?:gave|giving|given|give)\b(?!.*\b(?:upgrad\w*|moving|move|new one|outgrew|grew out|"
    r"decluttering|declutter|spring clean\w*|minimalis\w*|birthday|christmas)\b) (?:away )?(?:my|"
    r"the) (?:\w+ ){0,3}?(?:to|away)\b(?: \S+){0,16}? (?:asked (?:me )?why|(?:keeps|kept) asking "
    r"(?:me )?why|could not tell (?:him|her|them)|did not say\b(?! (?:thank|thanks|goodbye|hello|"
    r"much|a word)\b)|did not tell (?:him|her|them) why|did not say why|have it all squared away|"
    r"all squared away|have it all sorted now|tying up|everything s squared away|everythings "
    r"squared away|everything is squared away)\b",
    # a rescue regretted
    r"\b(?:braked|stopped (?:just )?in time|swerved|missed me|pulled me back|grabbed me|beeped|"
    r"honked)\b"
    r"(?: \S+){0,4}? (?:part of me (?:is|was|feels) (?:sorry|disappointed|gutted|sad|upset)|"
    r"(?:i|part of me) (?:wish|wished|wishes) (?:it|he|she|they) (?:had not|hadn t|did not|"
    r"didn t|would not|wouldn t))\b",
    r"\b(?:stepped|walked|ran) (?:out )?(?:into|in front of) (?:the )?(?:traffic|road|a (?:car|"
    r"van|bus|truck|lorry))\b(?=.*\b(?:part of me|wish|in my head|on purpose|did not care)\b)"
    r"(?!.*\b(?:phone|looking|not looking|distracted|headphones|dog|child|kid)\b)",
    # taken off a watch too soon
    r"\b(?:(?:took|taken|take|came|come|got|put) (?:me )?off|(?:removed|taken|took) me (?:off|"
    r"from)) (?:my |the )?(?:acct|suicide watch|obs|observations|constant obs|constant watch|watch|"
    r"close watch|one to one|1 1)\b(?: \S+){0,4}? (?:should not have|shouldn t have|mistake|too "
    r"soon|too early|not ready|wish they had not|got it wrong|wrong call)\b",
    # water that looks inviting from its bank
    r"\b(?:by|at|on|near|beside|next to|sat by|standing by|stood by|on the edge of) the "
    r"(?:canal|river|lake|sea|water|harbour|harbor|reservoir|quarry|pier|dock|weir|lock)\b"
    r"(?: \S+){0,6}? (?:water|river|sea|it|canal|lake) (?:looks|look|looked|seems|feels) (?:so |"
    r"really |very )?(?:\w+ and )?(?:warm|inviting|peaceful|welcoming|soft|calling|tempting)\b"
    r"(?!.*\b(?:swim\w*|swam|paddl\w*|dip|boat\w*|kayak\w*|fishing|picnic|holiday|beach|"
    r"sunbath\w*|wetsuit|kids|dog|photo\w*|surf\w*|heat|heatwave|hot|sunny|sunshine|"
    r"scorching|boiling|sweltering|cool (?:off|down)|summer)\b)",
    # wanting to be with someone who died; a suicide envied
    r"\b(?:want|wanna|want to|ready|need) (?:to )?(?:be with|join) (?:him|her|them|my \w+)\b"
    r"(?! (?:family|for|at|in|on|during|tonight|today|tomorrow|this|when|while|and|to|"
    r"after|before|every|more|side|grave)\b)(?=.*\b" + _DEATH + r"\b)(?!.*\b(?:hospital|ward|"
    r"bedside|visit\w*|flowers|the funeral on|grave)\b)",
    r"\b(?:hanged|hung|killed|jumped|overdos\w*|took (?:his|her|their) (?:own )?life|suicide|"
    r"ended it)\b(?: \S+){0,14}? (?:he|she|they) (?:had|has|got) the right idea\b",
    r"\b(?:he|she|they) (?:had|has|got) the right idea\b(?=.*\b(?:hanged|hung|killed|jumped|"
    r"overdos\w*|took (?:his|her|their) (?:own )?life|suicide|ended it)\b)",
    # a means in the car while driving round; a gun cleaned and no longer fired
    r"\b(?:rope|gun|rifle|shotgun|pistol|hose|hosepipe|noose|pills)(?:s| s| is| are)? (?:in|on) "
    r"(?:the )?(?:back|"
    r"boot|trunk|passenger seat|glove ?box|tray|bed|floor) (?:of (?:the |my )?(?:ute|car|truck|"
    r"van|pickup))?\b(?=.*\b(?:driving (?:round|around)|parked (?:up|at|by|in)|sitting in the|"
    r"been out here|since (?:lunch|this morning|dinner|dark|last night)|"
    r"for hours|can not go home)\b)(?!.*\b(?:cattle|sheep|tow\w*|load|camping|tie down|tarp|"
    r"boat|horse|fence|work)\b)",
    r"\bclean\w* (?:the|my) (?:22|gun|rifle|shotgun|pistol|revolver|glock|firearm)\b(?: \S+){0,3}?"
    r" (?:every (?:night|day|evening)|each night|over and over|again and again)\b(?=.*\b(?:do not|"
    r"don t|no longer|never) (?:even )?(?:go (?:shooting|hunting)|shoot|hunt)\b)",
    # a child better off with another parent
    r"\b(?:baby|babies|kids?|children|son|daughter|twins|she|he|they)(?: would| d| will| ll)? "
    r"(?:be )?(?:better off|happier|better) (?:with|raised by) (?:a |another |someone |somebody |"
    r"a different |a proper |a better |my )(?:\w+ )?(?:mum|mom|mother|dad|father|parent|sister|"
    r"brother|auntie|aunt|nan|gran)\b(?! (?:for (?:the|a) (?:day|night|weekend|week)|tonight|"
    r"today|tomorrow|this)\b)(?!.*\b(?:maths?|homework|football|driving|cooking|lessons?|"
    r"school run|costume)\b)",
    # a sentence that cannot be served
    *_either(
        r"\bcan not do (?:another |any more |\w+ more )?(?:\d+ )?(?:more )?(?:years?|months?)\b"
        r"(?: \S+){0,4}? (?:i will not|i won t|not doing it|not gonna|i refuse)\b",
        r"(?:parole|sentence|remand|inside|jail|prison|wing|cell|banged up|recall|bird|knocked "
        r"back)",
    ),
    # a cell's fixture looked at
    r"\b(?:think|thinking|thought) about (?:the )?(?:window bars|bars on the window|light "
    r"fitting|door hinges?|top bunk|shower rail|curtain rail)\b(?: \S+){0,2}? (?:a lot|all the "
    r"time|every night|too much|differently|in a different way)\b(?!.*\b(?:replac\w*|fix\w*|"
    r"repair\w*|install\w*|paint\w*|broken|loose|wobbl\w*|flicker\w*|new one|bulb)\b)",
    r"\b(?:keep looking at|keep staring at|staring at|looking at) (?:the )?(?:window bars|bars "
    r"on the window|light fitting|door hinges?|shower rail|curtain rail)\b(?: \S+){0,2}? "
    r"(?:differently|in a different way|and thinking|and wondering)\b",
    # someone who keeps the writer alive about to go
    r"\b(?:talks?|talked|talking) me (?:out of it|down) (?:every|each|most) (?:night|day|time|"
    r"week)\b(?!.*\b(?:buy\w*|quit\w*|job|tattoo|car|bike|motorbike|shopping|takeaway|order\w*|"
    r"dessert|cake|drink\w*|pub|gambl\w*|bet\w*|smok\w*|vap\w*)\b)",
    # a supply found and to be started again, or one kept hidden
    r"\b(?:found|took|confiscated|binned|took away|emptied|flushed) my (?:stash of |stockpile of |"
    r"hoard of |supply of )?(?:pills|tablets|meds|painkillers|paracetamol)\b(?: \S+){0,6}? "
    r"(?:start (?:again|over|saving)|save (?:them |more )?up again|begin again|get more|build it "
    r"up again)\b",
    *_either(
        r"\b(?:does not|doesn t|do not|don t) know about (?:the|my) (?:other|second|secret|hidden|"
        r"spare|real) (?:stash|supply|stockpile|bottle|box|pills|ones)\b(?!.*\b(?:chocolate|"
        r"sweets|snacks|candy|cash|money|biscuits|wine|presents?|gifts?)\b)",
        r"(?:pills|tablets|meds|painkillers|paracetamol|sleeping pills)",
    ),
    r"\b(?:think|thinking|thought) about (?:the|my|all the|those|all my) (?:pills|tablets|meds|"
    r"paracetamol|painkillers|sleeping pills)\b(?: (?:in|on) the \w+)?(?: \S+){0,2}? (?:every "
    r"time|every night|all the time|a lot|constantly)\b(?!.*\b(?:forget|forgot|remember to|dose|"
    r"refill|reminder|prescription|side effects?|pharmacy|expired|price|cost)\b)",
    # waking up regretted
    r"\b(?:i )?(?:wish|wished) i (?:had not|hadn t|did not|didn t|never|had never) (?:woken|woke|"
    r"wake) up\b(?! (?:to|for|so|this early|early|late|at)\b)(?!.*\b(?:joke|joking|lol|haha|"
    r"hangover|alarm|monday|party|lie ?in|news|exam|meeting|interview|rain|snow)\b)",
    r"\b(?:woke|woken|wake|waking) up (?:disappointed|annoyed|angry|gutted|sad) (?:again|that i|"
    r"i am still|i m still|to still be|to be alive|i did)\b|\b(?:disappointed|annoyed|gutted) "
    r"(?:to (?:have )?(?:woken|wake) up|i woke up|that i woke up)\b(?!.*\b(?:dream\w*|lottery|snow|"
    r"rain|weather|result|score|alarm|late|early|lol|haha)\b)",
    # a course outlived
    r"\bif i (?:am |m )?(?:not (?:going to|gonna)|will not|won t) (?:see|make it to|get to|be "
    r"around for|be here for) (?:lesson|module|week|part|unit) \d+\b(?!.*\b(?:this week|today|"
    r"tonight|tomorrow|catch up|on time|in time|live|busy|holiday|away|work|shift|trip)\b)",
    # the water from a height
    r"\b(?:sea|ocean|water|river|waves) (?:looked|looks|look) (?:so |really |very )?(?:\w+ and )?"
    r"(?:peaceful|inviting|calm|welcoming|soft|calling|tempting) from (?:the )?(?:cliff|bridge|"
    r"edge|top|ledge|roof|balcony|rocks|lookout)\b(?!.*\b(?:photo\w*|walk\w*|hik\w*|sunset|holiday|"
    r"camera|picnic|view|trip|kids|dog|painting|swim\w*|surf\w*)\b)",
    # the children kissed as if for the last time
    r"\b(?:kissed|hugged|held|tucked in) (?:them|the kids|the children|the baby|her|him|my \w+) "
    r"(?:extra|a bit|really|so) (?:long|tight|hard)\b(?=.*\b(?:will not understand|won t "
    r"understand|last time|one last|goodbye|forgive me|never know)\b)",
    # a supply bought around the limit on packs
    # ...of a medicine, not nappies or wine for a wedding
    r"\bbought (?!.*\b(?:nappies|nappy|diapers|formula|wipes|wine|beer|prosecco|flour|eggs|"
    r"toilet (?:roll|paper)|loo roll|pasta|milk|baby food|cat food|dog food|water)\b)"
    r"(?:\d+|several|a few|multiple|loads of|lots of) (?:boxes|packs|packets|bottles) "
    r"(?:of (?:\w+ )?)?(?:\w+ )?from (?:(?:two|three|four|several|a few|\d+) )?(?:different |"
    r"separate |multiple )?(?:shops|"
    r"chemists|pharmacies|stores|places|supermarkets)\b(?!.*\b(?:flu|cold|covid|fever|family|"
    r"kids|children|shortage|stock up|stocking up|travel\w*|first aid)\b)",
    r"\bhose (?:\S+ ){0,2}?(?:fits|fitted|goes on|attached to|reaches) (?:the |my )?(?:car s )?"
    r"exhaust\b(?!.*\b(?:vacuum|pool|leak|mechanic|mot|garage sale|dryer|washing)\b)",
    # life told as worth nothing, in a learner's words
    r"\bmy life (?:is|s|has) (?:no more|not more|no longer|nothing|not) (?:worth|value|of worth)\b"
    r"(?! (?:much|a lot|more than|less|it|the|a|\w+ing)\b)",
    r"\b(?:is|it s|its|it is|would be|will be) better (?:for (?:everyone|everybody|all|them|my "
    r"family) )?if i (?:am not|m not|was not|wasn t|were not|not|no more|am no more) (?:here|"
    r"around|alive|existing|exist)\b(?! (?:when|while|for|during|at|on|tomorrow|today|tonight|"
    r"this|next|until|till|before|after)\b)",
    r"\b(?:everyone|everybody|they|people|my family|the world|my kids) (?:would|d|will) be "
    r"(?:happier|better|better off|relieved|fine) if i (?:went|left|was gone|were gone|"
    r"disappeared|was not here|wasn t here|died|did not exist|didn t exist|was dead)\b(?! (?:to|"
    r"out|home|with|on|for|back|away for|abroad|travell\w*)\b)",
    # things given away behind a cover story
    r"\b(?:giving|gave|given) (?:away )?(?:my|the|all my) \w+(?: \S+){0,10}? (?:ask|asks|asked|"
    r"asking) (?:me )?why\b(?: \S+){0,3}? (?:i )?(?:just )?(?:say|said|tell them|told them|"
    r"pretend) (?:that )?(?:i m|im|i am) (?:just )?(?:decluttering|moving|clearing out|having a "
    r"clear out|going minimalist|downsizing)\b",
    # the family provided for by a policy, with a gun or a rope at hand
    *_either(
        r"\b(?:insurance|life cover|payout|policy)\b(?: \S+){0,6}? (?:family|wife|kids|they|missus|"
        r"husband|the kids) (?:will|ll|would|d) be (?:alright|all right|ok|okay|fine|looked after|"
        r"set|provided for)\b(?!.*\b(?:hunting|season|range|gun club|licen[cs]e|permit)\b)",
        r"(?:shotgun|gun|rifle|rope|pills|noose|hose)s?",
    ),
    # others' suicides understood now; caring stopped whether one wakes
    r"\b(?:suicide|took (?:his|her|their) own lives?|killed (?:himself|herself|themselves)|"
    r"hanged (?:himself|herself|themselves))\b(?: \S+){0,8}? i (?:get it|understand (?:it|why|"
    r"them|him|her)) now\b",
    r"\b(?:stopped|stop|stopping) caring (?:if|whether) i (?:wake up|live|die|make it|survive)\b",
    # a rejection taken as a verdict on living
    *_either(
        r"\bmaybe (?:they re|theyre|they are|he s|hes|she s|shes|he is|she is) right\b",
        r"(?:(?:i m|im|i am|i was) dead to (?:them|him|her|everyone|us)|rather have a dead)",
    ),
    *_either(
        r"\b(?:give|giving) (?:him|her|them) what (?:he|she|they) (?:want|wants|wanted)\b",
        r"(?:(?:i m|im|i am|i was) dead to (?:them|him|her|everyone|us)|rather have a dead|"
        r"wish(?:es|ed)? i (?:was|were) dead|wish(?:es|ed)? i had never been born)",
    ),
    # a means checked on like a comfort
    *_either(
        r"\b(?:check on|checking on|count|counting|counted|look at|looking at) (?:them|the pills|"
        r"my pills|the stash|my stash|it) (?:\S+ ){0,2}?every (?:night|day|morning)\b(?!.*\b(?:"
        r"make sure|took them|taken them|dose|organiser|organizer|dosette|pharmacy|refill|expir\w*|"
        r"pet|dog|cat|plants?|garden)\b)",
        r"(?:pills|tablets|stash|rope|blades?|noose)",
    ),
    # a silence excused in advance; a plan rehearsed nightly
    r"\bif i (?:stop|stopped|ever stop) (?:replying|answering|posting|messaging|showing up|"
    r"logging on|coming online)\b(?: \S+){0,3}? (?:it s|its|it is|it was|it will|it ll)(?: not| "
    r"never| be not)? (?:be )?(?:not )?(?:your|anyone s|anybody s|their) fault\b",
    r"\b(?:every night|at night|each night|again|most nights) i (?:plan|planned|rehearse|"
    r"rehearsed|go over|went over|run through) it (?:out |all |all out )?(?:in my head|in detail|"
    r"step by step)\b(?!.*\b(?:speech|wedding|garden|trip|route|presentation|interview|essay|"
    r"layout|party|menu|budget|exam|game|match|lesson)\b)",
    # leaving told as logging off, the void answered, staying under
    r"\b(?:log|logged|logging) off (?:permanently|forever|for ever)\b(?!.*\b(?:account|app|apps|"
    r"socials?|instagram|tiktok|twitter|facebook|discord|game|gg|season|match|stream|server|work|"
    r"office|slack|teams|email|reddit|this site|the internet|news|tonight)\b)",
    r"\bthe void (?:is |keeps |kept )?(?:call|calls|calling)\b(?: \S+){0,6}? (?:tempted|answer|"
    r"ready|gonna|going to|want to)\b",
    r"\b(?:think|thinking|thought) about (?:not coming (?:back )?up|staying under|not surfacing)\b"
    r"(?! (?:to|for|here|north|south|the|again)\b)",
    # eyes shut at the wheel, to see
    r"\b(?:drove|driving|drive|cycled|cycling|crossed|crossing)\b(?: \S+){0,6}? (?:with )?my eyes "
    r"(?:shut|closed)\b(?: \S+){0,4}? (?:to see what (?:would|will|d) happen|on purpose|just to "
    r"see)\b",
    # a means kept close, "not for protection"
    r"\b(?:knife|blade|razor|gun|pistol|pills|rope)\b(?: \S+){0,4}? under my (?:pillow|mattress|"
    r"bed)\b(?: \S+){0,2}? not (?:for|because of) (?:protection|safety|self defen[cs]e|defen[cs]e|"
    r"burglars|intruders)\b",
    # a will or a decision with a strange calm
    r"\b(?:wrote|written|writing|signed|did|made|finished) (?:out )?my (?:will|note|letters)\b"
    r"(?=.*\b(?:how calm i am|weirdly calm|strangely calm|oddly calm|so calm now|at peace now)\b)"
    r"(?!.*\b(?:provided for|looked after|taken care of|solicitor|lawyer|notary|mortgage)\b)",
    r"\b(?:agreed|decided|settled)\b(?: \S+){0,3}? (?:we re|we are|i m|im|i am) done after\b"
    r"(?=.*\b(?:weirdly|strangely|oddly|so|very|really) (?:calm|peaceful|at peace)\b)",
)

# Told of a move, a job left or a trip, the world after is only a leaving do.
AFTER = _compile(
    # the world after, imagined
    r"\b(?:they|everyone|everybody|people|he|she|you all|my \w+)(?: would| d| will| ll) (?:\w+ )?"
    r"(?:grieve|cry|be sad|miss me|mourn|be upset)(?: \S+){0,4}? (?:and|then|but)(?: then)?"
    r"(?: (?:they|he|she|everyone|we|you) (?:would|will|d|ll))? "
    r"(?:move on|get over it|forget (?:me|about me)|be fine|be better)\b",
    # the course pointless with the writer gone
    r"\b(?:point|pointless|why bother|no use)\b(?: \S+){0,12}? (?:not (?:gonna|going to) be|"
    r"will not be|won t be|wont be) (?:here|around) (?:to|for|anyway)\b",
)


# The course finished, the next cohort wished more time: a graduate's goodbye, not a farewell.
_FINISHED = needles.compile(
    r"\b(?:finished|completed|graduat\w*|certificate|passed|all done|wrapped up|last (?:lesson|"
    r"module|session)|next (?:course|module)|see you (?:all )?(?:on|at|in|next|soon))\b"
)
# Someone else taken off a watch: a nurse's or an officer's worry about a patient or a prisoner
_WATCH = needles.compile(
    r"\b(?:(?:took|taken|take|came|come|got|put) (?:me )?off|(?:removed|taken|took) me (?:off|"
    r"from)) (?:my |the )?(?:acct|suicide watch|obs|observations|constant obs|constant watch|watch|"
    r"close watch|one to one|1 1)\b"
)
_I = needles.compile(r"\b(?:i|me|im|ive|i m|i ve|myself)\b")


def watch_theirs(plain: str) -> bool:
    """Someone named, not the writer, taken off a watch ("Bed 4 came off obs too early")."""
    found = _WATCH.search(plain)
    if found is None or " me " in found.group() or not CHECK.search(plain):
        return False
    before = plain[: found.start()]
    return bool(before.strip()) and _I.search(before) is None


def check(plain: str) -> bool:
    """Whether the normalised message tells a life without the writer, as above."""
    found = CHECK.search(plain)
    if found is not None:
        if found.group().startswith("hope") and _FINISHED.search(plain):
            return False  # "Finished the course! Hope the next cohort has more time. Bye all!"
        return not watch_theirs(plain)
    return AFTER.search(plain) is not None and _AWAY.search(plain) is None
