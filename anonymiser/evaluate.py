"""``python -m anonymiser.evaluate [-v]``: the text anonymiser measured on the labelled corpus."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from anonymiser.eval.corpus import GOLD_CATEGORIES, load
from anonymiser.eval.measure import Tally, evaluate


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def render(tally: Tally, *, verbose: bool = False) -> str:
    lines = [f"documents: {tally.documents}", "", f"{'gold category':<14}{'gold':>6}{'found':>7}{'recall':>8}"]
    for cat in GOLD_CATEGORIES:
        lines.append(f"{cat:<14}{tally.gold[cat]:>6}{tally.recalled[cat]:>7}{_ratio(tally.recalled[cat], tally.gold[cat]):>8}")
    total_gold, total_recalled = sum(tally.gold.values()), sum(tally.recalled.values())
    lines.append(f"{'all':<14}{total_gold:>6}{total_recalled:>7}{_ratio(total_recalled, total_gold):>8}")
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m anonymiser.evaluate", description=__doc__)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and false positive")
    args = parser.parse_args(argv)
    cases = load()
    print("== all texts")
    print(render(evaluate(cases), verbose=args.verbose))
    heldout = [c for c in cases if c.split == "heldout"]
    if heldout:
        print("\n== held-out texts only (never used to tune the recognisers)")
        print(render(evaluate(heldout), verbose=args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
