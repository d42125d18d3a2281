"""A GS1 element string's values, read after their application identifiers: the GTIN and the batch are the
product's, the serial and the SSCC identifiers, the dates dates; bracketed numbers in prose are none of them, and no
part of the string is a telephone number. (Invented GTINs, batches and serials.)"""
from anonymiser import anonymise_text


def _found(text: str) -> dict[str, str]:
    return {f.original: f.category for f in anonymise_text(text).findings}


def test_a_human_readable_line_gives_gtin_batch_serial_and_expiry() -> None:
    found = _found("Carton: (01)05012345678900 (17)270131 (10)QB24K0412 (21)7HX92KQ4LM\n")
    assert found.get("(01)05012345678900") == "product"  # (with its identifier, as the code is quoted)
    assert found.get("QB24K0412") == "product"
    assert found.get("7HX92KQ4LM") == "identifier"
    assert found.get("270131") == "date"
    assert "contact" not in found.values()


def test_an_unspaced_string_and_a_spaced_sscc_are_read() -> None:
    found = _found("(01)05012345678900(21)7HX92KQ4LM(17)270131(10)QB24K0412 and SSCC (00) 3 5012345 000418827 4\n")
    assert {"(01)05012345678900", "7HX92KQ4LM", "QB24K0412", "(00) 3 5012345 000418827 4"} <= set(found)


def test_bracketed_numbers_in_prose_are_no_element_string() -> None:
    text = "See note (10) and clause (21) of the agreement, and (17) below."
    assert anonymise_text(text).text == text
