"""The course's own vocabulary: words people use for the same thing, kept by the authors.

`content/<course>/synonyms.yaml` holds groups of words and phrases that mean the same here
(Spravato and esketamine, "K" and ketamine). A question using one also searches for the others.
The file is optional; when present it is checked like the rest of the course, one
`file: field: problem` line per mistake.

Its `off_topic` groups name what learners ask that the course never answers (what things cost,
insurance, where to buy): a question that uses one is declined, even when the course's own words
meet it ("what would it cost?" among the questions for a doctor). They count as groups too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from content.fields import yaml_problem

FILENAME = "synonyms.yaml"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser: many times faster
KNOWN_KEYS = frozenset({"groups", "off_topic"})
_WORD = re.compile(r"[\w']+")
_TERM = re.compile(r"^[\w][\w' -]*$")
PHRASE_GAP = 2  # words a question may put inside a phrase and still use it
GAPPED_SCAN_CHARS = 1000  # a phrase split up is looked for in a question's opening only


class SynonymsError(ValueError):
    """synonyms.yaml is invalid; `errors` holds one line per problem."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        count = f"{len(errors)} problem{'s' if len(errors) != 1 else ''}"
        super().__init__(f"synonyms are invalid ({count}):\n" + "\n".join(f"  {e}" for e in errors))


_Pattern = tuple[str, frozenset[str], str, str | None]


