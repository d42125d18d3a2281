"""References a logbook, a register or a delivery note cites by their capitals or a short label: a work order ("WO
63904"), a permit to work ("PTW 2023-117"), a company's registration in a footer ("Co. Reg. 07735160")."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


@pytest.mark.parametrize("text, number", [
    ("07:20 |Engineer visit - robot gripper |WO 63904     |", "63904"),
    ('[handwritten by security: "contractor - PTW 2023-117 issued, hot works NO"]', "2023-117"),
    ("Claims within 7 days. Co. Reg. 07735160.", "07735160"),
    ("PTW# 86193 closed", "86193"),
])
def test_a_work_order_a_permit_or_a_company_registration_is_a_reference(text, number):
    assert number not in anonymise_text(text).text


@pytest.mark.parametrize("text", ["The TWO 1234 items", "PTW 2024 plan", "See WO 12", "Co. 12345 Ltd", "AWO 63904"])
def test_a_year_a_short_count_or_a_word_ending_in_the_capitals_is_no_reference(text):
    result = anonymise_text(text)
    assert not [f for f in result.findings if f.recogniser == "reference_number"]
