"""One hash of everything the text anonymiser returns, to prove a speed change alters no output byte.

Covers every evaluation-corpus text (alone with its declared terms, and as three fields of one
document), the first 2 MB of the throughput bench corpus, and that slice with misspelt declared terms.
Run before and after a change: the printed hashes must be the same.

    PYTHONPATH=. python bench/anonymiser_fingerprint.py
"""
from __future__ import annotations

import hashlib
import random
import sys
from pathlib import Path

# (the tree this script sits in is the one measured: to compare two trees, run each tree's own copy of the script)
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import anonymiser  # noqa: E402
from anonymiser import anonymise_text  # noqa: E402
from anonymiser.eval.corpus import load  # noqa: E402
from anonymiser.text.engine import anonymise_fields  # noqa: E402
from anonymiser.text.result import AnonymisationResult  # noqa: E402
from bench.anonymiser_throughput import build_corpus  # noqa: E402


def _feed(digest: "hashlib._Hash", result: AnonymisationResult) -> None:
    digest.update(repr((result.text, result.source_text, result.findings, result.warnings)).encode("utf-8", "surrogatepass"))


def _misspelt(text: str, terms: list[str], rng: random.Random) -> str:
    for term in terms:
        if len(term) >= 5:
            i = rng.randrange(1, len(term) - 1)
            text = text.replace(term, term[:i] + term[i + 1:], 1)
    return text


def fingerprints() -> dict[str, str]:
    cases = load()
    corpus = build_corpus(2, 8)
    rng = random.Random(5)
    digests = {name: hashlib.sha256() for name in ("eval", "eval_fields", "bench", "bench_misspelt")}
    for case in cases:
        _feed(digests["eval"], anonymise_text(case.text, terms=case.terms))
    for i in range(0, len(cases), 3):
        group = cases[i:i + 3]
        terms = [t for case in group for t in case.terms]
        results = anonymise_fields({f"f{j}": case.text for j, case in enumerate(group)}, terms=terms)
        for name in sorted(results):
            _feed(digests["eval_fields"], results[name])
    for text, terms in corpus:
        _feed(digests["bench"], anonymise_text(text, terms=terms))
    for text, terms in corpus[:80]:
        _feed(digests["bench_misspelt"], anonymise_text(_misspelt(text, terms, rng), terms=terms))
    return {name: digest.hexdigest() for name, digest in digests.items()}


def main() -> int:
    print(f"code measured: {Path(anonymiser.__file__).resolve().parent.parent}", file=sys.stderr)
    for name, value in fingerprints().items():
        print(f"{name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
