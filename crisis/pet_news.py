"""News of a pet phoned or texted in: "my sister called me saying her dog is at the groomer's".

A call or a text relayed by the writer ("my mum rang saying...", "the vet called saying...") is
how a third person's crisis often reaches them (``crisis.phoned_in``), and the classifier reads
the shape as someone else at risk. When what was said is about an animal (the dog at the
groomer's, the hamster under the fridge, the cat home from the vet) it is pet news; ``relayed``
is True for that, and the helpers' and the classifier's readings are dropped.

Never with a word of a person's harm beside it (themselves, dying, pills, a gun, a goodbye),
nor with the animal's owner said to be in trouble ("her dog died and she says she can't go on"):
those are read as they stand. Read on normalised text; pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# a call or a text relayed, and what was said has an animal for its subject
_RELAYED = needles.compile(
    r"\b(?:called|rang|phoned|texted|messaged|rung|rang up|called up|dmd|voice noted|whatsapped)"
    r"(?: (?:me|us))?(?: \w+)? (?:saying|to say|and said|and says|to tell me|to let me know)"
    r"(?: that)? (?:the|her|his|their|my|our|a) (?:\w+ )?(?:dogs?|cats?|puppy|puppies|kittens?|"
    r"pets?|horses?|pony|rabbits?|bunny|hamsters?|guinea pigs?|parrots?|budgies?|birds?|"
    r"tortoise|turtle|ferrets?|goldfish|fish|chickens?|hens?|goats?|lambs?|sheep|cows?|calf|"
    r"donkey|snake|lizard|gecko|rat|mice|mouse)\b"
)
# ...with nothing of a person's harm beside it
_PERSON_HARMED = needles.compile(
    r"\b(?:himself|herself|themselves|myself|yourself|suicid\w*|kill\w*|want\w* to die|"
    r"wanna die|end it|end (?:his|her|their|my) life|overdos\w*|pills|tablets|gun|rifle|rope|"
    r"hang\w*|noose|cut\w*|bleed\w*|goodbye|note|can not go on|can not cope|can not do this|"
    r"not (?:be )?(?:here|around)|no point|bridge|ledge|roof|hose|exhaust|garage|crying|in tears|"
    r"hysterical|sobbing|drunk|not answering|not picking up|locked)\b"
)


def relayed(plain: str) -> bool:
    """A call or text relayed whose news is a pet's, no person's harm told."""
    return _RELAYED.search(plain) is not None and _PERSON_HARMED.search(plain) is None
