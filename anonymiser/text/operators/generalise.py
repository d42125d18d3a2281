"""Generalisation: places to their region, amounts and counts to bands, dates to month and year.

Returns ``None`` when a span carries nothing to generalise from (a postcode, an address): the
caller then falls back to a placeholder.
"""
from __future__ import annotations

from anonymiser.text.operators.bands import count_band, money_band
from anonymiser.text.spans import Span

_PREPOSITIONS = ("in ", "at ", "near ", "from ", "to ", "outside ", "around ")


def generalise(span: Span, text: str) -> str | None:
    if span.category == "place":
        return _place(span, text)
    if span.category == "money":
        return money_band(float(span.attr("value")), span.attr("currency", "£"))
    if span.category == "date":
        # (a day after its weekday alone, "Sunday 25th", keeps the weekday; one with nothing else, "Tuesday the fifth"
        # said without its month, a placeholder)
        return f"{span.attr('month')} {span.attr('year')}".strip() or span.attr("weekday") or None
    if span.category == "quantity":
        return count_band(float(span.attr("value"))) + span.attr("unit")  # ("240 kg": its unit written after its band)
    return None


def _place(span: Span, text: str) -> str | None:
    region = span.attr("region")
    if not region:
        return None
    before = text[max(0, span.start - 12):span.start].lower()
    if before.endswith(_PREPOSITIONS) or text.startswith("-", span.end):
        return region
    return f"a site in {region}"
