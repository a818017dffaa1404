"""`python -m bot migrate-db`: copy the SQLite database into PostgreSQL, with a progress bar."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

from tqdm import tqdm

from settings.config import load_config
from storage.copy import describe, migrate_to_postgres
from storage.db import DatabaseProblem, is_postgres_url

EXAMPLE_URL = "postgresql://user:password@host:5432/dbname"


HELP = "copy the SQLite database into PostgreSQL (safe while the bot runs, safe to re-run)"


def configure(parser: argparse.ArgumentParser) -> None:
    """The command's options, on the parser `python -m bot` made for it."""
    parser.add_argument(
        "--to",
        dest="url",
        help=f"the PostgreSQL database, e.g. {EXAMPLE_URL} (default: DATABASE_URL)",
    )
    parser.add_argument("--database", help="the SQLite file (default: DATABASE_PATH)")


def migrate_db(args: argparse.Namespace) -> int:
    """Copy, print the rows of each table on both sides; 0 if every table matches."""
    config = load_config()
    url = args.url or config.database_url
    if not url:
        print(f"Give the database to copy into: --to {EXAMPLE_URL}", file=sys.stderr)
        return 2
    if not is_postgres_url(url):  # never echoed: it may hold a password
        print(f"--to must be a PostgreSQL URL, e.g. {EXAMPLE_URL}", file=sys.stderr)
        return 2
    source = Path(args.database) if args.database else config.database_path
    bar: tqdm | None = None  # type: ignore[type-arg]

    def progress(rows: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            # Shown once a copy has taken a second, and only on a terminal (disable=None).
            bar = tqdm(
                total=total, unit=" rows", unit_scale=True, delay=1.0, disable=None, file=sys.stderr
            )
        bar.update(rows)

    try:
        report = asyncio.run(migrate_to_postgres(source, url, progress))
    except DatabaseProblem as exc:
        print(f"Cannot copy: {exc}", file=sys.stderr)
        return 1
    finally:
        if bar is not None:
            bar.close()
    print("\n".join(describe(report)))
    if not report.matches:
        print(
            "Some tables differ (marked MISMATCH): did something write to the target meanwhile?"
            " Run the command again with the bots stopped.",
            file=sys.stderr,
        )
        return 1
    print(
        "Every table matches. To switch: stop the bot, run this again (it copies only what"
        " changed), set DATABASE_URL and start the bot."
    )
    return 0
