"""People by their column: in a table, a column that names people names them in every row.

Exports, registers and logs put one person per row in a column ("Technician", "Approved by", "User"),
and the rules find most of them by name but miss the cells a rule cannot read alone: an everyday-word
name ("Rose Gates"), initials ("KW"), a log-in ("rgates", "cezost"), a surname in capitals ("DR. M. HULETT").
This second opinion reads the first pass's findings: in a table of pipe-, tab- or comma-separated rows, a
column is a people column when its header names a person's role ("Owner", "Technician", "SUBMITTED_BY") or
when at least two of its name-like cells, and at least half of them, were found as people or log-ins. Its
other name-like cells are then people too, and its other log-in-like cells log-ins (contacts). A cell
something else was found in (a company, a place, a code) is left to that finding.

Comma-separated rows are a table when three or more lines in a row hold the same number of commas (two or
more, quoted commas aside) and most of those commas have no space after them: a data file's rows
("RTRT_CONF,ABP-3306,QC-CHEM,cezost,NORMAL"), not prose's lists ("Dawn (lead), Kamil, Hope"); rows split by
semicolons likewise (a European export: "LT_220;Level low;P3;ZK"). A column of sign-offs holds initials
(``initials_column``).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.initials_column import aligned_columns, initials_in_column, matrix_people
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.recognisers.not_names import not_initials
from anonymiser.text.recognisers.person import name_initials
from anonymiser.text.recognisers.person_cues import ROLE_WORDS, TWO_LETTER_WORDS
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.spans import Span, coverage, entity_key

NAME = "table_column"

# Header cells of a column of people ("Approved by", "QA reviewer", "Tester", "Initials").
_PEOPLE_HEADER = re.compile(
    r"(?i:(?:.*[ \t_.])?(?:name|names|owner|owners|operator|operators|technician|technicians|engineer|assignee|"
    r"approver|approvers|reviewer|reviewers|tester|testers|user|users|username|user[ _]?id|login|logins|who|initials|init|inits|"
    r"lead|leads|contact|person|people|requester|requestor|analyst|analysts|submitter|by|"
    r"author|authors|champion|sponsor|trainer|trainee|attendee|attendees|visitor|host|escort|driver|signature|"
    # (a contact export's name in two columns, "first,last", and the sales rep who took the lead)
    r"first|last|forename|forenames|surname|surnames|given|family|rep|reps|salesperson))")
# A cell that may hold a log-in: one token in lower case, its parts joined by ".", "_" or "-" ("cezost",
# "a.muchui", "kowusu2").
_LOGIN_CELL = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3}")
# A cell that may hold a person: one to four words of letters (inner dots, hyphens, apostrophes, a comma
# after a surname), or one log-in in lower case with digits after it.
_NAME_CELL = re.compile(r"(?:[^\W\d_][\w.'\u2019-]*,?(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,3}|[a-z][a-z._-]{2,20}\d{0,3})")
# A cell that is no one: a placeholder, a team, a yes or a no.
_NOT_NAMES = frozenset("""n/a na tbc tbd none all any team vendor supplier contractor client customer yes no ok
    pass fail passed failed done open closed n y x nil unassigned various other others external internal""".split())
# Last words of a cell that names a role or a thing, not a person.
_THING_HEADS = ROLE_WORDS | frozenset("number no id code name type administrator admin account group team".split())
_MIN_ROWS = 3
# Kinds of finding over a letter, as ``covered`` keeps them.
_PERSON, _OTHER, _LOGIN = 1, 2, 3
# A ruled line between rows drawn with "+" at the crossings, no "|": "--------+-------+------".
_RULE_ROW = re.compile(r"[ \t]*[-=]+(?:\+[-=]+)+\+?[ \t]*")


@dataclass(frozen=True)
class Cell:
    column: int
    start: int
    end: int
    header: bool = False  # (a header row's, ruled off from the rows below it: "|---|", "----+----")


class TableColumnRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        text = doc.text
        found_tables = tables(text, semicolons=True)
        aligned = list(aligned_columns(text))
        if not found_tables and not aligned:
            return
        by_kind: dict[int, list[Span]] = {_OTHER: [], _LOGIN: [], _PERSON: []}
        for span in found:
            by_kind[_PERSON if span.label == "Person" else _LOGIN if span.label == "Handle" else _OTHER].append(span)
        # what was found over each letter: _PERSON, _LOGIN or _OTHER (people last: where both were found, a person was)
        covered = coverage(len(text), ((spans, kind) for kind, spans in by_kind.items()))
        initials = _initials_of_people(doc, found)
        for cells in found_tables:
            yield from _column_people(text, cells, covered, initials)
            yield from _signed(text, _matrix_people(text, cells), covered)
        for header, body in aligned:  # (a table laid out by spaces: its columns of sign-offs only)
            yield from _signed(text, initials_in_column(text, header, body), covered)


def _initials_of_people(doc: Document, found: Sequence[Span]) -> dict[str, str]:
    """The initials of the people of this text named in full (found or declared), each to its person's key:
    "NO" for "Nnamdi Okaref" (and "N. Okaref"). Initials two surnames share are left out."""
    names = {doc.text[s.start:s.end] for s in found if s.label == "Person"}
    names |= {t for t in doc.terms if doc.term_labels.get(entity_key(t)) == "Person"}
    people: dict[str, list[str]] = {}
    for name in names:
        if " " in name.strip() and 2 <= len(initials := name_initials(name)) <= 3:
            people.setdefault(initials, []).append(name)
    return {initials: entity_key(max(named, key=len)) for initials, named in people.items()
            if len({n.split()[-1].lower() for n in named}) == 1}


# (a comma with no space after it, between two others on its line: a line of a data file may be near)
_CSV_HINT = re.compile(r",[^\s,][^,\n]*,")
_SSV_HINT = re.compile(r";[^\s;][^;\n]*;")
_TWO_SEMICOLONS = re.compile(r";[^;\n]*;")


def _may_hold_tables(text: str, semicolons: bool) -> bool:
    """Whether the text may hold a table: a quick test that spares most prose the reading."""
    return ("|" in text or "\t" in text or ",," in text or bool(_CSV_HINT.search(text))
            or semicolons and (";;" in text or bool(_SSV_HINT.search(text))))


@lru_cache(maxsize=4)
def tables(text: str, semicolons: bool = False) -> tuple[tuple[Cell, ...], ...]:
    """The cells of each block of three or more consecutive rows split by the same delimiter ("|", a tab, or
    the same number of commas or of semicolons); a separator row ("|---|---|") is no row. Comma-separated rows
    are a table when most of their commas have no space after them (prose's lists put one after each). Rows split by semicolons
    only when ``semicolons`` is set (the people's reader; the codes' reader was not tuned on them). (Cached: the
    people's and the codes' second opinions read the same tables.)"""
    if semicolons and not _TWO_SEMICOLONS.search(text):
        return tables(text)  # (no line with two semicolons: no row split by them; the codes' reader shares this)
    if not _may_hold_tables(text, semicolons):
        return ()
    found: list[tuple[Cell, ...]] = []
    rows: list[tuple[int, int]] = []
    kind: tuple[str, int] = ("", 0)
    spaced = start = 0
    ruled = False  # (a ruled line under the first row: it is the header)

    def block() -> tuple[Cell, ...]:
        edged = kind[0] != "|" or not any(text[s:e].split("|", 1)[0].strip() for s, e in rows)
        return tuple(cell for i, row in enumerate(rows) for cell in _cells(text, *row, kind[0], ruled and not i, edged))

    for line in text.splitlines(keepends=True):
        end = start + len(line.rstrip("\r\n"))
        if kind[0] and _RULE_ROW.fullmatch(line.rstrip("\r\n")):
            ruled = ruled or len(rows) == 1
            start += len(line)
            continue  # a ruled line under the header ("-----+------+----"): the table goes on
        row_kind, row_spaced = _row_kind(line, semicolons)
        if row_kind != kind:
            if len(rows) >= _MIN_ROWS and 2 * spaced < len(rows) * kind[1]:
                found.append(block())
            rows, kind, spaced, ruled = [], row_kind, 0, False
        if row_kind[0] and text[start:end].strip(" |:+=-\t"):
            rows.append((start, end))
            spaced += row_spaced
        elif row_kind[0]:
            ruled = ruled or len(rows) == 1  # ("|---|---|")
        start += len(line)
    if len(rows) >= _MIN_ROWS and 2 * spaced < len(rows) * kind[1]:
        found.append(block())
    return tuple(found)


def _row_kind(line: str, semicolons: bool = False) -> tuple[tuple[str, int], int]:
    """A row's delimiter and how many there are, and how many have a space after them: (("|", 1), 0) and
    (("\t", 1), 0) for a pipe- or tab-separated row (any number), ((",", n), spaced) for a comma-separated one,
    ((";", n), spaced) for one separated by semicolons (an export in a European locale: its cells may hold commas)."""
    if line.count("|") >= 2:
        return ("|", 1), 0
    if line.count("\t") >= 2:
        return ("\t", 1), 0
    delimiter = ";" if semicolons and line.count(";") > line.count(",") else ","
    if line.count(delimiter) >= 2 and len(parts := _split_quoted(line, delimiter)) >= 3:
        return (delimiter, len(parts) - 1), sum(part[:1] in (" ", "\t") for part in parts[1:])
    return ("", 0), 0


def _split_quoted(line: str, delimiter: str = ",") -> list[str]:
    """A line's parts between the delimiters (commas or semicolons) outside double quotes."""
    if '"' not in line:
        return line.split(delimiter)
    parts, quoted, at = [], False, 0
    for i, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == delimiter and not quoted:
            parts.append(line[at:i])
            at = i + 1
    parts.append(line[at:])
    return parts


def _cells(text: str, start: int, end: int, delimiter: str, header: bool = False, edged: bool = True) -> list[Cell]:
    """A row's cells, their text stripped of spaces ("| a | b |": the empty edges of a pipe row are no cells)
    and a comma-separated cell of its quotes. In a table whose rows start with a cell, not a bar (``edged`` false:
    "1   | 12:41 | ..."), a row led by spaces and a bar leaves its first cell empty ("    |       | more of the
    answer"): its cells keep their columns."""
    cells: list[Cell] = []
    column, at = 0, start
    line = text[start:end]
    parts = _split_quoted(line, delimiter) if delimiter in ",;" else line.split(delimiter)
    if delimiter == "|" and edged and parts and not parts[0].strip():
        at += len(parts[0]) + 1
        parts = parts[1:]
    for part in parts:
        left, right = at + len(part) - len(part.lstrip()), at + len(part.rstrip())
        if delimiter in ",;" and right - left >= 2 and text[left] == '"' and text[right - 1] == '"':
            left, right = left + 1, right - 1
        cells.append(Cell(column, left, right, header))
        at += len(part) + 1
        column += 1
    return cells


def columns(cells: Sequence[Cell]) -> list[list[Cell]]:
    """A table's cells by column, each column's header first, the columns in their order."""
    by_column: dict[int, list[Cell]] = {}
    for cell in cells:
        by_column.setdefault(cell.column, []).append(cell)
    return [column for _, column in sorted(by_column.items())]


def _column_people(text: str, cells: Sequence[Cell], covered: bytearray, initials: dict[str, str]) -> Iterator[Span]:
    table = columns(cells)
    # A first row of field names ("cn","sAMAccountName","mail","title","manager"), most of them everyday words, heads
    # the columns: its cells are no people, also the one whose name is no word.
    firsts = [column[0] for column in table if column]
    keys = len(firsts) >= 3 and 2 * sum(_everyday(text, c) for c in firsts) > len(firsts) \
        and all(len(_words(text[c.start:c.end])) <= 2 for c in firsts)
    for column in table:
        header = column[0]
        signed = {(s, e) for s, e in initials_in_column(text, (header.start, header.end), [(c.start, c.end) for c in column[1:]])
                  if not any(covered[s:e])}
        yield from _signed(text, signed, covered)
        # ("Name" alone heads columns of things as often as of people, "Product name" too: it needs people
        # found below it)
        role = bool(_PEOPLE_HEADER.fullmatch(text, header.start, header.end)) and not covered[header.start]
        headed = role and (not _NAME_HEADER.fullmatch(text, header.start, header.end)
                           or bool(_PERSON_NAME_HEADER.fullmatch(text, header.start, header.end)))
        body = column[1:] if role or header.header or keys or _everyday(text, header) else column
        shaped = [c for c in body if _name_shaped(text, c) or _login_shaped(text, c)]
        people = sum(_person_found(covered, c) for c in shaped)
        if people >= 2 and 2 * people >= len(shaped):
            # (people found in most of them: "Rose Gates" below them is one too, a lone "Batch" or "IN" is not)
            candidates = [c for c in shaped if not (_everyday(text, c) and (len(_words(text[c.start:c.end])) == 1
                                                                            or _a_note(text, c)))]
        elif headed:
            candidates = [c for c in shaped if not _everyday(text, c)]
        else:
            continue
        for cell in candidates:
            if any(covered[cell.start:cell.end]) or (cell.start, cell.end) in signed:
                continue
            mention = text[cell.start:cell.end]
            if _login_shaped(text, cell):  # (one token in lower case: a log-in, or a person's name written so)
                if _is_login(mention):
                    yield Span(cell.start, cell.end, "contact", NAME, 0.7, "Handle", entity_key(mention),
                               "In a table's column of log-ins")
                elif "." in mention or any(is_given_name(part.capitalize()) for part in re.split(r"[._-]", mention)):
                    # (a user name of words, "robin.hale", "ext.lwei", is someone's; "qa-team" is no one)
                    yield Span(cell.start, cell.end, "person", NAME, 0.7, "Person", entity_key(mention),
                               "In a table's column of people")
            elif _name_shaped(text, cell):
                yield Span(cell.start, cell.end, "person", NAME, 0.7, "Person", entity_key(mention),
                           "In a table's column of people")
        # A named person's initials are theirs in a column of people, also when they spell a word ("NO"): that
        # person's, so that they teach no other mention of the word.
        for cell in body:
            if (key := initials.get(text[cell.start:cell.end])) and cell not in candidates and not covered[cell.start] \
                    and (cell.start, cell.end) not in signed:
                yield Span(cell.start, cell.end, "person", NAME, 0.7, "Person", key,
                           "The initials of a person named in this text, in a table's column of people")


def _matrix_people(text: str, cells: Sequence[Cell]) -> list[tuple[int, int]]:
    """The initials heading a matrix's columns (``initials_column.matrix_people``), read from a table's cells."""
    headed = columns(cells)[1:]  # (the first column names the rows)
    return matrix_people(text, [(c[0].start, c[0].end) for c in headed], [[(x.start, x.end) for x in c[1:]] for c in headed])


def _signed(text: str, where: Iterable[tuple[int, int]], covered: bytearray) -> Iterator[Span]:
    """A person span over each initials of a column of sign-offs that nothing was found over."""
    for start, end in sorted(set(where)):
        if not any(covered[start:end]):
            yield Span(start, end, "person", NAME, 0.7, "Person", entity_key(text[start:end]),
                       "Initials in a table's column of sign-offs")


# A header of things' names ("Product name", "HOST_NAME") and one of people's ("Full name", "USER_NAME").
_NAME_HEADER = re.compile(r"(?i:(?:.*[ \t_.])?names?)")
_PERSON_NAME_HEADER = re.compile(r"(?i:(?:full|first|last|given|family|sur|user|display|person|employee|staff|"
                                 r"contact|operator|owner|resource)[ \t_.]?names?)")


def _login_shaped(text: str, cell: Cell) -> bool:
    return 3 <= cell.end - cell.start <= 32 and bool(_LOGIN_CELL.fullmatch(text, cell.start, cell.end))


def _is_login(mention: str) -> bool:
    """A log-in, not a word, a given name, a team or a code: a token no dictionary lists ("cezost", "rgates",
    "kofilani2"), or parts joined by ".", "_" or "-", one of them three letters or more and no word
    ("a.muchui", "svc_lims"; not "qa-team", "on_hold")."""
    parts = [p for p in re.split(r"[._-]", mention.rstrip("0123456789")) if p]
    if len(parts) == 1:
        letters = parts[0]
        return (letters not in english_words() and not is_given_name(letters.capitalize())
                and any(c in "aeiouy" for c in letters[1:]))
    return any(len(p) >= 3 and p.isalpha() and p not in english_words() for p in parts)


def _person_found(covered: bytearray, cell: Cell) -> bool:
    """Whether a person or a log-in was found over most of the cell's letters."""
    found = covered[cell.start:cell.end]
    return (found.count(_PERSON) + found.count(_LOGIN)) * 2 >= cell.end - cell.start


def _name_shaped(text: str, cell: Cell) -> bool:
    """A cell that may hold a person: one to four words or a log-in, no placeholder, no trade acronym."""
    if not 2 <= cell.end - cell.start <= 40 or not _NAME_CELL.fullmatch(text, cell.start, cell.end):
        return False
    mention = text[cell.start:cell.end]
    words = _words(mention)
    return (mention.lower() not in _NOT_NAMES and not any(w.isupper() and w in not_initials() for w in words)
            and words[-1].lower() not in _THING_HEADS)  # ("Shift lead", "Serial number": a role, a field)


def _a_note(text: str, cell: Cell) -> bool:
    """Whether a cell of everyday words writes one of them in lower case: a note where a name would stand
    ("Anonymous attendee", "Not recorded", "to follow."), which a name, capitalised word by word, never is."""
    return any(w.islower() for w in _words(text[cell.start:cell.end]))


def _everyday(text: str, cell: Cell) -> bool:
    """Whether a cell is everyday words only, none a given name ("Operator", "Super-user", "IN"; not initials
    that are no word: "KW")."""
    return all(_everyday_word(w) for w in _words(text[cell.start:cell.end]))


def _everyday_word(word: str) -> bool:
    lower = word.lower()
    if "-" in lower.strip("-") and lower not in english_words():  # ("Help-Desk", "Back-Office")
        return all(_everyday_word(part) for part in word.split("-") if part)
    if word.isupper() and len(word) <= 3:
        return lower in TWO_LETTER_WORDS if len(word) == 2 else lower in english_words()
    return lower in english_words() and not is_given_name(word.capitalize())


def _words(mention: str) -> list[str]:
    """A cell's words, split at spaces and underscores ("SAMPLED_ON")."""
    return [w for w in (w.strip(".,'\u2019") for w in _WORD_BREAK.split(mention)) if w]


_WORD_BREAK = re.compile(r"[\s_]+")


RECOGNISER = TableColumnRecogniser()
