"""The `check-content` and `preview` commands, as an author runs them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from content.loader import PART_LIMIT, load_course
from content.markup import plain_text

ROOT = Path(__file__).resolve().parents[2]
REAL_COURSE = ROOT / "content" / "ketamine"


@pytest.fixture(scope="module")
def broken_course(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the course whose nmda lesson has an unclosed <b>."""
    target = tmp_path_factory.mktemp("broken") / "course"
    shutil.copytree(REAL_COURSE, target)
    path = target / "lessons" / "nmda.yaml"
    lesson = yaml.safe_load(path.read_text(encoding="utf-8"))
    lesson["parts"][0] = "Ketamine <b>blocks a receptor."
    path.write_text(yaml.safe_dump(lesson, allow_unicode=True), encoding="utf-8")
    return target


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_check_content_reports_ok_with_counts(capsys: pytest.CaptureFixture[str]) -> None:
    course = load_course(REAL_COURSE)
    code, out, err = run(capsys, "check-content", str(REAL_COURSE))
    assert (code, err) == (0, "")
    assert out.startswith(f"OK: {REAL_COURSE}: {len(course.lessons)} lessons (")
    assert f"{len(course.pages)} pages, {len(course.sources)} sources" in out


def test_check_content_names_the_file_and_field_and_exits_1(
    capsys: pytest.CaptureFixture[str], broken_course: Path
) -> None:
    code, out, err = run(capsys, "check-content", str(broken_course))
    assert (code, out) == (1, "")
    assert "lessons/nmda.yaml: parts[0].text: <b> is never closed" in err
    assert "Traceback" not in err


def test_check_content_uses_content_dir_by_default(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    broken_course: Path,
    tmp_path: Path,
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.setenv("CONTENT_DIR", str(broken_course))
    code, _, err = run(capsys, "check-content")
    assert code == 1 and "lessons/nmda.yaml" in err


def test_preview_shows_one_lesson_as_a_subscriber_reads_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    lesson = load_course(REAL_COURSE).lessons[0]
    code, out, err = run(capsys, "preview", lesson.id, "--dir", str(REAL_COURSE))
    assert (code, err) == (0, "")
    assert out.startswith(f"══ {lesson.id} ({lesson.path.name}) ")
    count = len(lesson.messages)
    for index in range(count):
        assert f"── part {index + 1}/{count}: " in out
        assert plain_text(lesson.messages[index]) in out
    assert f"/{PART_LIMIT} chars OK" in out and "TOO LONG" not in out
    assert "<b>" not in out and "&amp;" not in out  # tags and entities are shown as read
    assert "[Continue ▶]" in out
    assert lesson.quiz is not None
    answer = lesson.quiz.option(lesson.quiz.answer)
    assert answer is not None and f"   answer: {answer.text}" in out


def test_preview_without_an_id_shows_every_lesson(capsys: pytest.CaptureFixture[str]) -> None:
    course = load_course(REAL_COURSE)
    code, out, _ = run(capsys, "preview", "--dir", str(REAL_COURSE))
    assert code == 0
    headers = [line.split()[1] for line in out.splitlines() if line.startswith("══ ")]
    ids = [lesson.id for lesson in course.lessons]
    assert [header for header in headers if header in ids] == ids
    # and, after the lessons, the checkpoints, the pages and the crisis texts
    assert headers.count("checkpoint") == len(course.checkpoints)
    assert headers.count("page") == len(course.pages)
    assert "crisis" in headers


def test_preview_of_an_unknown_lesson_lists_the_ids(capsys: pytest.CaptureFixture[str]) -> None:
    course = load_course(REAL_COURSE)
    code, out, err = run(capsys, "preview", "dosing", "--dir", str(REAL_COURSE))
    assert (code, out) == (1, "")
    assert err.startswith("No lesson 'dosing'. Lesson ids: ")
    assert all(lesson.id in err for lesson in course.lessons)


def test_preview_of_broken_content_exits_1(
    capsys: pytest.CaptureFixture[str], broken_course: Path
) -> None:
    code, out, err = run(capsys, "preview", "--dir", str(broken_course))
    assert (code, out) == (1, "")
    assert "lessons/nmda.yaml: parts[0].text" in err


@pytest.mark.parametrize(
    ("args", "env", "code", "says"),
    [
        ([], {}, 0, "OK: "),
        (["BROKEN"], {}, 1, "lessons/nmda.yaml: parts[0].text: <b> is never closed"),
        ([], {"LOG_LEVEL": "LOUD"}, 2, "Configuration error: LOG_LEVEL"),
    ],
    ids=["valid", "broken-content", "bad-setting"],
)
def test_python_m_bot_check_content_exit_code(
    tmp_path: Path, broken_course: Path, args: list[str], env: dict[str, str], code: int, says: str
) -> None:
    environ = {k: v for k, v in os.environ.items() if k not in {"CONTENT_DIR", "LOG_LEVEL"}}
    argv = [str(broken_course) if arg == "BROKEN" else arg for arg in args]
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check-content", *argv],
        cwd=tmp_path,  # no .env here
        env={**environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == code, result.stderr
    assert says in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
