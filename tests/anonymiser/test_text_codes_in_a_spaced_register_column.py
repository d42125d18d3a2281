"""Codes by their column in a table laid out by spaces (a scanned register, a printed form): under a header naming a
record's numbers ("EMP NO.", read as printed where the scanner wrote "EMP N0."), each code-shaped cell is a code."""
from __future__ import annotations

from anonymiser.text.engine import anonymise_text


def test_a_registers_column_of_employee_numbers_is_a_column_of_codes():
    text = ("#  NAME (PRINT)            EMP N0.   DEPT          SCORE  P/F\n"
            "1  Leopold Quarside        731946    Granulation   90     P\n"
            "2  Isidore Nkwelle         73O518    Compression   85     P\n"
            "3  Wendell Threadgold      702277    Coating       100    P\n")
    result = anonymise_text(text)
    for number in ("731946", "73O518", "702277"):
        assert number not in result.text
    assert "Granulation" in result.text and " 90 " in result.text and "100" in result.text


def test_a_printouts_column_of_tags_is_no_column_of_records():
    text = ("Date        Time          Tag               Event              State\n"
            "2024-03-02  03:41:06.902  QZ-U7_ONBATT      UPS on battery     ALM\n"
            "2024-03-02  03:41:07.218  QZ709_AG_RUN      Agitator running   OFF\n")
    result = anonymise_text(text)
    assert "QZ-U7_ONBATT" in result.text and "QZ709_AG_RUN" in result.text
