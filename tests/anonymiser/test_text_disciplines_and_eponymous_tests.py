"""A discipline named like a company ("an MEng in Chemical Engineering", "School of Chemical and Process
Engineering") and a test named after its inventors ("Bowie-Dick test") are nobody; a company with a word of its own
before the same words still is."""
import pytest

from anonymiser import anonymise_text


def _named(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category in ("organisation", "person", "name")]


@pytest.mark.parametrize("text", [
    "She joined after a Chemical Engineering degree.",
    "An MEng in Chemical and Process Engineering, then a placement.",
    "The School of Pharmaceutical Sciences hosted the workshop.",
    "Bowie-Dick test passed on autoclave AC-2 before the first load.",
])
def test_a_discipline_or_an_eponymous_test_is_nobody(text: str) -> None:
    assert _named(text) == []


def test_a_company_named_with_a_discipline_after_a_word_of_its_own_is_an_organisation() -> None:
    assert "Fennardy Process Engineering Ltd" in _named("Fennardy Process Engineering Ltd installed the skid.")
