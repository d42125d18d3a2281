"""Codes by their column: in a table, a column of batch numbers, lots or orders holds one in every row.

Data pasted into a case study (a register, an import file, a trace) puts one code per row in a column
("Lot", "BATCH_NO", "Client PO"), and the rules find a code by its shape or the words before it, which a
cell has none of: "AM4J1102", "4400187263". This second opinion reads the first pass's findings: in a
table of pipe-, tab- or comma-separated rows (``table_column.tables``), a column is a column of codes when
its header names a kind of code ("Lot", "Batch no", "PO", "Serial", "GTIN", "FS_Ref") or when at least two
of its code-like cells, and at least half of them, were found as identifiers. (A column headed as telephone numbers
holds a number in each row, written as an export writes it: "46855512345".) Its other code-like cells
(letters and digits mixed, or six digits or more) are then identifiers too. A cell something else was found
in (a date, a product, an amount) is left to that finding; words, statuses and small numbers stay. Tables laid out
by spaces (``spaced_tables``: a register, a scanned form) are read too, by their headers only ("EMP NO.", read as
printed where a scanner wrote "EMP N0.").
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from anonymiser.text.data import words
from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.recognisers.table_column import Cell, columns, tables
from anonymiser.text.spaced_tables import SpacedTable, spaced_tables
from anonymiser.text.spans import Span, coverage, entity_key

NAME = "code_column"

# Header cells of a column of codes: "Lot", "Batch no", "BATCH_NO", "Client PO", "Serial #", "GTIN", "FS_Ref", and
# of people's numbers: "Emp. no.", "Staff ID", "Payroll no".
_CODE_HEADER = re.compile(
    r"(?i:(?:.*[ \t_.])?(?:batch|batches|lot|lots|po|order|serial|s/?n|gtin|sscc|ndc|ref|refs|reference|asset|tag|"
    r"ticket|incident|change|sample|barcode|udi|emp|employee|staff|payroll|personnel|student|clock|"
    # a clinical supply's kits and sites, a trial's subjects: "Kits", "To site", "Subject", "Kit no."
    r"kit|kits|site|subject|patient|randomi[sz]ation)"
    r"(?:[ \t_.]{0,2}(?:no|nos|nr|num|number|numbers|id|ids|ref|#))?"
    # (and a column of their ranges: "Kit number range", "Kit ranges")
    r"(?:[ \t_]ranges?)?[ \t]*[.:#]?"
    # (people's National Insurance numbers, and with their "no" or "ID" the numbers of words that head other columns
    # alone: "CardNo", "Badge no", "Operator ID", "Works no.", "Pay no", "NI number"; a visitor book's "Badge" is its
    # passes', "V-071", no one's)
    r"|(?:.*[ \t_.])?nino[ \t]*[.:#]?"
    r"|(?:.*[ \t_.])?(?:badge|card|operator|op|worker|works|pay|hr|ni|swipe|access|clock|agency)"
    r"[ \t_.]{0,2}(?:no|nos|nr|num|number|numbers|id|ids|#)[ \t]*[.:#]?)")
# A header cell as a scanner may have read it: "EMP N0." for "EMP NO." (a "0" or a "1" among letters).
_AS_LETTERS = str.maketrans("01", "Ol")


# (in a table laid out by spaces, a header naming a record's numbers only: not a printout's "Tag", "Site" or "Sample"
# column of a plant's instruments, areas and points, whose cells the text names as things, not records)
_SPACED_CODE_HEADER = re.compile(
    r"(?i:(?:.*[ \t_.])?(?:batch|batches|lot|lots|po|order|serial|s/?n|gtin|sscc|ndc|asset|barcode|udi|emp|employee|"
    r"staff|payroll|personnel|clock|kit|kits)(?:[ \t_.]{0,2}(?:no|nos|nr|num|number|numbers|id|ids|ref|#))?[ \t]*[.:#]?)")


def _code_header(text: str, start: int, end: int) -> bool:
    return bool(_SPACED_CODE_HEADER.fullmatch(text[start:end].translate(_AS_LETTERS)))


def _codes_header(line: str, cells: list[tuple[int, int]]) -> bool:
    """Whether a line laid out by spaces heads a table with a column of codes: three cells or more, none a figure,
    one naming a kind of code ("EMP NO.", "Lot", "Serial")."""
    return len(cells) >= 3 and not any(line[a:b].translate(_AS_LETTERS).isdigit() for a, b in cells) \
        and any(_code_header(line, a, b) for a, b in cells)


def _spaced_codes(text: str, table: SpacedTable, covered: bytearray) -> Iterator[Span]:
    """The codes in a table laid out by spaces, as a register or a scanned form draws it: under a header cell naming a
    kind of code, each code-shaped cell nothing was found in ("Emp. no." over "40217")."""
    headed = [_code_header(text, a, b) and not covered[a] for a, b in table.header]
    if not any(headed):
        return
    for row in table.rows:
        for (start, end), k in zip(row.cells, table.columns_of(row)):
            cell = Cell(0, start, end)
            if k is not None and headed[k] and _code_shaped(text, cell, short=True) and not any(covered[start:end]):
                yield Span(start, end, "identifier", NAME, 0.7, "Code", entity_key(text[start:end]),
                           "In a table's column of codes")


# A cell that may hold a code: one token of letters, digits and ".", "-", "/" or "_".
_CODE_CELL = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{2,40}")
# A code with its maker's prefix in capitals before a space, under a header naming a kind of code: "MS 22-3390" in a
# "Serial no." column (the number after the space with a digit in it and three characters or more: not "Rev 2").
# (a label before the code is no prefix of it: "PIN 7720-4416", "REF 4471" are left to what reads the code alone)
_PREFIXED_CODE_CELL = re.compile(r"(?P<p>[A-Z]{1,4})[ ](?=[A-Za-z0-9._/-]*\d)[A-Za-z0-9][A-Za-z0-9._/-]{2,40}")
_LABEL_PREFIXES = frozenset("PIN REF NO NR ID PO TEL FAX EXT TAG SN QTY LOT".split())
# A hash or a commit in lower-case hexadecimal ("4b70d0aa"): a value's fingerprint, not a code of the trade.
_HASH = re.compile(r"(?=[0-9]*[a-f])[0-9a-f]{7,64}")
# An ordinal or a short count with its unit ("1st", "3rd", "12th", "4x", "2h"): a place in a list or an amount.
_ORDINAL = re.compile(r"\d{1,4}(?i:st|nd|rd|th|x|h|d|w|m|s)")
_FOUND = 1


class CodeColumnRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        text = doc.text
        found_tables = tables(text)
        laid_out = list(spaced_tables(text, _codes_header))
        if not found_tables and not laid_out:
            return
        # what was found over each letter: an identifier (1) or something else (2); identifiers last: where both
        # were found, an identifier was
        covered = coverage(len(text), (([s for s in found if s.category != "identifier"], 2),
                                       ([s for s in found if s.category == "identifier"], _FOUND)))
        for cells in found_tables:
            yield from _column_codes(text, cells, covered)
        for table in laid_out:
            yield from _spaced_codes(text, table, covered)


def _column_codes(text: str, cells: Sequence[Cell], covered: bytearray) -> Iterator[Span]:
    for column in columns(cells):
        header = column[0]
        if _PHONE_HEADER.fullmatch(text, header.start, header.end):
            yield from _column_phones(text, column[1:], covered)
            continue
        headed = bool(_CODE_HEADER.fullmatch(text, header.start, header.end)) and not covered[header.start]
        # (a first row of codes is a row of a table without a header: "R-1,KX7Q2201,500")
        body = column if not (header.header or headed) and _code_shaped(text, header) else column[1:]
        shaped = [c for c in body if _code_shaped(text, c, short=headed)]
        codes = sum(_code_found(covered, c) for c in shaped)
        if not (headed or codes >= 2 and 2 * codes >= len(shaped)):
            continue
        for cell in shaped:
            if not any(covered[cell.start:cell.end]):
                yield Span(cell.start, cell.end, "identifier", NAME, 0.7, "Code", entity_key(text[cell.start:cell.end]),
                           "In a table's column of codes")
        if headed:
            yield from _listed_codes(text, [c for c in body if c not in shaped], covered)


# A cell listing codes: "100447, 100448, 100451", "300031-300036" (a range of numbers), "GB-104; PL-203".
_LISTED = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{2,40}(?:[ \t]*[,;][ \t]*[A-Za-z0-9][A-Za-z0-9._/-]{2,40})+"
                     r"|\d{4,12}[ \t]?[-\u2013][ \t]?\d{4,12}")
_LISTED_ITEM = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]*[A-Za-z0-9]|\d+")


def _listed_codes(text: str, cells: Sequence[Cell], covered: bytearray) -> Iterator[Span]:
    """The codes of a cell that lists them, under a header naming a kind of code: each a code's shape (a range's
    two ends, each four digits or more)."""
    for cell in cells:
        if not _LISTED.fullmatch(text, cell.start, cell.end):
            continue
        for item in _LISTED_ITEM.finditer(text, cell.start, cell.end):
            if "-" in item.group() and item.group().replace("-", "").isdigit() and _LISTED.fullmatch(item.group()):
                parts = [(item.start(), item.start() + item.group().index("-")),
                         (item.start() + item.group().index("-") + 1, item.end())]
            else:
                parts = [item.span()]
            for start, end in parts:
                mention = text[start:end]
                mixed = any(c.isalpha() for c in mention) and any(c.isdigit() for c in mention)
                if _CODE_CELL.fullmatch(mention) and (mixed or mention.isdigit() and len(mention) >= 4) \
                        and not any(covered[start:end]):
                    yield Span(start, end, "identifier", NAME, 0.7, "Code", entity_key(mention), "In a table's column of codes")


# Header cells of a column of telephone numbers: "phone", "Tel.", "Mobile no", "cell_phone", "Fax", "WhatsApp".
_PHONE_HEADER = re.compile(r"(?i:(?:.*[ \t_.])?(?:phone|telephone|tel|mobile|mob|cell|fax|whatsapp)"
                           r"(?:[ \t_.]{0,2}(?:no|nos|nr|num|number|numbers|#))?[ \t]*[.:#]?)")
# A number as an export writes it, without its "+" or its spaces: "46855512345", "6565550192", "+2348035550142".
_PHONE_CELL = re.compile(r"\+?[\d() -]{8,22}")


def _column_phones(text: str, cells: Sequence[Cell], covered: bytearray) -> Iterator[Span]:
    """The numbers in a column headed as telephone numbers that nothing found (an export strips the "+" and
    the spaces the phone recogniser reads a number by): eight to fifteen digits."""
    for cell in cells:
        mention = text[cell.start:cell.end]
        if (_PHONE_CELL.fullmatch(mention) and 8 <= sum(c.isdigit() for c in mention) <= 15
                and not any(covered[cell.start:cell.end])):
            yield Span(cell.start, cell.end, "contact", NAME, 0.75, "Phone", entity_key(re.sub(r"\D", "", mention)),
                       "In a table's column of telephone numbers")


# A slot of a run or a list, a trade's acronym numbered ("SST-01", "STD-2", "QC_03": a sequence's system suitability
# injection, a standard, a control), no code of one thing.
_SLOT = re.compile(r"(?P<a>[A-Z]{2,5})[-_]?\d{1,2}")


def _numbered_slot(mention: str) -> bool:
    return (slot := _SLOT.fullmatch(mention)) is not None and slot.group("a") in words("known_acronyms.txt")


def _code_found(covered: bytearray, cell: Cell) -> bool:
    """Whether an identifier was found over most of the cell."""
    return covered[cell.start:cell.end].count(_FOUND) * 2 >= cell.end - cell.start


def _code_shaped(text: str, cell: Cell, *, short: bool = False) -> bool:
    """A cell that may hold a code: one token with letters and digits mixed ("AM4J1102", "FS-4.1") or of six
    digits or more ("4400187263"; four digits or more alone, ``short``, under a header naming a kind of code:
    "Emp. no." over "40217"); not a number written with a decimal point ("9.5", "1.20"), an ordinal ("3rd") nor a hash
    ("4b70d0aa")."""
    if short and (prefixed := _PREFIXED_CODE_CELL.fullmatch(text, cell.start, cell.end)) \
            and prefixed.group("p") not in _LABEL_PREFIXES:
        return True
    if not _CODE_CELL.fullmatch(text, cell.start, cell.end):
        return False
    mention = text[cell.start:cell.end]
    digits = sum(c.isdigit() for c in mention)
    if not digits or _HASH.fullmatch(mention) or _ORDINAL.fullmatch(mention) or _numbered_slot(mention):
        return False
    if any(c.isalpha() for c in mention):
        return True
    if short and mention.isdigit():
        return digits >= 4
    return digits >= 6 and not re.fullmatch(r"[\d.]*\.\d+", mention)


RECOGNISER = CodeColumnRecogniser()
