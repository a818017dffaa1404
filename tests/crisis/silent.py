"""A classifier that never speaks, for tests of what the rules catch by themselves."""

from __future__ import annotations

from crisis import assess
from crisis.model import Model

THRESHOLDS = ("check", "crisis", "distress", "foreign")
SILENT = Model("silent", ("negative",), (0.0,), (), dict.fromkeys(THRESHOLDS, 2.0))


def rules(text: str) -> str | None:
    """The tier the rules alone give ``text``."""
    return assess(text, SILENT).tier
