"""Everyday messages built from a crisis's words, each of a kind with its ordinary reason named.

The classifier and some rules have seen these words mostly in crises, so they raise an alarm on
errands that share them: a will or an executor's role in a family's ordinary paperwork, a move to
another city with things given away, a rope or a knot asked about for a named use (a swing, a
boat), a medicine asked about for how fast it kills a pain, a poison asked about for the
rats or ants it kills (in any language), a secret about the contraceptive
pill, animals put down on a farm or at a vet's, an everyday medicine's usual dose asked as one
asks a pharmacist. Each kind here names its everyday reason and
stays out whenever a word of the writer's own end, weight or harm is beside it ("so it's sorted
before I go", "strong enough to hold my weight", "so nobody can stop me"). Read on normalised
text, and for other languages on the text only folded. Pure; nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.languages import fold

# A word of the writer's own end, departure or harm: with any of these, none of the kinds here.
_OWN_END = needles.compile(
    r"\b(?:before i (?:go|leave|am gone|die|do it)|when i am (?:gone|dead|not here)|after i am "
    r"gone|once i am gone|not (?:be )?(?:around|here) (?:much )?longer|sorted before|in order "
    r"before|for when i|will not need|won t need|where i am going|for good|forever|goodbye for|"
    r"last (?:time|goodbye|wishes)|kill\w*|die|dying|dead|death|suicid\w*|end (?:it|my|things)|"
    r"my weight|hold me|hold a person|body ?weight|neck|myself|overdos\w*|\bod\b|nobody can stop|"
    r"no one can stop|noone can stop|can not stop me|stop me|so i can|so that i|too many|"
    r"them all|all at once|whole|bottle|box|packet|strip|pills|tablets|enough to|better place|"
    r"better off|no point|hopeless|worthless|can not (?:cope|go on|do this)|not worth|"
    # a move or a will told beside a loss of reason: "nobody will miss me", "to join him"
    r"miss me|without me|a burden|no reason|nothing left|join (?:him|her|them)|be with (?:him|her|"
    r"them) again|see me again|"
    # ...or a going with nothing left undone: "now i can go without leaving a mess"
    r"(?:i|we) can (?:go|leave) (?:now|without|in peace)|without leaving a mess|no mess (?:behind|"
    r"for)|what is the point|what s the point|(?:will|wo|shall) not be (?:here|around))\b"
)

# A will, an executor or an estate planned as the ordinary paperwork of a family or a life stage.
_WILL = needles.compile(
    r"\b(?:will|wills|executor|executrix|estate planning|testament|testamento|testamentos|"
    r"notar|notario|notaio|notaire|tabeliao|cartorio|power of attorney|life insurance|"
    r"beneficiar(?:y|ies)|wosia|bima ya maisha|seguro de vida|lebensversicherung|"
    r"assurance vie|assicurazione sulla vita)\b"
)
_WILL_ERRAND = needles.compile(
    r"\b(?:(?:my |our |his |her )?(?:mum|mom|mother|dad|father|parents?|nan|nana|gran|granny|"
    r"grandma|grandpa|grandmother|grandfather|grandparents?|aunt|uncle|in laws?) (?:is |are |was |"
    r"were |has |have )?(?:\w+ ){0,2}?(?:doing|making|writing|updating|drawing up|redoing|"
    r"sorting|changing|made|wrote|updated|drew up) (?:his|her|their) (?:will|wills|estate)|asked "
    r"me to be (?:the |her |his |their )?executor|(?:named|make|made|making) me (?:the |her |his |"
    r"their )?executor|retirement planning|estate planning (?:webinar|seminar|talk|session|course)|"
    r"after the divorce|(?:new|the) baby (?:is here|arrived|came)|for the mortgage|"

    # ...or a new family's or a new home's paperwork: "got life insurance now that we have a baby"
    r"now that (?:we|i) (?:have|ve got|got|are expecting|am expecting|re expecting|bought) (?:a |"
    r"the |our |my )?(?:baby|kids?|children|little one|family|mortgage|house|home)|"

    # ...or made because a husband or a wife insisted: "did the will, the wife made me 😅"
    r"(?:wife|husband|partner|missus|hubby|mke wangu|mume wangu|mi esposa|mi marido|minha "
    r"(?:esposa|mulher)|meu marido|ma femme|mon mari|meine frau|mein mann|mia moglie|mio marito) "
    r"(?:\w+ )?(?:insisted|insists|made me|nagged|alisisitiza|anasisitiza|insistio|insistiu|"
    r"insiste|a insiste|hat darauf bestanden|ha insistito))\b"
)
# ...or made because everyone is told to, at an age or after a birth, or set as coursework
_WILL_AS_TOLD = needles.compile(
    r"\b(?:like (?:every|any|all|most) (?:\w+ ){0,3}?(?:adults?|parents?|people|person|year olds?|"
    r"grown ups?|retirees?)|(?:everyone|everybody|they all) (?:says?|tells? you|should)|"
    r"after (?:my|our|the) (?:\w+ )?(?:kids?|baby|son|daughter|child|children|twins) (?:was|"
    r"were) born|(?:law|legal) (?:school|class|course|module)|(?:as|for) (?:part of )?(?:an? |"
    r"my |our |the )?(?:\w+ ){0,3}?(?:assignment|homework|coursework|class|seminar|module))\b"
)
# ...or a will of one's own, named as a document, made for a property bought or because a lawyer
# said every adult should have one ("I'll be using it soon" is no will: "will" there is a verb)
_WILL_DOCUMENT = needles.compile(r"\b(?:my|a|our|the) (?:new |first )?wills?\b(?! be\b)")
# ...with no grave bought beside it, nor a use of it coming soon
_WILL_PROPERTY_BUT = needles.compile(
    r"\b(?:plot|plots|grave|graves|burial|cemetery|headstone|urn|soon|using it|use it|joining|join "
    r"(?:him|her|them))\b"
)
_WILL_FOR_PROPERTY = needles.compile(
    r"\b(?:bought|buying|purchased|inherited) (?:a |an |the |some |my first |our first |our |"
    r"my )?(?:land|flat|house|home|property|apartment|condo|farm)\b|\b(?:lawyer|solicitor|"
    r"notary|accountant|financial (?:adviser|advisor|planner)|bank) (?:said|says|told me|advised|"
    r"recommended|suggested)\b|\bevery adult should\b|\beveryone should have one\b"
)
# ...or, in other languages, a relative's will drawn up at the notary's: "das Testament meiner
# Oma", "mein Vater ... sein Testament", "o testamento da minha avó"; never the writer's own
_KIN = needles.compile(
    r"\b(?:vater|mutter|eltern|oma|opa|grossmutter|grossvater|grosseltern|tante|onkel|"
    r"schwiegereltern|pai|mae|avo|avos|padre|madre|abuela|abuelo|abuelos|padres|tio|tia|nonno|"
    r"nonna|nonni|genitori|zio|zia|pere|mere|grand mere|grand pere|parents)\b"
)
_KIN_WILL = needles.compile(r"\b(?:testament|testamento|testamentos)\b")
_MY_OWN_WILL = needles.compile(
    r"\b(?:mein|meinem|meines|mi|meu|o meu|il mio|mon|my) (?:\w+ )?(?:testament|testamento|will)\b"
)

# A move to another place, by which things given away or goodbyes said are explained.
_MOVE = needles.compile(
    r"\b(?:moving|relocating|emigrating) (?:out )?(?:to|abroad|overseas|interstate|across the "
    r"country)\b"
    r"(?! (?:a |the )?(?:better|other|next|another|different|final|last|quiet|peaceful) "
    r"(?:place|side|world|life|home)\b)"
    r"(?! (?:heaven|the other side|somewhere|nowhere|peace|sleep|be with|the bridge|the cliffs?)\b)"
    r"|\bnew job (?:in|abroad|overseas)\b"
    # ...or a move to something smaller in later life: "downsizing to a one bedroom in town",
    # "moving into sheltered housing", "moving in with our daughter"
    r"|\bdownsiz\w*|\bmoving (?:in|into|to) (?:a |an |the |our )?(?:smaller|one bed\w*|"
    r"two bed\w*|bungalow|flat|apartment|condo|care home|nursing home|retirement|assisted living|"
    r"sheltered|granny flat)\b|\bmoving in with (?:our|my) (?:daughter|son|kids|children)\b"
)

# A rope, a cord or a knot asked about for a named harmless use.
_ROPE = needles.compile(r"\b(?:rope|ropes|cord|paracord|knot|knots|chain|strap|straps)\b")
_ROPE_USE = needles.compile(
    r"\bfor (?:a |an |the |my |our |his |her |their |the kids |a kids )?(?:new |big |small |"
    r"old |little )?(?:(?:tree |tyre |tire |rope |garden |porch |baby )?swings?|hammocks?|boat|"
    r"boats|mooring|anchor|dinghy|kayak|canoe|tow\w*|trailer|tent|tarp|camping|washing line|"
    r"clothes ?line|tug of war|climbing|belay\w*|rigging|pulley|hanging baskets?|plant hangers?|"
    r"macrame|crafts?|dog|leash|hay bales?|cargo|roof rack|treehouse|gym|battle ropes?|"
    r"skipping|flag ?pole|deer stand|sailing|the kids|my kids)\b"
)
# ...tied over a beam to see if it holds, or for tonight: not the swing's rope
_ROPE_BUT = needles.compile(
    r"\b(?:beam|beams|rafters?|banister|loft|hatch|stair ?well|noose|see if it (?:would|will|can|"
    r"could) hold|tonight|the night|test\w* it|slipknot|slip knot|hangman\w*)\b"
)

# A medicine asked about for how fast it kills a pain: "qual remédio mata a dor de cabeça".
_KILLS_PAIN = needles.compile(
    r"\b(?:kills?|killing|killed|killer|killt|totet|toetet|mata|matam|matar|tue|tuent|uccide|"
    r"uccidono|ammazza)\b"
    r"(?: \w+){0,4}? (?:a |the |el |la |il |le |os |my |your )?"
    # ...not "without pain": "qual veneno mata sem dor" asks of a painless death
    r"(?<!\bsem )(?<!\bsin )(?<!\bsans )(?<!\bsenza )(?<!\bwithout )(?<!\bohne )"
    r"(?:pain|pains|dor|dores|dolor|"
    r"dolores|douleur|douleurs|dolore|dolori|headache|headaches|migraine|migraines|toothache|"
    r"cramps?|colica|colicas|enxaqueca|jaqueca|cefaleia|mal di testa|mal de tete|"
    r"(?:kopf|zahn|bauch|rucken|regel)?schmerz(?!los)\w*)\b"
    r"|\b(?:painkillers?|pain killers?|analgesic\w*|analgesico\w*)\b"
)
# ...unless the killing is of the writer: "me mata", "matar-me", "kill me"
_ME_KILLED = needles.compile(
    r"\b(?:me mata\w*|matar me|me matar|kill me|kills me|uccidermi|me tuer|suicid\w*|morrer|"
    r"morir|mourir|morire|sterben|overdos\w*|sobredose|todos os|todas as|todos los|todas las|"
    r"caixa inteira|frasco|cartela)\b"
)

# A poison asked about for the pests it kills, in the writer's language: "hangi zehir fareleri
# oldurur", "que veneno mata ratas", "welches gift totet ratten"
_PESTS = needles.compile(
    r"\b(?:rats?|mice|mouse|rodents?|ants?|cockroach\w*|roaches|wasps?|slugs?|moles?|weeds?|"
    r"termites?|fare\w*|sican\w*|karinca\w*|hamamboce\w*|ratas?|ratones|raton|hormigas?|"
    r"cucarachas?|ratos?|baratas?|formigas?|souris|fourmis|cafards?|ratten|ratte|mause|maus|"
    r"ameisen|schaben|ratti|topi|formiche|scarafaggi|szczur\w*|mysz\w*|mrowk\w*|karaluch\w*|"
    r"krys\w*|крыс\w*|мыш\w*|тарака\w*|муравь\w*)\b"
)
_POISON_KILLS = needles.compile(
    r"\b(?:poisons?|zehir\w*|ilac\w*|veneno|venenos|poison|gift|giftkoder|veleno|trucizn\w*|"
    r"яд\w*|отрав\w*|kills?|oldur\w*|mata|matam|tue|tuent|totet|toetet|uccide|zabija|убива\w*|"
    r"get rid of|bait|appat|koder|esca|cebo|isca)\b"
)
# ...asked as which one does it: "hangi", "which", "qué", "welches", "le meilleur"
_WHICH = needles.compile(
    r"\b(?:hangi|which|what|que|qual|quale|quel|quelle|welche\w*|какой|какая|какое|jaki|jaka|"
    r"jakie|best|mejor|melhor|meilleur|am besten|en iyi|il migliore)\b"
)
_ME_POISONED = needles.compile(
    r"\b(?:adult|adulto|adulte|erwachsen\w*|yetiskin|взросл\w*|dorosl\w*|quanto|cuanto|"
    r"how much|how many|wie viel|combien|ne kadar|сколько|ile|ml|mg|grams?|gramos|gramm|"
    r"aguanto|cada noche|every night|jeden abend|her gece|"
    r"me|myself|i|beni|kendimi|olmek|olmeyi|intihar\w*|mich|moi|mi|yo|eu|mnie|siebie|"
    r"меня|себя|suicid\w*|selbstmord|morir|mourir|morrer|sterben|morire|umrzec|умереть|"
    r"people|persons?|humans?|insan\w*|humanos?|mensch\w*|personne|persona|pessoa|czlowiek\w*|"
    r"человек\w*)\b"
)

# The contraceptive or morning-after pill, kept from others: an ordinary secret.
_THE_PILL = needles.compile(
    r"\b(?:(?:the|my) pill|morning after pill|morning after|plan b|emergency contracepti\w*|"
    r"contracepti\w*|birth control|ellaone|postinor|levonorgestrel)\b"
)

# Animals put down as a day's work: on a farm, at the vet's, by a vet in the family.
_PUT_DOWN = needles.compile(
    r"\b(?:put|putting|puts) (?:\w+ ){0,3}?(?:down|to sleep)\b|\beuthan\w*|\bcull\w*|"
    r"\bslaughter\w*|\bdispatch\w*|\bbutcher(?:ed|ing|s)\b"
)
_STOCK = needles.compile(
    r"\b(?:cows?|cattle|calf|calves|bulls?|heifers?|steers?|ewes?|sheep|lambs?|rams?|pigs?|"
    r"sows?|hogs?|piglets?|goats?|chickens?|hens?|poultry|flock|herd|livestock|horses?|ponies|"
    r"pony|foals?|stock)\b"
)
_ANIMAL_WORK = needles.compile(
    r"\b(?:farm|farms|farmer|farmers|farming|vet|vets|veterinar\w*|vet nurse|clinic|surgery|"
    r"shift|abattoir|part of the job|the job|at work|on the job)\b"
)
# ...the writer's own pet grieved is the caring reply's, and so is a writer who is not coping
_OWN_PET_OR_WORSE = needles.compile(
    r"\b(?:my|our) (?:own |old |sweet |beloved )?(?:dog|cat|pet|puppy|kitten|rabbit|bunny|horse|"
    r"pony)\b"
    r"|\bcan not (?:stop|cope|sleep|do this|keep)|\bburn(?:t|ed)? out\b|\bnot ok\b|\bbreaking\b|"
    r"\bfalling apart\b|\bnumb\b|\bhaunt\w*|\bnightmares?\b|\bquit\w*|\bdepress\w*|\bcry\w*|"
    r"\bcried\b|\btears?\b|\bsobb\w*|\blet go\b|\bnobody\b|\bno one\b"
)


# A tune or a line that will not leave the head: a song named, or a phrase in quotes.
_EARWORM = needles.compile(
    r"\b(?:can not|cant|can t) (?:seem to )?(?:get|shake) (?:\w+ ){0,6}?out of my head\b"
    r"|\bstuck in my head\b|\bearworm\b|\bon repeat in my head\b"
    # a song sung all day: "can't stop singing bohemian rhapsody since yesterday"
    r"|\bcan not stop (?:singing|humming|whistling)\b"
)
_TUNE = needles.compile(
    r"\b(?:song|songs|tune|jingle|melody|chorus|lyrics?|riff|track|theme tune|anthem|ad|"
    r"singing|humming|whistling)\b"
)
_QUOTED = needles.compile("['\"\u201c\u2018][^'\"\u201d\u2019]{3,60}['\"\u201d\u2019]")
# ...not a thought, a scene or someone's words that keep coming back
_NOT_A_TUNE = needles.compile(
    r"\b(?:thoughts?|images?|pictures?|voices?|face|faces|scene|crash|accident|memory|memories|"
    r"said|told me|called me|words|flashbacks?|sound of|screams?|what happened)\b"
)

# A failure at a named craft or chore: "un fallimento in cucina", "a failure at baking".
_FAILED_CRAFT = needles.compile(
    r"\b(?:failure|fallimento|disastro|desastre|disaster|fracasso|fracaso|echec|versager\w*|"
    r"flop|hopeless|useless)\b(?: \w+){0,2}? (?:in (?:the |la )?(?:kitchen|cucina|cocina|cozinha|"
    r"cuisine|kuche|garden|giardino|jardin|jardim)|at (?:cooking|baking|gardening|knitting|"
    r"sewing|painting|drawing|parking|golf|chess|maths|math|sudoku|wordle|karaoke|dancing|"
    r"crosswords?|diy|bread|this recipe)|ai fornelli|nella cucina|en la cocina|na cozinha|"
    r"in cooking|beim (?:kochen|backen))\b"
)
_FAILED_BUT = needles.compile(
    r"\b(?:everything|everyone|life|at life|as a (?:person|mother|father|mum|dad|wife|husband|"
    r"parent)|always|anymore|any more|tutto|todo|tudo|nothing|niente|nada)\b"
)


# A killing of someone else that a song tells ("mama, just killed a man", "i shot the sheriff"):
# a lyric sung, not the writer's end.
_SUNG_KILLING = needles.compile(
    r"\b(?:just |i |he |she |they )?(?:killed|shot|murdered|stabbed) (?:a|the|that|this|my|your) "
    r"(?:\w+ )?(?:man|woman|sheriff|deputy|boy|girl|guy|lover|baby)\b"
)


def earworm(text: str, plain: str) -> bool:
    """A song or a quoted line stuck in the head, with no thought, scene or harm in it."""
    if _EARWORM.search(plain) is None or _NOT_A_TUNE.search(plain) is not None:
        return False
    named = _TUNE.search(plain) is not None or _QUOTED.search(text) is not None
    return named and _OWN_END.search(_SUNG_KILLING.sub(" ", plain)) is None


def failed_craft(text: str, plain: str) -> bool:
    """A failure at cooking, baking or a game, and not at life or at everything."""
    for t in (plain, fold(text)):
        found = _FAILED_CRAFT.search(t) is not None and _FAILED_BUT.search(t) is None
        if found and _OWN_END.search(t) is None:
            return True
    return False


def ordinary_will(text: str, plain: str) -> bool:
    """A will, an executor's role or life insurance as a family's or a life stage's paperwork,
    with nothing of the writer's own end beside it ("so it's sorted before I go")."""
    for t in (plain, fold(text)):
        if _WILL.search(t) is None or _OWN_END.search(t) is not None:
            continue
        if _WILL_ERRAND.search(t) is not None:
            return True
        if will_as_told(t):
            return True
        property_will = _WILL_DOCUMENT.search(t) and _WILL_FOR_PROPERTY.search(t)
        if property_will and _WILL_PROPERTY_BUT.search(t) is None:
            return True
        kin = _KIN.search(t) is not None and _KIN_WILL.search(t) is not None
        if kin and _MY_OWN_WILL.search(t) is None:
            return True
    return False


