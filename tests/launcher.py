"""Bots run as processes of their own, forked from one that has already loaded the bot.

A `python -m bot run` spends about four seconds of CPU before it answers anyone: importing
python-telegram-bot, and above all compiling the crisis rules. The tests that kill, stop and
restart bots start some forty of them, which on two cores was half of the suite's time. So each
test worker starts one fork server (`python -m tests.forker`) that loads the bot and compiles
the rules once, and each bot is a fork of it.

A forked bot is still a process of its own: it has its own database connections and event loop,
runs `bot.cli.main` exactly as `python -m bot` does, and is killed, signalled and restarted as
the real one. Its output goes to a log file. The tests about the command line itself (start-up
without a token, `check-content`, the demo) still run `python -m bot`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]


class BotRun:
    """One forked bot: its pid, signals, its output and its exit code (negative: the signal that
    ended it, as in subprocess)."""

    def __init__(self, launcher: Launcher, pid: int, log: Path) -> None:
        self._launcher = launcher
        self.pid = pid
        self.log = log

    def poll(self) -> int | None:
        """The exit code, or None while it runs."""
        return self._launcher.exit_code(self.pid)

    def send_signal(self, signum: int) -> None:
        if self.poll() is None:
            os.kill(self.pid, signum)

    def wait(self, timeout: float) -> int:
        """The exit code, once it has ended; TimeoutError if that takes over ``timeout`` s."""
        return self._launcher.wait(self.pid, timeout)

    async def wait_async(self, seconds: float) -> int:
        """``wait`` without holding up the test's event loop (where the double may run)."""
        return await asyncio.to_thread(self.wait, seconds)

    def kill(self) -> None:
        """SIGKILL unless it has ended, and wait for that: no bot outlives its test."""
        if self.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.pid, signal.SIGKILL)
            self.wait(10)

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""


class Launcher:
    """This worker's fork server (see the module docstring), started on first use."""

    def __init__(self) -> None:
        self._server: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()  # one request at a time: replies come in order
        self._started: queue.Queue[int] = queue.Queue()
        self._ended: dict[int, int] = {}
        self._changed = threading.Condition()

    def _start_server(self) -> subprocess.Popen[bytes]:
        server = subprocess.Popen(
            [sys.executable, "-m", "tests.forker"],
            cwd=PROJECT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert server.stdout is not None
        ready = json.loads(server.stdout.readline() or b"null")
        if not (isinstance(ready, dict) and "ready" in ready):
            raise RuntimeError(f"the fork server did not start (exit code {server.wait()})")
        threading.Thread(target=self._listen, args=(server,), daemon=True).start()
        return server

    def _listen(self, server: subprocess.Popen[bytes]) -> None:
        assert server.stdout is not None
        for line in server.stdout:
            event = json.loads(line)
            if "started" in event:
                pid = int(event["started"])
                with self._changed:  # a pid is used again once its process is gone
                    self._ended.pop(pid, None)
                self._started.put(pid)
            elif "exited" in event:
                with self._changed:
                    self._ended[int(event["exited"])] = int(event["code"])
                    self._changed.notify_all()

    def start(
        self,
        argv: Sequence[str],
        env: Mapping[str, str],
        cwd: Path,
        log: Path,
        *,
        stderr: Path | None = None,
        input: bytes | None = None,
    ) -> BotRun:
        """`python -m bot ARGV` in ``cwd`` with exactly ``env``; its output appended to ``log``
        (standard error too, unless ``stderr`` is given); ``input`` typed on a pipe."""
        request = {
            "argv": list(argv),
            "env": dict(env),
            "cwd": str(cwd),
            "log": str(log),
            "stderr": None if stderr is None else str(stderr),
            "input": None if input is None else input.decode("latin-1"),
        }
        with self._lock:
            if self._server is None:
                self._server = self._start_server()
            assert self._server.stdin is not None
            self._server.stdin.write(json.dumps(request).encode() + b"\n")
            self._server.stdin.flush()
            pid = self._started.get(timeout=30)
        return BotRun(self, pid, log)

    def exit_code(self, pid: int) -> int | None:
        with self._changed:
            return self._ended.get(pid)

    def wait(self, pid: int, timeout: float) -> int:
        with self._changed:
            if not self._changed.wait_for(lambda: pid in self._ended, timeout):
                raise TimeoutError(f"bot {pid} still running after {timeout} s")
            return self._ended[pid]

    def close(self) -> None:
        """End the server; it kills any bot still running."""
        if self._server is not None:
            assert self._server.stdin is not None
            self._server.stdin.close()
            self._server.wait(30)
            self._server = None
