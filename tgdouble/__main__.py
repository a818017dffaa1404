"""Run the Bot API double as a process of its own: ``python -m tgdouble --port 8081``.

Prints the base URL on the first line of standard output, then serves until SIGINT/SIGTERM.
Drive it through the control API under ``/_double/`` (see :mod:`tgdouble.control`).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal

from tgdouble.control import parse_ids, parse_per_chat
from tgdouble.server import DEFAULT_TOKEN, BotApiDouble

logger = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tgdouble", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081, help="0 picks a free port")
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per request")
    parser.add_argument("--global-rate", type=int, default=None, help="messages per second")
    parser.add_argument("--per-chat", type=parse_per_chat, default=None, help="e.g. 3/3")
    parser.add_argument("--users", type=parse_ids, default=[], help="e.g. 1000..4999")
    parser.add_argument("--log-level", default="WARNING")
    return parser


async def serve(args: argparse.Namespace) -> None:
    double = BotApiDouble(
        args.token,
        latency=args.latency,
        global_rate=args.global_rate,
        per_chat_limit=args.per_chat,
    )
    double.add_users(args.users)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await double.start(args.host, args.port)
    print(double.url, flush=True)
    logger.info("%d users pre-registered; base_url %s", len(args.users), double.base_url)
    try:
        await stop.wait()
    finally:
        await double.stop()


def main(argv: list[str] | None = None) -> None:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()
