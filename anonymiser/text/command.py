"""``anonymise text [FILE] [--terms FILE] [--policy FILE] [--report FILE] [--format text|json]``.

Redacted text (or, with ``--format json``, the text and the report without original spans) goes to
stdout; ``--report`` writes the full report, original spans included, for the contributor's own
side-by-side review. Bad input raises an ``AnonymiserError`` that ``anonymiser.cli`` turns into a
one-line message and exit status 2.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from anonymiser.errors import InvalidInput
from anonymiser.tabular.gc_pause import gc_paused
from anonymiser.text.engine import MAX_INPUT_BYTES, anonymise_text
from anonymiser.text.policy import Policy


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("text", help="anonymise a text file (stdin when FILE is absent)")
    p.add_argument("file", nargs="?", type=Path)
    p.add_argument("--terms", type=Path, help="file of sensitive terms, one per line")
    p.add_argument("--policy", type=Path, help="YAML policy (actions, allow-list, recognisers)")
    p.add_argument("--report", type=Path, help="write the JSON report (with original spans) here")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run)


def _read(path: Path | None) -> str:
    raw = path.read_bytes() if path else sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InvalidInput("input is not UTF-8 text") from exc


def run(args: argparse.Namespace) -> int:
    text = _read(args.file)
    terms = [line.strip() for line in _read(args.terms).splitlines() if line.strip()] if args.terms else []
    policy = Policy.from_yaml(args.policy) if args.policy else None
    # (the command anonymises one text in a process of its own, and a run leaves no reference cycle: the cyclic
    # collector, whose full collections walk every word list loaded, ~0.1-0.2 s each, has nothing to find meanwhile)
    with gc_paused():
        result = anonymise_text(text, terms=terms, policy=policy)
    if args.report:
        args.report.write_text(json.dumps(result.report(include_original=True), indent=2, ensure_ascii=False),
                               encoding="utf-8")
    if args.format == "json":
        json.dump({"text": result.text, **result.report()}, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(result.text)
    return 0
