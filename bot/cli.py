"""The command line: run the bot (or the offline demo), check and preview content, back up."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.logs import setup_logging
from content import helplines
from content.loader import PART_LIMIT, ContentError, load_course
from content.markup import plain_text, telegram_length
from content.models import Course
from settings.config import Config, ConfigError, load_config

logger = logging.getLogger(__name__)

# my_chat_member is what tells the bot that someone blocked or unblocked it.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


def _run(args: argparse.Namespace) -> int:
    config = load_config()
    if config.demo:
        return _demo(args)
    setup_logging(config.log_level, config.token)
    load_course(config.content_dir)  # fail fast with a clear message before connecting
    from bot.app import build_application

    application = build_application(config)
    if config.webhook_url:
        application.run_webhook(**webhook_options(config))
    else:
        application.run_polling(allowed_updates=ALLOWED_UPDATES)
    return 0


def webhook_options(config: Config) -> dict[str, Any]:
    """PTB's webhook server settings: Telegram posts to WEBHOOK_URL, the bot serves its path.

    The local server answers on the same path as the public address, so a reverse proxy in
    front forwards requests unchanged; requests without the secret header get 403.
    """
    if not (config.webhook_url and config.webhook_secret):
        raise ConfigError("webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET")
    return {
        "listen": config.webhook_listen,
        "port": config.webhook_port,
        "url_path": urlsplit(config.webhook_url).path.strip("/"),
        "webhook_url": config.webhook_url,
        "secret_token": config.webhook_secret,
        "allowed_updates": ALLOWED_UPDATES,
    }


def _demo(args: argparse.Namespace) -> int:
    config = load_config()
    # The terminal is the chat: log only what needs attention, unless LOG_LEVEL asks for more.
    setup_logging(config.log_level if os.environ.get("LOG_LEVEL") else "WARNING")
    from bot.demo import run_demo

    return asyncio.run(run_demo(config))


def _load_for_authors(args: argparse.Namespace) -> tuple[Path, Course | None]:
    """The course in the folder given on the command line (or CONTENT_DIR); None if invalid."""
    directory = Path(args.directory) if args.directory else load_config().content_dir
    try:
        return directory, load_course(directory)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return directory, None


def _check_content(args: argparse.Namespace) -> int:
    directory, course = _load_for_authors(args)
    if course is None:
        return 1
    parts = sum(len(lesson.messages) for lesson in course.lessons)
    print(
        f"OK: {directory}: {len(course.lessons)} lessons ({parts} parts), "
        f"{len(course.pages)} pages, {len(course.sources)} sources"
    )
    for warning in helplines.check(directory, datetime.date.today()):
        print(f"WARNING: {warning}")
    return 0


def _preview(args: argparse.Namespace) -> int:
    import views

    _directory, course = _load_for_authors(args)
    if course is None:
        return 1
    lessons = course.lessons
    if args.lesson_id:
        lesson = course.lesson(args.lesson_id)
        if lesson is None:
            known = ", ".join(item.id for item in course.lessons)
            print(f"No lesson {args.lesson_id!r}. Lesson ids: {known}", file=sys.stderr)
            return 1
        lessons = (lesson,)
    for lesson in lessons:
        print(f"══ {lesson.id} ({lesson.path.name}) " + "═" * 40)
        for index in range(len(lesson.messages)):
            text, keyboard = views.lesson_part(lesson, index)
            length = telegram_length(text)
            flag = "OK" if length <= PART_LIMIT else "TOO LONG"
            print(f"── part {index + 1}/{len(lesson.messages)}: {length}/{PART_LIMIT} chars {flag}")
            print(plain_text(text))
            _print_keyboard(keyboard)
        if lesson.quiz is not None:
            text, keyboard = views.quiz_view(lesson)
            print(f"── check-in: {telegram_length(text)} chars")
            print(plain_text(text))
            _print_keyboard(keyboard)
            right = lesson.quiz.option(lesson.quiz.answer)
            print(f"   answer: {right.text if right else '?'}")
            print(f"   explanation: {plain_text(lesson.quiz.explanation)}")
        print()
    return 0


def _print_keyboard(keyboard: object) -> None:
    rows = getattr(keyboard, "inline_keyboard", None) or ()
    for row in rows:
        print("   " + "  ".join(f"[{btn.text}]" for btn in row))


def _backup(args: argparse.Namespace) -> int:
    from storage.db import backup, connect

    config = load_config()
    source = Path(args.database) if args.database else config.database_path
    target = Path(args.path)
    if not source.is_file():
        print(f"No database at {source}", file=sys.stderr)
        return 1
    if target.is_dir():
        print(f"{target} is a folder; give the path of the copy to write", file=sys.stderr)
        return 1
    if target.exists() and target.resolve() == source.resolve():
        print("The copy must go to another file than the live database", file=sys.stderr)
        return 1

    # Written beside the target and renamed at the end, so a failed run never leaves a
    # half-written file where the previous good copy was.
    partial = target.with_name(target.name + ".partial")

    async def copy() -> None:
        db = await connect(source)
        try:
            await backup(db, partial)
        finally:
            await db.close()

    try:
        partial.unlink(missing_ok=True)
        asyncio.run(copy())
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        print(f"Backup of {source} to {target} failed: {exc}", file=sys.stderr)
        return 1
    print(f"Backed up {source} to {target}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description="The ketamine course Telegram bot."
    )
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot (the offline demo when no token is set)")
    sub.add_parser("demo", help="chat with the bot in the terminal, offline")
    check = sub.add_parser("check-content", help="validate the course files")
    check.add_argument("directory", nargs="?", help="content folder (default: CONTENT_DIR)")
    preview = sub.add_parser("preview", help="print the course as a subscriber sees it")
    preview.add_argument("lesson_id", nargs="?", help="only this lesson")
    preview.add_argument("--dir", dest="directory", help="content folder (default: CONTENT_DIR)")
    backup = sub.add_parser("backup", help="copy the live database safely")
    backup.add_argument("path", help="where to write the copy")
    backup.add_argument("--database", help="database file (default: DATABASE_PATH)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    commands = {
        None: _run,
        "run": _run,
        "demo": _demo,
        "check-content": _check_content,
        "preview": _preview,
        "backup": _backup,
    }
    try:
        return commands[args.command](args)
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
