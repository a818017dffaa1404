"""Someone named in another language with no trouble told: no one else's crisis to reply to.

Why it is needed: the classifier learned the languages other than English almost only from
crises, and among them most often from reports about someone else ("rafiki yangu amemeza vidonge
vingi", "mi hermano me mandó un audio despidiéndose"). So a friend, a brother or a mother named
and something said of them reads to it as the start of such a report, whatever follows: "rafiki
yangu amesema atakuja kesho" (my friend said she will come tomorrow), "mein Freund hat gesagt,
dass er morgen kommt", "il mio amico ha detto che verrà domani" all got the full reply. In English
it has seen thousands of such everyday sentences; in these languages it has not.

A report of someone else's crisis tells some trouble: a word of dying or of harm, a means (pills,
poison, a rope, a gun, a bridge), a farewell, a silence ("no contesta", "hajibu simu"), someone
gone or unconscious, or the writer's fear and question ("qué hago", "nifanye nini", "ek is
bang"). ``trouble`` finds any of them, in the languages people write to the bot in;
``crisis.by_model`` gives the classifier's reading of someone else's crisis in another language
only where one is found. The same holds of the writer's own errands ("kesho nitaenda sokoni na
watoto": tomorrow I go to the market with the children), which it read as the writer's risk:
``errand`` finds one told with no trouble beside it. The lexicons (``crisis.languages``) are
read before and are not touched. Read on text folded as ``crisis.languages.fold`` folds it;
pure, nothing here logs.
"""

from __future__ import annotations

from crisis import needles
from crisis.languages import fold

