"""Kinds a blind set found alarming that are not: a knife emoji at a murder-mystery night ("I'm the
victim this time 🔪😂"), pumpkins carved or blood taken at the clinic beside a knife or a drop;
an infusion that "knocked me out, dead to the world for 3 hours"; a grandparent who passed at 94,
peacefully, told beside a question about grief and the treatment; fish or a kitchen gutted. They
stay quiet. A knife emoji alone, a knife beside "can't do this anymore", being knocked sideways
or gutted by a loss and a grief still raw keep their reply. The sentences here were written for
these tests."""

from __future__ import annotations

import pytest

from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess

ALARMS = (CRISIS, CHECK, HELPER)


@pytest.mark.parametrize(
    "text",
    [
        "murder mystery night at mine, I'm the victim this time 🔪😂",
        "hosting cluedo tonight, bagsy the kitchen 🔪",
        "carving pumpkins with the kids 🔪🎃",
        "had my bloods done before the infusion 🩸",
        "halloween costume sorted, going as a slasher 🔪🩸",
    ],
)
def test_a_knife_or_a_drop_at_play_stays_quiet(text: str) -> None:
    assert assess(text).tier not in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "That infusion totally knocked me out, I was dead to the world for 3 hours after",
        "first dose knocked me clean out, slept till dinner",
        "My grandfather passed last year at 94, peacefully. Does grief affect how well ketamine "
        "works?",
        "my nan died at 96 in her sleep. is it ok to start the course during bereavement?",
        "gutted about 200 mackerel on the boat today, hands are wrecked",
        "gutted the kitchen this weekend, new units monday",
    ],
)
def test_sedation_and_a_calm_grief_get_no_reply(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "🔪",
        "cant do this anymore 🔪",
        "my sister keeps posting 🔪🩸",
    ],
)
def test_a_knife_with_nothing_at_play_keeps_its_reply(text: str) -> None:
    assert assess(text).tier in ALARMS


@pytest.mark.parametrize(
    "text",
    [
        "the breakup really knocked me for six",
        "absolutely gutted, she left me",
        "losing the job knocked me sideways",
        "my nan died at 91 and i cant cope, everything feels empty",
    ],
)
def test_a_loss_that_knocked_the_writer_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier in (DISTRESS, CHECK)
