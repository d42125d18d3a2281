"""People by their column: a table's column that names people names them in every row.
(Names here are invented for the tests; none is in the evaluation corpus.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.recognisers.table_column import RECOGNISER

_MATRIX = """| Name | Login | Role |
|---|---|---|
| Kenji Nakamura | knakamura | Operator |
| Rose Hill | rhill | Super-user |
| Aisling Keogh | akeogh | Operator |
| Bartosz Wierzbicki | bwierzbicki | QA |
"""


def test_a_name_of_everyday_words_in_a_column_of_people_is_a_person():
    result = anonymise_text(_MATRIX)
    assert "Rose Hill" not in result.text and "rhill" not in result.text
    assert "| Name |" in result.text and "Super-user" in result.text and "Operator" in result.text


def test_cells_under_a_header_naming_a_role_are_people():
    text = ("Date\tShift\tTechnician\tFault\n16/04/2024\tNights\tKW\tPress 2 stopped\n"
            "17/04/2024\tDays\tdkowalczyk\tFeeder jam\n18/04/2024\tDays\tTBC\tFeeder jam\n")
    out = anonymise_text(text).text
    assert "\tKW\t" not in out and "dkowalczyk" not in out
    assert "TBC" in out and "Nights" in out and "Feeder jam" in out


@pytest.mark.parametrize("text", [
    "| Name | Version |\n|---|---|\n| Tracklink | 3.2 |\n| Batch Manager | 4.1 |\n| Vantora Suite | 2.0 |\n",
    "| Field | Length |\n|---|---|\n| SITE | 3 |\n| EQUIP | 6 |\n| MEASURE | 6 |\n",
])
def test_a_column_of_things_names_no_one(text):
    assert [f for f in anonymise_text(text).findings if f.recogniser == "table_column"] == []


def test_a_lone_everyday_word_in_a_column_of_people_is_no_one():
    text = ("| Step | Done by |\n|---|---|\n| 1 | Kenji Nakamura |\n| 2 | Aisling Keogh |\n| 3 | Batch |\n"
            "| 4 | Bartosz Wierzbicki |\n")
    assert "| Batch |" in anonymise_text(text).text


def test_text_without_a_table_costs_nothing():
    from anonymiser.text.document import Document
    assert list(RECOGNISER.find(Document("Kenji Nakamura checked the line."))) == []


def test_a_trade_acronym_under_a_role_header_is_a_team_not_a_person():
    text = "| Action | Owner |\n|---|---|\n| Update SOP | QA |\n| Fix interlock | Kenji Nakamura |\n| Train shift | HR |\n"
    out = anonymise_text(text).text
    assert "| QA |" in out and "| HR |" in out and "Nakamura" not in out
