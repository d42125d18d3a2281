"""Contributor-declared terms: every case, spacing, hyphenation, possessive and near-misspelling.

A match must start a word, a letter run after a digit ("¹Acme", which NFKC makes "1Acme") or a
capital after a lower-case letter ("#TeamAcme"); it is extended to the end of the word it starts
("Acme" in "AcmeFlow" takes the whole word), so no declared term survives glued to another word.
"""
from __future__ import annotations

from collections.abc import Iterator

from anonymiser.text.document import Document, word_end
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.termmatch import TermMatcher, compact, misspellings, variants


class DeclaredTermsRecogniser:
    name = "declared_terms"

    def find(self, doc: Document) -> Iterator[Span]:
        entries: dict[str, str] = {}
        for term in doc.terms:
            for form in variants(term):
                entries.setdefault(form, entity_key(term))
        if not entries:
            return
        near = misspellings({compact(t): entity_key(t) for t in doc.terms}, doc.compact.text)
        for found, term in near.items():
            entries.setdefault(found, entries.get(term, term))
        view = doc.compact
        for cstart, cend, key in TermMatcher(entries).find(view):
            start = view.source_offset(cstart)
            if not _starts_term(doc.text, start):
                continue
            end = word_end(doc.text, view.source_offset(cend))
            assert isinstance(key, str)
            exact = compact(doc.text[start:end]) in entries
            yield Span(start, end, "declared", self.name, 1.0 if exact else 0.95,
                       doc.term_labels.get(key, "Term"), key,
                       "Declared sensitive term" if exact else "Variant of a declared sensitive term")


def _starts_term(text: str, index: int) -> bool:
    if index == 0 or not text[index - 1].isalnum():
        return True
    before, first = text[index - 1], text[index]
    return before.isdigit() != first.isdigit() or (before.islower() and first.isupper())


RECOGNISER = DeclaredTermsRecogniser()
