"""The offline demo: `python -m bot demo` chats in the terminal through the double."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_demo(tmp_path: Path, script: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot demo` with `script` typed in, on the database in `tmp_path`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(DATABASE_PATH=str(tmp_path / "bot.sqlite3"), NO_COLOR="1", LOG_LEVEL="WARNING")
    return subprocess.run(
        [sys.executable, "-m", "bot", "demo"],
        input=script,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )


def test_demo_runs_the_course_in_the_terminal(tmp_path: Path) -> None:
    # /start, tap "Start the course" (button 1 of the welcome, before the time picker arrives,
    # is not guaranteed), so use commands and the numbers of the latest buttons instead.
    result = run_demo(tmp_path, "/start\n2\n1\n/next\n1\n/menu\n1\n/quit\n")
    out = result.stdout
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Offline demo" in out
    assert "Hi Friend!" in out
    assert "Which time zone are you in?" in out  # tapped 08:00 by number
    assert "All set: your daily lesson comes at" in out  # tapped London
    assert "Lesson 1 of" in out and "[1] Continue ▶" in out
    assert "(2/3)" in out  # Continue tapped by number
    assert "Pick a topic" in out
    assert "Traceback" not in out
    # On a loaded machine the long poll may time out and be retried; that is PTB's to log.
    ours = [line for line in result.stderr.splitlines() if " bot." in line or " handlers." in line]
    assert not [line for line in ours if "ERROR" in line], result.stderr[-2000:]
    assert (tmp_path / "demo.sqlite3").exists()


def test_the_demo_survives_what_used_to_crash_it_and_ends_with_the_input(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "WEBHOOK_"))}
    env.update(DATABASE_PATH=str(tmp_path / "bot.sqlite3"), NO_COLOR="1", LOG_LEVEL="WARNING")
    # The three sequences that used to end the demo with a traceback, bytes that are not UTF-8,
    # and no /quit: the end of the input ends the demo.
    script = b"/start\n7\n6\n\xff\xfe caf\xe9\n/stop\n1\n2\n/time\n7\n5\n3.2\n"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "demo"],
        input=script,
        capture_output=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    assert "06:00 it is" in out  # "6" typed where a time is asked
    assert "Done: no more daily lessons" in out
    assert "Type the time you'd like" in out
    assert "message #3 has no buttons now" in out  # "3.2": the time picker, long answered
    assert "Traceback" not in out + result.stderr.decode()
    assert "the demo could not" not in out


def test_a_second_demo_run_on_the_same_database_is_answered(tmp_path: Path) -> None:
    """The bot remembers the update ids it handled; a new run's double must not reuse them."""
    outputs = []
    for script in ("/start\n/quit\n", "/menu\n/quit\n"):
        result = run_demo(tmp_path, script)
        assert result.returncode == 0, result.stderr[-2000:]
        outputs.append(result.stdout)
    assert "Hi Friend!" in outputs[0]
    assert "Pick a topic" in outputs[1]
