"""A given name that is also a word ("Pearl", "Violet") signing a note or a quotation after a dash is a person.
(Names here are invented for the tests; none is in the evaluation corpus.)"""
import pytest

from anonymiser.text.document import Document
from anonymiser.text.recognisers.given_name_alone import RECOGNISER


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize(("text", "name"), [
    ('"Also the mobile - is it 417 or 4l7?? - Pearl"\n', "Pearl"),
    ('"She never once missed a shift." - Violet, Stores\n', "Violet"),
    ("Please sign the card before Friday. - Pearl", "Pearl"),
])
def test_a_word_name_signing_after_a_dash_is_a_person(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize("text", [
    "Colours on the chart: red, green. - Violet is the legend's fourth.",
    "Paint the door. - Violet\tgloss 2 coats",
    "Is it the pearl finish? - Pearl white, order code 3\n",
])
def test_a_word_after_a_dash_that_goes_on_stays(text: str) -> None:
    assert _found(text) == []
