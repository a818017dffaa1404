"""Configuration: defaults, `.env` files, and one clear line for each malformed setting."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from dotenv import dotenv_values

from bot import cli
from settings.config import DEFAULT_CONTENT_DIR, ConfigError, load_config

SECRET = "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
TOKEN = f"123456789:{SECRET}"


@pytest.fixture
def environ(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """A process environment of our own, in a folder without `.env`, undone after the test."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    for name in ("LOG_LEVEL", "ADMIN_IDS", "CONTENT_DIR", "DATABASE_PATH", "PUSH_RATE"):
        env.pop(name, None)
    monkeypatch.setattr(os, "environ", env)
    monkeypatch.chdir(tmp_path)
    return env


def test_defaults_run_the_offline_demo() -> None:
    config = load_config({})
    assert config.token is None and config.demo
    assert config.log_level == "INFO"
    assert config.content_dir == DEFAULT_CONTENT_DIR and config.content_dir.is_dir()
    assert config.database_path == Path("data/bot.sqlite3")
    assert config.admin_ids == frozenset()
    assert config.push_rate <= 30 and not config.paid_broadcast
    assert config.webhook_url is None and config.webhook_secret is None


def test_a_dotenv_file_configures_everything(tmp_path: Path) -> None:
    content = tmp_path / "course"
    content.mkdir()
    env_file = tmp_path / ".env"
    env_file.write_text(
        "# settings for the bot\n"
        f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
        "ADMIN_IDS=11, 22;33\n"
        "LOG_LEVEL=debug\n"
        f'CONTENT_DIR="{content}"\n'
        "DATABASE_PATH=/var/lib/bot/bot.sqlite3\n"
        "PUSH_RATE=12.5\n"
        "DATABASE_CHECKPOINT_SECONDS=30\n"
        "WEBHOOK_URL=https://bot.example.org/\n"
        "WEBHOOK_SECRET=s3cret_value-1\n",
        encoding="utf-8",
    )
    config = load_config(dotenv_values(env_file))
    assert config.token == TOKEN and not config.demo
    assert config.admin_ids == frozenset({11, 22, 33})
    assert config.log_level == "DEBUG"
    assert config.content_dir == content
    assert config.database_path == Path("/var/lib/bot/bot.sqlite3")
    assert config.push_rate == 12.5
    assert config.checkpoint_seconds == 30.0
    assert (config.webhook_url, config.webhook_secret) == (
        "https://bot.example.org/",
        "s3cret_value-1",
    )


def test_the_dotenv_file_in_the_working_folder_is_read(environ: dict[str, str]) -> None:
    Path(".env").write_text("LOG_LEVEL=warning\nADMIN_IDS=5\n", encoding="utf-8")
    config = load_config()
    assert (config.log_level, config.admin_ids) == ("WARNING", frozenset({5}))


def test_the_environment_wins_over_the_dotenv_file(environ: dict[str, str]) -> None:
    Path(".env").write_text("LOG_LEVEL=warning\n", encoding="utf-8")
    environ["LOG_LEVEL"] = "ERROR"
    assert load_config().log_level == "ERROR"


def test_paid_broadcast_raises_the_push_rate_ceiling() -> None:
    config = load_config({"PUSH_RATE": "500", "PUSH_PAID_BROADCAST": "true"})
    assert config.push_rate == 500 and config.paid_broadcast


WEBHOOK = {"WEBHOOK_URL": "https://bot.example.org/", "WEBHOOK_SECRET": "abc"}
BAD_SETTINGS = [  # (variable, bad value, other settings it needs)
    pytest.param("TELEGRAM_BOT_TOKEN", f"123456789{SECRET}", {}, id="token-without-colon"),
    pytest.param("TELEGRAM_BOT_TOKEN", f"bot12345:{SECRET}", {}, id="token-letters-first"),
    pytest.param("TELEGRAM_BOT_TOKEN", f"123456789:{SECRET[:8]}", {}, id="token-too-short"),
    pytest.param("ADMIN_IDS", "123, @someone", {}, id="admin-ids-not-numbers"),
    pytest.param("LOG_LEVEL", "LOUD", {}, id="log-level-unknown"),
    pytest.param("PUSH_RATE", "31", {}, id="push-rate-above-30"),
    pytest.param("PUSH_RATE", "fast", {}, id="push-rate-not-a-number"),
    pytest.param("PUSH_PAID_BROADCAST", "maybe", {}, id="paid-broadcast-not-a-bool"),
    pytest.param("WEBHOOK_URL", WEBHOOK["WEBHOOK_URL"], {}, id="webhook-without-secret"),
    pytest.param("WEBHOOK_URL", f"http://bot.example.org/{TOKEN}", WEBHOOK, id="webhook-http"),
    pytest.param("WEBHOOK_SECRET", "not secret!", WEBHOOK, id="webhook-secret-characters"),
    pytest.param("TELEGRAM_API_BASE_URL", f"api.telegram.org/bot{TOKEN}", {}, id="api-no-scheme"),
    pytest.param("WEBHOOK_PORT", "https", {}, id="port-not-a-number"),
    pytest.param("WEBHOOK_PORT", "99999", {}, id="port-above-65535"),
    pytest.param("WEBHOOK_PORT", "65536", {}, id="port-just-above-65535"),
    pytest.param("WEBHOOK_PORT", "0", {}, id="port-zero"),
    pytest.param("DATA_RETENTION_DAYS", "-1", {}, id="retention-negative"),
    pytest.param("DATA_RETENTION_DAYS", "a year", {}, id="retention-not-a-number"),
    pytest.param("DATABASE_CHECKPOINT_SECONDS", "0", {}, id="checkpoint-zero"),
    pytest.param("DATABASE_CHECKPOINT_SECONDS", "often", {}, id="checkpoint-not-a-number"),
]


@pytest.mark.parametrize(("variable", "value", "others"), BAD_SETTINGS)
def test_a_malformed_setting_is_one_line_naming_it_without_the_secret(
    variable: str, value: str, others: dict[str, str]
) -> None:
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, **others, variable: value}
    with pytest.raises(ConfigError) as info:
        load_config(env)
    message = str(info.value)
    assert message.startswith(f"{variable} "), message
    assert "\n" not in message
    assert SECRET[:8] not in message


@pytest.mark.parametrize("content_dir", ["missing-folder", "a-file.txt"])
def test_content_dir_must_be_a_folder(tmp_path: Path, content_dir: str) -> None:
    (tmp_path / "a-file.txt").write_text("not a folder", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^CONTENT_DIR '.*' is not a folder$"):
        load_config({"CONTENT_DIR": str(tmp_path / content_dir)})


def test_the_push_rate_message_says_how_to_go_faster() -> None:
    with pytest.raises(ConfigError, match="PUSH_PAID_BROADCAST=true"):
        load_config({"PUSH_RATE": "31"})


@pytest.mark.parametrize(
    ("variable", "value"), [("LOG_LEVEL", "LOUD"), ("TELEGRAM_BOT_TOKEN", f"oops:{SECRET}")]
)
def test_the_command_line_prints_one_line_and_exits_2(
    environ: dict[str, str], capsys: pytest.CaptureFixture[str], variable: str, value: str
) -> None:
    environ[variable] = value
    assert cli.main(["run"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"Configuration error: {variable} ")
    assert err.count("\n") == 1
    assert "Traceback" not in err and SECRET[:8] not in err
