"""A file named with a found code goes whole: "qv7741_scale-up_v2.1.pdf", "KTL-RFQ-2031-007_Annex4_Costs_v3.xlsx",
"rx3307_pack_20310417.csv", and so does a sequence's or a run's name of parts joined by "_" ("STAB_QX0917_T12M_2503").
The code names the product, the tender or the batch, and the rest of the name (a step, a
draft, a date) is read with it; a placeholder inside a file's name reads as half a redaction.

Only around a product, an identifier or a declared term not read as a person (a person's name in a file's name is
the person recognisers'), inside one token of letters, digits, "_", "-" and "." that ends in a file's type; what else
was found inside the token goes into it. A file named by the code alone ("QV7741.pdf", "QV7741-2.pdf" where the code is
"QV7741-2") keeps its type after the code's placeholder. Run on the resolved spans, like ``salt_forms``.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from anonymiser.text.recognisers.structured_code import FILE_TYPE
from anonymiser.text.spans import Span

_REACH = 120  # (the longest file's name read: a token is read no further either side of its code)
_FILE_NAME = re.compile(rf"[\w.-]*\.(?i:{FILE_TYPE})")  # ("….PDF" as a scanner names it)
_CODES = frozenset({"product", "identifier"})
# A name of three parts or more joined by "_", with no file's type: "STAB_QX0917_T12M_2503".
_JOINED_NAME = re.compile(r"[A-Za-z0-9-]+(?:_[A-Za-z0-9-]+){2,}")


def attach_file_names(spans: Sequence[Span], text: str) -> list[Span]:
    """``spans`` (resolved, in text order) with a code's span widened to the file's name it is part of, and the spans
    inside that name dropped."""
    out: list[Span] = []
    taken = -1  # (the end of the last file's name taken)
    for span in spans:
        if span.start < taken:
            if span.end <= taken:
                continue
            span = span.moved(taken, span.end)  # (what runs on past the name)
        if (span.category in _CODES or span.category == "declared" and span.label != "Person") \
                and (whole := _file_name_around(text, span.start, span.end)) is not None:
            inside = len(out)
            while inside and out[inside - 1].start >= whole[0]:
                inside -= 1
            if not inside or out[inside - 1].end <= whole[0]:  # (not where a span runs on into the name)
                del out[inside:]
                span, taken = span.moved(*whole), whole[1]
        out.append(span)
    return out


def _file_name_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the file's name the text ``start:end`` is part of, or None."""
    left, right = start, end
    while left > max(0, start - _REACH) and (text[left - 1].isalnum() or text[left - 1] in "_.-"):
        left -= 1
    while left < start and text[left] in ".-":
        left += 1  # (an ellipsis or a dash before the name)
    while right < min(len(text), end + _REACH) and (text[right].isalnum() or text[right] in "_.-"):
        right += 1
    while right > end and text[right - 1] in ".-":
        right -= 1  # (a sentence's full stop after the name)
    if left == start and text.rfind(".", start, right) <= end or not _FILE_NAME.fullmatch(text, left, right):
        # (no file's name around it, or one named by the code alone, which keeps its type, "[Code A].pdf"; a name of
        # parts joined by "_" may still be)
        return _joined_name_around(text, start, end)
    return left, right


def _joined_name_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The bounds of the name of three parts or more joined by "_" that the code ``start:end`` is one part of (a
    sequence's, a run's or a data set's: "STAB_QX0917_T12M_2503"), or None."""
    left, right = start, end
    while left > max(0, start - _REACH) and (text[left - 1].isalnum() or text[left - 1] in "_-"):
        left -= 1
    while right < min(len(text), end + _REACH) and (text[right].isalnum() or text[right] in "_-"):
        right += 1
    while left < start and text[left] in "-_":
        left += 1
    while right > end and text[right - 1] in "-_":
        right -= 1
    if (left, right) == (start, end) or not _JOINED_NAME.fullmatch(text, left, right) \
            or not (text[start - 1:start] == "_" or text[end:end + 1] == "_"):
        return None
    return left, right
