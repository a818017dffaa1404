"""The explicit signs said in other words: a note, a will, a date, a plan, a last message.

Each gets the full crisis reply, like the other rules ``signals`` runs; they are read on the
guarded text (idioms and negations blanked, see ``crisis.vocab``). A pattern's negative
lookaheads carry the everyday uses of its words (a note on the fridge, a plan for the weekend).
Pure; nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import AWAY_FOR_A_REASON, ENDING_BESIDE, TODAY_ONLY, _compile
from crisis.vocab import SUBSTANCE as _SUBSTANCE

# A plan (and a date) for something ordinary: "a plan and a date for the product launch".
_FOR_AN_EVENT = (
    r"(?! (?:and (?:a |the )?\w+ )?for (?:the |this |my |our |next |a )?(?:\w+ )?(?:weekend|"
    r"holiday|trip|party|birthday|dinner|summer|exams?|study|studying|revision|work|lunch|"
    r"breakfast|wedding|course|lessons|meal|diet|garden|move|day off|launch|project|release|"
    r"meeting|business|event)\b)"
)

VEILED = _compile(
    r"\b(?:my|a|the) (?:suicide |goodbye |farewell )?note (?:is|on|in|"
    r"for)\b(?! (?:\w+ ){0,2}?"
    r"(?:fridge|door|counter|table|desk|dinner|lunch|groceries|shopping|calendar)\b)"
    r"(?!.*\b(?:about the|keys|cleaner|remind\w*|shopping|groceries|appointment|dinner|"
    r"parcel|delivery|plumber|babysitter)\b)",
    r"\b(?:wrote|written|left|leave|leaving) (?:a|my|"
    r"the) note\b(?! (?:\w+ ){0,3}?(?:on the "
    r"(?:fridge|door|counter|table|desk)|about (?:dinner|lunch|the|groceries|shopping)))"
    r"(?!.*\b(?:about the|keys|cleaner|remind\w*|shopping|groceries|appointment|dinner|"
    r"parcel|delivery|plumber|babysitter)\b)",
    # ...and a will made as an errand: online, on a form, in minutes, at last
    r"\bmade (?:a|my) will\b(?! (?:\S+ ){0,6}?(?:online|website|app|template|kit|form|minutes|"
    r"finally|at last|adulting|admin|free|offer|charity|quid|pounds|dollars|"
    r"last year|years ago|"
    r"responsible|lawyer|solicitor|mortgage|when (?:my|our|we|i) \w+ (?:was born|got|"
    r"bought)|bank|every adult|"
    # ...a new family's or home's paperwork: "made a will now that we bought a house"
    r"now that (?:we|i) (?:\w+ ){1,2}?(?:a |the |our |my )?(?:baby|kids?|children|house|home|"
    r"flat|land|property|mortgage)|"
    r"(?:was|were) born))",
    r"\b(?:know|written|chosen|picked|set) (?:down )?(?:when and where|the date|a date)\b"
    r"(?!.*\b(?:wedding|party|birthday|holiday|trip|meeting|exam|interview|surgery|"
    r"operation|move|reunion|graduation|launch|dinner|concert|match)\b)"
    # a birth or a procedure booked: "i've set the date: my c-section is on the 14th"
    r"(?! (?:my|our|her|the|for (?:my|our|her|the)) (?:c section|caesarean|cesarean|"
    r"induction|procedure|scan|vasectomy|extraction)(?: is| on| for| at|$)\b)",
    r"\bhaving a date\b",
    r"\b(?:will not|shall not|wo not) be (?:around|here)(?= *$| anymore| much longer|"
    r" for long| for it| by| after| when)" + TODAY_ONLY,
    r"\b(?:will not|shall not|do not plan on|not planning on) (?:be )?(?:finishing|"
    r"coming back|attending (?:\w+ ){0,3}?or any)\b",
    r"\bwill not need (?:it|them|this|these) (?:anymore|much longer|where)\b",
    r"\bwill not be (?:a problem|a burden|here|around) (?:\w+ ){0,3}?(?:after|much longer|"
    r"for long|by)\b" + TODAY_ONLY,
    r"\b(?:last|final) (?:msg|message|post|lesson|words)\b(?=.*\b(?:goodbye|bye|farewell|"
    r"thank (?:you|u) for (?:everything|trying)|ty for|sorry|forgive|trying)\b)"
    # the course's own end: "this is the last lesson? sad it's over, learned so much. goodbye"
    r"(?!.*\b(?:sad (?:that )?it is over|learn(?:ed|t) (?:so much|a lot|loads)|the course is "
    r"(?:over|done|finished))\b)",
    r"\blast msg here\b",
    r"\bone last time\b",
    r"\b(?:if i do not|when i do not) (?:show up|come back|answer|reply)\b"
    r"(?!.*\b(?:flight|plane|trip|holiday|camping|hiking|work|shift|exam|signal|wifi|offline|"
    r"busy|asleep|sleeping|battery|festival|abroad)\b)",
    r"\btell (?:my \w+|them|everyone) i am sorry\b",
    r"\b(?:better off|happier) (?:w o|without) me\b",
    r"\bnot (?:going to|gonna) stick around\b",
    r"\bmy mind is made up\b",
    r"\b(?:i have|have|got|with) (?:a plan|everything i need|what i need)\b" + _FOR_AN_EVENT,
    r"\bbought (?:what i need|\w+ from (?:three|several|different|two) )",
    r"\b(?:engine|car) (?:running|on) (?:in|inside) (?:the|my) garage\b|\bgarage with "
    r"the engine\b",
    r"\b(?:window )?ledge\b|\bnext train\b|\btop of (?:the |a )?(?:\w+ )?building\b",
    r"\bgoing to do it\b",
    # ...not medicine kept from the children or a pet: that is safe storage
    r"\b(?:hid|hidden|hiding) (?:\w+ ){0,2}?(?:razors?|blades?|pills)\b"
    r"(?! (?:\S+ ){0,3}?(?:from|away from|out of reach of|so) (?:the |my |our |his |her |their )?"
    r"(?:kids?|children|child|toddlers?|baby|babies|little ones?|grandkids|grandchildren|son|"
    r"daughter|nephew|niece|dogs?|cats?|puppy|kitten|pets?|twins)\b)",
    r"\b(?:bathtub|bath) (?:\w+ ){0,4}?(?:blade|razor|knife|door locked)\b",
    r"\bthe cut (?:is|was)\b|\b(?:until|till) (?:my \w+|they|it) (?:bleed|bleeds)\b",
    r"\b(?:sh|self harm) urges\b",
    r"\b(?:last|only) hope\b(?: \w+){0,6} (?:did not|does not|failed|not work\w*)\b",
    r"\bnothing (?:left|else) to try\b",
    r"\bmight as well (?:end it|die|give up|go)\b",
    r"\bstop trying to (?:live|stay alive|be alive)\b",
    r"\b(?:make|do|commit) the suicide\b",
    r"\bjust finish (?:it|me)\b",
    r"\bfinish what i started\b",
    r"\b(?:follow|join|be with) (?:him|her|them|my \w+) (?:now|soon|there)\b|\bwanted to "
    r"follow\b",
    r"\b(?:made|make|making) (?:my )?(?:plans|peace)\b(?: \w+){0,8} (?:time|anniversary|"
    r"same day|tired)\b",
    r"\bi think it is time\b",
    r"\b(?:exit|escape) plan\b",
    r"\bno reason (?:left )?to (?:keep going|go on|stay|live|carry on)\b",
    r"\bdo not have (?:\w+ )?(?:more )?(?:years|days|months) in me\b|\bnot sure i have "
    r"\w+ more days\b",
    r"\bwho(?:ever)? finds me\b",
    r"\bfor after\b|\bmemorial page\b",
    r"\bend everything\b|\bend it all\b",
    r"\bnot coming back\b",
    r"\b(?:i am|am) making it so\b",
    r"\bselfish to stay\b",
    r"\bwo not be here for\b|\bwill not be here for\b",
    r"\bcarrying a (?:knife|blade|razor|rope)\b",
    r"\b(?:i will|i am|then i am) done\b(?: \w+){0,3} (?:completely|for good|done)\b",
    # "i am done" alone is asked about (``bare.lone``); followed by what it means, it is told
    r"\b(?:i am done|i am completely done)\b(?= i mean)",
    r"\bthe (?:same )?plan i had\b",
    r"\bi have a plan\b" + _FOR_AN_EVENT,
    r"\bthink about logistics\b",
    r"\bthis time i (?:have )?learned\b",
    r"\bgo away from this world\b|\bleave this world\b",
    r"\bsomething will be happening\b",
    r"\bwhere the key\b(?: \w+){0,4} (?:cabinet|gun|safe)\b",
    r"\brational conclusion\b|\breached (?:that|the|this) conclusion\b",
    r"\b(?:not sure|do not think|doubt) i will (?:still )?be (?:around|here|alive)\b",
    r"\bplanning how to do it\b|\b(?:ones? to|who will|who would|whoever) find me\b",
    r"\b(?:sensible|right|only|best|logical) thing (?:is|would be|to do is) to stop\b",
    r"\bfeel (?:nothing but )?relief when i imagine my (?:own )?funeral\b",
    r"\b(?:suicide|dying|death) is looking (?:real |really )?good\b",
    r"\bsaving (?:these|them) for later\b",
    r"\b(?:god|death|the universe) (?:would |will |to )?(?:just )?(?:take|takes) me\b",
    r"\b" + _SUBSTANCE + r" (?:\w+ ){0,2}?(?:saved up|stockpiled|hoarded|put by)\b",
    r"\blooking at (?:the|my|all the|all my) " + _SUBSTANCE + r"\b"
    # a cabinet looked at to tidy it
    r"(?!.*\b(?:clear\w* out|clean\w*|tidy\w*|expired|organi[sz]\w*|restock\w*|out of date|"
    r"inventory|labels?)\b)",
    r"\bready to go\b(?= bye| now| tonight| goodbye| soon)|\bi am ready to go$",
    r"\bfinish (?:my|his|her|their) (?:own )?life\b",
    r"\b(?:wrote|posted|sent|left) (?:a |an |my )?(?:goodbye|farewell|suicide) (?:post|"
    r"message|text|note|letter|video)\b",
    r"\bstopped (?:replying|answering) after\b",
    r"\bmy last (?:week|day|night|month) on (?:earth|this earth)\b",
    r"\bfound (?:\w+ ){0,3}?(?:razor blades|bloody tissues|a suicide note|a goodbye "
    r"(?:note|letter))\b",
    r"\bwishes it had killed (?:her|him|them|me)\b|\bhelp (?:him|her|them|me) die\b",
    r"\blook after (?:the|my|our) (?:kids|children|cat|dog|family)\b(?= (?:\w+ ){0,6}?"
    r"(?:not answering|phone is off|goodbye|bye|forever))",
    r"\blast roll of the dice\b|\blast chance\b(?= (?:\w+ ){0,8}?(?:done|over|fails?)\b)",
    r"\b(?:searching|searched|googling|googled|looking up|looked up|researching) "
    r"(?:\w+ ){0,4}?(?:overdose|lethal|suicide|how to die|ways to die|painless)\b",
    r"\b(?:reads|read|looks|sounds) like a (?:suicide|goodbye) (?:note|letter)\b",
    # ...not gone on holiday or for work, unless an ending is told beside it
    r"\b(?:after|when|once) i am gone\b(?:" + AWAY_FOR_A_REASON + r"|" + ENDING_BESIDE + r")",
    r"\bgave (?:me|us) (?:her|his|their|all (?:her|his|their)) (?:jewellery|jewelry|money|"
    r"things|belongings|savings|ring|watch)\b(?! (?:for|as|on|at|to wear)\b)"
    r"(?!.*\b(?:wedding|birthday|graduation|christmas|engagement|anniversary)\b)",
    r"\bgiven (?:\w+ )?(?:his|her|their|my|all (?:his|her|their|my)) (?:money|things|"
    r"belongings|savings) (?:to|away)\b",
    r"\bend(?:ing)? the pain (?:one way or another|for good|forever|permanently)\b",
    # ...but living on a diet or in a place is an errand: "done trying to live on ramen"
    r"\b(?:i am )?done trying\b(?! to (?!live|stay alive|be alive|keep going|go on|get "
    r"better))(?! to live (?:on(?! this (?:earth|planet)| earth)|off|in(?! this world)|"
    r"with(?:out)? (?:a |my )?(?:flatmates?|roommates?|"
    r"housemates?|budget)|like a (?:student|monk|minimalist)) )",
    r"\b(?:ending it|death|dying|suicide|killing myself) is the only (?:option|way|answer|"
    r"solution|way out)\b",
    r"\bi (?:want|wish) die\b",
    r"\btaking (?:a few |some )?extra (?:of )?(?:my )?(?:\w+ ){0,2}?" + _SUBSTANCE + r"\b",
    r"\bstopped eating and drinking\b",
    r"\brehearse it\b|\brehearsing it\b",
    r"\bin the permanent sense\b|\bnot turning up to anything ever again\b",
    r"\bleft instructions\b|\bmade other arrangements\b",
    r"\bi (?:think i )?have enough now\b",
    r"\bwill not be needing (?:it|them|this|these)\b",
)
