"""The command line: run the bot (or the offline demo), check and preview content, back up."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ask import SynonymsError, load_synonyms
from bot.logs import setup_logging
from content.loader import MESSAGE_LIMIT, PART_LIMIT, ContentError, load_course
from content.markup import plain_text, telegram_length
from content.models import Checkpoint, Course, Lesson, Quiz
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
    from content.lint import lint

    directory, course = _load_for_authors(args)
    try:
        synonyms = load_synonyms(directory)
    except SynonymsError as exc:
        print(exc, file=sys.stderr)
        return 1
    if course is None:
        return 1
    problems = lint(course)
    if problems:
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        print(f"content breaks the writing rules ({count}):", file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    parts = sum(len(lesson.messages) for lesson in course.lessons)
    print(
        f"OK: {directory}: {len(course.lessons)} lessons ({parts} parts), "
        f"{len(course.checkpoints)} checkpoints, {len(course.pages)} pages, "
        f"{len(course.sources)} sources, {len(synonyms.groups)} synonym groups"
    )
    return 0


def _preview(args: argparse.Namespace) -> int:
    _directory, course = _load_for_authors(args)
    if course is None:
        return 1
    what = args.lesson_id
    if what in (None, "lessons", "all"):
        lessons = course.lessons
    elif course.lesson(what) is not None:
        lessons = (course.lesson(what),)
    else:
        lessons = ()
    pages = course.pages.values() if what in (None, "pages", "all") else ()
    if what in course.pages:
        pages = (course.pages[what],)
    checkpoints = course.checkpoints if what in (None, "checkpoints", "all") else ()
    if course.checkpoint(what or "") is not None:
        checkpoints = (course.checkpoint(what),)
    crisis = what in (None, "crisis", "all")
    if not (lessons or pages or checkpoints or crisis):
        known = ", ".join(item.id for item in course.lessons)
        print(
            f"No lesson {what!r}. Lesson ids: {known}. Also: a page ({', '.join(course.pages)}),"
            " a checkpoint id, or lessons, pages, checkpoints, crisis",
            file=sys.stderr,
        )
        return 1
    for lesson in lessons:
        _preview_lesson(course, lesson)
    for checkpoint in checkpoints:
        _preview_checkpoint(checkpoint)
    for page in pages:
        print(f"══ page /{page.command} (pages.yaml) " + "═" * 40)
        print(f"── {telegram_length(page.html)}/{MESSAGE_LIMIT} chars")
        print(plain_text(page.html))
        print()
    if crisis:
        print("══ crisis (crisis.yaml) " + "═" * 40)
        for label, text in (
            ("message", course.crisis.html),
            ("someone_else", course.crisis.someone_else_html),
            ("grounding", course.crisis.grounding_html),
        ):
            print(f"── {label}: {telegram_length(text)} chars")
            print(plain_text(text))
        print()
    return 0


def _preview_lesson(course: Course, lesson: Lesson) -> None:
    import views

    print(f"══ {lesson.id} ({lesson.path.name}) " + "═" * 40)
    for index in range(len(lesson.messages)):
        text, keyboard = views.lesson_part(lesson, index)
        length = telegram_length(text)
        flag = "OK" if length <= PART_LIMIT else "TOO LONG"
        print(f"── part {index + 1}/{len(lesson.messages)}: {length}/{PART_LIMIT} chars {flag}")
        print(plain_text(text))
        _print_keyboard(keyboard)
    if lesson.recap is not None:
        _print_answers("recap", lesson.recap.quiz)
    if lesson.quiz is not None:
        text, keyboard = views.quiz_view(lesson)
        print(f"── check-in: {telegram_length(text)} chars")
        print(plain_text(text))
        _print_keyboard(keyboard)
        right = lesson.quiz.option(lesson.quiz.answer)
        print(f"   answer: {right.text if right else '?'}")
        _print_answers("check-in", lesson.quiz)
    if lesson.takeaway:
        print(f"   takeaway: {plain_text(lesson.takeaway)}")
    checkpoint = course.checkpoint_after(lesson.id)
    if checkpoint is not None:
        print(f"   then checkpoint {checkpoint.id!r}: {checkpoint.title}")
    print()


def _preview_checkpoint(checkpoint: Checkpoint) -> None:
    print(
        f"══ checkpoint {checkpoint.id} after {checkpoint.after} ({checkpoint.path.name}) "
        + "═" * 20
    )
    print(checkpoint.title)
    if checkpoint.intro:
        print(plain_text(checkpoint.intro))
    for number, question in enumerate(checkpoint.questions, start=1):
        print(f"── question {number}/{len(checkpoint.questions)} ({question.id})")
        print(plain_text(question.quiz.question))
        _print_answers("", question.quiz)
    print()


def _print_answers(label: str, quiz: Quiz) -> None:
    prefix = f"   {label} " if label else "   "
    for option in quiz.options:
        mark = "✓" if option.id == quiz.answer else "✗"
        feedback = plain_text(option.feedback) if option.feedback else "(no feedback)"
        print(f"{prefix}{mark} [{option.text}] {feedback}")
    if quiz.explanation:
        print(f"{prefix}explanation: {plain_text(quiz.explanation)}")


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
    preview.add_argument(
        "lesson_id",
        nargs="?",
        help="a lesson id, page, checkpoint id, or lessons|pages|checkpoints|crisis (default: all)",
    )
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
