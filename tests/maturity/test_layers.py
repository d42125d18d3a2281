"""The maturity domain modules never import Flask; only the web, forms and CLI edges do."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_architecture import ROOT, _imports

EDGES = {"web.py", "forms.py", "cli.py"}
DOMAIN = sorted(p for p in (ROOT / "exchange" / "maturity").glob("*.py") if p.name not in EDGES)


@pytest.mark.parametrize("path", DOMAIN, ids=lambda p: p.name)
def test_maturity_domain_modules_never_import_flask(path: Path) -> None:
    assert not {n for n in _imports(path) if n.split(".")[0] in ("flask", "flask_login", "flask_wtf", "werkzeug")}


def test_the_edges_exist_and_everything_else_is_checked() -> None:
    names = {p.name for p in (ROOT / "exchange" / "maturity").glob("*.py")}
    assert EDGES <= names and len(DOMAIN) == len(names) - len(EDGES) >= 10
