"""People heading the columns of a training matrix, a rota or a sign-off sheet by a given name and an initial:
"SOP | Will T | Rose K | Sandy Q", "Module<TAB>Grace O<TAB>Faith M", "Task      Mark P   Hope D   Dilys P-W".

A row of three cells or more of that shape (a capitalised word, a space, one capital or two joined by a hyphen),
cut by "|", tabs, commas or runs of spaces, two of them led by a given name (a name that is also a word counts:
"Will", "Rose", "Faith"), is a row of people: each such cell is a person, word-names too, which alone are only
warned about. "Line A | Line B | Line C", "Grade A | Grade B", "Plan B" name no one.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers.person_names import given_name_words, is_given_name
from anonymiser.text.spans import Span, entity_key

NAME = "initialled_header"
# A cell of a given name and an initial, before the next cell's separator or the line's end.
_CELL = re.compile(r"[A-Z](?<![\w'-].)[a-z]+(?:[-'][A-Z]?[a-z]+)? [A-Z](?:\.?-[A-Z])?\.?(?=[ \t]*(?:\||\t|,|  |$))",
                   re.MULTILINE)
_SEPARATOR_BEFORE = re.compile(r"(?:^|[|\t,]|  )[ \t]*$", re.MULTILINE)


class InitialledHeaderRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        rows: dict[int, list[re.Match[str]]] = defaultdict(list)
        line = read = 0  # (the start of the line of the cell last read, and where the search for it stopped)
        for cell in _CELL.finditer(text):
            line = max(line, text.rfind("\n", read, cell.start()) + 1)
            read = cell.start()
            if _SEPARATOR_BEFORE.search(text, max(line, cell.start() - 4), cell.start()):
                rows[line].append(cell)
        for cells in rows.values():
            if len(cells) < 3:
                continue
            firsts = [cell.group().split(" ", 1)[0] for cell in cells]
            if any(first.lower() in never_names() for first in firsts):
                continue
            if sum(is_given_name(first) or first.lower() in given_name_words() for first in firsts) < 2:
                continue
            for cell, first in zip(cells, firsts):
                if is_given_name(first) or first.lower() in given_name_words():
                    yield Span(cell.start(), cell.end(), "person", NAME, 0.75, "Person", entity_key(cell.group()),
                               "A given name and an initial in a row of them (a matrix's or a rota's header)")


RECOGNISER = InitialledHeaderRecogniser()
