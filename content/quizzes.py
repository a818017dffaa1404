"""Questions with tappable answers: check-ins, recaps and review checkpoints.

Loaded and validated here for `content.loader`; each problem is one `file: field: problem` line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from content.fields import Fields, Problems, read_yaml
from content.markup import plain_text
from content.models import Checkpoint, CheckpointQuestion, Quiz, QuizOption

ALERT_LIMIT = 200  # Telegram's limit for the pop-up that answers a recap tap
OPTION_ID_RE = re.compile(r"^[a-z0-9]{1,8}$")

QUIZ_FIELDS = ("question", "options", "answer", "explanation")
RECAP_FIELDS = ("about", "question", "options", "answer", "explanation")
OPTION_FIELDS = ("id", "text", "feedback")
CHECKPOINT_FIELDS = ("id", "after", "title", "intro", "questions")
CHECKPOINT_QUESTION_FIELDS = ("id", *QUIZ_FIELDS)


def load_quiz(
    raw: Any, path: Path, where: str, problems: Problems, allowed: tuple[str, ...] = QUIZ_FIELDS
) -> Quiz | None:
    """A question with options; `explanation` is required unless the item is a recap."""
    quiz = Fields(raw, path, where, problems, allowed)
    question = quiz.html("question")
    explanation = quiz.html("explanation", required="about" not in allowed, default="")
    options: list[QuizOption] = []
    for i, item in enumerate(quiz.get("options", list, default=[])):
        option = Fields(item, path, f"{where}.options[{i}]", problems, OPTION_FIELDS)
        option_id, text = option.get("id", str), option.get("text", str)
        feedback = option.html("feedback", required=False, default="")
        if option_id and not OPTION_ID_RE.match(option_id):
            option.fail("id", "must be 1-8 lower-case letters or digits")
        elif option_id and text:
            options.append(QuizOption(option_id, text, feedback))
    ids = [opt.id for opt in options]
    if len(set(ids)) != len(ids):
        quiz.fail("options", "two options share an id")
    count = len(quiz.data["options"]) if isinstance(quiz.data.get("options"), list) else None
    if count is not None and not 2 <= count <= 4:
        # Two still load, so that check-content can say what it says of every count but 3 or 4.
        quiz.fail("options", f"has {count} options; a question has 3 or 4 plausible ones")
    answer = quiz.get("answer", str)
    if answer and ids and answer not in ids:
        quiz.fail("answer", f"{answer!r} is not one of the option ids {ids}")
    if question and (explanation or "about" in allowed) and answer in ids:
        return Quiz(question, tuple(options), answer, explanation)
    return None


def check_recap_feedback(recap: Quiz | None, path: Path, problems: Problems) -> None:
    """A recap is answered in a pop-up, which holds 200 characters of plain text."""
    for i, option in enumerate(recap.options if recap else ()):
        length = len("Not quite. ") + len(plain_text(option.feedback))
        if length > ALERT_LIMIT:
            problems.add(
                path,
                f"recap.options[{i}].feedback",
                f"is {length - 11} characters; a recap answer shows in a pop-up, so keep it "
                f"under {ALERT_LIMIT - 11}",
            )


def load_checkpoints(
    root: Path, order: list[str], present: set[str], problems: Problems
) -> tuple[Checkpoint, ...]:
    """checkpoints.yaml (optional): reviews offered after a lesson's check-in."""
    path = root / "checkpoints.yaml"
    if not path.exists():
        return ()
    data = read_yaml(path, problems)
    if data is None:
        return ()
    if not isinstance(data, list):
        problems.add(path, "", f"must be a list of checkpoints, got {type(data).__name__}")
        return ()
    checkpoints: list[Checkpoint] = []
    seen: set[str] = set()
    for i, entry in enumerate(data):
        fields = Fields(entry, path, f"[{i}]", problems, CHECKPOINT_FIELDS)
        cp_id, after = fields.get("id", str), fields.get("after", str)
        title = fields.get("title", str)
        intro = fields.html("intro", required=False, default="")
        if cp_id and not OPTION_ID_RE.match(cp_id):
            fields.fail("id", "must be 1-8 lower-case letters or digits")
            cp_id = None
        if cp_id in seen:
            fields.fail("id", f"duplicate checkpoint id {cp_id!r}")
        if after and after not in order and after not in present:
            fields.fail("after", f"{after!r} is not a lesson listed in course.yaml")
        questions: list[CheckpointQuestion] = []
        raw_questions = fields.get("questions", list, default=[])
        if isinstance(fields.data.get("questions"), list) and not 2 <= len(raw_questions) <= 6:
            fields.fail("questions", f"needs 2 to 6 questions, got {len(raw_questions)}")
        for j, raw in enumerate(raw_questions):
            where = f"[{i}].questions[{j}]"
            q_id = Fields(raw, path, where, Problems(root)).get("id", str, required=False)
            if not q_id or not OPTION_ID_RE.match(q_id):
                problems.add(path, f"{where}.id", "needs an id of 1-8 lower-case letters or digits")
            quiz = load_quiz(raw, path, where, problems, CHECKPOINT_QUESTION_FIELDS)
            if quiz is not None and q_id:
                questions.append(CheckpointQuestion(q_id, quiz))
        if cp_id and after in order and title and questions and cp_id not in seen:
            checkpoints.append(Checkpoint(cp_id, after, title, intro, tuple(questions), path))
        if cp_id:
            seen.add(cp_id)
    afters = [cp.after for cp in checkpoints]
    if len(set(afters)) != len(afters):
        problems.add(path, "after", "two checkpoints follow the same lesson")
    return tuple(sorted(checkpoints, key=lambda cp: order.index(cp.after)))
