"""Initials listed with a slash between them stand for people when one of them does, or when the list follows a word
for people: "(talent review 23/07/2024, JH/SK/DT)" where JH is a person found, "Grading panel: JH / SKM / OA",
"Reviewed by: RT/PW". Panels, sign-offs and calibration notes list colleagues so, and the initials of someone the
text never names in full are no less that person's.

A list of two or more items of two to four capitals (dotted or not), each no trade acronym ("QA/QC", "IT/OT",
"MES/ERP" stay) and no word ("OK", "NO"). Run on the resolved spans: an item no span covers becomes a person.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from anonymiser.text.data import english_words
from anonymiser.text.recognisers.not_names import not_initials
from anonymiser.text.spans import Span, entity_key

NAME = "initials_list"
# (found from the slash before a capital: a pattern led by a capital would be tried at every capital of the text)
_SLASH = re.compile(r"/(?=[ \t]?[A-Z])")
_ITEM = r"(?:[A-Z]\.?){2,4}"
_LIST = re.compile(rf"(?<![\w/.-]){_ITEM}(?:[ \t]?/[ \t]?{_ITEM})+(?![\w/-])")
_ITEM_IN_LIST = re.compile(_ITEM)
# A word for the people a list names, on its line before it: "panel:", "reviewed by", "attendees", "initials".
_PEOPLE_CUE = re.compile(r"(?i:panel|reviewers?|reviewed|approved|approvers?|signed|signatories|attendees|present|"
                         r"initials|by|cc|owners?|interviewers?|assessors?|team|calibration)\b[^\n]{0,40}$")


def initials_in_lists(spans: Sequence[Span], text: str) -> list[Span]:
    """``spans`` (resolved, in text order) with a person span for each unfound item of a list of initials that
    stands for people."""
    if not _SLASH.search(text):
        return list(spans)
    added: list[Span] = []
    starts = [span.start for span in spans]
    done = -1
    for slash in _SLASH.finditer(text):
        if slash.start() < done:
            continue
        line_start = text.rfind("\n", 0, slash.start()) + 1
        found = _list_at(text, line_start, slash.start())
        if found is None:
            continue
        done = found.end()
        items = [(m.start() + found.start(), m.end() + found.start()) for m in _ITEM_IN_LIST.finditer(found.group())]
        if any(_not_a_person(text[s:e]) for s, e in items):
            continue
        around = [_around(spans, starts, s, e) for s, e in items]
        covered = [any(span.start <= s and e <= span.end and span.label == "Person" for span in near)
                   for (s, e), near in zip(items, around)]
        if not (any(covered) or _PEOPLE_CUE.search(text, line_start, found.start())):
            continue
        added += [Span(s, e, "person", NAME, 0.7, "Person", entity_key(text[s:e]), "Initials listed with a person's")
                  for (s, e), near in zip(items, around) if not near]
    return sorted([*spans, *added], key=lambda s: s.start) if added else list(spans)


def _list_at(text: str, line_start: int, slash: int) -> re.Match[str] | None:
    """The list of initials the slash at ``slash`` is in, or None: the first list that starts at most 24 characters
    before it and holds it. Tried at each of those starts, not searched for through the rest of the line (a line of a
    megabyte with a slash before every code was read to its end once per slash)."""
    line_end = text.find("\n", slash)
    end = len(text) if line_end < 0 else line_end
    for start in range(max(line_start, slash - 24), slash):
        if (match := _LIST.match(text, start, end)) and slash < match.end():
            return match
    return None


def _not_a_person(item: str) -> bool:
    letters = item.replace(".", "")
    return letters in not_initials() or letters.lower() in english_words()


def _around(spans: Sequence[Span], starts: list[int], start: int, end: int) -> list[Span]:
    """The spans (resolved: in order, none overlapping) that overlap ``start:end``, found by bisection: a page of
    lists must not compare each item with every span."""
    i = bisect_right(starts, start) - 1
    return [spans[j] for j in (i, i + 1) if 0 <= j < len(spans) and spans[j].start < end and start < spans[j].end]
