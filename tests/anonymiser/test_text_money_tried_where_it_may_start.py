"""money reads its pay labels and misread amounts only where one may start: the same matches as the pattern read
everywhere, with letters read in any case as an "s" or "i" ("ſ", "İ") and labels inside words."""
from __future__ import annotations

import pytest

from anonymiser.text.normalise import lower_view
from anonymiser.text.recognisers import money

TEXTS = [
    "Basic salary: 33,450\nHourly rate ....... 14.85\nOvertime pay = 302.44\nPay grade: 4",
    "display rate: 12.50 and notpay: 3,000 and daily rate: 450.00",
    "ſalary: 33,450 and baſic ſalary: 1,200.00",  # (a long s, which the pattern reads in any case as an "s")
    "BASİC SALARY: 40,000 and WAGES: 1,250.50",  # (a dotted capital I, read as an "i")
    "Total £37,20O and EUR 5,190.OO, xusd 1,2O0 and USD l2,OOO",
    "ſalary £1O0 uſd 2,0O0",
]


@pytest.mark.parametrize("text", TEXTS)
def test_pay_labels_and_misread_amounts_are_those_of_the_pattern_read_everywhere(text: str) -> None:
    lower = lower_view(text)
    for pattern, starts in ((money._PAY_LABEL, money._PAY_LABEL_AT), (money._MISREAD_AMOUNT, money._MISREAD_AMOUNT_AT)):
        assert [m.span() for m in money._tried_at(pattern, text, lower, starts)] == \
            [m.span() for m in pattern.finditer(text)]


def test_currencies_in_a_text_are_those_written_anywhere_in_it() -> None:
    lower = "the gbpounds and us$ 4 and euros; audit, sekr"
    assert money._currencies_in(lower) == {c for c in {*money._BEFORE, *money._AFTER} if c in lower}
