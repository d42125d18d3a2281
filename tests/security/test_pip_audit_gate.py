"""The CI gate around pip-audit: a known vulnerability fails, an unaudited environment passes with
a loud warning, a clean one passes quietly."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

GATE = Path(__file__).resolve().parents[2] / ".ci" / "pip_audit_gate.py"
SKIPPED = {"name": "flask", "skip_reason": "Dependency not found on PyPI and could not be audited: flask (3.1.0)"}
CLEAN = {"name": "flask", "version": "3.1.0", "vulns": []}
VULNERABLE = {"name": "jinja2", "version": "3.1.2", "vulns": [
    {"id": "GHSA-h5c8-rqwp-cp95", "fix_versions": ["3.1.3"], "aliases": ["CVE-2024-22195"], "description": "xss"}]}


def _gate(tmp_path: Path, *dependencies: dict) -> subprocess.CompletedProcess[str]:
    report = tmp_path / "report.json"
    report.write_text(json.dumps({"dependencies": list(dependencies), "fixes": []}))
    return subprocess.run([sys.executable, str(GATE), "--from-json", str(report)],  # noqa: S603
                          capture_output=True, text=True, timeout=60, check=False)


def test_a_known_vulnerability_fails_the_build(tmp_path: Path) -> None:
    result = _gate(tmp_path, CLEAN, VULNERABLE, SKIPPED)
    assert result.returncode == 1
    assert "GHSA-h5c8-rqwp-cp95" in result.stdout and "3.1.3" in result.stdout


def test_unaudited_packages_pass_with_a_loud_warning(tmp_path: Path) -> None:
    result = _gate(tmp_path, SKIPPED, {**SKIPPED, "name": "jinja2"})
    assert result.returncode == 0
    assert "2 of 2 packages were NOT AUDITED" in result.stdout and "!!!!" in result.stdout


@pytest.mark.parametrize("dependencies", [[CLEAN], []])
def test_a_clean_report_passes_quietly(tmp_path: Path, dependencies: list[dict]) -> None:
    result = _gate(tmp_path, *dependencies)
    assert result.returncode == 0 and "No known vulnerabilities." in result.stdout
    assert "NOT AUDITED" not in result.stdout


def test_a_missing_pip_audit_is_a_configuration_error(tmp_path: Path) -> None:
    lonely = tmp_path / "bin" / "python"
    lonely.parent.mkdir()
    lonely.symlink_to(sys.executable)
    result = subprocess.run([sys.executable, str(GATE), "--python", str(lonely)],  # noqa: S603
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 2 and "not installed" in result.stdout


def test_a_hanging_pip_audit_is_cut_off_with_a_warning(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    hang = bin_dir / "pip-audit"
    hang.write_text(f"#!{sys.executable}\nimport time\ntime.sleep(120)\n")
    hang.chmod(0o755)
    result = subprocess.run([sys.executable, str(GATE), "--python", str(bin_dir / "python"), "--timeout", "1"],  # noqa: S603
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and "NOT AUDITED: pip-audit did not finish within 1 s" in result.stdout
