"""Recall and precision per category, and the share of documents where something must-go survives.

A gold span is *recalled* when findings cover every letter and digit of it, whatever category the
finding carries, except a person's leading title ("Dr", "Ms", "Prof."), which the anonymiser keeps by
design as it keeps job titles (some corpus texts label "Dr Jane Smith", most "Dr [[person:Jane Smith]]") (a declared-term match removes a person as well as a person match does). A finding
is *correct* when it overlaps a gold span. ``self`` gold spans count as organisations too.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher

from anonymiser.eval.corpus import Case, Gold
from anonymiser.text.engine import anonymise_text
from anonymiser.text.policy import Policy
from anonymiser.text.result import AnonymisationResult
from anonymiser.text.termmatch import compact


@dataclass
class Tally:
    gold: Counter[str] = field(default_factory=Counter)
    recalled: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    leaks: dict[str, list[str]] = field(default_factory=lambda: {"declared": [], "person": [], "self": []})
    missed: list[tuple[str, str, str]] = field(default_factory=list)
    false: list[tuple[str, str, str]] = field(default_factory=list)
    documents: int = 0


def evaluate(cases: Sequence[Case], policy: Policy | None = None) -> Tally:
    tally = Tally()
    for case in cases:
        result = anonymise_text(case.text, terms=case.terms, policy=policy)
        _score(case, result, tally)
    return tally


def _score(case: Case, result: AnonymisationResult, tally: Tally) -> None:
    tally.documents += 1
    covered = bytearray(len(case.text))
    raw = raw_offsets(result.source_text, case.text)
    for f in result.findings:
        f = replace(f, start=raw[f.start], end=raw[f.end])
        covered[f.start:f.end] = b"\x01" * (f.end - f.start)
        tally.found[f.category] += 1
        if any(g.start < f.end and f.start < g.end for g in case.gold):
            tally.correct[f.category] += 1
        else:
            tally.false.append((case.name, f.category, f.original))
    for g in case.gold:
        tally.gold[g.category] += 1
        start = name_start(case.text, g)
        if all(covered[i] or not case.text[i].isalnum() for i in range(start, g.end)):
            tally.recalled[g.category] += 1
        else:
            tally.missed.append((case.name, g.category, g.text))
    _leaks(case, result.text, tally)


def name_start(text: str, gold: Gold) -> int:
    """Where what must go of a gold span starts: after a person's leading title ("Dr", "Ms"), which is kept."""
    if gold.category == "person" and (title := _TITLE.match(text, gold.start, gold.end)):
        return title.end()
    return gold.start


def raw_offsets(normalised: str, raw: str) -> list[int]:
    """For each offset of the normalised text, the offset of the corpus text it came from (they differ
    where normalising changed the length: "…" → "...", a zero-width joiner dropped)."""
    if normalised == raw:
        return list(range(len(raw) + 1))
    offsets = [0] * (len(normalised) + 1)
    for _, i1, i2, j1, j2 in SequenceMatcher(None, raw, normalised, autojunk=False).get_opcodes():
        for j in range(j1, j2 + 1):
            offsets[j] = min(i1 + (j - j1), i2) if i2 - i1 == j2 - j1 else (i1 if j == j1 else i2)
    return offsets


_PUNCT = re.compile(r"[^\w\s-]")
_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sir|Dame|Rev|Revd|Herr|Frau|Mme|Mlle|Sra|Srta|Signora)\.?[ \t]+(?=\w)")


def _words(text: str) -> str:
    return " " + compact(_PUNCT.sub(" ", text)) + " "


def _leaks(case: Case, redacted: str, tally: Tally) -> None:
    view = _words(redacted)

    def survives(text: str) -> bool:
        return _words(text) in view

    if any(survives(t) for t in case.terms):
        tally.leaks["declared"].append(case.name)
    if any(survives(g.text) for g in case.gold if g.category == "person"):
        tally.leaks["person"].append(case.name)
    if any(survives(g.text) for g in case.gold if g.category == "self"):
        tally.leaks["self"].append(case.name)
