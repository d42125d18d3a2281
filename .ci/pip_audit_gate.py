#!/usr/bin/env python3
"""Run pip-audit on the project's environment and decide: fail on any known vulnerability, warn
loudly (but pass) when packages could not be audited, never hang.

Usage: pip_audit_gate.py [--python PATH] [--timeout SECONDS] [--from-json FILE]

Exit 0: nothing known, or nothing could be checked (loud warning); 1: a known vulnerability;
2: pip-audit is missing.

pip-audit needs PyPI's per-version JSON API (or OSV). Where only the package-level API is
reachable, it reports every package as "could not be audited" and exits 0: that is not a clean
bill of health, so this gate says so in capitals. ``--from-json`` judges a saved report instead
of running pip-audit (for tests and for re-checking a report made elsewhere).
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

PASS, FAIL, MISCONFIGURED = 0, 1, 2


def verdict(report: dict[str, Any]) -> tuple[int, list[str]]:
    """The exit status and the lines to print for one pip-audit JSON report."""
    dependencies = report.get("dependencies", [])
    vulnerable = [(d["name"], d.get("version", "?"), v) for d in dependencies for v in d.get("vulns", [])]
    skipped = [d for d in dependencies if d.get("skip_reason")]
    audited = len(dependencies) - len(skipped)
    lines = [f"pip-audit: {len(dependencies)} packages, {audited} audited, {len(skipped)} could not be audited"]
    if vulnerable:
        lines.append(f"FAIL: {len(vulnerable)} known vulnerabilities:")
        for name, version, vuln in vulnerable:
            fixes = ", ".join(vuln.get("fix_versions", [])) or "no fixed version yet"
            lines.append(f"  {name} {version}: {vuln.get('id', '?')} (fixed in: {fixes})")
        return FAIL, lines
    if skipped:
        lines += _banner(f"WARNING: {len(skipped)} of {len(dependencies)} packages were NOT AUDITED "
                         "(the vulnerability database was not reachable?). This is not a clean result: "
                         "run pip-audit where PyPI's per-version API or OSV is reachable.")
        lines += [f"  not audited: {d['name']}: {d['skip_reason']}" for d in skipped[:10]]
        if len(skipped) > 10:
            lines.append(f"  … and {len(skipped) - 10} more")
    else:
        lines.append("No known vulnerabilities.")
    return PASS, lines


def _banner(message: str) -> list[str]:
    bar = "!" * 78
    return [bar, message, bar]


def run_pip_audit(pip_audit: str, timeout: float) -> tuple[dict[str, Any] | None, str]:
    """pip-audit's JSON report for the environment it is installed in, or None and the reason."""
    command = [pip_audit, "--format", "json", "--progress-spinner", "off", "--skip-editable",
               "--timeout", "30"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)  # noqa: S603
    except subprocess.TimeoutExpired:
        return None, f"pip-audit did not finish within {timeout:.0f} s"
    try:
        return json.loads(done.stdout), ""
    except json.JSONDecodeError:
        return None, f"pip-audit failed (exit {done.returncode}): {done.stderr.strip()[-800:]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable,
                        help="the environment to audit: pip-audit installed beside this interpreter")
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("--from-json", type=Path)
    args = parser.parse_args(argv)
    if args.from_json:
        report, problem = json.loads(args.from_json.read_text()), ""
    else:
        pip_audit = shutil.which("pip-audit", path=str(Path(args.python).parent))
        if pip_audit is None:
            print(f"FAIL: pip-audit is not installed beside {args.python} (pip install -e '.[dev]')")
            return MISCONFIGURED
        report, problem = run_pip_audit(pip_audit, args.timeout)
    if report is None:
        print("\n".join(_banner(f"WARNING: NOT AUDITED: {problem}")))
        return PASS
    status, lines = verdict(report)
    print("\n".join(lines))
    return status


if __name__ == "__main__":
    sys.exit(main())
