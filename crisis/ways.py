"""A quick or painless way asked for an everyday job, two ways into town or two forms of a
medicine compared.

The method rules read "the most painless way" and "which is quicker, the rope or the train" as a
way to die asked, and the classifier has seen "bridge", "train" and "painless" mostly there. Two
everyday kinds share those words:

- ``errand``: the quickest or most painless way to do a named job to the body or to a thing ("the
  quickest and most painless way to remove a splinter", "painless way to pull a loose baby
  tooth", "the most painless way to get a tattoo", "a quick way to bring a fever down"): the job
  is named right after the way;
- ``route``: two ways of getting somewhere compared for speed or price, with where to named ("the
  bridge or the train, which is quicker into town", "which is faster to the airport");
- ``route`` too: a medicine's two forms compared for how easily a child takes them ("pills or
  liquid, which is easier for a kid to swallow").

Neither holds when a word of dying, of harm or of the writer's end is anywhere beside it ("the
most painless way to go", "the rope or the train, which is quicker", "quickest way to remove
myself from the picture"). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# the way, named by its speed or its pain
_WAY = (
    r"\b(?:(?:the )?(?:most |least |less |more )?(?:quickest|fastest|easiest|simplest|painless|"
    r"painful|quick|fast|easy|gentlest|safest)(?: and (?:the )?(?:most |least )?(?:painless|"
    r"painful|quickest|fastest|easiest|simplest|quick|safest|gentlest))? )(?:way|ways|method|"
    r"methods) (?:to|of|for) "
)
# ...and a job done to a tooth, a splinter, hair or skin, or a thing to learn or reach
_JOB = (
    r"(?:remov\w*|pull\w*|take out|taking out|take off|taking off|get (?:my |your )?(?:ears?|"
    r"nose|belly button|lip|tongue) pierced|extract\w*|wax\w*|epilat\w*|"
    r"pluck\w*|shav\w*|pierc\w*|numb\w*|clean\w*|drain\w*|pop\w*|peel\w*|rip\w* off|"
    r"get (?:a |my |your )?(?:tattoo|piercing|shot|jab|vaccine|blood test|blood drawn|iv|"
    r"cannula|braces off)|get rid of (?:a |my |the |your )?(?:splinter|tooth|wart|verruca|tick|"
    r"hair|ingrown|cyst|blister|plaster|band ?aid|stitches|cast|acne|spots?|pimples?)|"
    # a symptom eased: "is paracetamol a quick way to bring a fever down"
    r"bring (?:a |the |my |his |her |their |your |down )?(?:high )?(?:fever|temperature|temp|"
    r"swelling|blood pressure)|(?:lower|reduce|ease|soothe|treat|relieve|settle|shift|cure|knock) "
    r"(?:down )?(?:a |the |my |his |her |their |your )?(?:high )?(?:fever|temperature|temp|"
    r"headache|migraine|period pain|cramps?|cold|cough|sore throat|toothache|swelling|hangover|"
    r"itch\w*|heartburn|sunburn|stomach ache|nausea)|"
    r"learn\w*|get (?:to|into) (?:town|the city|work|school)|lose weight|wean\w*|train\w* (?:a|"
    r"my|the) (?:dog|puppy|cat)|break up|quit (?:smoking|vaping|caffeine|sugar))\b"
)
# ...or the way asked by "which", its job after it: "which method is most painless for removing
# a plaster"
_WHICH_WAY = (
    r"\b(?:which|what) (?:way|method|methods|technique) (?:is|s|would be|will be) (?:the )?"
    r"(?:most |least |less |more )?(?:painless|painful|quickest|fastest|easiest|gentlest|safest) "
    r"(?:for|to|when|of) "
)
# ...or two jobs done to the body compared for the pain: "which is more painless, waxing or
# threading", "laser or shaving, which hurts less"
_DONE = (
    r"(?:waxing|threading|sugaring|laser(?: hair removal)?|shaving|epilating|plucking|tweezing|"
    r"(?:a |the )?(?:tattoo|piercing|filling|smear|blood test|flu jab|injection)s?)"
)
_WHICH_HURTS = (
    r"(?:which|what)(?: one)? (?:is|s|hurts|would be) (?:the )?(?:more |less |most |least )?"
    r"(?:painless|painful|quicker|faster|less|more|worse)"
)
_ERRAND = needles.compile(
    _WAY
    + _JOB
    + "|"
    + _WHICH_WAY
    + _JOB
    + r"|\b"
    + _WHICH_HURTS
    + r"\b(?: \S+){0,2}? "
    + _DONE
    + r" or "
    + _DONE
    + r"\b"
    + r"|\b"
    + _DONE
    + r" or "
    + _DONE
    + r"\b(?: \S+){0,2}? "
    + _WHICH_HURTS
    + r"\b"
)

# two ways of getting somewhere, compared, with the somewhere named
_ROUTE = needles.compile(
    r"\b(?:which|what)(?: one| way| route)? (?:is|s|would be|will be) (?:\w+ )?(?:quicker|"
    r"faster|cheaper|shorter|easier|better|quickest|fastest|cheapest|shortest) (?:to get )?"
    r"(?:into|to|in to|for getting to|for|from) (?:the )?(?:town|city|city centre|city center|"
    r"centre|center|downtown|work|school|uni|college|campus|airport|station|office|beach|coast|"
    r"mall|shops|market|stadium|hospital|home|my (?:mum|mom|parents|gran|grandma|nan)s?|[a-z]+ "
    r"(?:street|road|station|airport))\b"
)
# two forms of a medicine, compared for how easily they go down
_FORM = (
    r"(?:pills?|tablets?|capsules?|caplets?|liquid|syrup|suspension|chewables?|gumm(?:y|ies)|"
    r"drops|melts|dissolvables?|sachets?|powder)"
)
_FORMS = needles.compile(
    r"\b" + _FORM + r" or (?:the )?" + _FORM + r"\b(?: \S+){0,3}? (?:which|what)(?: one)? "
    r"(?:is|s|would be|will be) (?:\w+ )?(?:easier|easiest|better|nicer|simpler) (?:for (?:a |my |"
    r"the |your |our )?(?:kid|kids|child|children|toddler|son|daughter|baby|little one|grandma|"
    r"grandad|dad|mum|mom|dog|cat) )?to (?:swallow|take|give|get down)\b"
)
# ...unless a word of dying or of harm is there too
_HARM = needles.compile(
    r"\b(?:die|dying|death|dead|kill\w*|suicid\w*|end it|end my|end things|go for good|myself|"
    r"overdos\w*|od|jump\w*|hang\w*|rope|noose|bleed\w*|unalive|ctb|lethal|fatal|not wake|"
    r"never wake|mess|found|finds|notice|goodbye|note|pills|tablets|trigger|guns?|blades?|"
    r"razors?|wrists?|veins?|cut|cuts|cutting|forever|for good|life|me from|everything|it all|"
    r"go|disappear\w*)\b"
)


def errand(plain: str) -> bool:
    """The quickest or a painless way asked for a named everyday job, with nothing of harm."""
    return _ERRAND.search(plain) is not None and _HARM.search(plain) is None


def route(plain: str) -> bool:
    """Two ways of getting somewhere compared, the somewhere named, or two forms of a medicine
    compared for how easily they go down, with nothing of harm."""
    if _ROUTE.search(plain) is not None and _HARM.search(plain) is None:
        return True
    # the forms named are no harm; anything else of it is
    return _FORMS.search(plain) is not None and _HARM.search(_FORMS.sub(" ", plain)) is None
