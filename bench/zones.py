"""Time-zone reading figures: how often what people type is understood.

Run from the repository root: ``python -m bench.zones [FILE]`` (default: the development set,
tests/data/blind/tz_dev.yaml). Each item is ``{text, zones, kind}``. An item matches when the
parser's answer is in ``zones``, or, for a country with several zones, when the choice it offers
contains one of them; ``zones: []`` means the text is not a zone and must be declined. Prints the
match rate overall and by kind.
"""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import yaml

from journey.timeplan import TimeInputError, offset_from_local_time, parse_zone, zone_name

DEV_SET = Path(__file__).resolve().parent.parent / "tests" / "data" / "blind" / "tz_dev.yaml"
NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def answers(text: str) -> tuple[str, ...]:
    """The zones the bot would store or offer for `text`; empty if it declines."""
    try:
        return (offset_from_local_time(text, NOW),)
    except TimeInputError:
        pass
    try:
        return (zone_name(parse_zone(text)),)
    except TimeInputError:
        return ()


def matches(found: tuple[str, ...], expected: list[str]) -> bool:
    if not expected:
        return not found
    return any(zone in expected for zone in found)


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEV_SET
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for item in items:
        kind = item.get("kind", "?")
        totals[kind] += 1
        if matches(answers(str(item["text"])), list(item["zones"] or [])):
            hits[kind] += 1
    total, matched = sum(totals.values()), sum(hits.values())
    print(f"{path.name}: {matched}/{total} understood ({100 * matched / total:.1f} %)")
    for kind in sorted(totals):
        print(f"  {kind:20} {hits[kind]:3}/{totals[kind]:<3}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
