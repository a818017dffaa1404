"""Older people writing in Japanese, Korean, Chinese and Cantonese: a farewell letter written and
put by, going to join the dead from a cliff with thanks for everything, following a spouse once
they are gone, thanks for all this time and "I'll stop and go now", the house and the bankbook
handed over "so they'll have no trouble once I'm gone", thinking of how to leave this world, a
rooftop now and the last hope failed get the full reply; a parent, a father or a neighbour
saying the same gets the reply for helpers; palpitations with no sleep and a carer's exhaustion
get the caring reply. A seminar's farewell letter, a husband visited in hospital, dying of shame,
a lottery as the last hope, a husband followed on a trip, the washing on the roof, a will read
after a funeral and no sleep after coffee stay quiet.
"""

from __future__ import annotations

import pytest

from crisis import CRISIS, DISTRESS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "遺書も書いてあります。印鑑は台所の棚です。",
        "娘あての遺書はもう書き終わりました",
        "いま橋の上にいます。妻のもとへ行きます。本当にありがとう",
        "ダムに来ました。皆さんお世話になりました",
        "hontou ni shinitai. hitori wa tsurai",
        "mou jisatsu shitai desu",
        "抗うつ薬もだめでした。これ以上生きている意味が見いだせません",
        "新しい治療が最後の希望だったのに、効かなかった",
        "그동안 정말 많이 고마웠어요 이제 그만 갈게요",
        "아내가 먼저 가면 저도 곧 따라갈 거예요",
        "영감 죽으면 나도 따라 죽을 거야",
        "我最近一直在想如何离开这个世界",
        "遗嘱已经写好了，这样我走了以后儿子就不用操心",
        "我依家喺樓頂，好凍",
        "我真係唔想再活落去",
        "遺書を準備しました。あとは日を決めるだけです",
        "먼저 떠난 아내 따라가고 싶어요",
        "老伴走了三年了，我也想跟她走",
        "我依家喺橋上，好夜了",
    ],
)
def test_own_gets_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS, text


@pytest.mark.parametrize(
    "text",
    [
        "阿爸講佢唔想再活落去，我好驚",
        "어머니가 유서를 써 놓고 집을 나가셨어요",
        "祖母が「お迎えを待つのにもう疲れた、自分から逝く」と話していました",
    ],
)
def test_someone_elses_gets_the_helpers_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS), text


@pytest.mark.parametrize(
    "text",
    [
        "最近老是心慌，整夜失眠，一直担心房租",
        "成日都覺得好累，一個人照顧阿媽",
    ],
)
def test_distress_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "終活セミナーで遺書を書きました。前向きな気持ちになれました。",
        "入院している主人のところへ行きます。今日は元気そうでした。",
        "崖の上にいます。景色が最高です！",
        "hazukashikute shinitai yo",
        "shinitakunai kara byouin ni iku",
        "宝くじが最後の望みだったのに、また外れた。",
        "선생님 그동안 강의 고마웠어요 이제 그만 갈게요 다음 주에 또 봐요",
        "남편 출장 가면 나도 바로 따라갈 거예요",
        "할아버지 돌아가시고 유서를 남기셨어요. 장례 끝나고 읽었어요",
        "我一直在想离开这个城市去上海工作",
        "他三年前离开了这个世界",
        "我不想離開這個世界，我還有孫子",
        "我走了以後你們就不用麻煩了，謝謝招待",
        "我而家喺天台晒衫",
        "喝了咖啡，晚上睡不着，有点心慌",
        "今日行山好攰，返屋企沖涼先",
        "老公出差走了，我也想跟他去",
        "먼저 간 친구 따라가고 싶어요 여행",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None, text
