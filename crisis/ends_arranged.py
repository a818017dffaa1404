"""An end arranged or near, told in everyday words with no word of dying (``read``).

- ``_COVERED_COUNT``: a cover story left for whoever checks the phone ("if anyone checks this im
  asking about recipes ok") beside a bare count put ready ("60 counted out") and a day: a plan in
  code, the full reply. A surprise party's cover names its guests or its cake, and a count with
  its noun ("60 chairs counted out") is a job: both stay quiet;
- ``_PLAN_CALM``: one's plan said to be ready or in place with a calm or a peace felt at last
  ("my plan is ready. im actually calm for the first time in years"): the calm that can follow a
  decision to die, the full reply. A business, revision, meal, wedding, birth or escape plan,
  or a plan for an exam, a trip or a move stays quiet;
- ``_SQUARED`` with ``_WRAPPED``: two or more of one's ties cut in a breath (the phone contract
  cancelled, the rent paid months ahead, the cat left with a neighbour, the account closed) and
  then "all sorted now": the check-in, which asks. A trip, a move, a stay in hospital, rehab, a
  posting or a new job named beside them is the reason, and stays quiet;
- ``_TRAPPED`` with ``_WATER_NEAR``: no way to go and no way to stay ("he took my passport. cant
  go home, cant stay") beside a river, a bridge or the tracks said to be minutes away: the
  check-in. A river near for a run, a swim, a walk or the view stays quiet;
- ``_ENDS_ANYHOW``: "maybe it ends this weekend one way or another" beside being tired of
  everything: the check-in. A court case, a strike, a match or a deal that ends one way or
  another stays quiet.

Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.tiers import CHECK, CRISIS, Verdict

_DAY = (
    r"(?:tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this weekend|"
    r"the weekend|next week)"
)
_COVERED_COUNT = needles.compile(
    r"\bif (?:anyone|anybody|someone|somebody|my \w+|he|she|they|mum|mom|dad) (?:ever )?"
    r"(?:checks|reads|sees|looks at|looks through|goes through|finds|asks about) (?:this|these|"
    r"my phone|my messages|my chats|the chat)\b(?: \w+){0,12}? (?:[1-9][0-9]{0,2} (?:counted|"
    r"counted out|counted up|lined up|set aside|put aside|laid out)|counted out [1-9][0-9]{0,2})"
    r"\b(?: \w+){0,3}? " + _DAY + r"\b"
)
# ...a party or a gift kept secret: "if mum sees this we are talking about recipes. 60 guests"
_PARTY = needles.compile(
    r"\b(?:party|surprise|guests?|birthday|cake|present|gift|tickets?|chairs|invites?|"
    r"invitations|cupcakes|cookies|balloons|wedding|shower)\b"
)
_PLAN_CALM = needles.compile(
    r"\b(?:my|the) plan (?:is |s )?(?:all )?(?:ready|set|made|in place|final|done|sorted|decided)"
    r"\b(?: \w+){0,12}? (?:calm|at peace|peaceful|relieved|relief|lighter|serene)\b"
)
# ...a plan for something named: a business, a revision timetable, a wedding, leaving him
_PLAN_FOR = needles.compile(
    r"\b(?:business|revision|study|meal|lesson|workout|training|diet|wedding|birth|escape|"
    r"exit strategy|trip|travel|holiday|move|moving|exam|test|interview|pitch|presentation|"
    r"budget|savings|project|essay|launch|route|party|leave him|leaving him|leave her|leaving "
    r"her|shelter|refuge|bag packed|packed a bag|surprise|gift|present|propos\w*|birthday|"
    r"anniversary|garden|kitchen|renovation|house)\b"
)
# Ties cut, each of its own kind; two of them, then "all sorted", are the check-in.
_SQUARED = tuple(
    needles.compile(p)
    for p in (
        r"\bcancel+ed (?:my |the )?(?:phone|mobile|contract|phone contract|broadband|gym|"
        r"subscriptions?|insurance|direct debits?)\b",
        r"\bpaid (?:the |my )?(?:rent|bills|mortgage|council tax) (?:for )?(?:\w+ )?(?:months? )?"
        r"(?:ahead|in advance|up front|upfront)\b|\bpaid (?:\w+ ){0,2}?months? (?:of )?rent "
        r"(?:ahead|in advance|up front|upfront)\b",
        r"\b(?:left|gave|handed|dropped) (?:my |the )?(?:cat|dog|pets?|rabbit|hamster|bird|"
        r"parrot|fish) (?:off )?(?:with|to) (?:the |my |a )?\w+",
        r"\b(?:closed|emptied) (?:my |the )?(?:bank )?accounts?\b",
        r"\b(?:sold|gave away) (?:my |the )?(?:car|bike|guitar|laptop|things|stuff)\b",
    )
)
_WRAPPED = needles.compile(
    r"\b(?:(?:it is |its |everything is |everything s |it s )?all (?:sorted|done|settled|in order|"
    r"taken care of|squared away|tied up)|everything (?:is |s )?(?:sorted|in order|taken care of|"
    r"settled|squared away))(?: now)?$"
)
_AWAY = needles.compile(
    r"\b(?:trip|travel\w*|holiday|vacation|backpack\w*|gap year|abroad|moving|move|new flat|"
    r"new job|hospital|surgery|operation|rehab|deploy\w*|posting|tour|contract abroad|visa|"
    r"flight|flying|sabbatical|retreat|months away|uni|university|prison|sentence)\b"
)
_TRAPPED = needles.compile(
    r"\b(?:can not go (?:home|back)|can not stay|nowhere (?:to go|left to go)|no way out|"
    r"trapped|no escape|stuck here)\b"
)
_WATER_NEAR = needles.compile(
    r"\bthe (?:river|bridge|canal|railway|tracks|train tracks|sea|cliffs?|quarry|motorway "
    r"bridge|viaduct) (?:is|s) (?:only |just )?(?:[0-9]+|a few|five|ten|two) (?:minutes?|mins?) "
    r"(?:walk )?(?:from here|away)\b|\bthe (?:river|bridge|canal|railway|tracks|sea|cliffs?) "
    r"(?:is|s) (?:right|just) (?:there|down the road|round the corner|outside)\b"
)
_OUTDOORS = needles.compile(
    r"\b(?:run|running|jog\w*|swim\w*|walk the dog|walking the dog|view|pretty|lovely|nice|"
    r"picnic|fishing|kayak\w*|paddle\w*|rowing|cycle|cycling|bike ride)\b"
)
_ENDS_ANYHOW = needles.compile(
    r"\b(?:it|this|everything|it all|all of this|all this) (?:all )?(?:ends|will end|is ending|is "
    r"over|will be over) (?:\w+ ){0,2}?(?:tonight|tomorrow|this weekend|this week|soon|on \w+day|"
    r"\w+day) one way or (?:another|the other)\b"
)
_WORN = needles.compile(
    r"\b(?:tired of (?:everything|it all|all of it|this)|so tired|exhausted|can not do this|"
    r"had enough|worn out|done with (?:everything|it all))\b"
)
# ...a case, a match or a deal that ends one way or another
_DECIDED_ELSEWHERE = needles.compile(
    r"\b(?:court|hearing|verdict|case|strike|negotiat\w*|match|game|season|deal|trial|auction|"
    r"sale|bid|vote|election|results?|contract|tournament|series|exam)\b"
)


def read(plain: str) -> Verdict | None:
    """The full reply for a plan in code or a plan with a calm; the check-in for the others."""
    if _COVERED_COUNT.search(plain) and not _PARTY.search(plain):
        return Verdict(CRISIS, "ends arranged")
    if _PLAN_CALM.search(plain) and not _PLAN_FOR.search(plain):
        return Verdict(CRISIS, "ends arranged")
    squared = sum(tie.search(plain) is not None for tie in _SQUARED)
    if squared >= 2 and _WRAPPED.search(plain) and not _AWAY.search(plain):
        return Verdict(CHECK, "ends arranged")
    if _TRAPPED.search(plain) and _WATER_NEAR.search(plain) and not _OUTDOORS.search(plain):
        return Verdict(CHECK, "ends arranged")
    if _ENDS_ANYHOW.search(plain) and _WORN.search(plain) and not _DECIDED_ELSEWHERE.search(plain):
        return Verdict(CHECK, "ends arranged")
    return None
