"""Text anonymisation engine (first cut: declared terms, e-mail addresses and phone numbers).

The full recogniser registry replaces the detection below; the public functions keep their shape.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

import phonenumbers

from anonymiser.errors import InputTooLarge, InvalidInput
from anonymiser.text.result import AnonymisationResult, Finding

MAX_INPUT_BYTES = 2 * 1024 * 1024
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).translate(_INVISIBLE)


class _Placeholders:
    def __init__(self) -> None:
        self._by_key: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}

    def get(self, label: str, original: str) -> str:
        key = (label, original.casefold())
        if key not in self._by_key:
            n = self._counts.get(label, 0)
            self._counts[label] = n + 1
            self._by_key[key] = f"[{label} {_letter(n)}]"
        return self._by_key[key]


def _letter(n: int) -> str:
    out = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def _spans(text: str, terms: Sequence[str]) -> list[tuple[int, int, str, str, str]]:
    spans: list[tuple[int, int, str, str, str]] = []
    for term in sorted({normalise(t).strip() for t in terms if t.strip()}, key=len, reverse=True):
        for m in re.finditer(re.escape(term), text, flags=re.IGNORECASE):
            spans.append((m.start(), m.end(), "declared", "declared_terms", "Sensitive term"))
    for m in _EMAIL.finditer(text):
        spans.append((m.start(), m.end(), "contact", "email", "Email"))
    for match in phonenumbers.PhoneNumberMatcher(text, "GB"):
        spans.append((match.start, match.end, "contact", "phone", "Phone"))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    chosen: list[tuple[int, int, str, str, str]] = []
    for span in spans:
        if not chosen or span[0] >= chosen[-1][1]:
            chosen.append(span)
    return chosen


def anonymise_fields(
    fields: Mapping[str, str], *, terms: Sequence[str] = ()
) -> dict[str, AnonymisationResult]:
    """Anonymise several texts of one document with placeholders consistent across them."""
    placeholders = _Placeholders()
    return {name: _anonymise(value, terms, placeholders) for name, value in fields.items()}


def anonymise_text(text: str, *, terms: Sequence[str] = ()) -> AnonymisationResult:
    return _anonymise(text, terms, _Placeholders())


def _anonymise(text: str, terms: Sequence[str], placeholders: _Placeholders) -> AnonymisationResult:
    if not isinstance(text, str):
        raise InvalidInput("text must be a string")
    if len(text.encode("utf-8")) > MAX_INPUT_BYTES:
        raise InputTooLarge(f"text is larger than {MAX_INPUT_BYTES} bytes")
    source = normalise(text)
    out: list[str] = []
    findings: list[Finding] = []
    cursor = 0
    length = 0
    for start, end, category, recogniser, label in _spans(source, terms):
        out.append(source[cursor:start])
        length += start - cursor
        replacement = placeholders.get(label, source[start:end])
        findings.append(
            Finding(start, end, length, length + len(replacement), source[start:end], category,
                    recogniser, 1.0, "placeholder", replacement)
        )
        out.append(replacement)
        length += len(replacement)
        cursor = end
    out.append(source[cursor:])
    return AnonymisationResult("".join(out), source, tuple(findings))
