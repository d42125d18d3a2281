"""Exact headcounts and batch or vessel sizes ("45 operators", "a 2,000 L bioreactor"); banded later."""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.spans import Span

_NUMBER = r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
_PEOPLE = (r"(?P<unit>operators?|staff|employees|people|FTEs?|engineers?|technicians?|scientists?|analysts?|"
           r"colleagues|workers|headcount|contractors|associates|members[ \t]of[ \t]staff|jobs|roles|"
           r"super-users|users|managers|inspectors|chemists|biologists|apprentices|graduates|specialists)")
_SIZE = r"(?P<unit>L|l|litres?|liters?|kL|kg|tonnes?|t)(?=[ \t-]*(?:batch|bioreactor|vessel|reactor|scale|tank|fermenter|lots?|campaign|run|single-use|SUB|stainless|\b))"
_PATTERNS = (
    (re.compile(rf"{_NUMBER}(?:[ \t]+[a-zA-Z-]+){{0,2}}?[ \t]+{_PEOPLE}\b"), "people"),
    (re.compile(rf"{_NUMBER}[ \t]+(?P<unit>vials|doses|syringes|units|tablets|bags|patient[ \t]batches|batches|kg|L)[ \t]+(?:a|per|each)[ \t]+(?:batch|year|run|campaign|hour|day|week)\b"), "size"),
    (re.compile(rf"{_NUMBER}[ \t]?(?P<unit>kg|L|litres)[ \t]+(?:a|per)[ \t]+(?:hour|batch|day)\b"), "size"),
    (re.compile(rf"(?:headcount|team|workforce|staff)[ \t]+of[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+|over[ \t]+)?{_NUMBER}\b(?P<unit>)"), "people-lower"),
    (re.compile(rf"{_NUMBER}[ \t]?-?{_SIZE}"), "size"),
)


_GLUE = frozenset(".,") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


class QuantityRecogniser:
    name = "quantity"

    def find(self, doc: Document) -> Iterator[Span]:
        for regex, kind in _PATTERNS:
            for m in regex.finditer(doc.text if kind != "people-lower" else doc.lower):
                if m.start("num") and doc.text[m.start("num") - 1] in _GLUE:
                    continue
                value = float(m.group("num").replace(",", ""))
                if value < 2:
                    continue
                start, end = m.span("num")
                attrs = (("kind", kind.removesuffix("-lower")), ("value", repr(value)))
                yield Span(start, end, "quantity", self.name, 0.85, "Quantity", m.group().casefold(),
                           "Exact headcount or batch size", attrs)


RECOGNISER = QuantityRecogniser()
