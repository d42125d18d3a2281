"""Initials listed with a slash between them: people when one of them is, or after a word for people.
(Names here are invented for the tests.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.initials_lists import initials_in_lists
from anonymiser.text.spans import Span


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "person"]


def test_initials_listed_with_a_person_s_initials_are_people() -> None:
    text = "Present: Jolyon Hattersley.\nCalibration note (talent review, JH/QW/DT): indicator moved to strong."
    assert {"JH", "QW", "DT"} <= set(_people(text))


@pytest.mark.parametrize(("text", "people"), [("Grading panel:      QW / SKM / DT  (held 28.05.24)", ["QW", "SKM", "DT"]),
                                              ("Reviewed by: Q.W./D.T.", ["Q.W.", "D.T."])])
def test_initials_listed_after_a_word_for_people_are_people(text: str, people: list[str]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize("text", ["The QA/QC split and the IT/OT boundary decided the MES/ERP interface.",
                                  "Sizes 10/20 and A/B testing; TBC/N/A in the form.", "Panel: QA/QC agreed."])
def test_trade_acronyms_figures_and_letters_with_a_slash_stay(text: str) -> None:
    assert anonymise_text(text).text == text


def test_a_list_without_a_person_or_a_word_for_people_stays() -> None:
    text = "Wiring: see drawing sheets QW/DT for the marshalling cabinet."
    span_free = initials_in_lists([], text)
    assert span_free == []


def test_an_item_already_found_keeps_its_span() -> None:
    text = "Panel: JH/DT"
    found = Span(7, 9, "person", "x", 0.9, "Person", "jolyon hattersley")
    spans = initials_in_lists([found], text)
    assert spans[0] == found and [text[s.start:s.end] for s in spans] == ["JH", "DT"]
