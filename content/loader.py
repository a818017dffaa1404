"""Load and validate the course from YAML files.

Every problem becomes one line naming the file and the field, and the bot refuses to start on any
of them; `python -m bot check-content` runs the same checks (and the writing rules in
`content.lint`). How items look when sent is decided in `content.render`.
"""

from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import Any

from content.crisis_reply import load_crisis
from content.fields import ContentError, Fields, Problems, read_yaml
from content.markup import MESSAGE_LIMIT, telegram_length
from content.models import (
    REQUIRED_PAGES,
    Course,
    Lesson,
    Page,
    Recap,
    Source,
)
from content.quizzes import RECAP_FIELDS, check_recap_feedback, load_checkpoints, load_quiz
from content.render import (
    bibliography,
    citation_renderer,
    lesson_messages,
    plain,
    recap_block,
    sources_footer,
)
from content.sources import load_sources, source_list

__all__ = ["MESSAGE_LIMIT", "PART_LIMIT", "ContentError", "load_course", "sources_footer"]

logger = logging.getLogger(__name__)

PART_LIMIT = 600  # our limit for one lesson part, so a daily lesson stays bite-sized
MAX_PARTS = 4
# A page's key is its Telegram command (Bot API: 1-32 characters of a-z, 0-9 and _).
COMMAND_RE = re.compile(r"^[a-z][a-z0-9_]{0,31}$")
LESSON_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,23}$")
_ID_LINE_RE = re.compile(r"^id:[ \t]*[\"']?([^\s\"'#]+)", re.MULTILINE)

COURSE_FIELDS = ("title", "description", "welcome", "disclaimer", "lessons", "closing", "minors")
MINORS_FIELDS = ("text", "sources")
LESSON_FIELDS = ("id", "title", "parts", "sources", "quiz", "takeaway", "recap", "asks")
PAGE_FIELDS = ("button", "title", "text", "sources", "asks")


def _load_lesson(
    path: Path, bibliography_: dict[str, Source], problems: Problems, present: set[str]
) -> dict[str, Any] | None:
    """The lesson in `path`, or None if it has problems; its id goes into `present` either way."""
    data = read_yaml(path, problems)
    if data is None:
        # A file that does not parse has said so; its id line, when readable, keeps course.yaml
        # from also reporting that no file has that id.
        present.update(_id_lines(path))
        return None
    fields = Fields(data, path, "", problems, LESSON_FIELDS)
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
    keys, sources = source_list(fields, bibliography_, required=True)
    if fields.data.get("sources") == []:
        fields.fail("sources", "needs at least one source")
    render = citation_renderer(keys)
    parts: list[str] = []
    raw_parts = fields.get("parts", list, default=[])
    if fields.data.get("parts") is not None and not 1 <= len(raw_parts) <= MAX_PARTS:
        fields.fail("parts", f"needs 1 to {MAX_PARTS} parts, got {len(raw_parts)}")
    for i, raw in enumerate(raw_parts):
        part = Fields({"text": raw}, path, f"parts[{i}]", problems)
        html_text = part.html("text", render)
        if html_text:
            parts.append(html_text)
    quiz = None
    if fields.data.get("quiz") is not None:
        quiz = load_quiz(fields.data["quiz"], path, "quiz", problems)
    recap, recap_about = None, ""
    if fields.data.get("recap") is not None:
        recap = load_quiz(fields.data["recap"], path, "recap", problems, RECAP_FIELDS)
        recap_about = Fields(fields.data["recap"], path, "recap", Problems(path.parent)).get(
            "about", str, required=False, default=""
        )
        if not recap_about and isinstance(fields.data["recap"], dict):
            fields.fail("recap.about", "is missing: the id of the earlier lesson it asks about")
        check_recap_feedback(recap, path, problems)
    takeaway = fields.html("takeaway", required=False, default="")
    asks = fields.phrases("asks")
    if not (lesson_id and title and parts and len(parts) == len(raw_parts)):
        return None
    return {
        "id": lesson_id,
        "title": title,
        "parts": parts,
        "sources": sources,
        "quiz": quiz,
        "takeaway": takeaway,
        "recap": recap,
        "recap_about": recap_about,
        "asks": asks,
    }


