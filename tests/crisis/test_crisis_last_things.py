"""Kinds a blind set found missed: a place of death decided or sat at (Ukrainian, Hindi,
Hinglish, Greek; ``crisis/lexicons/decided_place.py``); last things done or said, pills
collected, a rope in the room, a last message, letters to the children, everyone at peace
without me (Korean, Tagalog, Chinese, Swahili, Tamil; ``last_things.py``); on a roof or a
bridge now, only wanting to say thanks (Portuguese, Spanish); the treatment as the
last hope (German, Italian) and vanishing from this world (Indonesian; ``last_hope.py``); and
someone close who swallowed many pills or says he will end it all (Nepali, Punjabi in Latin
letters), a grandmother who says life means nothing without her late husband (Hinglish;
``said_they_would.py``). Their lookalikes (pills handed back, a washing line, leaving a
group chat, a day off, fireworks on a bridge, drinks on a roof, another doctor to try, a project
finished) stay quiet. The sentences here were written for these tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "я вирішила. вночі поїду на міст",
        "सोच रही हूँ कल सुबह पटरी पर लेट जाऊँ",
        "ek din gaadi ko nadi mein gira dunga, bas",
        "raat bhar railing pe baitha raha, bas niche dekhta raha",
        "είμαι πάνω στη γέφυρα τώρα και κοιτάω το νερό",
        "estou na ponte agora, só queria agradecer por tudo",
        "estoy en la azotea ahora, solo quería darte las gracias por todo",
        "수면제 약을 몰래 모아뒀어요",
        "may lubid na ko dito, wala nang saysay",
        "这是我最后一次给你们发信息了",
        "nimeandika barua kwa mke wangu, usiku huu sitakuwepo tena",
        "நான் இல்லாமல் போனால் அனைவருக்கும் நிம்மதி",
        "wenn die Therapie auch nicht wirkt, dann war es das mit mir",
        "se anche il nuovo farmaco non aiuta, la faccio finita",
        "rasanya mau hilang saja dari muka bumi",
    ],
)
def test_last_things_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "mera bhai kehnda ke oh sab kuch khatam kar dega, phone nahi chukda",
        "mero dai le sabai aushadhi khayo, uthdainan",
        "dadi ne kaha dada ke bina jeene ka koi matlab nahi, aaj apne gehne bant diye",
    ],
)
def test_someone_close_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "ми вирішили, що підемо на міст дивитися салют",
        "안 먹는 약을 모아놨다가 약국에 반납했어요",
        "may lubid na ako dito para sa sampayan",
        "这是我最后一次在这个群发消息了，明天退群",
        "kesho sitakuwepo ofisini, nina safari",
        "είμαι στην ταράτσα τώρα με φίλους για ποτό",
        "tô no terraço agora com a galera, queria dizer que a vista tá linda",
        "mummy ne kaha chai ke bina subah ka koi matlab nahi",
        "wenn das auch nicht hilft, dann war's das mit dem Rezept, probier ich was anderes",
        "se anche questo non funziona basta, cambio medico",
        "mera bhra kehnda ke oh project khatam kar dega kal tak",
        "mero saathi le dherai goli khayo daktar le bhaneko jasto",
    ],
)
def test_everyday_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
