"""Scores: the lessons' check-ins and each review checkpoint, from the first answers stored.

Check-in answers are stored under their lesson's id; a checkpoint question's under
``<checkpoint id>/<question id>``, which no lesson id can be (ids have no ``/``).
"""

from __future__ import annotations

from dataclasses import dataclass

from content.models import Checkpoint, Course
from storage import coursework
from storage.db import Database

SEPARATOR = "/"


def answer_key(checkpoint_id: str, question_id: str) -> str:
    """The id a checkpoint question's answer is stored under."""
    return f"{checkpoint_id}{SEPARATOR}{question_id}"


@dataclass(frozen=True)
class CheckpointScore:
    checkpoint: Checkpoint
    right: int
    answered: int


@dataclass(frozen=True)
class Scores:
    """(right, answered) over the check-ins, and each checkpoint with at least one answer."""

    right: int
    answered: int
    checkpoints: tuple[CheckpointScore, ...]

    def checkpoint(self, checkpoint_id: str) -> CheckpointScore | None:
        return next((s for s in self.checkpoints if s.checkpoint.id == checkpoint_id), None)


def score(course: Course, answers: dict[str, bool]) -> Scores:
    """Split the first answers into the check-in score and one score per checkpoint."""
    lessons = [right for key, right in answers.items() if SEPARATOR not in key]
    checkpoints = []
    for checkpoint in course.checkpoints:
        keys = [answer_key(checkpoint.id, q.id) for q in checkpoint.questions]
        given = [answers[k] for k in keys if k in answers]
        if given:
            checkpoints.append(CheckpointScore(checkpoint, sum(given), len(given)))
    return Scores(sum(lessons), len(lessons), tuple(checkpoints))


async def load_scores(db: Database, course: Course, chat_id: int, round_: int) -> Scores:
    """This round's scores for one subscriber."""
    return score(course, await coursework.first_answers(db, chat_id, round_))
