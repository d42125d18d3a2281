"""A product code's variant after a slash, and a file named with a found code, go with the code.
(Codes and names here are invented for the tests; none is in the evaluation corpus.)"""
from __future__ import annotations

import pytest

from anonymiser import anonymise_text
from anonymiser.text.code_variants import attach_code_variants
from anonymiser.text.file_names import attach_file_names
from anonymiser.text.spans import Span


def _span(text: str, mention: str, category: str = "product", label: str = "Code") -> Span:
    start = text.index(mention)
    return Span(start, start + len(mention), category, "x", 0.85, label, mention.lower())


@pytest.mark.parametrize(("text", "code", "whole"), [
    ("Supplier code:   QV7741/A", "QV7741", "QV7741/A"),
    ("100 mg vial (KTL 7194/100); other", "KTL 7194", "KTL 7194/100"),
    ("item RX-3307/2B, 40 cartons", "RX-3307", "RX-3307/2B"),
])
def test_a_variant_after_a_product_codes_slash_goes_with_it(text: str, code: str, whole: str) -> None:
    [span] = attach_code_variants([_span(text, code)], text)
    assert text[span.start:span.end] == whole and span.key == code.lower()


@pytest.mark.parametrize(("text", "mention", "category", "label"), [
    ("QV7741/QV7742 compared", "QV7741", "product", "Code"),  # (a second code runs on)
    ("QV7741/03/2025 received", "QV7741", "product", "Code"),  # (a date)
    ("RX-3307 50 mg/mL", "RX-3307 50 mg", "product", "Code"),  # (a unit in lower case)
    ("QV7741/ABCDE", "QV7741", "product", "Code"),  # (a longer word)
    ("Zentoval/B", "Zentoval", "product", "Product"),  # (a brand in words: no code)
    ("Lot 24-0117/A", "24-0117", "identifier", "Code"),  # (an identifier: its own recognisers read it)
    ("Room 7194/B", "Room 7194", "declared", "Place"),  # (a declared term read as a place)
])
def test_what_is_no_product_codes_variant_stays_as_found(text: str, mention: str, category: str, label: str) -> None:
    span = _span(text, mention, category, label)
    assert attach_code_variants([span], text) == [span]


def test_a_declared_codes_variant_shares_its_placeholder() -> None:
    result = anonymise_text("Supplier code: QV7741/A. QV7741 passed.", terms=["QV7741"])
    assert "/A" not in result.text and len({f.replacement for f in result.findings}) == 1


@pytest.mark.parametrize(("text", "code", "whole"), [
    ("Files: qv7741_scale-up_v2.1.pdf and more", "qv7741", "qv7741_scale-up_v2.1.pdf"),
    ("see KTL-RFQ-2031-007_Annex4_Costs_v3.xlsx.", "KTL-RFQ-2031-007", "KTL-RFQ-2031-007_Annex4_Costs_v3.xlsx"),
    ("(rx3307_pack_20310417.csv) sent", "rx3307", "rx3307_pack_20310417.csv"),
])
def test_a_file_named_with_a_found_code_goes_whole(text: str, code: str, whole: str) -> None:
    [span] = attach_file_names([_span(text, code)], text)
    assert text[span.start:span.end] == whole and span.key == code.lower()


def test_what_else_was_found_in_the_files_name_goes_into_it() -> None:
    text = "file 20310417_rx3307_final.csv"
    date, code = _span(text, "20310417", "date", "Date"), _span(text, "rx3307")
    [span] = attach_file_names([date, code], text)
    assert text[span.start:span.end] == "20310417_rx3307_final.csv" and span.category == "product"


@pytest.mark.parametrize(("text", "mention", "category", "label"), [
    ("QV7741 report.pdf", "QV7741", "product", "Code"),  # (a space: not one name)
    ("site qv7741.example.com", "qv7741", "product", "Code"),  # (no file's type)
    ("/data/qv7741/results.csv", "qv7741", "product", "Code"),  # (a folder, not the file)
    ("jmorrow_cv.pdf", "jmorrow", "declared", "Person"),  # (a person's: the person recognisers')
    ("on 05/02/2025_notes.docx", "05/02/2025", "date", "Date"),  # (a date alone is no code)
])
def test_what_is_no_code_in_a_files_name_stays_as_found(text: str, mention: str, category: str, label: str) -> None:
    span = _span(text, mention, category, label)
    assert attach_file_names([span], text) == [span]


def test_a_file_named_with_a_declared_code_is_redacted_whole() -> None:
    result = anonymise_text("Plan attached: qv7741_scale-up_v2.1.pdf (QV7741 step 4).", terms=["QV7741"])
    assert "scale-up" not in result.text and "pdf" not in result.text


def test_a_quoted_cell_of_strengths_keeps_each_strength_with_its_declared_name() -> None:
    result = anonymise_text('AE,"Quorvalin 10 / Quorvalin 20",DL-7194', terms=["Quorvalin"])
    assert "10" not in result.text.split(",")[1] and "20" not in result.text.split(",")[1]


def test_a_file_named_by_the_code_alone_keeps_its_type() -> None:
    text = "named by lot, e.g. QV7741-2.pdf, on the portal"
    span = _span(text, "QV7741-2", "identifier")
    assert attach_file_names([span], text) == [span]


def test_a_file_named_with_a_code_is_taken_whole_whatever_the_case_of_its_type() -> None:
    redacted = anonymise_text("see QV7741_Vreeland_review.PDF today", terms=["QV7741"]).text
    assert "Vreeland" not in redacted and "review" not in redacted
