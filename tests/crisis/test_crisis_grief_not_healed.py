"""A child or a husband who died and a grief told as still raw, with no sign of risk: "people
say time heals. it doesn't", places still laid for the dead at table, and the anniversary of
their death that everybody else forgot get the caring reply. A knee that time did not heal, a
grief told as healing, and a king's death anniversary stay quiet.
"""

from __future__ import annotations

import pytest

from crisis import DISTRESS, assess


@pytest.mark.parametrize(
    "text",
    [
        "Mum passed in march. Everyone keeps saying time heals, well it doesn't",
        "Since my daughter died I still lay three plates at dinner",
        "It's my wife's death anniversary tomorrow and no one remembered",
        "Tomorrow is the anniversary of my brother's death and my family forgot",
    ],
)
def test_raw_grief_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS, text


@pytest.mark.parametrize(
    "text",
    [
        "my dad died two years ago and people said time heals. it does, slowly, i smile now",
        "tore my acl last year, people say time heals, it does not, still limping",
        "the anniversary of the kings death is on sunday, everybody forgot the parade",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None, text
