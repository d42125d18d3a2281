"""Time of the text anonymiser on adversarial inputs near the 2 MB limit: one long word of capitals, runs
of initials, names and separators repeated, and numbers that differ in every copy (so that nothing read
once serves again). Each should take about as long as ordinary text of its size
(a few seconds per MB on this kind of machine); one that takes minutes is a scan that is quadratic in
the text, which a contributor could trigger with a single paste.

    python bench/anonymiser_adversarial.py [--mb 0.5] [--case NAME ...]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

# (the tree this script sits in is the one measured: to compare two trees, run each tree's own copy of the script)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import anonymiser  # noqa: E402
from anonymiser import anonymise_text  # noqa: E402

CASES = {
    "one long CamelCase word": "CleanSightVectorPlan",
    "initials and commas": "AB, ",
    "given names and commas": "Dave, Sunny, ",
    "slashed initials": "AB / CD / ",
    "initials in paragraphs": "AB\n\n",
    "bracketed initials": "(AB, CD, ",
    "dash and initials": "x. \u2013 AB / ",
    "log-ins after by": "by abcdefg, ",
    "initials and dates": "AB 12/12/12 ",
    "word-names and surnames": "Will Harper Rose Bishop ",
    "surname, given name": "Smith, John: ",
    "table cells": "| abcdef |",
    "numbers and brackets": "01236 814 500 (24 (24 ",
    # the readers of speech, scans, other languages and data (eighth session)
    "number words": "one two three four five six seven eight nine oh ",
    "spoken code": "b m p dash p k dash zero four one seven ",
    "spoken e-mail": "jo dot smith at acme dot co dot uk and ",
    "captions": "ok so tom oduya and bronwyn tudor said thanks to kwabena\n",
    "misread digits": "0l539 72O 664 I1O ",
    "csv rows": "a1,b2,cezeh,QC-CHEM,2024-01-01,NORMAL\n",
    "foreign lines": "Der Dauerlauf mit Faltschachteln und Bündel ist bestanden.\n",
    # (one row of addresses, each its own cell: every domain was checked against every address before it, quadratic in
    # the row; twentieth session)
    "addresses in one semicolon-separated row": ";www.velmark-example.com",
    # (addresses abroad: streets, postcodes and towns, US states; twentieth session)
    # (one run of hyphened words: the key of initials read a name's word to the run's end from every hyphen)
    "one run of hyphened words": "Aa-",
    "addresses abroad": "Velmarkstraße 14, 69117 Heidelberg; 62-300 Września; Mysuru 570001, India; Albany, NY 12207\n",
}
# Inputs whose every copy differs, so that nothing read in one copy serves another: the i-th copy.
VARYING = {
    "numbers and brackets, all different": lambda i: f"01236 8{i // 1000 % 10}{i // 100 % 10} {i % 100:02d}0 (24 (24 ",
    "misread digits, all different": lambda i: f"0l5{i // 1000 % 10}{i // 100 % 10} 7{i // 10 % 10}O 6{i % 10}4 I1O ",
    # (lists of initials that stand for people: each item is looked up among the spans found; twelfth session)
    "panels of initials, all different": lambda i: f"Panel: {_initials(i)} met Jolyon Hattersley on the line {i % 9 + 1}.\n",
    # (codes the learned code model and the dotted-code and date readers score, each one new; sixteenth session)
    "codes and dates, all different": lambda i: f"Lot {i:05d}K7 / PRC.{i % 9973}.GRN.{i % 97:02d} on {i % 28 + 1}/{i % 12 + 1}/2{i % 10} ",
    # (a currency word once, then one run of digit groups the length of the input, by commas or by spaces: the money
    # scans tried an amount from every group of a run, quadratic in it; by commas since the money recogniser was
    # written, by spaces for a day; seventeenth session)
    "digit groups by commas after a currency": lambda i: ("Totals in EUR: " if i == 0 else "") + f"{i % 1000:03d},",
    "digit groups by spaces after a currency": lambda i: ("Totals in EUR: " if i == 0 else "") + f"{i % 1000:03d} ",
    # (a table laid out by spaces, its header naming amounts, then one row as wide as the input: each cell's column
    # was found by reading back to its line's start and over every header cell, quadratic in the row; eighteenth session)
    "one wide row under a header of amounts": lambda i: ("Item  Cost GBP  Net  VAT  Gross\n" if i == 0 else "") + f"{i % 997}.00  ",
    # (a record's label and a number, again and again: a look-ahead for a digit ran to the end of the run each time)
    "order numbers in a run": lambda i: f"PO {i % 100000:05d} ",
    # (hyphened runs of letters of 18 KB, each with a superscript mark at its end: the mark's word was looked for again
    # after every hyphen, each look reading to the run's end, quadratic in a run; nineteenth session)
    "hyphened runs before a superscript mark": lambda i: ("é " if i == 0 else "") + ("ab\u00b9 " if i % 6000 == 5999 else "ab-"),
}


def _initials(i: int) -> str:
    """Four pairs of initials drawn for the i-th copy: "QW/DT/KX/MR"."""
    rng = random.Random(i)
    return "/".join("".join(rng.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) for _ in range(4))


def build(name: str, size: int) -> str:
    """The input ``name`` cut to ``size`` bytes of UTF-8."""
    if name in VARYING:
        parts, total, i = [], 0, 0
        while total < size:
            parts.append(VARYING[name](i))
            total, i = total + len(parts[-1]), i + 1
        text = "".join(parts)
    else:
        text = CASES[name] * (size // len(CASES[name]) + 1)
    return text.encode("utf-8")[:size].decode("utf-8", errors="ignore")


def main() -> int:
    print(f"code measured: {Path(anonymiser.__file__).resolve().parent.parent}", file=sys.stderr)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=0.5, help="size of each input in UTF-8 (at most 1.9)")
    parser.add_argument("--case", action="append", choices=[*CASES, *VARYING], help="only this input (again for more)")
    args = parser.parse_args()
    size = int(min(args.mb, 1.9) * 1_000_000)
    for name in args.case or [*CASES, *VARYING]:
        text = build(name, size)
        start = time.perf_counter()
        anonymise_text(text)
        seconds = time.perf_counter() - start
        megabytes = len(text.encode("utf-8")) / 1e6
        print(f"{name:36s} {megabytes:.2f} MB  {seconds:6.2f} s  {megabytes / seconds:.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
