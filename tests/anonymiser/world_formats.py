"""What the tables of the world's formats share (contacts, codes, product names): whether a finding covers what was
said, and a table's rows as test cases, those the engine does not read yet marked as strict expected failures."""
from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

import pytest

from anonymiser import anonymise_text


def covered(text: str, said: str, categories: Collection[str]) -> bool:
    """Whether every letter and digit of ``said`` (its first mention) is inside a finding of one of ``categories``."""
    result = anonymise_text(text)
    start = text.index(said)
    spans = [(f.start, f.end) for f in result.findings if f.category in categories]
    return all(not text[i].isalnum() or any(s <= i < e for s, e in spans) for i in range(start, start + len(said)))


def cases(family: str, rows: Sequence[tuple[str, str]], known_gaps: Mapping[str, str] | None = None) -> list[object]:
    """``rows`` of (text, what must be found) as test cases named after their family; a row whose sought text is a
    known gap is a strict expected failure, with the reason."""
    gaps = known_gaps or {}
    return [pytest.param(text, said, id=f"{family}-{i}",
                         marks=[pytest.mark.xfail(strict=True, reason=gaps[said])] if said in gaps else [])
            for i, (text, said) in enumerate(rows)]
