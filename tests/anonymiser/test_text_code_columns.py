"""Codes by their column: a table's column of batch numbers, lots or orders holds one in every row.
(Codes and names here are invented for the tests; none is in the evaluation corpus.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.engine import first_pass
from anonymiser.text.policy import Policy
from anonymiser.text.recognisers.code_column import RECOGNISER


def _codes(text: str) -> set[str]:
    """What this second opinion takes, given what the first pass found without it."""
    doc, found = first_pass(text, policy=Policy.from_dict({"disable": ["code_column"]}))
    return {doc.text[s.start:s.end] for s in RECOGNISER.find_among(doc, found)}


def test_cells_under_a_header_naming_a_kind_of_code_are_identifiers():
    text = ("REQ,LOT_NO,QTY,STATUS,NOTE\nR-1,KX7Q2201,500,OPEN,ok\nR-2,KX7Q2202,500,OPEN,ok\n"
            "R-3,KX7Q2230,250,HELD,see QA\n")
    assert _codes(text) == {"KX7Q2201", "KX7Q2202", "KX7Q2230"}
    out = anonymise_text(text).text
    for kept in ("LOT_NO", "500", "250", "OPEN", "HELD", "R-3"):
        assert kept in out


def test_the_other_codes_of_a_column_where_most_codes_were_found_are_identifiers():
    text = ("| Step | Item | Result |\n|---|---|---|\n| Blend | LM10-25-0385 | Pass |\n"
            "| Press | LM10-25-0386 | Pass |\n| Coat | KX7Q2201 | Pass |\n")
    assert _codes(text) == {"KX7Q2201"}


@pytest.mark.parametrize("text", [
    # numbers, amounts, versions and words under a header of codes stay
    "| Batch | Yield | Hours |\n|---|---|---|\n| 1 | 98.5 | 7.5 |\n| 2 | 97.1 | 8.0 |\n| 3 | 99.0 | 6.5 |\n",
    # ordinals and counts under a header of codes stay
    "| Order | Step | Hours |\n|---|---|---|\n| 1st | Blend | 2h |\n| 2nd | Press | 4h |\n| 3rd | Coat | 12h |\n",
    # a column of hashes is no column of codes
    "| Field | Example |\n|---|---|\n| user hash | 4b70d0aa |\n| device hash | 9f3ac1e2 |\n| line hash | 77ab01cd |\n",
    # a column of codes without a header naming them, none found: no one can tell
    "| Step | Setting |\n|---|---|\n| Blend | R2D2 |\n| Press | C3PO |\n| Coat | BB8X |\n",
])
def test_a_column_that_holds_no_codes_gives_none(text):
    assert _codes(text) == set()


def test_text_without_a_table_costs_nothing():
    assert list(RECOGNISER.find(Document("Lot KX7Q2201 was released."))) == []


def test_a_table_without_a_header_has_codes_in_its_first_row_too():
    text = "R-1,KX7Q2201,OPEN\nR-2,LM10-25-0385,OPEN\nR-3,LM10-25-0386,HELD\n"
    assert _codes(text) == {"KX7Q2201"}


def test_a_column_of_employee_numbers_goes_even_short():
    text = ("| Name | Emp. No. | Dept |\n|---|---|---|\n| Tyrone Beckwith | 40217 | Packing |\n"
            "| Holly Shepard | 41123 | Packing |\n| Dean Mellors | 37705 | Engineering |\n")
    result = anonymise_text(text)
    assert not any(n in result.text for n in ("40217", "41123", "37705"))


def test_short_numbers_with_a_slash_under_a_reference_header_stay():
    text = "| Action ref | Owner | Due |\n|---|---|---|\n| 25/01 | Finance | May |\n| 25/02 | QA | June |\n"
    assert all(f.recogniser != "code_column" for f in anonymise_text(text).findings)
