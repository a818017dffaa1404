"""Method questions that ask for "a way" and leave unsaid what it is a way to: the full reply.

The method rules read "the quickest way to die"; young writers leave the end out and let the
way's qualities say it, often hedged ("just curious", "hypothetically", "asking for a tier
list"). Three kinds, each read with its lookalikes:

- ``_UNHURT``: the quickest, easiest or surest way "that doesn't hurt" (or "without it
  hurting"), with nothing after it but a hedge ("what's the fastest way that won't hurt. asking
  for no reason"). A way to do a named job ("the quickest way to wax that doesn't hurt", "the
  quickest way that doesn't hurt to pull a plaster off") names its errand and stays quiet;
- ``_LIKE_ACCIDENT``: a way for it, or for the writer's end, to look like an accident or natural
  causes so that the family does not blame itself or never knows ("is there a way it looks
  accidental so my dad doesn't feel guilty"). A prank, a spill for the insurance, a plot for a
  novel or a murder mystery names no self and no family's grief;
- ``_WAY_OUT_RANKED``: the least messy, cleanest or most painless "way out" asked or ranked
  (a tier list, "what wins", "rank them"), with no "of" a place, a contract or a maze after it
  ("the quickest way out of the stadium" is the lookalike);
- ``_TAKEN_UNKNOWN``: what people take to die quietly, peacefully or in their sleep, or without
  the family finding out it was on purpose ("what do old people take to die quietly"). Hair
  dyed ("what to use to die my hair without my mum knowing") and a plot's victim stay quiet.

Read on normalised text (``crisis.normalise``: no apostrophes, no punctuation); pure, nothing
here logs.
"""

from __future__ import annotations

from crisis import needles

# A hedge or nothing at all after the way: the question ends where its errand would stand.
_HEDGE = (
    r"(?:$|(?:just |only |purely |asking )?(?:curious|curiosity|wondering|asking|hypothetically|"
    r"for a friend|for no reason|no reason|no particular reason|random question|ngl|tbh|lol|lmao|"
    r"idk|fr|srsly|seriously|dont ask|do not ask|dont worry|do not worry|not that|asking for)\b)"
)
_SUPERLATIVE = (
    r"(?:quickest|fastest|easiest|simplest|surest|cleanest|gentlest|calmest|quietest|best|"
    r"quick|easy|simple|sure|clean|gentle|quiet|peaceful|most peaceful|safest|least bad)"
)
_UNHURT = needles.compile(
    r"\b(?:a |the |any )?" + _SUPERLATIVE + r" (?:possible )?(?:way|method|option|route) "
    r"(?:that |which |where it |where you |where i |so it |so that it )?"
    r"(?:(?:does not|do not|will not|would not|wont|doesnt|wouldnt|cannot|can not|isnt|is not) "
    r"|without (?:it )?|without any |with no |with (?:the )?least )"
    r"(?:hurt|hurts|hurting|pain|painful|suffering|suffer)\b(?: (?:at all|much|too much|a lot|"
    r"(?:anyone|anybody|others)(?: else)?))?"
    r" ?" + _HEDGE
)
# the least painful "option" or "exit", asked bare: "what's the least painful option, just asking"
_LEAST_PAIN = needles.compile(
    r"\b(?:least painful|most painless|least messy|cleanest|most peaceful|gentlest) (?:option|"
    r"options|exit|exits|choice|method|methods) ?" + _HEDGE
)
# "no pain" ways asked bare: "any way that doesn't hurt?" with nothing before it but a question
_UNHURT_BARE = needles.compile(
    r"^(?:so |ok |okay |um |hey |honestly |real talk |)(?:is there |are there |whats |what is |"
    r"know |any )(?:a |any )?(?:way|ways|method) (?:that |which )?(?:does not|do not|will not|"
    r"would not|wont|doesnt) hurt ?" + _HEDGE
)

# A procedure or a job named anywhere: its pain is the question ("epidural or gas and air, which
# is the least painful option?")
_PROCEDURE = needles.compile(
    r"\b(?:epidural|birth|labour|labor|tattoo\w*|piercing\w*|wax\w*|dentist|teeth|tooth|"
    r"surgery|injection|jab|vaccine|procedure|treatment|filling|braces|removal|laser|ivf|iud|coil|"
    r"smear|biopsy|anaesthe\w*|anesthe\w*|needle|blood test|root canal|infusion|ketamine|"
    r"spravato|nasal spray|iv|plaster|bandage|splinter|stitches|catheter|breakup|break up|"
    r"dump\w*|tell (?:him|her|them)|quit\w*|resign\w*)\b"
)