@dataclass(frozen=True)
class Synonyms:
    """Groups of terms (lower case, single spaces) that mean the same in this course."""

    groups: tuple[tuple[str, ...], ...] = ()
    # The groups (also in `groups`) that name a subject the course doesn't answer.
    off_topic: frozenset[tuple[str, ...]] = frozenset()
    # Words a phrase may take inside it although another group lists them: the course's subject
    # ("ketamine"), which says nothing about what is asked ("funktioniert Ketamin wirklich" uses
    # "funktioniert wirklich"). The index sets them: the terms most passages use.
    subject: frozenset[str] = frozenset()
    # Each term spaced, its words, its first word and, for a phrase, the pattern that allows
    # words inside it: made once, with the groups.
    _patterns: tuple[tuple[_Pattern, ...], ...] = field(
        init=False, repr=False, compare=False, default=()
    )
    # first word -> (group, term) positions of the terms that start with it
    _starts: dict[str, list[tuple[int, int]]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    # group -> the one-word terms of every other group: words a phrase may not take inside it
    _others: tuple[frozenset[str], ...] = field(init=False, repr=False, compare=False, default=())
    # a split phrase's pattern -> the pattern compiled, once it has been needed
    _compiled: dict[str, re.Pattern[str]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        patterns = tuple(tuple(_pattern(term) for term in group) for group in self.groups)
        object.__setattr__(self, "_patterns", patterns)
        single = [{t.replace("'", "") for t in group if " " not in t} for group in self.groups]
        everyone = frozenset().union(*single)
        others = tuple(everyone - words - self.subject for words in single)
        object.__setattr__(self, "_others", others)
        for g, group_patterns in enumerate(patterns):
            for t, (_, _, first, _) in enumerate(group_patterns):
                self._starts.setdefault(first, []).append((g, t))

    def with_subject(self, subject: frozenset[str]) -> Synonyms:
        """These groups, with `subject` as the words a phrase may take inside it; the terms'
        patterns are shared, not made again."""
        if subject == self.subject:
            return self
        copy = object.__new__(Synonyms)
        for name in ("groups", "off_topic", "_patterns", "_starts", "_compiled"):
            object.__setattr__(copy, name, getattr(self, name))
        object.__setattr__(copy, "subject", subject)
        object.__setattr__(copy, "_others", tuple(words - subject for words in self._others))
        return copy

    def mentioned(self, text: str) -> list[tuple[str, ...]]:
        """Every group that `text` (already lower case) mentions by one of its terms."""
        return [group for group, _ in self.found(text)]

    def found(
        self, text: str, filler: frozenset[str] = frozenset(), inner: bool = False
    ) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """Each group `text` (already lower case) mentions, with the terms it used.

        A phrase also matches with up to two words inside it, as people split verbs from their
        particles: "knock people out" uses "knock out", "put you under" uses "put under". A
        two-word phrase that starts with a `filler` word matches only as written: "at a first
        appointment" does not use "at first". Nor does a phrase take in a word of another group,
        which says more than the phrase: "how fast does ketamine work" asks about speed, not
        "how does ketamine work". Apostrophes don't count, as people often leave them out:
        "cant have" uses "can't have".
        """
        words = _words(text)
        padded = " " + " ".join(words) + " "
        present = set(words)
        used: dict[int, set[int]] = {}
        inside: dict[tuple[int, int], frozenset[str]] = {}  # a split phrase -> the words in it
        # Only terms whose first word the text has can match: a few, of the hundreds listed.
        for g, t in sorted(position for word in present for position in self._starts.get(word, ())):
            spaced, parts, first, gapped = self._patterns[g][t]
            if not present.issuperset(parts):
                continue
            if gapped is None or spaced in padded:
                used.setdefault(g, set()).add(t)
            elif not (len(parts) == 2 and first in filler):
                split = self._split(g, t, padded)
                if split is not None:
                    used.setdefault(g, set()).add(t)
                    inside[g, t] = split
        # Nor does a split phrase take in a word that another group's term, found as written,
        # uses: "how well does it actually work" asks how well, not "how does it work".
        for (g, t), words in inside.items():
            others = {
                w
                for h, terms in used.items()
                if h != g
                for u in terms
                if (h, u) not in inside
                for w in self._patterns[h][u][1]
            }
            if words & others - self.subject:
                used[g].discard(t)
                if not used[g]:
                    del used[g]
        if not inner:
            self._drop_inner(used, inside, filler)
        return [
            (self.groups[g], tuple(term for t, term in enumerate(self.groups[g]) if t in terms))
            for g, terms in sorted(used.items())
        ]

    def _drop_inner(self, used: dict[int, set[int]], inside: dict, filler: frozenset[str]) -> None:
        """A term that another group's term, found as written, holds with only small words
        around it is that term read more sharply: "safe during" says whom it doesn't suit, and
        "safe" is not asked on its own. A term with other words around it keeps its own
        meaning too ("growth" in "growth factor", "brain" in "brain cells")."""
        whole = [
            (h, self._patterns[h][u])
            for h, terms in used.items()
            for u in terms
            if (h, u) not in inside and self._patterns[h][u][3] is not None
        ]
        for g in list(used):
            for t in list(used[g]):
                spaced, parts = self._patterns[g][t][0], self._patterns[g][t][1]
                if (g, t) not in inside and any(
                    h != g and spaced in longer and longer_parts - parts <= filler
                    for h, (longer, longer_parts, _, _) in whole
                    if len(longer) > len(spaced)
                ):
                    used[g].discard(t)
            if not used[g]:
                del used[g]

    def _split(self, g: int, t: int, padded: str) -> frozenset[str] | None:
        """The words inside the phrase `t` of group `g` where it stands in the text split up,
        or None if it doesn't, or only around a one-word term of another group."""
        _, parts, _, gapped = self._patterns[g][t]
        if gapped is None:
            return None
        # Compiled when first needed: most of the hundreds of phrases never are.
        compiled = self._compiled.get(gapped)
        if compiled is None:
            compiled = self._compiled.setdefault(gapped, re.compile(gapped))
        found = compiled.search(padded, 0, GAPPED_SCAN_CHARS)
        if found is None:
            return None
        words = frozenset(found.group().split()) - parts
        return None if words & self._others[g] else words


def _pattern(term: str) -> _Pattern:
    spaced = _spaced(term)
    parts = spaced.split()
    if len(parts) < 2:
        return spaced, frozenset(parts), parts[0], None
    gap = rf" (?:\S+ ){{0,{PHRASE_GAP}}}"
    gapped = " " + gap.join(map(re.escape, parts)) + " "
    return spaced, frozenset(parts), parts[0], gapped


def _spaced(text: str) -> str:
    """Words separated by single spaces, padded: "at-home" and "at home" both read " at home "."""
    return " " + " ".join(_words(text)) + " "


def _words(text: str) -> list[str]:
    """The words of a text, without apostrophes: "can't" and "cant" read alike."""
    return [w.replace("'", "") for w in _WORD.findall(text)]


def normalise_term(term: str) -> str:
    return " ".join(term.lower().split())


def parse_synonyms(data: object, name: str = FILENAME) -> Synonyms:
    """Validate the parsed YAML; raise SynonymsError naming every problem."""
    errors: list[str] = []

    def fail(where: str, problem: str) -> None:
        errors.append(f"{name}: {where}: {problem}")

    if data is None:
        return Synonyms()
    if not isinstance(data, dict):
        raise SynonymsError([f"{name}: must be a mapping with a `groups` list"])
    for key in data:
        if key not in KNOWN_KEYS:
            fail(str(key), f"unknown field (known: {', '.join(sorted(KNOWN_KEYS))})")
    seen: dict[str, str] = {}
    groups = _parse_groups(data, "groups", seen, fail, least=2)
    off_topic = _parse_groups(data, "off_topic", seen, fail, least=1)
    if errors:
        raise SynonymsError(errors)
    return Synonyms(tuple(groups + off_topic), frozenset(off_topic))


def _parse_groups(
    data: dict,
    key: str,
    seen: dict[str, str],
    fail: Callable[[str, str], None],
    least: int,
) -> list[tuple[str, ...]]:
    """The groups listed under `key`, each term checked and listed once in the whole file;
    an off-topic group may be one term ("recipe"), a synonym group needs two."""
    raw_groups = data.get(key, [])
    if not isinstance(raw_groups, list):
        fail(key, "must be a list of lists of terms")
        return []
    groups: list[tuple[str, ...]] = []
    for i, raw in enumerate(raw_groups):
        where = f"{key}[{i}]"
        if not isinstance(raw, list) or not raw:
            fail(where, f"is empty; a group lists {'two or more terms' if least > 1 else 'a term'}")
            continue
        terms: list[str] = []
        for j, item in enumerate(raw):
            if not isinstance(item, str | int) or not str(item).strip():
                fail(f"{where}[{j}]", "must be a word or phrase")
                continue
            term = normalise_term(str(item))
            if not _TERM.match(term):
                fail(f"{where}[{j}]", f"{item!r} has characters a question can't contain")
            elif term in seen:
                fail(f"{where}[{j}]", f"{item!r} is already listed in {seen[term]}")
            else:
                seen[term] = where
                terms.append(term)
        if len(raw) < least:
            fail(where, "has one term; a group lists two or more")
        elif len(terms) >= least:
            groups.append(tuple(terms))
    return groups


def load_synonyms(directory: Path) -> Synonyms:
    """The synonyms of the course in `directory`; none when the file is absent."""
    try:
        text = (Path(directory) / FILENAME).read_bytes()
    except FileNotFoundError:
        return Synonyms()
    return _parsed(text)


@functools.lru_cache(maxsize=4)
def _parsed(text: bytes) -> Synonyms:
    """The synonyms a file's bytes hold. Kept per process by the bytes themselves: a restart or
    a /reload reads the file again, and only an edited one is parsed and checked again (an
    invalid one raises every time, as nothing is kept of it)."""
    try:
        data = yaml.load(text.decode("utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:  # one line with its place, as for the other course files
        raise SynonymsError([f"{FILENAME}: {yaml_problem(exc)}"]) from exc
    except UnicodeDecodeError as exc:
        raise SynonymsError([f"{FILENAME}: is not UTF-8 text"]) from exc
    return parse_synonyms(data)


def off_topic_asked(synonyms: Synonyms, asks: dict[str, tuple[str, ...]]) -> list[str]:
    """One line for each `asks` phrase (by lesson or page) that uses an off-topic term: the
    phrase says the course answers what the term says it doesn't, and one of them is wrong."""
    problems = []
    for where, phrases in asks.items():
        for phrase in phrases:
            for group, used in synonyms.found(phrase.lower()):
                if group in synonyms.off_topic:
                    problems.append(
                        f"{where}: asks: {phrase!r} uses {used[0]!r}, which {FILENAME} lists"
                        " as off_topic (a subject the course doesn't answer)"
                    )
    return problems
