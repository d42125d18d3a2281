"""People by their column: in a table, a column that names people names them in every row.

Exports, registers and logs put one person per row in a column ("Technician", "Approved by", "User"),
and the rules find most of them by name but miss the cells a rule cannot read alone: an everyday-word
name ("Rose Hill"), initials ("KW"), a log-in ("rhill"), a surname in capitals ("DR. M. HADDAD"). This
second opinion reads the first pass's findings: in a table of pipe- or tab-separated rows, a column is a
people column when its header names a person's role ("Owner", "Technician", "Approved by") or when at
least two of its name-like cells, and at least half of them, were found as people. Its other name-like
cells are then people too. A cell something else was found in (a company, a place, a code) is left to
that finding.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.recognisers.person import name_initials, not_initials
from anonymiser.text.recognisers.person_cues import ROLE_WORDS, TWO_LETTER_WORDS
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.spans import Span, entity_key

NAME = "table_column"

# Header cells of a column of people ("Approved by", "QA reviewer", "Tester", "Initials").
_PEOPLE_HEADER = re.compile(
    r"(?i:(?:.*[ \t])?(?:name|names|owner|owners|operator|operators|technician|technicians|engineer|assignee|"
    r"approver|approvers|reviewer|reviewers|tester|testers|user|users|username|login|who|initials|init|inits|lead|leads|contact|"
    r"person|people|requester|requestor|raised[ \t]+by|approved[ \t]+by|reviewed[ \t]+by|checked[ \t]+by|"
    r"verified[ \t]+by|performed[ \t]+by|done[ \t]+by|signed[ \t]+by|completed[ \t]+by|entered[ \t]+by|by|"
    r"author|authors|champion|sponsor|trainer|trainee|attendee|attendees|visitor|host|escort|driver|signature))")
# A cell that may hold a person: one to four words of letters (inner dots, hyphens, apostrophes, a comma
# after a surname), or one log-in in lower case with digits after it.
_NAME_CELL = re.compile(r"(?:[^\W\d_][\w.'\u2019-]*,?(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,3}|[a-z][a-z._-]{2,20}\d{0,3})")
# A cell that is no one: a placeholder, a team, a yes or a no.
_NOT_NAMES = frozenset("""n/a na tbc tbd none all any team vendor supplier contractor client customer yes no ok
    pass fail passed failed done open closed n y x nil unassigned various other others external internal""".split())
# Last words of a cell that names a role or a thing, not a person.
_THING_HEADS = ROLE_WORDS | frozenset("number no id code name type administrator admin account group team".split())
_MIN_ROWS = 3
# A ruled line between rows drawn with "+" at the crossings, no "|": "--------+-------+------".
_RULE_ROW = re.compile(r"[ \t]*[-=]+(?:\+[-=]+)+\+?[ \t]*")


@dataclass(frozen=True)
class _Cell:
    column: int
    start: int
    end: int


class TableColumnRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        return self.find_among(doc, ())

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        text = doc.text
        if "|" not in text and "\t" not in text:
            return
        covered = bytearray(len(text))  # 1: a person found there, 2: something else
        for person in (False, True):  # (people last: where both were found, a person was)
            for span in found:
                if (span.label == "Person") == person:
                    covered[span.start:span.end] = (b"\x01" if person else b"\x02") * (span.end - span.start)
        initials = _initials_of_people(doc, found)
        for cells in _tables(text):
            yield from _column_people(text, cells, covered, initials)


def _initials_of_people(doc: Document, found: Sequence[Span]) -> dict[str, str]:
    """The initials of the people of this text named in full (found or declared), each to its person's key:
    "NO" for "Nnamdi Okwuosa" (and "N. Okwuosa"). Initials two surnames share are left out."""
    names = {doc.text[s.start:s.end] for s in found if s.label == "Person"}
    names |= {t for t in doc.terms if doc.term_labels.get(entity_key(t)) == "Person"}
    people: dict[str, list[str]] = {}
    for name in names:
        if " " in name.strip() and 2 <= len(initials := name_initials(name)) <= 3:
            people.setdefault(initials, []).append(name)
    return {initials: entity_key(max(named, key=len)) for initials, named in people.items()
            if len({n.split()[-1].lower() for n in named}) == 1}


def _tables(text: str) -> Iterator[list[_Cell]]:
    """The cells of each block of three or more consecutive rows split by the same delimiter ("|" or a tab);
    a separator row ("|---|---|") is no row."""
    rows: list[list[_Cell]] = []
    delimiter = ""
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line.rstrip("\r\n"))
        if delimiter and _RULE_ROW.fullmatch(line.rstrip("\r\n")):
            start += len(line)
            continue  # a ruled line under the header ("-----+------+----"): the table goes on
        row_delimiter = "|" if line.count("|") >= 2 else "\t" if line.count("\t") >= 2 else ""
        if row_delimiter != delimiter:
            if len(rows) >= _MIN_ROWS:
                yield [cell for row in rows for cell in row]
            rows, delimiter = [], row_delimiter
        if row_delimiter and text[start:end].strip(" |:+=-\t"):
            rows.append(_cells(text, start, end, row_delimiter))
        start += len(line)
    if len(rows) >= _MIN_ROWS:
        yield [cell for row in rows for cell in row]


def _cells(text: str, start: int, end: int, delimiter: str) -> list[_Cell]:
    """A row's cells, their text stripped of spaces ("| a | b |": the empty edges of a pipe row are no cells)."""
    cells: list[_Cell] = []
    column, at = 0, start
    parts = text[start:end].split(delimiter)
    if delimiter == "|" and parts and not parts[0].strip():
        at += len(parts[0]) + 1
        parts = parts[1:]
    for part in parts:
        left = len(part) - len(part.lstrip())
        cells.append(_Cell(column, at + left, at + len(part.rstrip())))
        at += len(part) + 1
        column += 1
    return cells


