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
           r"super-users|users|managers|inspectors|chemists|biologists|apprentices|graduates|specialists|operatives|"
           r"pharmacists|nurses|volunteers|drivers|fitters|electricians|planners|trainees)")
_SIZE_UNIT = r"(?:L|l|litres?|liters?|kL|kg|tonnes?|t|GBq|MBq|TBq|Ci|mCi)"
# Plant counted: "9 compression lines", "6 AMRs", "two isolators" (the size of a site as surely as its staff).
_EQUIPMENT = (r"(?:lines|bioreactors|isolators|reactors|robots|AMRs|AGVs|cobots|presses|tablet[ \t]presses|granulators|"
              r"suites|cleanrooms|skids|fillers|filling[ \t]lines|packing[ \t]lines|lyophilisers|freeze[ \t]dryers|"
              r"autoclaves|fermenters|warehouses|sites|plants)")
# Counted things that say nothing about a site's size: "3 times a day", "2 hours a week"; and words that start
# a phrase of time, not a counted noun: "fell to 19 in a year".
_NOT_COUNTED = frozenset(
    "time times minute minutes min mins h hour hours hr hrs day days week weeks month months year years second seconds "
    "percent per cent meeting meetings call calls visit visits audit audits check checks sample samples reading "
    "readings plate plates test tests deviation deviations record records page pages entries alarm alarms ticket "
    "tickets message messages email emails e-mail e-mails "
    "in for over within during by of to at on the each every once twice".split()
)
# What may follow a number for it to be a headcount or a batch size (tried only where a number is).
_AFTER = re.compile(
    rf"(?P<people>(?:[ \t]+[a-zA-Z-]+){{0,2}}?[ \t]+{_PEOPLE}\b|[ \t]+of[ \t]+(?:us|them)\b|-strong\b|"
    # "27 of 31 packaging operators": the part and the whole
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?\d[\d,]*(?:[ \t]+[a-zA-Z-]+){{0,2}}?[ \t]+{_PEOPLE}\b)"
    rf"|(?P<equipment>(?:[ \t]+[a-z][a-z-]+)?[ \t]+{_EQUIPMENT}\b(?![ \t]+of\b))"
    # "4 × 2,000 L bioreactors": the number of vessels of a size
    rf"|(?P<times>[ \t]*[\u00d7x][ \t]*\d[\d,]*(?:\.\d+)?[ \t]?{_SIZE_UNIT}\b)"
    rf"|(?P<per>[ \t]+(?:vials|doses|syringes|units|tablets|bags|patient[ \t]batches|batches|kg|L)[ \t]+(?:a|per|each)[ \t]+"
    rf"(?:batch|year|run|campaign|hour|day|week)\b)"
    rf"|(?P<rate>[ \t]?(?:kg|L|litres)[ \t]+(?:a|per)[ \t]+(?:hour|batch|day)\b)"
    rf"|(?P<size>[ \t]?-?{_SIZE_UNIT}(?=[ \t-]*(?:batch|bioreactor|vessel|reactor|scale|tank|fermenter|lots?|campaign|"
    rf"run|single-use|SUB|stainless|\b)))"
)
# Capacity and output: "1,400 materials a week", "6,000 units an hour", "6 batches a month" (tried only when
# one of ``_RATE_WORDS`` follows the number closely).
_OUTPUT = re.compile(r"[ \t]+(?P<w1>[a-z][a-z-]*)(?:[ \t]+(?P<w2>[a-z][a-z-]*))?[ \t]+(?:a|an|per|each|every)[ \t]+"
                     r"(?:hour|day|week|month|year|shift)\b")
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
# A headcount after its label: "Headcount 188", "(employees: 148)", "Number of contractors: 6", "headcount on site
# this phase: 14" (words between a label and its colon only after "headcount": "Staff parking spaces: 40" is no
# headcount; tried only where one of the labels' words stands just before the number).
_LABEL_BEFORE = re.compile(
    rf"\b(?:head[ \t-]?count(?:[ \t]+(?:[a-z]+[ \t]+){{0,4}}?[a-z]+)?|employees|staff|ftes?|(?:number|no\.?)[ \t]+of[ \t]+{_PEOPLE})"
    r"(?:[ \t]*[:=]|[ \t]+(?:is|was|of|now|stands[ \t]+at)?)"
    r"[ \t]*(?:about[ \t]+|around[ \t]+|approx\.?[ \t]*|c\.[ \t]*|~[ \t]*)?$")