def will_as_told(plain: str) -> bool:
    """A will of one's own made as everyone is told to, or as coursework, with no end beside it."""
    # the will named as a document ("my will", "a will"): "i will end the way he did" is a verb
    found = _WILL_DOCUMENT.search(plain) is not None and _WILL_AS_TOLD.search(plain) is not None
    return found and _OWN_END.search(plain) is None


def own_end(plain: str) -> bool:
    """A word of the writer's own end, a means or an amount: what no lookalike may hold."""
    return _OWN_END.search(plain) is not None


def moved_away(plain: str) -> bool:
    """Things given away or goodbyes said because of a move to a named place, not "for good"."""
    return _MOVE.search(plain) is not None and _OWN_END.search(plain) is None


def rope_for_use(plain: str) -> bool:
    """A rope or a knot asked about for a swing, a boat, a tent...: not one "to hold my weight"."""
    return (
        _ROPE.search(plain) is not None
        and _ROPE_USE.search(plain) is not None
        and _OWN_END.search(plain) is None
        and _ROPE_BUT.search(plain) is None
    )


def pain_killed(text: str, plain: str) -> bool:
    """A medicine asked about for how fast it kills a pain or a headache, in any language."""
    for t in (plain, fold(text)):
        if _KILLS_PAIN.search(t) is None or _ME_KILLED.search(t) is not None:
            continue
        # the pain's own "kills" is no word of harm; any other is
        if _OWN_END.search(_KILLS_PAIN.sub(" ", t)) is None:
            return True
    return False


