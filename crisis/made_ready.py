"""Quiet preparations and means kept at hand, told calmly, in English: the check-in (``mine``).

Someone who has decided often tells it flatly, as a chore done or a habit, with no word for
dying. Each kind here is the writer's own, whoever else is named:

- ``_FUNERAL_DONE``: one's own funeral readied as a task done (a playlist, the songs, the
  readings picked "for my funeral today");
- ``_GOODBYES_NOW``: goodbyes being posted or sent now, "tonight", the reader "one of them",
  with no trip, move or person they are said to;
- ``_DONE_WITH_MORE``: "done with more than school": the giving-away said to be about more
  than the course being left;
- ``_MEANS_ON_LAP``: a gun sat with across the knees or in the lap, evenings, as a habit;
- ``_KEPT_BY_BED``: a dead or absent person's tablets, or old ones, kept by the bed, found
  comforting;
- ``_NOT_FOR_PESTS``: a poison or a means bought and "not for" what it is sold for;
- ``_STOCK_TARGET``: tablets counted towards a number aimed for;
- ``_ACCIDENT``: a death that would pass for an accident ("nobody would question a man
  overboard", "make it look like an accident"), or insured for it;
- ``_DATE_PROVIDED``: a bare date after money clears "so mum has something": a day set and the
  family provided for, with no errand named;
- ``_PICKED_TO_STOP``: a day or a weekend picked "to stop everything";
- ``_AT_THE_EDGE``: the writer at the end of a jetty, a pier or on a ledge with the tide or the
  water coming in, and nothing to do there.

Lookalikes stay quiet: a funeral playlist for a grandparent, a song wanted "at my funeral lol",
goodbyes before a move or to a person, "done with more than half the reading", a shotgun
cleaned on the lap before a clay shoot, tablets kept by the bed to remember them, rat poison
bought for rats, a step or page target, a novel's murder made to look like an accident, a rent
day after a cheque clears, a weekend picked to stop and rest, fishing off the jetty as the tide
turns. Read on normalised text (see ``crisis.normalise``); pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles

# Told as a past long over (crisis.wished_end reads these two too): "years ago i used to sit with
# the rifle; well for a decade now"
PAST = needles.compile(
    r"\b(?:used to|years ago|back then|in my (?:teens|twenties)|been (?:well|clean) for|"
    r"recovered|recovery)\b",
)
# ...or a patient's, a client's, a case's words brought from work or the course to ask about
AT_WORK = needles.compile(
    r"\b(?:my|a|the|our) (?:patient|patients|client|clients|resident|service user|case study)\b|"
    r"\bhow (?:do|should) (?:i|we|clinicians|nurses) (?:document|respond|assess|chart)\b",
)

# Someone else's funeral, or a song merely wanted there, is not a task done for one's own
_FUNERAL_DONE = needles.compile(
    r"\b(?:made|making|finished|picked|chose|chosen|wrote|written|planned|sorted|put together|"
    r"done|did) (?:\w+ ){0,2}?(?:playlist|songs?|music|hymns?|readings?|eulogy|order of service|"
    r"outfit) for my (?:own )?funeral\b",
)
_GOODBYES_NOW = needles.compile(
    r"\b(?:posting|sending|saying|writing|doing|sent|posted|written) (?:the |all )?(?:last |"
    r"rest )?(?:of )?my (?:last |final )?goodbyes\b(?! to\b)(?=.*\b(?:tonight|today|right now|"
    r"you are one|you re one|this is one)\b)",
)
_GOODBYE_TRIP = needles.compile(
    r"\b(?:move|moving|moved|flight|fly|flying|abroad|emigrat\w*|travel\w*|trip|holiday|"
    r"leaving for|new job|new school|graduat\w*|farewell party|leaving do)\b",
)
_DONE_WITH_MORE = needles.compile(
    r"\b(?:i am|i m|im) (?:done|finished) with (?:a lot |way |much )?more than (?:just )?"
    r"(?:school|uni|college|class|classes|work|exams?|the course|this course|studying|that|it)\b",
)
_MEANS_ON_LAP = needles.compile(
    r"\b(?:shotgun|rifle|gun|pistol|revolver|handgun)\b (?:across|on|over|in) my (?:knees|lap)\b|"
    r"\bsit (?:\w+ ){0,6}?with (?:the|my|a|dads|the loaded|my loaded) (?:shotgun|rifle|gun|"
    r"pistol|revolver|handgun)\b",
)
_GUN_CHORE = needles.compile(
    r"\b(?:clean\w*|oil\w*|strip\w*|clay|range|season|shoot(?:ing)? (?:day|trip)|hunt(?:ing)? "
    r"trip|licen[cs]e|repair\w*|fix\w*|scope|hide|deer|stalk\w*|pigeons?|rabbits?|fox\w*|geese|"
    r"ducks?|waiting for)\b",
)
_KEPT_BY_BED = needles.compile(
    r"\b(?:kept|keeping|saved|saving|held on to|hung on to|hoarded|still (?:got|have)) (?:all )?"
    r"(?:of )?(?:my )?"
    r"(?:\w+ ){0,3}?(?:tablets|pills|meds|medication|medicine|painkillers|sleeping pills)\b"
    r"(?=.*\b(?:by my bed|beside my bed|next to my bed|under my pillow|bedside|comforting|a comfort"
    r"|comforts me|knowing they are there)\b)",
)
_KEPT_OWNER = needles.compile(
    r"\b(?:passed|died|dead|late|old|leftover|left over|when \w+ (?:died|passed)|mums|dads|nans|"
    r"grandads|husbands|wifes|mothers|fathers)\b",
)
_KEPT_ERRAND = needles.compile(r"\b(?:chemist|pharmacy|dispos\w*|return\w*|bin|remember)\b")
_NOT_FOR_PESTS = needles.compile(
    r"\b(?:bought|got|buying|picked up) (?:some )?(?:\w+ )?(?:poison|rope|charcoal|antifreeze|"
    r"weedkiller|killer|hose|tape)\b.{0,40}\b(?:its|it is|and its|and it is) not for (?:the )?"
    r"(?:rats|mice|pests|weeds|garden|slugs|bbq|barbecue|camping|car|shed|ants)\b"
    r"(?!.{0,20}\b(?:its|it is) for\b)",
)
_STOCK_TARGET = needles.compile(
    r"\b(?:tablets|pills|meds|paracetamol|painkillers|sleeping pills)\b.{0,80}\b(?:(?:number|"
    r"amount|total|target|goal) i am (?:aiming|going|working) (?:for|towards)|aiming for \d+|"
    r"until i (?:have|get to|reach|hit) \d+|\d+ more to go|need \d+ more)\b",
)
_STOCK_ERRAND = needles.compile(
    r"\b(?:steps|pages|words|days|weeks|clean|sober|streak|prescription|refill|repeat|pharmacy|"
    r"short(?:ed|changed)?)\b",
)
_ACCIDENT = needles.compile(
    r"\b(?:no ?one|nobody|noone) would (?:question|suspect|know|think twice|ask questions|doubt)\b"
    r"(?=.*\b(?:overboard|accident|crash|drown\w*|fell|fall|slipped|insured|insurance)\b)|"
    r"\b(?:overboard|accident|crash|drown\w*|fall|slipped)\b.{0,60}\b(?:no ?one|nobody|noone) "
    r"would (?:question|suspect|know|think twice|ask questions|doubt)\b|"
    r"\bmake (?:it|mine|my death) look like an accident\b",
)
_STORY = needles.compile(
    r"\b(?:novel|story|book|plot|character|murder|film|movie|show|episode|game|killer|detective|"
    r"screenplay|script|writing class|villain|my dnd|campaign|chapter|author|captain|said the)\b",
)
_DATE_PROVIDED = needles.compile(
    r"^(?:on )?(?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|next week|this weekend)\b.{0,60}\bafter (?:the |my |his |her )?(?:\w+ )?"
    r"(?:cheque|check|payment|money|pension|wages|pay|payout|insurance)\b.{0,40}\bso "
    r"(?:my |the |our )?"
    r"(?:mum|mom|mam|dad|wife|husband|kids|children|family|partner|she|he|they) (?:has|have|gets|"
    r"get|will have|would have|is|are) (?:something|enough|money|the money|covered|provided for|"
    r"looked after|taken care of|sorted)\b",
)
_DATE_ERRAND = needles.compile(
    r"\b(?:trip|holiday|flight|move|moving|wedding|party|rent|bills?|deposit|buy|booking|"
    r"birthday|operation|surgery|shopping|car|mortgage|christmas presents)\b",
)
_PICKED_TO_STOP = needles.compile(
    r"\b(?:picked|chosen|chose|set|settled on|decided on) (?:the |a )?(?:date|day|weekend|week|"
    r"night|\d{1,2}(?:st|nd|rd|th)?)\b.{0,60}\bto (?:stop everything|end everything|end it all|"
    r"end it|stop it all)\b(?! (?:and|so|for|to|with))",
)
_AT_THE_EDGE = needles.compile(
    r"\b(?:i am|i m|im|sitting|standing|sat|stood) (?:\w+ )?(?:at|on) (?:the )?(?:end of the "
    r"(?:jetty|pier|breakwater|groyne|quay)|edge of the (?:cliff|roof|quarry|platform|dock)|"
    r"(?:ledge|cliff edge|railway line|tracks))\b(?=.*\b(?:tide|tides|water|waves|train)\b.{0,20}"
    r"\b(?:coming in|rising|getting higher|coming)\b)",
)
_EDGE_ERRAND = needles.compile(
    r"\b(?:fishing|fish|crab\w*|photo\w*|sunset|kayak\w*|boat|paddl\w*|with (?:my|the) "
    r"(?:dog|kids|mates|friends|family)|pack up|packing up|head back|heading back|get back|"
    r"walk\w*|swim\w*|surf\w*)\b",
)


def mine(plain: str) -> bool:
    """The writer's own quiet preparation or means at hand, told without the word."""
    if PAST.search(plain) or AT_WORK.search(plain):
        return False
    if _FUNERAL_DONE.search(plain) or _DONE_WITH_MORE.search(plain):
        return True
    if _GOODBYES_NOW.search(plain) and not _GOODBYE_TRIP.search(plain):
        return True
    if _MEANS_ON_LAP.search(plain) and not _GUN_CHORE.search(plain):
        return True
    kept = _KEPT_BY_BED.search(plain) is not None and _KEPT_OWNER.search(plain) is not None
    if kept and not _KEPT_ERRAND.search(plain):
        return True
    if _NOT_FOR_PESTS.search(plain):
        return True
    if _STOCK_TARGET.search(plain) and not _STOCK_ERRAND.search(plain):
        return True
    if _ACCIDENT.search(plain) and not _STORY.search(plain):
        return True
    if _DATE_PROVIDED.search(plain) and not _DATE_ERRAND.search(plain):
        return True
    if _PICKED_TO_STOP.search(plain):
        return True
    return _AT_THE_EDGE.search(plain) is not None and not _EDGE_ERRAND.search(plain)
