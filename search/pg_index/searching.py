"""One search on the cached bitmaps: facet counts and total in Python, the page's rows from SQL.

The database supplies the match set of the text (document numbers from a bitmap scan of the
narrow `search_terms`, with each match's `ts_rank` on its small head vector when the order is by
relevance); filters, disjunctive facet counts, the total and the order of the page are computed
here on the generation's bitmaps; only the page's rows and snippets are read from the wide table.
"""
from __future__ import annotations

from typing import Mapping

import numpy as np
import numpy.typing as npt

from search.checks import CheckedQuery
from search.facetsets import count_facets, filter_bits, restrict
from search.model import FacetCount, Hit
from search.pg_index.arrays import to_mask
from search.pg_index.generation import Generation, Matches
from search.snippets import plain, to_html


def counts(
    gen: Generation, base: int, filters: Mapping[str, tuple[str, ...]]
) -> tuple[int, int, dict[str, list[FacetCount]]]:
    """(the filtered match set, its size, disjunctive counts for every facet)."""
    selected = restrict(base, filter_bits(gen.value_sets, filters))
    return selected, selected.bit_count(), count_facets(gen.value_sets, base, filters)


def page_order(
    gen: Generation, selected: int, matches: Matches | None, checked: CheckedQuery, by_date: bool
) -> list[tuple[int, float]]:
    """The page's (document number, score), by rank then date (or by date alone)."""
    end = checked.offset + checked.per_page
    if gen.size == 0 or selected == 0:
        return []
    mask = to_mask(selected, gen.size)
    if by_date or matches is None or matches.ranks is None:
        newest = gen.order[mask[gen.order]]
        return [(int(n), 0.0) for n in newest[checked.offset:end]]
    docnums, ranks = _selected_ranks(matches, mask, gen.size)
    ordered = _top(docnums, ranks, gen.date_rank[docnums], end)
    return [(int(docnums[i]), float(ranks[i])) for i in ordered[checked.offset:end]]


def _selected_ranks(
    matches: Matches, mask: npt.NDArray[np.bool_], size: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.float32]]:
    assert matches.ranks is not None
    inside = matches.docnums < size
    docnums, ranks = matches.docnums[inside], matches.ranks[inside]
    keep = mask[docnums]
    return docnums[keep], ranks[keep]


def _top(
    docnums: npt.NDArray[np.int64], ranks: npt.NDArray[np.float32],
    date_rank: npt.NDArray[np.int64], end: int
) -> npt.NDArray[np.int64]:
    """Indexes of the first `end` entries by rank descending, then date (newest first)."""
    if len(docnums) > end > 0:
        # only entries ranked at least as high as the end-th one can be on the page
        threshold = np.partition(ranks, len(ranks) - end)[len(ranks) - end]
        candidates = np.flatnonzero(ranks >= threshold)
    else:
        candidates = np.arange(len(docnums))
    order = np.lexsort((date_rank[candidates], -ranks[candidates]))
    return candidates[order][:end]


def hits(order: list[tuple[int, float]], rows: list[tuple[int, str, str, str, str | None]]) -> list[Hit]:
    by_num = {row[0]: row for row in rows}
    out = []
    for docnum, score in order:
        row = by_num.get(docnum)
        if row is None:
            continue
        _, doc_id, title, summary, marked = row
        out.append(Hit(doc_id, score, title, to_html(marked) if marked else plain(summary)))
    return out
