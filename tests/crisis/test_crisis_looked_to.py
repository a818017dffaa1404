"""Kinds a blind set found missed: an amount of a downer and drink asked by what it does to the
breath; a place to die or a means that "looks like the answer"; a past overdose that "had the
right idea" and a rescue regretted; the children better off with no parent at all; a wish to lie
down and never get up, said of oneself by a nickname. And two false alarms: a statistics question
about people with chronic pain, and a relapse years ago told with the sober life since.

Each with its everyday lookalikes quiet: a cocktail or a hangover asked about, a view admired, the
answer to a quiz, a plan that should have worked, a childhood without a father, a long hike.
"""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

# Method-seeking always gets the full reply, whatever the drug and however the breath is named.
BREATH_ASKED = (
    "how much pregabalin plus alcohol stops your breathing",
    "how many of my gabapentin with vodka before my breathing stops",
    "what amount of oxycodone plus wine stops breathing",
    "how much lyrica and booze shuts down your breathing",
    "how many valium plus wine stops you breathing",
    "how much methadone plus alcohol stops your breathing",
    "how much tramadol plus beer causes respiratory arrest",
    "how much heroin and beer before your breathing gives out",
    "how many lyrica would it take with drink to stop me breathing",
    "whats the amount of oxy and alcohol that makes breathing stop",
    "how much methadone plus booze would shut your breathing down",
    "cuánta pregabalina con alcohol hace que dejes de respirar",
    "quanto gabapentin com álcool faz parar de respirar",
    "combien de prégabaline avec de l'alcool pour arrêter de respirer",
    "quanto pregabalin con alcol per smettere di respirare",
    "wie viel Pregabalin mit Alkohol bis man aufhört zu atmen",
)
BREATH_QUIET = (
    "how much caffeine plus alcohol makes you feel awful",
    "how much wine is in a bottle",
    "how much gin goes in a negroni",
    "whats the amount of wine in a standard glass",
    "what is the usual dose of ketamine",
    "how much pregabalin is safe with one glass of wine",
    "how much oxygen do you breathe per minute",
    "why does my breathing stop when i sleep, is it apnea",
    "how much ketamine per session is safe with alcohol",
    "cuánto tiempo puedes dejar de respirar bajo el agua",
    "combien de temps on peut arrêter de respirer en apnée",
    "wie viel Zeit kann man aufhören zu atmen beim Tauchen",
)

# The place looked at where the writer is: the full reply; the same with no place around: asked.
ANSWER_THERE = (
    "im at the beach at 3am and the water looks like the answer",
    "sat by the canal tonight and the water looks like the only way out",
    "standing on the overpass and the traffic looks like the answer",
)
# In other languages the same said of the water or the tracks gets the full reply.
ANSWER_ELSEWHERE = (
    "el mar de noche parece la respuesta",
    "o rio parece a resposta esta noite",
    "à 3h du matin, la mer ressemble à la seule issue",
    "il mare stanotte sembra l'unica risposta",
    "das Wasser sieht heute Nacht aus wie die Antwort",
    "die Gleise sehen aus wie ein Ausweg",
)
ANSWER_ASKED = (
    "the tracks look like the answer to everything",
    "the pills on my nightstand look more and more like the only way out",
    "lately the river seems like the easiest solution",
    "the bridge is looking more and more like my way out",
)
ANSWER_QUIET = (
    "the sea looks like a painting at night",
    "this formula looks like the answer to question 3",
    "the ocean looks like the solution to this heat",
    "the bridge looks like the answer to the traffic problem",
    "the lake looked like a postcard this morning",
    "the edge of the table looks like the best option for the shelf",
    "the sea looks like the perfect escape this summer",
    "the rooftop bar looks like the best option for friday",
    "the drop in prices looks like the answer to our sales problem",
    "the meds look like the answer, my anxiety is way better on them",
    "the pills seem like the only option my doctor has left",
    "the river looks like the solution to the drought",
    "el mar parece una pintura de noche",
    "la fórmula parece la respuesta a la pregunta 3",
    "el agua parece la solución para el calor",
    "la mer ressemble à une carte postale",
    "das Wasser sieht aus wie die Lösung für die Hitze",
)

