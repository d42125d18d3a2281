"""Initials known for a person in one place of a text, and capitals that only look like them: a header's word, a
time of day or a unit after a number. (Invented names and initials.)"""
from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.recognisers.initials_actor import RECOGNISER


def _initials(text: str) -> list[str]:
    return [text[s.start:s.end] for s in RECOGNISER.find(Document(text))]


def _redacted(text: str) -> str:
    return anonymise_text(text).text


def test_a_headers_word_written_twice_in_capitals_is_no_ones_initials() -> None:
    text = ("| DATE | SIGN | NOTES |\n| 03/02/24 | QW | filter changed |\n\n"
            "| DATE | SIGN | NOTES |\n| 04/02/24 | QW | hopper cleaned |\n")
    found = _initials(text)
    assert "QW" in found
    assert "DATE" not in found and "SIGN" not in found


def test_initials_that_spell_a_given_name_are_still_taken_when_written_twice() -> None:
    text = "| Step | Done by |\n| Mix | ROB |\n| Fill | ROB |\n"
    assert _initials(text) == ["ROB", "ROB"]


def test_a_time_of_day_is_not_the_person_whose_initials_it_spells() -> None:
    text = ("Kaspar Mortenhoe (KM) and Piran Morrigan joined the call.\n"
            "Next call Friday at 3 PM, or 10:30 AM if the line is down.\n"
            "PM to send the minutes; KM to chase the quote.\n")
    redacted = _redacted(text)
    assert "at 3 PM," in redacted and "10:30 AM" in redacted
    assert "PM to send" not in redacted and "KM to chase" not in redacted


def test_a_unit_after_a_number_is_not_the_person_whose_initials_it_spells() -> None:
    text = "Reviewed by Keturah Blessop, QA Manager.\nThe scan is 350 KB, the photo 12 KB.\nKB: approved.\n"
    redacted = _redacted(text)
    assert "350 KB" in redacted and "12 KB" in redacted
    assert "KB: approved" not in redacted
