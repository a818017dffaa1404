"""`python -m tests.forker`: a fork server for the bots the tests run as processes of their own.

It loads the bot and compiles the crisis rules once, then answers each request line on stdin,
a JSON object {"argv", "env", "cwd", "log", "stderr", "input"}, by forking. The child becomes
`python -m bot ARGV` in ``cwd`` with exactly ``env``, its output appended to ``log`` (its
standard error too, unless ``stderr`` names another file), ``input`` (bytes as latin-1 text, or
null for none) on a pipe as its standard input; and it exits as that would (the interpreter's
own shutdown: threads joined, atexit run). The server writes one JSON line per
event on stdout: {"ready": pid} once loaded, {"started": pid} per request, {"exited": pid,
"code": c} when a child ends (c negative when a signal ended it, as in subprocess). When its
stdin closes it kills the children still running and exits, so no bot outlives the tests.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import sys
from typing import Any


def _send(message: dict[str, Any]) -> None:
    os.write(1, (json.dumps(message) + "\n").encode())


def _reap(children: set[int]) -> None:
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        children.discard(pid)
        _send({"exited": pid, "code": os.waitstatus_to_exitcode(status)})


def serve() -> dict[str, Any] | None:
    """Fork for each request; returns the request in a child, None in the server at the end."""
    wake_read, wake_write = os.pipe()
    os.set_blocking(wake_write, False)
    signal.signal(signal.SIGCHLD, lambda signum, frame: None)
    signal.set_wakeup_fd(wake_write)
    selector = selectors.DefaultSelector()
    selector.register(0, selectors.EVENT_READ)
    selector.register(wake_read, selectors.EVENT_READ)
    children: set[int] = set()
    pending = b""
    _send({"ready": os.getpid()})
    while True:
        for key, _ in selector.select():
            if key.fd == wake_read:
                os.read(wake_read, 4096)
                _reap(children)
                continue
            chunk = os.read(0, 1 << 16)
            if not chunk:
                for pid in children:
                    os.kill(pid, signal.SIGKILL)
                return None
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                request = json.loads(line)
                pid = os.fork()
                if pid == 0:
                    selector.close()
                    signal.set_wakeup_fd(-1)
                    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
                    os.close(wake_read)
                    os.close(wake_write)
                    return request
                children.add(pid)
                _send({"started": pid})


def become_the_bot(request: dict[str, Any]) -> None:
    """In the child: `python -m bot ARGV` as the request says (never returns)."""
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    os.environ.setdefault("PTB_TIMEDELTA", "1")  # as bot/__main__.py
    typed = request["input"].encode("latin-1") if request["input"] is not None else None
    if typed is None:
        into = os.open(os.devnull, os.O_RDONLY)
    else:  # a pipe, as `subprocess.run(input=...)` gives; what fits its buffer is written now
        assert len(typed) < 65536, "the input must fit a pipe's buffer"
        into, typing = os.pipe()
        os.write(typing, typed)
        os.close(typing)
    os.dup2(into, 0)
    os.close(into)
    for fd, path in ((1, request["log"]), (2, request["stderr"] or request["log"])):
        out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.dup2(out, fd)
        os.close(out)
    # As PYTHONUNBUFFERED=1: the tests read the log while the bot runs.
    sys.stdin = open(0, closefd=False)
    sys.stdout = open(1, "w", buffering=1, closefd=False)
    sys.stderr = open(2, "w", buffering=1, closefd=False)
    from bot.cli import main

    raise SystemExit(main(list(request["argv"])))


if __name__ == "__main__":
    import tests.preloaded  # noqa: F401  (the bot's modules, and the rules compiled)

    job = serve()
    if job is not None:
        become_the_bot(job)
