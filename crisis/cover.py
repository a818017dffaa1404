"""The writer's own crisis told by what surrounds the act rather than by the act, in the plain
English of people writing in a second language (present tense for past, articles dropped):

- forgiveness asked in advance for an act to come ("God forgive me for what i will do");
- a cover story given and then denied ("told him i'm going home early. i'm not going home");
- a goodbye said to family "for all", which they did not understand ("i call my mother and say
  goodbye for all. she don't understand why");
- the means taken away and another way found ("they take my belt and shoelace but i find other
  way");
- a way to leave without the ticket, the visa or the papers refused ("i know how to leave without
  their plane ticket");
- one's own plan, with a day, after help was refused ("no clinic takes me, so i make my own plan,
  this weekend");
- a fall timed from a window or a ledge one stands at ("count how long it takes to reach the
  ground");
- medicine collected and not taken, kept "for one night" or "just in case" ("been saving up my
  sertraline instead of taking it");
- ``CHECK`` (the check-in): no reason or point seen to go on, with the article dropped ("i dont
  see reason to continue").

Each with its lookalikes: forgiveness for what one said, a surprise party kept secret, a goodbye
before a flight, a belt taken at airport security, a trip planned for the weekend, a physics
question about falling, a prescription refilled. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_KIN = (
    r"(?:mother|mom|mum|mama|father|dad|papa|parents|family|sister|brother|wife|husband|son|"
    r"daughter|children|kids|grandmother|grandma|friends?)"
)
_MEDICINE = (
    r"(?:sleeping (?:medicine|pills|tablets)|medicines?|meds|medication|pills|tablets|"
    r"\w+(?:pam|lam|line|tine|pine|done|azine|oxetine|pram|tyline))"
)

OWN = _compile(
    # forgiveness asked for what is still to be done
    r"\b(?:god|allah|mom|mum|mother|everyone|please) (?:please )?forgive me for what i (?:will|am "
    r"going to|am about to|must|have to) do\b"
    r"(?! (?:to|with) (?:this|that|the|my|your|his|her|these|those)\b)",
    # a cover story, then denied
    r"\btold (?:him|her|them|everyone|my \w+) (?:that )?i am (?:going|flying|moving|travell?ing) "
    r"(?:\w+ ){0,8}?i am not (?:going|flying|moving|travell?ing)\b"
    # ...unless the writer goes somewhere else instead: "i go to the library"
    r"(?!(?: \w+){0,3} i (?:go|am going|will go|went|stay|am staying) (?:to )?(?:the |my |a )?"
    r"(?:library|class|work|school|university|uni|office|friends?|party|gym|shops?|shopping|"
    r"cinema|mosque|church|city|centre|center|cafe)\b)",
    # a goodbye to family "for all", not understood
    r"\b(?:call|called|phone|phoned|text|texted) my " + _KIN + r" (?:and )?(?:say|said|told "
    r"(?:her|him|them)) (?:goodbye|bye) (?:for all|for everything|for ever|forever|for always|for "
    r"the last time)\b(?! (?:the |this |of )?(?:summer|winter|holidays?|week|weekend|month|year|"
    r"semester|term|break|trip|exchange))",
    r"\b(?:say|said) (?:goodbye|bye) to my " + _KIN + r" (?:\w+ ){0,6}?(?:she|he|they) (?:do not|"
    r"did not|does not|can not) understand why\b",
    # the means taken away, another found
    r"\b(?:take|took|taken|takes) (?:away )?my (?:belt|shoelaces?|laces|razor|cord|scarf|pills|"
    r"knife|blades?)\b(?: \S+){0,4}? (?:but )?i (?:find|found|have|will find|know|got) "
    r"(?:an)?other (?:way|ways)\b(?! to (?!die|end|kill|do it|go|leave|finish)\w)",
    # leaving without the ticket or the papers that were refused
    r"\bi know (?:how|a way|another way) to (?:leave|go|get out|escape) (?:\w+ ){0,2}?without "
    r"(?:their|your|the|a|any) (?:plane |flight |bus )?(?:ticket|visa|papers|passport|"
    r"permission|deportation|flight)\b",
    # one's own plan after help was refused, with a day
    r"\b(?:no (?:clinic|doctor|hospital|one|body)|nobody|they) (?:will not |do not |wo not )?"
    r"(?:take|takes|accept|accepts|help|helps|see|sees|treat|treats|refuse|refused) me "
    r"(?:\w+ ){0,6}?(?:so|then) i (?:make|made|have|got|will make) my own plan\b",
    # a fall timed from where one stands
    r"\bi (?:stand|stood|sit|sat|am|am standing|am sitting|lean|leaned) (?:at|on|by|in) the "
    r"(?:window|edge|ledge|balcony|roof|railing)\b(?: \S+){0,10}? (?:count|counting|calculate|"
    r"calculating|think|thinking|wonder|wondering) (?:how long|how far|how many seconds) (?:it )?"
    r"(?:take|takes|would take|will take)? ?(?:to )?(?:reach|hit|get to) the (?:ground|bottom|"
    r"street|floor|water)\b",
    # medicine collected and not taken, kept for one night or just in case
    r"\b(?:collect|collected|collecting|save|saved|saving|keep|kept|keeping|hide|hid|hiding|"
    r"store|stored|storing|been saving) (?:up )?(?:all )?(?:the |my )?"
    + _MEDICINE
    + r"\b(?: \S+){0,10}? (?:instead of taking|do not take|did not take|not taking|never take)"
    r"(?: \S+){0,12}? (?:for one night|for the night|for one day|just in case|for when|for later|"
    r"for the day|worth)\b",
)

# No reason to go on, said without its article: the rules that read "a reason" miss it.
CHECK = _compile(
    r"\b(?:do not|does not|did not|can not|no longer) (?:see|find|have) (?:reason|point|sense|"
    r"meaning) (?:to|in|for) (?:continue|continuing|go on|going on|keep going|live|living|stay|"
    r"staying|wake up|be alive)\b(?! (?:this|that|my|with|studying|working|"
    r"here at|at|the (?:course|lesson|class|programme|program|studies|degree|training|project|work|"
    r"job|game|series|book|show))\b)",
    # ...or no "why" seen, the verb left bare at the end: "i dont see why to continue honestly"
    r"\b(?:do not|does not|can not|no longer) see why (?:to|i should|i would|i need to|i have to) "
    r"(?:continue|go on|keep going|keep living|live|stay alive|be alive|bother living)"
    r"(?: (?:honestly|anymore|any more|tbh|really|at all|with (?:it|life)|living))?$",
)
# Said of someone else: "my sister does not see reason to continue living".
THEIRS = _compile(r"\b(?:he|she|they|my \w+) (?:does not|did not|can not|no longer) (?:see|find)\b")
