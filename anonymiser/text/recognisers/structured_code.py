"""Codes no cue introduces: "LM10-25-0385", "C6650-D-0101", "OQ-BL3-007", "VP-L6-2023-04",
"LC7731-0044". In a case study a token of letters and digits in hyphen-joined segments is a batch,
a protocol, a document or an asset tag, whatever it is called; the cue-led recognisers
(document_id, batch_number, compound_code, reference_number) read the codes they know better.

A code of digits alone has three segments or more and eight digits, and is no date ("4410-24-018";
a phone number there is the phone recogniser's, which outranks it). Any other code has a capital and
three digits or more, and either three segments or more, or two:
capitals and a number of four digits ("CAPA-0931", "P-4471": a record of the trade's kind, which the compound-code
recogniser leaves to others), or a segment mixing letters and digits with five digits in all
("LC7731-0044"). Standards, algorithms and viruses ("ISO-13485-2016", "SARS-CoV-2", "UTF-8") are
not codes.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.recognisers.compound_code import NOT_CODES, instrument_or_standard
from anonymiser.text.spans import Span, entity_key

# (a token: the recogniser skips a match glued to a letter, digit, "_" or "-" before it, so the look-behind
# after the first character tries no position inside a token — each such try read the rest of the token, and
# one long word of capitals took minutes)
# (a file named by the code is the code: "e.g. QX2207-3315-B.pdf")
FILE_TYPE = r"(?:pdf|docx?|xlsx?|xlsm|csv|txt|zip|xml|json|png|jpe?g|tiff?|msg|eml)(?![\w-]|\.\w)"
_CODE = re.compile(rf"[A-Z0-9](?<![\w-].)[A-Za-z0-9]*(?:-[A-Za-z0-9]+){{1,5}}(?![\w-]|/\w|\.(?!{FILE_TYPE})\w)")
_MIN_DIGITS = 3
_MIN_DIGITS_TWO_SEGMENTS = 5
_MAX_PREFIX = 6
_MIN_DIGITS_ONLY = 8
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-(?:\d{2}|\d{4})")
_MIN_RECORD_DIGITS = 4  # ("PT-100" is a kind of sensor)


def _is_code(match: re.Match[str], doc: Document) -> bool:
    code = match.group()
    digits = sum(c.isdigit() for c in code)
    segments = code.split("-")
    if code.replace("-", "").isdigit():  # "4410-24-018": a lot or a run; phones are the phone recogniser's
        return len(segments) >= 3 and digits >= _MIN_DIGITS_ONLY and not _DATE.fullmatch(code)
    if digits < _MIN_DIGITS or not any(c.isupper() for c in code):
        return False
    if any(s.upper() in NOT_CODES for s in segments) or instrument_or_standard(code):
        return False  # (nor an instrument's tag, "TT-4417", or a vendor's family, "S7-1500")
    if len(segments) >= 3:
        return True
    first, second = segments
    if second[-1:].islower() and second[:-1].isdigit():
        second = second[:-1]  # ("DQ-7734a": a number and its letter)
    if first.isalpha() and first.isupper() and len(first) <= _MAX_PREFIX and second.isdigit() \
            and len(second) >= _MIN_RECORD_DIGITS:
        return True
    return mixes_letters_and_digits(segments) and digits >= _MIN_DIGITS_TWO_SEGMENTS


def mixes_letters_and_digits(parts: list[str]) -> bool:
    """Whether one of a code's parts holds both letters and digits ("LC7731", "C07")."""
    return any(any(c.isdigit() for c in p) and any(c.isalpha() for c in p) for p in parts)


_CODES = PatternRecogniser(
    name="structured_code",
    category="identifier",
    label="Code",
    patterns=(Pattern(_CODE, 0.7),),
    validate=_is_code,
    reason="Code of letters and digits: a batch, protocol, document or asset",
)
# A code broken after one of its hyphens by a narrow column or a wrapped line: "QX-2291-\n0042".
_BROKEN = re.compile(r"[A-Z0-9](?<![\w-].)[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-[ \t]*\n[ \t]*"
                     r"(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w-]|[./]\w)")


class StructuredCodeRecogniser:
    name = "structured_code"
    patterns = _CODES.patterns  # (read by the speed tests)

    def find(self, doc: Document) -> Iterator[Span]:
        yield from _CODES.find(doc)
        if "-\n" not in doc.text and not re.search(r"-[ \t]+\n", doc.text):
            return
        for broken in _BROKEN.finditer(doc.text):
            head, _, tail = broken.group().partition("\n")
            head, tail = head.rstrip(" \t"), tail.lstrip(" \t")
            joined = head + tail
            whole = _CODE.fullmatch(joined)
            if whole is None or not _is_code(whole, doc):
                continue
            key = entity_key(joined)
            start, end = broken.start(), broken.start() + len(head)
            yield Span(start, end, "identifier", self.name, 0.7, "Code", key, "A code broken across a line")
            yield Span(broken.end() - len(tail), broken.end(), "identifier", self.name, 0.7, "Code", key,
                       "A code broken across a line")


RECOGNISER = StructuredCodeRecogniser()
