"""A product code's variant written after a slash goes with it: a grade, a pack or a strength a supplier or a plant
numbers under the code, "QV7741/A", "KTL 7194/100", "RX-3307/2B". The code with its variant names one item, as a
certificate of analysis, a change control or a purchase order writes it; a placeholder followed by "/100" reads as
half a redaction.

Only after a product (found, or a declared term not read as a person, an organisation or a place) with a digit in it,
the slash glued to it, and a variant of one to four capitals or digits that ends there: not a second code ("QV7741/QV7742"
runs on into its own hyphen or digits), a date ("QV7741/03/2025") or a unit ("50 mg/mL" is in lower case). Run on
the resolved spans, like ``salt_forms``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from anonymiser.text.spans import Span

_NOT_PRODUCTS = frozenset({"Person", "Organisation", "Place"})  # (a declared term read as one of these)
_VARIANT_AFTER = re.compile(r"/[A-Z0-9]{1,4}(?![\w/-]|[.,]\d)")


def attach_code_variants(spans: Sequence[Span], text: str) -> list[Span]:
    """``spans`` (resolved, in text order) with the variant written after a product code's slash taken into its span,
    unless something else was found there."""
    out: list[Span] = []
    for i, span in enumerate(spans):
        if text.startswith("/", span.end) \
                and (span.category == "product" or span.category == "declared" and span.label not in _NOT_PRODUCTS) \
                and any(c.isdigit() for c in text[span.start:span.end]) \
                and (variant := _VARIANT_AFTER.match(text, span.end)) \
                and (i + 1 == len(spans) or spans[i + 1].start >= variant.end()):
            span = span.moved(span.start, variant.end())
        out.append(span)
    return out
