"""Medicine put by for an end, or a whole medicine box meant to be taken: the full reply.

The stockpiling rules of ``crisis.rules`` name pills, tablets and a list of drugs; writers name
their own medicine ("hoarding my gabapentin and my trazodone"), and tell it by how much there is
or where it is hidden:

- ``_PUT_BY``: medicine hoarded, stashed, saved or collected (one's own, or a parent's), with a
  supply counted in weeks or months, a hiding place (a jar, a sock drawer, a tin) or a time
  ("tonight", "when it gets worse", "just in case"); a drug is told by its name's ending
  ("-pentin", "-done", "-pam") when the word "pills" is not there;
- ``_WHOLE_BOX``: everything in the medicine box, cabinet or first-aid kit, to be taken.

Lookalikes say what the supply is for: a trip, a storm, a move, the pharmacy's returns bin, a
pill organiser, a parent's medicine cleared out after a death. Read on normalised text; pure,
nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# A medicine named, or told by the ending of a drug's name.
_DRUG = (
    r"(?:pills?|tablets?|meds|medicines?|medication|painkillers?|pain killers?|sleeping pills|"
    r"heart pills|insulin|script|prescriptions?|\w+(?:pentin|gabalin|codone|morphone|orphine|"
    r"odone|adone|idone|azepam|zepam|azolam|zolam|tyline|pramine|promazine|oxetine|faxine|"
    r"traline|iapine|zapine|adol|pidem|iclone|barbital|olol|dipine)|"
    # opioid substitutes as people on a script name them
    r"subutex|subbies|suboxone|bupe|buprenorphine|methadone|espranor|oxy\w*|benzos|vallies|"
    r"xans|bars)"
)
_PUT_BY = needles.compile(
    r"\b(?:hoard\w*|stockpil\w*|stash\w*|saving up|saved up|squirrel\w* away|hiding|hid|"
    r"collected|collecting|gathered|gathering|saving|saved|keeping back|kept back|putting aside|"
    r"put aside|putting by|put by) (?:up )?(?:all )?(?:of )?(?:my |the |her |his )?"
    r"(?:\w+ ){0,2}?" + _DRUG + r"\b"
    # ...counted, hidden or given a time
    r"(?=.*\b(?:(?:\d+|two|three|four|six|a few|a couple of) (?:months?|weeks?) (?:worth|supply)|"
    r"months? worth|weeks? worth|in a (?:jar|sock|tin|shoebox|box|drawer|bag|bottle)|sock drawer|"
    r"just in case|tonight|when the time comes|it gets worse|is the time|nobody knows|no one "
    r"knows|under (?:the |my )?(?:mattress|bed|floorboards?|pillow|carpet)|send ?off|for when "
    r"(?:i m|im|i am) ready|for the (?:big|last) (?:night|one))\b)"
)
# What a supply is for when it is no end: a trip, a storm, the returns bin, a sorted week.
_SUPPLY_ERRAND = needles.compile(
    r"\b(?:trip|holiday|vacation|travel\w*|flight|abroad|hurricane|storm|winter|power cut|"
    r"shortage|move|moving|pharmac\w*|chemist|returns?|dispos\w*|destroy\w*|take back|hand in|"
    r"organi[sz]er|dosette|blister|pill box for the week|after (?:she|he) (?:died|passed)|"
    r"passed away|funeral|clear\w* out|dog|cat|vet|party|festival|rave|gig|birthday|night out|"
    r"wedding|celebrat\w*)\b"
)
# The whole medicine box, meant to be taken.
_WHOLE_BOX = needles.compile(
    r"\b(?:going to|gonna|will|i will|plan to|planning to|about to) (?:take|swallow|drink|eat) "
    r"(?:everything|all of it|the lot|the whole lot|all the (?:pills|tablets|meds)) (?:in|from) "
    r"(?:the |my |our )?(?:medicine (?:box|cabinet|cupboard|drawer|bag|chest)|first aid (?:box|"
    r"kit)|pill (?:box|drawer)|bathroom cabinet)\b"
    # ...not carried somewhere, sorted or thrown out
    r"(?! (?:to|into|on|for|out|with|and (?:sort|check|throw|bin))\b)"
)


# Someone else who puts it by: "my neighbour keeps telling me she's stockpiling her pills" is
# the reply for helpers' to give, not the writer's own supply.
_THEIRS = needles.compile(
    r"\b(?:she|he|they|shes|hes|theyre|theyve|(?:my|our|a|her|his) (?:\w+ )?(?:mum|mom|mother|dad|"
    r"father|neighbou?r|friend|brother|sister|son|daughter|partner|husband|wife|gran\w*|aunt|"
    r"uncle|roommate|flatmate|patient|client|colleague))(?: \w+){0,3}? (?:hoard\w*|stockpil\w*|"
    r"stash\w*|saving|saved|collect\w*|hiding|hid)\b"
    r"|\b(?:hoard\w*|stockpil\w*|stash\w*|saving|saved|collect\w*|hiding|hid) (?:up )?(?:all )?"
    r"(?:of )?(?:her|his|their) "
)
_MINE = needles.compile(
    r"\b(?:i|i m|i ve|i am|i have|i been)(?: \w+){0,2}? (?:hoard\w*|stockpil\w*|stash\w*|"
    r"saving|saved|collect\w*|hiding|hid|gather\w*)\b"
)


def put_by(plain: str) -> bool:
    """Medicine put by for an end, or the whole medicine box meant to be taken."""
    if _WHOLE_BOX.search(plain):
        return True
    if _PUT_BY.search(plain) is None or _SUPPLY_ERRAND.search(plain) is not None:
        return False
    return _THEIRS.search(plain) is None or _MINE.search(plain) is not None
