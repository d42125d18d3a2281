"""The word a nickname puts before a name ("Big Crispin", "little leopold") and a lower-case initial after a given
name in lower case ("leopold k logged it") go with the name. (Invented names.)"""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize("text, gone", [
    ('Thanks to the night shift, especially "Big Crispin" on line 2, who answered every question.', "Big Crispin"),
    ("- check the tie-in is on the shutdown list. ask big leopold (not little evander)\n", "big leopold"),
    ("- check the tie-in is on the shutdown list. ask big leopold (not little evander)\n", "little evander"),
])
def test_the_word_a_nickname_puts_before_a_name_goes_with_it(text: str, gone: str) -> None:
    result = anonymise_text(text)
    assert gone not in result.text
    assert gone.split()[0] not in result.text.replace("shutdown", "")


@pytest.mark.parametrize("text, kept", [
    ("He is a big Crispin Evander fan, apparently.", "a big "),
    ("The little Leopold Harcastle report is due.", "The little "),
])
def test_an_adjective_after_a_determiner_stays_before_a_name(text: str, kept: str) -> None:
    assert kept in anonymise_text(text).text


def test_a_lower_case_initial_after_a_given_name_in_lower_case_goes_with_it() -> None:
    result = anonymise_text("no hot water in the CIP skid, leopold k logged it. 3 ops on nights not 4\n")
    assert " k logged" not in result.text and "leopold" not in result.text

