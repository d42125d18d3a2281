"""Codes of one series listed together: "lots ARX17-25-044 and ARX17-25-045", "batches 24B118, 24B119
and 24B120", "SOP-QB-0317 to SOP-QB-0320", a range "KT-20001–KT-20480". When a code is written next to another of the same shape (the
same letters before the first digit, the same length give or take one, six characters or more: "LY-01
and LY-04" are equipment tags), both are identifiers; a recogniser
that knows the first from its cue ("lots") would otherwise leave the rest."""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import words
from anonymiser.text.document import Document
from anonymiser.text.spans import Span, entity_key

_CODE = r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]+)+|[A-Z]{1,4}\d{2,}[A-Z0-9]*|\d{2}[A-Z]\d{3,}"
# ``_CODE`` after its first character, each branch checking that character behind it
_CODE_REST = (r"(?:(?<=\d)|(?=[A-Z0-9-]*\d))(?:(?<=[A-Z])|(?=[A-Z0-9-]*[A-Z]))[A-Z0-9]+(?:-[A-Z0-9]+)+"
              r"|(?<=[A-Z])[A-Z]{0,3}\d{2,}[A-Z0-9]*|(?<=\d)\d[A-Z]\d{3,}")
# (the second code in a look-ahead, so it can start the next pair: "24B118, 24B119 and 24B120")
# (Speed, same matches as "(?<![\w-])(?P<a>{_CODE})…": the first code starts with its first character, so
# ``re`` skips ahead to a capital or digit, and the character before it is checked behind that.)
_PAIR = re.compile(rf"(?P<a>[A-Z0-9](?<![\w-].)(?:{_CODE_REST}))"
                   rf"(?=(?:[ \t]*[,\u2013][ \t]*|[ \t]+(?:and|&|or|to|through)[ \t]+|[ \t]*/[ \t]*)(?P<b>{_CODE})(?![\w-]))")
# Periods and standards, not codes: "FY25 and FY26", "ISO 9001 and ISO 14001", "WK12 to WK14".
_NOT_SERIES = frozenset({"ISO", "EN", "BS", "IEC", "ICH", "USP", "CFR", "FY", "CY", "Q", "H", "WK", "W", "P", "T", "PH",
                         "MK", "V", "R", "S", "C", "A", "B", "E", "F", "G", "K", "L", "M", "N", "X", "Y", "Z"})
_PREFIX = re.compile(r"[A-Z]*")


def _shape(code: str) -> tuple[str, int]:
    prefix = _PREFIX.match(code)
    return (prefix.group() if prefix else ""), len(code)


class IdentifierListRecogniser:
    name = "identifier_list"

    def find(self, doc: Document) -> Iterator[Span]:
        acronyms = words("known_acronyms.txt")
        for match in _PAIR.finditer(doc.text):
            (pa, la), (pb, lb) = _shape(match.group("a")), _shape(match.group("b"))
            if pa != pb or abs(la - lb) > 1 or min(la, lb) < 6 or pa in acronyms or pa in _NOT_SERIES:
                continue
            for group in ("a", "b"):
                start, end = match.span(group)
                yield Span(start, end, "identifier", self.name, 0.8, "Code", entity_key(match.group(group)),
                           "A code listed with another of the same series")


RECOGNISER = IdentifierListRecogniser()
