"""Everyday lookalikes stay quiet, their real risk nearby keeps the reply.

Laughing "till I want to die" in Indonesian, an evening "killed" on a tax return in Latin-script
Russian, and a night worker asking what to do if someone overdoses, to be prepared on duty, are
no crisis. A plain wish to die in the same languages, and the worker's own overdose told beside
the question, still get the full reply.
"""

from __future__ import annotations

import pytest

from crisis import assess


@pytest.mark.parametrize(
    "text",
    [
        "ketawa sampe pengen mati liat meme ini",
        "ngakak sampai hampir mati nonton stand up semalem",
        "ubil ves den na otchet dlya nachalnika",
        "ubil celoe utro na remont mashiny",
        "what should staff do if a guest takes an overdose? trying to be prepared, i work"
        " at a hotel reception",
        "what should you do if someone has taken too many pills, i work weekends at a campsite",
    ],
)
def test_lookalikes_stay_quiet(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    [
        "aku pengen mati aja, capek banget",
        "hochu ubit sebya segodnya",
        "i work nights at a hostel and i have taken 30 of my pills tonight",
    ],
)
def test_real_risk_nearby_keeps_the_reply(text: str) -> None:
    assert assess(text).tier == "crisis"
