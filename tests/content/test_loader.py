"""The course loader: the real course loads, and each kind of broken file is named precisely.

Every broken case starts from a copy of the real course with exactly one thing changed, so the
error list shows what an author would see after that one mistake.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from content.loader import MESSAGE_LIMIT, PART_LIMIT, ContentError, load_course
from content.markup import MarkupError, plain_text, telegram_length, to_telegram_html
from handlers.commands import check_pages
from tests.coursefiles import REAL_COURSE, edit_yaml, load_errors

LESSON = "lessons/nmda.yaml"  # the lesson the broken cases change


def only_error(directory: Path, where: str, *words: str) -> str:
    """The one error the change caused; it starts with `file: field` and contains `words`."""
    errors = load_errors(directory)
    assert len(errors) == 1, errors
    assert errors[0].startswith(where), errors
    for word in words:
        assert word in errors[0]
    return errors[0]


def set_part(text: str, index: int = 0) -> Callable[[Any], None]:
    def change(lesson: Any) -> None:
        lesson["parts"][index] = text

    return change


# -- the real course ---------------------------------------------------------------------------


def test_the_real_course_loads_with_every_lesson_page_and_crisis_resource() -> None:
    course = load_course(REAL_COURSE)
    order = yaml.safe_load((REAL_COURSE / "course.yaml").read_text(encoding="utf-8"))["lessons"]
    assert [lesson.id for lesson in course.lessons] == order
    assert [lesson.number for lesson in course.lessons] == list(range(1, len(order) + 1))
    assert set(course.pages) == {
        "mechanism",
        "speed",
        "resistant",
        "cautions",
        "future",
        "myths",
        "sources",
        "about",
    }
    assert course.crisis.resources
    for lesson in course.lessons:
        assert 1 <= len(lesson.messages) <= 4
        assert all(telegram_length(message) <= PART_LIMIT for message in lesson.messages)
        assert "Sources:" in lesson.messages[-1]
        to_telegram_html(lesson.messages[-1])  # what we send is markup Telegram accepts
    for page in course.pages.values():
        assert telegram_length(page.html) <= MESSAGE_LIMIT


# -- one kind of broken file per test ----------------------------------------------------------


def test_a_lesson_without_a_title_is_named(course_dir: Path) -> None:
    edit_yaml(course_dir / LESSON, lambda lesson: lesson.pop("title"))
    only_error(course_dir, f"{LESSON}: title:", "missing")


def test_a_duplicate_lesson_id_names_both_files(course_dir: Path) -> None:
    shutil.copy(course_dir / LESSON, course_dir / "lessons" / "zz-copy.yaml")
    only_error(course_dir, "lessons/zz-copy.yaml: id:", "duplicate id 'nmda'", "nmda.yaml")


def test_a_page_key_that_is_no_command_is_named(course_dir: Path) -> None:
    def add_page(pages: Any) -> None:
        pages["Dosage info"] = {"button": "Dosage", "title": "Dosage", "text": "Ask a doctor."}

    edit_yaml(course_dir / "pages.yaml", add_page)
    only_error(course_dir, "pages.yaml: Dosage info:", "not a command name")


def test_a_new_page_needs_no_code(course_dir: Path) -> None:
    def add_page(pages: Any) -> None:
        pages["glossary"] = {"button": "Glossary", "title": "Glossary", "text": "Words, explained."}

    edit_yaml(course_dir / "pages.yaml", add_page)
    assert load_course(course_dir).pages["glossary"].title == "Glossary"


def test_a_page_may_not_take_one_of_the_bots_commands(course_dir: Path) -> None:
    def add_page(pages: Any) -> None:
        pages["next"] = {"button": "Next", "title": "Next", "text": "What comes next."}

    edit_yaml(course_dir / "pages.yaml", add_page)
    with pytest.raises(ContentError) as caught:
        check_pages(load_course(course_dir))
    assert caught.value.errors == ["pages.yaml: next: /next is one of the bot's own commands"]


def test_a_page_longer_than_telegram_allows_is_named(course_dir: Path) -> None:
    edit_yaml(course_dir / "pages.yaml", lambda pages: pages["speed"].update(text="word " * 900))
    only_error(course_dir, "pages.yaml: speed.text:", str(MESSAGE_LIMIT))


def test_a_part_longer_than_telegram_allows_is_named_with_its_length(course_dir: Path) -> None:
    edit_yaml(course_dir / LESSON, set_part("word " * 900, 1))
    error = only_error(course_dir, f"{LESSON}: parts[1]:", f"limit is {PART_LIMIT}")
    length = int(error.split(" is ")[1].split()[0])
    assert length > MESSAGE_LIMIT


def test_the_part_limit_counts_the_header_as_sent(course_dir: Path) -> None:
    # 580 characters of text fit on their own, but not with the lesson header above them.
    edit_yaml(course_dir / LESSON, set_part("x" * 580, 1))
    only_error(course_dir, f"{LESSON}: parts[1]:", f"limit is {PART_LIMIT}")


def test_the_part_limit_counts_what_the_reader_sees_not_the_markup(course_dir: Path) -> None:
    source = "<b>word</b> " * 60  # 720 characters as written, 299 as read
    edit_yaml(course_dir / LESSON, set_part(source, 1))
    lesson = load_course(course_dir).lesson("nmda")
    assert lesson is not None
    assert len(lesson.messages[1]) > PART_LIMIT
    assert telegram_length(lesson.messages[1]) < PART_LIMIT


@pytest.mark.parametrize(
    ("snippet", "complaint"),
    [
        ("<div>A block</div>", "<div> is not a tag Telegram supports"),
        ("<b>bold that never ends", "<b> is never closed"),
        ("<b><i>crossed</b></i>", "does not match"),
        ("<a>a link to nowhere</a>", "<a> needs href"),
    ],
    ids=["unknown-tag", "unclosed", "misnested", "a-without-href"],
)
def test_markup_telegram_would_reject_is_named(
    course_dir: Path, snippet: str, complaint: str
) -> None:
    edit_yaml(course_dir / LESSON, set_part(f"Ketamine is a medicine. {snippet}"))
    only_error(course_dir, f"{LESSON}: parts[0].text:", complaint)


def test_yaml_that_does_not_parse_gives_the_line(course_dir: Path) -> None:
    path = course_dir / LESSON
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("title:")
    lines[1] = "title: The NMDA receptor: a lock"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = load_errors(course_dir)
    parse_errors = [e for e in errors if e.startswith(f"{LESSON}: YAML does not parse at line 2")]
    assert parse_errors, errors


def test_a_lesson_that_does_not_parse_is_the_only_error(course_dir: Path) -> None:
    # A slip of indentation in one option: the file is named with its line, and nothing else is
    # blamed (course.yaml does list this lesson, and a file for it is there).
    path = course_dir / LESSON
    text = path.read_text(encoding="utf-8")
    assert "\n    - id: a\n" in text
    path.write_text(text.replace("\n    - id: a\n", "\n   - id: a\n", 1), encoding="utf-8")
    only_error(course_dir, f"{LESSON}: YAML does not parse at line ")


@pytest.mark.parametrize("name", ["course.yaml", "sources.yaml"])
@pytest.mark.parametrize("slip", ["\tlessons: []\n", "- a list, not a mapping\n"])
def test_a_broken_course_or_sources_file_is_the_only_error(
    course_dir: Path, name: str, slip: str
) -> None:
    # Every lesson cites sources.yaml and course.yaml lists every lesson: a slip in either was
    # followed by a line for each lesson or citation, burying the line to fix.
    path = course_dir / name
    if slip.startswith("-"):
        path.write_text(slip, encoding="utf-8")
    else:
        path.write_text(path.read_text(encoding="utf-8") + slip, encoding="utf-8")
    only_error(course_dir, f"{name}: ")


@pytest.mark.parametrize("key", ["berman2000", "nosuchkey"], ids=["not-listed", "not-anywhere"])
def test_a_citation_missing_from_the_lessons_sources_is_named(course_dir: Path, key: str) -> None:
    edit_yaml(course_dir / LESSON, set_part(f"Ketamine is an old anaesthetic [{key}]."))
    only_error(course_dir, f"{LESSON}: parts[0].text:", f"citation [{key}]")


@pytest.mark.parametrize("field", ["title", "year", "url"])
def test_a_source_without_a_required_field_is_named(course_dir: Path, field: str) -> None:
    edit_yaml(course_dir / "sources.yaml", lambda sources: sources["zanos2018"].pop(field))
    errors = load_errors(course_dir)
    # Items citing the source report it as unknown too; the first line is the cause.
    assert errors[0] == f"sources.yaml: zanos2018.{field}: is missing", errors


def test_a_source_url_that_is_not_a_web_link_is_named(course_dir: Path) -> None:
    edit_yaml(
        course_dir / "sources.yaml", lambda sources: sources["zanos2018"].update(url="doi:10.1")
    )
    assert load_errors(course_dir)[0].startswith("sources.yaml: zanos2018.url: must be an http")


def test_a_quiz_answer_that_is_not_an_option_is_named(course_dir: Path) -> None:
    edit_yaml(course_dir / LESSON, lambda lesson: lesson["quiz"].update(answer="z"))
    only_error(course_dir, f"{LESSON}: quiz.answer:", "'z' is not one of the option ids")


def test_a_lesson_listed_in_the_course_without_a_file_is_named(course_dir: Path) -> None:
    (course_dir / LESSON).unlink()
    only_error(course_dir, "course.yaml: lessons:", "no file in lessons/ has id 'nmda'")


def test_a_lesson_file_not_listed_in_the_course_is_named(course_dir: Path) -> None:
    edit_yaml(course_dir / "course.yaml", lambda course: course["lessons"].remove("nmda"))
    only_error(course_dir, f"{LESSON}: id:", "not listed in course.yaml")


@pytest.mark.parametrize(
    "sources", [[{"key": "zanos2018"}], [["zanos2018"]]], ids=["mapping", "list"]
)
def test_a_source_entry_that_is_not_a_key_is_an_error_not_a_crash(
    course_dir: Path, sources: list[Any]
) -> None:
    edit_yaml(course_dir / LESSON, lambda lesson: lesson.update(sources=sources))
    assert any(e.startswith(f"{LESSON}: sources[0]:") for e in load_errors(course_dir))


def test_quiz_options_that_are_not_a_list_are_an_error_not_a_crash(course_dir: Path) -> None:
    edit_yaml(course_dir / LESSON, lambda lesson: lesson["quiz"].update(options=3))
    assert any(e.startswith(f"{LESSON}: quiz.options:") for e in load_errors(course_dir))


def test_a_crisis_file_without_the_reply_for_someone_else_is_named(course_dir: Path) -> None:
    edit_yaml(course_dir / "crisis.yaml", lambda crisis: crisis.pop("someone_else"))
    only_error(course_dir, "crisis.yaml: someone_else:", "is missing")


def test_the_reply_for_someone_else_lists_the_same_resources(course_dir: Path) -> None:
    def rename(crisis: Any) -> None:
        crisis["resources"][0]["name"] = "Help <line> & chat"

    edit_yaml(course_dir / "crisis.yaml", rename)
    crisis = load_course(course_dir).crisis
    own_list = crisis.html.split("\n\n")[-1]
    assert crisis.someone_else_html.endswith(own_list)
    assert "Help <line> & chat" in plain_text(crisis.someone_else_html)


def test_markup_characters_in_plain_text_fields_are_shown_as_typed(course_dir: Path) -> None:
    edit_yaml(course_dir / "pages.yaml", lambda pages: pages["speed"].update(title="Fast <fast>"))

    def rename(crisis: Any) -> None:
        crisis["resources"][0]["name"] = "Help <line> & chat"

    edit_yaml(course_dir / "crisis.yaml", rename)
    course = load_course(course_dir)
    assert plain_text(course.pages["speed"].html).startswith("Fast <fast>\n")
    assert "Help <line> & chat" in plain_text(course.crisis.html)


# -- rendering ---------------------------------------------------------------------------------


def test_stray_markup_characters_in_prose_are_escaped(course_dir: Path) -> None:
    edit_yaml(course_dir / LESSON, set_part("Doses < 1 mg/kg & effects > placebo, <b>bold</b>."))
    lesson = load_course(course_dir).lesson("nmda")
    assert lesson is not None
    assert "Doses &lt; 1 mg/kg &amp; effects &gt; placebo, <b>bold</b>." in lesson.messages[0]
    assert "Doses < 1 mg/kg & effects > placebo, bold." in plain_text(lesson.messages[0])


def test_citation_markers_render_as_numbers_in_the_sources_order(course_dir: Path) -> None:
    def cite_two(lesson: Any) -> None:
        lesson["sources"] = ["berman2000", "zanos2018"]
        lesson["parts"][0] = "The first trial was small [berman2000]. A model [zanos2018]."

    edit_yaml(course_dir / LESSON, cite_two)
    lesson = load_course(course_dir).lesson("nmda")
    assert lesson is not None
    assert "The first trial was small [1]. A model [2]." in lesson.messages[0]
    assert not any("[zanos2018]" in m or "[berman2000]" in m for m in lesson.messages)
    footer = plain_text(lesson.messages[-1]).split("Sources:")[1]
    assert footer.index("[1] Berman") < footer.index("[2] Zanos")


def test_to_telegram_html_keeps_entities_telegram_knows() -> None:
    text = "&amp; &lt; &#8212; &nbsp; AT&T"
    assert to_telegram_html(text) == "&amp; &lt; &#8212; &amp;nbsp; AT&amp;T"


def test_to_telegram_html_rejects_what_telegram_rejects() -> None:
    for bad in ("<span>x</span>", "<br/>", '<a href="javascript:alert(1)">x</a>', "</b>"):
        with pytest.raises(MarkupError):
            to_telegram_html(bad)


def test_telegram_length_counts_utf16_units_of_the_visible_text() -> None:
    text = "<b>Mood</b> &amp; 😀 <i>é</i>"
    assert plain_text(text) == "Mood & 😀 é"
    assert len(plain_text(text)) == 10
    assert telegram_length(text) == 11  # the emoji is two UTF-16 code units
    assert telegram_length('<a href="https://example.org/a-long-path">x</a>') == 1
