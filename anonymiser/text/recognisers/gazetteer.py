"""A recogniser over a list of names (a gazetteer data file), matched in the compact view."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cached_property

from anonymiser.text.document import Document, is_word_end, is_word_start
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.termmatch import TermMatcher, compact


@dataclass(frozen=True)
class Entry:
    name: str
    attrs: tuple[tuple[str, str], ...] = ()
    needs_context: bool = False
    # not when a capitalised word (no sentence word) sits just before it: "Crick" in "Francis Crick"
    not_after_name: bool = False


@dataclass
class GazetteerRecogniser:
    """Whole-word, capitalised occurrences of the entries (any spacing or hyphenation).

    ``context`` words, when an entry ``needs_context``, must appear just before the mention.
    """

    name: str
    category: str
    label: str
    load: Callable[[], Mapping[str, Entry]]
    confidence: float
    reason: str
    context: tuple[str, ...] = ()

    @cached_property
    def _matcher(self) -> TermMatcher:
        return TermMatcher({compact(form): entry for form, entry in self.load().items()})

    def find(self, doc: Document) -> Iterator[Span]:
        view = doc.compact
        for cstart, cend, value in self._matcher.find(view):
            assert isinstance(value, Entry)
            start, end = view.source_offset(cstart), view.source_offset(cend)
            if not (is_word_start(doc.text, start) and is_word_end(doc.text, end)):
                continue
            if not doc.text[start].isupper():
                continue
            if value.needs_context and not self._has_context(doc, start):
                continue
            if value.not_after_name and _after_name(doc.text, start):
                continue
            yield Span(start, end, self.category, self.name, self.confidence, self.label,
                       entity_key(value.name), self.reason, value.attrs)

    def _has_context(self, doc: Document, start: int) -> bool:
        before = doc.lower[max(0, start - 25):start]
        return any(before.endswith(word + " ") for word in self.context)


def _after_name(text: str, start: int) -> bool:
    from anonymiser.text.recognisers.person import not_name_words

    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(match) and match.group(1).lower() not in not_name_words()


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]$")
