"""A product's name misheard or misspelled where it was said: speech recognition writes "Vortaline" as "vortalin" or
"vortalene", a hurried note "tormel" or "Tormel" for "Tormell". A word that no dictionary knows, begun as a
product found in the text is (its first three letters) and spelled nearly as it is (``difflib`` ratio 0.75 or more,
length within three letters), is that product: it gets the product's placeholder.

A second opinion: it reads the products the other recognisers found.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from difflib import SequenceMatcher
from functools import lru_cache

from anonymiser.text.data import english_words, surnames, world_surnames
from anonymiser.text.document import Document
from anonymiser.text.languages import ENGLISH_SMALL_WORDS
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.spans import Span

NAME = "misheard_product"
_NAME_WORD = re.compile(r"[A-Za-z]{6,20}")
_WORD = re.compile(r"(?<![\w.@/\\-])(?:[A-Za-z][a-z]{4,21}|[A-Z]{5,22})(?![\w@/\\-]|\.\w)")
_PREFIX = 3
_CLOSEST = 0.75
_LENGTH_SLACK = 3


class MisheardProductRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        products: dict[str, list[tuple[str, str, str, str]]] = {}
        named = _named_words(found)
        for span in found:
            if span.category not in ("product", "declared") or span.label in _NAMED_LABELS \
                    or not _NAME_WORD.fullmatch(doc.text, span.start, span.end):
                continue
            name = doc.text[span.start:span.end].lower()
            if name not in english_words() and name not in named and not _a_name(name):
                products.setdefault(name[:_PREFIX], []).append((name, span.key, span.category, span.label))
        if not products:
            return
        for word in _words_begun_as(doc, products):
            heard = word.group().lower()
            if not (candidates := products.get(heard[:_PREFIX])) or not _unknown(heard):
                continue
            for name, key, category, label in candidates:
                if abs(len(name) - len(heard)) <= _LENGTH_SLACK and _close(name, heard):
                    # (a declared term's misspelling is that term, under its placeholder: "Term", not "Product")
                    yield Span(word.start(), word.end(), category, self.name, 0.7, label, key,
                               "A product's name misheard or misspelled")
                    break


# What a declared term is read as when it names a person, an organisation or a place: no product.
_NAMED_LABELS = frozenset({"Person", "Organisation", "Place"})
_NAMED_CATEGORIES = frozenset({"person", "organisation", "place"})


def _named_words(found: Sequence[Span]) -> frozenset[str]:
    """The words of the people, organisations and places found (declared ones included): a declared single word
    that is one of them ("Penhallow" beside the declared "Ysolde Penhallow", or found as a person) is that name,
    and its misspelling is the person's, not a product's."""
    return frozenset(word for span in found if span.category in _NAMED_CATEGORIES or span.label in _NAMED_LABELS
                     for word in span.key.split())


def _a_name(word: str) -> bool:
    """A known surname or given name: a person's, whatever else the text made of it."""
    return word in surnames() or word in world_surnames() or is_given_name(word.capitalize())


def _words_begun_as(doc: Document, prefixes: Iterable[str]) -> Iterator[re.Match[str]]:
    """``_WORD``'s words begun as one of ``prefixes`` (three lower-case letters) are, in order: ``_WORD`` tried only
    where the lower-case text holds one of them (not at every letter of the text)."""
    starts: list[int] = []
    for prefix in prefixes:
        at = doc.lower.find(prefix)
        while at >= 0:
            starts.append(at)
            at = doc.lower.find(prefix, at + 1)
    for start in sorted(starts):
        if word := _WORD.match(doc.text, start):
            yield word


@lru_cache(maxsize=8192)
def _close(name: str, heard: str) -> bool:
    """Whether ``heard`` is spelled nearly as ``name`` is (the cheap upper bounds of the ratio first)."""
    matcher = SequenceMatcher(None, name, heard)
    return matcher.real_quick_ratio() >= _CLOSEST and matcher.quick_ratio() >= _CLOSEST and matcher.ratio() >= _CLOSEST


def _unknown(word: str) -> bool:
    """No English word (nor its plural or past), small word or given name."""
    return not (word in english_words() or word.rstrip("s") in english_words() or word.endswith("ed")
                and word[:-2] in english_words() or word in ENGLISH_SMALL_WORDS or is_given_name(word.capitalize()))


RECOGNISER = MisheardProductRecogniser()
