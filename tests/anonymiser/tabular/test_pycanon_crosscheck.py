"""pycanon agrees with our own measurement of the output files.

pycanon pins its own dependency versions, so it lives in ``.venv-pycanon`` at the repository root
(see bench/pycanon_crosscheck.py); this test runs only where that environment exists.
"""
import json
import random
import subprocess
from pathlib import Path

import pytest

from anonymiser.tabular import anonymise_table
from tests.anonymiser.tabular.tables import QUASI, SENSITIVE, kpi_rows

ROOT = Path(__file__).resolve().parents[3]
PYCANON_PYTHON = ROOT / ".venv-pycanon" / "bin" / "python"


def cases(tmp_path: Path) -> list[tuple[dict[str, object], int, int, object]]:
    rnd = random.Random(5)
    unique = [["Batch size", "Batch date", "Result"]]
    unique += [[str(i), f"2024-02-{(i % 28) + 1:02d}", "pf"[i % 2]] for i in range(1, 80)]
    dominant = kpi_rows(300, 31, classes=("none",) * 49 + ("major",))
    spread = [["Batch size", "Site", "Result"]] + [[str(rnd.randint(1, 10**6)), rnd.choice("ABCDEFG"), rnd.choice("xyz")]
                                                    for _ in range(500)]
    specs = [
        (kpi_rows(400, 30), 5, 2, QUASI, SENSITIVE, {}),
        (dominant, 5, 2, QUASI, SENSITIVE, {}),
        (unique, 4, 2, ["Batch size", "Batch date"], ["Result"], {"Batch size": "quasi", "Result": "sensitive"}),
        (spread, 10, 3, ["Batch size", "Site"], ["Result"], {"Site": "quasi", "Batch size": "quasi", "Result": "sensitive"}),
    ]
    out = []
    for i, (rows, k, l, quasi, sensitive, roles) in enumerate(specs):
        path = tmp_path / f"case{i}.csv"
        result = anonymise_table(rows, k=k, l=l, roles=roles)
        result.write_csv(path)
        out.append(({"path": str(path), "quasi": quasi, "sensitive": sensitive}, k, l, result.report))
    return out


@pytest.mark.skipif(not PYCANON_PYTHON.exists(), reason="pycanon environment .venv-pycanon not installed")
def test_pycanon_measures_the_same_k_and_l_on_output_files(tmp_path: Path) -> None:
    built = cases(tmp_path)
    answer = subprocess.run(
        [str(PYCANON_PYTHON), str(ROOT / "bench" / "pycanon_crosscheck.py")],
        input=json.dumps([c for c, *_ in built]), capture_output=True, text=True, check=True, timeout=120,
    )
    measured = json.loads(answer.stdout)
    for (_, k, l, report), seen in zip(built, measured, strict=True):
        assert seen["k"] >= k and seen["l"] >= l
        assert seen["k"] == report.k_achieved
        assert seen["l"] == min(report.l_achieved.values())
