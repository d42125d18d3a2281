import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_tabular_and_disclosure_import_neither_flask_nor_the_application() -> None:
    code = (
        "import sys, anonymiser.tabular, anonymiser.disclosure, anonymiser.cli\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('flask', 'exchange', 'search', 'pandas')]\n"
        "print(','.join(bad))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert done.stdout.strip() == ""
