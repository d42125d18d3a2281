"""The dataset domain modules hold no HTTP: only web.py, forms.py and api.py may import Flask."""
from __future__ import annotations

import ast

import pytest

from exchange.app import REPO_ROOT

DOMAIN = ("upload.py", "records.py", "service.py", "processing.py", "views.py")


@pytest.mark.parametrize("name", DOMAIN)
def test_dataset_domain_modules_never_import_flask(name: str) -> None:
    tree = ast.parse((REPO_ROOT / "exchange" / "datasets" / name).read_text(encoding="utf-8"))
    modules = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    modules |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert not {m for m in modules if m.split(".")[0] in ("flask", "flask_login", "flask_wtf", "werkzeug")}
