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
