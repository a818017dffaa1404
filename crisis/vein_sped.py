"""A method asked by a vessel chosen for speed, and a whole bag taken after a dose that did not do.

Two kinds carry none of the lethality words ``crisis.asked`` reads:

- a vein or an artery asked for by which is best, fastest or surest, or with the end wanted
  fast ("which vein is best if you want it to be fast", "what artery is quickest", "where's the
  artery that makes it quick"): a method question (``method``, the full reply). A job of care
  or study named beside it is the nurse's, the donor's or the student's: a blood draw, a
  cannula, an injection, a donation, blood flow in an anatomy class;
- a drug taken, then more, then the whole bag, pack or bottle ("took an edible then another then
  the whole bag", "had one xan then two then the rest of the strip"): an overdose
  (``overdose``), the body's panic beside it or not. Food eaten the same way ("a cookie then
  another then the whole bag") names no drug and stays quiet.

Read on normalised text; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

_VESSEL = needles.compile(
    r"\b(?:which|what|where is|wheres|where s|the best|best|easiest|fastest|quickest) "
    r"(?:\S+ ){0,3}?(?:veins?|arter(?:y|ies))\b"
)
# ...chosen for speed or surety, or with the end wanted fast
_SPED = needles.compile(
    r"\b(?:veins?|arter(?:y|ies))\b(?: \S+){0,3}? (?:best|fastest|quickest|surest|easiest|"
    r"most (?:sure|certain|reliable))\b"
    r"|\b(?:best|fastest|quickest|surest) (?:veins?|arter(?:y|ies))\b"
    r"|\b(?:want|need|wanted|would like) (?:it|this) (?:to be |to go |to happen |to be over )?"
    r"(?:fast|quick|quickly|quicker|faster|over (?:fast|quick|quickly)|sure|certain)\b"
    r"|\b(?:makes?|make) it (?:quick|fast|sure|certain|instant)\b"
    r"|\b(?:bleed out|bleeds? (?:the )?(?:most|fastest)|lose (?:the )?most blood)\b"
)
# ...not a job of care or of study
_CARE = needles.compile(
    r"\b(?:blood (?:draw|draws|test|tests|sample|samples|work|donation|donor|flow)|draw\w*|"
    r"cannula\w*|canulat\w*|iv|ivs|drip|inject\w*|injection\w*|shoot(?:ing)? up|needle\w*|jab|"
    r"venipunct\w*|venepunct\w*|phlebotom\w*|donat\w*|donor|dialysis|fistula|picc|port|"
    r"tattoo\w*|anatomy|physiology|exam|quiz|class|lecture|homework|biology|nurs\w*|patients?|"
    r"doctor|vet|dog|cat|pulse|heart rate|flow|carries|carry|pressure|varicose|spider veins|"
    r"ultrasound|scan|stent|surgery|bypass|graft|leaf|leaves|ore|mineral|gold|quartz|mine|"
    r"mining|minecraft|game)\b"
)

_DRUG = (
    r"(?:edibles?|gumm(?:y|ies)|thc|weed|pills?|tablets?|tabs?|xans?|xanax|benzos?|"
    r"valium|diazepam|klonopin|clonazepam|paracetamol|tylenol|ibuprofen|advil|codeine|"
    r"oxy\w*|percs?|molly|mdma|pingers|shrooms|acid|melatonin|meds|medication|sleeping pills|"
    r"caps|capsules|zopiclone|ambien|seroquel|quetiapine|tramadol|lean|doses?)"
)
# a dose, then more, then the whole lot
_PILED = needles.compile(
    r"\b(?:took|ate|had|swallowed|popped|necked|did|dropped)\b(?: \S+){0,6}? then\b"
    r"(?: \S+){0,4}? then (?:\S+ ){0,2}?(?:the )?(?:whole|entire|rest of the|full) "
    r"(?:bag|pack|packet|bottle|box|tub|tin|jar|strip|sheet|blister|stash|lot|tube)\b"
)
_DRUG_RE = needles.compile(r"\b" + _DRUG + r"\b")


def method(plain: str) -> bool:
    """A vein or an artery asked for by which is fastest or surest, with no job of care."""
    return (
        _VESSEL.search(plain) is not None
        and _SPED.search(plain) is not None
        and _CARE.search(plain) is None
    )


def overdose(plain: str) -> bool:
    """A drug taken, then more, then the whole bag or pack."""
    return _PILED.search(plain) is not None and _DRUG_RE.search(plain) is not None
