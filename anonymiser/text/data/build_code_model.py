"""Train data/code_model.json.gz, the learned second opinion on codes (recognisers/code_model.py).
Run by hand when the corpus, the features or the rules change (needs scikit-learn, a dev dependency):

    python -m anonymiser.text.data.build_code_model [--threshold P] [--folds K]

Trains on the development texts of the evaluation corpus only: texts marked ``split: heldout`` are
never read (``development``). Each text goes through the anonymiser's first pass with the model left out,
exactly as the model sees it at run time; every token the model is asked about (``code_model.candidates``)
is one example, labelled a code when it overlaps a gold product or identifier span. The tokens the rules
found are examples too, weighed less (``--covered-weight``): they teach what codes look like in general,
which carries to text where the rules miss more than they do on the texts they were written from (scored at
run time are only the tokens left). A second classifier,
over the codes alone, says product or identifier. Before the final fit it prints, by K-fold
cross-validation grouped by text, at each threshold: how many gold codes the whole run misses without the
model the hits complete, how many tokens hit are codes already found, how many hit tokens are no code
(and of those, how many overlap no gold span at all: what precision pays).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy

from anonymiser.eval.corpus import Case, load
from anonymiser.eval.measure import raw_offsets
from anonymiser.text.engine import anonymise_text, first_pass
from anonymiser.text.policy import Policy
from anonymiser.text.recognisers import code_model as cm
from anonymiser.text.recognisers.compound_code import vendors_model

OUT = Path(__file__).with_name(cm.MODEL_FILE)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
CODES = ("product", "identifier")


def development(cases: Iterable[Case]) -> list[Case]:
    """The texts the model may learn from: never a held-out one."""
    return [case for case in cases if case.split != "heldout"]


@dataclass
class Examples:
    feats: list[list[str]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)  # 1: overlaps a gold code
    product: list[int] = field(default_factory=list)  # 1: that gold code is a product
    any_gold: list[bool] = field(default_factory=list)  # overlaps a gold span of any category
    spans: list[tuple[int, int]] = field(default_factory=list)  # raw offsets
    free: list[bool] = field(default_factory=list)  # left by the rules: asked at run time


@dataclass
class Text:
    """One text's gold codes the whole run leaves (raw offsets), and what that run covers."""

    redacted: bytearray
    left: list[tuple[int, int]]
    raw: str


def examples(case: Case, policy: Policy) -> tuple[Examples, Text]:
    if case.split == "heldout":
        raise ValueError(f"{case.name} is held out: the code model never reads it")
    doc, found = first_pass(case.text, terms=case.terms, policy=policy)
    result = anonymise_text(case.text, terms=case.terms, policy=policy)
    to_raw = raw_offsets(result.source_text, case.text)
    redacted = bytearray(len(case.text))
    for f in result.findings:
        redacted[to_raw[f.start]:to_raw[f.end]] = b"\x01" * (to_raw[f.end] - to_raw[f.start])
    text = doc.text
    raw = raw_offsets(text, case.text)
    gold_code = bytearray(len(case.text))  # 1 identifier, 2 product
    gold_any = bytearray(len(case.text))
    left = []
    for g in case.gold:
        gold_any[g.start:g.end] = b"\x01" * (g.end - g.start)
        if g.category in CODES:
            gold_code[g.start:g.end] = (b"\x02" if g.category == "product" else b"\x01") * (g.end - g.start)
            if not _covers(redacted, case.text, g.start, g.end):
                left.append((g.start, g.end))
    codes = cm.coverage(len(text), found)
    words = cm.candidate_tokens(text)
    context = cm.Context.of(text, words, found)
    out = Examples()
    for token in words:
        start, end = raw[token.start], raw[token.end]
        wide = cm.extent(text, token)
        out.feats.append(cm.features(text, token, codes, context, vendors_model(doc, token.start)))
        over = max(gold_code[start:end], default=0)
        out.labels.append(int(over > 0))
        out.product.append(int(over == 2))
        out.any_gold.append(any(gold_any[start:end]))
        out.spans.append((raw[wide[0]], raw[wide[1]]))
        out.free.append(not any(codes[token.start:token.end]))
    return out, Text(redacted, left, case.text)