def pest_poisoned(text: str, plain: str) -> bool:
    """A poison asked about for rats, ants or weeds, in any language, no person its target."""
    for t in (plain, fold(text)):
        pests = _PESTS.search(t) is not None and _POISON_KILLS.search(t) is not None
        pests = pests and _WHICH.search(t) is not None
        if pests and _ME_POISONED.search(t) is None and _OWN_END.search(t) is None:
            return True
    return False

def pill_kept_quiet(plain: str) -> bool:
    """The contraceptive or morning-after pill taken and kept secret: no amount, no end."""
    return _THE_PILL.search(plain) is not None and _OWN_END.search(plain) is None


def animals_put_down(plain: str) -> bool:
    """Livestock or a patient's animal put down as a day's work, with the writer coping."""
    if _PUT_DOWN.search(plain) is None or _OWN_PET_OR_WORSE.search(plain) is not None:
        return False
    if _OWN_END.search(plain) is not None:
        return False
    return _STOCK.search(plain) is not None or _ANIMAL_WORK.search(plain) is not None


# A usual dose of an everyday medicine asked for a day, a fever or a child, as people ask a
# pharmacist: "wie viele Tabletten Ibuprofen darf ich am Tag nehmen", "berapa butir paracetamol
# untuk demam anak", "cuantas pastillas de ibuprofeno puedo tomar al dia". Read folded.
_EVERYDAY_MEDICINE = needles.compile(
    r"\b(?:ibuprofen\w*|paracetamol\w*|acetaminophen|tylenol|panadol|nurofen|advil|aspirin\w*|"
    r"dafalgan|doliprane|efferalgan|novalgin(?:a)?|metamizol\w*|dipirona|diclofenac\w*|"
    r"naproxen\w*|antihistamin\w*|loratadin\w*|cetirizin\w*|vitamin\w*|omeprazol\w*)\b"
)
_USUAL_DOSE = needles.compile(
    r"\b(?:(?:am|pro|im) tag|taglich|(?:al|por|cada|el) dia|diari\w*|per (?:day|hari|jour|giorno|"
    r"dag)|par jour|al giorno|sehari|(?:untuk|buat) (?:demam|sakit|anak|pusing)|kwa siku|"
    r"gunde|gunluk|в день|в сутки|dziennie|na dobe|per dag|om de|para (?:la |a )?(?:fiebre|febre|"
    r"dor|dolor|gripe|cabeza|cabeca)|pour (?:la )?(?:fievre|douleur)|fur (?:das kind|kinder)|"
    r"a day|for (?:a |the )?(?:fever|headache|cold|child|kid))\b"
)


