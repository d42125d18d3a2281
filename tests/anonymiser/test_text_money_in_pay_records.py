"""Pay in the shapes HR records write it: a rate with the time it is paid by ("£17.54/hr", "£31,450 per annum"), a
range with one currency ("£45-50k"), a figure a pay slip's label says is pay ("Basic salary: 33,450"), a salary per
annum with no currency, and the columns of payroll exports and overtime claims ("base_salary_gbp", "OT pay",
"| EUR | 42.00 |", a title's row above the header); with look-alikes that stay (hours, grades, periods, multiples,
measurements' rates)."""
from __future__ import annotations

import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.engine import anonymise_text as engine_anonymise
from anonymiser.text.recognisers.money import RECOGNISER


def _amounts(text: str) -> list[tuple[str, float]]:
    return [(text[s.start:s.end], float(s.attr("value"))) for s in RECOGNISER.find(Document(text))]


def _money(text: str) -> list[str]:
    return [f.original for f in engine_anonymise(text).findings if f.category == "money"]


@pytest.mark.parametrize(("text", "written", "value"), [
    ("Your overtime rate is £17.54/hr from April.", "£17.54/hr", 17.54),
    ("Basic salary £31,450 per annum, pro rata.", "£31,450 per annum", 31450.0),
    ("Offered £29k p.a. plus car.", "£29k p.a.", 29000.0),
    ("Night premium £2.10ph on top.", "£2.10ph", 2.1),
    ("Agency pays £1.65 an hour more.", "£1.65 an hour", 1.65),
    ("Contractor at £515/day for six weeks.", "£515/day", 515.0),
    ("Salary band: £45-50k depending on experience.", "£45-50k", 45000.0),
    ("Offer range £32,000-36,000, reviewed yearly.", "£32,000-36,000", 32000.0),
    ("Tarif horaire 87,00 €/h", "87,00 €/h", 87.0),
    ("Agency temp at £16.20 p/h, nights extra.", "£16.20 p/h", 16.2),
    ("Lodging allowance £310pw while on site.", "£310pw", 310.0),
    ("Flat near site £1,150 pcm, bills extra.", "£1,150 pcm", 1150.0),
    ("Call-out cover £95 per shift, weekends only.", "£95 per shift", 95.0),
    ("Relocation flat £980 per calendar month.", "£980 per calendar month", 980.0),
])
def test_a_rate_and_a_range_are_found_whole(text: str, written: str, value: float) -> None:
    assert _amounts(text) == [(written, value)]


@pytest.mark.parametrize(("text", "written"), [
    ("£500-3 units left", "£500"),  # (no range: the second figure is smaller)
    ("Budget £40k - 12% contingency", "£40k"),
    ("Paid £45 per consultant visit", "£45"),  # (no time)
    ("Cost £12.50 pending", "£12.50"),
    ("Paid £40 pwd access fee", "£40"),  # (letters run on: no "pw")
    ("Rent £700 pcmx", "£700"),
])
def test_what_follows_an_amount_and_is_no_part_of_it_stays(text: str, written: str) -> None:
    assert [w for w, _ in _amounts(text)] == [written]


def test_the_time_a_rate_is_paid_by_stays_after_its_band() -> None:
    result = anonymise_text("Dear Brann, your salary will be £31,450 per annum and overtime £26.31/hr.")
    assert [f.original for f in result.findings if f.category == "money"] == ["£31,450 per annum", "£26.31/hr"]
    assert "31,450" not in result.text and "26.31" not in result.text
    assert "per annum" in result.text and "/hr" in result.text


@pytest.mark.parametrize(("text", "written"), [
    ("Basic salary: 33,450", "33,450"),
    ("Hourly rate: 14.85 per hour", "14.85 per hour"),
    ("Basic salary .......... 32,450", "32,450"),
    ("Shift premium = 2.10", "2.10"),
    ("Gross pay: 2,611.18", "2,611.18"),
    ("Salary: 32.5k", "32.5k"),
    ("He is on 33,450 per annum.", "33,450 per annum"),
])
def test_a_figure_a_pay_label_or_a_year_says_is_pay_is_an_amount(text: str, written: str) -> None:
    assert [w for w, _ in _amounts(text)] == [written]


@pytest.mark.parametrize("text", [
    "Pay grade: 4",
    "Pay period: 11",
    "Salary review date: 2025",
    "Bonus: 12%",
    "Overtime rate: 1.5x",
    "Allowance: 2 days",
    "The flow rate: 14.85",
    "Holiday pay accrued: 11.50 hrs",
    "Pay: 2024",
])
def test_a_pay_label_over_no_amount_gives_none(text: str) -> None:
    assert _amounts(text) == []


def test_a_payroll_export_is_banded_by_its_columns_words_with_or_without_a_currency() -> None:
    rows = ('emp_id,surname,forename,base_salary{gbp},hourly_rate,ot_hours,ot_pay,shift_allow,pay_grade,pay_period\n'
            'E2042,Vantreck,Osgood,"31,450.00",16.13,12.5,302.44,"1,790.00",4,11\n'
            'E2077,Pellbright,Tilda,"34,200.00",17.54,4.0,105.24,0.00,5,11\n'
            'E2081,Cosgrave,Brann,"28,100.00",14.41,0.0,0.00,925.00,3,11\n')
    for text in (rows.format(gbp="_gbp"), rows.format(gbp="")):
        assert _money(text) == ["31,450.00", "16.13", "302.44", "1,790.00", "34,200.00", "17.54", "105.24",
                                "28,100.00", "14.41", "925.00"]


def test_an_overtime_claim_under_a_heading_naming_its_currency_is_banded() -> None:
    text = ("Overtime claim summary (all figures in GBP)\n\n"
            "| Employee        | Staff no | Basic rate/hr | OT hours | OT rate | OT amount |\n"
            "|-----------------|----------|---------------|----------|---------|-----------|\n"
            "| Vantreck, O     | 100931   | 16.13         | 12.5     | 24.20   | 302.44    |\n"
            "| Pellbright, T   | 100977   | 17.54         | 4        | 26.31   | 105.24    |\n")
    assert _money(text) == ["16.13", "24.20", "302.44", "17.54", "26.31", "105.24"]


def test_an_expense_line_in_its_own_currency_and_a_title_row_above_a_header() -> None:
    claim = ("| # | Date | Category | Currency | Amount |\n"
             "|---|------|----------|----------|--------|\n"
             "| 1 | 10/06 | Parking | GBP | 61.00 |\n"
             "| 2 | 10/06 | Taxi | EUR | 42.00 |\n"
             "| 3 | 11/06 | Hotel | EUR | 212.50 |\n")
    assert _money(claim) == ["61.00", "42.00", "212.50"]
    plan = ('"Resource plan - in confidence",,,\n'
            'Name,Role,Day rate (£),Days\n'
            'Osgood Vantreck,Programmer,625,80\n'
            'Tilda Pellbright,Validation,690,70\n')
    assert _money(plan) == ["625", "690"]


def test_counts_and_grades_in_a_pay_table_stay() -> None:
    text = ('name,grade,pay_grade,pay_period,ot_hours\n'
            'Osgood Vantreck,B4,4,11,12.5\n'
            'Tilda Pellbright,B5,5,11,4.0\n'
            'Brann Cosgrave,B3,3,11,0.0\n')
    assert _money(text) == []
