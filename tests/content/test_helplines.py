"""helplines.yaml as its authors meet it: a wrong entry is an error that fails check-content,
naming the file, the entry and the field; at run time it is left out and every other entry kept.
And whose lines a person sees, from a typed place, a zone's offset and a language code."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from babel.core import get_global
from babel.languages import get_official_languages

from bot.cli import main as cli_main
from content import helplines, whose_lines
from tests.coursefiles import REAL_COURSE, copy_course, edit_yaml

WINTER = dt.datetime(2026, 11, 29, 12, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 1, 12, tzinfo=dt.UTC)


def rename(path: tuple[str, ...], new: Any) -> Callable[[Any], None]:
    """An edit that renames the key at `path` (in helplines.yaml's data) to `new`."""

    def change(data: Any) -> None:
        *parents, old = path
        for key in parents:
            data = data[key]
        data[new] = data.pop(old)

    return change


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (rename(("countries", "DE", "emergency"), "emergncy"), "countries.DE.`emergncy`"),
        (
            rename(("countries", "DE", "emergency"), "emergncy"),
            "countries.DE.emergency: is missing",
        ),
        (rename(("countries", "DE"), "DEU"), "countries.DEU: not an ISO 3166-1 alpha-2"),
        (rename(("countries", "DE"), "Germany"), "countries.Germany: not an ISO 3166-1 alpha-2"),
        (rename(("countries", "DE"), "XX"), "countries.XX: not an ISO 3166-1 alpha-2"),
        (rename(("countries", "DE"), False), "countries.False: not an ISO"),
        (rename(("countries", "FR", "source"), "sources"), "countries.FR.source: is missing"),
        (lambda d: d["countries"]["GB"].pop("verified"), "countries.GB.verified: is missing"),
        (lambda d: d["countries"]["GB"].pop("name"), "countries.GB.name: is missing"),
        (lambda d: d["countries"]["GB"]["lines"][0].pop("contact"), "GB.lines[0].contact: is"),
        (
            lambda d: d["countries"]["GB"]["lines"][0].update(phone="116 123"),
            "countries.GB.lines[0].`phone`: unknown field",
        ),
        (lambda d: d.update(internationl=[]), "helplines.yaml: `internationl`: unknown field"),
    ],
)
def test_a_wrong_entry_fails_check_content_naming_file_entry_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: Any, expected: str
) -> None:
    course = copy_course(tmp_path)
    edit_yaml(course / helplines.FILE_NAME, change)
    assert cli_main(["check-content", str(course)]) == 1
    err = capsys.readouterr().err
    assert "helplines.yaml: " in err and expected in err, err


def test_a_file_that_does_not_parse_is_one_line_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    course = copy_course(tmp_path)
    path = course / helplines.FILE_NAME
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, "\tGB: {}"]) + "\n", encoding="utf-8")
    assert cli_main(["check-content", str(course)]) == 1
    err = capsys.readouterr().err
    (line,) = [line for line in err.splitlines() if "helplines.yaml" in line]
    assert f"helplines.yaml: YAML does not parse at line {len(lines) + 1}, column 1" in line
    assert str(tmp_path) not in err


def test_the_real_helplines_have_no_problem() -> None:
    lines = helplines.parse(helplines.safe_load((REAL_COURSE / helplines.FILE_NAME).read_text()))
    assert lines.problems == () and len(lines.countries) >= 40


def test_at_run_time_a_wrong_entry_is_left_out_and_the_rest_kept(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    course = copy_course(tmp_path)
    edit_yaml(course / helplines.FILE_NAME, rename(("countries", "DE", "emergency"), "emergncy"))
    edit_yaml(course / helplines.FILE_NAME, rename(("countries", "IT"), "Italy"))
    everything = helplines.load(REAL_COURSE)
    with caplog.at_level(logging.ERROR, logger="content.helplines"):
        lines = helplines.load(course)
    assert set(lines.countries) == set(everything.countries) - {"DE", "IT"}
    assert lines.countries["FR"] == everything.countries["FR"]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "countries.DE" in logged and "countries.Italy" in logged
    assert "countries.FR" not in logged


def test_a_file_with_no_countries_or_no_international_line_cannot_be_used(tmp_path: Path) -> None:
    with pytest.raises(helplines.HelplinesError, match="countries"):
        helplines.read({"international": []})
    with pytest.raises(helplines.HelplinesError, match="international"):
        helplines.read({"countries": {}, "international": [{"name": "x"}]})


# --- whose lines ---------------------------------------------------------------------------------


def country(
    zone: str,
    language: str | None,
    place: str | None = None,
    now: dt.datetime = WINTER,
) -> str | None:
    from journey.timeplan import parse_zone

    return whose_lines.country_code(
        place=place,
        zone_country=helplines.zone_country(zone),
        offset=now.astimezone(parse_zone(zone)).utcoffset(),
        language_code=language,
        now=now,
    )


@pytest.mark.parametrize("now", [WINTER, SUMMER])
def test_a_shared_button_is_read_with_the_language(now: dt.datetime) -> None:
    berlin = "Europe/Berlin"
    assert [country(berlin, lang, now=now) for lang in ("fr", "es", "it", "nl", "pl", "de")] == [
        "FR", "ES", "IT", "NL", "PL", "DE",
    ]  # fmt: skip
    assert country(berlin, "en", now=now) is None  # which of Berlin's neighbours: nobody knows
    assert country(berlin, None, now=now) is None
    assert country(berlin, "uk", now=now) is None  # Ukraine keeps another offset
    assert country(berlin, "ru", now=WINTER) is None  # (in summer, Kaliningrad keeps Berlin's)
    assert country(berlin, "de-AT", now=now) == "AT"
    assert country(berlin, "fr", place="DE", now=now) == "DE"  # a typed place wins
    assert country("America/Sao_Paulo", "pt-br", now=now) == "BR"
    assert country("Europe/London", "pt-PT", now=now) == "PT"
    assert country("Europe/London", "en", now=now) == "GB"  # English is the zone's own language
    assert country("Australia/Sydney", "en", now=now) == "AU"
    assert country("Asia/Kolkata", "en", now=now) == "IN"
    assert country("UTC", "en", now=now) is None
    assert country("UTC+01:00", "nl", now=WINTER) == "NL"  # a typed local time: an offset only


def test_the_language_tables_agree_with_cldr() -> None:
    likely = get_global("likely_subtags")
    for language, code in whose_lines.LIKELY_COUNTRY.items():
        assert likely[language].split("_")[-1] == code, language
    listed = helplines.load(REAL_COURSE).countries
    assert set(listed) <= set(whose_lines.OFFICIAL_LANGUAGES)
    for code, languages in whose_lines.OFFICIAL_LANGUAGES.items():
        official = {lang.split("_")[0] for lang in get_official_languages(code, de_facto=True)}
        assert set(languages) <= official, code
