"""Kinds a blind set found missed: the writer's suicidal thoughts, by any name ("unalive
thoughts", "sewerslide thoughts", self-harm urges), told as bad, loud or back today. They get the
full reply. Their lookalikes (suicidal thoughts as a topic of the course, a character's thoughts
in a series, a question about ketamine) stay quiet. The sentences here were written for these
tests."""

from __future__ import annotations

import pytest

from crisis import CRISIS, assess


@pytest.mark.parametrize(
    "text",
    [
        "unalive thoughts are so loud today",
        "suicidal thoughts have been really bad this week",
        "sewerslide thoughts getting worse again tonight",
        "sh urges are super strong rn",
    ],
)
def test_the_writers_suicidal_thoughts_bad_today_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "in the lesson, are suicidal thoughts really common in depression",
        "the character's suicidal thoughts are bad again in episode 4",
        "does ketamine help when suicidal thoughts are strong",
    ],
)
def test_suicidal_thoughts_as_a_topic_or_a_story_get_no_full_reply(text: str) -> None:
    assert assess(text).tier != CRISIS
