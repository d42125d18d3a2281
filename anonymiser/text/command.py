"""``anonymise text [FILE] [--terms FILE] [--report FILE] [--format text|json]``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from anonymiser.text.engine import anonymise_text


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("text", help="anonymise a text file (stdin when FILE is absent)")
    p.add_argument("file", nargs="?", type=Path)
    p.add_argument("--terms", type=Path, help="file of sensitive terms, one per line")
    p.add_argument("--report", type=Path, help="write the JSON report (with original spans) here")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    text = args.file.read_text(encoding="utf-8") if args.file else sys.stdin.read()
    terms: list[str] = []
    if args.terms:
        terms = [line.strip() for line in args.terms.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = anonymise_text(text, terms=terms)
    if args.report:
        args.report.write_text(json.dumps(result.report(include_original=True), indent=2), encoding="utf-8")
    if args.format == "json":
        json.dump({"text": result.text, **result.report()}, sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(result.text)
    return 0
