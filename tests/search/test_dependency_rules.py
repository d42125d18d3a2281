"""`search/` never imports exchange, anonymiser or Flask, and only its whoosh backend imports whoosh."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SEARCH = Path(__file__).resolve().parents[2] / "search"
FORBIDDEN = ("exchange", "anonymiser", "flask")


def imported_roots(path: Path) -> set[str]:
    roots: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("path", sorted(SEARCH.rglob("*.py")), ids=lambda p: str(p.relative_to(SEARCH)))
def test_search_modules_respect_the_import_rules(path: Path):
    roots = imported_roots(path)
    assert not roots & set(FORBIDDEN)
    if "whoosh" in roots:
        assert path.parent.name == "whoosh_index"
    if "psycopg" in roots:
        assert path.parent.name == "pg_index"


def test_importing_search_loads_neither_flask_nor_a_backend():
    code = ("import sys, search; "
            "print(sorted(m for m in ('flask', 'exchange', 'anonymiser', 'whoosh', 'psycopg') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=SEARCH.parent)
    assert out.stdout.strip() == "[]"
