"""The committed datasets are exactly what their generator scripts produce."""

from __future__ import annotations

import importlib.util
from datetime import date, datetime
from types import ModuleType

import pytest
import yaml
from openpyxl import load_workbook

from tests.seed import catalogue_rules as rules

DATASET_DIR = rules.SEED_DIR / "datasets"


def _load_script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, DATASET_DIR / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


MAKE_DATASETS = _load_script("make_datasets")
MAKE_XLSX = _load_script("make_xlsx")


@pytest.mark.parametrize("name", sorted(MAKE_DATASETS.generators()))
def test_committed_csv_matches_its_generator(name):
    committed = (DATASET_DIR / name).read_bytes().decode("utf-8")
    assert MAKE_DATASETS.render(name) == committed


def test_every_committed_csv_has_a_generator():
    committed = {p.name for p in DATASET_DIR.glob("*.csv")}
    assert committed == set(MAKE_DATASETS.generators())


def _as_date(value: object) -> object:
    return value.date() if isinstance(value, datetime) else value


def test_committed_xlsx_matches_its_generator():
    workbook = load_workbook(DATASET_DIR / "fenland-mrna-lots.xlsx", read_only=True)
    try:
        cells = [[_as_date(v) for v in row] for row in workbook.worksheets[0].iter_rows(values_only=True)]
    finally:
        workbook.close()
    expected = [MAKE_XLSX.HEADER, *([None if v == "" else v for v in row] for row in MAKE_XLSX.rows())]
    assert cells == expected
    assert isinstance(cells[1][4], date)


@pytest.mark.parametrize("name", sorted(MAKE_DATASETS.generators()))
def test_metric_columns_stay_inside_their_metric_ranges(name):
    side = yaml.safe_load((DATASET_DIR / name).with_suffix(".yaml").read_text(encoding="utf-8"))
    header, rows = rules.read_table(DATASET_DIR / name)
    for column, metric in side["metrics"].items():
        low, high = rules.METRIC_RANGES[metric]
        values = [float(r[header.index(column)]) for r in rows]
        assert low <= min(values) and max(values) <= high, column
