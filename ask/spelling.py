"""Whether a word the course never uses reads as one it does, mistyped ("ketmaine", "spravatto")."""

from __future__ import annotations


def slip(typed: str, word: str, distance: float, long: bool) -> bool:
    """Whether `typed` reads as `word` mistyped: letters left out (one, or two in a long word),
    two neighbours swapped, a letter doubled, or one letter changed in a long word. Another
    letter more, or two changed, is as often another word ("weight" and "weigh", "therapist"
    and "therapies")."""
    if len(word) > len(typed):
        # only insertions make up the distance: one, or two in a long word
        return distance == len(word) - len(typed) and (long or distance == 1)
    if len(typed) == len(word) + 1:  # one letter typed twice: "spravatto", "ketammine"
        return any(
            typed[i] == typed[i - 1] and typed[:i] + typed[i + 1 :] == word
            for i in range(1, len(typed))
        )
    if len(word) != len(typed):
        return False
    changed = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    return swapped(typed, word) or (long and len(changed) == 1)


def swapped(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with two neighbouring letters the wrong way round
    ("ketmaine", "brian")."""
    if len(typed) != len(word):
        return False
    changed = [i for i, (a, b) in enumerate(zip(typed, word, strict=True)) if a != b]
    return (
        len(changed) == 2
        and changed[1] == changed[0] + 1
        and typed[changed[0]] == word[changed[1]]
        and typed[changed[1]] == word[changed[0]]
    )