def _id_lines(path: Path) -> set[str]:
    """The top-level `id: ...` of a lesson file read as plain text (empty if unreadable)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    return {m.group(1) for m in _ID_LINE_RE.finditer(text) if LESSON_ID_RE.match(m.group(1))}


def _load_lessons(
    root: Path, order: list[str], bibliography_: dict[str, Source], problems: Problems
) -> tuple[tuple[Lesson, ...], set[str]]:
    """The lessons in course order, and the ids of every lesson file (listed or not)."""
    found: dict[str, tuple[Path, dict[str, Any]]] = {}
    present: set[str] = set()  # ids that have a file, including files with problems of their own
    for path in sorted((root / "lessons").glob("*.y*ml")):
        raw = _load_lesson(path, bibliography_, problems, present)
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
    numbers = {lesson_id: n for n, lesson_id in enumerate(order, start=1)}
    lessons: list[Lesson] = []
    for number, lesson_id in enumerate(order, start=1):
        if lesson_id not in found:
            if lesson_id not in present:  # a broken file has already said what is wrong
                problems.add(course_path, "lessons", f"no file in lessons/ has id {lesson_id!r}")
            continue
        path, raw = found[lesson_id]
        recap = None
        if raw["recap"] is not None and raw["recap_about"]:
            about = raw["recap_about"]
            if about in present and about not in numbers:
                pass  # an unlisted lesson, already reported
            elif numbers.get(about, number) >= number:
                problems.add(
                    path, "recap.about", f"{about!r} is not a lesson that comes before this one"
                )
            else:
                recap = Recap(about, numbers[about], raw["recap"])
        parts = list(raw["parts"])
        if recap is not None:
            parts[0] = f"{recap_block(recap.number, recap.quiz.question)}\n\n{parts[0]}"
        messages = lesson_messages(number, len(order), raw["title"], parts, raw["sources"])
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
                takeaway=raw["takeaway"],
                recap=recap,
                asks=raw["asks"],
            )
        )
    return tuple(lessons), present


def _load_pages(
    root: Path, bibliography_: dict[str, Source], problems: Problems
) -> dict[str, Page]:
    path = root / "pages.yaml"
    data = read_yaml(path, problems)
    if data is None:
        return {}
    top = Fields(data, path, "", problems)
    pages: dict[str, Page] = {}
    for command, entry in top.data.items():
        if not isinstance(command, str) or not COMMAND_RE.match(command):
            problems.add(
                path,
                str(command),
                "not a command name: lowercase letters, digits and _, at most 32, a letter first",
            )
            continue
        fields = Fields(entry, path, command, problems, PAGE_FIELDS)
        keys, sources = source_list(fields, bibliography_, required=False)
        button, title = fields.get("button", str), fields.get("title", str)
        body = fields.html("text", citation_renderer(keys))
        asks = fields.phrases("asks")
        if not (button and title and body):
            continue
        text = f"<b>{plain(title)}</b>\n\n{body}"
        listed = tuple(bibliography_.values()) if command == "sources" else sources
        if listed:
            text += "\n\n" + bibliography(listed, numbered=command != "sources")
        length = telegram_length(text)
        if length > MESSAGE_LIMIT:
            fields.fail(
                "text", f"renders to {length} characters; Telegram's limit is {MESSAGE_LIMIT}"
            )
        pages[command] = Page(command, button, title, text, sources, asks)
    for command in REQUIRED_PAGES:
        if top.ok and command not in top.data:
            problems.add(path, command, "page is missing")
    return pages


def _load_minors(course: Fields, bibliography_: dict[str, Source]) -> str:
    """course.yaml's optional `minors`: a sentence with its sources, as one line of HTML."""
    data = course.data.get("minors")
    if data is None:
        return ""
    fields = Fields(data, course.path, "minors", course.problems, MINORS_FIELDS)
    keys, sources = source_list(fields, bibliography_, required=True)
    text = fields.html("text", citation_renderer(keys))
    if not text:
        return ""
    return f"{text}\n{sources_footer(sources)}"


def load_course(directory: Path | str) -> Course:
    """Load, validate and render the course in `directory`; raise ContentError on any problem.

    The course read from the same files is kept per process: a start or a /reload reads the
    files' bytes again and parses only what changed (an invalid course is never kept).
    """
    root = Path(directory).resolve()
    if not root.is_dir():
        raise ContentError([f"{root}: content folder does not exist"])
    try:
        files = tuple(
            (str(path.relative_to(root)), path.read_bytes())
            for path in sorted(root.rglob("*"))
            if path.is_file()
        )
    except OSError:  # a file that cannot be read: the loader says which, in its own words
        return _load(root)
    return _loaded(root, files)


@functools.lru_cache(maxsize=4)
def _loaded(root: Path, files: tuple[tuple[str, bytes], ...]) -> Course:
    """The course in `root`, whose files (by name) hold these bytes: parsed once per process."""
    return _load(root)


def _load(root: Path) -> Course:
    problems = Problems(root)
    course_path = root / "course.yaml"
    data = read_yaml(course_path, problems)
    course = Fields(data, course_path, "", problems, COURSE_FIELDS) if data is not None else None
    bibliography_ = load_sources(root, problems)
    if course is None or not course.ok or bibliography_ is None:
        # Every other file refers to these two: without them each citation and lesson would be
        # reported too, burying the one line that says what to fix.
        raise ContentError(problems.errors or [f"{course_path.name}: could not be read"])
    order = [str(item) for item in course.get("lessons", list, default=[])]
    lessons, present = _load_lessons(root, order, bibliography_, problems)
    checkpoints = load_checkpoints(root, order, present, problems)
    pages = _load_pages(root, bibliography_, problems)
    crisis = load_crisis(root, problems)
    texts = {key: course.html(key) for key in ("welcome", "disclaimer", "closing")}
    texts["title"] = course.get("title", str) or ""
    texts["description"] = course.get("description", str, required=False, default="") or ""
    texts["minors"] = _load_minors(course, bibliography_)
    if problems.errors or crisis is None:
        raise ContentError(problems.errors or [f"{course_path.name}: could not be read"])
    loaded = Course(
        title=texts["title"],
        description=texts["description"],
        welcome=texts["welcome"],
        disclaimer=texts["disclaimer"],
        closing=texts["closing"],
        lessons=lessons,
        pages=pages,
        sources=bibliography_,
        crisis=crisis,
        directory=root,
        checkpoints=checkpoints,
        minors=texts["minors"],
    )
    logger.info(
        "Loaded course %r: %d lessons, %d checkpoints, %d pages",
        loaded.title,
        len(lessons),
        len(checkpoints),
        len(pages),
    )
    return loaded
