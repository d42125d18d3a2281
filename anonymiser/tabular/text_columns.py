"""Free-text columns go through the text anonymiser, with the table's own names as declared terms."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from anonymiser.tabular.roles import Role
from anonymiser.tabular.table import Table
from anonymiser.tabular.values import Kind

if TYPE_CHECKING:
    from anonymiser.tabular.plan import Plan

MAX_TERMS = 2000
_WORDY = re.compile(r"[^\W\d_]")


def terms_from(table: Table, plan: "Plan", extra: Sequence[str]) -> list[str]:
    """Declared terms plus the values of identifier and categorical quasi-identifier columns
    (a site or operator named in a comment must go too). Short or letterless values are skipped."""
    names = plan.names(Role.IDENTIFIER) + [n for n in plan.names(Role.QUASI) if plan.kinds.get(n) is Kind.CATEGORY]
    if not plan.names(Role.TEXT):
        return list(extra)
    found: set[str] = set()
    for name in names:
        found.update(v.strip() for v in set(table.column(name)) if len(v.strip()) >= 3 and _WORDY.search(v))
    ranked = sorted(found, key=lambda v: (-len(v), v))[:MAX_TERMS]
    return [*extra, *ranked]


def anonymise_text_column(cells: Sequence[str], terms: Sequence[str]) -> list[str]:
    from anonymiser import anonymise_text  # the text anonymiser's stable public contract

    cache: dict[str, str] = {}
    out: list[str] = []
    for cell in cells:
        if not cell.strip():
            out.append(cell)
            continue
        if cell not in cache:
            cache[cell] = anonymise_text(cell, terms=terms).text
        out.append(cache[cell])
    return out
