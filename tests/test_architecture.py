"""The three rings: anonymiser/ and search/ never load exchange or Flask; domain code never
imports Flask; migrations match the models."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("package", ["anonymiser", "search"])
def test_library_imports_without_flask_or_exchange(package: str) -> None:
    code = (f"import sys, {package}, importlib, pkgutil\n"
            f"for m in pkgutil.walk_packages({package}.__path__, '{package}.'):\n"
            "    if not m.name.endswith('__main__'): importlib.import_module(m.name)\n"
            "bad = sorted(n for n in sys.modules if n.split('.')[0] in ('flask', 'exchange', 'werkzeug'))\n"
            "print(','.join(bad))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert result.stdout.strip() == ""


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted((ROOT / "exchange" / "domain").glob("*.py")), ids=lambda p: p.name)
def test_domain_modules_never_import_flask(path: Path) -> None:
    assert not {n for n in _imports(path) if n.split(".")[0] in ("flask", "flask_login", "werkzeug")}


@pytest.mark.parametrize("package", ["anonymiser", "search"])
def test_library_sources_never_import_exchange(package: str) -> None:
    for path in (ROOT / package).rglob("*.py"):
        assert not {n for n in _imports(path) if n.split(".")[0] == "exchange"}, path


def test_migrations_match_the_models(database_url: str) -> None:
    import exchange.models  # noqa: F401
    from exchange.db import Base

    engine = create_engine(database_url)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "include_object": _not_search_table})
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


def _not_search_table(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name and name.startswith("search_"))
