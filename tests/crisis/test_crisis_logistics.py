"""Plans told as logistics and wishes told as a feeling get the check-in (or more): someone away
and the right time, a gun beside affairs put in order, a means in the boot and somewhere quiet,
a long life said to be enough, a treatment run out and then an ending, not existing told as
peaceful, forgiveness asked for what one is about to do. Their everyday lookalikes (a house to
oneself for a party, a rifle for deer season, a rope for a hammock, a career of thirty years, a
recipe tried, Epicurus, a pizza) get no alarm. In the languages with the fewest phrases: killing
oneself in Somali and Haitian Creole, disappearing for ever in romanised Russian, cutting in
Chinese, a friend's suicide note in Korean, "this is the end" decided in Ukrainian and Russian;
and their lookalikes (a historic temple, a film's ending, mowing the grass) stay quiet. The
sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        # someone away, and the right time
        "my wife is at her sister's till sunday. nobody will walk in. it's the right time",
        "parents are on holiday all week, finally the perfect time to do it",
        "Got the house to myself tonight. The right moment, finally.",
        "flatmate is away all weekend so now is the time to do it",
        "my roommate is away all weekend so its finally the right time to do it",
        "husband's on a work trip till thursday. the house is quiet. tonight's the night",
        "everyone's out at the wedding till late. nobody will be home to stop me",
        # a gun beside affairs in order
        "Shotgun's loaded and in the truck. Everything is sorted, bills are paid.",
        "Made my will, cattle sold. Took out the rifle this morning.",
        "Cleaned the pistol. Tomorrow is as good as any.",
        "the will's with the solicitor and the shotgun's by the door",
        # a means in the boot and somewhere quiet
        "hose is in the boot. going to drive somewhere nobody will find me",
        "the pills are in my bag, just going to head out to the woods",
        # a long life said to be enough
        "Seventy years has been enough. The will's signed, the dog's rehomed. I'm ready.",
        "Signed the farm over, sold the herd. One last thing to take care of and then I'm done.",
        "ninety-one years is long enough. I've said my goodbyes to the nurses",
        # a treatment run out, then an ending
        "TMS, ketamine, lithium, six therapists. I tried.",
        "six antidepressants, two rounds of ECT, ketamine. nothing. I've made up my mind.",
        "tell anyone who reads this that i really tried",
        "the clinic discharged me and the insurance refused the infusions. I've made up my mind.",
        "nothing has worked, not even spravato. I've decided. I just wanted one more person to "
        "hear me",
        # not existing as a feeling, the world smoother without them
        "my chest is begging for me to stop existing",
        "the thought of never waking up sounds so comforting lately",
        "the idea of being gone feels peaceful now",
        "the idea of just stopping feels really peaceful lately",
        "anyone else think the world would be easier without them? because i do",
        # forgiveness for what one is about to do, a dead mother one would rather be with
        "please forgive me for what I'm going to do",
        "dad passed in may and mum last winter. i'd rather be with mum now.",
        # a plan attached to the thoughts; a funeral planned "asking for me"
        "my intrusive thoughts now have a plan attached",
        "is it normal to be suicidal during treatment? asking for myself",
        # sleep without waking, in few words
        "so tired of everything, i go sleep forever, never wake",
        # one's own body hurt over and over, a pet given to people who will be around
        "punching my own thighs till they bruise",
        "i keep ripping my hair out, there are bald patches now",
        "gave my dog to my neighbour. he's better off with someone who is going to be around",
        "my cat's going to my neighbour, she'll be better off with someone who'll be around",
        # a dead mother one would rather be with
        "mum passed in june and nothing has been right since. honestly i'd rather be with mum now",
    ],
)
def test_a_plan_told_as_logistics_or_a_wish_told_as_a_feeling_gets_asked(text: str) -> None:
    assert assess(text).tier in (CRISIS, CHECK)


@pytest.mark.parametrize(
    "text",
    [
        "parents are away all weekend, perfect time to throw a party",
        "my parents are out till late, perfect time to bake the cake",
        "my wife is away all weekend so it's the right time to build the shed",
        "the shotgun's by the door for the foxes, bills paid, feeling good",
        "kids are at grandma's, finally the perfect time to deep clean the house",
        "my neighbour's cat is better off with them, they're home all day",
        "my wife is at her sister's all weekend so it's the right time to paint the kitchen",
        "kids are at their dad's all weekend, nobody's going to walk in on my bath. perfect time "
        "for it",
        "roommate is away so finally the perfect time to practise drums",
        "is it the right time to do it? we're thinking of buying a house",
        "it's not the right time to do it, my boss is away all week",
        "Deer season opens tomorrow. Rifle's in the cab, bills paid, everything is sorted.",
        "Sold the truck, the will is done for the lawyer, the gun is locked in the safe.",
        "Loaded the shotgun for clay shooting, tomorrow is as good as any",
        "rope's in the boot, just need to drive somewhere quiet to set up the hammock",
        "tent and rope are in the car, heading out to the woods for a camping trip",
        "thirty years is enough at this company, I'm done, retiring in May",
        "forty years is plenty for a marriage, we signed the divorce papers and I'm done",
        "tried everything for my acne: creams, antibiotics, diet. I tried.",
        "the idea of not existing before I was born feels strangely peaceful, says Epicurus",
        "forgive me for what I'm about to do to this pizza",
        "forgive me for what i am about to do lol karaoke time",
        "mum died last year, I'd rather be with mum now at her grave than at work",
        "my grandmother died in march. I'm going to go to her grave on sunday",
        "found a new home for the kittens, they'll be better off with people who have a garden",
        "my architecture class taught me to look at buildings differently, measuring proportions",
        "I could sleep forever after this shift",
        "asking for me: is ketamine covered by insurance?",
        "hit my own head on the cupboard again lol",
        "pulling my hair out over this bug",
        "the hairdresser was pulling my hair out in clumps",
        "found a new home for the cat, we are moving abroad and she will be better off with "
        "people who are going to be around",
        "dad died last year. mum is at the hospital so i am going to go to her",
    ],
)
def test_their_everyday_lookalikes_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "my brother tried everything for his depression and nothing worked. now he's suddenly "
        "calm and upbeat, and it scares me",
        "my sister has been depressed for years and now she is suddenly at peace, it frightens me",
    ],
)
def test_someone_elses_sudden_calm_after_despair_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize(
    "text",
    [
        "my daughter is so calm and happy since her exams ended, it surprised me",
        "he was depressed last winter but he's calm now that therapy is working, which is a relief",
    ],
)
def test_a_calm_that_is_a_relief_gets_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "waan daalay, waxaan doonayaa inaan isdilo",  # so
        "m pa vle viv ankò",  # ht
        "mwen pral touye tèt mwen",  # ht
        "hochu umeret",  # ru, Latin letters
        "ustala, hochu prosto ischeznut navsegda",  # ru, Latin letters
        "我又在割手腕了",  # zh
        "猫送人了，这样就没有牵挂了",  # zh
        "Я вже вирішила, що це кінець.",  # uk
        "Я уже решила, что это конец.",  # ru
        "بفكر بالانتحار كل ليلة",  # ar
        "já decidi, é esta noite",  # pt
    ],
)
def test_the_languages_with_the_fewest_phrases_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "동생이 유서를 썼어요",  # ko
        "брат написал прости меня за всё и не берёт трубку",  # ru
    ],
)
def test_someone_elses_farewell_in_those_languages_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "устала надеяться, третий курс и ничего",  # ru
        "пустота внутри, ничего не хочется",  # ru
        "何をしても楽しくない",  # ja
        "je suis si seule, personne ne m'écrit",  # fr
        "ik krijg weer een paniekaanval",  # nl
    ],
)
def test_worn_out_hope_and_emptiness_in_those_languages_get_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "我把wifi密码写给了客人",  # zh: the wifi password written for guests
        "孩子们长大了，我终于没有牵挂了，可以去旅行了",  # zh: the children grown, free to travel
        "我在割草",  # zh: mowing the grass
        "친구가 유서 깊은 절에 데려갔어요",  # ko: a temple of long history
        "m ap mouri grangou",  # ht: starving
        "это конец фильма, я решила что это конец сезона",  # ru: a film's ending
        "подруга написала прости что опоздала и не отвечает",  # ru: sorry for being late
        "ik heb een paniekaanval gehad vorig jaar",  # nl: a panic attack last year
    ],
)
def test_their_lookalikes_in_those_languages_get_no_alarm(text: str) -> None:
    assert assess(text).tier not in ALARMS
