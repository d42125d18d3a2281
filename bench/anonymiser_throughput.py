"""Throughput of the text anonymiser on a ~10 MB mixed corpus, single process; peak memory.

    python bench/anonymiser_throughput.py [--mb 10] [--doc-kb 8]

The corpus is the evaluation texts (press releases, reports, interviews, lists, e-mails) with their
names varied, cut into documents of about ``--doc-kb`` KB each; every document carries its own
declared terms (at most ``--max-terms``). Prints MB/s over all documents, the slowest document, and peak resident memory.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

# (the tree this script sits in is the one measured: to compare two trees, run each tree's own copy of the script)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import anonymiser  # noqa: E402
from anonymiser import anonymise_text  # noqa: E402
from anonymiser.eval.corpus import load  # noqa: E402

_SYLLABLES = ("ash", "bor", "cal", "dun", "el", "fen", "gar", "hol", "ing", "kel", "lor", "mar", "nor", "oth",
              "pen", "rav", "sel", "tar", "ul", "wes")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def build_corpus(total_mb: float, doc_kb: int, seed: int = 7, max_terms: int = 30) -> list[tuple[str, list[str]]]:
    rng = random.Random(seed)
    cases = load()
    docs: list[tuple[str, list[str]]] = []
    size = 0
    while size < total_mb * 1024 * 1024:
        parts: list[str] = []
        terms: list[str] = []
        while sum(len(p) for p in parts) < doc_kb * 1024:
            case = rng.choice(cases)
            text = case.text
            for term in case.terms:
                new = f"{_name(rng)} {rng.choice(('Biologics', 'Pharma', 'Labs', 'Therapeutics'))}" if " " in term else _name(rng)
                text = text.replace(term, new)
                terms.append(new)
            parts.append(text)
        doc = "\n\n".join(parts)
        docs.append((doc, terms[:max_terms]))
        size += len(doc.encode("utf-8"))
    return docs


def main() -> int:
    print(f"code measured: {Path(anonymiser.__file__).resolve().parent.parent}", file=sys.stderr)
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--doc-kb", type=int, default=8)
    parser.add_argument("--max-terms", type=int, default=30, help="declared terms per document (a contribution's list)")
    args = parser.parse_args()
    docs = build_corpus(args.mb, args.doc_kb, max_terms=args.max_terms)
    total = sum(len(d.encode("utf-8")) for d, _ in docs)
    anonymise_text("warm-up: Jane Smith of Acme Pharma", terms=["Acme"])
    slowest = 0.0
    cpu_start = time.process_time()
    start = time.perf_counter()
    for text, terms in docs:
        t0 = time.perf_counter()
        anonymise_text(text, terms=terms)
        slowest = max(slowest, time.perf_counter() - t0)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"corpus: {total / 1e6:.1f} MB in {len(docs)} documents of ~{args.doc_kb} KB")
    print(f"wall: {elapsed:.1f} s  throughput: {total / 1e6 / elapsed:.2f} MB/s (single process)")
    print(f"cpu:  {cpu:.1f} s  throughput: {total / 1e6 / cpu:.2f} MB per CPU-second (the figure on a shared machine)")
    print(f"slowest document: {slowest * 1000:.0f} ms  peak RSS: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
