"""Load and validate the course from YAML files.

Every problem becomes one line naming the file and the field, and the bot refuses to start on any
of them; `python -m bot check-content` runs the same checks.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from content.markup import MESSAGE_LIMIT, MarkupError, telegram_length, to_telegram_html
from content.models import (
    TOPIC_COMMANDS,
    Course,
    Crisis,
    CrisisResource,
    Lesson,
    Page,
    Quiz,
    QuizOption,
    Source,
)

logger = logging.getLogger(__name__)

PART_LIMIT = 600  # our limit for one lesson part, so a daily lesson stays bite-sized
MAX_PARTS = 4
LESSON_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,23}$")
OPTION_ID_RE = re.compile(r"^[a-z0-9]{1,8}$")
SOURCE_KEY_RE = re.compile(r"^[a-z][a-z0-9_-]{0,39}$")
MARKER_RE = re.compile(r"\[([a-z][a-z0-9_-]{0,39})\]")


class ContentError(ValueError):
    """The course files are invalid; `errors` holds one line per problem."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        count = f"{len(errors)} problem{'s' if len(errors) != 1 else ''}"
        super().__init__(f"content is invalid ({count}):\n" + "\n".join(f"  {e}" for e in errors))


class _Problems:
    """Collects errors, each prefixed with the file (relative to the content folder)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.errors: list[str] = []

    def add(self, path: Path, where: str, problem: str) -> None:
        name = path.relative_to(self.root) if path.is_relative_to(self.root) else path
        self.errors.append(f"{name}: {where}: {problem}" if where else f"{name}: {problem}")


def _read_yaml(path: Path, problems: _Problems) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except FileNotFoundError:
        problems.add(path, "", "file is missing")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = getattr(exc, "problem", None) or str(exc)
        problems.add(path, "", f"YAML does not parse{at}: {reason}")
    except UnicodeDecodeError:
        problems.add(path, "", "is not UTF-8 text")
    return None


class _Fields:
    """Typed access to one YAML mapping, recording a problem instead of raising."""

    def __init__(self, data: Any, path: Path, where: str, problems: _Problems) -> None:
        self.path, self.where, self.problems = path, where, problems
        self.ok = isinstance(data, dict)
        self.data: dict[str, Any] = data if isinstance(data, dict) else {}
        if not self.ok:
            problems.add(path, where or "", f"must be a mapping, got {type(data).__name__}")

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


def _plain(text: str) -> str:
    """A plain-text field (title, name, label) as Telegram HTML: markup characters escaped.

    Escaped rather than parsed, so a stray `<` in a title shows as typed instead of failing.
    """
    return html.escape(text, quote=False)


def _citation_renderer(keys: list[str]) -> Callable[[str], str]:
    numbers = {key: i for i, key in enumerate(keys, start=1)}

    def render(text: str) -> str:
        def replace(match: re.Match[str]) -> str:
            key = match.group(1)
            if key not in numbers:
                raise KeyError(f"citation [{key}] is not in this item's sources")
            return f"[{numbers[key]}]"

        return MARKER_RE.sub(replace, text)

    return render


def _load_sources(root: Path, problems: _Problems) -> dict[str, Source]:
    path = root / "sources.yaml"
    data = _read_yaml(path, problems)
    if data is None:
        return {}
    top = _Fields(data, path, "", problems)
    sources: dict[str, Source] = {}
    for key, entry in top.data.items():
        if not isinstance(key, str) or not SOURCE_KEY_RE.match(key):
            problems.add(path, str(key), "source keys are lower-case letters, digits, - or _")
            continue
        fields = _Fields(entry, path, key, problems)
        title, year, url = fields.get("title", str), fields.get("year", int), fields.get("url", str)
        if url and not url.startswith(("https://", "http://")):
            fields.fail("url", f"must be an http(s) link, got {url!r}")
            url = None
        if year and not 1800 <= year <= 2100:
            fields.fail("year", f"is not a plausible year: {year}")
            year = None
        if title and year and url:
            sources[key] = Source(
                key=key,
                title=title,
                year=year,
                url=url,
                authors=fields.get("authors", str, required=False, default=""),
                publication=fields.get("publication", str, required=False, default=""),
                short=fields.get("short", str, required=False, default=""),
            )
    return sources


def _source_list(
    fields: _Fields, bibliography: dict[str, Source], *, required: bool
) -> tuple[list[str], tuple[Source, ...]]:
    keys = fields.get("sources", list, required=required, default=[])
    resolved: list[Source] = []
    for i, key in enumerate(keys):
        if isinstance(key, str) and key in bibliography:
            resolved.append(bibliography[key])
        else:
            fields.fail(f"sources[{i}]", f"{key!r} is not a key in sources.yaml")
    if len(set(map(str, keys))) != len(keys):
        fields.fail("sources", "lists a source twice")
    return [str(k) for k in keys], tuple(resolved)


def sources_footer(sources: tuple[Source, ...]) -> str:
    """The short numbered source list the last part of a lesson ends with."""
    items = [
        f'[{i}] <a href="{src.url}">{_plain(src.label)}</a>'
        for i, src in enumerate(sources, start=1)
    ]
    return "<i>Sources:</i> " + "; ".join(items) if items else ""


def _load_quiz(fields: _Fields, problems: _Problems) -> Quiz | None:
    raw = fields.data.get("quiz")
    if raw is None:
        return None
    quiz = _Fields(raw, fields.path, "quiz", problems)
    question = quiz.html("question")
    explanation = quiz.html("explanation")
    options: list[QuizOption] = []
    for i, item in enumerate(quiz.get("options", list, default=[])):
        option = _Fields(item, fields.path, f"quiz.options[{i}]", problems)
        option_id, text = option.get("id", str), option.get("text", str)
        if option_id and not OPTION_ID_RE.match(option_id):
            option.fail("id", "must be 1-8 lower-case letters or digits")
        elif option_id and text:
            options.append(QuizOption(option_id, text))
    ids = [opt.id for opt in options]
    if len(set(ids)) != len(ids):
        quiz.fail("options", "two options share an id")
    if isinstance(quiz.data.get("options"), list) and not 2 <= len(quiz.data["options"]) <= 4:
        quiz.fail("options", "needs 2 to 4 options")
    answer = quiz.get("answer", str)
    if answer and ids and answer not in ids:
        quiz.fail("answer", f"{answer!r} is not one of the option ids {ids}")
    if question and explanation and answer in ids:
        return Quiz(question, tuple(options), answer, explanation)
    return None


def _load_lesson(
    path: Path, bibliography: dict[str, Source], problems: _Problems, present: set[str]
) -> dict[str, Any] | None:
    """The lesson in `path`, or None if it has problems; its id goes into `present` either way."""
    data = _read_yaml(path, problems)
    if data is None:
        return None
    fields = _Fields(data, path, "", problems)
    if not fields.ok:
        return None
    lesson_id = fields.get("id", str)
    if lesson_id and not LESSON_ID_RE.match(lesson_id):
        fields.fail(
            "id", "must be 1-24 lower-case letters, digits or '-', starting with a letter or digit"
        )
        lesson_id = None
    if lesson_id:
        present.add(lesson_id)
    title = fields.get("title", str)
    keys, sources = _source_list(fields, bibliography, required=True)
    if fields.data.get("sources") == []:
        fields.fail("sources", "needs at least one source")
    render = _citation_renderer(keys)
    parts: list[str] = []
    raw_parts = fields.get("parts", list, default=[])
    if fields.data.get("parts") is not None and not 1 <= len(raw_parts) <= MAX_PARTS:
        fields.fail("parts", f"needs 1 to {MAX_PARTS} parts, got {len(raw_parts)}")
    for i, raw in enumerate(raw_parts):
        part = _Fields({"text": raw}, path, f"parts[{i}]", problems)
        html_text = part.html("text", render)
        if html_text:
            parts.append(html_text)
    quiz = _load_quiz(fields, problems)
    if not (lesson_id and title and parts and len(parts) == len(raw_parts)):
        return None
    return {"id": lesson_id, "title": title, "parts": parts, "sources": sources, "quiz": quiz}


def _lesson_messages(number: int, total: int, raw: dict[str, Any]) -> tuple[str, ...]:
    """Each part as it is sent: a header, the text, and the sources footer on the last part."""
    title = _plain(raw["title"])
    count = len(raw["parts"])
    messages = []
    for index, body in enumerate(raw["parts"], start=1):
        header = f"<b>Lesson {number} of {total} · {title}</b>" if index == 1 else f"<b>{title}</b>"
        if count > 1:
            header += f" <i>({index}/{count})</i>"
        text = f"{header}\n\n{body}"
        if index == count and raw["sources"]:
            text += "\n\n" + sources_footer(raw["sources"])
        messages.append(text)
    return tuple(messages)


def _load_lessons(
    root: Path, order: list[str], bibliography: dict[str, Source], problems: _Problems
) -> tuple[Lesson, ...]:
    found: dict[str, tuple[Path, dict[str, Any]]] = {}
    present: set[str] = set()  # ids that have a file, including files with problems of their own
    for path in sorted((root / "lessons").glob("*.y*ml")):
        raw = _load_lesson(path, bibliography, problems, present)
        if raw is None:
            continue
        if raw["id"] in found:
            problems.add(
                path, "id", f"duplicate id {raw['id']!r}, also in {found[raw['id']][0].name}"
            )
            continue
        found[raw["id"]] = (path, raw)
    course_path = root / "course.yaml"
    for lesson_id in found.keys() - set(order):
        problems.add(
            found[lesson_id][0], "id", f"{lesson_id!r} is not listed in course.yaml lessons"
        )
    if len(set(order)) != len(order):
        problems.add(course_path, "lessons", "lists a lesson twice")
    lessons: list[Lesson] = []
    for number, lesson_id in enumerate(order, start=1):
        if lesson_id not in found:
            if lesson_id not in present:  # a broken file has already said what is wrong
                problems.add(course_path, "lessons", f"no file in lessons/ has id {lesson_id!r}")
            continue
        path, raw = found[lesson_id]
        messages = _lesson_messages(number, len(order), raw)
        for index, message in enumerate(messages):
            length = telegram_length(message)
            if length > PART_LIMIT:
                problems.add(
                    path, f"parts[{index}]", f"is {length} characters; the limit is {PART_LIMIT}"
                )
        lessons.append(
            Lesson(
                id=lesson_id,
                number=number,
                title=raw["title"],
                messages=messages,
                sources=raw["sources"],
                quiz=raw["quiz"],
                path=path,
            )
        )
    return tuple(lessons)


def _load_pages(
    root: Path, bibliography: dict[str, Source], problems: _Problems
) -> dict[str, Page]:
    path = root / "pages.yaml"
    data = _read_yaml(path, problems)
    if data is None:
        return {}
    top = _Fields(data, path, "", problems)
    pages: dict[str, Page] = {}
    for command, entry in top.data.items():
        if command not in TOPIC_COMMANDS:
            problems.add(
                path, str(command), f"unknown command; pages are {', '.join(TOPIC_COMMANDS)}"
            )
            continue
        fields = _Fields(entry, path, command, problems)
        keys, sources = _source_list(fields, bibliography, required=False)
        button, title = fields.get("button", str), fields.get("title", str)
        body = fields.html("text", _citation_renderer(keys))
        if not (button and title and body):
            continue
        text = f"<b>{_plain(title)}</b>\n\n{body}"
        listed = tuple(bibliography.values()) if command == "sources" else sources
        if listed:
            text += "\n\n" + _bibliography(listed, numbered=command != "sources")
        length = telegram_length(text)
        if length > MESSAGE_LIMIT:
            fields.fail(
                "text", f"renders to {length} characters; Telegram's limit is {MESSAGE_LIMIT}"
            )
        pages[command] = Page(command, button, title, text, sources)
    for command in TOPIC_COMMANDS:
        if top.ok and command not in top.data:
            problems.add(path, command, "page is missing")
    return pages


def _bibliography(sources: tuple[Source, ...], *, numbered: bool) -> str:
    lines = []
    for i, src in enumerate(sources, start=1):
        where = ", ".join(p for p in (src.authors, src.publication) if p)
        bullet = f"[{i}]" if numbered else "•"
        title = _plain(src.title)
        detail = _plain(where)
        lines.append(f'{bullet} <a href="{src.url}">{title}</a>. {detail} ({src.year}).')
    return "\n".join(lines)


def _load_crisis(root: Path, problems: _Problems) -> Crisis | None:
    path = root / "crisis.yaml"
    data = _read_yaml(path, problems)
    if data is None:
        return None
    fields = _Fields(data, path, "", problems)
    message = fields.html("message")
    someone_else = fields.html("someone_else")
    grounding = fields.html("grounding")
    resources: list[CrisisResource] = []
    for i, item in enumerate(fields.get("resources", list, default=[])):
        res = _Fields(item, path, f"resources[{i}]", problems)
        name, region, contact = (
            res.get("name", str),
            res.get("region", str),
            res.get("contact", str),
        )
        url = res.get("url", str, required=False, default="")
        if url and not url.startswith(("https://", "http://", "tel:")):
            res.fail("url", f"must be an http(s) link, got {url!r}")
        if name and region and contact:
            resources.append(CrisisResource(name, region, contact, url))
    if fields.ok and not resources and "resources" in fields.data:
        fields.fail("resources", "needs at least one resource")
    if not (message and someone_else and grounding and resources):
        return None
    listed = _resource_list(resources)
    texts = {}
    for key, text in (("message", message), ("someone_else", someone_else)):
        texts[key] = f"{text}\n\n{listed}"
        if telegram_length(texts[key]) > MESSAGE_LIMIT:
            fields.fail(key, f"with the resources it exceeds {MESSAGE_LIMIT} characters")
    return Crisis(
        html=texts["message"],
        grounding_html=grounding,
        resources=tuple(resources),
        someone_else_html=texts["someone_else"],
    )


def _resource_list(resources: list[CrisisResource]) -> str:
    lines = []
    for res in resources:
        name = _plain(res.name)
        label = f'<a href="{res.url}">{name}</a>' if res.url.startswith("http") else name
        contact = _plain(res.contact)
        lines.append(f"• <b>{_plain(res.region)}</b>: {label}: {contact}")
    return "\n".join(lines)


def load_course(directory: Path | str) -> Course:
    """Load, validate and render the course in `directory`; raise ContentError on any problem."""
    root = Path(directory).resolve()
    problems = _Problems(root)
    if not root.is_dir():
        raise ContentError([f"{root}: content folder does not exist"])
    course_path = root / "course.yaml"
    data = _read_yaml(course_path, problems)
    course = _Fields(data, course_path, "", problems) if data is not None else None
    bibliography = _load_sources(root, problems)
    order: list[str] = []
    if course is not None:
        order = [str(item) for item in course.get("lessons", list, default=[])]
    lessons = _load_lessons(root, order, bibliography, problems)
    pages = _load_pages(root, bibliography, problems)
    crisis = _load_crisis(root, problems)
    texts = {}
    if course is not None:
        for key in ("welcome", "disclaimer", "closing"):
            texts[key] = course.html(key)
        texts["title"] = course.get("title", str) or ""
        texts["description"] = course.get("description", str, required=False, default="") or ""
    if problems.errors or course is None or crisis is None:
        raise ContentError(problems.errors or [f"{course_path.name}: could not be read"])
    loaded = Course(
        title=texts["title"],
        description=texts["description"],
        welcome=texts["welcome"],
        disclaimer=texts["disclaimer"],
        closing=texts["closing"],
        lessons=lessons,
        pages=pages,
        sources=bibliography,
        crisis=crisis,
        directory=root,
    )
    logger.info("Loaded course %r: %d lessons, %d pages", loaded.title, len(lessons), len(pages))
    return loaded
