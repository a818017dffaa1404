"""Two bot instances on one PostgreSQL database behind a TLS-terminating proxy, and a failover.

Run from the repository root: ``python -m bench.instances``. What deploy/postgresql/ sets up
with Caddy, played out on this machine: a PostgreSQL server (started as tests/pgserver.py
starts it), the Bot API double posting updates by webhook to https://127.0.0.1:<port>/, a small
stand-in for Caddy here (aiohttp, a self-signed certificate, "first instance that is up", as
`lb_policy first`), and two `python -m bot run` processes serving the webhook on two ports.

A subscriber starts the course (instance 1 answers); instance 1 is killed with SIGKILL; the
subscriber writes again and instance 2 answers through the proxy. Printed: which instance
pushes, who answered, and how long the answer took after the kill. Nothing is asserted.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
from aiohttp import web

from bench.push import PROJECT, TOKEN, DoubleProcess
from tests.pgserver import PgServer

SECRET = "bench-instances-secret"
USER = 100_000  # the first of the double's users (bench.push.FIRST_CHAT)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, as the proxy's (and the double's trusted CA)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@asynccontextmanager
async def proxy(port: int, upstreams: list[int], cert: Path, key: Path) -> AsyncIterator[list[int]]:
    """TLS on `port`, each request to the first upstream that accepts it; yields who served."""
    served: list[int] = []
    session = aiohttp.ClientSession()

    async def forward(request: web.Request) -> web.Response:
        body = await request.read()
        keep = ("content-type", "x-telegram-bot-api-secret-token")
        headers = {k: v for k, v in request.headers.items() if k.lower() in keep}
        for upstream in upstreams:
            try:
                url = f"http://127.0.0.1:{upstream}{request.path}"
                async with session.post(url, data=body, headers=headers) as response:
                    served.append(upstream)
                    return web.Response(status=response.status, body=await response.read())
            except aiohttp.ClientConnectorError:
                continue  # down: the next one
        return web.Response(status=502)

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", forward)
    runner = web.AppRunner(app)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port, ssl_context=context).start()
    try:
        yield served
    finally:
        await runner.cleanup()
        await session.close()


async def instance(
    port: int, url: str, hook: str, double: str, log: Path
) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "WEBHOOK_"))}
    env.update(
        TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=f"{double}/bot", DATABASE_URL=url,
        DATABASE_PATH=str(log.parent / "bot.sqlite3"), WEBHOOK_URL=hook, WEBHOOK_SECRET=SECRET,
        WEBHOOK_PORT=str(port), LOG_LEVEL="INFO", PYTHONUNBUFFERED="1",
    )  # fmt: skip
    with log.open("w") as out:
        return await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "run", cwd=PROJECT, env=env,
            stdin=asyncio.subprocess.DEVNULL, stdout=out, stderr=out,
        )  # fmt: skip


async def wait_for_line(log: Path, text: str) -> None:
    async with asyncio.timeout(60):
        while text not in await asyncio.to_thread(log.read_text):  # noqa: ASYNC110 (a file)
            await asyncio.sleep(0.1)


async def main() -> None:
    server = PgServer()
    why = server.unavailable()
    if why:
        print(f"bench.instances needs a PostgreSQL server: {why}")
        return
    server.start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            await run(server, Path(tmp))
    finally:
        server.stop()


async def run(server: PgServer, folder: Path) -> None:
    cert, key = certificate(folder)
    os.environ["SSL_CERT_FILE"] = str(cert)  # the double (a child process) trusts the proxy
    url = server.fresh_database()
    front, ports = free_port(), [free_port(), free_port()]
    hook = f"https://127.0.0.1:{front}/telegram/hook"
    logs = [folder / "instance-1.log", folder / "instance-2.log"]
    async with DoubleProcess.start(0.0, 1) as double, proxy(front, ports, cert, key) as served:
        first = await instance(ports[0], url, hook, double.url, logs[0])
        await wait_for_line(logs[0], "Application started")
        second = await instance(ports[1], url, hook, double.url, logs[1])
        await wait_for_line(logs[1], "Application started")
        try:
            pushers = [("Another bot process pushes" not in log.read_text()) for log in logs]
            print(f"instances pushing: {[n + 1 for n, p in enumerate(pushers) if p]} of [1, 2]")
            await double.call("send", {"user_id": USER, "text": "/start"})
            got = await double.call("wait", {"user_id": USER, "count": 2, "timeout": 20})
            print(f"/start: {len(got['messages'])} messages, served by port(s) {set(served)}"
                  f" (instance 1: {ports[0]})")  # fmt: skip
            first.send_signal(signal.SIGKILL)
            await first.wait()
            killed = time.perf_counter()
            await double.call("send", {"user_id": USER, "text": "/start"})
            got = await double.call("wait", {"user_id": USER, "count": 1, "timeout": 30})
            seconds = time.perf_counter() - killed
            text = got["messages"][0]["text"] if got["messages"] else "(nothing)"
            print(f"after SIGKILL of instance 1: answered in {seconds * 1000:.0f} ms by port"
                  f" {served[-1]} (instance 2: {ports[1]}): {text.splitlines()[0]!r}")  # fmt: skip
        finally:
            for process in (first, second):
                if process.returncode is None:
                    process.terminate()
                    await process.wait()


if __name__ == "__main__":
    asyncio.run(main())
