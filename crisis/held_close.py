"""A means kept within reach by the writer, told with its dose known or its purpose held back.

- ``_DOSE_KNOWN``: the writer's own insulin, pills or pens said to be here or by the bed, and
  the writer who knows how much is too much or how many it would take ("i have my insulin pens
  here and i know how much is too much"), not a nurse's or a diabetic's sum for a meal, nor a
  question of how much is too much caffeine;
- ``_HIDDEN_JUST_IN_CASE``: a knife, a blade, a rope or pills put under a mattress or a pillow
  "just in case" ("keeping a blade under my pillow, just in case"), not a torch or a bat by the
  bed for burglars, nor cash under the mattress.

Both get the full reply (``crisis.assess``). Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# the writer's own supply, at hand...
_SUPPLY = needles.compile(
    r"\b(?:i have|i ve got|i have got|got|i keep) (?:all )?(?:my |the |these |some )?(?:insulin|"
    r"insulin pens?|pens|pills|tablets|meds|medication|morphine|oxycodone|opioids|painkillers|"
    r"sleeping pills|patches|syringes)\b"
)
# ...and the dose that would be too much, known
_KNOWN = needles.compile(
    r"\bi (?:know|know exactly|worked out|looked up|have worked out|have looked up) (?:how much "
    r"(?:is |would be )?(?:too much|enough|it would take|it takes)|how many (?:is |would be )?"
    r"(?:too many|enough|it would take|it takes)|what (?:dose|amount) (?:is |would be )?"
    r"(?:too much|enough|fatal|lethal))\b"
)
# a sum for food ("carbs" is read as "cars" by the normaliser), a patient's dose, a question
_DOSE_FOR_CARE = needles.compile(
    r"\b(?:carbs?|cars|carb|carbohydrates?|units|grams|food|eat|eating|correction|meal|slice|"
    r"cake|snack|hypo|patient|patients|client|resident|my shift|the ward|"
    r"vet|dog|cat|caffeine|coffee|sugar|for dinner|for lunch|for breakfast)\b"
)

_HIDDEN_JUST_IN_CASE = needles.compile(
    r"\b(?:knife|knives|blade|blades|razor|razors|rope|pills|tablets|scalpel|box cutter)\b"
    r"(?: \S+){0,5}? (?:under|in|inside|beneath) (?:my|the) (?:mattress|pillow|pillowcase|bed|"
    r"sock drawer|drawer)\b(?: \S+){0,5}? just in case\b"
    # ...not a fear of burglars, or a job's tools
    r"(?!.*\b(?:burglar\w*|burgl\w*|intruder\w*|break ins?|breaks? in|broke in|broken into|"
    r"breaking in|safe from him|protection|"
    r"my ex|stalker|for work|craft|crafts|fishing)\b)"
)


def crisis(plain: str) -> bool:
    """The writer's own means at hand, with the dose known or kept hidden 'just in case'."""
    if _HIDDEN_JUST_IN_CASE.search(plain):
        return True
    found = _KNOWN.search(plain)
    if found is None or _SUPPLY.search(plain) is None:
        return False
    return _DOSE_FOR_CARE.search(plain) is None
