"""Course v2 fields and writing rules: each author mistake is named with its file and field.

Like tests/content/test_loader.py, every case starts from a copy of the real course with one change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from content import lint
from content.loader import load_course
from tests.coursefiles import REAL_COURSE
from tests.coursefiles import edit_yaml as edit
from tests.coursefiles import load_errors as errors


def test_an_unknown_field_suggests_the_right_one(course_dir: Path) -> None:
    def change(lesson):
        lesson["titel"] = lesson.pop("title")

    edit(course_dir / "lessons" / "nmda.yaml", change)
    found = errors(course_dir)
    assert "lessons/nmda.yaml: `titel`: unknown field; did you mean `title`?" in found
    assert "lessons/nmda.yaml: title: is missing" in found


def test_the_unquoted_comma_trap_is_caught(course_dir: Path) -> None:
    path = course_dir / "lessons" / "nmda.yaml"
    head, quiz = path.read_text(encoding="utf-8").split("\nquiz:\n")
    quiz = quiz.replace('      text: "It blocks it, partly and briefly"\n', "")
    quiz = quiz.replace("    - id: a\n", "    - {id: a, text: It blocks it, mostly}\n", 1)
    path.write_text(f"{head}\nquiz:\n{quiz}", encoding="utf-8")
    (error,) = errors(course_dir)
    assert error.startswith("lessons/nmda.yaml: quiz.options[0].`mostly`: unknown field")
    assert "quote the whole text" in error


def test_an_unknown_field_in_an_option_sources_and_checkpoints_is_named(course_dir: Path) -> None:
    edit(
        course_dir / "lessons" / "nmda.yaml", lambda d: d["quiz"]["options"][1].update(feedbak="x")
    )
    edit(course_dir / "sources.yaml", lambda d: d["zanos2018"].update(yaer=2018))
    edit(course_dir / "checkpoints.yaml", lambda d: d[0].update(afer="nmda"))
    found = errors(course_dir)
    assert any(
        "quiz.options[1].`feedbak`: unknown field; did you mean `feedback`?" in e for e in found
    )
    assert any(
        "sources.yaml: zanos2018.`yaer`: unknown field; did you mean `year`?" in e for e in found
    )
    assert any(
        "checkpoints.yaml: [0].`afer`: unknown field; did you mean `after`?" in e for e in found
    )


def test_a_recap_must_ask_about_an_earlier_lesson(course_dir: Path) -> None:
    edit(course_dir / "lessons" / "nmda.yaml", lambda d: d["recap"].update(about="doctor"))
    assert errors(course_dir) == [
        "lessons/nmda.yaml: recap.about: 'doctor' is not a lesson that comes before this one"
    ]


def test_a_recap_answer_must_fit_a_pop_up(course_dir: Path) -> None:
    edit(
        course_dir / "lessons" / "nmda.yaml",
        lambda d: d["recap"]["options"][1].update(feedback="Too long. " * 25),
    )
    (error,) = errors(course_dir)
    assert error.startswith("lessons/nmda.yaml: recap.options[1].feedback: is ")
    assert "pop-up" in error


def test_a_checkpoint_after_an_unknown_lesson_is_named(course_dir: Path) -> None:
    edit(course_dir / "checkpoints.yaml", lambda d: d[0].update(after="nosuch"))
    assert errors(course_dir) == [
        "checkpoints.yaml: [0].after: 'nosuch' is not a lesson listed in course.yaml"
    ]


def test_a_checkpoint_answer_that_is_not_an_option_is_named(course_dir: Path) -> None:
    edit(course_dir / "checkpoints.yaml", lambda d: d[1]["questions"][0].update(answer="z"))
    (error,) = errors(course_dir)
    assert error.startswith("checkpoints.yaml: [1].questions[0].answer: 'z' is not one of")


def lint_errors(directory: Path) -> list[str]:
    return lint.lint(load_course(directory))


def test_the_real_course_passes_lint() -> None:
    assert lint.lint(load_course(REAL_COURSE)) == []


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("A miracle for mood [zanos2018].", "hype words: miracle"),
        ("It is given at 50 mg [zanos2018].", "dosing language: 50 mg"),
        ("Tomorrow you'll see more [zanos2018].", "assumes when lessons arrive"),
        ("It has a darker side as a street drug [zanos2018].", "sensational or borrowed wording"),
    ],
)
def test_lint_names_the_part_with_a_bad_phrase(course_dir: Path, text: str, says: str) -> None:
    edit(course_dir / "lessons" / "glutamate.yaml", lambda d: d["parts"].__setitem__(2, text))
    found = lint_errors(course_dir)
    assert any(e.startswith("lessons/glutamate.yaml: parts") and says in e for e in found), found


def test_lint_catches_a_hard_part(course_dir: Path) -> None:
    hard = (
        "Neuropharmacological investigations characterising glutamatergic neurotransmission "
        "demonstrated considerable heterogeneity regarding postsynaptic receptor "
        "internalisation, notwithstanding methodological standardisation across "
        "multidisciplinary laboratories internationally [zanos2018]. Subsequent pharmacological "
        "characterisation necessitated comprehensive electrophysiological experimentation."
    )
    edit(course_dir / "lessons" / "glutamate.yaml", lambda d: d["parts"].__setitem__(2, hard))
    assert any("glutamate.yaml: parts[2]: reads at grade" in e for e in lint_errors(course_dir))


def test_lint_wants_feedback_on_every_wrong_option_and_three_options(course_dir: Path) -> None:
    def change(lesson):
        lesson["quiz"]["options"] = lesson["quiz"]["options"][:2]
        lesson["quiz"]["options"][1].pop("feedback")

    edit(course_dir / "lessons" / "nmda.yaml", change)
    found = lint_errors(course_dir)
    assert (
        "lessons/nmda.yaml: quiz.options: has 2 options; a check-in has 3 or 4 plausible ones"
        in found
    )
    assert any(
        e.startswith("lessons/nmda.yaml: quiz.options[1].feedback: is missing") for e in found
    )


def test_lint_wants_a_recap_a_takeaway_and_regular_checkpoints(course_dir: Path) -> None:
    def change(lesson):
        lesson.pop("recap")
        lesson.pop("takeaway")

    edit(course_dir / "lessons" / "nmda.yaml", change)
    edit(course_dir / "checkpoints.yaml", lambda d: d.pop(1))
    found = lint_errors(course_dir)
    assert any(e.startswith("lessons/nmda.yaml: recap: is missing") for e in found)
    assert any(e.startswith("lessons/nmda.yaml: takeaway: is missing") for e in found)
    assert any(e.startswith("checkpoints.yaml: after: 5 lessons in a row") for e in found)


def test_lint_wants_sources_in_the_order_first_cited(course_dir: Path) -> None:
    edit(
        course_dir / "pages.yaml",
        lambda d: d["speed"].update(sources=["berman2000", "kishimoto2016", "zarate2006"]),
    )
    found = lint_errors(course_dir)
    assert any(e.startswith("pages.yaml: speed.sources: list them in the order") for e in found)


def test_check_content_runs_the_writing_rules(
    course_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(
        course_dir / "lessons" / "glutamate.yaml",
        lambda d: d["parts"].__setitem__(2, "A miracle at 50 mg [zanos2018]."),
    )
    assert main(["check-content", str(course_dir)]) == 1
    err = capsys.readouterr().err
    assert "lessons/glutamate.yaml: parts: hype words: miracle" in err
    assert "dosing language: 50 mg" in err
