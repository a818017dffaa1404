"""Placeholder: filled in by the admin feature."""

from __future__ import annotations


def handlers() -> list:
    return []
