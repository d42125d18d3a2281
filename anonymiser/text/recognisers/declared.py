"""Contributor-declared terms: every case, spacing, hyphenation, possessive and near-misspelling.

A match must start a word, a letter run after a digit ("¹Acme", which NFKC makes "1Acme") or a
capital after a lower-case letter ("#TeamAcme"); it is extended to the end of the word it starts
("Acme" in "AcmeFlow" takes the whole word), so no declared term survives glued to another word —
unless that word is an everyday English word ("DEVIA" does not take "deviation"). A near-misspelling
that is an everyday word ("spoke" for "Speke") is no match either.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document, word_end
from anonymiser.text.data import words as words_file
from anonymiser.text.recognisers.organisation_suffix import LEGAL_WORDS, SECTOR_WORDS
from anonymiser.text.recognisers.unfamiliar_name import english_words
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.termmatch import TermMatcher, compact, misspellings, variants


class DeclaredTermsRecogniser:
    name = "declared_terms"

    def find(self, doc: Document) -> Iterator[Span]:
        entries: dict[str, str] = {}
        for term in doc.terms:
            for form in variants(term):
                entries.setdefault(form, entity_key(term))
            if code_name := _code_name(term):
                for form in variants(code_name):
                    entries.setdefault(form, entity_key(term))
        if not entries:
            return
        yield from _acronyms(doc)
        near = misspellings({compact(t): entity_key(t) for t in doc.terms}, doc.compact.text)
        dictionary = english_words()
        for found, term in near.items():
            if found not in dictionary:  # "spoke" is a word, not "Speke" misspelt
                entries.setdefault(found, entries.get(term, term))
        view = doc.compact
        for cstart, cend, key in TermMatcher(entries).find(view):
            start = view.source_offset(cstart)
            if not _starts_term(doc.text, start):
                continue
            matched_end = view.source_offset(cend)
            end = word_end(doc.text, matched_end)
            if end > matched_end and doc.text[start:end].lower() in english_words():
                continue  # "DEVIA" starts "deviation", an everyday word, not a name glued to it
            assert isinstance(key, str)
            exact = compact(doc.text[start:end]) in entries
            yield Span(start, end, "declared", self.name, 1.0 if exact else 0.95,
                       doc.term_labels.get(key, "Term"), key,
                       "Declared sensitive term" if exact else "Variant of a declared sensitive term")


# "Project ANVIL" → "ANVIL": the code name is used alone as often as with its word.
_CODE_NAME = re.compile(r"(?i:project|programme|program|operation|initiative)[ \t]+(?P<name>\S.{2,})")
_ACRONYM_SKIP = frozenset("of and the for & de du la le von van".split())


def _code_name(term: str) -> str | None:
    match = _CODE_NAME.fullmatch(term.strip())
    return match.group("name") if match else None


def _acronyms(doc: Document) -> Iterator[Span]:
    """"PVP" for the declared "Pennant Vale Pharmaceuticals", "DPP" for "Dunraven Pharma Packaging
    Ltd": the initials of a declared name of three words or more, in capitals as a whole word, even
    where the text never introduces them. Not a trade acronym, not a word written in capitals for
    emphasis ("NOW")."""
    for term in doc.terms:
        letters = acronym(term)
        if letters is None:
            continue
        for match in re.finditer(rf"(?<![\w&-]){letters}s?(?![\w&-])", doc.text):
            yield Span(match.start(), match.end(), "declared", "declared_terms", 0.95,
                       doc.term_labels.get(entity_key(term), "Term"), entity_key(term),
                       "Initials of a declared sensitive term")


def acronym(term: str) -> str | None:
    """The initials of a declared name of three or more words (legal suffixes and small words left out; a
    word ending in a sector word counts as two)."""
    words = [part for w in term.replace("-", " ").split() if w.lower().strip(".") not in _ACRONYM_SKIP
             and w.strip(".,") not in LEGAL_WORDS for part in _compound_parts(w)]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return None
    letters = "".join(w[0] for w in words)
    if letters in words_file("known_acronyms.txt") or letters.lower() in _CAPITALS_FOR_EMPHASIS:
        return None
    return letters


def _compound_parts(word: str) -> list[str]:
    """"Radiopharma" → "Radio", "Pharma" (its initials make "CRP" of "Cairnbrook Radiopharma")."""
    lower = word.lower()
    for sector in _SECTOR_ENDINGS:
        if lower.endswith(sector) and len(lower) - len(sector) >= 3:
            return [word[:-len(sector)], word[-len(sector):].capitalize()]
    return [word]


_SECTOR_ENDINGS = tuple(sorted({w.lower() for w in SECTOR_WORDS if len(w) >= 4}, key=len, reverse=True))


# Words written in capitals for emphasis ("do NOT", "act NOW"): initials that spell one are left; other
# words ("ASP" for "Ardmore Sterile Products") are taken, a declared name matters more than a snake.
_CAPITALS_FOR_EMPHASIS = frozenset("""not now all new one any and the for you are can may our out use see get top key
    big yes off old own too via per ask due end few how its let met put run set two why win won""".split())


def _starts_term(text: str, index: int) -> bool:
    if index == 0 or not text[index - 1].isalnum():
        return True
    before, first = text[index - 1], text[index]
    return before.isdigit() != first.isdigit() or (before.islower() and first.isupper())


RECOGNISER = DeclaredTermsRecogniser()
