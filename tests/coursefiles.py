"""A copy of the real course to break on purpose, and the loader's errors about it.

Shared by the tests of the course files (tests/content) and of the `asks` field (tests/ask).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from content.fields import ContentError
from content.loader import load_course

REAL_COURSE = Path(__file__).resolve().parents[1] / "content" / "ketamine"


def copy_course(folder: Path) -> Path:
    """The real course, copied into `folder`/course."""
    target = folder / "course"
    shutil.copytree(REAL_COURSE, target)
    return target


def edit_yaml(path: Path, change: Callable[[Any], None]) -> None:
    """Read a course file, let `change` edit its data, write it back."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def load_errors(directory: Path) -> list[str]:
    """The errors the loader gives for the course in `directory` (it must refuse it)."""
    with pytest.raises(ContentError) as info:
        load_course(directory)
    assert str(info.value).count("\n") == len(info.value.errors)  # a heading, then one per line
    return info.value.errors
