"""A document's revision, issue or version written after its number goes with it: "F-QC-118 rev 6", "SOP-QA-0042
Rev. B", "SPEC-DS-0092 v3.0", "URS-2231 issue 2". The number with its revision names one controlled document, as a
form, a record or a reference list cites it; a placeholder followed by "rev 6" reads as half a redaction.

Only after an identifier with a digit in it and the revision on the same line, a letter or a number of up to two
digits (and a point release), nothing glued after it. Run on the resolved spans, like ``salt_forms``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from anonymiser.text.spans import Span

_REVISION_AFTER = re.compile(r"[ \t]+(?:[Rr]ev(?:ision)?|REV|[Ii]ssue|[Vv]er(?:sion)?|[vV])\.?[ \t]?"
                             r"(?:[A-Z]|\d{1,2}(?:\.\d{1,2})?)(?![\w]|\.\d)")


def attach_revisions(spans: Sequence[Span], text: str) -> list[Span]:
    """``spans`` (resolved, in text order) with the revision written after a document's number taken into its span,
    and what else was found inside the revision dropped ("Rev. B" read as an initial); not where something found runs
    on past it ("rev 6 June 2024", a date)."""
    out: list[Span] = []
    taken = -1  # (the end of the last revision taken)
    for i, span in enumerate(spans):
        if span.end <= taken:
            continue
        if text.startswith((" ", "\t"), span.end) and span.category == "identifier" \
                and any(c.isdigit() for c in text[span.start:span.end]) \
                and (revision := _REVISION_AFTER.match(text, span.end)) \
                and not any(s.end > revision.end() for s in spans[i + 1:i + 4] if s.start < revision.end()):
            span, taken = span.moved(span.start, revision.end()), revision.end()
        out.append(span)
    return out
