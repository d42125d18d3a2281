"""Exact money amounts (£2.3m, $4 billion, EUR 750,000, 1.2 million pounds, and as the rest of Europe writes them:
148 600,00 €, 86.450,00 EUR, CHF 1'234.50, 2 310,00 Kč, DKK 312.00); banded by the operator."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache

from anonymiser.text.document import Document
from anonymiser.text.spans import Span

_SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9}
# Each currency as matched in the lower-cased text, and what its band is written with.
_SYMBOL = {"£": "£", "$": "$", "€": "€", "gbp": "£", "usd": "$", "eur": "€", "us$": "$",
           "pounds": "£", "sterling": "£", "dollars": "$", "euros": "€",
           "chf": "CHF ", "sek": "SEK ", "nok": "NOK ", "dkk": "DKK ", "pln": "PLN ", "czk": "CZK ", "huf": "HUF ",
           "jpy": "JPY ", "cny": "CNY ", "rmb": "CNY ", "inr": "INR ", "cad": "CAD ", "aud": "AUD ", "sgd": "SGD ",
           "zar": "ZAR ", "aed": "AED ", "¥": "¥", "₹": "₹", "zł": "PLN ", "kč": "CZK ", "kr": "kr "}
# Currencies whose amounts are written the continental way: "1.234" is a thousand and more, "12,50" a decimal.
_CONTINENTAL = frozenset({"€", "eur", "euros", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "zł", "kč", "kr"})
_CODES = ("gbp", "usd", "eur", "chf", "sek", "nok", "dkk", "pln", "czk", "huf", "jpy", "cny", "rmb", "inr", "cad", "aud",
          "sgd", "zar", "aed")
_BEFORE = ("£", "$", "€", "us$", "¥", "₹", *_CODES)
_AFTER = ("pounds", "sterling", "dollars", "euros", "€", "zł", "kč", "kr", *_CODES)  # (not "Ft": feet more often)
_SYMBOLS = frozenset("£$€¥₹")
# An amount, led by its first digit (``re`` skips ahead to digits): groups of three after a dot, a space (or a
# no-break or thin one) or an apostrophe and a decimal comma ("148 600,00", "86.450,00", "1'234.50"); groups after a
# comma and a decimal point ("1,024,500.00"); a decimal comma alone ("98,00", "11,2"); or digits and a decimal point.
# Never from inside a run of digits and separators (after a digit, or a digit and a separator): tried from every
# group of a long run ("123 123 123 …", "123,123,…" without a currency after it), the groups would be read again from
# each, quadratic in the run.
_NUMBER = (r"(?P<num>\d(?<!\d\d)(?<!\d[.,'\u00a0\u202f ]\d)(?:\d{0,2}(?:[.\u00a0\u202f ]\d{3})+(?:,\d{1,2})?(?![\d,.])|\d{0,2}(?:'\d{3})+(?:\.\d{1,2})?"
           r"|\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*,\d{1,2}(?![\d,])|\d*(?:\.\d+)?))")
_SCALE_RE = r"(?:[ \t]?(?P<scale>k|m|mn|bn|b|thousand|million|billion)\b)?"
_WORDS_AFTER = frozenset({"pounds", "sterling", "dollars", "euros", "kr", *_CODES})


@lru_cache(maxsize=64)
def _patterns(before: tuple[str, ...], after: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """The scans for the currencies a text holds: written before the amount, and after it. (Matched in the
    lower-cased text, same offsets; only the currencies present, so that most texts try two or three.)"""
    out = []
    if before:
        alternatives = "|".join(re.escape(c) + ("" if c in _SYMBOLS else r"(?![a-z])") for c in before)
        out.append(re.compile(rf"(?P<cur>{alternatives})[ \t]?{_NUMBER}{_SCALE_RE}"))
    if after:
        alternatives = "|".join(re.escape(c) + (r"\b" if c in _WORDS_AFTER else "") for c in after)
        out.append(re.compile(rf"{_NUMBER}{_SCALE_RE}[ \t\u00a0]?(?P<cur>{alternatives})"))
    return tuple(out)


_DECIMAL_COMMA = re.compile(r",\d{1,2}$")
_DOT_THOUSANDS = re.compile(r"\.\d{3}(?:$|\.)")
_CONTINENTAL_GROUPS = re.compile(r"[.\u00a0\u202f ]")


def _amount(number: str, currency: str) -> float:
    """The value of an amount as written with ``currency`` (its lower-case form as matched)."""
    if "'" in number:
        return float(number.replace("'", ""))
    grouped = any(sep in number for sep in " \u00a0\u202f")
    if _DECIMAL_COMMA.search(number) or grouped or (currency in _CONTINENTAL and _DOT_THOUSANDS.search(number)):
        return float(_CONTINENTAL_GROUPS.sub("", number).replace(",", "."))
    return float(number.replace(",", ""))


# A figure written as money, its pence or cents after thousands ("26,950.00", "1,367,137.00"), standing alone in a
# text that names its currency elsewhere (an invoice's lines, a claim's table): no measurement is so written, and a
# unit or a percentage after it says it is none. (Found from its comma, which ``re`` skips ahead to.)
_FIGURE = re.compile(r"\d(?<![\w.,£$€]\d)\d{0,2}(?:,\d{3})+\.\d{2}(?![\d%])"
                     r"(?![ \t]?(?:kg|g|mg|L|l|mL|ml|m|mm|km|h|hrs?|units|vials|tablets|packs)\b)")
# What names the currency of a text's or a column's bare figures: a symbol or a code ("(GBP)", "Budget £").
_NAMED_CODES = ("GBP", "EUR", "USD", "CHF")
NAMED = rf"[£€$]|\b(?:{'|'.join(_NAMED_CODES)})\b"
_NAMED = re.compile(NAMED)
_NAMES = ("£", "€", "$", *_NAMED_CODES)  # (looked for first: most texts hold none, and need no scan)


def symbol(named: str) -> str:
    """What a band of amounts in a currency named so (``NAMED``) is written with: "£", "CHF "."""
    return _SYMBOL[named.lower()]


class MoneyRecogniser:
    name = "money"

    def find(self, doc: Document) -> Iterator[Span]:
        yield from self._written(doc)
        text = doc.text
        if "," in text and any(c in text for c in _NAMES) and (named := [(m.start(), m.group()) for m in _NAMED.finditer(text)]):
            yield from self._figures(doc, named)

    def _figures(self, doc: Document, named: list[tuple[int, str]]) -> Iterator[Span]:
        """Figures written as money (``_FIGURE``) in a text that names a currency: that of the nearest mention before
        it (or the first after it)."""
        starts = [at for at, _ in named]
        for m in _FIGURE.finditer(doc.text):
            i = max(0, bisect_right(starts, m.start()) - 1)
            written = symbol(named[i][1])
            value = float(m.group().replace(",", ""))
            yield Span(m.start(), m.end(), "money", self.name, 0.85, "Amount", f"{written}{value}",
                       "A figure written as money in a text that names its currency",
                       (("currency", written), ("value", repr(value))))

    def _written(self, doc: Document) -> Iterator[Span]:
        lower = doc.lower
        before = tuple(c for c in _BEFORE if c in lower)
        after = tuple(c for c in _AFTER if c in lower)
        for regex in _patterns(before, after):
            for m in regex.finditer(lower):
                if m.start() and (lower[m.start() - 1].isalnum() or lower[m.start()].isdigit() and lower[m.start() - 1] in ".,"):
                    continue  # (inside a word or a longer number: "v2.50 eur", "1.250,00 eur" cut short are no amounts)
                cur = m.group("cur")
                written = _SYMBOL[cur]
                value = _amount(m.group("num"), cur) * _SCALE.get(m.group("scale") or "", 1)
                yield Span(m.start(), m.end(), "money", self.name, 0.95, "Amount", f"{written}{value}",
                           "Exact money amount", (("currency", written), ("value", repr(value))))


RECOGNISER = MoneyRecogniser()
