"""Second pass: short forms of names found in the first pass ("Northfield" after "Northfield
Biologics Ltd", "Smith" after "Jane Smith", "NFB" after "Northfield Biologics (NFB)").

The engine fills ``Document.aliases`` from the first pass over every field of a document.
"""
from __future__ import annotations

from collections.abc import Iterator

from anonymiser.text.document import Document, is_word_end, is_word_start
from anonymiser.text.spans import Span
from anonymiser.text.termmatch import TermMatcher


class LearnedAliasesRecogniser:
    name = "learned_aliases"

    def find(self, doc: Document) -> Iterator[Span]:
        if not doc.aliases.by_alias:
            return
        view = doc.compact
        for cstart, cend, value in TermMatcher(dict(doc.aliases.by_alias)).find(view):
            start, end = view.source_offset(cstart), view.source_offset(cend)
            if not (is_word_start(doc.text, start) and is_word_end(doc.text, end)):
                continue
            category, label, key, any_case = value  # type: ignore[misc]
            if not (any_case or doc.text[start].isupper()):
                continue
            # A surname already seen on a person here is that person, also where a town shares it ("Marsden").
            confidence = 0.9 if label == "Person" else 0.8
            yield Span(start, end, category, self.name, confidence, label, key, "Another mention of a name found earlier")


RECOGNISER = LearnedAliasesRecogniser()
