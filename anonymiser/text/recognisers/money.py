"""Exact money amounts (£2.3m, $4 billion, EUR 750,000, 1.2 million pounds); banded by the operator."""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.spans import Span

_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9}
_SYMBOL = {"£": "£", "$": "$", "€": "€", "gbp": "£", "usd": "$", "eur": "€", "us$": "$"}
# "\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?" with the first digit taken out: a pattern that starts
# with a character class lets ``re`` skip ahead to the next digit (same matches, same order).
_NUMBER = r"(?P<num>\d(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?))"
_SCALE_RE = r"(?:[ \t]?(?P<scale>k|m|mn|bn|b|thousand|million|billion)\b)?"
# Matched in the lower-cased text (same offsets): no case-insensitive scan of every position.
_PATTERNS = (
    re.compile(rf"(?P<cur>£|\$|€|us\$|gbp|usd|eur)[ \t]?{_NUMBER}{_SCALE_RE}"),
    re.compile(rf"{_NUMBER}{_SCALE_RE}[ \t]?(?P<cur>pounds|sterling|dollars|euros|gbp|usd|eur)\b"),
)
# For each pattern, literals one of which every match holds (none: always scanned): a currency
# written after the number needs its word ("euros" holds "eur").
_NEEDS: tuple[tuple[str, ...], ...] = ((), ("pounds", "sterling", "dollars", "gbp", "usd", "eur"))
_WORD_CURRENCY = {"pounds": "£", "sterling": "£", "dollars": "$", "euros": "€"}


class MoneyRecogniser:
    name = "money"

    def find(self, doc: Document) -> Iterator[Span]:
        for regex, words in zip(_PATTERNS, _NEEDS):
            if words and not any(word in doc.lower for word in words):
                continue  # (no currency word anywhere: no scan tried at every digit)
            for m in regex.finditer(doc.lower):
                if m.start() and doc.lower[m.start() - 1].isalnum():
                    continue
                cur = m.group("cur").lower()
                symbol = _SYMBOL.get(cur) or _WORD_CURRENCY.get(cur, "£")
                value = float(m.group("num").replace(",", "")) * _SCALE.get((m.group("scale") or "").lower(), 1)
                attrs = (("currency", symbol), ("value", repr(value)))
                yield Span(m.start(), m.end(), "money", self.name, 0.95, "Amount", f"{symbol}{value}",
                           "Exact money amount", attrs)


RECOGNISER = MoneyRecogniser()
