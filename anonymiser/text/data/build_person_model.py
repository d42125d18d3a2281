"""Train data/person_model.json.gz, the learned second opinion on people (recognisers/person_model.py).
Run by hand when the corpus, the features or the rules change (needs scikit-learn, a dev dependency):

    python -m anonymiser.text.data.build_person_model [--threshold P] [--folds K]

Trains on the development texts of the evaluation corpus only: texts marked ``split: heldout`` are
never read. Each text goes through the anonymiser's first pass with the model left out, exactly as the
model sees it at run time; every word the model is asked about (``Context.asks``) is one example,
labelled a person when it lies inside a gold person span (a leading title, which the anonymiser keeps, is not). Before the final fit it prints, by K-fold
cross-validation grouped by text, how many uncovered words over each threshold are people and how
many are not: the threshold trades those two.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy

from anonymiser.eval.corpus import Case, load
from anonymiser.eval.measure import name_start, raw_offsets
from anonymiser.text.engine import anonymise_text, first_pass
from anonymiser.text.policy import Policy
from anonymiser.text.recognisers import person_model as pm

OUT = Path(__file__).with_name(pm.MODEL_FILE)
THRESHOLDS = (0.3, 0.4, 0.5, 0.52, 0.6, 0.7, 0.8, 0.9)


def examples(case: Case, policy: Policy) -> tuple[list[list[str]], list[int], list[bool], list[bool]]:
    """Each candidate word's features, label (1: inside a gold person), whether the first pass left it,
    and whether the whole run without the model leaves it (both passes: the second finds a name's
    other mentions)."""
    doc, found = first_pass(case.text, terms=case.terms, policy=policy)
    redacted = bytearray(len(case.text))
    result = anonymise_text(case.text, terms=case.terms, policy=policy)
    to_raw = raw_offsets(result.source_text, case.text)
    for f in result.findings:
        redacted[to_raw[f.start]:to_raw[f.end]] = b"\x01" * (to_raw[f.end] - to_raw[f.start])
    text = doc.text
    raw = raw_offsets(text, case.text)
    person = bytearray(len(case.text))
    for g in case.gold:
        if g.category == "person":  # (a leading title is kept, like a job title: it is no part of the name)
            start = name_start(case.text, g)
            person[start:g.end] = b"\x01" * (g.end - start)
    words = pm.tokens(text)
    codes = pm.coverage(len(text), found)
    context = pm.Context.of(text, words)
    feats, labels, uncovered, left = [], [], [], []
    for i, token in enumerate(words):
        if not context.asks(token):
            continue
        feats.append(pm.features(text, words, i, codes, context))
        labels.append(int(any(person[raw[token.start]:raw[token.end]])))
        uncovered.append(not codes[token.start])
        left.append(not redacted[raw[token.start]])
    return feats, labels, uncovered, left


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=0.52, help="score over which a word is a person")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    parser.add_argument("--c", type=float, default=2.0, help="inverse regularisation strength")
    args = parser.parse_args(argv)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    policy = Policy.from_dict({"disable": [pm.NAME]})
    cases = [c for c in load() if c.split != "heldout"]
    X_dicts, y, groups, uncovered, left = [], [], [], [], []
    for n, case in enumerate(cases):
        feats, labels, free, missed = examples(case, policy)
        left += missed
        X_dicts += [dict.fromkeys(f, 1) for f in feats]
        y += labels
        groups += [n] * len(labels)
        uncovered += free
    print(f"{len(cases)} development texts, {len(y)} candidate words, {sum(y)} inside a person; "
          f"{sum(uncovered)} left by the rules, {sum(l for l, f in zip(y, uncovered) if f)} of them people")
    vectoriser = DictVectorizer()
    X = vectoriser.fit_transform(X_dicts)

    labels = numpy.array(y)

    def fit(rows: numpy.ndarray | slice) -> LogisticRegression:
        return LogisticRegression(C=args.c, max_iter=2000).fit(X[rows], labels[rows])

    if args.folds:
        scores = [0.0] * len(y)
        for train, test in GroupKFold(n_splits=args.folds).split(X, y, groups):
            for i, p in zip(test, fit(train).predict_proba(X[test])[:, 1]):
                scores[i] = p
        print("cross-validated: words the first pass left scoring over each threshold: people the whole run\n"
              f"misses without the model (of {sum(l for l, m in zip(y, left) if m)}), other people, not people")
        for t in THRESHOLDS:
            hits = [i for i in range(len(y)) if uncovered[i] and scores[i] >= t]
            missed = sum(y[i] for i in hits if left[i])
            print(f"{t:>9}  {missed:>6}  {sum(y[i] for i in hits) - missed:>6}  {sum(1 - y[i] for i in hits):>6}")
    final = fit(slice(None))
    weights = {name: round(float(w), 4) for name, w in zip(vectoriser.get_feature_names_out(), final.coef_[0])
               if abs(w) >= 1e-3}
    data = {"bias": round(float(final.intercept_[0]), 4), "threshold": args.threshold, "weights": weights}
    OUT.write_bytes(gzip.compress(json.dumps(data, sort_keys=True).encode("utf-8"), mtime=0))
    print(f"wrote {OUT} ({len(weights)} weights, threshold {args.threshold})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
