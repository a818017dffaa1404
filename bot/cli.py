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

from telegram import Bot
from telegram.error import InvalidToken, NetworkError

from ask import SynonymsError, load_synonyms
from ask.synonyms import off_topic_asked
from bot import migrate
from bot.eventloop import new_event_loop
from bot.logs import setup_logging
from content import helplines
from content.loader import MESSAGE_LIMIT, PART_LIMIT, ContentError, load_course
from content.markup import plain_text, telegram_length
from content.models import Checkpoint, Course, Lesson, Quiz
from handlers.commands import check_pages
from settings.config import Config, ConfigError, load_config
from settings.redact import redact_tokens
from storage.db import DatabaseProblem

logger = logging.getLogger(__name__)

# my_chat_member is what tells the bot that someone blocked or unblocked it.
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member"]


class StartupError(Exception):
    """The bot cannot start; the message is one line for the operator (never the token)."""


def _run(args: argparse.Namespace) -> int:
    config = load_config()
    if config.demo:
        if not sys.stdin.isatty():
            # Under a service manager stdin is /dev/null: a demo would wait for a person forever.
            raise StartupError(
                "TELEGRAM_BOT_TOKEN is not set: set it to the token from @BotFather to run the "
                "bot (the offline demo needs a terminal: run `make run` in one)"
            )
        return _demo(args)
    setup_logging(config.log_level, config.token)
    check_pages(load_course(config.content_dir))  # fail fast and clearly, before connecting
    asyncio.run(check_bot_api(config))
    from bot.app import PROBLEM_KEY, build_application
    from bot.webhook import run_webhook

    application = build_application(config)
    try:
        if config.webhook_url:
            run_webhook(application, **webhook_options(config))
        else:
            asyncio.set_event_loop(new_event_loop())  # run_polling runs on the loop set here
            application.run_polling(allowed_updates=ALLOWED_UPDATES)
    except DatabaseProblem as exc:
        raise StartupError(str(exc)) from None
    except (InvalidToken, NetworkError) as exc:  # the API went away between the check and here
        raise StartupError(_api_problem(config, exc)) from None
    if problem := application.bot_data.get(PROBLEM_KEY):  # found while the bot started
        raise StartupError(problem)
    return 0


async def check_bot_api(config: Config) -> None:
    """Ask the Bot API who we are (getMe), so a bad token or no network is one line, not 200.

    python-telegram-bot's own start-up logs these failures with several chained tracebacks,
    the last of which quotes the token.
    """
    bot = Bot(config.token or "", base_url=config.api_base_url)
    try:
        await bot.initialize()
    except (InvalidToken, NetworkError) as exc:
        raise StartupError(_api_problem(config, exc)) from None
    finally:
        with contextlib.suppress(Exception):
            await bot.shutdown()


def _api_problem(config: Config, exc: Exception) -> str:
    where = urlsplit(config.api_base_url)
    server = f"{where.scheme}://{where.netloc}"
    if isinstance(exc, InvalidToken):
        return (
            f"the Bot API at {server} rejected TELEGRAM_BOT_TOKEN; copy the token again from "
            "@BotFather (a revoked token stops working at once)"
        )
    reason = redact_tokens(getattr(exc, "message", "") or str(exc) or type(exc).__name__)
    return (
        f"cannot reach the Bot API at {server} ({reason}); check the network, a proxy or "
        "firewall, and TELEGRAM_API_BASE_URL"
    )


def webhook_options(config: Config) -> dict[str, Any]:
    """The webhook server's settings: Telegram posts to WEBHOOK_URL, the bot serves its path.

    The local server (bot/webhook.py) answers on the same path as the public address, so a
    reverse proxy in front forwards requests unchanged; requests without the secret header get
    403, bodies over 1 MB 413, anything that is not an update 400.
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
        return directory, check_pages(load_course(directory))
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
    asks = {f"lessons/{lesson.id}.yaml": lesson.asks for lesson in course.lessons}
    asks.update({f"pages.yaml: {command}": page.asks for command, page in course.pages.items()})
    line_errors, line_warnings = helplines.check(directory, datetime.date.today())
    if line_errors:
        # A wrong entry costs its country the local lines: an error, not a warning.
        count = f"{len(line_errors)} problem{'s' if len(line_errors) != 1 else ''}"
        print(f"the crisis lines are invalid ({count}):", file=sys.stderr)
        for error in line_errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    problems = lint(course) + off_topic_asked(synonyms, asks)
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
    for warning in line_warnings:
        print(f"WARNING: {warning}")
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
            ("overdose", course.crisis.overdose_html),
            ("someone_overdose", course.crisis.someone_overdose_html),
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
    if config.database_url and not args.database:
        print(
            "DATABASE_URL is set: the data is in PostgreSQL; back it up with pg_dump"
            ' (e.g. pg_dump --format=custom --file=bot.dump "$DATABASE_URL")',
            file=sys.stderr,
        )
        return 1
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
    migrate.configure(sub.add_parser("migrate-db", help=migrate.HELP))
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
        "migrate-db": migrate.migrate_db,
    }
    try:
        return commands[args.command](args)
    except ConfigError as exc:
        print(f"Configuration error: {exc}", file=sys.stderr)
        return 2
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    except StartupError as exc:
        print(f"Cannot start: {redact_tokens(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
