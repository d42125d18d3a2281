"""A name ends at a column's edge: a tab or a gap of three spaces or more between two words is the space
between two cells of a form or a report laid out in columns ("Andrius Kavaliauskas   Sign: ____",
"Efficiency\tH. Acithefan"), and so does a company's ("CORRANDALE PHARMA      QA-FRM-0071 Deviation ...").
A name a recogniser read across such a gap is split there; the parts that
are only words of the dictionary (the next column's label: "Signed", "Reviewed by", "Due") are dropped.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import english_words
from anonymiser.text.spans import Span, entity_key

_GAP = re.compile(r"\t[ \t]*|[ ]{3,}\t*")
_WORD = re.compile(r"[^\W\d_]+")
SPLIT_CATEGORIES = frozenset(("person", "name", "organisation"))


def has_column_gap(mention: str) -> bool:
    return "\t" in mention or "   " in mention


def split_at_column_gaps(span: Span, text: str) -> Iterator[Span]:
    """The parts of a name ``span`` between column gaps that hold a name (a part that is all dictionary words,
    "Sign", "Reviewed by", is the next cell's label)."""
    start = span.start
    for gap in [*_GAP.finditer(text, span.start, span.end), None]:
        end = gap.start() if gap else span.end
        if _names_someone(text[start:end]):
            part = text[start:end]
            yield Span(start, end, span.category, span.recogniser, span.confidence, span.label,
                       span.key if part == text[span.start:span.end] else entity_key(part), span.reason, span.attrs)
        if gap:
            start = gap.end()


def _names_someone(part: str) -> bool:
    words = _WORD.findall(part)
    return bool(words) and any(len(w) > 1 and w.lower() not in english_words() for w in words)
