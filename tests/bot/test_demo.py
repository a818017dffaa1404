"""The offline demo: `python -m bot demo` chats in the terminal through the double.

Each run is a process of its own with the script typed on a pipe, forked from a loaded bot
(tests.launcher); `python -m bot run` starting the demo in a real terminal is in test_startup.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from tests.launcher import Launcher


def run_demo(
    launcher: Launcher, tmp_path: Path, script: bytes
) -> subprocess.CompletedProcess[bytes]:
    """`python -m bot demo` with `script` typed in, on the database in `tmp_path`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(DATABASE_PATH=str(tmp_path / "bot.sqlite3"), NO_COLOR="1", LOG_LEVEL="WARNING")
    out, err = tmp_path / "demo.out", tmp_path / "demo.err"
    for path in (out, err):
        path.unlink(missing_ok=True)
    demo = launcher.start(["demo"], env, tmp_path, out, stderr=err, input=script)
    try:
        code = demo.wait(120)
    finally:
        demo.kill()
    return subprocess.CompletedProcess(["demo"], code, out.read_bytes(), err.read_bytes())


def test_demo_runs_the_course_in_the_terminal(tmp_path: Path, launcher: Launcher) -> None:
    # /start, tap "Start the course" (button 1 of the welcome, before the time picker arrives,
    # is not guaranteed), so use commands and the numbers of the latest buttons instead.
    result = run_demo(launcher, tmp_path, b"/start\n2\n1\n/next\n1\n/menu\n1\n/quit\n")
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 0, err[-2000:]
    assert "Offline demo" in out
    assert "Hi Friend!" in out
    assert "Which time zone are you in?" in out  # tapped 08:00 by number
    assert "All set: your daily lesson comes at" in out  # tapped London
    assert "Lesson 1 of" in out and "[1] Continue ▶" in out
    assert "(2/3)" in out  # Continue tapped by number
    assert "Pick a topic" in out
    assert "Traceback" not in out
    # On a loaded machine the long poll may time out and be retried; that is PTB's to log.
    ours = [line for line in err.splitlines() if " bot." in line or " handlers." in line]
    assert not [line for line in ours if "ERROR" in line], err[-2000:]
    assert (tmp_path / "demo.sqlite3").exists()


def test_the_demo_survives_what_used_to_crash_it_and_ends_with_the_input(
    tmp_path: Path, launcher: Launcher
) -> None:
    # The three sequences that used to end the demo with a traceback, bytes that are not UTF-8,
    # and no /quit: the end of the input ends the demo.
    script = b"/start\n7\n6\n\xff\xfe caf\xe9\n/stop\n1\n2\n/time\n7\n5\n3.2\n"
    result = run_demo(launcher, tmp_path, script)
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert "06:00 it is" in out  # "6" typed where a time is asked
    assert "Done: no more daily lessons" in out
    assert "Type the time you'd like" in out
    assert "message #3 has no buttons now" in out  # "3.2": the time picker, long answered
    assert "Traceback" not in out + result.stderr.decode()
    assert "the demo could not" not in out


def test_a_second_demo_run_on_the_same_database_is_answered(
    tmp_path: Path, launcher: Launcher
) -> None:
    """The bot remembers the update ids it handled; a new run's double must not reuse them."""
    outputs = []
    for script in (b"/start\n/quit\n", b"/menu\n/quit\n"):
        result = run_demo(launcher, tmp_path, script)
        assert result.returncode == 0, result.stderr.decode()[-2000:]
        outputs.append(result.stdout.decode())
    assert "Hi Friend!" in outputs[0]
    assert "Pick a topic" in outputs[1]