def _column_people(text: str, cells: list[_Cell], covered: bytearray, initials: dict[str, str]) -> Iterator[Span]:
    by_column: dict[int, list[_Cell]] = {}
    for cell in cells:
        by_column.setdefault(cell.column, []).append(cell)
    for column in by_column.values():
        header = column[0]
        # ("Name" alone heads columns of things as often as of people: it needs people found below it)
        role = bool(_PEOPLE_HEADER.fullmatch(text, header.start, header.end)) and not covered[header.start]
        headed = role and text[header.start:header.end].lower() not in ("name", "names")
        body = column[1:] if role or _everyday(text, header) else column
        shaped = [c for c in body if _name_shaped(text, c)]
        people = sum(_person_found(covered, c) for c in shaped)
        if people >= 2 and 2 * people >= len(shaped):
            # (people found in most of them: "Rose Hill" below them is one too, a lone "Batch" or "IN" is not)
            candidates = [c for c in shaped if not (_everyday(text, c) and len(_words(text[c.start:c.end])) == 1)]
        elif headed:
            candidates = [c for c in shaped if not _everyday(text, c)]
        else:
            continue
        for cell in candidates:
            if not any(covered[cell.start:cell.end]):
                yield Span(cell.start, cell.end, "person", NAME, 0.7, "Person", entity_key(text[cell.start:cell.end]),
                           "In a table's column of people")
        # A named person's initials are theirs in a column of people, also when they spell a word ("NO"): that
        # person's, so that they teach no other mention of the word.
        for cell in body:
            if (key := initials.get(text[cell.start:cell.end])) and cell not in candidates and not covered[cell.start]:
                yield Span(cell.start, cell.end, "person", NAME, 0.7, "Person", key,
                           "The initials of a person named in this text, in a table's column of people")


def _person_found(covered: bytearray, cell: _Cell) -> bool:
    """Whether a person was found over most of the cell's letters."""
    return covered[cell.start:cell.end].count(1) * 2 >= cell.end - cell.start


def _name_shaped(text: str, cell: _Cell) -> bool:
    """A cell that may hold a person: one to four words or a log-in, no placeholder, no trade acronym."""
    if not 2 <= cell.end - cell.start <= 40 or not _NAME_CELL.fullmatch(text, cell.start, cell.end):
        return False
    mention = text[cell.start:cell.end]
    words = _words(mention)
    return (mention.lower() not in _NOT_NAMES and not any(w.isupper() and w in not_initials() for w in words)
            and words[-1].lower() not in _THING_HEADS)  # ("Shift lead", "Serial number": a role, a field)


def _everyday(text: str, cell: _Cell) -> bool:
    """Whether a cell is everyday words only, none a given name ("Operator", "Super-user", "IN"; not initials
    that are no word: "KW")."""
    return all(_everyday_word(w) for w in _words(text[cell.start:cell.end]))


def _everyday_word(word: str) -> bool:
    lower = word.lower()
    if word.isupper() and len(word) <= 3:
        return lower in TWO_LETTER_WORDS if len(word) == 2 else lower in english_words()
    return lower in english_words() and not is_given_name(word.capitalize())


def _words(mention: str) -> list[str]:
    return [w for w in (w.strip(".,'\u2019") for w in mention.split()) if w]


RECOGNISER = TableColumnRecogniser()
