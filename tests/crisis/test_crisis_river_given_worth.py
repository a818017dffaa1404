"""Kinds a blind set found missed in French, Italian, Portuguese, Spanish and Indonesian:

- jumping into the river or off a bridge tonight, letting oneself sink or drown, "ending
  everything" (Indonesian), hoping not to wake (Portuguese "tomara que eu não acorde"): the
  full reply;
- things given away and "I won't need them any more", or "I won't come back from the sea":
  the full reply;
- too much ketamine or too many pills with the body failing now (breathing, the heart): the
  full reply, as an overdose;
- "how much ketamine does it take not to wake up" (Italian "quanta"): the full reply, as a
  method question;
- a friend's "goodbye for ever" then silence (Portuguese), a mother who "veut plus vivre"
  typed without "ne" and hid a rope (French): the helpers' reply;
- worthlessness and fear all the time: the caring reply.

Their lookalikes stay quiet: a swim with friends in the heat, "laisser couler" (letting it go),
too much ketamine yesterday and well today, baby clothes given away, a bicycle given on buying
a car, ending things with a partner, finishing all the homework tonight, children jumping into
the river to swim, useless in the kitchen, waking early, a skipping rope hidden for a child.
"""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "Je pense à me laisser couler au fond du lac",
        "je veux aller me noyer ce soir",
        "je vais sauter dans le fleuve ce soir",
        "J'ai donné ma guitare et mon vélo à mon frère, je n'en aurai plus besoin",
        "j'ai laissé mon bateau à mon cousin. je ne reviendrai pas de la mer",
        "mi butto nel fiume stanotte",
        "stasera mi butto dal ponte",
        "ho regalato il mio telefono e i miei vestiti, non mi serviranno più",
        "vou pular no rio hoje à noite",
        "dei meu violão e meu notebook pro meu primo, não vou precisar mais",
        "pengen loncat dari jembatan malam ini",
        "aku pengen udahin semuanya",
        "capek bgt, mau mengakhiri segalanya malam ini",
        "esta noche me tiro del puente",
        "me lanzo a las vías mañana temprano",
        "tomara que eu nao acorde amanha",
        "peço a deus pra que eu não acorde",
    ],
)
def test_statements_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "ho preso troppe pastiglie con il vino e il cuore batte fortissimo",
        "ho fatto troppa keta e adesso non respiro bene",
        "tomei a caixa toda de remédios, agora tô esperando",
        "j'ai avalé toute la boîte de somnifères, j'attends",
        "quanta ketamina ci vuole per non risvegliarsi",
        "quanto sonnifero serve per addormentarsi per sempre",
    ],
)
def test_overdose_and_method_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "minha amiga mandou 'adeus pra sempre' e não responde mais",
        "ma mere dit qu'elle veut plus vivre, elle a caché une corde",
        "mon frère a caché une corde dans le garage",
    ],
)
def test_someone_else_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "non valgo niente, ho sempre paura",
        "je ne vaux rien, j'ai peur tout le temps",
        "no valgo nada, tengo miedo todo el tiempo",
        "eu não valho nada",
        "no sirvo para nada, tengo miedo siempre",
        "je sers a rien, j'ai peur de tout",
        "aku gak berharga, aku takut terus",
    ],
)
def test_worthlessness_and_fear_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "je vais sauter dans le lac avec les copains, il fait trop chaud",
        "je vais laisser couler, c'est pas grave",
        "stasera mi butto in piscina con gli amici",
        "domani mi butto nel mare, che caldo",
        "ho preso troppa ketamina ieri, oggi sto bene",
        "vou pular no rio hoje à noite com a galera pra nadar",
        "doei as roupinhas de bebê, não vou precisar mais",
        "passei minha bicicleta pro meu sobrinho porque comprei um carro, não vou precisar mais",
        "mau mengakhiri semuanya sama dia, dia selingkuh",
        "mau akhiri semua tugas malam ini",
        "anak-anak mau loncat ke sungai buat berenang",
        "no sirvo para nada en la cocina jaja",
        "tomara que eu acorde cedo amanha",
        "il a caché une corde à sauter pour sa fille",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS
