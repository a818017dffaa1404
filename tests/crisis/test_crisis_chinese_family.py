"""Chinese, simplified and traditional, said at home by people who are ill or cared for: being the
family's burden whose going would free the carer, the last hope that did nothing, sleeping pills
stored up or to be taken once the house is empty, a letter left and going tonight, all the
painkillers swallowed (the full reply); no will to hold on any more (the check-in); a brother or a
friend who sent "sorry everyone" and then went silent (the reply for helpers). A school fee that
burdens the family, an umbrella held up, a full stomach, cold medicine stocked for winter, a child
told to take the medicine, an exam hoped for and an apology for being late stay quiet."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess

CRISIS_SAID = (
    "我就是全家的累赘，我不在了爸妈就解脱了",
    "我是父母的負擔，我死了以後他們就輕鬆了",
    "透析做了三年，这次换肾是我最后的希望，结果也失败了",
    "吃了半年的新药还是没效果 这就是我最后的希望",
    "我偷偷攒了一盒安定片，今晚用",
    "藏了好多止痛藥，夠了",
    "药都准备好了，等老公上班了我就吃掉",
    "我把整瓶安眠药都吞了，头好晕",
    "把剩下的止痛药全吃了",
    "写好了一封信放在桌上 今天晚上我就离开",
)
CHECK_SAID = (
    "照顾妈妈五年了，我真的熬不下去了",
    "化疗太痛苦，我不愿意再撑下去了",
)
HELPER_SAID = (
    "我表姐刚在群里说谢谢大家，然后就关机了",
    "我室友发了条消息对不起所有人，现在打不通",
)
QUIET = (
    "房租是家里最大的负担，我得多打一份工",
    "我走了啊，你们慢慢吃，明天见",
    "风太大了，我不想再撑伞了",
    "火锅吃太多，撑死了",
    "换季了，我囤了好几盒感冒药备用",
    "乖，把药吃了就可以看电视",
    "等妈妈出门了我就吃冰淇淋",
    "这次面试是我最后的希望，结果还是失败了",
    "我弟在群里说对不起大家我迟到了，然后就不回了",
    "给房东留了张纸条，明天就走，飞机早上八点",
)


@pytest.mark.parametrize("text", CRISIS_SAID)
def test_a_burden_a_failed_last_hope_and_pills_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize("text", CHECK_SAID)
def test_no_will_to_hold_on_gets_the_check_in(text: str) -> None:
    assert assess(text).tier == CHECK


@pytest.mark.parametrize("text", HELPER_SAID)
def test_sorry_everyone_then_silence_gets_the_helper_reply(text: str) -> None:
    assert assess(text).tier == HELPER


@pytest.mark.parametrize("text", QUIET)
def test_fees_umbrellas_cold_medicine_and_exams_stay_quiet(text: str) -> None:
    assert assess(text).tier is None
