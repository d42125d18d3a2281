"""A weekday as a given name ("Sunday Okafor", "Monday Adeyemi") filling a field that names a person; a weekday in any
other field, or before a word, stays. (Invented names.)"""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize("text, day", [
    ("Caller: Sunday Okafor\n", "Sunday"),
    ("Opened by: Monday Adeyemi\nAssigned to: Friday Eze-Obi (Network)\n", "Monday"),
    ("Opened by: Monday Adeyemi\nAssigned to: Friday Eze-Obi (Network)\n", "Friday"),
])
def test_a_weekday_before_a_surname_in_a_persons_field_is_a_given_name(text: str, day: str) -> None:
    assert day not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    "Next review: Friday\n",
    "To: Monday Meeting\n",
    "Closed by: Sunday\n",
])
def test_a_weekday_elsewhere_stays(text: str) -> None:
    assert anonymise_text(text).text == text
