"""A lethal dose or an overdose as a subject of study: what a pharmacology, toxicology or
nursing student asks or tells.

The method rules read "toxic dose", "lethal dose" and "LD50" as a lethal amount asked, and the
overdose rules read "took 50 tabs" as an overdose taken. Students of the health professions use
those words every day, in three kinds:

- a threshold asked with its clinical handling beside it ("pharm q: what's the toxic dose of
  paracetamol in mg/kg and when do you start NAC?"): an antidote and when to give it, a
  nomogram, the ECG, the management;
- a lethal dose of a laboratory animal, or of the animals a vet student learns about ("the LD50
  of ketamine in rats for my tox notes", "we did lethal dose calculations in mice in pharmacology
  today", "vet school q: toxic dose of xylitol in dogs"): the animal is the subject;
- an overdose worked as a case in class ("tox case in class: 19yo took 50 tabs of amitriptyline,
  what ECG changes?"): a patient named by age or as a patient, and a clinical question.

Each needs a frame of study (a class, an exam, a lecture, notes, a case) and one of those
clinical or laboratory marks; a bare lethality question "for a pharmacology class" keeps the
full reply, as the method rules have always given it, and so does one asked in mg/kg "for bio
class" or "for a tox exam I swear". None holds with the writer anywhere in it:
their weight, "for me", their own pills or taking, a death of their own, a rescue to be defeated
("when is NAC too late"), or a "but honestly" turning from the exam to themselves. Read on
normalised text; pure, nothing here logs.

``foreign`` is the second kind in the other languages students write in ("na egzamin z
farmakologii: dawka toksyczna a śmiertelna w badaniach na zwierzętach", "药理考试：氯胺酮在大鼠
身上的半数致死量"): an exam or a subject, and a laboratory animal or a median lethal dose, with no
word of the writer (I, me, my, my weight) or of people in any of those languages, and the
message not in English ("LD50 in rats" in English is the first reading's to judge).
"""

from __future__ import annotations

import re

from crisis import languages, needles
from crisis.languages import fold

# A frame of study: a class, an exam, a subject, notes, a question from a question bank.
_STUDY = needles.compile(
    r"\b(?:pharm|pharma|pharmacology|pharmacy|tox|toxicology|toxicol\w*|nursing|med school|"
    r"medical school|vet school|class|lecture|seminar|tutorial|module|exam|exams|quiz|test|"
    r"osce|usmle|nclex|mcat|boards|finals|revision|revising|notes|flashcards?|textbook|"
    r"homework|assignment|coursework|practice question|question bank|qbank|case study|"
    r"vignette|101|once station)\b"  # "osce", which the spelling fixer makes "once"
)
# A clinical or laboratory mark: an antidote and its timing, an ECG, the management, an animal
# of the laboratory. A dose per kilogram is none: "the lethal dose in mg/kg, for bio class" is a
# lethal amount asked all the same.
_CLINICAL = needles.compile(
    r"\b(?:nac|n acetylcysteine|acetylcysteine|parvolex|naloxone|narcan|flumazenil|fomepizole|"
    r"atropine|pralidoxime|sodium bicarbonate|bicarb|antidotes?|nomogram|rumack|"
    r"ecg|ekg|qrs|qtc?|anion gap|management|decontamination|activated charcoal|"
    # how the body is harmed, asked for a class: "what happens in a paracetamol overdose
    # medically, for my nursing exam"
    r"medically|pathophysiology|physiologically|mechanism of (?:toxicity|injury|action))\b|"
    r"\bwhen (?:(?:do|would|should) (?:you|we|they|u) |to )(?:start|give|treat|begin|stop)\b|"
    r"\b(?:in|of|for) (?:the )?(?:rats?|mice|mouse|rodents?|rabbits|dogs|cats|horses|cattle|"
    r"sheep|lab animals|animal studies|animal models?)\b"
)
# A case worked in class: a patient named by age, as a patient or by sex.
_CASE = needles.compile(r"\b(?:case|cases|vignette|scenario|osce station|exam question|question)\b")
_PATIENT_VERB = (
    r"(?:took|taken|ingested|swallowed|downed|popped|necked|presents|presented|comes in|came in|"
    r"overdosed|brought in)"
)
_PATIENT = needles.compile(
    r"\b\d+ ?(?:yo|y o|yr old|year old|years old|m|f)\b(?: (?:\w+ ){0,3}?"
    + _PATIENT_VERB
    + r"\b)?|\b(?:a |the )?(?:patient|pt|(?:young |elderly |old )?(?:man|woman|male|female|girl|"
    r"boy|teen|teenager|student|toddler)) (?:\w+ )?"
    + _PATIENT_VERB
    + r"\b"
)
# The writer in it, or a rescue to be defeated: then the study frame excuses nothing.
_OWN = needles.compile(
    r"\b(?:for me|for myself|myself|me to die|kill me|killing me|my weight|i weigh|"
    r"i am \d+ ?(?:kg|kilos?|lbs?|pounds|stone)|i (?:just |have |had |also )?(?:took|taken|take|"
    r"swallowed|overdosed|downed|popped|had (?:too|all|the whole))|i have (?:got )?(?:enough|"
    r"a box|a bottle)|"
    r"would it take|does it take|do i need|would i need|i would need|enough to|to die|"
    r"die|dying|not wake|never wake|painless\w*|suicid\w*|kill myself|end it|end my life|"
    r"want to die|honestly|hypothetically|asking for a friend|too late|undetect\w*|not be found|"
    r"no one would|nobody would|without (?:anyone|being|treatment)|would it hurt|hopeless|"
    r"tonight|goodbye|not (?:ok|okay|fine)|struggling|me too|so did i|same as me|like me|"
    r"i swear|i promise|trust me|"
    # the writer's own body asked after: "what should i expect", "i did the same"
    r"(?:should|will|would|could|can|do|am|did) i|i did (?:the same|that|this|it)|as i did|"
    r"i did too|mine|i have (?:got )?(?:\d+|all|loads|plenty|a lot)|here with me|in my hand|"
    r"in front of me|(?:to|on|for|in) me|me too|"
    # a thought, an urge or a fear of the writer's own beside the question
    r"thoughts?|thinking (?:of|about)|tempt\w*|urges?|try (?:it|that|this)|scared|afraid|"
    r"what i (?:might|could|would|will) do|them all|all of them|"
    r"the whole (?:box|bottle|pack|lot))\b"
    # anything of the writer's but their studies: "the toxic dose of my sertraline"
    r"|\bmy (?!(?:\w+ )?(?:exams?|notes|class|lecture|course|module|textbook|revision|finals|"
    r"teacher|lecturer|professor|tutor|homework|assignment|quiz|test|flashcards|placement|"
    r"degree|studies|study group|mentor|ward|rotation)\b)\w+"
)


# A taking told: the case's patient's only when it is the patient's verb ("19yo took 50 tabs");
# "took a whole box 2 hours ago", with no one before it, is the writer's.
_TAKEN = needles.compile(r"\b(?:took|taken|swallowed|downed|popped|ingested|overdosed|necked)\b")


def _writer_out_of_it(plain: str) -> bool:
    if _OWN.search(plain) is not None:
        return False
    patients = [match.span() for match in _PATIENT.finditer(plain)]
    return all(
        any(start <= taken.start() < end for start, end in patients)
        for taken in _TAKEN.finditer(plain)
    )


def lethality(plain: str) -> bool:
    """A toxic or lethal dose asked or told for study, with a clinical or laboratory mark beside
    it and the writer nowhere in it."""
    return (
        _STUDY.search(plain) is not None
        and _CLINICAL.search(plain) is not None
        and _writer_out_of_it(plain)
    )


def case(plain: str) -> bool:
    """An overdose worked as a case in class: a patient, a clinical question, not the writer."""
    return (
        _STUDY.search(plain) is not None
        and _CASE.search(plain) is not None
        and _PATIENT.search(plain) is not None
        and _CLINICAL.search(plain) is not None
        and _writer_out_of_it(plain)
    )


def excused(plain: str) -> bool:
    """Either kind: what the method and overdose readings (and the classifier) defer to."""
    return lethality(plain) or case(plain)


def _unbounded(words: str) -> str:
    """Space-separated words ("_" for a space inside one), folded as the text is, as
    alternatives read without a word edge."""
    return "".join(
        "|" + re.escape(fold(word.replace("_", " ")) + (" " if word.endswith("_") else ""))
        for word in words.split()
    )


# The same frame and mark in other languages, read on folded text (accents dropped, Arabic alef
# unified). Arabic and Chinese join their words to prefixes, so they are read without a word edge.
_STUDY_FOREIGN = needles.compile(
    r"\b(?:egzamin\w*|kolokwi\w*|farmakolog\w*|toksykolog\w*|examen\w*|farmacolog\w*|"
    r"toxicolog\w*|pharmacolog\w*|pharmakolog\w*|toxikolog\w*|prufung\w*|klausur\w*|esame|"
    r"tossicolog\w*|prova|sinav\w*|farmakoloji|toksikoloji|ujian|farmakologi|toksikologi|"
    r"экзамен\w*|іспит\w*|фармаколог\w*|токсиколог\w*)"
    + _unbounded("امتحان علم_السموم علم_الأدوية صيدلة 考试 考題 考题 药理 毒理 試験 薬理 毒性学")
)
_LAB_FOREIGN = needles.compile(
    r"\b(?:zwierz\w*|szczur\w*|mysz\w*|ratas?|ratones|raton|ratos?|camundongos|rats?|souris|"
    r"ratten?|mause\w*|ratti|topi|animales|animais|animaux|animali|tieren|tierversuch\w*|"
    r"hayvan\w*|sican\w*|tikus|hewan|крыс\w*|мыш\w*|животн\w*|щур\w*|тварин\w*)"
    + _unbounded("فئران جرذان الحيوانات الجرعة_المميتة_الوسطية")
    + _unbounded("大鼠 小鼠 动物 半数致死 ラット マウス 動物")
)
# The writer in it, in those languages: I, me, my, my weight, for me.
_OWN_FOREIGN = needles.compile(
    r"\b(?:ja|mnie|mi|moj\w*|waze|sobie|yo|me|mis?|para mi|peso|eu|meu|minha|je|moi|mon|ma|"
    r"mes|ich|mich|mir|mein\w*|io|mio|mia|miei|ben|bana|benim|aku|saya|я|мне|меня|мой|моя|мои|"
    r"моих|вешу|важу|мій|моя|мої|"
    # ...or a person's lethal dose beside the animal's
    r"human\w*|humains?|menschen?|ludzi|czlowiek\w*|человек\w*|людин\w*|insan)\b"
    + _unbounded("أنا وزني لي_ حبوبي البشر الإنسان 我 私 僕 俺 自分 人类 人體 人体 人間")
)


def foreign(text: str) -> bool:
    """A lethal dose of a laboratory animal asked for an exam or a subject, in another language,
    with the writer nowhere in it."""
    folded = fold(text)
    return (
        not languages.any_english(text)
        and _STUDY_FOREIGN.search(folded) is not None
        and _LAB_FOREIGN.search(folded) is not None
        and _OWN_FOREIGN.search(folded) is None
    )
