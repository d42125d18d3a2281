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
# Counted things that say nothing about a site's size: "3 times a day", "2 hours a week".
_NOT_COUNTED = (r"(?:times?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|seconds?|percent|per|cent|"
                r"meetings?|calls?|visits?|audits?|checks?|samples?|readings?|plates?|tests?|deviations?|records?|"
                r"pages?|entries|alarms?|tickets?|messages?|e-?mails?|"
                # words that start a phrase of time, not a counted noun: "fell to 19 in a year"
                r"in|for|over|within|during|by|of|to|at|on|the|each|every|once|twice)")
# What may follow a number for it to be a headcount or a batch size (tried only where a number is).
_AFTER = re.compile(
    rf"(?P<people>(?:[ \t]+[a-zA-Z-]+){{0,2}}?[ \t]+{_PEOPLE}\b|[ \t]+of[ \t]+us\b)"
    rf"|(?P<per>[ \t]+(?:vials|doses|syringes|units|tablets|bags|patient[ \t]batches|batches|kg|L)[ \t]+(?:a|per|each)[ \t]+"
    rf"(?:batch|year|run|campaign|hour|day|week)\b)"
    rf"|(?P<rate>[ \t]?(?:kg|L|litres)[ \t]+(?:a|per)[ \t]+(?:hour|batch|day)\b)"
    # capacity and output: "1,400 materials a week", "6,000 units an hour", "6 batches a month"
    rf"|(?P<output>(?:[ \t]+(?!{_NOT_COUNTED}\b)[a-z][a-z-]*){{1,2}}[ \t]+(?:a|an|per|each|every)[ \t]+"
    rf"(?:hour|day|week|month|year|shift)\b)"
    rf"|(?P<size>[ \t]?-?{_SIZE_UNIT}(?=[ \t-]*(?:batch|bioreactor|vessel|reactor|scale|tank|fermenter|lots?|campaign|"
    rf"run|single-use|SUB|stainless|\b)))"
)
# Products counted in thousands or millions: a batch size or an output ("24,000 syringes", "1.9 million tablets").
_PRODUCT_UNITS = re.compile(r"(?:[ \t]+[a-z][a-z-]*)?[ \t]+(?:syringes|vials|packs|tablets|capsules|doses|units|bottles|"
                            r"cartons|ampoules|cartridges|pens|blisters|bags|kits|devices|inhalers|sachets|lots?)\b")
_SCALE = re.compile(r"[ \t]+(?:million|billion|thousand)\b")
# "Batches per month rose to 22", "Line leads per shift: 5", "Patient batches per month: 12 → 19"
_PER_FIELD = re.compile(r"\bper[ \t]+(?:hour|day|week|month|year|shift|batch|run|line)\b[^.\n%]{0,25}?"
                        r"(?::|\u2192|->|\bto|\bof|\bat|\bfrom|\bwas|\bwere|\bis|\bare)[ \t]*(?:about[ \t]+|around[ \t]+)?$")
# A measurement, not a count: "per shift: 38 %", "per batch: 4 h", "per day at 05:00"
_NOT_A_COUNT_AFTER = re.compile(r"[ \t]?(?:%|per[ \t]?cent|percent|(?:s|ms|min|mins|minutes|h|hr|hrs|hours|days?|weeks?|"
                                r"months?|years?|kg|g|mg|L|l|ml|mL|m|mm|cm|bar|rpm|x|°C|C)\b|[/.:]\d)")
_TEAM_OF = re.compile(r"(?:headcount|team|workforce|staff)[ \t]+of[ \t]+(?:about[ \t]+|around[ \t]+|some[ \t]+|over[ \t]+)?$")
_GLUE = frozenset(".,_") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class QuantityRecogniser:
    name = "quantity"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        for number in _NUMBER.finditer(text):
            start, end = number.span()
            scale = _SCALE.match(text, end)
            if (start and text[start - 1] in _GLUE) or (float(number.group().replace(",", "")) < 2 and not scale):
                continue
            if scale:
                end = scale.end()
            after = _AFTER.match(text, end)
            if after:
                kind = "people" if after.group("people") else "size"
                mention = text[start:after.end()]
            elif (scale or float(number.group().replace(",", "")) >= 1000) and (units := _PRODUCT_UNITS.match(text, end)):
                kind, mention = "size", text[start:units.end()]
            elif _PER_FIELD.search(doc.lower, max(0, start - 45), start) and not _NOT_A_COUNT_AFTER.match(text, end):
                kind, mention = "size", text[max(0, start - 20):end]
            elif _TEAM_OF.search(doc.lower, max(0, start - 40), start):
                kind, mention = "people", text[max(0, start - 12):end]
            else:
                continue
            attrs = (("kind", kind), ("value", repr(float(number.group().replace(",", "")))))
            yield Span(start, end, "quantity", self.name, 0.85, "Quantity", mention.casefold(),
                       "Exact headcount or batch size", attrs)


RECOGNISER = QuantityRecogniser()