def usual_dose_asked(text: str) -> bool:
    """An everyday medicine's usual dose asked for a day, a fever or a child, with no word of
    the writer's end or of taking them all beside it."""
    folded = fold(text)
    if _EVERYDAY_MEDICINE.search(folded) is None or _USUAL_DOSE.search(folded) is None:
        return False
    return _OWN_END.search(folded) is None


# Things given away as an offer, with their everyday reason: "giving away my old uniforms since
# i retired, anyone need size L", "clearing out the kids' outgrown coats, free to collect".
_GIVING = needles.compile(
    r"\b(?:giving away|give away|given away|getting rid of|clearing out|decluttering|free to a "
    r"good home|passing on)\b"
)
_GIVEN_FOR = needles.compile(
    r"\b(?:retired|retiring|retirement|outgrown|grew out of|grown out of|no longer fit|do not fit|"
    r"clear out|declutter\w*|spring clean\w*|new ones|upgraded|too small|too big|old)\b"
)
_OFFERED = needles.compile(
    r"\b(?:anyone (?:need|want|interested|after)|who (?:wants|needs)|dm me|pm me|message me|free "
    r"to (?:collect|anyone|a good home)|collection only|pick up|size (?:xs|s|m|l|xl|xxl|\d+)|"
    r"if anyone)\b"
)
# ...and nothing of not needing them where the writer is going, nor of the last of anything
_GIVEN_BUT = needles.compile(
    r"\b(?:anymore|any more|soon|last|no use for|not needing|be needing|all my|everything)\b"
)


def given_away_offered(plain: str) -> bool:
    """Things given away as an offer to whoever needs them, for a reason named."""
    return (
        _GIVING.search(plain) is not None
        and _GIVEN_FOR.search(plain) is not None
        and _OFFERED.search(plain) is not None
        and _GIVEN_BUT.search(plain) is None
        and _OWN_END.search(plain) is None
    )


def ordinary(text: str, plain: str) -> bool:
    """The kinds here the classifier's alarm defers to (a move is read only beside the things
    given away: "moving to" alone is no reason)."""
    return (
        ordinary_will(text, plain)
        or rope_for_use(plain)
        or pain_killed(text, plain)
        or pill_kept_quiet(plain)
        or animals_put_down(plain)
        or usual_dose_asked(text)
        or given_away_offered(plain)
    )
