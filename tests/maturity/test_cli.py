"""``exchange maturity load FILE`` and the built-in frameworks after ``exchange db upgrade``."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from exchange.cli import main
from exchange.models import MaturityFramework
from tests.maturity.test_framework_file import MINIMAL


@pytest.fixture()
def env(app, database_url: str, tmp_path: Path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EXCHANGE_DATABASE_URL", database_url)
    monkeypatch.setenv("EXCHANGE_DATA_DIR", str(tmp_path / "cli"))
    return tmp_path


def test_load_command_loads_a_framework_once(env: Path, session) -> None:
    path = env / "tiny.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    first = CliRunner().invoke(main, ["maturity", "load", str(path)])
    again = CliRunner().invoke(main, ["maturity", "load", str(path)])
    assert first.exit_code == 0 and "Framework tiny version 1 loaded" in first.output
    assert again.exit_code == 0 and "already loaded" in again.output
    assert session.scalar(select(MaturityFramework.slug)) == "tiny"


def test_load_command_refuses_a_malformed_file_with_its_line(env: Path, session) -> None:
    path = env / "bad.yaml"
    path.write_text(MINIMAL.replace("name: Dimension", "name: Dimension: two"), encoding="utf-8")
    result = CliRunner().invoke(main, ["maturity", "load", str(path)])
    assert result.exit_code == 1 and "bad.yaml: Line 12: not valid YAML" in result.output
    assert session.scalar(select(MaturityFramework)) is None


def test_db_upgrade_loads_the_builtin_frameworks(env: Path, session) -> None:
    result = CliRunner().invoke(main, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert set(session.scalars(select(MaturityFramework.slug))) == {"siri", "acatech-industrie40", "plant-maturity"}
