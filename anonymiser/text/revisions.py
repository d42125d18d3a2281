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
    """``spans`` (resolved, in text order) with the revision written after a document's number taken into its span."""
    out: list[Span] = []
    for i, span in enumerate(spans):
        if text.startswith((" ", "\t"), span.end) and span.category == "identifier" \
                and any(c.isdigit() for c in text[span.start:span.end]):
            ceiling = spans[i + 1].start if i + 1 < len(spans) else len(text)
            if (revision := _REVISION_AFTER.match(text, span.end)) and revision.end() <= ceiling:
                span = span.moved(span.start, revision.end())
        out.append(span)
    return out
