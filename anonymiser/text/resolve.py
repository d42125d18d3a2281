"""Overlap resolution: declared terms first, then the longest span, then the highest confidence.

Ties fall to the earlier start and then the recogniser's name, so the outcome never depends on the
order recognisers ran in. A declared term inside a longer name ("Acme" in "Acme Biologics Ltd")
takes the whole name, so no half of it is left behind; one inside an e-mail address, URL or document
number goes with that container, which is replaced whole.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Iterable, Sequence
from itertools import accumulate
from operator import attrgetter

from anonymiser.text.spans import Span

NAME_CATEGORIES = frozenset({"organisation", "person", "product", "place", "name"})
CONTAINER_CATEGORIES = frozenset({"contact", "identifier"})
_START = attrgetter("start")


def _priority(span: Span) -> tuple[bool, int, float, int, str]:
    return (span.category != "declared", span.start - span.end, -span.confidence, span.start, span.recogniser)


def _widen_declared(spans: list[Span]) -> list[Span]:
    declared = [s for s in spans if s.category == "declared"]
    if not declared:
        return spans
    names = sorted((s for s in spans if s.category in NAME_CATEGORIES), key=_START)
    starts = [s.start for s in names]
    containers = sorted((s.start, s.end) for s in spans if s.category in CONTAINER_CATEGORIES)
    container_starts = [start for start, _ in containers]
    reach = list(accumulate((end for _, end in containers), max))  # furthest end among those starting so far
    by_start = sorted(declared, key=_START)
    declared_starts = [s.start for s in by_start]
    longest = max(s.length for s in declared)
    widened: list[Span] = []
    for d in declared:
        before = bisect_right(container_starts, d.start)  # the containers starting at or before d
        if before and reach[before - 1] >= d.end and any(
                d.end <= end and end - start > d.length for start, end in containers[:before]):
            continue
        best_start, best_end = d.start, d.end
        for other in names[bisect_left(starts, d.start - 120):bisect_left(starts, d.start + 1)]:
            if other.start <= d.start and other.end >= d.end and other.length > best_end - best_start \
                    and not _cuts_across(other, by_start, declared_starts, longest):
                best_start, best_end = other.start, other.end
        widened.append(d if best_end - best_start == d.length else d.moved(best_start, best_end))
    return widened + [s for s in spans if s.category != "declared"]


def _cuts_across(name: Span, declared: list[Span], starts: list[int], longest: int) -> bool:
    """Whether ``name`` holds part of a declared term but not all of it: widened to such a name, a declared term
    would push the other out and leave half of it behind ("CORRANDALE PHARMA" and a name misread from "PHARMA"
    across the columns to "Wool Manufacturing", which holds the declared "Wool")."""
    for other in declared[bisect_left(starts, name.start - longest):bisect_left(starts, name.end)]:
        if other.end > name.start and (other.start < name.start or other.end > name.end):
            return True
    return False


def resolve(candidates: Iterable[Span]) -> list[Span]:
    """The non-overlapping spans kept, in text order."""
    accepted: list[tuple[int, int]] = []
    kept: list[Span] = []
    for span in sorted(_widen_declared(list(candidates)), key=_priority):
        i = bisect_left(accepted, (span.start, span.end))
        if i > 0 and accepted[i - 1][1] > span.start:
            continue
        if i < len(accepted) and accepted[i][0] < span.end:
            continue
        insort(accepted, (span.start, span.end))
        kept.append(span)
    return sorted(kept, key=_START)


_FIGURES = frozenset({"money", "quantity", "date"})  # (generalised where they stand, each its own)
NAMING = frozenset({"person", "name"})


def join_repeats(spans: Sequence[Span], text: str) -> list[Span]:
    """Two mentions of one entity one space apart are one mention ("Carys" and "Morgan", both learned
    from "Carys Morgan", read where the full name was not): one placeholder, not "[Person C] [Person C]". Not two
    figures ("13,685.69 13,685.69": an invoice line's unit price and total), each banded in its place. So are a name
    and a person one space apart, two parts of one name that different readers found ("Olu" as a name, "ADEYEMI" as a
    person): one placeholder, the person's, not "[Name A] [Person C]". (Two people one space apart stay two: "Witnessed
    [Person B] [Person C]" may name two.)"""
    out: list[Span] = []
    for span in spans:
        last = out[-1] if out else None
        if last is None or span.start - last.end != 1 or text[last.end] != " ":
            out.append(span)
        elif last.key == span.key and last.category == span.category and span.category not in _FIGURES:
            out[-1] = last.moved(last.start, span.end)
        elif {last.category, span.category} == NAMING:
            named = last if last.category == "person" else span
            out[-1] = named.moved(last.start, span.end)
        else:
            out.append(span)
    return out
