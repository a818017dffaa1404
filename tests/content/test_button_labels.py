"""What authors write on buttons: `check-content` says when a label would be cut off on a phone,
shows markup as typed, breaks a line, repeats another option, or a question has too few options;
and the menu gives a long page button a row of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli import main
from content import lint
from content.labels import columns
from content.loader import load_course
from handlers.context import Services
from tests.coursefiles import REAL_COURSE
from tests.coursefiles import edit_yaml as edit
from tgdouble.server import BotApiDouble


def problems(directory: Path) -> list[str]:
    return lint.lint(load_course(directory))


def test_a_recap_or_a_review_question_with_two_options_is_named(course_dir: Path) -> None:
    edit(course_dir / "lessons" / "nmda.yaml", lambda d: d["recap"].update(
        options=d["recap"]["options"][:2], answer=d["recap"]["options"][0]["id"]))  # fmt: skip
    edit(course_dir / "checkpoints.yaml", lambda d: d[0]["questions"][0].update(
        options=d[0]["questions"][0]["options"][:2]))  # fmt: skip
    found = problems(course_dir)
    assert "lessons/nmda.yaml: recap.options: has 2 options; a recap has 3 or 4 plausible ones" in (
        found
    )
    assert (
        "checkpoints.yaml: review1.questions[0].options: has 2 options; "
        "a review question has 3 or 4 plausible ones"
    ) in found


def test_too_many_options_are_refused_with_the_count_the_course_wants(
    course_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def five(lesson):
        lesson["quiz"]["options"] += [
            {"id": "y", "text": "Yet another", "feedback": "No."},
            {"id": "z", "text": "And one more", "feedback": "No."},
        ]

    edit(course_dir / "lessons" / "nmda.yaml", five)
    assert main(["check-content", str(course_dir)]) == 1
    assert "quiz.options: has 6 options; a question has 3 or 4 plausible ones" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("label", "says"),
    [
        ("A label far too long to fit on one phone button", "columns wide"),
        ("🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠🧠", "an emoji counts two"),
        ("<b>Glutamate</b>", "has HTML"),
        ("Glutamate &amp; GABA", "has HTML"),
        ("Glutamate\nsurge", "line break"),
    ],
)
def test_a_check_in_option_that_a_button_would_spoil_is_named(
    course_dir: Path, label: str, says: str
) -> None:
    edit(course_dir / "lessons" / "nmda.yaml", lambda d: d["quiz"]["options"][1].update(text=label))
    (found,) = [p for p in problems(course_dir) if "quiz.options[1].text" in p]
    assert found.startswith("lessons/nmda.yaml: quiz.options[1].text: ") and says in found


def test_two_options_alike_are_named(course_dir: Path) -> None:
    def alike(lesson):
        lesson["quiz"]["options"][1]["text"] = lesson["quiz"]["options"][0]["text"].upper()

    edit(course_dir / "lessons" / "nmda.yaml", alike)
    assert any("quiz.options[1].text: is the same as another option's" in p
               for p in problems(course_dir))  # fmt: skip


def test_a_long_page_button_is_named_by_check_content(
    course_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edit(course_dir / "pages.yaml", lambda d: d["mechanism"].update(
        button="How ketamine works in the brain, step by step"))  # fmt: skip
    assert main(["check-content", str(course_dir)]) == 1
    assert "pages.yaml: mechanism.button: is 45 columns wide" in capsys.readouterr().err


def test_the_real_course_labels_fit() -> None:
    course = load_course(REAL_COURSE)
    assert all(columns(page.button) <= 40 for page in course.pages.values())
    assert columns("🧠 Brain") == 8 and columns("Ketamine") == 8


async def test_the_menu_gives_a_long_page_button_a_row_of_its_own(
    double: BotApiDouble, bot: Services
) -> None:
    user = double.user(5101, first_name="Ana", language_code="en")
    await user.send("/menu")
    (menu,) = await user.wait_for_messages(1)
    wide = [row for row in menu.reply_markup if any(columns(b.text) > 18 for b in row)]
    assert wide and all(len(row) == 1 for row in wide)
    assert max(len(row) for row in menu.reply_markup) == 2  # the short ones still pair up