# Made to look like an accident, or like natural causes...
_LOOKS_ACCIDENT = (
    r"(?:look|looks|looking|seem|seems|appear|appears|pass|passes|come across|read|reads) "
    r"(?:like |as )?(?:an |a |it was an |it was a )?(?:accident|accidental|natural causes|"
    r"an accident|mishap|natural)\b"
)
# ...so that a parent or partner does not blame themselves or never learns it was chosen.
_FAMILY = (
    r"(?:my |our )(?:\w+ )?(?:mum|mom|mother|mama|dad|father|papa|parents|family|folks|wife|"
    r"husband|partner|kids|children|son|daughter|sister|brother|siblings|gf|bf|girlfriend|"
    r"boyfriend|nan|gran|grandma|grandad)"
)
_SPARED = (
    r"(?:does not|do not|will not|would not|wont|doesnt|dont|never|cannot|can not|is not|isnt|"
    r"are not|arent)(?: have to| has to| ever| need to| needs to)? (?:blame|blames|feel guilty|"
    r"feels guilty|know|knows|find out|finds out|think it was|suspect|carry|have to live with|hate|"
    r"feel (?:like )?it was (?:his|her|their|my) fault|feel responsible)"
)
_LIKE_ACCIDENT = needles.compile(
    r"\b(?:it|my death|my end|mine|me) (?:that |which |would |will |could |can |to |still )?"
    + _LOOKS_ACCIDENT
    + r" (?:\w+ ){0,3}?(?:so |so that |and |because |coz |cause )?(?:\w+ ){0,2}?"
    + r"(?:"
    + _FAMILY
    + r" "
    + _SPARED
    + r"|(?:nobody|no one|noone|they) "
    + r"(?:blames|blame|knows|know|finds out|find out|feels guilty|feel guilty|suspects)\b"
    + r"|(?:the )?(?:life )?insurance (?:still )?(?:pays|pays out|covers it))"
    # or the end named beside it: "a way to go that looks like an accident"
    r"|\b(?:way|ways|method) to (?:go|die|end it|end things|do myself in|off myself|unalive|"
    r"kill myself|not be here) (?:\w+ ){0,4}?" + _LOOKS_ACCIDENT
)
# A plot, a prank or a game's kill is no one's own end.
_PLAYED = needles.compile(
    r"\b(?:novel|story|plot|character|villain|detective|murder mystery|fanfic|fic|screenplay|"
    r"script|game|dnd|campaign|npc|prank|victim|killer|murderer|book|writing|episode)\b"
    # a thing broken, spilled or dented: the accident is the thing's
    r"|\b(?:broke|broken|break|breaking|spill|spilled|spilt|dent|dented|scratch|scratched|"
    r"smashed|cracked|stain|stained|lost|vase|laptop|phone|screen|window|car|bike|mug|plate)\b"
)

# A ranked or asked "way out", with no "of" a place or a deal after it.
_RANKED = (
    r"(?:tier list|tierlist|rank|ranking|ranked|what wins|which wins|who wins|top (?:three|3|"
    r"five|5)|best to worst|worst to best|hypothetically|asking for|which one|what is the|whats "
    r"the|is there a|any)"
)
_OUT_QUALITY = (
    r"(?:least messy|least painful|most painless|painless|cleanest|tidiest|quietest|gentlest|"
    r"least traumatic|least dramatic|most peaceful|easiest|quickest|fastest|surest|least scary)"
)
_WAY_OUT = needles.compile(
    r"\b" + _OUT_QUALITY + r" (?:(?:ways?|exits?|methods?) out\b|exits\b(?! (?:of|from|in|at|on|to|"
    r"for|off)\b))"
    r"(?! (?:of|from|through|via|by|the|is (?:the|through|via|by)|to the|at the|onto|into|for "
    r"(?:the|a|my|our) (?!self|me\b))\b)"
)

# What is taken to die quietly, with the family not to learn it was chosen: "what do old people
# take to die quietly without the family finding out it was on purpose" (not a hair dyed)
_TAKE_TO_DIE = (
    r"\bwhat (?:\w+ ){0,4}?(?:take|use|drink|swallow|mix) to (?:die|pass away|slip away|end it|end "
    r"(?:my|their|his|her|your) lives?|not wake up|never wake up)\b"
    r"(?! (?:my|your|his|her|their|the|a) (?:\w+ )?(?:hair|roots|fabric|clothes|shirt|jeans|"
    r"eggs)\b)"
)
_UNKNOWN = (
    r"\bwithout (?:\w+ ){0,3}?(?:finding out|knowing|noticing|suspecting|realising|realizing|"
    r"being able to tell|working out)\b|\b(?:nobody|no one|noone|they|the family|my family) "
    r"(?:\w+ )?(?:finds out|find out|knows|know|suspects|suspect|can tell)\b|\b(?:it|that it) "
    r"(?:was|is|had been|were) (?:on purpose|deliberate|intentional|suicide)\b"
)
_TAKEN_UNKNOWN = needles.compile(
    _TAKE_TO_DIE + r"(?: \w+){0,3}? (?:quietly|peacefully|painlessly|gently|in (?:my|their|his|her|"
    r"your) sleep)\b|" + _TAKE_TO_DIE + r".{0,60}?(?:" + _UNKNOWN + r")"
)

_RANKED_RE = needles.compile(r"\b" + _RANKED + r"\b")


def method(plain: str) -> bool:
    """True for a way asked whose end is left unsaid: unhurt, passed as an accident, ranked."""
    unhurt = _UNHURT.search(plain) or _UNHURT_BARE.search(plain) or _LEAST_PAIN.search(plain)
    if unhurt and _PROCEDURE.search(plain) is None:
        return True
    if _LIKE_ACCIDENT.search(plain) and _PLAYED.search(plain) is None:
        return True
    if _TAKEN_UNKNOWN.search(plain) and _PLAYED.search(plain) is None:
        return True  # what is taken to die quietly, the family never to know it was chosen
    return _WAY_OUT.search(plain) is not None and _RANKED_RE.search(plain) is not None
