"""Addresses in scanned letterheads and forms: a street's word misread ("R0ad"), a postcode's inward code with an "O"
for its "0" ("KW15 OPD"), and an estate cut short as forms write it ("Ind. Est.")."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text
from anonymiser.text.ocr import read_digits


def test_an_address_with_a_misread_street_word_is_an_address():
    result = anonymise_text("Unit 4, Thwaitholm R0ad        Page 1 of 2\nDelivery to: 14 Ellerbank R0ad\n")
    assert "Unit 4" not in result.text and "R0ad" not in result.text and "14 " not in result.text
    assert "Page 1 of 2" in result.text and all(f.category == "place" for f in result.findings)


def test_a_postcode_with_an_o_for_its_inward_codes_zero_is_a_postcode():
    assert read_digits("Ellerbank, Orkney KW15 OPD\n").text == "Ellerbank, Orkney KW15 0PD\n"
    assert "OPD" not in anonymise_text("Ellerbank Court, Orkney KW15 OPD\nT: 01632 960 118\n").text


@pytest.mark.parametrize("text", ["WHY IS L7 OEE 52% ??", "switch X1 OFF now", "the OZB team"])
def test_a_lines_measure_or_a_switchs_state_is_no_postcode(text):
    assert read_digits(text).changed == ()


def test_an_estate_cut_short_is_part_of_the_address():
    result = anonymise_text("Unit 9, Thwaitholm Lane Ind. Est.          Building B4\n")
    assert "Ind" not in result.text and "Est" not in result.text and "Building B4" in result.text
