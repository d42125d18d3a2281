"""``python -m anonymiser.evaluate [-v] [--texts FIRST-LAST] [--split dev|heldout] [--without RECOGNISER ...]``:
the text anonymiser measured on the labelled corpus (or on the texts numbered FIRST to LAST, e.g. one held-out
set, or on one split: ``--split dev`` reads no held-out text, for tuning), with every default recogniser or
without those named (what one of them adds)."""
from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from anonymiser.eval.corpus import GOLD_CATEGORIES, load
from anonymiser.eval.measure import Tally, evaluate
from anonymiser.text.policy import DEFAULT_RECOGNISERS, Policy


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def render(tally: Tally, *, verbose: bool = False) -> str:
    lines = [f"documents: {tally.documents}", "",
             f"{'gold category':<14}{'gold':>6}{'found':>7}{'recall':>8}{'missed':>8}{'warned':>8}"]
    for cat in GOLD_CATEGORIES:
        missed = tally.gold[cat] - tally.recalled[cat]
        lines.append(f"{cat:<14}{tally.gold[cat]:>6}{tally.recalled[cat]:>7}{_ratio(tally.recalled[cat], tally.gold[cat]):>8}"
                     f"{missed:>8}{tally.warned[cat]:>8}")
    total_gold, total_recalled = sum(tally.gold.values()), sum(tally.recalled.values())
    lines.append(f"{'all':<14}{total_gold:>6}{total_recalled:>7}{_ratio(total_recalled, total_gold):>8}"
                 f"{total_gold - total_recalled:>8}{sum(tally.warned.values()):>8}")
    lines.append("(warned: missed spans a residual-risk warning points the reviewer at)")
    lines += ["", f"{'finding category':<17}{'found':>6}{'correct':>8}{'precision':>10}"]
    for cat in sorted(tally.found):
        lines.append(f"{cat:<17}{tally.found[cat]:>6}{tally.correct[cat]:>8}{_ratio(tally.correct[cat], tally.found[cat]):>10}")
    found, correct = sum(tally.found.values()), sum(tally.correct.values())
    lines.append(f"{'all':<17}{found:>6}{correct:>8}{_ratio(correct, found):>10}")
    lines.append("")
    for kind, docs in tally.leaks.items():
        lines.append(f"documents where a {kind} name survives: {len(docs)}/{tally.documents} "
                     f"({_ratio(len(docs), tally.documents)}) {' '.join(docs)}".rstrip())
    if verbose:
        lines += ["", "missed:"] + [f"  {d} {c}: {t!r}" for d, c, t in tally.missed]
        lines += ["", "false positives:"] + [f"  {d} {c}: {t!r}" for d, c, t in tally.false]
    return "\n".join(lines)


def text_range(value: str) -> range:
    """``129-152`` (or ``7``): the corpus texts whose file names start with those numbers."""
    first, _, last = value.partition("-")
    try:
        low, high = int(first), int(last or first)
    except ValueError:
        raise argparse.ArgumentTypeError("--texts takes a number or a range such as 129-152") from None
    if not 0 < low <= high:
        raise argparse.ArgumentTypeError("--texts: the range must run from a positive number upwards")
    return range(low, high + 1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m anonymiser.evaluate", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false positive")
    parser.add_argument("--texts", type=text_range, default=None, metavar="FIRST-LAST",
                        help="only the texts so numbered, e.g. 129-152")
    parser.add_argument("--split", choices=("dev", "heldout"), default=None,
                        help="only the development texts (for tuning: prints nothing of the held-out ones) or only the held-out")
    parser.add_argument("--without", action="append", default=[], metavar="RECOGNISER",
                        help="leave this recogniser out (repeatable), e.g. person_model")
    args = parser.parse_args(argv)
    if unknown := sorted(set(args.without) - set(DEFAULT_RECOGNISERS)):
        parser.error(f"--without: no recogniser named {', '.join(unknown)}")
    policy = Policy.from_dict({"disable": args.without})
    cases = load()
    if args.texts is not None:
        cases = [c for c in cases if (n := re.match(r"\d+", c.name)) and int(n.group()) in args.texts]
        if not cases:
            parser.error("--texts: no corpus text has a number in that range")
    if args.split is not None:
        cases = [c for c in cases if c.split == args.split]
        if not cases:
            parser.error(f"--split: no {args.split} text among those asked for")
    label = "all texts" if args.texts is None else f"texts {args.texts.start}-{args.texts.stop - 1}"
    print(f"== {label}" if args.split is None else f"== {label}, {args.split} only")
    print(render(evaluate(cases, policy), verbose=args.verbose))
    heldout = [c for c in cases if c.split == "heldout"]
    if heldout and args.split is None:
        print("\n== held-out texts only (never used to tune the recognisers)")
        print(render(evaluate(heldout, policy), verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