def _covers(covered: bytearray, text: str, start: int, end: int) -> bool:
    return all(covered[i] or not text[i].isalnum() for i in range(start, end))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--threshold", type=float, default=0.6, help="score over which a token is a code")
    parser.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: none)")
    parser.add_argument("--c", type=float, default=3.0, help="inverse regularisation strength")
    parser.add_argument("--covered-weight", type=float, default=0.3,
                        help="weight of the tokens the rules found (those left weigh 1)")
    parser.add_argument("--dump", help="write the cross-validated scores here (JSON), to read the errors")
    args = parser.parse_args(argv)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    policy = Policy.from_dict({"disable": [cm.NAME]})
    cases = development(load())
    rows = Examples()
    groups: list[int] = []
    texts: list[Text] = []
    for n, case in enumerate(cases):
        got, text = examples(case, policy)
        texts.append(text)
        for name in ("feats", "labels", "product", "any_gold", "spans", "free"):
            getattr(rows, name).extend(getattr(got, name))
        groups += [n] * len(got.labels)
    y = numpy.array(rows.labels)
    free = numpy.array(rows.free)
    weight = numpy.where(free, 1.0, args.covered_weight)
    total_left = sum(len(t.left) for t in texts)
    print(f"{len(cases)} development texts, {len(y)} candidate tokens, {int(free.sum())} left by the rules, "
          f"{int((y & free).sum())} of them inside a gold code; "
          f"{total_left} gold codes the whole run misses without the model")
    vectoriser = DictVectorizer()
    X = vectoriser.fit_transform([dict.fromkeys(f, 1) for f in rows.feats])

    def fit(index: numpy.ndarray | slice, labels: numpy.ndarray) -> LogisticRegression:
        return LogisticRegression(C=args.c, max_iter=3000).fit(X[index], labels[index], sample_weight=weight[index])

    if args.folds:
        scores = numpy.zeros(len(y))
        for train, test in GroupKFold(n_splits=args.folds).split(X, y, groups):
            scores[test] = fit(train, y).predict_proba(X[test])[:, 1]
        print("cross-validated, tokens left by the rules scoring over each threshold: gold codes the run missed now "
              f"found (of {total_left}), hit tokens in gold codes, hit tokens not in a code, of those in no gold span at all")
        for t in THRESHOLDS:
            hit = (scores >= t) & free
            print(f"{t:>9}  {_completed(texts, groups, rows.spans, hit):>6}  {int((hit & (y == 1)).sum()):>6}  "
                  f"{int((hit & (y == 0)).sum()):>6}  {int((hit & (y == 0) & ~numpy.array(rows.any_gold)).sum()):>6}")
        if args.dump:
            Path(args.dump).write_text(json.dumps([
                {"case": cases[g].name, "span": s, "label": int(label), "score": round(float(p), 3),
                 "text": texts[g].raw[s[0]:s[1]], "any_gold": a}
                for g, s, label, p, a, f in zip(groups, rows.spans, y, scores, rows.any_gold, free) if f]))
    final = fit(slice(None), y)
    positive = numpy.flatnonzero(y == 1)
    kind = LogisticRegression(C=args.c, max_iter=3000).fit(X[positive], numpy.array(rows.product)[positive],
                                                           sample_weight=weight[positive])
    names = vectoriser.get_feature_names_out()
    data = {"bias": round(float(final.intercept_[0]), 4), "threshold": args.threshold,
            "weights": _weights(names, final.coef_[0]),
            "product_bias": round(float(kind.intercept_[0]), 4), "product_weights": _weights(names, kind.coef_[0])}
    OUT.write_bytes(gzip.compress(json.dumps(data, sort_keys=True).encode("utf-8"), mtime=0))
    print(f"wrote {OUT} ({len(data['weights'])} + {len(data['product_weights'])} weights, threshold {args.threshold})")
    return 0


def _weights(names: Sequence[str], coefficients: numpy.ndarray) -> dict[str, float]:
    return {name: round(float(w), 4) for name, w in zip(names, coefficients) if abs(w) >= 1e-3}


def _completed(texts: Sequence[Text], groups: Sequence[int], spans: Sequence[tuple[int, int]], hit: numpy.ndarray) -> int:
    """How many gold codes the whole run missed are covered once the hit tokens are added."""
    added: dict[int, list[tuple[int, int]]] = {}
    for g, span, h in zip(groups, spans, hit):
        if h:
            added.setdefault(g, []).append(span)
    found = 0
    for g, extra in added.items():
        text = texts[g]
        covered = bytearray(text.redacted)
        for start, end in extra:
            covered[start:end] = b"\x01" * (end - start)
        found += sum(_covers(covered, text.raw, start, end) for start, end in text.left)
    return found


if __name__ == "__main__":
    sys.exit(main())
