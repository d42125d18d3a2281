"""The values of a GS1 element string as a pack's human-readable line or a serialisation log prints it:
"(01)05012345678900 (17)270131 (10)QB24K0412 (21)7HX92KQ4LM", "(00) 3 5060912 000418827 4".

Each value is read after its application identifier in brackets, up to the next one or a space: the GTIN
("(01)", "(02)") names the contributor's product, the batch ("(10)") is a lot number, the serial ("(21)") and the
SSCC ("(00)") are identifiers, the dates after "(11)", "(13)", "(15)", "(17)" (YYMMDD) dates. A GTIN must be
fourteen digits and an SSCC eighteen (spaced as a label spaces them), so a bracketed "(10)" in prose is no batch.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.recognisers.date import MONTHS
from anonymiser.text.spans import Span, entity_key

NAME = "gs1_string"
# (led by its "(", which ``re`` skips ahead to)
_GTIN = re.compile(r"\((?:01|02)\)[ \t]?(?P<value>\d{14})(?!\d)")
_SSCC = re.compile(r"\(00\)[ \t]?(?P<value>\d(?:[ \t]?\d){17})(?!\d)")
# A production, packing or expiry date, YYMMDD ("(17)270331").
_DATE = re.compile(r"\((?:11|13|15|17)\)[ \t]?(?P<value>\d{6})(?!\d)")
# A batch or a serial: up to 20 of GS1's characters, ended by the next identifier's bracket, a space or the line's end.
_VARIABLE = re.compile(r"\((?P<ai>10|21)\)[ \t]?(?P<value>[A-Za-z0-9\-./_]{1,20}?)(?=\(\d{2,4}\)|[\s,;|]|$)", re.MULTILINE)


# An EPC tag's URI, the same numbers in the form RFID and EPCIS events write them: "urn:epc:id:sgtin:5061427.031882.7K2Q9X",
# "urn:epc:id:sscc:5061427.0000012345", "urn:epc:id:sgln:5061427.00001.0".
_EPC_URI = re.compile(r"urn:epc:(?:id|tag|idpat|class):[a-z0-9-]+:[A-Za-z0-9.*%-]*\d[A-Za-z0-9.*%-]*(?<![.-])")


class Gs1StringRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        if "urn:epc:" in text:
            for match in _EPC_URI.finditer(text):
                yield self._span(doc, match, "identifier", "Code", "An EPC tag's URI")
        if "(0" not in text:
            return  # (a string with no GTIN or SSCC is no pack's element string)
        anchored = False
        for match in _GTIN.finditer(text):
            anchored = True
            yield from self._spans(doc, match, "product", "Product", "A GTIN in a GS1 element string")
        for match in _SSCC.finditer(text):
            anchored = True
            yield from self._spans(doc, match, "identifier", "Code", "An SSCC in a GS1 element string")
        if not anchored:
            return
        for match in _DATE.finditer(text):
            month = int(match.group("value")[2:4])
            if 1 <= month <= 12:
                start, end = match.span("value")
                yield Span(start, end, "date", NAME, 0.9, "Date", match.group("value"), "A date in a GS1 element string",
                           (("month", MONTHS[month - 1]), ("year", "20" + match.group("value")[:2])))
        for match in _VARIABLE.finditer(text):
            value = match.group("value")
            if not any(c.isdigit() for c in value):
                continue  # ("(10) batch" in a table of identifiers is the identifier's name, not a value)
            if match.group("ai") == "10":
                yield self._span(doc, match, "product", "Batch", "A batch in a GS1 element string")
            else:
                yield self._span(doc, match, "identifier", "Serial", "A serial in a GS1 element string")

    def _spans(self, doc: Document, match: re.Match[str], category: str, label: str, reason: str) -> Iterator[Span]:
        """A GTIN's or an SSCC's value, and the same with its bracketed identifier before it, as the code is written
        and quoted whole ("case (00)150612345000012347"): the longer is redacted, the value alone taught to the
        text's other mentions of it ("GTIN: 05012345678900")."""
        value = self._span(doc, match, category, label, reason)
        yield value
        yield Span(match.start(), value.end, category, NAME, value.confidence, label, value.key, reason)

    def _span(self, doc: Document, match: re.Match[str], category: str, label: str, reason: str) -> Span:
        start, end = match.span("value") if "value" in match.re.groupindex else match.span()
        return Span(start, end, category, NAME, 0.9, label, entity_key(doc.text[start:end]), reason)


RECOGNISER = Gs1StringRecogniser()
