"""Kinds a blind set found missed, in other languages than English, as new parents and people
just out of prison write them: all the sleeping pills taken named by a compound word (Dutch) or
with the amount's particle (Korean); everything one had, heroin and pills (German); too much
heroin after release (Polish, German); a past thought of killing oneself (Portuguese); jumping
from the balcony (Chinese); ending it tonight (Polish), going for ever tonight (Spanish); "bade
moot" (Levantine Arabic in Latin letters); "saaganum" (Tamil in Latin letters); a sheet torn into
strips in a cell (German, Polish, Russian); "decided to go, don't look for me" (Russian); "I'll
hang myself" (German, Russian, Polish, Italian); the baby better off without me (German,
Chinese, Indonesian); a drug, or the old amount after prison, and the body failing; tonight I do
it, with a rope, a sheet or the pills named; all the pills in Norwegian, Danish, Finnish,
Romanian, Croatian and Hungarian. Each gets the full reply. Someone else's overdose
seen (Spanish, Portuguese, French, Italian, German, Polish, Russian), a Korean friend's text, a
partner who talks of throwing herself out of the window, someone who says the baby would be
better off without her or that he will hang himself get the reply for helpers (or the full
one). Tears that won't stop (Japanese), loneliness (Russian), "smutno mi" (Polish), crying
(Tagalog, and all the time in Spanish, German, Korean, Swahili, Turkish) get the caring reply.
Their lookalikes (a carp killed for Christmas Eve, a habit quit tomorrow, a move abroad for
ever, a sheet torn in the wash, hay fever, tears of laughter, "se jeter à l'eau", vitamins this
morning, everything packed for a trip, a picture hung, a coach, a soup, a climbing rope, a
washing line, pills as prescribed, a pack of biscuits) get no alarm. The sentences here were
written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "ik heb net al mijn slaaptabletten geslikt",
        "ik heb een hele strip pijnstillers ingenomen, sorry",
        "수면제 한 통을 전부 먹었어",
        "아까 약을 한꺼번에 많이 먹었어요",
        "hab alles genommen was noch da war, methadon und benzos",
        "zu viel heroin genommen, gerade erst raus aus dem knast",
        "przyjąłem za dużo metadonu, ledwo oddycham",
        "wzięłam za dużo fentanylu po wyjściu z odwyku",
    ],
)
def test_an_overdose_in_those_languages_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "ontem pensei em me matar e hoje também",
        "tenho pensado no suicídio desde que o bebê nasceu",
        "我好想从窗户跳下去",
        "每天都想从楼顶跳下去",
        "nikt mnie nie chce. skończę z tym tej nocy",
        "skończę ze wszystkim dziś w nocy",
        "ya tengo todo, hoy me voy para siempre",
        "ana ta3ban kteer, bidi moot",
        "saavanum pola irukku, yarum illa",
        "enakku vazhave pidikala",
        "ich habe das laken in streifen gerissen",
        "podarłem prześcieradło na paski",
        "порвал простыню на полосы",
        "решила уйти. никого не вините, не ищите",
    ],
)
def test_the_writers_own_risk_in_those_languages_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "mi novio se inyectó heroína y no reacciona, respira muy lento",
        "meu irmão usou heroína e não acorda, lábios roxos",
        "mon frère a pris de l'héroïne et il ne se réveille pas",
        "mein bruder hat heroin gespritzt und atmet kaum",
        "동생이 수면제를 한 통 다 먹었다고 문자 왔어요",
        "mon mari parle de se jeter du pont depuis une semaine",
        "mi hermana habla de tirarse por la ventana",
        "minha esposa fala em se jogar da janela",
        "mia moglie parla di buttarsi dal balcone",
        "meine frau redet davon, aus dem fenster zu springen",
    ],
)
def test_someone_elses_crisis_in_those_languages_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "毎晩涙が止まらない。",
        "何もする気が起きない日が続いてる",
        "мне так одиноко после переезда",
        "smutno mi dzisiaj, nie wiem czemu",
        "iyak lang ako nang iyak buong gabi",
        "ang bigat ng loob ko ngayon",
    ],
)
def test_distress_in_those_languages_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "Zabiłem dziś karpia na Wigilię, tradycja to tradycja",
        "rzucam palenie, skończę z tym jutro",
        "skończę z tym projektem dziś w nocy",
        "me voy para siempre a vivir a Madrid",
        "esta noche me voy para siempre de esta ciudad, nuevo trabajo en Lima",
        "Das Bettlaken ist beim Waschen zerrissen",
        "笑いすぎて涙が止まらない",
        "花粉症で涙が止まらない",
        "il parle de se jeter à l'eau et de lancer sa boîte",
        "elle se tue au travail depuis des mois",
        "ik heb al mijn vitaminepillen ingenomen vanochtend",
        "hab alles genommen was ich brauche, zelt und schlafsack",
        "решил уйти с работы. не ищите меня в офисе",
        "не ищите меня на даче, я в городе",
        "我想从阳台跳下去拿衣服",
        "pensei em morrer de rir com esse vídeo",
        "sirichu sirichu saaganum da, semma comedy",
    ],
)
def test_their_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "me metí demasiada heroína y no puedo respirar bien",
        "acabo de salir de la cárcel, me metí lo de siempre y me estoy quedando dormido",
        "saí da prisão e usei a mesma quantidade de antes, tô apagando",
        "je sors de prison, j'ai repris ma dose d'avant et je respire mal",
        "ik heb te veel heroïne gebruikt en mijn lippen worden blauw",
        "вышел, принял как раньше и засыпаю, не могу дышать",
    ],
)
def test_a_drug_taken_and_the_body_failing_in_those_languages_gets_the_full_reply(
    text: str,
) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "mój brat wziął heroinę i nie można go dobudzić",
        "мой брат принял героин и не просыпается, губы синие",
    ],
)
def test_someone_elses_overdose_in_polish_and_russian_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "j'ai pris trop de frites et je respire mal lol",
        "mój brat wziął leki i nie budzi się do pracy",
        "ik heb al mijn pillen genomen zoals voorgeschreven",
    ],
)
def test_a_meal_a_late_riser_and_pills_as_prescribed_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "ich werde mich in der Zelle aufhängen",
        "повешусь в камере",
        "powieszę się w celi",
        "mi vado a impiccare in cella",
        "mein Baby wäre ohne mich besser dran",
        "die Kinder wären ohne mich besser dran",
        "孩子没有我会更好",
        "anak saya lebih baik tanpa saya",
    ],
)
def test_hanging_oneself_and_the_baby_better_off_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "ich werde das Bild im Flur aufhängen",
        "ich hänge mich an jedem Detail auf",
        "das Team ist ohne mich besser dran, ich bin eh im Urlaub",
        "se perde la Juve mi impicco lol",
        "tim lebih baik tanpa saya di rapat besok",
        "powieszę pranie na balkonie",
    ],
)
def test_a_picture_a_detail_a_team_and_the_washing_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "mi esposa dice que el bebé estaría mejor sin ella",
        "minha esposa diz que o bebê ficaria melhor sem ela",
        "ma femme dit que le bébé serait mieux sans elle",
        "meine Frau sagt, das Baby wäre ohne sie besser dran",
        "mia moglie dice che il bambino starebbe meglio senza di lei",
        "жена говорит, что ребенку будет лучше без нее",
        "żona mówi, że dziecku byłoby lepiej bez niej",
        "mi hijo está en la cárcel y me dijo que se va a colgar",
        "mein Sohn sitzt im Gefängnis und hat gesagt, er hängt sich auf",
        "mon fils en prison m'a dit qu'il allait se pendre",
        "сын в тюрьме сказал что повесится",
        "syn w więzieniu powiedział że się powiesi",
        "meu filho na prisão disse que vai se enforcar",
        "mio figlio in carcere ha detto che si impicca",
    ],
)
def test_someone_who_says_the_baby_is_better_off_or_he_will_hang_gets_the_helpers_reply(
    text: str,
) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "el cuadro se va a colgar en el salón",
        "dice che la squadra starebbe meglio senza di lui, è un pessimo allenatore",
        "говорит, что суп лучше без него, без лука",
        "er hängt sich voll rein in die Arbeit",
        "sie hängt sich an jeder Kleinigkeit auf",
    ],
)
def test_a_picture_a_coach_a_soup_and_hard_work_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "salí de la cárcel y me siento como un extraño en mi propia ciudad",
        "seit der Geburt weine ich nur noch",
        "아기 낳고 나서 저는 매일 울어요",
        "mtoto amezaliwa na ninalia kila siku",
        "doğumdan beri sürekli ağlıyorum",
    ],
)
def test_crying_all_the_time_or_a_stranger_at_home_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "gülmekten ağlıyorum bu videoda",
        "ich weine nur vor Lachen bei dem Film",
        "웃겨서 눈물이 계속 나",
    ],
)
def test_tears_of_laughter_get_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "esta noche cuando apaguen la luz lo hago, ya tengo la sábana",
        "hoje à noite eu faço isso, já tenho a corda",
        "heute Nacht mache ich es, das Seil liegt bereit",
        "ce soir je le fais, j'ai les cachets",
        "сегодня ночью сделаю это, веревка готова",
        "dziś w nocy to zrobię, mam sznur",
        "stanotte lo faccio, ho le pillole",
    ],
)
def test_tonight_i_do_it_with_the_means_named_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "heute Abend mache ich es, das Seil zum Klettern ist gepackt",
        "dziś to zrobię, kupiłam sznur do prania",
        "stasera lo faccio, ho comprato la corda per il bucato",
    ],
)
def test_a_climbing_rope_or_a_washing_line_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "jeg har tatt alle sovepillene mine",
        "jeg har taget alle mine sovepiller",
        "otin kaikki unilääkkeet",
        "am luat toată cutia de somnifere",
        "popila sam sve tablete za spavanje",
        "popio sam cijelu kutiju tableta",
        "megittam az összes altatót",
    ],
)
def test_all_the_pills_in_the_languages_with_fewest_writers_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "jeg har tatt alle tablettene mine som foreskrevet",
        "otin kaikki lääkkeet ohjeen mukaan",
        "popio sam sve tablete kako je propisano",
        "jeg har tatt hele pakken med kjeks",
    ],
)
def test_pills_as_prescribed_and_a_pack_of_biscuits_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        # a joke with its trivial cause: one more meeting, boredom, the heat
        "Ещё один отчёт — и я повешусь 😂",
        "ещё одно совещание и я повешусь",
        "zaraz się powieszę z nudów xD",
        "jeszcze jedno spotkanie i się powieszę",
        "bade moot mn el 7arr",
        "wallah bade moot mn el jo3, ma akalet shi",
        # a computer that freezes
        "Mein Laptop ist neu, aber er hängt sich ständig auf",
        "das Handy hängt sich beim Update immer auf",
        # a jump that is a sport
        "mon fils parle de sauter du plongeoir cet été",
        "mi hija habla de tirarse en paracaídas para su cumpleaños",
        "好想从桥上跳下去游泳",
        # a task ended tonight, a move abroad
        "Skończę z tym w nocy, jutro oddaję pracę",
        "skończę z tym dziś w nocy, szef chce raport na rano",
        "Mañana me voy pa siempre, me mudo a Canadá",
        # pills taken as the doctor said, or this morning
        "Jeg har taget alle mine tabletter i dag som lægen sagde",
        "uzeo sam sve tablete danas kako mi je doktor rekao",
        "Jeg har tatt alle pillene mine til frokost",
    ],
)
def test_a_joke_a_frozen_laptop_a_sport_a_task_or_pills_as_told_get_no_full_reply(
    text: str,
) -> None:
    assert assess(text).tier not in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "Ещё один день так — и я повешусь, правда, не шучу",
        "ещё один созвон и я повешусь, не шучу, верёвка уже есть",
        "zaraz się powieszę, nie mam już siły",
        "Skończę z tym dziś w nocy, mam już tabletki",
        "Esta noche me voy pa siempre, ya tengo las pastillas",
        "我想从桥上跳下去",
        "Jeg har taget alle mine sovepiller",
        "uzeo sam sve tablete odjednom",
    ],
)
def test_beside_those_lookalikes_the_risk_still_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    ["mein Bruder sagt, er hängt sich heute auf", "mi hija habla de tirarse del puente"],
)
def test_someone_elses_talk_of_hanging_or_jumping_still_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "ik heb vanochtend al mijn slaappillen ingenomen, ik voel me duizelig",
        "ik heb al mijn pillen vanochtend ingenomen",
        "Jeg har tatt alle pillene mine i morges, jeg føler meg svimmel",
        "bevettem az összes gyógyszeremet ma reggel",
    ],
)
def test_all_the_pills_this_morning_is_still_an_overdose(text: str) -> None:
    """ "This morning" alone excuses nothing: an overdose is told with it as often as a routine."""
    assert assess(text).tier == CRISIS
