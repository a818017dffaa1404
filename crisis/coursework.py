"""The learner talking about the course: thanks for a lesson or a quiz in any language ("Ẹ ṣé o!
Ìdánwò òní rọrùn gan-an": thank you, today's quiz was easy), or a term of the course asked about
again ("abeg wetin be NMDA again? I don forget").

The classifier was trained on little of most languages and reads risk into a short line of
them; a learner thanking the course for a lesson or saying a quiz went well is the commonest such
line. It needs both a word of thanks and a word of the course (lesson, quiz, test, course), in
the language's own words, and no word of farewell or of "everything": "asante kwa kila kitu,
kwaheri" (thanks for everything, goodbye) is a farewell, and stays the classifier's to read.
A term asked about needs the term (NMDA, BDNF, glutamate, a synapse...) and a question, and no
word of harm or a means (``asked.names_harm``). Read on text folded by ``languages.fold`` (case,
accents and tone marks gone) or normalised; pure, nothing here logs.
"""

from __future__ import annotations

from crisis import asked, languages, needles
from crisis.languages import fold

# A thanks or a question of this kind is a line or two; a longer message has room for more.
_SHORT = 16

_THANKS = needles.compile(
    r"\b(?:thanks?|thank you|thx|ty|e se|e seun|o se|modupe|ese o|asante|ahsante|nagode|dalu|"
    r"gracias|obrigad[oa]|merci|danke|grazie|dziekuje|spasibo|спасибо|дякую|рахмет|rahmat|"
    r"terima kasih|makasih|salamat|shukran|شكرا|dhanyavaad|dhanyavad|धन्यवाद|shukriya|"
    r"tesekkur\w*|sagol|bedankt|dank je|dank u|tack|kiitos|cam on|arigato|ありがとう|谢谢|감사|"
    r"고마워)\b"
)
# A lesson, a quiz, a test or the course, in the learners' languages.
_COURSE = needles.compile(
    r"\b(?:lesson|lessons|quiz|quizzes|test|course|module|idanwo|eko oni|somo|masomo|mtihani|"
    r"kozi|jarrabawa|darasi|leccion|clase|curso|examen|prueba|aula|licao|teste|lecon|cours|"
    r"lektion|kurs|prufung|lezione|corso|lekcja|урок|тест|курс|pelajaran|kuis|ujian|kursus|"
    r"aralin|pagsusulit|ders|sinav|dars|imtihon|درس|امتحان|पाठ|bai hoc|bai kiem tra|授業|"
    r"レッスン|テスト|课|测验|수업|퀴즈)\b"
)
# ...and nothing of a goodbye or of thanks "for everything"
_FAREWELL = needles.compile(
    r"\b(?:bye|goodbye|farewell|everything|last|forever|adios|adeus|adieu|tschuss|lebewohl|"
    r"addio|prosczaj|прощай\w*|прощайте|kwaheri|o dabo|odabo|paalam|elveda|selamat tinggal|"
    r"khuda hafiz|alvida|todo|tout|alles|tutto|kila kitu|gbogbo nkan|wszystko|всё|все|semua|"
    r"lahat|her sey|sab kuch|mọi thứ|moi thu)\b"
)


def thanks(text: str, plain: str) -> bool:
    """Thanks for a lesson or a quiz in a language other than English, short, with no farewell,
    no "everything" and no word of harm in it (in English the rules and the classifier read a
    farewell tucked into thanks: "tying up loose ends, thanks for the lessons")."""
    folded = fold(text)
    if len(folded.split()) > _SHORT or not languages.foreign(text):
        return False
    if _THANKS.search(folded) is None or _COURSE.search(folded) is None:
        return False
    return _FAREWELL.search(folded) is None and not asked.names_harm(plain)


# The course's own terms: the brain science and the names of the treatment.
_TERM = needles.compile(
    r"\b(?:nmda|ampa|bdnf|mtor|glutamate|gaba|synaps\w*|neuroplasticity|plasticity|"
    r"neurotransmitters?|receptors?|hippocampus|prefrontal|dendrit\w*|spines?|esketamine|"
    r"spravato|dissociation|dissociative|half life|metabolites?|norketamine)\b"
)
# A question, however it is put, in English or in Nigerian Pidgin.
_QUESTION = needles.compile(
    r"\?|\b(?:what is|what are|whats|what does|what do|wetin|explain|meaning of|remind me)\b"
)


def term_asked(text: str, plain: str) -> bool:
    """A term of the course asked about in a short message, with no word of harm or a means."""
    if len(plain.split()) > _SHORT:
        return False
    if _TERM.search(plain) is None or _QUESTION.search(text.casefold()) is None:
        return False
    return not asked.names_harm(plain)
