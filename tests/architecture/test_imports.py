"""Layout rules import-linter's layers cannot state: no import circles, public PTB only."""

from __future__ import annotations

import ast
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = (
    "bot", "handlers", "views", "push", "crisis", "journey", "ask", "content", "storage",
    "settings", "tgdouble",
)  # fmt: skip


def test_no_import_circles_even_under_type_checking() -> None:
    graph = grimp.build_graph(*PACKAGES, exclude_type_checking_imports=False)
    circles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(imported=module, importer=imported):
                circles.append(f"{module} <-> {imported}")
    assert circles == []


@pytest.mark.parametrize("package", PACKAGES)
def test_only_public_python_telegram_bot_modules(package: str) -> None:
    private = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            private += [
                f"{path.relative_to(ROOT)}: {name}"
                for name in names
                if name.startswith("telegram") and any(p.startswith("_") for p in name.split("."))
            ]
    assert private == []
