"""Initials in a table's column of sign-offs, and heading a matrix's columns: a column headed by what a person does on a record ("Done by",
"Checked by", "Op", "QA", "Verified", "Signed", "Initials", "Resp", "Owner", "Who") whose cells are two or three
capitals, dotted or not ("ZK", "X.Q.", "Z.J", "JdQ"), or two of them joined ("ZK/QJ", "ZK + QJ"), holds
people's initials, whether or not the text names any of them in full. Batch records, cleaning logs, line
clearances and training records are laid out so.

The initials heading the columns of a matrix whose cells are marks (a RACI chart's "R", "A", a training matrix's
ticks) are people too ("| Activity | ZK | QJ | YV |").

Not taken: a cell that is an English word or a status ("NO", "OK", "TBC", "N/A", "RAG"), a trade acronym or a team
("QA", "EHS"), unless two letters among two people's initials or more ("AM", "TO", "PV" beside "ZK" and "QJ"; never
"NO", "OK", "QA"); a column whose header names a thing beside the role ("QA status", "Date checked", "Shift lead
code"); a column that holds no initials but those (a column of teams, "QA", "QC", "ENG", is no one's).
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from anonymiser.text.data import english_words
from anonymiser.text.recognisers.not_names import not_initials
from anonymiser.text.recognisers.person_cues import TWO_LETTER_WORDS
from anonymiser.text.spaced_tables import lines_and_starts

# What a person does on a record, as a header's word: "Done by", "Checked", "Op", "QA", "Supv", "Sign", "Init".
_ROLE_WORDS = frozenset("""
    by who owner owners op opr oper operator operators tech technician analyst qa qc qp supv supervisor checker checked
    chk chkd ckd verified verifier verif witness witnessed signed sign signature sig sgd initials initial init inits
    initialled resp responsible done performed perf reviewer reviewed approver approved appr assessor assessed trainer
    trainee actionee assignee issued completed cleaned dispensed weighed recorded released actioned
    sampler sampled auditor inspector inspected cleaner weigher tester tested author lead leads assigned person staff
    engineer scientist manager mgr contact host escort attendee attendees presenter champion sponsor requester
    raised logged updated amended edited drn drawn app apvd
    """.split())
# Words of a header naming a thing beside the role: "QA status", "Date checked", "Tag owner code", "Op no.".
_THING_WORDS = frozenset("""
    date dates time times status code codes type id no number num ref reference qty quantity result results comment
    comments remarks notes level grade shift unit units area room tag tags step steps value values count y n yes
    """.split())
_SIGNING_WORDS = frozenset("sign signed signature sig sgd initials initial init inits initialled by".split())
_WHEN_SIGNED = frozenset("date dates time times".split())
_HEADER_WORD = re.compile(r"[A-Za-z][A-Za-z]*")  # (led by one character, not a repeat: ``re`` skips ahead to it)
_ITEM = r"[A-Z]\.?(?:[ \t]?(?:[a-z]|Mc|O')?[A-Z]\.?){1,2}"
_CELL = re.compile(rf"{_ITEM}(?:[ \t]*[/+&,][ \t]*{_ITEM})*")
_ITEM_IN_CELL = re.compile(_ITEM)
# Statuses, test results, teams, plant and documents that fill such a column where no one signed (beyond the
# trade's acronyms).
_NOT_PEOPLE = frozenset("""
    NA TBC TBD TBA NIL YES NO OK RAG RED AMB GRN PASS FAIL DONE OPEN HOLD WIP ALL ANY ND NT NR NAD NOK NG NSF BLQ LOQ
    ENG OPS PROD MFG MAINT FIN SCM REG VAL CSV MSAT HSE EHS PMO SHE
    AHU UPS VHP RABS LAF UDAF FBD HSG EMS BMS BMR MBR NCR DEV OOS OOT OOE SPC LOD PSD TOC SDS MSDS IFU COA VMP SMF
    PQR APR QTA
    """.split())
# Placeholders of a cell no one signed: left out of the count of the column's cells.
_EMPTY = frozenset(("", "-", "--", "\u2013", "\u2014", "n/a", "N/A", "x", "X", "\u2713", "\u2714", "/"))


def role_header(header: str) -> bool:
    """Whether a header names what a person does on a record, and no thing beside it ("Checked by"; "OPERATOR_ID"
    is an id, "Date checked" a date, "Reach 80 by June" no header: "by" ends one; "Sign/Date" and "Done by / time"
    are a signature's)."""
    words = [w.lower() for w in _HEADER_WORD.findall(header)]
    if not 0 < len(words) <= 4:  # (most cells of a line laid out by spaces are prose: read no further)
        return False
    # (a signature's column may hold the date too: "Sign/Date", "Initials & time", "Done by / date")
    things = _THING_WORDS - _WHEN_SIGNED if any(w in _SIGNING_WORDS for w in words) else _THING_WORDS
    return (not any(c.isdigit() for c in header)
            and any(w in _ROLE_WORDS and (w != "by" or i == len(words) - 1 or words[i + 1] in _WHEN_SIGNED)
                    for i, w in enumerate(words))
            and not any(w in things for w in words))


def initials_in_column(text: str, header: tuple[int, int], body: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Where the initials stand in a column's ``body`` cells (start, end) under a ``header`` naming a person's role
    on a record: nothing when the column holds no initials of a person's shape (two or more of its cells, at least
    half of those not left blank) or mostly teams and statuses (two in three)."""
    if not role_header(text[header[0]:header[1]]):
        return
    filled = [(s, e) for s, e in body if text[s:e].strip() not in _EMPTY]
    shaped = [(s, e) for s, e in filled if _CELL.fullmatch(text, s, e)]
    items = [(s + m.start(), s + m.end()) for s, e in shaped for m in _ITEM_IN_CELL.finditer(text[s:e])]
    people = [(s, e) for s, e in items if _someone(text[s:e])]
    if len({_letters(text[s:e]) for s, e in people}) >= 2:
        # (among two people's initials or more, a two-letter word or acronym is someone's too: "AM", "TO", "PV")
        people = [(s, e) for s, e in items if _someone(text[s:e]) or _also_initials(text[s:e])]
        if {"AM", "PM"} <= {text[s:e] for s, e in people}:  # (both: a shift's, morning and afternoon)
            people = [(s, e) for s, e in people if text[s:e] not in ("AM", "PM")]
    if len(shaped) >= 2 and 2 * len(shaped) >= len(filled) and 3 * len(people) >= len(items):
        yield from people


# The marks of a matrix's cells: a RACI chart's letters, a training or attendance matrix's ticks and crosses.
_MARKS = frozenset("R A C I S R/A A/R A/C C/I X Y N P O \u2713 \u2714 \u2717 \u2718 \u2022 * - -- \u2013 \u2014 N/A n/a x y n".split()) | {""}


def matrix_people(text: str, header: Sequence[tuple[int, int]], columns: Sequence[Sequence[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The initials heading the columns of a matrix ("Activity | ZK | QJ | YV", a RACI chart, a training or an
    attendance matrix): two columns or more headed by initials whose cells are all marks (R, A, C, I, a tick, a
    cross, Y, N). ``header`` holds each column's header cell, ``columns`` its body cells."""
    headed = [(s, e) for (s, e), body in zip(header, columns)
              if _CELL.fullmatch(text, s, e) and "/" not in text[s:e] and body
              and all(text[bs:be].strip() in _MARKS for bs, be in body)]
    people = [(s, e) for s, e in headed if _someone(text[s:e]) and text[s:e] not in COUNTRY_CODES]
    if len({_letters(text[s:e]) for s, e in people}) >= 2:
        people = [(s, e) for s, e in headed
                  if (_someone(text[s:e]) or _also_initials(text[s:e])) and text[s:e] not in COUNTRY_CODES]
    return people if len(people) >= 2 and 3 * len(people) >= 2 * len(headed) else []


# Countries and markets that head a matrix of approvals or launches ("DE | FR | ES" over Y and N).
COUNTRY_CODES = frozenset("""DE FR ES NL BE CH AT SE DK NO FI IE PL CZ HU PT GR IT UK GB US CA AU JP CN IN BR MX ZA NZ SG
    KR RO BG HR SI SK LT LV EE LU MT CY IS TR IL AE SA EG NG KE RU UA ROW EU EEA""".split())


# A cell of a line laid out in columns by spaces: words one space apart, two or more spaces between cells.
_ALIGNED_CELL = re.compile(r"\S\S*(?: \S+)*")  # (led by one character, not a repeat: ``re`` skips ahead to it)
_MAX_ROWS = 80


def aligned_columns(text: str) -> Iterator[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """The header and body cells (start, end) of each column headed by a person's role in a table laid out by
    spaces (a whiteboard's "TASK    WHO    DUE", a checklist's "Check    Op    QA"): a row's cell is the one
    that starts under the header's cell, up to the next header's. The table ends at a blank line, a line of
    another kind of table, another header or after ``_MAX_ROWS`` rows (each line read as a row once at most)."""
    if "  " not in text:
        return
    lines, starts = lines_and_starts(text)
    i = 0
    while i < len(lines):
        header, i = i, i + 1
        heads = _heads(lines[header])
        if not heads:
            continue
        rows = []
        while i < len(lines) and len(rows) < _MAX_ROWS and lines[i].strip() and _aligned_row(lines[i]) \
                and not _heads(lines[i]):  # (another header starts another table)
            rows.append((starts[i], [m.span() for m in _ALIGNED_CELL.finditer(lines[i])]))
            i += 1
        for k, (a, b) in enumerate(heads):
            if role_header(lines[header][a:b]):
                limit = heads[k + 1][0] - 1 if k + 1 < len(heads) else len(lines[header]) + 40
                body = [(at + c, at + d) for at, cells in rows for c, d in cells if a - 2 <= c < limit]
                yield (starts[header] + a, starts[header] + b), body


def _heads(line: str) -> list[tuple[int, int]]:
    """The cells of a line that heads a table laid out by spaces with a column of sign-offs, or none (not a row with a
    date in it: "B  21/07/23  ISSUED FOR REVIEW  MKQ  DZ", whose "issued" is a revision's, not a header's)."""
    if not _aligned_row(line, header=True) or not _has_role_word(line) or _DATED.search(line):
        return []
    heads = [m.span() for m in _ALIGNED_CELL.finditer(line)]
    return heads if len(heads) >= 2 and any(role_header(line[a:b]) for a, b in heads) else []


# (its digits as a scan may read them: "O9/O6/23")
_DATED = re.compile(r"[\dOlI](?<![\w/.-][\dOlI])[\dOlI]?[/.-][\dOlI]{1,2}[/.-][\dOlI]{2,4}(?![\w/.-])(?<=\d)")


def _has_role_word(line: str) -> bool:
    """Whether a line holds a word of a person's role, as ``role_header`` reads words: without one, none of its
    cells heads a column of sign-offs (a cell's words are the line's, its cells being split at spaces)."""
    return any(word.lower() in _ROLE_WORDS for word in _HEADER_WORD.findall(line))


def _aligned_row(line: str, header: bool = False) -> bool:
    """Whether a line may be a row of a table laid out by spaces (a header needs a gap of two spaces; a row
    may have one cell only), not one of a table split by pipes or tabs."""
    return ("  " in line or not header) and "|" not in line and "\t" not in line


def _someone(item: str) -> bool:
    """Whether one item of such a column is a person's initials: no word ("TO", "AM"), no status, no acronym."""
    letters = _letters(item)
    if letters in _NOT_PEOPLE or letters in not_initials():
        return False
    lower = letters.lower()
    return lower not in TWO_LETTER_WORDS if len(letters) == 2 else lower not in english_words()


# Two letters that are a status, a team or a place in such a column, also among initials: "NO", "OK", "IN", "QA".
_NEVER_INITIALS = frozenset("NO OK IN ON UP OF OH HI AN NA QA QC QP HR IT OT EU UK US UA AI IP".split())


def _also_initials(item: str) -> bool:
    """Whether an item of two letters that is a word or an acronym ("AM", "TO", "PV") may be initials among
    others: not a status, a team or a place."""
    letters = _letters(item)
    return len(letters) == 2 and letters.isupper() and letters not in _NEVER_INITIALS


def a_word_among_initials(item: str) -> bool:
    """Whether initials a column of sign-offs took are a word or an acronym taken only for the people beside
    them ("AM", "TO", "PV"): they are someone there, not wherever else the text writes them."""
    return not _someone(item) and _also_initials(item)


def _letters(item: str) -> str:
    return re.sub(r"[.\s]", "", item)
