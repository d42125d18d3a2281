"""Figures in a table's column whose header names a currency are amounts, banded like any.
(Names and figures here are invented for the tests.)"""
from __future__ import annotations

import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.recognisers.money_column import RECOGNISER

_BUDGET = ("Line,Cost element,Supplier,Budget £,Actual £,Notes\n"
           '1,Robot cell,Quarvey Robotics Ltd,"286,000.00","83,835.00",ok\n'
           "2,Vision,Tavistrel Ltd,\"73,800.00\",0.00,late\n"
           "3,Contingency,-,\"60,000.00\",0.00,spare\n")


def _amounts(text: str) -> list[tuple[str, str, float]]:
    return [(text[s.start:s.end], s.attr("currency"), float(s.attr("value"))) for s in RECOGNISER.find(Document(text))]


def test_figures_under_a_header_naming_the_currency_are_amounts_and_noughts_stay() -> None:
    assert _amounts(_BUDGET) == [("286,000.00", "£", 286000.0), ("73,800.00", "£", 73800.0),
                                 ("60,000.00", "£", 60000.0), ("83,835.00", "£", 83835.0)]


def test_a_header_scale_multiplies_the_figures() -> None:
    text = "| Partner | Cost (£k) | Days |\n|---|---|---|\n| Hollendry | 412.5 | 30 |\n| Brask | 96 | 12 |\n"
    assert _amounts(text) == [("412.5", "£", 412500.0), ("96", "£", 96000.0)]


@pytest.mark.parametrize("text", [
    "Line,Step,Minutes,Operator\n1,Fill,12,A\n2,Cap,9,B\n3,Label,14,C\n",  # (no currency in any header)
    "Item,Unit GBP,Qty\nA,see note,4\nB,TBC,2\nC,n/a,1\n",  # (words under the header, no figures)
])
def test_a_column_naming_no_currency_or_holding_no_figures_gives_no_amount(text: str) -> None:
    assert _amounts(text) == []


def test_a_table_of_amounts_is_banded_with_no_exact_figure_left() -> None:
    result = anonymise_text(_BUDGET)
    assert "286,000" not in result.text and "£250k–£500k" in result.text and "0.00" in result.text


# Tables laid out by spaces, as a claim, an invoice or an expense form pasted as text draws them.
_CLAIM = ("FINANCIAL SUMMARY (GBP)\n"
          "Category            Total budget     Spent to date    This period    Hours\n"
          "                    (approved)       (before claim)\n"
          "Labour              214,600          98,150           22,470         1,310\n"
          "Materials            61,000          17,925            4,480             0\n"
          "TOTAL               275,600         116,075           26,950         1,310\n")


def test_under_a_heading_naming_the_currency_every_column_but_a_count_holds_amounts() -> None:
    found = {figure for figure, currency, _ in _amounts(_CLAIM) if currency == "£"}
    assert found == {"214,600", "98,150", "22,470", "61,000", "17,925", "4,480", "275,600", "116,075", "26,950"}


def test_a_column_headed_by_a_word_for_an_amount_holds_amounts_in_a_text_naming_its_currency() -> None:
    text = ("Expense claim, all figures in £\n\n"
            "LN  DATE       DESCRIPTION                RECEIPT   NET      VAT     GROSS\n"
            "01  04/03/26   Hotel, 1 night             R01       112.50   22.50   135.00\n"
            "02  05/03/26   Taxi to Quenmoss works   R02        31.25    6.25    37.50\n")
    assert [figure for figure, _, _ in _amounts(text)] == ["112.50", "22.50", "135.00", "31.25", "6.25", "37.50"]


def test_a_row_of_as_many_cells_as_the_header_has_one_under_each_however_it_is_spaced() -> None:
    text = ("Invoice currency: GBP\n\n"
            "Ln  Item         Qty (packs)    Unit price    Line total\n"
            "1  Velmarin 20 mg tablets  4,800  2.85  13,680.00\n")
    assert [(figure, value) for figure, _, value in _amounts(text)] == [("2.85", 2.85), ("13,680.00", 13680.0)]


def test_a_salary_and_a_rate_by_the_hour_are_amounts_and_the_hours_beside_them_are_not() -> None:
    text = ("Labour at £ rates below.\n\n"
            "Name             Gross salary    Hours    Rate/hr    Cost\n"
            "Analyst A        48,900          212      28.75      6,095\n")
    assert [figure for figure, _, _ in _amounts(text)] == ["48,900", "28.75", "6,095"]


@pytest.mark.parametrize("text", [
    # (a measurement's "Value" and a line's "Fill rate", in a text that names a currency elsewhere)
    "Budget £40k approved.\n\nParameter         Value     Unit\npH                7.25      -\nConductivity      12.50     uS/cm\n",
    "Capex £1.2m.\n\nLine      Fill rate     Units\nL1        98.50         4,200\nL2        97.25         3,900\n",
    # (counts under a word for a total, no currency heading the table)
    "Cost £25k.\n\nShift     Batches    Total\nDays      12         1,250\nNights    9          1,180\n",
    # (a form's labels and values, not a header: "Cost centre: ...")
    "Claimant: R. Yewdale      Cost centre: 4410\nBase site: Brantwhistle       Payroll no: 2,381.00\n",
    # (under a heading naming the currency, a column of what is counted)
    "COSTS (GBP)\nItem          Qty       Hours\nSensors       1,200     36.50\n",
])
def test_figures_in_a_table_of_measurements_or_counts_are_not_amounts(text: str) -> None:
    assert _amounts(text) == []


def test_a_claim_table_is_banded_with_no_exact_figure_left() -> None:
    result = anonymise_text(_CLAIM)
    for figure in ("214,600", "98,150", "116,075", "26,950"):
        assert figure not in result.text
    assert "1,310" in result.text  # (hours stay)


def test_a_heading_naming_the_currency_among_other_words_makes_a_rate_column_amounts() -> None:
    text = ("2. PRICE BUILD-UP (GBP, excl. VAT)\n"
            "    Item                        Hrs/Qty     Rate        Amount\n"
            "    Recipe software changes     40 h        96.00       3,840.00\n")
    assert [figure for figure, _, _ in _amounts(text)] == ["96.00", "3,840.00"]
