"""Exact headcounts and batch or vessel sizes ("45 operators", "a 2,000 L bioreactor"); banded later."""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.spans import Span

# "\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?" starting with one digit: ``re`` skips ahead to the next digit.
_NUMBER = re.compile(r"\d(?:\d{0,2}(?:,\d{3})+|\d*(?:\.\d+)?)")
_PEOPLE = (r"(?:operators?|staff|employees|people|FTEs?|engineers?|technicians?|scientists?|analysts?|"
           r"colleagues|workers|headcount|contractors|associates|members[ \t]of[ \t]staff|jobs|roles|"
           r"super-users|users|managers|inspectors|chemists|biologists|apprentices|graduates|specialists)")
_SIZE_UNIT = r"(?:L|l|litres?|liters?|kL|kg|tonnes?|t)"
# What may follow a number for it to be a headcount or a batch size (tried only where a number is).
_AFTER = re.compile(
    rf"(?P<people>(?:[ \t]+[a-zA-Z-]+){{0,2}}?[ \t]+{_PEOPLE}\b)"
    rf"|(?P<per>[ \t]+(?:vials|doses|syringes|units|tablets|bags|patient[ \t]batches|batches|kg|L)[ \t]+(?:a|per|each)[ \t]+"
    rf"(?:batch|year|run|campaign|hour|day|week)\b)"
    rf"|(?P<rate>[ \t]?(?:kg|L|litres)[ \t]+(?:a|per)[ \t]+(?:hour|batch|day)\b)"
    rf"|(?P<size>[ \t]?-?{_SIZE_UNIT}(?=[ \t-]*(?:batch|bioreactor|vessel|reactor|scale|tank|fermenter|lots?|campaign|"
    rf"run|single-use|SUB|stainless|\b)))"
)
_TEAM_OF = re.compile(r"(?:headcount|team|workforce|staff)[ \t]+of[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+|over[ \t]+)?$")
_GLUE = frozenset(".,_") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class QuantityRecogniser:
    name = "quantity"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        for number in _NUMBER.finditer(text):
            start, end = number.span()
            if (start and text[start - 1] in _GLUE) or float(number.group().replace(",", "")) < 2:
                continue
            after = _AFTER.match(text, end)
            if after:
                kind = "people" if after.group("people") else "size"
                mention = text[start:after.end()]
            elif _TEAM_OF.search(doc.lower, max(0, start - 40), start):
                kind, mention = "people", text[max(0, start - 12):end]
            else:
                continue
            attrs = (("kind", kind), ("value", repr(float(number.group().replace(",", "")))))
            yield Span(start, end, "quantity", self.name, 0.85, "Quantity", mention.casefold(),
                       "Exact headcount or batch size", attrs)


RECOGNISER = QuantityRecogniser()
