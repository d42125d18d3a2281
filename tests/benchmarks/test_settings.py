"""Benchmark configuration: defaults, EXCHANGE_ overrides, refusals, and the rules built from it."""
from __future__ import annotations

from pathlib import Path

import pytest

from exchange.benchmarks.settings import settings_from_config
from exchange.config import ConfigError, load_config


def test_defaults(tmp_path: Path) -> None:
    config = load_config(tmp_path)
    assert (config["P_PERCENT"], config["QUANTILE_MIN_GROUP_SIZE"], config["BENCHMARK_MIN_AGE_MONTHS"]) == (15.0, 10, 3)
    settings = settings_from_config(config)
    assert settings.rules.min_organisations == 5 and settings.rules.quantile_min_organisations == 10
    assert settings.rules.p_percent == 15.0 and settings.min_age_months == 3
    assert settings.perturbation is not None and len(settings.perturbation.secret) == 32


def test_environment_overrides(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for key, value in {"P_PERCENT": "20", "QUANTILE_MIN_GROUP_SIZE": "12", "BENCHMARK_MIN_AGE_MONTHS": "0",
                       "MIN_GROUP_SIZE": "7", "BENCHMARK_COMPARE_RATE_LIMIT": "5 per hour"}.items():
        monkeypatch.setenv(f"EXCHANGE_{key}", value)
    config = load_config(tmp_path)
    settings = settings_from_config(config)
    assert (settings.rules.p_percent, settings.rules.quantile_min_organisations, settings.min_age_months) == (20.0, 12, 0)
    assert settings.rules.min_organisations == 7 and config["BENCHMARK_COMPARE_RATE_LIMIT"] == "5 per hour"


@pytest.mark.parametrize(("key", "value"), [("P_PERCENT", "100"), ("P_PERCENT", "-1"), ("P_PERCENT", "lots"),
                                            ("QUANTILE_MIN_GROUP_SIZE", "0"), ("BENCHMARK_MIN_AGE_MONTHS", "-1"),
                                            ("BENCHMARK_MIN_AGE_MONTHS", "three")])
def test_bad_values_are_refused(tmp_path: Path, key: str, value: str) -> None:
    with pytest.raises(ConfigError, match=f"EXCHANGE_{key}"):
        load_config(tmp_path, {key: value})


def test_quartile_minimum_never_falls_below_the_group_minimum(tmp_path: Path) -> None:
    settings = settings_from_config(load_config(tmp_path, {"MIN_GROUP_SIZE": 8, "QUANTILE_MIN_GROUP_SIZE": 3}))
    assert settings.rules.quantile_min_organisations == 8


def test_cell_key_secret_follows_the_secret_key(tmp_path: Path) -> None:
    one = settings_from_config({"SECRET_KEY": "one"}).perturbation
    two = settings_from_config({"SECRET_KEY": "two"}).perturbation
    assert one and two and one.secret != two.secret and b"one" not in one.secret


def test_benchmark_modules_never_import_flask_except_the_web_edge() -> None:
    import ast

    root = Path(__file__).resolve().parents[2] / "exchange" / "benchmarks"
    for path in root.glob("*.py"):
        if path.name in ("web.py", "forms.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        names |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        assert not {n for n in names if n.split(".")[0] in ("flask", "flask_login", "flask_wtf", "werkzeug")}, path