# Dying, killing, harm, the end and living no more, in the languages here (folded: no accents).
_HARM = (
    r"die|dying|dead|death|kill\w*|suicid\w*|suizid\w*|samoboj\w*|самоуб\w*|суицид\w*|суїцид\w*|"
    r"intihar\w*|bunuh\w*|kujiua|kufa|afe|zibulal\w*|zabulal\w*|selfmoord|doodmaak|dood|"
    r"muer\w*|morir\w*|morrer\w*|mourir|mort\w*|matar\w*|matou|mato|matarse|tuer|suicide|"
    r"sterben|stirbt|tot|toten|umbring\w*|morire|morto|uccid\w*|ammazz\w*|mamatay|patay\w*|"
    r"mati|marna|marne|mar ja\w*|maut|khudkushi|aatmhatya|atmahatya|zindagi khatam|"
    r"umrz\w*|umre|umarl\w*|zabi\w*|умер\w*|умр\w*|помер\w*|помр\w*|смерт\w*|убить|убью|"
    r"убьет|вбити|вбю|загин\w*|погиб\w*|olmek|oldur\w*|olecek|olum|chet|tu tu|tu sat|"
    r"koniec|конец|кінець|finita|farla finita|fin a todo|acabar con|acabar com|en finir|"
    r"schluss machen|hurt\w*|harm\w*|danar\w*|machuc\w*|haga algo|hacer algo|faca algo|"
    r"fazer algo|fasse une betise|sich etwas an\w*|qualcosa di stupido|zrobi sobie|"
    r"что то с собой|щось із собою|kujidhuru|atajidhuru|saktan|"
    # living no more: "il ne voulait plus vivre", "sie will nicht mehr leben"
    r"vivre|vivir|viver|leben|vivere|zyc|жить|жити|kuishi|mabuhay|hidup|jeena|jina|yasamak|"
    r"song nua|muon song|ukuphila|lewe|"
    # a last time, not being here tomorrow, weariness: "kesho sitakuwepo", "mara ya mwisho"
    r"sitakuwepo|mara ya mwisho|kwaheri|nimechoka|ultima vez|ultima volta|derniere fois|"
    r"letztes mal|ostatni raz|последнии раз|останнии раз|son kez|terakhir|huling beses|"
    r"akhri baar|aakhri baar|lan cuoi|capek|pagod|cansad\w*|fatigue\w*|stanc\w*|zmeczon\w*|"
    r"устал\w*|втомив\w*|втомил\w*|yorgun\w*|thak gay\w*|maisha"
)
# A means or a place of danger.
_MEANS = (
    r"pills?|pastill\w*|pildor\w*|comprimid\w*|remedio\w*|tablet\w*|tabletk\w*|tabletten|"
    r"таблет\w*|пігул\w*|pigul\w*|pastigli\w*|pillol\w*|vidonge|dawa|goli\w*|dawai|obat|gamot|"
    r"tableta\w*|pille|pillen|ilac\w*|thuoc|veneno|poison\w*|racun|zehir|gift|veleno|trucizn\w*|"
    r"яд|отрав\w*|отрут\w*|sumu|ubuthi|gif|pesticid\w*|sniper|cuerda|soga|corda|sznur\w*|"
    r"strick|seil|corde|веревк\w*|мотуз\w*|kamba|arma|pistol\w*|tiro|waffe|"
    r"gewehr|fucile|rifle|gun|shotgun|ружь\w*|рушниц\w*|пистолет\w*|bunduki|isibhamu|silah|"
    r"tabanca|baril|cuchillo|navaja|faca|messer|coltello|noz|нож\w*|kisu|bicak|pisau|"
    r"kutsilyo|puente|ponte|pont|brucke|most\w*|мост\w*|kopru\w*|jembatan|tulay|daraja|"
    r"viaduc\w*|viadott\w*|azotea|telhado|toit|dach|tetto|крыш\w*|vias|trilhos|rails|gleis\w*|"
    r"tory|torach|рельс\w*|cortando|cortou|corto|se corta|kesi\w*|kesmis|schneidet|taglia|"
    r"tnie|порез\w*|ріже\w*|scarifi\w*|sangr\w*|sangue|blut\w*|krew|кров\w*|damu|darah|dugo|"
    r"igazi|kan|kanam\w*|saltar|pular|sauter|springen|saltare|skocz\w*|прыг\w*|стриб\w*|"
    r"lompat|tumalon|kuruka|ukweqa"
)
# A farewell, a silence, someone gone, unconscious or not waking after drugs.
_GONE = (
    r"adios|adeus|adieu|addio|abschied\w*|verabschied\w*|despid\w*|despedi\w*|despede\w*|"
    r"zegna|pozegn\w*|прощ\w*|попрощ\w*|kuaga|ameaga|paalam|alvida|pamit|veda|ukuvalelisa|"
    r"goodbye|totsiens|afskeid|chia tay|vaarwel|"
    r"no contesta|no responde|nao atende|nao responde|ne repond\w*|antwortet nicht|"
    r"nicht mehr ans telefon|non risponde|nie odbiera|nie odpowiada|не отвечает|не відповідає|"
    r"hajibu|hapokei|sumasagot|sumasagot|tidak menjawab|ga bales|gak bales|nggak bales|"
    r"phone band|cevap vermiyor|acmiyor|kapali|akaphenduli|akabambi|antwoord nie|"
    r"desacordad\w*|desmay\w*|inconscien\w*|bewusstlos|svenut\w*|nieprzytomn\w*|"
    r"без сознания|без свідомості|hajitambui|pingsan|walang malay|behosh|"
    r"no volver\w*|nao vai voltar|ne reviendra|nicht zuruck\w*|non tornera|nie wroci|"
    # not waking, after drugs taken: "il a pris de l'héroïne et il ne se réveille pas"
    r"ne se reveille|wacht nicht auf|no despierta|nao acorda|non si sveglia|nie budzi|"
    r"не просыпается|не прокидається|haamki|hindi magising|tidak bangun|ga bangun|"
    r"nahi uth|heroin\w*|droga\w*|drogue\w*|drogen|narko\w*|fentanyl\w*|cocain\w*|"
    r"героин\w*|наркот\w*|метадон\w*|shabu|sabu|overdos\w*|передоз\w*"
)
# The writer's fear or question about what to do.
_ASKED = (
    r"que hago|que faco|o que eu faco|que faire|quoi faire|was soll ich|cosa faccio|che faccio|"
    r"co mam robic|co robic|что делать|что мне делать|що робити|що мені робити|nifanye nini|"
    r"ne yapmaliyim|ne yapayim|gimana|tolong|ano gagawin|anong gagawin|kya karu\w*|kya karo\w*|"
    r"ngenzeni|wat moet ek doen|lam gi|lam sao|help|ayuda|ajuda|aide moi|hilfe|aiuto|pomoc\w*|"
    r"помог\w*|допомож\w*|msaada|nisaidie|tulong|abeg|miedo|medo|peur|angst|paura|boje|"
    r"boimy|страшно|боюсь|боюся|naogopa|takut|natatakot|takot|darr|dar lag|bang|korkuyorum|"
    r"ngiyesaba|worried|preocupad\w*|inquiet\w*|besorgt|preoccupat\w*|martwi\w*|"
    r"волнуюсь|хвилююсь|nina wasiwasi|khawatir|nag aalala"
)
_TROUBLE = needles.compile(rf"(?<!\w)(?:{_HARM}|{_MEANS}|{_GONE}|{_ASKED})(?!\w)")
# An errand or a chore of one's own: the market, the shop, church, a class, cooking, a lesson
# done ("kesho nitaenda sokoni na watoto", "leo nimepika wali"), in the languages where the
# classifier read the first person alone as risk.
_ERRAND = needles.compile(
    r"(?<!\w)(?:sokoni|dukani|kanisani|msikitini|shuleni|darasani|hospitalini kwa miadi|"
    r"nimepika|nitapika|tunapika|nimemaliza somo|somo la|nimejifunza|harusini|sherehe|"
    r"mercado|supermercado|feria|marche|markt|mercato|targ|rynek|рынок|ринок|magazin|pasar|"
    r"palengke|bazaar|bazar|oja|kasuwa|emakethe)(?!\w)"
)


def errand(text: str) -> bool:
    """Whether ``text`` tells an errand or a chore of one's own (the market, cooking, a lesson
    done) and no trouble: the classifier's reading of the writer's own risk defers to it."""
    folded = fold(text)
    return _ERRAND.search(folded) is not None and _TROUBLE.search(folded) is None


def trouble(text: str) -> bool:
    """Whether ``text`` tells, in one of the languages here, some trouble: harm or dying, a means
    or a place of danger, a farewell or a silence, someone unconscious, or the writer's fear."""
    return _TROUBLE.search(fold(text)) is not None


# A short everyday sentence: a few spaced words. A longer report about someone else may tell its
# trouble in words no list here holds; a script written without spaces shows no words to count.
_FEWEST_WORDS = 3
_MOST_WORDS = 12
_MOST_CHARACTERS = 80


def short_and_untroubled(text: str) -> bool:
    """Whether ``text`` is a short sentence of a few spaced words that tells no trouble (see
    ``trouble``): "rafiki yangu amesema atakuja kesho", not a longer report."""
    words = len(text.split())
    short = _FEWEST_WORDS <= words <= _MOST_WORDS and len(text) <= _MOST_CHARACTERS
    return short and not trouble(text)
