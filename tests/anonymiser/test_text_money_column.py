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
