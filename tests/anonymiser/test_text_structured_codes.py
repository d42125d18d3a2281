"""Codes of letters and digits that no cue introduces, and the hyphenated tokens that are no code:
standards, viruses, encodings, dates, grades. (Invented codes.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.recognisers.structured_code import RECOGNISER


def _codes(text: str) -> list[str]:
    return [text[s.start:s.end] for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize("code", ["QM14-25-0385", "C7781-D-0123", "OQ-BX3-007", "VP-L9-2023-04", "F-PKX-031",
                                  "LC8831-0044", "CAPA-0931", "P-4471", "4410-24-018"])
def test_segmented_codes_with_digits_and_a_capital_are_identifiers(code: str) -> None:
    assert _codes(f"Press 2 is on {code}, about 60% through.") == [code]


@pytest.mark.parametrize("text", [
    "Certified to ISO-13485-2016 and IEC 62443-3-3.", "SARS-CoV-2 and COVID-19 rules applied.",
    "Files are UTF-8; the model follows ISA-95.", "Run on 2023-04-05 by the GMP-compliant team.",
    "Class-100 air; a B2B deal; the PT-100 probe.", "COVID-19 and ISA-95, HEPA-14 and USP-797; Class-100 rooms.",
    "The path ab-12-345/x and the host qm14-25-0385.example.com.",
    "Ratios of 1-2-3 and 10-20-30; a 12-24-36 month plan.",
])
def test_standards_viruses_encodings_dates_and_short_codes_are_not_taken(text: str) -> None:
    assert _codes(text) == []


def test_a_purchase_order_or_invoice_of_five_digits_is_a_reference_and_a_count_is_not() -> None:
    from anonymiser import anonymise_text
    found = [f.original for f in anonymise_text("PO 61937 and invoice 88123 raised; case 1234 and contract 2500 closed.").findings]
    assert found == ["PO 61937", "88123"]  # (an order's capitals are part of its number as it is cited)


def test_a_uk_patent_application_keeps_its_check_digit_and_numbers_after_what_they_number_are_references() -> None:
    from anonymiser import anonymise_text
    text = "Applications GB2476613.1 and GB2402217.9. Material 40017731; Employee 100482; Part 11 and item 3 stay."
    result = anonymise_text(text)
    assert [f.original for f in result.findings] == ["GB2476613.1", "GB2402217.9", "40017731", "100482"]


def test_a_batch_number_after_batches_from_is_an_identifier_and_a_year_is_not() -> None:
    result = anonymise_text("Affected: batches from CS24V0610 onwards; batches from 2019 onwards; lots to 24B118.")
    assert [f.original for f in result.findings if f.category == "identifier"] == ["CS24V0610", "24B118"]


@pytest.mark.parametrize(("text", "reference"), [
    ("Company number: 08841276", "08841276"),
    ("Registered in England No. 08841276", "08841276"),
    ("VAT: GB 214 7785 06", "GB 214 7785 06"),
    ("Granted under MA PL 51273/0004.", "PL 51273/0004"),
    ("Licence MIA 40712 and WDA(H) 38412.", "MIA 40712"),
    ("Apprentice: Kai | ULN 6148320957", "6148320957"),
    ("GTIN 05060912340173 matches master data.", "05060912340173"),
])
def test_company_vat_licence_learner_and_trade_item_numbers_are_references(text: str, reference: str) -> None:
    found = [f.original for f in anonymise_text(text).findings if f.category == "identifier"]
    assert found[0] == reference


def test_a_word_that_starts_with_a_cue_is_no_cue() -> None:
    assert [f for f in anonymise_text("SUMMER SHUTDOWN PLAN 2025 - Rev C").findings if f.category == "identifier"] == []
