"""Risk told in the words of work by people whose work holds the means: the check-in (``CHECK``).

Nurses, midwives, doctors, vets and pharmacists tell their own risk through the ward, the
practice and the drug cupboard rather than through death's words:

- ``_PUT_ASIDE``: drugs put aside, saved or collected from work, or from what comes back to be
  destroyed ("been putting aside sleeping tablets from the unit for a month", "filling a little
  bottle with a bit of everything that comes back for destruction");
- ``_KEPT_CLOSE``: a way out kept in a locker, a bag or a car; what was taken from theatre kept
  beside the writer in the car; a line from work that something could be run through;
- ``_REHEARSED``: a drug drawn up or held, then put back, the writer unsure about next time;
- ``_NOW_MEANT``: a joke at work ("the rotas are killing us", "just inject me") that is no
  longer a joke, or worked out "how and when" for the writer;
- ``_ENVY``: envy of the patients who died ("I'm not sad about them, I'm jealous");
- ``_COVER_GIFT``: the things of the trade given away under a cover story the writer then denies
  ("they think I'm moving abroad. I'm not").

Lookalikes stay quiet: returns counted and signed for destruction, leftovers from a ward party
taken home, tablets saved for the returns bin or collected for a neighbour, drugs kept back
named as a sacking offence, a bag from the ward that holds a lunch, a spare inhaler in the
locker, the wrong drug drawn up and put back, a joke that is still a joke, someone jealous of a
colleague's rota, a move abroad that is real. Read on normalised text (see
``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis.vocab import _compile

_WORK = (
    r"(?:the |our |my )?(?:ward|unit|theatre|theater|practice|clinic|pharmacy|work|surgery|"
    r"hospital|drug cupboard|cd cupboard|controlled drugs|returns|destruction|vet clinic|"
    r"dispensary|ambulance|trolley|crash trolley)"
)
_DRUGS = (
    r"(?:tablets|pills|meds|medication|medicines|drugs|ampoules|amps|vials|sleeping tablets|"
    r"sleepers|opioids|morphine|oxy\w*|fentanyl|pento\w*|propofol|midazolam|insulin|potassium|"
    r"diazepam|zopiclone|temazepam|a bit of everything|bits and pieces|leftovers|doses)"
)

_PUT_ASIDE = _compile(
    r"\b(?:putting|put|been putting|setting|set|squirrelling|squirreling|stashing|stashed|"
    r"pocketing|pocketed|saving|saved|collecting|collected|keeping back|kept back|hoarding|"
    r"hoarded|skimming|skimmed) (?:aside |away |by |back )?(?:some |a few |a bit of |the |"
    r"(?:a few|some) of (?:my |the |our )?)?"
    + _DRUGS
    + r" (?:\w+ ){0,3}?(?:from|off|out of) "
    + _WORK
    + r"\b(?! (?:\w+ )?(?:for (?:mrs|mr|ms|miss|dr|the patient|a patient|patients|collection|"
    r"the client|a client|her|him|them|my (?:neighbour|neighbor|mum|mom|dad|nan|gran|grandma|"
    r"grandad|grandpa|husband|wife|partner|son|daughter|sister|brother|friend|aunt|uncle)|"
    r"(?:the )?(?:returns|bin|destruction|disposal|sharps bin|pharmacy bin))|to (?:collect|be "
    r"collected|pick up|go back|return))\b)"
    # ...the act named as a rule ("keeping back morphine from the ward is a sacking offence")
    r"(?! (?:is|was|would be|counts as|will get you|would get you|gets you|can get you) )",
    r"\b(?:filling|filled|topping up) (?:a |my )?(?:little |small )?(?:bottle|jar|tub|pot|box) "
    r"with (?:\S+ ){0,8}?(?:comes back|came back|returned|returns|for destruction|to be "
    r"destroyed)\b|\b(?:filling|filled|topping up) (?:a |my )?(?:little |small )?(?:bottle|jar|"
    r"tub|pot|box) with (?:\S+ ){0,3}?" + _DRUGS + r" (?:from|off|out of) " + _WORK + r"\b",
)

_KEPT_CLOSE = _compile(
    r"\b(?:i have|i have got|knowing i have|i keep|keeping) a way out (?:in|at) my "
    r"(?:locker|bag|car|glovebox|drawer|bedside|pocket)\b(?! (?:park|door|gate|exit|through)\b)",
    r"\b(?:sitting|sat|parked) in (?:the|my) car\b(?: \S+){0,12}? with (?:the |a )?(?:bag|box|"
    r"stuff|drugs|kit|syringes|vials) (?:\S+ ){0,3}?(?:i )?(?:took|taken|brought|nicked) (?:from|"
    r"out of|home from) " + _WORK + r"\b(?! (?:to|for)\b)"
    # ...the bag's ordinary contents named: a lunch, a laptop, the laundry
    r"(?!.*\b(?:lunch|laptop|laundry|uniform|scrubs|shopping|dinner|washing|gym kit|"
    r"paperwork|notes)\b)",
    r"\b(?:line|cannula|giving set|syringe|butterfly)\b(?: \S+){0,6}? (?:from|out of) "
    + _WORK
    + r"\b(?: \S+){0,8}? (?:run|running|push|pushing|put|putting) something (?:through|into) it\b",
)

_REHEARSED = _compile(
    r"\b(?:drew up|drawn up|drawing up|held|holding|stood with|sat with)\b(?: \S+){0,24}? put "
    r"(?:it|them) back\b(?: \S+){0,3}? not sure i (?:will|would|could|can) (?:next time|again|"
    r"another time|stop myself)\b|\bput (?:it|them) back\b(?: \S+){0,3}? not sure i (?:will|would|"
    r"could|can)$"
)

_NOW_MEANT = _compile(
    r"\b(?:joke|joking|jokes|gallows|dark humou?r|banter)\b(?: \S+){0,16}? (?:lately |now |"
    r"these days |recently )?(?:i am|im) not joking (?:when i say it|any ?more|now|about it)\b",
    r"\b(?:as a joke|joking|joke)\b(?: \S+){0,12}? (?:i have|i) actually (?:worked out|figured "
    r"out|planned|decided) (?:how and when|when and how|the how and the when)\b(?! to)",
    r"\bas a joke\b(?: \S+){0,10}? (?:then|and then|but then) (?:\S+ ){0,4}?actually "
    r"(?:filled|wrote|signed|made|did) (?:one|it|my own)\b",
)

_ENVY = _compile(
    r"\bnot sad (?:about|for) (?:them|him|her)\b(?: \S+){0,3}? (?:i am |im )?(?:jealous|envious)\b",
    r"\b(?:i am |im |i feel )(?:jealous|envious) of (?:the )?(?:dead|ones who (?:died|passed|got "
    r"to (?:go|die))|patients who (?:die|died|pass|passed)|people who (?:get to die|died))\b",
    r"\b(?:jealous|envious)(?: of (?:them|him|her))? (?:that|because) (?:they|he|she) (?:got "
    r"to|get to|gets to) (?:go|die|rest|leave|stop)\b",
)

_COVER_GIFT = _compile(
    r"\b(?:given|gave|giving|handed|left) (?:\S+ ){0,10}?(?:they|she|he|everyone|people|the "
    r"others|my colleagues) (?:all )?(?:think|thinks|believe|believes) (?:i am|im) (?:moving|"
    r"leaving|going|emigrating|retiring|off)\b(?: \S+){0,3}? i am not$",
)


def check(plain: str) -> bool:
    """One of the kinds here, told by the writer."""
    kinds = (_PUT_ASIDE, _KEPT_CLOSE, _REHEARSED, _NOW_MEANT, _ENVY, _COVER_GIFT)
    return any(kind.search(plain) for kind in kinds)
