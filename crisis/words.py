"""Build crisis/words.json, the word lists ``crisis.spelling`` corrects slips with.

``python -m crisis.words``: ``known`` is the commonest English words of pyspellchecker's
frequency list (a dev dependency) and every word of the labelled sets, the everyday messages,
the course questions and the lessons; ``targets`` are the words used at least twice by messages
labelled self, method, overdose, other or distress, with their counts. The known words are
written as their sorted 64-bit fingerprints in base64 (``crisis.spelling.Fingerprints``), which
the detector reads straight into one array. Deterministic: the same data give the same file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from crisis.normalise import unspelled
from crisis.spelling import ALWAYS_KNOWN, MIN_LENGTH, WORDS_FILE, Fingerprints
from crisis.train import DATA, load_everyday, load_sets

OUT = Path(__file__).resolve().parent / WORDS_FILE
ENGLISH_WORDS = 60_000
RISK = frozenset({"self", "method", "overdose", "other", "distress"})


def english(count: int = ENGLISH_WORDS) -> list[str]:
    """The commonest English words, most frequent first."""
    from spellchecker import SpellChecker

    frequencies = SpellChecker().word_frequency.dictionary
    ranked = sorted(frequencies.items(), key=lambda kv: (-kv[1], kv[0]))
    return [word for word, _ in ranked[:count] if word.isalpha()]


def build(data: Path = DATA) -> dict[str, object]:
    sets = load_sets(data)
    items = [item for name in sorted(sets) for item in sets[name]] + load_everyday(data)
    known = set(english())
    targets: Counter[str] = Counter()
    for text, label in items:
        words = unspelled(text).split()
        known.update(words)
        if label in RISK:
            targets.update(w for w in words if len(w) >= MIN_LENGTH and w.isalpha())
    chosen = {word: n for word, n in sorted(targets.items()) if n >= 2}
    small = [w for w in known if len(w) >= MIN_LENGTH]
    table = Fingerprints.of([*small, *chosen, *ALWAYS_KNOWN]).to_text()
    return {"known": table, "known_count": len(small), "targets": chosen}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    words = build(args.data)
    args.out.write_text(json.dumps(words, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {args.out}: {words['known_count']} known words, {len(words['targets'])} targets")
    return 0


if __name__ == "__main__":
    sys.exit(main())