_LABEL_WORD = re.compile(r"count|employ|staff|fte|number|no")  # (a word every label holds, sought first)
_PEOPLE_WORD = re.compile(rf"\b{_PEOPLE.lower()}\b")
# A stainless steel's grade, its "L" glued to it: "316L", "304L", "317L", "904L" (no litres).
_STEEL_GRADE = re.compile(r"(?:304|316|317|321|347|904)L")
_GLUE = frozenset(".,_") | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


class QuantityRecogniser:
    name = "quantity"

    def find(self, doc: Document) -> Iterator[Span]:
        text, lower = doc.text, doc.lower
        for number in _NUMBER.finditer(text):
            start, end = number.span()
            if start and (text[start - 1] in _GLUE or text[start - 1] == "-" and start > 1 and text[start - 2].isalpha()):
                continue  # (part of a code or a standard: "ISA-95 lines")
            scale = _SCALE.match(text, end)
            if scale:
                end = scale.end()
            after = _AFTER.match(text, end)
            value = float(number.group().replace(",", ""))
            if value < 2 and not scale and not (after and after.group("size")):
                continue  # (a size may be small: "1.2 kg batches"; a count of one or none is no count)
            unit = ""
            if after and after.group("size") and _STEEL_GRADE.fullmatch(text, start, after.end("size")):
                continue  # ("316L on PTFE gaskets": a stainless steel's grade, no 316 litres)
            if after:
                kind = "people" if after.group("people") else "size"
                mention = text[start:after.end()]
                if after.group("size"):
                    # (a size's unit goes with its number, written again after the band: "240 kg" → "100–250 kg")
                    unit, end = text[end:after.end("size")], after.end("size")
            elif (output := _OUTPUT.match(text, end)) and not {output.group("w1"), output.group("w2")} & _NOT_COUNTED:
                kind, mention = "size", text[start:output.end()]
            elif (scale or value >= 1000) and (units := _PRODUCT_UNITS.match(text, end)):
                kind, mention = "size", text[start:units.end()]
            elif "per " in lower[max(0, start - 45):start] and _PER_FIELD.search(lower, max(0, start - 45), start) and not _NOT_A_COUNT_AFTER.match(text, end):
                kind, mention = "size", text[max(0, start - 20):end]
            # (every "team of" holds "of": the search, tried at forty positions, only where it can match)
            elif lower.find("of", max(0, start - 40), start) >= 0 and _TEAM_OF.search(lower, max(0, start - 40), start):
                kind, mention = "people", text[max(0, start - 12):end]
            elif (_LABEL_WORD.search(lower, max(0, start - 40), start) and _LABEL_BEFORE.search(lower, max(0, start - 60), start)
                  and not _NOT_A_COUNT_AFTER.match(text, end) and not (1900 <= value < 2100 and "," not in number.group())):
                kind, mention = "people", text[max(0, start - 12):end]
            elif lower.endswith("out of ", max(0, start - 7), start) and _PEOPLE_WORD.search(lower, max(0, start - 60), start):
                kind, mention = "people", text[max(0, start - 7):end]  # "64 users trained out of 71"
            else:
                continue
            attrs = (("kind", kind), ("value", repr(value))) + ((("unit", unit),) if unit else ())
            yield Span(start, end, "quantity", self.name, 0.85, "Quantity", mention.casefold(),
                       "Exact headcount or batch size", attrs)


RECOGNISER = QuantityRecogniser()
