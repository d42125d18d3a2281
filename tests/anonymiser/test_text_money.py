"""Exact money amounts as the UK, the US and the rest of Europe write them are found whole and valued right, so that
their band is right; numbers with other units stay."""
from __future__ import annotations

import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.recognisers.money import RECOGNISER


def _amounts(text: str) -> list[tuple[str, str, float]]:
    return [(text[s.start:s.end], s.attr("currency"), float(s.attr("value"))) for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize(("text", "written", "currency", "value"), [
    ("The project cost £2.3m in total.", "£2.3m", "£", 2.3e6),
    ("Invoice total £1,024,500.00 due.", "£1,024,500.00", "£", 1024500.0),
    ("Montant HT : 148 600,00 € net", "148 600,00 €", "€", 148600.0),
    ("Restzahlung (10 % = 86.450,00 EUR) nach SAT", "86.450,00 EUR", "€", 86450.0),
    ("Tariffa 98,00 €/h", "98,00 €/h", "€", 98.0),  # (the time a rate is paid by goes with it)
    ("Angebot: EUR 1.234,56 netto", "EUR 1.234,56", "€", 1234.56),
    ("Angebot: € 2.500 netto", "€ 2.500", "€", 2500.0),
    ("Offerte CHF 1'234.50 exkl. MWST", "CHF 1'234.50", "CHF ", 1234.5),
    ("Faktura 2 310,00 Kč splatná", "2 310,00 Kč", "CZK ", 2310.0),
    ("Hotel DKK 312.00 per night", "DKK 312.00", "DKK ", 312.0),
    ("Budżet 1 200 zł", "1 200 zł", "PLN ", 1200.0),
    ("Quote ¥18,400,000 incl. tax", "¥18,400,000", "¥", 18400000.0),
])
def test_an_amount_is_found_whole_and_valued_as_its_currency_writes_it(text: str, written: str, currency: str,
                                                                      value: float) -> None:
    assert _amounts(text) == [(written, currency, value)]


def test_a_continental_amount_is_banded_whole_with_nothing_of_it_left() -> None:
    # (read before as "00 EUR", valued nought, with "86.450," left beside the band)
    result = anonymise_text("Restzahlung (10 % = 86.450,00 EUR) nach erfolgreicher Abnahme.")
    assert "86" not in result.text and "450" not in result.text and "under €100k" in result.text


@pytest.mark.parametrize("text", [
    "A 20 ft container and 10,000 sq ft of floor",  # (feet, not forints)
    "Firmware v2.50 eur build",  # (part of a version)
    "Section 3.2.50 EUR rules",  # (part of a longer number)
])
def test_numbers_with_other_units_or_inside_other_numbers_are_no_amounts(text: str) -> None:
    assert _amounts(text) == []


def test_figures_written_as_money_in_a_text_that_names_its_currency_are_amounts_each_in_its_place() -> None:
    text = ("COST BUILD-UP (GBP, excl. VAT)\n"
            "Item             Qty   Rate        Amount\n"
            "Camera station   1     13,685.69   13,685.69\n"
            "Format parts     4     1,180.00    4,720.00\n")
    assert [(w, c, v) for w, c, v in _amounts(text)] == [
        ("13,685.69", "£", 13685.69), ("13,685.69", "£", 13685.69), ("1,180.00", "£", 1180.0), ("4,720.00", "£", 4720.0)]
    result = anonymise_text(text)
    assert "13,685" not in result.text and result.text.count("under £100k") == 4  # (two figures side by side stay two)


@pytest.mark.parametrize("text", [
    "Batch yield 1,250.50 kg against 1,300.00 kg (GBP costs in annex)",  # (a unit after it)
    "Totals: 1,250.50 and 2,400.00",  # (no currency named anywhere)
    "Growth 12,345.67% (in GBP)",  # (a percentage)
])
def test_figures_with_a_unit_or_in_a_text_naming_no_currency_are_no_amounts(text: str) -> None:
    assert _amounts(text) == []
