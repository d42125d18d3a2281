"""Codes, dates and amounts in scanned text: what the rules would find had the scanner read the digits right.

A fax, a stamp or a scanned form reads a "0" as "O" and a "1" as "l" or "I" inside numbers: a batch "31Ol28", a form's
number "XK-07l3", a stamp's date "1O MAY 2O23", an amount "£7,215.OO". This second opinion reads the text with those
letters read as digits (``anonymiser.text.ocr.read_digits``, same length, same offsets) and runs the rules for codes,
dates, amounts and addresses (a postcode's "KW15 OPD") over the lines it changed, and the learned code model over the
whole reading; what they find over a changed number is taken.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

from anonymiser.text.document import Document
from anonymiser.text.ocr import Reading, changed_lines, over_changes, read_digits
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.spans import Span

NAME = "ocr_code"
# The rules run over the reading (codes, dates, amounts, postcodes and addresses), and the kinds of their findings taken.
_RULES = ("document_id", "tag_code", "batch_number", "reference_number", "numbered_field", "vehicle_registration",
          "structured_code", "separated_code", "serial_number", "licence_number", "compound_code", "patent",
          "money", "date", "postcode", "address")
_CATEGORIES = frozenset({"identifier", "product", "money", "date", "place"})


class OcrCodeRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        reading = read_digits(doc.text)
        if not reading.changed:
            return
        # (a number something was found over already with the code it is part of, a scanned telephone number the phone
        # rule read, is read no more; "SOP-QA-O47" of which only "QA-O47" was found is)
        covered = bytearray(len(doc.text))
        for span in found:
            covered[span.start:span.end] = b"\x01" * (span.end - span.start)
        left = tuple((start, end) for start, end in reading.changed if 0 in covered[slice(*_token(doc.text, start, end))])
        if not left:
            return
        reading = Reading(reading.text, left)
        mine = list(_rules_over(doc, reading))
        yield from mine
        yield from _scored(doc, reading, (*found, *mine))


_IN_TOKEN = frozenset("-./_")
_REACH = 40  # (no code is longer)


def _token(text: str, start: int, end: int) -> tuple[int, int]:
    """The code a changed number stands in: the run of letters, digits, "-", ".", "/" and "_" around it."""
    low, high = max(0, start - _REACH), min(len(text), end + _REACH)
    while start > low and (text[start - 1].isalnum() or text[start - 1] in _IN_TOKEN):
        start -= 1
    while end < high and (text[end].isalnum() or text[end] in _IN_TOKEN):
        end += 1
    return start, end


def _rules_over(doc: Document, reading: Reading) -> Iterator[Span]:
    """What the rules find over the changed numbers of the reading, widened to cover them whole."""
    from anonymiser.text.recognisers.registry import get  # (the registry imports this module)

    read = Document(changed_lines(reading), doc.terms, term_labels=doc.term_labels)
    for rule in _RULES:
        for span in get(rule).find(read):
            if span.category not in _CATEGORIES:
                continue
            if (widened := over_changes(span.start, span.end, reading.changed)) is not None:
                start, end, _ = widened
                yield Span(start, end, span.category, NAME, span.confidence, span.label, span.key,
                           "Read with its misread digits: " + span.reason if span.reason else "Read with its misread digits",
                           span.attrs)


def _scored(doc: Document, reading: Reading, found: Sequence[Span]) -> Iterator[Span]:
    """The learned model's codes among the changed numbers of the reading ("31Ol28" read "310128" beside a found
    "310127"): it reads the whole reading, as it reads a text, with what was found so far."""
    from anonymiser.text.recognisers.registry import get  # (the registry imports this module)

    model = get("code_model")
    read = Document(reading.text, doc.terms, term_labels=doc.term_labels)
    # (only the tokens whose code touches a changed number are scored: the model's other codes are not taken)
    for span in model.find_among(read, found, reading.changed):  # type: ignore[attr-defined]
        if (widened := over_changes(span.start, span.end, reading.changed)) is not None:
            start, end, _ = widened
            yield Span(start, end, span.category, NAME, span.confidence, span.label, span.key,
                       "Read with its misread digits: " + span.reason)


RECOGNISER = OcrCodeRecogniser()
