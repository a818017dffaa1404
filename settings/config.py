"""Configuration from environment variables (and `.env` when present).

Every setting has one place here; a missing or malformed value raises `ConfigError` whose message
is a single line telling the operator what to set.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import find_dotenv, load_dotenv

from settings.redact import redact_tokens

DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_CONTENT_DIR = Path(__file__).resolve().parent.parent / "content" / "ketamine"
DEFAULT_DATABASE_PATH = Path("data/bot.sqlite3")
TELEGRAM_BULK_RATE = 30.0  # messages per second Telegram allows a bot overall
PAID_BROADCAST_RATE = 1000.0  # with allow_paid_broadcast
MAX_PORT = 65535  # TCP ports run from 1 to 65535; the OS would pick another port for more


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says what to set."""

    def __init__(self, message: str) -> None:
        # Messages echo the bad value, and a URL may carry the token in its path.
        super().__init__(redact_tokens(message))


@dataclass(frozen=True)
class Config:
    """Everything the bot needs to run, validated."""

    token: str | None = None
    database_path: Path = DEFAULT_DATABASE_PATH
    database_url: str | None = None  # postgresql://…: PostgreSQL instead of the SQLite file
    checkpoint_seconds: float = 60.0  # how often the -wal file is folded into the main file
    content_dir: Path = DEFAULT_CONTENT_DIR
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    log_level: str = "INFO"
    api_base_url: str = DEFAULT_API_BASE_URL
    push_rate: float = 25.0
    push_concurrency: int = 32
    push_batch_size: int = 200
    push_tick_seconds: float = 10.0
    # PostgreSQL: another process's push claim counts as abandoned only after this long
    push_claim_ttl_seconds: float = 300.0
    paid_broadcast: bool = False
    data_retention_days: int = 365
    webhook_url: str | None = None
    webhook_secret: str | None = None
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443

    @property
    def database(self) -> Path | str:
        """Where the data lives: DATABASE_URL's server if set, else the SQLite file."""
        return self.database_url or self.database_path

    @property
    def demo(self) -> bool:
        """True when no token is set: the bot runs against the local Bot API double."""
        return not self.token


def _database_url(env: Mapping[str, str]) -> str | None:
    """DATABASE_URL, which must be a postgresql:// URL; never echoed, as it holds a password."""
    raw = env.get("DATABASE_URL", "").strip()
    if not raw:
        return None
    scheme = raw.split("://", 1)[0].lower() if "://" in raw else ""
    if scheme not in ("postgresql", "postgres"):
        raise ConfigError(
            "DATABASE_URL must start with postgresql:// (e.g. postgresql://user:password@host"
            "/dbname); leave it unset to use the SQLite file at DATABASE_PATH"
        )
    return raw


def _int(
    env: Mapping[str, str], name: str, default: int, minimum: int = 0, maximum: int | None = None
) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ConfigError(f"{name} must be at most {maximum}, got {value}")
    return value


def _float(env: Mapping[str, str], name: str, default: float, minimum: float) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be at least {minimum}, got {value}")
    return value


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false, got {raw!r}")


def _token(env: Mapping[str, str]) -> str | None:
    raw = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    if not raw:
        return None
    head, _, tail = raw.partition(":")
    if not (head.isdigit() and len(tail) >= 20):
        # Never echo the value: it may be a real token with a typo.
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a BotFather token (digits:secret); "
            "copy it again from @BotFather, or unset it to run the offline demo"
        )
    return raw


def _admin_ids(env: Mapping[str, str]) -> frozenset[int]:
    raw = env.get("ADMIN_IDS", "").strip()
    ids: set[int] = set()
    for item in filter(None, (part.strip() for part in raw.replace(";", ",").split(","))):
        try:
            ids.add(int(item))
        except ValueError:
            raise ConfigError(
                f"ADMIN_IDS must be comma-separated numeric Telegram user ids, got {item!r}"
            ) from None
    return frozenset(ids)


def load_config(env: Mapping[str, str] | None = None, *, dotenv: bool = True) -> Config:
    """Build a Config from `env` (default: the process environment, after loading `.env`)."""
    if env is None:
        if dotenv:
            # The working directory first: an installed package lives far from the deployment's
            # `.env`, and find_dotenv() on its own searches upward from this file only.
            load_dotenv(find_dotenv(usecwd=True) or find_dotenv(), override=False)
        env = os.environ

    log_level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if not isinstance(logging.getLevelName(log_level), int):
        raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, got {log_level!r}")

    api_base_url = env.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL
    if not api_base_url.startswith(("http://", "https://")):
        raise ConfigError(
            f"TELEGRAM_API_BASE_URL must start with http:// or https://, got {api_base_url!r}"
        )

    content_dir = Path(env.get("CONTENT_DIR", "").strip() or DEFAULT_CONTENT_DIR)
    if not content_dir.is_dir():
        raise ConfigError(f"CONTENT_DIR {str(content_dir)!r} is not a folder")

    paid = _bool(env, "PUSH_PAID_BROADCAST", False)
    ceiling = PAID_BROADCAST_RATE if paid else TELEGRAM_BULK_RATE
    push_rate = _float(env, "PUSH_RATE", 25.0, minimum=0.1)
    if push_rate > ceiling:
        raise ConfigError(
            f"PUSH_RATE {push_rate:g} is above Telegram's ceiling of {ceiling:g} messages/s"
            + ("" if paid else "; set PUSH_PAID_BROADCAST=true to go up to 1000")
        )

    webhook_url = env.get("WEBHOOK_URL", "").strip() or None
    webhook_secret = env.get("WEBHOOK_SECRET", "").strip() or None
    if webhook_url and not webhook_url.startswith("https://"):
        raise ConfigError(f"WEBHOOK_URL must be an https:// address, got {webhook_url!r}")
    if webhook_url and not webhook_secret:
        raise ConfigError(
            "WEBHOOK_URL is set, so WEBHOOK_SECRET must be set too (1-256 of A-Z a-z 0-9 _ -)"
        )
    if webhook_secret and not (
        len(webhook_secret) <= 256
        and all(ch.isascii() and (ch.isalnum() or ch in "_-") for ch in webhook_secret)
    ):
        raise ConfigError("WEBHOOK_SECRET may hold only 1-256 of A-Z a-z 0-9 _ -")

    return Config(
        token=_token(env),
        database_path=Path(env.get("DATABASE_PATH", "").strip() or DEFAULT_DATABASE_PATH),
        database_url=_database_url(env),
        checkpoint_seconds=_float(env, "DATABASE_CHECKPOINT_SECONDS", 60.0, minimum=0.1),
        content_dir=content_dir,
        admin_ids=_admin_ids(env),
        log_level=log_level,
        api_base_url=api_base_url,
        push_rate=push_rate,
        push_concurrency=_int(env, "PUSH_CONCURRENCY", 32, minimum=1),
        push_batch_size=_int(env, "PUSH_BATCH_SIZE", 200, minimum=1),
        push_tick_seconds=_float(env, "PUSH_TICK_SECONDS", 10.0, minimum=0.05),
        push_claim_ttl_seconds=_float(env, "PUSH_CLAIM_TTL_SECONDS", 300.0, minimum=1.0),
        paid_broadcast=paid,
        data_retention_days=_int(env, "DATA_RETENTION_DAYS", 365, minimum=0),
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        webhook_listen=env.get("WEBHOOK_LISTEN", "").strip() or "127.0.0.1",
        webhook_port=_int(env, "WEBHOOK_PORT", 8443, minimum=1, maximum=MAX_PORT),
    )
