"""Dictionary words used as names mid-sentence, and the words capitalised by habit that stay.
(Invented names.)"""
import pytest

from anonymiser.text.document import Document
from anonymiser.text.recognisers.word_as_name import RECOGNISER


def _names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in RECOGNISER.find(Document(text))]


def test_a_word_capitalised_mid_sentence_twice_and_never_in_lower_case_is_a_name() -> None:
    text = "He runs Lodestar's weekly board. The validation plan for Lodestar is signed."
    assert _names(text) == ["Lodestar", "Lodestar"]


@pytest.mark.parametrize("text", [
    "He runs Lodestar's weekly board. Nothing else.",                                  # once only
    "We follow the lodestar of quality. He runs Lodestar's board and Lodestar's plan.",  # in lower case too
    "The Batch Record moved; the Batch Record is live.",                               # a capitalised term
    "Ask Finance and then Finance again; Annex one and Annex two; in March and March.",  # capitalised by habit
])
def test_single_uses_lower_case_uses_terms_and_habitual_capitals_are_not_taken(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text", [
    "Signed by the Qualified Person on Monday; the Qualified Person then released it.",      # a role in title case
    "Join on Microsoft Teams, then again on Microsoft Teams, as before.",                   # a vendor's product
    "Original Contract Sum here, and the Revised Contract Sum there.",                       # column labels
])
def test_a_word_after_a_capitalised_word_is_a_term_in_title_case_not_a_name(text: str) -> None:
    assert _names(text) == []


def test_a_word_after_a_given_name_is_still_taken() -> None:
    text = "Thanks to Will Thatcher for the plan, and to Will Thatcher for the test."
    assert _names(text) == ["Thatcher", "Thatcher"]


@pytest.mark.parametrize("definition", ['("the Borrower")', '(the "Borrower")', "(together with its staff, the \u201cBorrower\u201d)"])
def test_a_role_a_contract_defines_in_brackets_is_not_a_name(definition: str) -> None:
    text = f"Osric Dalquist of Leeds {definition}. The Lender has developed the cell, and the Borrower shall return it; the Borrower pays."
    assert _names(text) == []
