"""Places known by their context, and the everyday words at a line's start or before "-based" that are none.
(Invented places.)"""
import pytest

from anonymiser.text.document import Document
from anonymiser.text.recognisers.place_context import RECOGNISER
from anonymiser import anonymise_text


def _places(text: str) -> list[str]:
    return [text[s.start:s.end] for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize("text, place", [
    ("Quarnby, Cumbria \u2014 12 March 2024. The line opened.", "Quarnby"),       # a dateline
    ("It was the Thornwick-based team.", "Thornwick"),
    ("Delivered to Engine Shed Lane, Cumbria by noon.", "Engine Shed Lane"),     # an address of everyday words
    ("We are based in Settle now.", "Settle"),                                   # named by a keyword: any word
])
def test_a_place_named_by_its_context_is_found(text: str, place: str) -> None:
    assert set(_places(text)) == {place}


@pytest.mark.parametrize("text", [
    "Released 22 May 2025 \u00b7 47 min",
    "Approved \u2013 S. Quarnby 19/06/2024",
    "Mon \u2013 Induction and site tour",
    "A rule-based check, then a Vision-based one.",
    "Room: Boardroom, Cumbria (Teams link below)",
])
def test_everyday_words_leading_a_line_or_before_based_or_a_county_are_no_place(text: str) -> None:
    assert _places(text) == []


def test_a_supplier_forms_duns_label_is_no_town_but_the_town_after_in_still_is() -> None:
    form = anonymise_text("Supplier DUNS 21-876-5432; DUNS no. 21 876 5432.")
    assert not [f for f in form.findings if f.category == "place"]
    assert "DUNS" in form.text and "5432" not in form.text
    town = anonymise_text("Our packing plant in Duns has two lines.")
    assert [f.original for f in town.findings if f.category == "place"] == ["Duns"]
