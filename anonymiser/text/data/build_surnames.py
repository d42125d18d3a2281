"""Rebuild data/surnames.txt.gz: the most common surnames of the 1990 United States census, lower case,
one per line, most common first. Run by hand when the source changes (needs the ``names`` package of the
dev extras, which ships the census file):

    python -m anonymiser.text.data.build_surnames

The census list is in the public domain; it holds the surnames of a country of many origins (English,
Irish, Scottish, Welsh, German, Polish, Italian, Indian, Chinese …), which is what a log-in made of an
initial and a surname ("jwyche", "amchenry", "dsuda2") is read against.
"""
from __future__ import annotations

import gzip
import sys
from importlib import resources
from pathlib import Path

OUT = Path(__file__).with_name("surnames.txt.gz")
COUNT = 20_000
NOTICE = """\
# The 20,000 most common surnames of the 1990 United States census (public domain; the file dist.all.last
# as the ``names`` package ships it), lower case, most common first. Built by build_surnames.py.
"""


def surnames(lines: list[str], count: int = COUNT) -> list[str]:
    """The first ``count`` names of a census file (name, frequency, cumulative frequency, rank), in lower case."""
    names = [line.split()[0].lower() for line in lines if line.strip()]
    return [name for name in names if name.isalpha()][:count]


def main() -> int:
    try:
        source = resources.files("names").joinpath("dist.all.last")
        lines = source.read_text(encoding="ascii").splitlines()
    except ModuleNotFoundError:
        print("the names package is missing: pip install -e '.[dev]'", file=sys.stderr)
        return 2
    body = NOTICE + "\n".join(surnames(lines)) + "\n"
    OUT.write_bytes(gzip.compress(body.encode("ascii"), mtime=0))
    print(f"wrote {OUT} ({COUNT} surnames)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
