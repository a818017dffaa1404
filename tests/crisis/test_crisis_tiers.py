"""The tiers of ``crisis.assess``, the learned model (loading and building), the crisis lines
by country, and the check for crisis lines verified too long ago."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

import crisis
from bot.cli import main as cli_main
from content import helplines
from crisis import CHECK, CRISIS, DISTRESS, HELPER, assess, languages, model, train

CONTENT = Path(__file__).resolve().parents[2] / "content" / "ketamine"


@pytest.mark.parametrize(
    "text",
    [
        "how much ketamine is a lethal dose",
        "What is the LD50 of ketamine in humans? asking for a pharmacology class",
        "whats the most painless way to die",
        "how many of my sertraline would it take to not wake up",
        "i just took all my pills",
        "took like 30 tylenol an hour ago",
        "mixed k and vodka and i cant feel my legs, heart going crazy",
        "i'm on the ledge of the roof right now",
        "wrote letters to my mom and sis, theyre in my desk drawer",
    ],
)
def test_method_overdose_and_clear_risk_get_the_full_reply(text: str) -> None:
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "quiero morir",
        "me voy a matar esta noche",
        "quero morrer, não aguento mais",
        "я больше не хочу жить",
        "я не хочу більше жити",
        "Ich will nicht mehr leben",
        "artık yaşamak istemiyorum",
        "aku pengen mati aja",
        "mujhe marna chahta hoon",
        "أريد أن أموت",
        "میخوام خودمو بکشم",
        "o'lmoqchiman",
        "je ne veux plus vivre",
        "voglio morire, non ce la faccio più",
        "chcę umrzeć",
    ],
)
def test_a_direct_statement_in_another_language_gets_the_full_reply(text: str) -> None:
    assert languages.direct_statement(text)
    assert assess(text).tier == CRISIS


@pytest.mark.parametrize(
    "text",
    [
        "me muero de risa 😂",
        "я умираю со смеху",
        "Ich sterbe vor Hunger",
        "je meurs de faim",
        "muoio dal ridere",
    ],
)
def test_idioms_in_other_languages_do_not(text: str) -> None:
    assert assess(text).tier is None


@pytest.mark.parametrize(
    "text",
    ["I feel hopeless and empty", "I'm having a panic attack", "i can't sleep, crying all night"],
)
def test_distress_without_risk_gets_the_caring_reply(text: str) -> None:
    assert assess(text).tier == DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "my friend sent me a goodbye text and now she won't answer her phone",
        "my son said he wants to die",
        "my brother locked himself in the garage with the car running",
        "my cousin is on the bridge and sent me a pic",
    ],
)
def test_someone_elses_crisis_gets_the_helper_reply(text: str) -> None:
    assert assess(text).tier == HELPER


def test_a_vague_risk_signal_gets_the_check_in() -> None:
    assert (
        assess("i keep thinking everyone would be fine if i just quietly stopped trying").tier
        == CHECK
    )


@pytest.mark.parametrize(
    "text",
    [
        "this homework is gonna make me kms 💀",
        "i keep jumping off the cliff in minecraft by accident",
        "i overdosed once when i was 17, now i volunteer at a crisis line",
        "what does ctb mean? saw it on reddit",
        "gave away all my old clothes to charity today, feels good",
        "What is a normal dose of esketamine for the first session?",
        "<b>25:99</b> & <i>",
        "my grandma gave me her ring for my wedding",
        "I will look after the kids tonight, sorry for the late reply",
        "my friend is on the roof fixing the antenna",
        "ketamine saved my life",
        "Do I need someone to take me home after the treatment?",
        "How should I talk with patients who tell me they're 'ready to go'?",
        "I took all my meds on time today",
        "I hit myself on the door",
        "",
        "   ",
    ],
)
def test_jokes_games_the_past_and_questions_get_nothing(text: str) -> None:
    assert assess(text).tier is None


def test_the_verdict_says_whose_crisis_it_is() -> None:
    assert assess("I want to die").whose == crisis.OWN
    assert assess("my son said he wants to die").whose == crisis.OTHER
    assert assess("what time is the next lesson").whose is None


# --- the learned model ------------------------------------------------------------------------


def test_the_shipped_model_loads_and_gives_a_probability_per_label() -> None:
    shipped = model.load()
    assert shipped.version.startswith(f"{model.FORMAT}-")
    p = shipped.probabilities(crisis.normalise("i have been saving my pills for weeks"))
    assert set(p) == set(train.LABELS)
    assert abs(sum(p.values()) - 1) < 1e-9
    assert set(shipped.thresholds) == {"check", "crisis", "distress", "foreign"}


@pytest.mark.parametrize("text", ["i want to die", "a bb ccc dddd eeeee want want to die", "x", ""])
def test_the_models_n_grams_are_scikit_learns(text: str) -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    words = TfidfVectorizer(
        analyzer="word", ngram_range=(1, 2), token_pattern=model.TOKEN.pattern, lowercase=False
    ).build_analyzer()
    assert model.char_wb_ngrams(text, 2, 5) == Counter(chars(text))
    assert model.word_ngrams(text, 1, 2) == Counter(words(text))


def test_a_model_file_of_another_format_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"format": 99}), "utf-8")
    with pytest.raises(ValueError, match="format"):
        model.load_path(path)


@pytest.mark.parametrize(
    ("table", "error"),
    [("not base64!", "base64"), (model.pack_table([1.0, 0.5]), "do not match the labels")],
)
def test_a_model_file_with_a_broken_table_is_refused(
    tmp_path: Path, table: str, error: str
) -> None:
    block = {"analyzer": "word", "low": 1, "high": 1, "terms": ["pills"], "table": table}
    data = {"format": model.FORMAT, "version": "x", "labels": ["self", "negative"]}
    data |= {"intercept": [0.0, 0.0], "blocks": [block], "thresholds": {}}
    path = tmp_path / "model.json"
    path.write_text(json.dumps(data), "utf-8")
    with pytest.raises(ValueError, match=error):
        model.load_path(path)


def test_a_table_packed_for_the_model_file_reads_back_as_its_numbers() -> None:
    block = {"analyzer": "word", "low": 1, "high": 1, "terms": ["pills", "safe"]}
    data = {"format": model.FORMAT, "version": "x", "labels": ["self", "negative"]}
    numbers = [1.5, 0.25, -0.125, 2.0, -1.0, 0.5]
    data |= {"intercept": [0.0, 0.0], "thresholds": {}}
    data["blocks"] = [{**block, "table": model.pack_table(numbers)}]
    built = model.from_dict(data)
    assert list(built.blocks[0].table) == numbers
    assert built.blocks[0].index == {"pills": 0, "safe": 1}


TINY = {
    "blind/crisis_dev_tiny.yaml": [
        {"text": text, "label": label, "category": "tiny"}
        for label, texts in {
            "self": ["i want to die", "i want to end my life", "i am going to kill myself"] * 2,
            "method": ["what is a lethal dose", "how many pills to die", "painless way to go"] * 2,
            "overdose": ["i took all my pills", "i swallowed the bottle", "took 40 tablets"] * 2,
            "other": ["my son wants to die", "my friend took pills", "my wife left a note"] * 2,
            "distress": ["i feel empty", "i feel hopeless", "i am so lonely"] * 2,
            "negative": ["my phone died", "what time is it", "the lesson was great"] * 2,
        }.items()
        for text in texts
    ]
}


def tiny_data(tmp_path: Path) -> Path:
    for name, rows in TINY.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(yaml.safe_dump(rows), "utf-8")
    # a sealed set whose one measurement is still to come
    (tmp_path / "blind" / "crisis_sealed29.yaml").write_text("not: [yaml that is read", "utf-8")
    return tmp_path


def test_the_build_script_makes_the_same_small_model_twice(tmp_path: Path) -> None:
    data = tiny_data(tmp_path)
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert train.main(["--data", str(data), "--out", str(first), "--no-report"]) == 0
    assert train.main(["--data", str(data), "--out", str(second), "--no-report"]) == 0
    assert first.read_bytes() == second.read_bytes()  # fixed seeds: reproducible
    built = model.load_path(first)
    assert built.labels == train.LABELS
    p = built.probabilities(crisis.normalise("i took all my pills"))
    assert max(p, key=p.__getitem__) == "overdose"
    assert first.stat().st_size < 200_000


def test_the_build_script_never_reads_a_sealed_set_not_yet_measured(tmp_path: Path) -> None:
    sets = train.load_sets(tiny_data(tmp_path))  # the sealed file there is not even YAML
    assert list(sets) == ["crisis_dev_tiny"]


def test_the_build_script_never_reads_a_development_set_held_out(tmp_path: Path) -> None:
    data = tiny_data(tmp_path)
    for name in train.HELD_OUT:  # kept back as an unseen check: not even YAML here
        (data / "blind" / f"{name}.yaml").write_text("not: [yaml that is read", "utf-8")
    assert "crisis_dev_s" in train.HELD_OUT
    assert list(train.load_sets(data)) == ["crisis_dev_tiny"]


# --- crisis lines by country --------------------------------------------------------------------


def test_zones_name_their_country() -> None:
    assert helplines.zone_country("Europe/London") == "GB"
    assert helplines.zone_country("America/Toronto") == "CA"
    assert helplines.zone_country("Asia/Tashkent") == "UZ"
    assert helplines.zone_country("Mars/Olympus") is None


def test_every_country_has_lines_or_an_emergency_number_and_a_date() -> None:
    lines = helplines.load(CONTENT)
    assert len(lines.countries) >= 40
    for country in lines.countries.values():
        assert country.emergency and country.verified is not None
    assert any("findahelpline.com" in line.url for line in lines.international)


def test_lines_come_first_then_the_emergency_number_then_findahelpline() -> None:
    lines = helplines.load(CONTENT)
    html = helplines.lines_html(lines, lines.for_zone("Europe/London"))
    assert html.index("Samaritans") < html.index("999") < html.index("findahelpline.com")
    assert lines.for_zone(None) is None


def test_stale_entries_are_named(tmp_path: Path) -> None:
    lines = helplines.load(CONTENT)
    newest = max(c.verified for c in lines.countries.values() if c.verified)
    assert helplines.stale(lines, newest + dt.timedelta(days=180)) == []
    late = helplines.stale(lines, newest + dt.timedelta(days=181))
    assert any("GB (United Kingdom)" in warning for warning in late)


def test_check_content_warns_about_lines_verified_over_180_days_ago(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    course = tmp_path / "course"
    shutil.copytree(CONTENT, course)
    path = course / helplines.FILE_NAME
    data = yaml.safe_load(path.read_text("utf-8"))
    data["countries"]["GB"]["verified"] = dt.date(2020, 1, 1)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    assert cli_main(["check-content", str(course)]) == 0
    out = capsys.readouterr().out
    assert "WARNING" in out and "GB (United Kingdom)" in out and "2020-01-01" in out
    assert "US (United States)" not in out
