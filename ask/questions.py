"""Reading a question: its search terms, and whether it asks for personal advice or a dose.

Both checks lean towards yes: a general question wrongly taken as personal only gains a line
pointing to the prescriber, while a personal one taken as general would read like advice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ask.synonyms import Synonyms

MAX_TERMS = 24  # a pasted essay still makes a small, fast query
# A message this long is a story, not a short question: it gets the prescriber line without
# a scan for every way of asking advice or a dose, which would take milliseconds on 4096
# characters. What would kill is looked for in every message, however long.
STORY_CHARS = 1000

# Words that say nothing about the topic. Kept short: porter stemming and bm25's idf do the rest.
# The last lines: the same words typed without the apostrophe, and the usual shorthand and slips
# of the words that frame a question ("wat is bdnf", "ppl", "doesnt").
STOPWORDS = frozenset(
    """
    a about above after again all also am an and any anyone are aren as at be because been before
    being both but by can could did do does doing don done each else even ever for from get gets
    getting go going got had has have having he her here hers him his how however i if im in into
    is isn it its it's itself just kind know let like likely lot many may me might more most much
    must my myself need no nor not now of off on once one only or other our out over own please
    really right same say she should so some someone something still such sure tell than thank
    thanks that the their them then there these they thing things this those though through to too
    u under until up us use used very want was way we well were what whats when where which while
    who whom why will with would yes yet you your yours
    actually ago allowed already bad basically definition different dont don't doesn't explain
    few forever goes haven't i'm i've isn't isnt meant ok okay old physically shouldn't totally
    terrible vs versus wrong notice info everything anybody somebody maybe pls plz hi hello hey guys
    down between make makes made mean means called part time times happen happens keep staying
    stay going seen see same real people person normal normally usually regular
    honestly actual loads kinda sorta
    tightly strictly highly extremely super quite pretty literally seriously exactly completely
    absolutely try tries tried trying besides except apart instead take takes taking took
    show shows showed good
    difference differences function functions job meaning date dates purpose role reason reasons
    example examples during while behind can't cant cannot won't wont couldn't wouldn't
    didn't aren't wasn't weren't none less since today tonight tomorrow yesterday fine
    mother mum mom dad father parent parents son daughter wife husband partner boyfriend
    girlfriend brother sister friend friends says said exist exists strongly couple services woman
    women man men grandpa grandma grandmother grandfather grandparents cousin aunt uncle niece
    nephew student students essay project homework assignment exam
    service companies company another issue issues
    el la los las en de del que un una por para con le les des du il et est und der das ist ein
    eine di che nel della
    qué como cómo cuál cual quién quien dónde donde cuándo cuando porque sobre está están hay
    muy más mas pero su sus lo al pasa hace hacer tiene puede uno es se son fait elle ele pra
    quais quels quelles gegen contre cuánto cuanto cuánta cuanta cuántos cuantos quanto quanta
    quantos tempo tiempo zeit temps si
    os um uma é são do da dos das na nos nas em com sem qual muito isso isto pode
    gli una uno è sono dei delle nella per come cosa perché quale più molto
    une sont ou qui quoi comment pourquoi quel quelle avec sans pour dans sur ce cette c'est
    einer eines sind oder wie warum wer welche mit ohne für bei durch auf im zu von wirklich
    neue neuen nicht auch
    что как это ли и в на с не для почему какой какая если
    ang ng sa mga ba po ano bakit paano lang na ay at kung ito yung yong naman kasi nga pa kaya
    gaano kailan saan sino alin hindi talaga din rin meron mayroon nang ako ko mo ka siya mag
    akin natin namin pwede puwede dapat
    apa apakah yang ini itu untuk dengan bisa dan di ke dari ada tidak bagaimana berapa kenapa
    mengapa kapan siapa saja juga atau karena sudah akan pada oleh seperti lebih sangat bagi
    ne bir ve mi mı mu mü için nasıl neden niçin var yok bu şu da de ile gibi kadar çok daha
    hangi kim nerede nedir midir mıdır olur olarak ama veya ki neler nelerdir hakkında hala
    bang nasa habang tungkol alam ibu setelah tentang belum bolehkah kumpara karaniwang
    quando l'ha кому resumindo resumo resumido dieser diese dieses
    co czy jest są czym czego jak się to nie po w z o od za przez dla
    cos'è c'è cosè qu'est qu'on est-ce hoe tan er op je au fa hat van dem met die
    diferencia diferencias diferença diferenças unterschied unterschiede différence différences
    differenza differenze verschil różnica разница разницу fark perbedaan pagkakaiba
    entre tra ed zwischen tussen między между durante pendant tijdens während podczas при
    usar uso utilizar usare utilizzare gebruiken gebruik nehmen prendre prendere tomar brać
    używać использовать принимать kullanmak memakai menggunakan pakai gumamit gamitin
    contra tegen przeciw против karşı melawan laban heißt heisst bedeutet significa signifie
    war waren wurde wurden wofür wozu gedacht eso esto esa rolle papel rôle ruolo rola роль
    entendi entiendo verstehe comprends capito begrijp rozumiem понимаю anlamadım paham
    parte teil partie deel część часть kısım bagian bahagi essa esse
    yaar hai kya ke se mein ho ka ki ko jaate jata jaata nahi aur bhi sach kaise karta karti
    significa betekent oznacza означает anlamı artinya такое такой такая
    overview summary basics intro introduction eli5 briefly simply nutshell simple plain layman
    laymans explained explains explaining
    relation relationship relationships related relación relação relazione beziehung zusammenhang
    levels level possible possibly
    stand stands stuff anything
    doesnt dont isnt cant wont didnt arent wasnt werent shouldnt wouldnt couldnt hasnt havent
    hadnt whats thats theres ive youre theyre wat wht waht hw abt bc cuz coz tho ppl pple
    heard saw read lol lmao smth sth tldr diff whatever generally general speaking sense wise
    matter important thought figure picture whole step suddenly somewhere knows saying sorry
    confused strange seems sounds sounding words wondering wonder curious
    tbh obviously especially overall unsure mentioned mention mentions badly revising
    teacher teachers prof professor professors lecturer tutor grandad granddad gramps nan nana
    mothers moms mums fathers dads sons daughters wives husbands brothers sisters
    wtf omg somehow comparison school class version bio
    ur btw roughly secretly thread reddit headline headlines textbook joked english leaflet every
    rapport todavía todavia ainda
    """.split()
)

_WORD = re.compile(r"[\w']+")
# A trial's or study's name as people type one, just before the word: in capitals ("TRANSFORM
# trials"), or with a number or a capital joined by a hyphen ("SUSTAIN-1 study", "ELEKT-D trial").
# Only there: an acronym elsewhere is as likely a condition the course doesn't discuss ("PTSD").
_NAME = re.compile(
    r"\b(?:([A-Z]{4,})|([A-Za-z]{3,})-(?:\d+|[A-Z]))\b[\s-]+(?:trials?|study|studies)\b",
)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_CAPITALS = re.compile(r"\b[A-Z]{2,}\b")

_PERSONAL = re.compile(
    r"\b(?:should|can|could|may|might|would|will|shall|must|do|am)\s+(?:i|we)\b"
    r"|\b(?:i|i'm|im|i've|ive|i'd|i'll)\b"
    r"|\b(?:my|me|mine|myself)\b"
    r"|\bdo\s+you\s+think\b|\bis\s+(?:it|that|this)\s+(?:ok|okay|safe|fine|bad)\b"
    r"|\bfor\s+(?:me|us)\b",
    re.IGNORECASE,
)

# Asking for a decision in other words: about someone else ("should he try it"), about anyone
# ("can you drink on it", "is it safe to drive after"), or in another language ("puedo", "soll
# ich"). Such a question also gets the prescriber line, but is not searched for the doctor.
_ADVICE = re.compile(
    r"\b(?:should|shouldn't|shouldnt|ought\s+to|recommend\w*|advi[cs]\w*|suggest\w*"
    r"|worth\s+(?:it|trying)|our)\b"
    r"|\b(?:can|could|may|might|would|will)\s+(?:he|she|one|someone|somebody|a\s+person"
    r"|a\s+patient|a\s+friend)\b"
    r"|\b(?:can|could|may|should|would)\s+an?\s+(?:[\w-]+\s+){0,3}?(?:old|person|patient|teen"
    r"|teenager|adolescent|child|kid|woman|man|mother|mom|mum|father|dad|adult|someone)\b"
    r"|\bif\s+(?:a\s+person|someone|somebody|one|you|u)\s+(?:\w+\s+)?(?:on|with|takes?|took"
    r"|has|had|uses?|used|mix\w*|drinks?|drank)\b"
    r"|\b(?:can|could|may)\s+(?:you|u)\s+(?:\w+\s+)?(?:take|use|have|get|mix|combine|drink|drive"
    r"|do|start|stop|quit|switch|buy|order|keep|continue|go|microdose|double|skip|try)\b"
    r"|\b(?:is|are|would|will)\s+(?:it|that|this|ketamine|esketamine|spravato|k|they|these)"
    r"\s+(?:\w+\s+)?(?:an?\s+)?(?:ok|okay|alright|safe|fine|bad|dangerous|risky|wise|right"
    r"|suitable|appropriate|good\s+(?:idea|option|choice|fit|for)|bad\s+idea|option|worth)\b"
    r"|\bwould\s+(?:it|ketamine|esketamine|spravato|k|this|that)\s+(?:help|work)\b"
    r"|\b(?:ok|okay|alright|safe|fine|wise)\s+to\b"
    r"|\b(?:his|her|their)\s+(?:dose|meds|medication|medicine|treatment|depression"
    r"|doctor|psychiatrist|prescription)\b"
    r"|\b(?:in\s+my\s+case|someone\s+like\s+me|people\s+like\s+me|what\s+would\s+you\s+do)\b"
    # About someone's own care: "is that normal", "does he need to", "would you give it to
    # him", "make it worse for her"
    r"|\bis\s+(?:that|this|it)\s+(?:\w+\s+)?(?:normal|expected|usual|common|a\s+(?:bad\s+)?sign)\b"
    r"|\b(?:does|do|did|should|must|will|would)\s+(?:he|she|they|him|her|them)\s+(?:\w+\s+)?"
    r"(?:need|have)\s+to\b"
    r"|\bwould\s+(?:you|u)\s+(?:\w+\s+)?(?:give|prescribe|recommend|start|offer|treat|use)\b"
    r"|\b(?:worse|better|safe|unsafe|dangerous|risky|harder)\s+for\s+(?:him|her|them|my\s+\w+)\b"
    # Spanish, Portuguese, Italian, French, German, Dutch, Polish, Russian, Hindi in Latin script
    r"|\b(?:puedo|debo|deber[ií]a|mis?|yo|tengo|estoy|posso|devo|dovrei|meu|minha|mio|mia"
    r"|miei|je|j'ai|puis-je|dois-je|mon|ma|mes|moi|ich|mein\w*|mir|mich|ik|mijn|mog[eę]"
    r"|powinie\w+|powinnam|m[oó]j|moja|mnie|mujhe|mera|meri|mere"
    # Tagalog, Indonesian, Turkish
    r"|ako|ko|akin|pwede\s+bang?|puwede\s+bang?|dapat\s+bang?|saya|aku|boleh|ben|benim|bana"
    r"|miyim|m[iı]y[iı]m|annem|babam|e[sş]im|karde[sş]im|o[gğ]lum|k[iı]z[iı]m|doktorum"
    # Asking whether one may, in other words: "se puede", "kann man", "peut-on"
    r"|se\s+puede|pode-se|kann\s+man|darf\s+man|peut-on|on\s+peut|si\s+pu[oò]|kan\s+je"
    r"|mag\s+je|czy\s+mo[zż]na)\b"
    r"|(?<!\w)(?:я|мне|мой|моя|мою|моё|меня|можно\s+ли|стоит\s+ли)(?!\w)"
    # Chinese, Japanese, Korean, Arabic, Hindi, Thai and Vietnamese first person, which no word
    # boundary of Python's separates
    r"|我|私|僕|나는|내가|제가|저는|أنا|يمكنني|मैं|मुझे|मेरा|मेरी|मेरे|हमें|ฉัน|ผม|ดิฉัน|หนู"
    r"|(?<!\w)(?:tôi|mình|لي)(?!\w)",
    re.IGNORECASE,
)

# Asking the bot for something ("show me", "tell me") is not a question about the writer, and
# "tl;dr" asks for it short ("dr" there is no doctor).
_REQUEST = re.compile(r"\b(?:show|tell|give|send|explain|remind)\s+(?:to\s+)?me\b|\btl\s*;?\s*dr\b")

_DOSING = re.compile(
    r"\b(?:doses?|dosage|dosing|dosis|dosages|posology|mg|mgs|milligrams?|mcg|micrograms?"
    r"|ml|millilit(?:er|re)s?|sprays?|puffs?|bumps?|lines?|grams?|quantity|amount"
    r"|how\s+much|how\s+many|per\s+kg|per\s+kilo(?:gram)?)\b"
    # How often is a dose too: a schedule is for the prescriber to set.
    r"|\bhow\s+(?:often|frequently)\b|\bhow\s+long\s+between\b"
    r"|\b(?:once|twice|\d+\s+times?)\s+(?:a|per|every)\s+(?:day|week|month)\b"
    r"|\d\s*(?:mg|g|ml|mcg|µg)\b|mg\s*/\s*kg"
    r"|\bmicro-?dos\w*|\b(?:max|maximum|minimum|strength|frequency|top[- ]?ups?|booster"
    r"|concentration|potency|titrat\w*|taper\w*)\b"
    r"|\bhow\s+(?:strong|regularly)\b|\bevery\s+(?:day|night|week|other\s+day)\b"
    r"|\bper\s+(?:day|week|month|session|treatment)\b"
    # How much, and dose, in other languages
    r"|\b(?:cu[aá]nt[oa]s?|quant[oa]s?|combien|wie\s*viel\w*|ile|kitna|kitni"
    r"|dosierung|dosaggio|dawk\w+|ilang|gaano\s+karami|berapa|doz|dozaj)\b"
    r"|(?<!\w)(?:сколько|доз\w*)(?!\w)",
    re.IGNORECASE,
)


# Asking what amount would kill, or how to not wake up: answered with help, never searched.
_HARM = re.compile(
    # One word boundary for every phrase: a 4096-character message is scanned in well under a
    # millisecond, where a boundary in each phrase took several.
    r"\b(?:(?:lethal|fatal|deadly|mortal|overdos\w*|od)\b"
    r"|kill\s+(?:me|myself|you|someone|a\s+person)\b|never\s+wake\s+up\b"
    r"|not\s+wake\s+up\b|end\s+(?:it\s+all|my\s+life|everything)\b"
    r"|finish\s+with\s+everything\b|to\s+die\b"
    r"|(?:will|would|could|can|might|do|am)\s+i\s+(?:\w+\s+)?die\b"
    r"|enough\s+to\s+(?:kill|die|end|not\s+wake|stop\s+my\s+heart)\b"
    r"|(?:whole|entire)\s+(?:pack|packet|bottle|box|supply|prescription)\b"
    r"|all\s+(?:my|the)\s+(?:pills|lozenges|troches|tablets|sprays|meds)\s+at\s+once\b"
    # Saying so plainly, in a question about ketamine or not: help first, never a search
    r"|stockpil|hoard|goodbye\s+(?:letters?|notes?)\b|suicide\s+note\b"
    r"|reason\s+to\s+live\b|better\s+off\s+dead\b|jump(?:ing)?\s+off\b"
    r"|(?:don'?t|do\s+not)\s+want\s+to\s+(?:be\s+alive|live\s+any\s*more)\b"
    r"|(?:want|wanna|going)\s+to\s+die\b|wanna\s+die\b|not\s+(?:be\s+)?alive\b"
    # Asking whether living is worth it: "any point in me staying alive", "no point going on"
    r"|(?:any|no|the)\s+point\s+(?:in\s+)?(?:me\s+)?(?:living|staying\s+alive|being\s+alive"
    r"|being\s+here|going\s+on|carrying\s+on)\b|(?:stay|staying|keep\s+myself)\s+alive\b"
    r"|quiero\s+morir|me\s+quiero\s+matar|will\s+sterben|mich\s+umbringen"
    r"|veux\s+mourir|voglio\s+morire|quero\s+morrer|хочу\s+умереть|покончить\s+с\s+собой"
    r"|ik\s+wil\s+dood|chc[eę]\s+umrze[cć]|gusto\s+ko\s+(?:nang\s+)?mamatay|ingin\s+mati"
    r"|umzubringen|mich\s+(?:\w+\s+){0,3}umbringen|me\s+matar|me\s+suicidar|me\s+tuer"
    r"|[öo]lmek\s+istiyorum)",
    re.IGNORECASE,
)

# About someone under 18: an age under 18 stated ("I'm 16", "my son is 15", "a 14-year-old"),
# a teenager, a minor, or a child asked about. A personal question so put also hears that the
# approved treatment is for adults only (course.yaml's `minors`). "15 years" alone is not an age
# ("depressed for 15 years"), nor "I'm 16 weeks pregnant", nor a "minor side effect".
_UNDER_18 = r"(?:1[0-7]|[1-9])"
_NOT_AN_AGE = (
    r"(?![.,:]\d|\s*(?:%|mg|mcg|ml|g\b|kg|lbs?\b|am\b|pm\b|weeks?|days?|months?|hours?"
    r"|hrs?\b|min|sprays?|doses?|sessions?|times?|infusions?|treatments?|lessons?|percent|x\b))"
)
_MINOR = re.compile(
    rf"\b(?:i'?m|i\s+am|turning|turned|aged?)\s+(?:only\s+|just\s+)?{_UNDER_18}\b{_NOT_AN_AGE}"
    r"|\b(?:son|daughter|child|kid|boy|girl|teen|brother|sister|niece|nephew|grandson"
    r"|granddaughter|stepson|stepdaughter|he|she|they)\s*(?:is|'s|are|'re|was)\s+(?:only\s+"
    rf"|just\s+|about\s+|around\s+)?{_UNDER_18}\b{_NOT_AN_AGE}"
    rf"|\b{_UNDER_18}\s*[- ]?\s*(?:years?|yrs?|yr)\s*[- ]?\s*olds?\b|\b{_UNDER_18}\s*y/?o\b"
    r"|\bteens?\b|\bteenage\w*|\badolescen\w*|\bunder\s*-?\s*(?:18|eighteen|age)\b"
    r"|\bunderage\w*|\bminors\b|\bhigh\s*school\w*"
    r"|\b(?:i'?m|i\s+am|as|being|is|he'?s|she'?s|still)\s+(?:a\s+|still\s+a\s+)?minor\b"
    r"(?!\s+(?:side|effects?|risks?|problems?|issues?|concerns?|parts?|roles?|changes?|symptoms?"
    r"|reactions?|things?|ones?|doses?|amounts?|details?|points?|differences?|surgery|injury))"
    r"|\b(?:for|can|could|should|may|would|do|does|give|giving|treat|treating)\s+(?:a\s+|an\s+"
    r"|my\s+|our\s+|your\s+|his\s+|her\s+|their\s+)?(?:child|children|kids?)\b"
    r"|\b(?:child|children|kids?)\s+(?:take|have|use|get|try|be\s+given|be\s+treated)\b"
    # Spanish, Portuguese, French, Italian, German, Dutch, Polish, Russian
    r"|\bmenor(?:es)?\s+de\s+(?:edad|18)\b|\bmineur\w*|\bminorenn\w*|\bjugendlich\w*"
    r"|\bminderj[aä]hrig\w*|\bnastolat\w*|\btiener\w*"
    r"|(?<!\w)(?:подрост\w*|несовершеннолет\w*)"
    # Chinese, Japanese, Korean, Hindi, Arabic, Thai: an age in years, a teenager, a minor
    rf"|(?<!\d){_UNDER_18}\s*(?:岁|歲|歳|살|세|साल\s+(?:का|की|के))"
    rf"|(?:عمري|عمره|عمرها|อายุ)\s*{_UNDER_18}(?!\d)"
    r"|未成年|青少年|十代|미성년|청소년|नाबालिग|किशोर|قاصر|مراهق|ผู้เยาว์|วัยรุ่น",
    re.IGNORECASE,
)

CARE = ("doctor", "psychiatrist", "prescriber")


@dataclass(frozen=True)
class Question:
    """What the search needs from a question; the text itself is not kept."""

    concepts: tuple[tuple[str, ...], ...]  # each word, or the synonym group it belongs to
    personal: bool  # asks about the writer's own (or a relative's) care
    dosing: bool  # asks how much or how many
    harm: bool = False  # asks what would kill: the crisis reply, not a search
    # Names a subject the course doesn't answer (synonyms.yaml's `off_topic`: costs, insurance).
    off_topic: bool = False
    # Words typed as names ("ELEKT-D", "TRANSFORM"): which study or product, not what is asked.
    names: frozenset[str] = frozenset()
    # Words typed in capitals among lower-case ones ("AI", "TMS"): never another language's
    # small word ("ai" is Italian for "to the"), whatever their spelling.
    capitals: frozenset[str] = frozenset()
    minor: bool = False  # about someone under 18 ("I'm 16", "my son is 15", "a teen")
    # Written in a script the search reads through ask.scripts (Chinese, Arabic, Thai…): a
    # question it cannot answer is declined with a word that English works best.
    script: bool = False
    # Its words as typed, lower-cased (for a question in another script, as read in English),
    # for the learned layer of the ranking (ask.learned); held only while it is answered.
    words: tuple[str, ...] = ()

    @property
    def terms(self) -> tuple[str, ...]:
        """Every word and phrase to search for."""
        return tuple(dict.fromkeys(term for concept in self.concepts for term in concept))


def read_question(text: str, synonyms: Synonyms | None = None, inner: bool = False) -> Question:
    """Terms to search for and the two safety flags; `inner` keeps a term that stands inside a
    longer term of another group as a concept of its own ("brain" in "brain bleed")."""
    lowered = " ".join(text.lower().replace("’", "'").split())
    # "Show me", "tell me": a request to the bot, about neither the topic nor the writer.
    asked = _REQUEST.sub(" ", lowered)
    # A possessive is its word ("my dog's anxiety" is about a dog); "it's" and "what's" are
    # filler either way.
    words = [w.strip("'") for w in _WORD.findall(asked)]
    words = [w[:-2] if w.endswith("'s") and w not in STOPWORDS else w for w in words]
    # A letter alone is no topic ("s-ketamine", "vitamin d"); "k" is found as a synonym.
    words = [w for w in words if len(w) > 1 and w not in STOPWORDS]
    # A number alone is no topic ("message 5", a typed "08:15"); a year can be ("2019").
    words = [w for w in words if not w.isdigit() or _YEAR.match(w)]
    concepts: list[tuple[str, ...]] = []
    grouped: set[str] = set()
    off_topic = False
    for group, used in synonyms.found(lowered, STOPWORDS, inner) if synonyms is not None else ():
        concepts.append(group)
        off_topic = off_topic or group in synonyms.off_topic
        # Only the words the question used for the group are taken by it: "does it work fast"
        # keeps "work" even though the group of "fast" also lists "start to work".
        grouped.update(word for term in used for word in _WORD.findall(term))
    concepts.extend((word,) for word in dict.fromkeys(words) if word not in grouped)
    story = len(lowered) > STORY_CHARS
    personal = bool(_PERSONAL.search(asked))
    if personal and not any(set(CARE) & set(concept) for concept in concepts):
        # The course's answer to "should I…" is always, in part, to ask the doctor.
        concepts.append(CARE)
    return Question(
        concepts=tuple(concepts[:MAX_TERMS]),
        personal=personal or story or bool(_ADVICE.search(asked)),
        dosing=story or bool(_DOSING.search(lowered)),
        harm=bool(_HARM.search(lowered)),
        off_topic=off_topic,
        names=_names(text),
        capitals=_capitals(text),
        minor=bool(_MINOR.search(asked)),
        words=tuple(_WORD.findall(lowered[:STORY_CHARS])),
    )


def _capitals(text: str) -> frozenset[str]:
    """The words of two letters or more typed in capitals, where the rest is not."""
    if not any(c.islower() for c in text):
        return frozenset()
    return frozenset(w.lower() for w in _CAPITALS.findall(text))


def _names(text: str) -> frozenset[str]:
    """The words typed as names; capitals only where the rest is not in capitals too (a
    message typed all in capitals names nothing by it)."""
    cased = any(c.islower() for c in text)
    found = ((m.group(1) if cased else None) or m.group(2) for m in _NAME.finditer(text))
    return frozenset(name.lower() for name in found if name)
