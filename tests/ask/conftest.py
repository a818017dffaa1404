"""The index of the real course, built once for the ask tests that only read it."""

from __future__ import annotations

import pytest

from ask import CourseIndex
from content.loader import load_course
from tests.ask.answers import REAL_COURSE


@pytest.fixture(scope="session")
def index() -> CourseIndex:
    return CourseIndex.build(load_course(REAL_COURSE))
