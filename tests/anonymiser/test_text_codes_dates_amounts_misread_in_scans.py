"""Scanned text: codes, dates and amounts whose digits the scanner read as letters ("O" for 0, "l" or "I" for 1)."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text
from anonymiser.text.ocr import read_digits


@pytest.mark.parametrize("scanned, printed", [
    ("Form XK-07l3 issue 4", "Form XK-0713 issue 4"),
    ("LOTS 31O227, 31Ol28", "LOTS 310227, 310128"),
    ("Cost: £31,6O5.OO", "Cost: £31,605.00"),
    ("RECEIVED 1O JUN 2O24", "RECEIVED 10 JUN 2024"),
    ("Date: l7 / 09 / 2024", "Date: 17 / 09 / 2024"),
    ("per SOP-ZQ-O47.", "per SOP-ZQ-047."),
    ("Batch K31O8l6", "Batch K310816"),
])
def test_look_alike_letters_among_a_numbers_digits_are_read_as_digits_at_the_same_offsets(scanned, printed):
    reading = read_digits(scanned)
    assert reading.text == printed and len(reading.text) == len(scanned)


@pytest.mark.parametrize("text", ["Oil and lOl, IO list, I/O card", "H2O, 10ml, KX4O, CO2", "mail host.1O or c:\\l0", "lOO1"])
def test_words_and_codes_glued_to_letters_are_not_read_as_numbers(text):
    assert read_digits(text).changed == ()


def test_a_scanned_forms_misread_codes_dates_and_amounts_are_found():
    text = ("QUALITY RECORD        Form XK-07l3 issue 4\n"
            "Received: 1O JUN 2O24   Cost: £31,6O5.OO\n"
            "Cleaned per SOP-ZQ-O47. Add 10ml of H2O; see IO list rev 7.\n")
    result = anonymise_text(text)
    for scanned in ("XK-07l3", "1O JUN", "2O24", "31,6O5", "SOP-ZQ-O47"):
        assert scanned not in result.text
    assert "Add 10ml of H2O; see IO list rev 7." in result.text
    assert {f.category for f in result.findings} >= {"date", "money"}



def test_a_vehicle_registration_with_a_letter_for_a_digit_of_its_age_is_a_registration():
    assert read_digits("own car  KX7O HBT  08:30").text == "own car  KX70 HBT  08:30"
    assert "KX7O" not in anonymise_text("22/07/24 Ludovic Garvagh  own car  KX7O HBT  08:30\n").text
    assert read_digits("GO TO BED, WE OO ABC, OK IO ABC").changed == ()
