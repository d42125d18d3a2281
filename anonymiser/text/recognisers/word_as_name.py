"""Ordinary words used as names: "runs Lodestar's weekly board", "the Beacon business case",
"Compass release 2.3 moved the button". A dictionary word written with a capital in the middle of a
sentence, alone (no capitalised word after it), at least twice, and never in lower case in the same
text, is the name of something: a system, a project, a partner, a person ("thanks to Bishop").
Words that are capitalised by habit (departments, roles, documents, months, places, peoples, trade
words, kept vendors) are not taken.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

from anonymiser.text.data import english_words, words
from anonymiser.text.defined_roles import defined_roles
from anonymiser.text.document import Document
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers.person_cues import LO, TITLES, UP
from anonymiser.text.recognisers.person_names import given_name_words, is_given_name, lower_case_use
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.vendors import vendors

# After a lower-case word, a comma or a bracket and one space (mid-sentence); before a space or
# punctuation that is not another capitalised word ("Batch Record" is a term, not a name).
# (it starts with the capital so ``re`` skips ahead to one; the look-behind then checks the two characters before it)
_MID_SENTENCE = re.compile(rf"[{UP}](?<=[a-z,;)] .)[{LO}]+(?=(?:['\u2019]s)?(?:[,;.:)?!]|[ \t](?![{UP}\d])))")
_MIN_USES = 2
# The word before: one written with a capital makes the two a term in title case ("Qualified Person", "Net Value",
# "Microsoft Teams", "Shop Steward"), not a name used mid-sentence ("thanks to Bishop"), unless it is a given name
# ("Will Thatcher").
_WORD_BEFORE = re.compile(r"[\w'\u2019-]+[ \t]$")


@cache
def habitual_words() -> frozenset[str]:
    """Capitalised words that are no one's name alone: places, trade words, famous names, vendors, titles ("Dr"
    after a comma in a list of doctors), and words a case study capitalises by habit."""
    return never_names() | words("proper_words.txt") | vendors() | words("habitual_capitals.txt") | TITLES


class WordAsNameRecogniser:
    name = "word_as_name"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        uses: defaultdict[str, list[tuple[int, int]]] = defaultdict(list)
        dictionary, habitual = english_words(), habitual_words()
        roles = defined_roles(text)
        for match in _MID_SENTENCE.finditer(text):
            lower = match.group().lower()
            if (lower in dictionary and lower not in habitual and lower not in roles
                    and not _after_capitalised_word(text, match.start()) and not doc.welsh.in_welsh(match.start())):
                uses[match.group()].append(match.span())
        for word, spans in uses.items():
            if len(spans) < _MIN_USES or lower_case_use(text, word):
                continue
            for start, end in spans:
                yield Span(start, end, "name", self.name, 0.55, "Name", entity_key(word),
                           "Word written as a name mid-sentence, never in lower case")


def _after_capitalised_word(text: str, start: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not before.group()[0].isupper():
        return False
    word = before.group().rstrip()
    return not (is_given_name(word) or word.lower() in given_name_words())


RECOGNISER = WordAsNameRecogniser()
