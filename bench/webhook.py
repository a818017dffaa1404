"""Webhook memory under hostile posts: python-telegram-bot's server against ours (bot/webhook.py).

Run from the repository root: ``python -m bench.webhook``. Each server runs in a process of its
own with the real bot behind it (the Bot API double on loopback); six clients at once each post
95 MB with no secret header. Printed: the process's resident memory before, its peak (VmHWM),
and what the clients got back. Nothing is asserted; the script prints and exits 0.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

from bot.app import build_application, running
from bot.cli import webhook_options
from bot.webhook import serving
from settings.config import DEFAULT_CONTENT_DIR, Config
from tgdouble.server import BotApiDouble

TOKEN = "123456789:BENCH-token-for-the-local-double-only"
BODY = 95 * 1024 * 1024
CLIENTS = 6


def memory_mb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) // 1024
    return -1


async def hostile_post(port: int) -> str:
    """Post BODY bytes without the secret; what came back (a status line or a reset)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    head = (
        f"POST /hook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {BODY}\r\n\r\n"
    )
    writer.write(head.encode("ascii"))
    chunk, sent = b" " * (1 << 20), 0
    try:
        while sent < BODY:
            writer.write(chunk)
            sent += len(chunk)
            await writer.drain()
        answer = (await asyncio.wait_for(reader.readline(), 60)).decode().strip()
    except (ConnectionError, OSError) as exc:
        answer = f"connection closed by the server after {sent >> 20} MB ({type(exc).__name__})"
    writer.close()
    return answer


async def measure(server: str) -> None:
    double = BotApiDouble(token=TOKEN)
    await double.start()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    folder = Path(tempfile.mkdtemp(prefix="bench-webhook-"))
    config = Config(
        token=TOKEN,
        database_path=folder / "bot.sqlite3",
        content_dir=DEFAULT_CONTENT_DIR,
        api_base_url=double.base_url,
        webhook_url="https://bot.example.org/hook",
        webhook_secret="bench-secret",
        webhook_port=port,
        push_tick_seconds=3600,
    )
    application = build_application(config, push=False)
    options = webhook_options(config)
    try:
        if server == "ptb":
            async with running(application):
                assert application.updater is not None
                await application.updater.stop()
                await application.updater.start_webhook(**options)
                await report(server, port)
        else:
            async with serving(application, **options):
                await report(server, port)
    finally:
        await double.stop()


async def report(server: str, port: int) -> None:
    before = memory_mb("VmRSS")
    answers = await asyncio.gather(*(hostile_post(port) for _ in range(CLIENTS)))
    print(f"{server}: {before} MB before, {memory_mb('VmHWM')} MB at the peak; clients got:")
    for answer in sorted(set(answers)):
        print(f"    {answers.count(answer)} x {answer}")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.webhook", description=__doc__)
    parser.add_argument("--server", choices=["ptb", "ours"], help="measure one, in this process")
    args = parser.parse_args()
    if args.server:
        asyncio.run(measure(args.server))
        return
    print(f"{CLIENTS} clients at once, each posting {BODY >> 20} MB without the secret header")
    for server in ("ptb", "ours"):
        subprocess.run([sys.executable, "-m", "bench.webhook", "--server", server], check=True)


if __name__ == "__main__":
    main()
