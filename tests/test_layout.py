"""The package layout issue 9 asks for: few top-level modules, every room says what it holds."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "wirecoder"


def test_at_most_eight_top_level_modules():
    modules = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(modules) <= 8, modules


def test_every_subpackage_has_a_docstring():
    missing = []
    for init in sorted(PACKAGE.rglob("__init__.py")):
        if "__pycache__" in init.parts:
            continue
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
        if not doc or len(doc.split()) < 4:
            missing.append(str(init.relative_to(PACKAGE)))
    assert not missing, missing
