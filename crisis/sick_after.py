"""An overdose of a painkiller told by what it is doing to the body: the full reply.

Young people often take a shop painkiller in a heap and then write about the symptom, with the
amount told after it or in a loose word ("a load of", "like 30 of them"). Kinds, read on
normalised text:

- ``_HEAP`` or ``_COUNT_AFTER``: a heap of tablets or of a named painkiller taken, in either
  order with its count ("throwing up blood after taking ibuprofen. like 30 of them", "i had a
  load of aspirin this afternoon"), beside ``_SICK``: being sick, blood, ringing ears, shaking,
  a pain in the side: the full reply (an overdose);
- ``_NECKED``: ten or more tablets "necked" or "lobbed down" ("necked 40 paracetamol earlier.
  feel fine tbh"): the full reply, however fine the writer says they feel.

Lookalikes stay quiet: a heap of drink or food before being sick, two ibuprofen for a headache,
tablets over a week for a bad back, a count of pills given to a patient, a question asked
beforehand. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_DRUG = (
    r"(?:paracetamol|ibuprofen|aspirin|acetaminophen|tylenol|advil|nurofen|panadol|calpol|"
    r"co codamol|cocodamol|codeine|naproxen|tramadol|painkillers|pain killers|pills|tablets|"
    r"sleeping pills|sleeping tablets|antihistamines|benadryl|piriton|nytol|sertraline|"
    r"fluoxetine|citalopram|propranolol|diazepam|my meds|meds)"
)
_HEAP = needles.compile(
    r"\b(?:took|taken|taking|had|necked|swallowed|downed|popped|ate|eaten|done) (?:like |about |"
    r"around |maybe )?(?:a load of|loads of|a lot of|a ton of|tons of|a bunch of|a handful of|"
    r"handfuls of|a whole (?:packet|box|pack|strip|bottle) of|(?:two|three|four|2|3|4) (?:packets|"
    r"boxes|packs|strips) of|(?:1\d|[2-9]\d|[1-9]\d\d)) (?:\w+ ){0,2}?" + _DRUG + r"\b"
)
_COUNT_AFTER = needles.compile(
    r"\b(?:took|taken|taking|had|necked|swallowed|downed|popped) (?:\w+ ){0,2}?"
    + _DRUG
    + r"\b(?: \S+){0,3}? (?:like |about |around |maybe |at least )?(?:1\d|[2-9]\d|[1-9]\d\d|"
    r"loads|a load|a lot|a ton|a handful|the whole packet|the whole box) (?:of them|of em|of the)"
)
_SICK = needles.compile(
    r"\b(?:throwing up|threw up|thrown up|being sick|been sick|keep being sick|vomit\w*|puk\w*|"
    r"spewing|ears (?:are |keep )?ringing|ringing in my ears|tinnitus|shaking|shakes|dizzy|"
    r"blood|stomach (?:is )?(?:killing|burning|agony)|pain in my (?:side|liver|stomach|back)|"
    r"yellow|can not see straight|blurry|heart (?:is )?racing|sweating|can not breathe|"
    r"feel (?:so |really |proper )?(?:rough|weird|wrong|strange|ill|sick))\b"
)
_NOT_TAKEN = needles.compile(
    r"^(?:what|if|would|will|can|could|should|is it|does|do|how)\b(?! not\b)|\b(?:per day|a day|"
    r"daily|to take|on loads of|on a lot of|"
    r"each day|every day|over (?:the|a) (?:week|month|year|course)|this week|for a week|all week|"
    r"for my (?:back|period|tooth|knee|headache|migraine)|patient|pt|gave|given|prescribed|"
    r"years ago|last year|as prescribed|as directed|dog|cat|vet)\b"
)

_NECKED = needles.compile(
    r"\b(?:necked|lobbed down|chucked down|knocked back|scoffed|munched) (?:like |about |around |"
    r"maybe )?(?:1\d|[2-9]\d|[1-9]\d\d|a load of|loads of|a handful of|a whole (?:packet|box|"
    r"strip|bottle) of) (?:\w+ ){0,2}?" + _DRUG + r"\b"
)


def overdose(plain: str) -> bool:
    """A heap of tablets taken beside a symptom, or tablets "necked" by the ten."""
    if _NOT_TAKEN.search(plain):
        return False
    if _NECKED.search(plain):
        return True
    heap = _HEAP.search(plain) or _COUNT_AFTER.search(plain)
    return heap is not None and _SICK.search(plain) is not None
