"""The course as the bot uses it: immutable, validated, already rendered to Telegram HTML."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# Pages the bot's own texts point to (the closing message sends people to /sources).
REQUIRED_PAGES = ("sources",)


@dataclass(frozen=True)
class Source:
    """One entry of the bibliography."""

    key: str
    title: str
    year: int
    url: str
    authors: str = ""
    publication: str = ""
    short: str = ""

    @property
    def label(self) -> str:
        """A short citation such as "Zarate et al., 2006"."""
        return f"{self.short or _short_authors(self.authors) or self.publication}, {self.year}"


def _short_authors(authors: str) -> str:
    names = [name.strip() for name in authors.replace(" and ", ", ").split(",") if name.strip()]
    names = [name for name in names if name.lower() not in {"et al.", "et al"}]
    surnames = [name.split()[0] for name in names]
    if not surnames:
        return ""
    if len(surnames) == 1:
        return authors.strip() if "et al" not in authors else f"{surnames[0]} et al."
    if len(surnames) == 2 and "et al" not in authors:
        return f"{surnames[0]} & {surnames[1]}"
    return f"{surnames[0]} et al."


@dataclass(frozen=True)
class QuizOption:
    """One answer a subscriber can tap."""

    id: str
    text: str
    feedback: str = ""  # HTML: why this answer is right or wrong, shown when it is tapped


@dataclass(frozen=True)
class Quiz:
    """A question with tappable answers: a check-in, a recap or a checkpoint question."""

    question: str
    options: tuple[QuizOption, ...]
    answer: str
    explanation: str  # HTML shown whatever was tapped; may be empty for a recap

    def option(self, option_id: str) -> QuizOption | None:
        return next((opt for opt in self.options if opt.id == option_id), None)


@dataclass(frozen=True)
class Recap:
    """The one-tap question about an earlier lesson that opens a lesson."""

    about: str  # the id of the earlier lesson it asks about
    number: int  # that lesson's number
    quiz: Quiz


@dataclass(frozen=True)
class CheckpointQuestion:
    id: str
    quiz: Quiz


@dataclass(frozen=True)
class Checkpoint:
    """A short review of mixed questions, offered after the check-in of lesson `after`."""

    id: str
    after: str
    title: str
    intro: str
    questions: tuple[CheckpointQuestion, ...]
    path: Path

    def question(self, question_id: str) -> CheckpointQuestion | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def next_question(self, question_id: str) -> CheckpointQuestion | None:
        ids = [q.id for q in self.questions]
        if question_id not in ids or ids.index(question_id) + 1 >= len(ids):
            return None
        return self.questions[ids.index(question_id) + 1]


@dataclass(frozen=True)
class Lesson:
    """One daily lesson; `messages` are its parts exactly as sent (header and footer included)."""

    id: str
    number: int
    title: str
    messages: tuple[str, ...]
    sources: tuple[Source, ...]
    quiz: Quiz | None
    path: Path
    takeaway: str = ""  # HTML, one line: what to remember; shown with the check-in feedback
    recap: Recap | None = None
    asks: tuple[str, ...] = ()  # what the lesson answers, in learners' words (for ask/)


@dataclass(frozen=True)
class Page:
    """A topic page reached by a command and a menu button."""

    command: str
    button: str
    title: str
    html: str
    sources: tuple[Source, ...]
    asks: tuple[str, ...] = ()  # what the page answers, in learners' words (for ask/)


@dataclass(frozen=True)
class CrisisResource:
    """A helpline or emergency number."""

    name: str
    region: str
    contact: str
    url: str = ""


@dataclass(frozen=True)
class Crisis:
    """What the bot says to someone in crisis; rendered once at load."""

    html: str  # for the person in crisis: the message, then the resources
    grounding_html: str
    resources: tuple[CrisisResource, ...]
    someone_else_html: str  # for someone worried about another person, with the same resources
    overdose_html: str = ""  # an overdose taken: the emergency first; "{emergency}" is filled in
    someone_overdose_html: str = ""  # the same for someone else's overdose, told by a helper


@dataclass(frozen=True)
class Course:
    """The whole course, validated."""

    title: str
    description: str
    welcome: str
    disclaimer: str
    closing: str
    lessons: tuple[Lesson, ...]
    pages: dict[str, Page]
    sources: dict[str, Source]
    crisis: Crisis
    directory: Path
    checkpoints: tuple[Checkpoint, ...] = ()
    # HTML, one sentence and its source: added to a personal question about someone under 18
    # (ask/), since the approved treatment is for adults only. Empty when the course has none.
    minors: str = ""
    _by_id: dict[str, Lesson] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({lesson.id: lesson for lesson in self.lessons})

    def lesson(self, lesson_id: str) -> Lesson | None:
        return self._by_id.get(lesson_id)

    def checkpoint(self, checkpoint_id: str) -> Checkpoint | None:
        return next((cp for cp in self.checkpoints if cp.id == checkpoint_id), None)

    def checkpoint_after(self, lesson_id: str) -> Checkpoint | None:
        return next((cp for cp in self.checkpoints if cp.after == lesson_id), None)

    def next_lesson(self, delivered: set[str] | frozenset[str]) -> Lesson | None:
        """The first lesson in course order that is not in `delivered`."""
        return next((lesson for lesson in self.lessons if lesson.id not in delivered), None)
