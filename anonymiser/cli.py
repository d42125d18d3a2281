"""The offline ``anonymise`` command. Each subcommand lives beside the code it drives."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from anonymiser.errors import AnonymiserError
from anonymiser.tabular import command as table_command
from anonymiser.text import command as text_command

EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="anonymise", description="Anonymise text or tables offline.")
    sub = parser.add_subparsers(dest="command", required=True)
    text_command.add_parser(sub)
    table_command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except (AnonymiserError, OSError, UnicodeDecodeError) as exc:
        print(f"anonymise: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
