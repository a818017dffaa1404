"""Method and overdose told by people who handle the means at work, and a method asked by whether
it fails: the full reply.

Nurses, doctors, vets and pharmacists have the means at hand and the words of their trade for
them. Their method questions and their overdoses name a drug and a dose, not a death:

- ``_SUREST``: a method asked by how sure it is ("what's the surest method, I just want the one
  that doesn't fail", "the most reliable painless exit for a person"), beside a word that it is
  for a person or that it must not fail; pills or a mix asked by which is surest or deadliest,
  whoever it is said to be for ("my friend asks what pills mixed with alcohol is surest"), or the
  surest mix or the sure way with pills named first (``_SUREST_MIX``);
- ``_IF_NOT_FOUND``: whether a drug is enough if nobody finds you ("is propofol alone enough if
  nobody finds you for a few hours");
- ``_CHARACTER``: a painless or quiet means asked for a character who wants to go quietly or to
  die ("for a story: a nurse wants to go quietly. what would she realistically use that's
  painless?");
- ``_AS_FOR_PETS``: an animal's euthanasia drug asked of for a person ("is pentobarbital
  peaceful for a person too?"); the dog's own is the vet's question and stays quiet;
- ``_FOUND_AFTER``: a drug asked of whether a post mortem would find it ("does insulin show up on
  a post mortem? asking for a... never mind", "can a coroner tell if someone used potassium"),
  unless it is a patient's, a murder's or a case in a lecture, a show or a book (``_CASE``);
- ``_UNITS``: a hundred units or more of insulin pushed into oneself, the body answering;
- ``_INJECTED``: a drug from work, or the rest of a vial, injected into oneself, the body
  answering ("injected myself with some of the ketamine mix from the practice, hands going numb",
  "pushed what was left in the midaz vial into my own cannula. can't keep my eyes open", a drug
  drawn up from the cupboard "and shot it"); home IV antibiotics or a saline flush stay quiet;
- ``_WEEKLY_DAILY``: a weekly medicine taken daily by mistake, the body answering
  (methotrexate's toxicity: mouth ulcers, feeling awful): a poisoning, for which the full reply
  carries the emergency number.

Lookalikes stay quiet: the surest way to get rid of ants or to the airport, the most reliable
method of contraception or to get a baby to sleep, a bag of sand enough if nobody finds the
leak, a character's painless blood test, a diabetic's usual units and a low told as a hypo, a
needlestick with a drawn-up drug, animals put to sleep at work, the controlled drugs counted at
the end of a shift, a weekly medicine checked with the pharmacist. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_BODY = (
    r"(?:sweat\w*|shak\w*|numb|dizzy|drowsy|sleepy|vomit\w*|throwing up|feel (?:awful|terrible|"
    r"sick|strange|weird|rough|ill|like i am (?:dying|passing out|going))|can not (?:see|feel|"
    r"breathe|stand|move|keep my eyes open|focus)|vision (?:is )?(?:going|blurr\w*)|blurr\w*|"
    r"mouth ulcers|ulcers|bleeding gums|bruis\w*|heart (?:is )?(?:racing|pounding|slow\w*)|"
    r"passing out|going dark|room (?:is )?spinning|slurr\w*)"
)

# A person named with no task, place or aid after them ("for a person to check their blood
# pressure", "for a person in a wheelchair" are errands).
_NOTHING_AFTER = r"(?! (?:to|in|with|who|using|on|at|during|from|of|and)\b)"

# A way to do a task ("the most reliable method to get a baby to sleep"): an errand, not an end.
_TASK = (
    r"(?! (?:to|of|for) (?:get|getting|make|making|keep|keeping|stop|stopping|help|helping|"
    r"clean|cleaning|remove|removing|lose|losing|learn|learning|teach|teaching|settle|settling|"
    r"train|training|grow|growing|fix|fixing|save|saving|find|finding|pass|passing|calm|"
    r"calming|soothe|soothing|feed|feeding|wake|waking|put|putting)\b)"
)

# Sure, reliable, foolproof: said of a method, an exit or a combination, not of a job named after.
_SUREST = _compile(
    r"\b(?:surest|most reliable|most certain|most foolproof|foolproof|fail ?safe|fail proof|"
    r"guaranteed) (?:\w+ ){0,2}?(?:method|methods|way|exit|means|option|combo|"
    r"combination)\b" + _TASK + r"(?= (?:for (?:a |an )?(?:person|human|adult|grown \w+|someone)\b"
    + _NOTHING_AFTER
    + r"|(?:\w+ ){0,14}?(?:does not|do not|will not|would not|never|can not) fail\b"
    r"(?! (?:on|at|in|the|during|to|when|if|with|for|a|an|my|our|its)\b)))",
    r"\b(?:painless|peaceful|quiet|clean|reliable) exit for (?:a |an )?(?:person|human|adult|"
    r"grown \w+|someone|me|myself)\b" + _NOTHING_AFTER,
)

# Pills or a mix asked by which is surest, for whoever it is said to be ("my friend asks what
# pills mixed with alcohol is surest"): sure of nothing but an end; a job after it is an errand.
_SUREST_MIX = _compile(
    r"\b(?:what|which)\b(?: \S+){0,4}? (?:pills?|tablets|meds|medication|medicines?|drugs?|"
    r"combo|combination|mix|mixture|cocktail)\b(?: \S+){0,5}? (?:is|are|would be|will be|s|"
    r"work|works|act|acts)"
    r"(?: the)? (?:surest|most sure|most certain|most guaranteed|deadliest|most deadly|most "
    r"lethal)\b(?! (?:to|for|against|at|in|on) (?!die|death|not wake|never wake|end)\w)",
    # ...or a sure way with pills: "what's the sure way with pills, for my friend"
    r"\b(?:sure|surest|certain|most certain|foolproof|guaranteed) (?:way|method)\b (?:with|using|"
    r"by|of) (?:the |my |her |his |some )?(?:pills|tablets|meds|medication|insulin|drugs|sleeping "
    r"\w+|painkillers)\b(?! (?:is|are) to\b| to \w| for (?!a friend|my friend|someone)\w)",
    # ...or the surest mix named first: "what is the surest mix of pills and alcohol"
    r"\b(?:surest|most certain|most sure|most guaranteed|deadliest|most deadly|most lethal) "
    r"(?:\w+ ){0,2}?(?:mix|mixture|combo|combination|cocktail)\b(?: \S+){0,4}? (?:pills?|"
    r"tablets|meds|medication|drugs|sleeping \w+|painkillers|alcohol|vodka|booze|wine|whisky)\b",
)

_IF_NOT_FOUND = _compile(
    r"\b(?:is|are|would|will|be) (?:\w+ ){1,5}?(?:alone |on its own |by itself |on their own )?"
    r"enough (?:\w+ ){0,3}?if (?:nobody|no one|noone|no body) (?:finds|found|find|comes|checks|"
    r"sees) (?:on )?(?:you|me|them|her|him|a person|someone)\b(?! (?:a|an|the|some|any)\b)"
    r"(?=(?: \S+){0,2}? (?:for|till|until|before|in time|overnight)\b|.*\b(?:alone|on its own|"
    r"by itself)\b)"
)

# A character who wants to go quietly or to die, and what they would use that is painless.
_CHARACTER = _compile(
    r"\b(?:wants|want|wanted|plans|planning|decides|decided|needs) to (?:go quietly|slip away|"
    r"die\b(?! (?:her|his|their|my|the) (?:hair|fringe|roots|beard|clothes|shirt|jeans))|end "
    r"(?:it|her life|his life|their life|things)|kill (?:herself|himself|themselves)|"
    r"not wake up)\b(?: \S+){0,16}? what (?:would|could|should|might|will|can) (?:she|he|they|"
    r"the character|my character|someone|a person) (?:\w+ ){0,2}?(?:use|take|inject|reach "
    r"for|give (?:herself|himself|themselves))\b(?: \S+){0,5}? (?:painless|quick|quiet|"
    r"peaceful|reliable|sure|undetectable)\b"
)

# An animal's euthanasia drug asked of for a person: "is pentobarbital peaceful for a person too?"
_AS_FOR_PETS = _compile(
    r"\b(?:pentobarb\w*|euthatal|dolethal|somulose|nembutal|euthanasia (?:drug|solution|"
    r"injection)|the green (?:stuff|juice|dream))\b(?: \S+){0,4}? (?:peaceful|painless|humane|"
    r"gentle|quick|calm|kind|the same|work|as peaceful|as painless) (?:\w+ ){0,2}?"
    r"(?:for|on|in) (?:a |an )?(?:person|people|human|humans|adult|adults|me|someone|us)\b"
    # ...or asked by what vets use, and whether it would work on the writer
    r"|\bwhat (?:do|does|would) (?:vets?|the vet) (?:use|give|inject) (?:\w+ ){0,4}?(?:put "
    r"(?:\w+ )?(?:down|to sleep)|euthan\w*)\b(?: \S+){0,4}? (?:would|could|will|does|can) it "
    r"(?:work|be painless|be peaceful|be quick) (?:on|for) (?:me|a person|humans|people|a human|"
    r"someone)\b"
)
# A drug asked of whether a post mortem would find it: "does insulin show up on a post mortem?"
_FOUND_AFTER = _compile(
    r"\b(?:show|shows|showing|turn|come) up (?:on|in|at) (?:a |an |the )?(?:post mortem|"
    r"postmortem|autopsy|pm|tox screen after death|coroner s report|inquest)\b"
    r"|\b(?:detectable|traceable|detected|traced|found|picked up) (?:\w+ )?(?:on|in|at|by) "
    r"(?:a |an |the )?(?:post mortem|postmortem|autopsy|coroner)\b"
    r"|\b(?:coroner|pathologist|autopsy|post mortem|postmortem) (?:\w+ )?(?:tell|detect|know|find "
    r"out|see|show) (?:if|whether) (?:someone|somebody|a person|i|you) (?:had |has )?(?:used|took|"
    r"taken|injected|had)\b"
    r"|\b(?:find|spot|detect|see) (?:\w+ )?(?:in|on|at) (?:a |an |the )?(?:post mortem|postmortem|"
    r"autopsy)\b"
    r"|\b(?:undetectable|untraceable) (?:on|in|at|by) (?:a |an |the )?(?:post mortem|postmortem|"
    r"autopsy|coroner)\b"
)
# ...a case told as a case: a patient, a murder, a course, a show, a pet
_CASE = _compile(
    r"\b(?:patient|murder\w*|killer|victim|forensic\w*|pathology|lecture|exam|module|course|"
    r"documentary|podcast|true crime|novel|book|film|episode|show(?! up)|case|dog|cat|horse)\b"
    r"(?!.*\b(?:asking for a|for me|myself|never mind|nevermind)\b)"
)

_UNITS = _compile(
    r"\b(?:pushed|injected|shot|put|gave myself|did|took) (?:about |like |around |over )?"
    r"(?:[1-9]\d\d+|a hundred|two hundred|three hundred) units\b(?: \S+){0,10}? "
    r"(?:into|in) my (?:thigh|arm|stomach|belly|tummy|leg|abdomen|side|bum)\b"
    r"(?=.*\b" + _BODY + r")"
)

# A drug from work, or the rest of one, injected into oneself; never a needlestick or an accident.
_INJECTED = _compile(
    r"\b(?:injected|pushed|shot|gave) myself (?:with )?(?:\S+ ){0,6}?(?:from (?:the |our |my |"
    r"work|a )?(?:practice|clinic|ward|theatre|theater|work|surgery|unit|hospital|pharmacy|"
    r"drug cupboard|cupboard|safe|cd cupboard)\b)"
    r"(?=.*\b" + _BODY + r")"
    # a drug taken from work's store and then shot: "drew up the leftover fent from the cd
    # cupboard and shot it, everything going dark"
    r"|\b(?:drew up|took|nicked|pocketed|swiped|kept) (?:\S+ ){0,6}?from (?:the |our |my |a )?"
    r"(?:practice|clinic|ward|theatre|theater|work|surgery|unit|hospital|pharmacy|drug cupboard|"
    r"cupboard|safe|cd cupboard)\b(?: \S+){0,3}? (?:and )?(?:then )?(?:shot|injected|pushed) "
    r"(?:it|them|the lot|the rest)\b"
    r"(?=.*\b" + _BODY + r")"
    # the rest of a vial pushed into one's own line: "pushed what was left in the midaz vial into
    # my own cannula. can't keep my eyes open"
    r"|\b(?:pushed|injected|shot|put|ran|flushed) (?:what was left|the rest|all|the whole|"
    r"whatever was left|the last) (?:\S+ ){0,6}?(?:into|in|through) my (?:own )?(?:cannula|"
    r"venflon|line|iv|picc|port|vein|veins|arm)\b"
    r"(?=.*\b" + _BODY + r")"
)
# ...a course, a jab or a side effect asked about: a treatment, not an overdose
_TREATED = _compile(
    r"\b(?:course|jab|vaccin\w*|b12|flu|booster|prescri\w*|as usual|like usual|normal|side "
    r"effects?|antibiotic\w*|saline|flush|infusion nurse|home iv|my (?:gp|doctor|nurse|endo|"
    r"consultant) knows)\b"
)
_NOT_ON_PURPOSE = _compile(
    r"\b(?:needle ?stick|sharps injury|by accident|accidentally|by mistake|slipped|jabbed myself|"
    r"stuck myself|scratched myself)\b"
)

_WEEKLY_DAILY = _compile(
    r"\b(?:taking|took|taken|had|been having) (?:my |the |our )?(?:\w+ )?(?:daily|every day|each "
    r"day|every morning|every night) instead of (?:weekly|once a week|every week|each week)\b"
    r"(?=.*\b" + _BODY + r")"
)


def method(plain: str) -> bool:
    """A method asked by its sureness, by whether it is enough unfound, or for a character."""
    if any(p.search(plain) for p in (_SUREST, _SUREST_MIX, _IF_NOT_FOUND, _CHARACTER)):
        return True
    return _FOUND_AFTER.search(plain) is not None and _CASE.search(plain) is None


def overdose(plain: str) -> bool:
    """Insulin or a work drug injected into oneself, or a weekly medicine taken daily."""
    if _UNITS.search(plain) or _WEEKLY_DAILY.search(plain):
        return True
    if _INJECTED.search(plain) is None or _TREATED.search(plain) is not None:
        return False
    return _NOT_ON_PURPOSE.search(plain) is None


def as_for_pets(plain: str) -> bool:
    """An animal's euthanasia drug asked of for a person: the pets beside it are what it is
    compared with, so a pet named does not excuse it."""
    return _AS_FOR_PETS.search(plain) is not None
