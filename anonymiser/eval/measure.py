"""Recall and precision per category, and the share of documents where something must-go survives.

A gold span is *recalled* when findings cover every letter and digit of it, whatever category the
finding carries, except a person's leading title ("Dr", "Ms", "Prof."), which the anonymiser keeps by
design as it keeps job titles (some corpus texts label "Dr Jane Smith", most "Dr [[person:Jane Smith]]") (a declared-term match removes a person as well as a person match does). A finding
is *correct* when it overlaps a gold span. ``self`` gold spans count as organisations too.

A missed gold span is *warned* when a residual-risk warning (what the contributor's review shows a human to check
before anything is published) covers one of its letters or digits left in the redacted text: a miss a reviewer is
pointed at, not a silent one.
"""
from __future__ import annotations

import re
from bisect import bisect_right
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
    warned: Counter[str] = field(default_factory=Counter)
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
    warned = _warned(case.text, result, raw)
    for g in case.gold:
        tally.gold[g.category] += 1
        start = name_start(case.text, g)
        left = [i for i in range(start, g.end) if not covered[i] and case.text[i].isalnum()]
        if not left:
            tally.recalled[g.category] += 1
        else:
            tally.missed.append((case.name, g.category, g.text))
            if any(warned[i] for i in left):
                tally.warned[g.category] += 1
    _leaks(case, result.text, tally)


def _warned(raw_text: str, result: AnonymisationResult, raw: Sequence[int]) -> bytearray:
    """For each character of the corpus text, 1 where a residual-risk warning covers it (warnings index the
    redacted text: mapped back through the findings, between which the two texts differ by a constant shift; a
    warning inside a replacement, "The Humber" of a generalised place, covers nothing of the source)."""
    warned = bytearray(len(raw_text))
    findings = sorted(result.findings, key=lambda f: f.redacted_start)
    starts = [f.redacted_start for f in findings]
    for w in result.warnings:
        i = bisect_right(starts, w.start) - 1
        if i >= 0 and w.start < findings[i].redacted_end:
            continue
        shift = 0 if i < 0 else findings[i].end - findings[i].redacted_end
        start, end = raw[w.start + shift], raw[w.end + shift]
        warned[start:end] = b"\x01" * (end - start)
    return warned


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
# (and the professional titles of letters abroad, kept alike: "Ing. Radoslav Vrbenský", "Dña. Inés", "Lic. Ruiz")
_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Professor|Sir|Dame|Rev|Revd|Herr|Frau|Mme|Mlle|Sra|Srta|Signora|"
                    r"Ing|Dña|Doña|Lic|Licda|Dott)\.?[ \t]+(?=\w)")


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
