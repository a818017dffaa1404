"""Kinds a blind set found missed in Haitian Creole, which had two phrases, and Catalan, which
had no lexicon (``crisis/lexicons/ht.py``, ``crisis/lexicons/ca.py``):

- jumping into the river or the sea tonight, killing oneself: the full reply;
- wishing not to wake up or never to have been born, the family better off without the writer:
  the full reply;
- a letter written and "tomorrow morning I go", things given away, a rope or poison kept and
  looked at every night: the full reply;
- all the pills drunk and waiting, a whole box taken: the full reply, as an overdose;
- how many pills it takes not to wake up, a painless way: the full reply, as a method question;
- a relative who says they do not want to live and hides a rope, a friend who sent "goodbye
  for ever" and went silent: the helpers' reply;
- "I can't any more": at least the check-in;
- worthlessness, being laughed at, fear and sleeplessness since the earthquake: the caring reply.

Their lookalikes stay quiet: jumping into the river to swim, laughing or starving "to death",
rat poison for the rats, pills taken as the doctor said, a letter for the boss and a trip with
its errand named, "I can't eat any more of this rice", a box of biscuits, a film, "I don't want
to die", fear of the neighbour's dog, a noisy neighbour keeping one awake.
"""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        # Haitian Creole, with and without accents
        "M ap touye tèt mwen aswè a",
        "map touye tet mwen, mwen fatige",
        "Mwen vle mouri, tout bagay tonbe sou mwen",
        "M pral lage kò m nan lanmè a demen maten",
        "mwen pa ka anko. m pral sote sou pon an aswe a",
        "Mwen ta renmen pa leve ankò",
        "M swete m pa t janm fèt",
        "Pito m mouri pase m viv konsa",
        "Fanmi m ap pi byen san mwen",
        "Mwen se yon chay pou tout moun lakay",
        "M ekri yon lèt pou pitit mwen yo. Aswè a m pral ale",
        "mwen kite yon let pou mari m, demen m ap ale net",
        "Mwen bay tout bagay mwen yo",
        "M gen yon kòd kache, chak swa m gade l",
        "m gen lide jete kò m anba yon kamyon",
        # Catalan
        "Vull morir, ja no puc més",
        "em vull tirar del pont aquesta nit",
        "tant de bo no despertar-me demà",
        "Estarien millor sense mi",
        "He escrit una carta per als meus pares. Demà me'n vaig",
    ],
)
def test_statements_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        # all the pills drunk, then waiting; too much of a drug and the body failing
        "M fin vale tout grenn manman m yo",
        "mwen bwè tout medikaman yo, m ap tann",
        "M sot bwè yon boutèy pwazon",
        "m he pres totes les pastilles de la mare",
        "M'he pres tota la caixa de somnífers i tinc molta son",
        # how much it takes not to wake up
        "Konbyen grenn pou m pa leve ankò?",
        "konbyen grenn dòmi pou yon moun mouri",
        "Ki jan pou m touye tèt mwen san doulè",
        "ki kantite grenn ki ka touye yon moun",
        "quantes pastilles calen per no despertar-me",
        "Quants somnífers fan falta per morir?",
    ],
)
def test_overdose_and_method_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "Sè m di li vle mouri, l ap touye tèt li",
        "Papa m kache yon kòd nan galri a, li di li pa vle viv ankò",
        "Frè m voye m 'orevwa pou toujou' yèswa, depi lè sa l pa pran telefòn",
        "El meu germà diu que es vol matar",
        "la meva mare ha amagat una corda a l'armari",
    ],
)
def test_someone_else_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    ["M pa kapab ankò", "M bouke ak lavi a", "No puc més", "Pou kisa m ap kontinye?"],
)
def test_cannot_any_more_gets_at_least_the_check_in(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "M santi m pa vo anyen ditou",
        "mwen pa vo anyen, tout moun ap moke m",
        "M toujou pè, m pa ka dòmi ankò",
        "Depi tranbleman tè a m pa ka dòmi",
        "No valc res, em sento buida",
    ],
)
def test_worthlessness_and_fear_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "Timoun yo ap sote nan rivyè a pou yo naje",
        "Nou pral sote nan rivyè a pou n benyen",
        "m ap sote nan rivyè a ak timoun yo",
        "M mouri ri lè m wè videyo sa",
        "M mouri grangou, kisa n ap manje?",
        "M achte pwazon pou rat yo nan kizin nan",
        "M bwè tout grenn yo jan doktè a di m",
        "M ekri yon lèt pou patwon an, demen m ap ale travay",
        "Mwen fè yon lèt pou manman m, demen maten m ap ale lavil",
        "M pa ka ankò manje diri sa",
        "M pral sou pon an kounye a, gen anpil machin",
        "Nan fim nan, nèg la di li vle touye tèt li",
        "M pa vle mouri, m vle geri",
        "ki kantite grenn pou tèt fè mal",
        "M toujou pè chen vwazen an",
        "M pa ka dòmi ankò paske vwazen an ap fè bri",
        "Orevwa pou tout tan se yon bèl chante",
        "Em moro de riure amb aquest vídeo",
        "M'he pres tota la caixa de galetes, quina gana",
        "M'he pres les pastilles com cada dia",
        "No vull morir, vull curar-me",
        "Estic mort de son després de la feina",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
