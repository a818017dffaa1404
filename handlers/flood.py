"""Placeholder: per-user flood control."""

from __future__ import annotations

GROUP = -20


def handlers() -> list:
    return []
