"""Signs of a physical emergency are told apart from worry, history and jokes (crisis/body.py)."""

from __future__ import annotations

import pytest

from crisis.body import urgent

URGENT = (
    "I can't breathe properly after my ketamine infusion",
    "I can’t breathe",
    "my chest hurts and my heart is racing after my infusion",
    "pressure in my chest since this morning",
    "my blood pressure was 190/110 after my session, should I worry?",
    "bp is sky high after treatment",
    "my heart is pounding since the spravato dose",
    "he's not breathing",
    "my son isn't responding",
    "she passed out after the session",
    "worst headache of my life right now",
    "my face is drooping on one side",
    "I'm having a seizure i think",
    "shortness of breath and dizzy",
    "no puedo respirar",
    "dor no peito depois da sessão",
    "ich bekomme keine Luft",
    "j'ai une douleur à la poitrine",
    "non riesco a respirare",
    "не могу дышать",
    "my toddler swallowed a coin and is choking",
    "help my dad is choking on his food",
    "my son swallowed a button battery",
    "i think the baby ate one of the magnets from the fridge",
    "my daughter is choking upstairs help",
    "im choking help",
    "my son choked on a grape",
    "my 2 year old swallowed a battery",
    "my son has just swallowed a watch battery",
    "i swallowed a button battery",
    "someone choking in the restaurant what do i do",
)
NOT_URGENT = (
    "I can't breathe lol this is so funny",
    "my heart is racing, big exam tomorrow",
    "my heart is racing, i'm having a panic attack",
    "the app is not responding",
    "I had chest pain years ago",
    "why does blood pressure rise during treatment?",
    "what should you do if someone faints?",
    "is it normal to feel floaty after the first dose",
    "breathing exercises help me",
    "my blood pressure is 120/80",
    "in the movie he passed out on the stairs",
    "i'm choking up reading this lesson",
    "he's choking in every final, poor guy",
    "my son swallowed a grape whole and laughed",
    "what should you do if someone is choking?",
    "my toddler loves batteries in his toys",
    "i'm choking back tears reading this",
    "he's choking under pressure again",
    "the lakers are choking again tonight",
    "weeds are choking my tomatoes",
    "what happens if a child swallowed a battery?",
    "my son swallowed a magnet when he was two, he was fine",
)


@pytest.mark.parametrize("text", URGENT)
def test_signs_of_an_emergency_now_are_read(text: str) -> None:
    assert urgent(text)


@pytest.mark.parametrize("text", NOT_URGENT)
def test_worry_history_and_jokes_are_not(text: str) -> None:
    assert not urgent(text)
