"""Method questions asked about how other people do it: always the full crisis reply.

A method question need not name the writer. It is asked of people in general ("how do inmates
hang themselves"), of a character ("the most reliable way she could do it without the baby
finding her") or of a place built to prevent it ("how do people manage it in a cell with no
ligature points"). Whoever it is said to be for, the answer would be a method, so the bot gives
the full reply and never a fact. The other method rules ask for "a way to", "how much" or "how
many"; these read three shapes they lack:

- ``_HOW_THEY``: how people, someone or a character kill, hang, drown, poison or gas
  themselves. Lookalikes name what they are about instead: a shave or a kitchen ("cut
  themselves shaving"), an accident, prevention, a laugh, or a reason ("why do people...").
- ``_WAY_THEY``: the surest, quickest, easiest or most painless way someone could do it, end it
  or go, with a word that it is death or secrecy beside it (not being found, not hurting, not
  waking). Lookalikes: a trip, a task, an exam, a recipe ("the quickest way she could get to
  the airport").
- ``_WHAT_IF``: what happens if someone takes a whole box, a bottle or all of a medicine: an
  overdose asked as its outcome. A pet, a course of antibiotics, sweets or a missed dose are
  the lookalikes.
- ``_HOW_DID``: how he or she did it, of someone who killed himself ("the guy on the news who
  hanged himself in his cell"): another's method asked after.
- ``_IT_TAKES``: how much of someone's medicine "it'd take", with what for left unsaid (a
  supply that lasts, a dose that works or helps sleep is the lookalike).
- ``_NO_LIGATURE``: a question that names ligature points, a safety cell or "nothing to tie
  it to" and asks how it is done. Staff talk is the lookalike: an audit, a risk assessment,
  removing or fitting them, training, a policy.

Read on normalised text (``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_WHO = (
    r"(?:people|someone|somebody|anyone|a person|one|you|u|they|inmates|prisoners|patients|"
    r"women|men|mums|moms|mothers|dads|fathers|kids|teens|students|soldiers|vets|veterans|she|he|"
    r"the character|a character|my character|the (?:mother|mum|mom|father|dad|girl|boy|woman|"
    r"man|hero|heroine|protagonist|victim|prisoner|inmate|patient))"
)
_REFLEXIVE = r"(?:themselves|themself|herself|himself|yourself|oneself)"
_ACT = (
    r"(?:kill|killed|hang|hanged|hung|drown|drowned|poison|poisoned|gas|gassed|shoot|shot|"
    r"suffocate|suffocated|strangle|strangled|overdose|od|electrocute|starve|off|unalive|end)"
)
# "how do inmates hang themselves", "how would someone kill herself in a cell"
_HOW_THEY = needles.compile(
    r"\bhow (?:do|does|did|would|could|can|might|are|is|will|to)(?: \w+)?? " + _WHO + r" "
    r"(?:\w+ ){0,2}?(?:actually |even |still |usually |normally |manage to |go about )?"
    + _ACT
    + r" "
    + _REFLEXIVE
    + r"\b"
)
# ...that is about something else: a shave, a kitchen, an accident, prevention, a laugh
_HOW_THEY_NOT = needles.compile(
    r"\b(?:shav\w*|razor burn|kitchen|cooking|chopping|by accident|accidental\w*|prevent\w*|"
    r"stop (?:them|him|her|people|someone|patients|inmates)|keep (?:them|him|her|people|"
    r"patients|inmates) safe|warning signs?|signs|laugh\w*|at work|in the gym|lifting|"
    r"with (?:work|debt|stress)|in a game|in game|minecraft|sims|"
    # an accident in the home or the woods asked to prevent it: child-proofing, foraging
    r"checklist|child ?proof\w*|baby ?proof\w*|toddler ?proof\w*|safety gates?|new house|"
    r"forag\w*|wild mushrooms?|mushrooms?|berries|toadstools?|"
    # "shot himself in the foot": an idiom
    r"in the foot|own goal)\b"
)
# the surest way someone could do it: a way with a subject, where the other rules want "to"
_WAY_THEY = needles.compile(
    r"\b(?:most reliable|reliable|surest|sure|safest|quickest|fastest|easiest|least painful|"
    r"most painless|painless|most certain|cleanest|best|simplest|most peaceful|peaceful) "
    r"(?:way|method|means|option) (?:that |in which |for )?" + _WHO + r" (?:could|would|can|"
    r"might|should|will|is able to) (?:actually |really |finally |just )?(?:do it|do this|do "
    r"that|end it|end things|end (?:it|her life|his life|their life|everything)|go|get it done|"
    r"go through with it|not wake up|die|be gone|" + _ACT + r" " + _REFLEXIVE + r")\b"
)
# ...with a word that it is a death, or one kept secret: not found, not hurting, not waking
_WAY_THEY_DEATH = needles.compile(
    r"\b(?:without (?:\w+ ){0,4}?(?:finding|seeing|noticing|knowing|stopping|interrupting|"
    r"hurting|pain|suffering|it hurting)|(?:so|before|and) (?:that )?(?:no one|nobody|noone|"
    r"the \w+|her \w+|his \w+) (?:finds|find|sees|notices|knows|stops|can stop)|found|"
    r"not wake|never wake|die|dies|dying|death|dead|suicid\w*|kill\w*|overdose|pills|rope|"
    r"bridge|jump|hang\w*|painless\w*|hurt\w*)\b"
)
# ...a trip, a task, a recipe or a caper: "the quickest way she could get there"
_WAY_THEY_NOT = needles.compile(
    r"\b(?:airport|flight|bus|drive|route|commute|traffic|exam|test|essay|"
    r"homework|project|deadline|recipe|bake|cook|clean|fix|repair|install|back ?up|save|"
    r"learn|study|revise|pay|money|loan|debt|job|interview|promotion|weight|diet|run|race|"
    r"marathon|swim|lose|sleep train\w*|breastfe\w*|feed\w*|wean\w*|lock|locks|bribe\w*|"
    r"escape\w*|steal\w*|rob\w*|heist|break (?:in|out)|sneak\w*|smuggl\w*|hack\w*|surprise|"
    r"propos\w*|party)\b"
)
# how people manage it where there is nothing to hang from
_NO_LIGATURE = needles.compile(
    r"\b(?:no|without|anti|zero|removed (?:all )?(?:the )?)(?: \w+)?? ?ligature|"
    r"\bligature (?:points?|free|proof|resistant)\b|\bsafe(?:ty)? (?:cell|room|gown|smock)\b|"
    r"\bnothing (?:to (?:tie|hang|attach) (?:\w+ )?(?:to|from|on)|(?:high )?enough to "
    r"hang (?:from|on))\b"
)
_HOW_MANAGE = needles.compile(
    r"\b(?:how|what|where|which|is it possible|can you still|could you still|would it still|"
    r"is there (?:still )?a way)\b(?: \S+){0,8}? (?:manage|managed|do|did|does|get|pull|use|"
    r"find|still|hang\w*|kill\w*|tie)\b"
)
# ...told as staff talk: an audit, a risk assessment, a policy, fitting or removing them
_LIGATURE_STAFF = needles.compile(
    r"\b(?:audit\w*|assess\w*|risk (?:assessment|check|review)s?|checks?|checklist|polic\w*|"
    r"training|course|module|fit|fitted|fitting|install\w*|remove|removing|replace\w*|"
    r"refurb\w*|estates|compliance|inspection|we|our|staff|my shift|on shift|handover|"
    r"cqc|hmip|governance|"
    # the equipment itself asked about: doors, hinges, rails, a supplier
    r"doors?|hinges?|rails?|handles?|fittings?|taps?|furniture|supplier|brand|product|"
    r"any good|recommend\w*|price|cost|open them|from outside)\b"
)
# "what happens if you take a whole box of co-codamol": an overdose asked as its outcome
_WHAT_IF = needles.compile(
    r"\bwhat (?:happens|would happen|will happen|happened|could happen) (?:to (?:you|me|someone) )?"
    r"if (?:you|u|i|someone|somebody|a person|one|he|she|they) (?:\w+ )?(?:take|took|takes|"
    r"taking|swallow|swallowed|swallows|ate|eat|eats|down|downed|downs|had|have|drink|drank|"
    r"drinks|necked|neck|pop|popped) (?:a |an |the |my |his |her |their )?(?:whole|full|entire|"
    r"all (?:of )?(?:the|my|his|her|their|your)?|every|\d{2,}) ?(?:\w+ ){0,2}?(?:box|boxes|"
    r"bottle|bottles|pack|packs|packet|packets|strip|strips|blister|tub|tubs|pills|tablets|"
    r"tabs|capsules|meds|medication|painkillers|sleeping pills|paracetamol|ibuprofen|aspirin|"
    r"lithium|insulin|codeine|morphine|heroin|fentanyl|oxy\w*|\w+(?:amol|pam|lam|done|pine|line|"
    r"xetine|pram|adol|azine|olol|triptyline))\b"
)
# ...of a pet, a course of antibiotics, a meal
_WHAT_IF_NOT = needles.compile(
    r"\b(?:dog|dogs|cat|cats|puppy|kitten|pet|horse|course of|chocolates?|sweets|vitamins?|"
    r"gummies|pizza|cake|biscuits|cookies|miss|missed|skip|skipped|forget|forgot)\b"
    # a box, a tub or a pack of food, gum or a soft drink
    r"|\b(?:box|boxes|bottle|bottles|pack|packs|packet|packets|tub|tubs|bag|bags|jar|tin) of "
    r"(?:\w+ )?(?:ice cream|gum|chewing gum|cereal|crisps|chips|candy|haribo|jelly|jellies|"
    r"nutella|peanut butter|cheese|bread|popcorn|mints|marshmallows|doritos|pringles|oreos|"
    r"water|coffee|energy drinks?|red bull|coke|cola|soda|juice|milk|sugar|salt|rice|pasta|"
    r"noodles|beans|grapes|fruit|raisins|nuts|peanuts|cashews|seeds|chillies|hot sauce)\b"
)
# "how did he do it? the man who hanged himself in his cell": another's method asked after
_HOW_DID = needles.compile(
    r"\bhow (?:did|do|does|would) (?:he|she|they|the \w+|your \w+|my \w+) (?:\w+ )?(?:do it|"
    r"manage it|manage to do it|go about it|pull it off)\b"
)
_DEATH_TOLD = needles.compile(
    r"\b(?:killed|hanged|hung|shot|drowned|gassed|poisoned) (?:himself|herself|themselves|"
    r"themself)\b|\btook (?:his|her|their) (?:own )?life\b|\bended (?:his|her|"
    r"their) (?:own )?life\b|\b(?:committed|died by|death by|his|her|their) suicide\b|"
    r"\bsuicided\b"
)
# ...asked of how someone coped, survived or taught: "how did she manage it, raising four kids"
_HOW_DID_NOT = needles.compile(
    r"\b(?:awareness|prevention|training|trainer|talk|course|workshop|webinar|survived|"
    r"surviving|survivor|raised|raising|coped|cope|coping|got through|get through|grief|"
    r"engagingly|so well|so calmly|so bravely|kids alone)\b"
)
# "asked me how much of his meds it'd take": the amount asked, with what for left unsaid
_IT_TAKES = needles.compile(
    r"\bhow (?:much|many) (?:of )?(?:his|her|their|my|your|the|those|these|them) (?:\w+ )?"
    r"(?:meds|pills|tablets|medication|medicine|insulin|painkillers|sleeping pills|lithium|"
    r"\w+(?:amol|pam|lam|done|pine|line|xetine|pram|adol))\b (?:(?:it|you|one|someone|a person|"
    r"he|she|they|i) (?:d|would|will|does|did|might|could)|(?:would|will|does|did|might|could) "
    r"(?:it|you|one|someone|a person)) (?:\w+ )?(?:take|need)\b(?! (?:to "
    r"(?:last|get|cover|see|work|feel|help|kick|notice|sleep)|for|until|till|before|per|each|a "
    r"day|daily|a week|every|with food|in the))"
)
# ...an amount to sedate an animal, for the vet or the farrier
_ANIMAL = needles.compile(
    r"\b(?:horses?|pony|ponies|dogs?|cats?|puppy|kitten|pets?|cows?|sheep|goats?|farrier|vet|"
    r"vets|livestock|animals?)\b"
)
_QUESTION = needles.compile(r"\?|\b(?:how|where)\b|^(?:what|which|is|can|could|would|does|do)\b")


def method(plain: str) -> bool:
    """A method question asked of how others do it, of a character, or of a place built to
    prevent it, and not one of its lookalikes."""
    if _HOW_THEY.search(plain) and not _HOW_THEY_NOT.search(plain):
        return True
    if _WAY_THEY.search(plain) and _WAY_THEY_DEATH.search(plain):
        if not _WAY_THEY_NOT.search(plain):
            return True
    if _WHAT_IF.search(plain) and not _WHAT_IF_NOT.search(plain):
        return True
    if _HOW_DID.search(plain) and _DEATH_TOLD.search(plain):
        return _HOW_DID_NOT.search(plain) is None
    if _IT_TAKES.search(plain):
        return _ANIMAL.search(plain) is None
    if _NO_LIGATURE.search(plain) and _QUESTION.search(plain):
        return _HOW_MANAGE.search(plain) is not None and not _LIGATURE_STAFF.search(plain)
    return False
