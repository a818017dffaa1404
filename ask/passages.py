"""The course cut into passages a question can be answered from.

A passage is one lesson part, its takeaway, one check-in explanation, or one paragraph group of a
topic page, as plain text, with the sources it cites. Its `doc` names what a button opens: a
lesson id or a page command.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from content.markup import plain_text
from content.models import Course, Lesson, Page, Source
from content.render import RECAP_MARK

CHUNK_CHARS = 600  # a page's paragraphs are grouped up to this size, like a lesson part
LEAD_IN_CHARS = 120
_MARKER = re.compile(r"\s*\[(\d+)\]")
_BIBLIOGRAPHY_LINE = re.compile(r"^\s*(\[\d+\]|•)\s")
_HEADER_COUNT = re.compile(r"\s*\(\d+/\d+\)\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[A-Z0-9•])|\n\s*\n|\n(?=•)")


@dataclass(frozen=True)
class Passage:
    """One searchable piece of the course."""

    doc: str  # "lesson:<id>" or "page:<command>": what a button opens
    kind: str  # "part", "page", "quiz" or "takeaway"
    title: str  # the lesson's or page's title
    text: str  # plain text, citation markers removed
    citations: tuple[Source, ...]
    asks: tuple[str, ...] = ()  # its lesson's or page's `asks`: what it answers, in lay words

    @property
    def target(self) -> str:
        """The lesson id or page command, the id the course itself uses."""
        return self.doc.split(":", 1)[1]

    @property
    def is_lesson(self) -> bool:
        return self.doc.startswith("lesson:")


def sentences(text: str) -> list[str]:
    """Sentences and list items, in order, without their separating whitespace."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def _cited(text: str, sources: tuple[Source, ...]) -> tuple[str, tuple[Source, ...]]:
    """Remove the [n] markers and return the sources they pointed to (all, if none)."""
    numbers = [int(n) for n in _MARKER.findall(text)]
    cited = tuple(dict.fromkeys(sources[n - 1] for n in numbers if 0 < n <= len(sources)))
    return _MARKER.sub("", text).strip(), cited or sources


def _prose(html: str) -> list[str]:
    """Paragraphs of rendered HTML as plain text, without the bibliography lines."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", html):
        lines = [line for line in block.split("\n") if not _is_citation_line(line)]
        text = plain_text("\n".join(lines)).strip()
        if text:
            paragraphs.append(text)
    return paragraphs


def _is_citation_line(line: str) -> bool:
    """A rendered bibliography entry ("[1] <a href…>" or a "•" list of links)."""
    return "<a href" in line and bool(_BIBLIOGRAPHY_LINE.match(plain_text(line)))


def _is_header(paragraph: str, lesson: Lesson) -> bool:
    return "\n" not in paragraph and lesson.title in paragraph


def _lesson_passages(lesson: Lesson) -> list[Passage]:
    doc = f"lesson:{lesson.id}"
    asked = lesson.asks
    passages = []
    for message in lesson.messages:
        paragraphs = _prose(message)
        # The first paragraph is the header ("Lesson 1 of 10 · Title (1/3)"); the last part's
        # "Sources:" footer is a citation line or starts with it.
        if paragraphs and (
            _HEADER_COUNT.search(paragraphs[0]) or _is_header(paragraphs[0], lesson)
        ):
            paragraphs = paragraphs[1:]
        # The recap question above part 1 is about an earlier lesson, not this one.
        paragraphs = [p for p in paragraphs if not p.startswith(("Sources:", RECAP_MARK))]
        text, cited = _cited("\n\n".join(paragraphs), lesson.sources)
        if text:
            passages.append(Passage(doc, "part", lesson.title, text, cited, asked))
    if lesson.quiz is not None:
        quiz = lesson.quiz
        right = quiz.option(quiz.answer)
        answer = right.text.strip() if right else ""
        if answer and answer[-1] not in ".!?":
            answer += "."
        parts = [plain_text(quiz.question), answer, plain_text(quiz.explanation)]
        text, cited = _cited("\n\n".join(p for p in parts if p), lesson.sources)
        passages.append(Passage(doc, "quiz", lesson.title, text, cited, asked))
    if lesson.takeaway:
        text, cited = _cited(plain_text(lesson.takeaway), lesson.sources)
        passages.append(Passage(doc, "takeaway", lesson.title, text, cited, asked))
    return passages


def _page_passages(page: Page) -> list[Passage]:
    doc = f"page:{page.command}"
    paragraphs = _prose(page.html)
    if paragraphs and paragraphs[0] == page.title:
        paragraphs = paragraphs[1:]
    chunks: list[str] = []
    for paragraph in paragraphs:
        # A short lead-in ("Much is still unknown:") always stays with what follows it.
        if chunks and (
            len(chunks[-1]) + len(paragraph) + 2 <= CHUNK_CHARS or len(chunks[-1]) < LEAD_IN_CHARS
        ):
            chunks[-1] += "\n\n" + paragraph
        else:
            chunks.append(paragraph)
    passages = []
    for chunk in chunks:
        text, cited = _cited(chunk, page.sources)
        passages.append(Passage(doc, "page", page.title, text, cited, page.asks))
    return passages


def course_passages(course: Course) -> list[Passage]:
    """Every passage of the course: lesson parts and check-ins, then the topic pages."""
    passages: list[Passage] = []
    for lesson in course.lessons:
        passages.extend(_lesson_passages(lesson))
    for page in course.pages.values():
        passages.extend(_page_passages(page))
    return passages
