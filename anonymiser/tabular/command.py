"""``anonymise table FILE --out FILE [--k N] [--l N] [--columns FILE] [--report FILE]``."""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from anonymiser.errors import InvalidInput
from anonymiser.tabular.columns_file import ColumnsSpec, load_columns_file
from anonymiser.tabular.engine import anonymise_table
from anonymiser.tabular.pseudonym import KEY_BYTES, new_key


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("table", help="anonymise a CSV or XLSX table to k-anonymity and l-diversity")
    p.add_argument("file", type=Path)
    p.add_argument("--out", type=Path, required=True, help="anonymised CSV to write")
    p.add_argument("--k", type=int, default=5, help="minimum equivalence-class size (default 5)")
    p.add_argument("--l", type=int, default=2, help="minimum distinct sensitive values per class (default 2)")
    p.add_argument("--columns", type=Path, help="JSON or YAML file: column → role (and hierarchies)")
    p.add_argument("--report", type=Path, help="write the JSON report here")
    p.add_argument("--sheet", help="XLSX sheet name (default: the first sheet)")
    p.add_argument("--suppression-budget", type=float, default=0.05, help="share of rows that may be suppressed")
    p.add_argument("--key-file", type=Path,
                   help="pseudonymisation key (created, mode 0600, when missing) "
                        "for identifiers listed under 'pseudonymise'")
    p.set_defaults(run=run)


def read_or_create_key(path: Path) -> bytes:
    if path.exists():
        key = path.read_bytes()
        if len(key) < KEY_BYTES:
            raise InvalidInput(f"the key file must hold at least {KEY_BYTES} bytes")
        return key
    key = new_key()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(key)
    return key


def run(args: argparse.Namespace) -> int:
    spec = load_columns_file(args.columns) if args.columns else ColumnsSpec()
    if spec.pseudonymise and not args.key_file:
        raise InvalidInput("columns to pseudonymise need --key-file (the per-dataset key)")
    key = read_or_create_key(args.key_file) if args.key_file else None
    result = anonymise_table(args.file, k=args.k, l=args.l, columns=spec, sheet=args.sheet,
                             suppression_budget=args.suppression_budget, key=key)
    result.write_csv(args.out)
    if args.report:
        args.report.write_text(json.dumps(result.report.as_dict(), indent=2), encoding="utf-8")
    return 0
