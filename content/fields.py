"""Reading YAML into typed fields, recording one `file: field: problem` line per mistake.

`Fields` never raises: a wrong type, a missing field or an unknown one becomes a problem, and the
loader carries on so an author sees every mistake at once.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import yaml

from content.markup import MarkupError, to_telegram_html

# libyaml's parser when PyYAML was built with it: many times faster than the pure-Python one, and
# the course is read at every start and /reload. Both build the same safe types.
# A phrase in a list such as a lesson's `asks`: a few words or one short question.
PHRASE_CHARS = 80

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(stream: Any) -> Any:
    """`yaml.safe_load`, with libyaml's parser where it is available."""
    return yaml.load(stream, Loader=SAFE_LOADER)


class ContentError(ValueError):
    """The course files are invalid; `errors` holds one line per problem."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        count = f"{len(errors)} problem{'s' if len(errors) != 1 else ''}"
        super().__init__(f"content is invalid ({count}):\n" + "\n".join(f"  {e}" for e in errors))


class Problems:
    """Collects errors, each prefixed with the file (relative to the content folder)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.errors: list[str] = []

    def add(self, path: Path, where: str, problem: str) -> None:
        name = path.relative_to(self.root) if path.is_relative_to(self.root) else path
        self.errors.append(f"{name}: {where}: {problem}" if where else f"{name}: {problem}")


def read_yaml(path: Path, problems: Problems, *, required: bool = True) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return safe_load(handle)
    except FileNotFoundError:
        if required:
            problems.add(path, "", "file is missing")
    except yaml.YAMLError as exc:
        problems.add(path, "", yaml_problem(exc))
    except UnicodeDecodeError:
        problems.add(path, "", "is not UTF-8 text")
    return None


def yaml_problem(exc: yaml.YAMLError) -> str:
    """One line saying where the YAML stops parsing and why (PyYAML's own text spans lines)."""
    mark = getattr(exc, "problem_mark", None)
    at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
    reason = getattr(exc, "problem", None) or " ".join(str(exc).split())
    return f"YAML does not parse{at}: {reason}"


def unknown_field_message(key: str, value: Any, allowed: Iterable[str]) -> str:
    """`titel` -> "unknown field; did you mean `title`?", with a hint for the comma trap."""
    close = difflib.get_close_matches(key, sorted(allowed), n=1, cutoff=0.6)
    message = "unknown field"
    if close:
        message += f"; did you mean `{close[0]}`?"
    else:
        message += f"; the fields here are {', '.join(f'`{a}`' for a in sorted(allowed))}"
    if value is None:
        message += (
            " (if this is part of a text, quote the whole text: in `{id: a, text: ...}` an"
            " unquoted comma starts a new field)"
        )
    return message


class Fields:
    """Typed access to one YAML mapping, recording a problem instead of raising.

    With `allowed`, any other key is reported as an unknown field, with a suggestion.
    """

    def __init__(
        self,
        data: Any,
        path: Path,
        where: str,
        problems: Problems,
        allowed: Iterable[str] | None = None,
    ) -> None:
        self.path, self.where, self.problems = path, where, problems
        self.ok = isinstance(data, dict)
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        if not self.ok:
            problems.add(path, where or "", f"must be a mapping, got {type(data).__name__}")
        if allowed is not None:
            allowed = set(allowed)
            for key, value in self.data.items():
                if str(key) not in allowed:
                    self.fail(f"`{key}`", unknown_field_message(str(key), value, allowed))

    def _name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def fail(self, key: str, problem: str) -> None:
        self.problems.add(self.path, self._name(key), problem)

    def get(self, key: str, kind: type, *, required: bool = True, default: Any = None) -> Any:
        value = self.data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required and self.ok:
                self.fail(key, "is missing")
            return default
        if kind is str and isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(key, f"must be {kind.__name__}, got {type(value).__name__}")
            return default
        return value.strip() if isinstance(value, str) else value

    def phrases(self, key: str, longest: int = PHRASE_CHARS) -> tuple[str, ...]:
        """An optional list of short plain-text phrases, each named by its index when wrong."""
        raw = self.get(key, list, required=False, default=[])
        phrases: list[str] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(raw):
            where = f"{key}[{i}]"
            if not isinstance(item, str) or not item.strip():
                got = type(item).__name__ if item is not None else "nothing"
                self.fail(where, f"must be a phrase (text), got {got}")
                continue
            phrase = " ".join(item.split())
            if len(phrase) > longest:
                self.fail(where, f"is {len(phrase)} characters; a phrase is at most {longest}")
            elif "<" in phrase or "[" in phrase:
                self.fail(where, f"{phrase!r} is plain words: no markup or [source] markers")
            elif phrase.lower() in seen:
                self.fail(where, f"{phrase!r} is already listed as {key}[{seen[phrase.lower()]}]")
            else:
                seen[phrase.lower()] = i
                phrases.append(phrase)
        return tuple(phrases)

    def html(self, key: str, render: Callable[[str], str] | None = None, **kw: Any) -> str:
        """A text field rendered to Telegram HTML (with citation markers resolved by `render`)."""
        raw = self.get(key, str, **kw)
        if raw is None:
            return ""
        try:
            text = render(raw) if render else raw
            return to_telegram_html(text)
        except (MarkupError, KeyError) as exc:
            self.fail(key, str(exc).strip("'\""))
            return ""