# Being gone told as the better outcome: a survival regretted, the children without a parent.
RATHER_GONE = (
    "maybe the OD that nearly took me in 2019 had the right idea",
    "my overdose had the right idea",
    "the overdose in 2019 should have finished the job",
    "the attempt in march should have worked",
    "i wish the paramedics hadn't brought me back",
    "they shouldn't have revived me",
    "they should have let me die in 2019",
    "should have stayed dead when my heart stopped in the ambulance",
    "they should have let me go after the overdose",
    "my daughter would be better off without a dad at all",
    "sometimes i wish the crash had taken me",
    "my children deserve a dad who isn't a junkie. next best thing is no dad at all",
    "my kids deserve better. they'd be better off with no mum at all",
    "no mum is better than a mum like me",
)
# ...and in other languages.
RATHER_GONE_ELSEWHERE = (
    "mis hijos merecen algo mejor, mejor que no tengan padre",
    "meus filhos estariam melhor sem mãe nenhuma",
    "ojalá los paramédicos no me hubieran reanimado",
    "deberían haberme dejado morir",
    "deveriam ter me deixado morrer",
    "ils auraient dû me laisser mourir",
    "avrebbero dovuto lasciarmi morire",
    "Sie hätten mich sterben lassen sollen",
    "meine Kinder wären ohne mich besser dran",
)
RATHER_GONE_QUIET = (
    "i grew up with no dad at all and turned out fine",
    "the first draft had the right idea but the ending was weak",
    "the new plan should have worked but the supplier was late",
    "the pills should have worked by now, my headache is still here",
    "the crash should have killed me, the doctors called it a miracle",
    "my attempt at the marathon should have worked",
    "they shouldn't have revived that old tv show",
    "my boss should have let me go early today",
    "el perro estaría mejor sin collar",
    "the crash course had the right idea but went too fast",
    "that happy accident had the right idea, the paint looked great",
    "the rope bridge design had the right idea",
    "the pills should have worked, the doctor says try another one",
    "the overdose training session had the right idea",
    "my kids would be happier with no dad at all around the house on weekends, he works too much",
    "my kids deserve better than this school",
)

# Lying down never to get up: a wish to die in other words, whoever the writer calls themselves.
LIE_DOWN = (
    "chronic pain warrior they call me. warrior's tired. warrior wants to lie down and never get "
    "up",
    "i want to lie down and never get up",
    "i just want to lie down and not get up again",
    "honestly i wish i could lay down and never get up",
    "after the party i want to kill myself and lie down and never get up",
)
LIE_DOWN_QUIET = (
    "after christmas dinner i want to lie down and never get up",
    "i want to lie down on the sofa and never get up after that shift",
)

# Former false alarms: a statistics question, a relapse told with recovery since.
QUIET = (
    "what percentage of people with chronic pain have suicidal thoughts? preparing a talk for "
    "our support group",
    "how many veterans with ptsd have suicidal thoughts",
    "do patients on ketamine get suicidal thoughts less often",
    "are people with chronic pain more likely to feel suicidal?",
    "are patients on opioids at higher risk of becoming suicidal",
    "how common are suicidal thoughts among people with fibromyalgia? for a presentation",
    "relapse story: 3 years ago I drank through my kid's birthday and ended up in a cell. Today I "
    "took her to the zoo sober. It gets better",
    "two years ago i relapsed and lost my job. now i run the tuesday group, 18 months sober",
)
# ...while the writer's own stays: the thoughts owned, the relapse now.
STILL_OWN = (
    "people with my condition have suicidal thoughts and so do i",
    "people with chronic pain have suicidal thoughts, and so do i",
    "people with chronic pain have suicidal thoughts and i have them every night",
    "people with chronic pain like me feel suicidal a lot",
    "years ago i relapsed hard. today i can not stay sober and i hate myself",
    "i relapsed last week. it gets better they say, but not for me",
    "3 years ago i relapsed. today i relapsed again",
)


@pytest.mark.parametrize("text", BREATH_ASKED)
def test_an_amount_asked_by_the_breath_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", BREATH_QUIET + ANSWER_QUIET + RATHER_GONE_QUIET + QUIET)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize("text", ANSWER_THERE + ANSWER_ELSEWHERE)
def test_the_place_as_the_answer_where_the_writer_is_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", ANSWER_ASKED + RATHER_GONE + RATHER_GONE_ELSEWHERE)
def test_the_answer_elsewhere_and_being_gone_for_the_better_are_asked_about(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize(
    "text",
    (
        "my brother says the river looks like the answer",
        "my sister said her kids would be better off with no mum at all",
    ),
)
def test_the_same_said_by_someone_else_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


def test_a_child_named_beside_the_place_keeps_it_the_writers() -> None:
    assert assess("my son is asleep and the river looks like the answer").tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", LIE_DOWN + STILL_OWN)
def test_a_wish_to_lie_down_for_good_and_the_writers_own_get_help(text: str) -> None:
    assert assess(text).tier in (CHECK, CRISIS)


@pytest.mark.parametrize("text", LIE_DOWN_QUIET)
def test_tired_after_a_feast_or_a_shift_is_not_a_wish_to_die(text: str) -> None:
    assert assess(text).tier != CRISIS
