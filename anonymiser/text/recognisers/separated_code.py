"""Codes whose parts are joined by dots or slashes: "PXR.7712.BLD.03", "SMP.26.008814", "K517/2604B", "GB31-0884/02",
"DR-66213/B11": a process step, a sample, a stability batch, a container of a lot, as a LIMS, an ERP or a protocol
writes them. ``structured_code`` reads the codes joined by hyphens alone.

A code here is capitals and digits only (a unit, "mg/mL", a domain or a file name has lower case), with a capital,
four digits or more, three of them in a row ("3.2.P.3.5" is a dossier's section), and two letters or a part mixing
letters and digits ("P.001/003" is a fax's page); with one dot or slash, six digits or more and a part mixing letters
and digits ("IP65/IP67", "DN50/PN16" are specifications, "Q1/2024" and "FY24/25" periods). Standards ("ISO/IEC 27001"), a regulator's guideline ("EMA/CHMP/QWP/917233/2013"), instrument tags and
numbers alone (dates, versions, decimals) are none.
"""
from __future__ import annotations

import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.recognisers.compound_code import NOT_CODES, instrument_or_standard
from anonymiser.text.recognisers.document_id import published_guideline
from anonymiser.text.recognisers.structured_code import FILE_TYPE, mixes_letters_and_digits

# (led by a capital or digit no word character, dot, slash or hyphen stands before, which ``re`` skips ahead to; it
# ends its token: no letter, digit, hyphen or slash and word after it, a file's type aside, as ``structured_code`` reads)
_CODE = re.compile(rf"[A-Z0-9](?<![\w./-].)[A-Z0-9]*(?:[./-][A-Z0-9]+){{1,5}}(?![\w-]|/\w|\.(?!{FILE_TYPE})\w)")
_MIN_DIGITS = 4
_MIN_DIGITS_ONE_JOIN = 6
_DIGIT_RUN = re.compile(r"\d+")
# (the European Union's directives and regulations: "2006/42/EC", "2017/745/EU", "93/42/EEC")
_LEGISLATION = frozenset({"EC", "EU", "EEC", "EG", "CE", "EWG", "UE"})
_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|FY\d{2}|CY\d{2})[./]")


def _is_code(match: re.Match[str], doc: Document) -> bool:
    code = match.group()
    if "." not in code and "/" not in code:
        return False  # (hyphens alone: ``structured_code``'s)
    digits = sum(c.isdigit() for c in code)
    if digits < _MIN_DIGITS or not any(c.isalpha() for c in code) or _PERIOD.match(code):
        return False
    parts = re.split(r"[./-]", code)
    if any(part in NOT_CODES or part in _LEGISLATION for part in parts) or instrument_or_standard(code) \
            or published_guideline(code):
        return False
    if max(map(len, _DIGIT_RUN.findall(code))) < 3:
        return False  # ("3.2.P.3.5", a dossier's section; "HF-11.4.2-07", a release)
    mixed = mixes_letters_and_digits(parts)
    if not mixed and sum(c.isalpha() for c in code) < 2:
        return False  # ("P.001/003", a fax's page)
    if len(parts) == 2:
        return mixed and digits >= _MIN_DIGITS_ONE_JOIN
    return True


RECOGNISER = PatternRecogniser(
    name="separated_code",
    category="identifier",
    label="Code",
    patterns=(Pattern(_CODE, 0.7, requires=re.compile(r"[A-Z0-9][./][A-Z0-9]")),),
    validate=_is_code,
    reason="Code of capitals and digits joined by dots or slashes: a step, sample, batch or container",
)
