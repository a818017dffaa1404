"""Kinds a blind set found missed, pills in the languages of people who crossed borders: how many
would kill (Amharic, Somali, Sorani, Vietnamese), many or all of them swallowed (Amharic,
Sorani), and someone else who swallowed many and will not wake, or said he would destroy
himself (Amharic, Vietnamese). Each with its everyday lookalikes: a cold tablet and a hard
morning, a child's fever tablet, a question about a dose for a headache."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, HELPER, assess


@pytest.mark.parametrize(
    "text",
    [
        "ምን ያህል ኪኒን ብውጥ እሞታለሁ?",
        "meeqa kiniin ayaa qof dila?",
        "چەند حەب بخۆم بمرم؟",
        "bao nhiêu viên thuốc ngủ thì chết được",
        "ብዙ ኪኒን ውጫለሁ",
        "ሁሉንም ኪኒኖች ወሰድኩ",
        "هەموو حەبەکانم خوارد",
    ],
)
def test_a_lethal_amount_asked_or_pills_swallowed_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "ወንድሜ ራሱን ሊያጠፋ ነው ብሎ ደወለ",
        "ጓደኛዬ ብዙ ኪኒን ውጧል፣ አይነቃም",
        "anh trai em uống cả vỉ thuốc, không tỉnh",
    ],
)
def test_someone_else_who_swallowed_pills_or_said_so_gets_a_reply(text: str) -> None:
    assert assess(text).tier in (HELPER, CRISIS)


@pytest.mark.parametrize(
    "text",
    [
        "em uống thuốc cảm xong ngủ không dậy nổi đi học",
        "ልጄ ለትኩሳት ኪኒን ወስዷል፣ አሁን ደህና ነው",
    ],
)
def test_a_cold_tablet_and_a_fever_tablet_stay_quiet(text: str) -> None:
    assert assess(text).tier not in (CRISIS, CHECK, HELPER)
