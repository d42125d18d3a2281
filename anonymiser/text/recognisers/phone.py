"""Telephone numbers, UK and international, validated with ``phonenumbers``.

A cheap regular expression proposes candidates; ``phonenumbers`` decides (its own matcher scans the
whole text in Python and would cost most of the run's time).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from anonymiser.text.document import Document
from anonymiser.text.spans import Span

_CANDIDATE = re.compile(r"(?<![\w/.-])(?:\+|00)?\(?\d[\d \t().-]{7,18}\d(?![\w/-]|\.\d)")
_EXTENSION = re.compile(r"\s*(?:ext\.?|x)\s*\d{1,5}", re.IGNORECASE)


class PhoneRecogniser:
    name = "phone"

    def find(self, doc: Document) -> Iterator[Span]:
        for match in _CANDIDATE.finditer(doc.text):
            candidate = match.group()
            if sum(ch.isdigit() for ch in candidate) < 9 or _looks_like_date_or_range(candidate):
                continue
            try:
                number = phonenumbers.parse(candidate, "GB")
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number(number):
                continue
            end = match.end()
            ext = _EXTENSION.match(doc.text, end)
            if ext:
                end = ext.end()
            key = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            yield Span(match.start(), end, "contact", self.name, 0.95, "Phone", key, "Telephone number")


def _looks_like_date_or_range(candidate: str) -> bool:
    return bool(re.fullmatch(r"[\d.]+\s*-\s*[\d.]+", candidate)) or bool(re.search(r"\b(19|20)\d\d\s*-\s*(19|20)\d\d\b", candidate))


RECOGNISER = PhoneRecogniser()
