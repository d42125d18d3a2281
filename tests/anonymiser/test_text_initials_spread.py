"""Initials known for a person in one place of a text, and capitals that only look like them: a header's word, a
time of day or a unit after a number. (Invented names and initials.)"""
from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.initials_column import initials_in_column
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


def test_a_word_signing_among_initials_is_that_person_in_actions_not_in_another_column() -> None:
    text = ("| Step | Done by | Shift |\n|---|---|---|\n| Clear line | ZK | PM |\n| Labels | QJ | PM |\n"
            "| Reconcile | AM | AM |\n\nAM to recount the labels.\n")
    redacted = _redacted(text)
    assert "ZK" not in redacted and "QJ" not in redacted
    assert "AM to recount" not in redacted
    assert redacted.count("| PM |") == 2
    assert redacted.splitlines()[4].endswith("| AM |") and not redacted.splitlines()[4].startswith("| Reconcile | AM")


def test_morning_and_afternoon_in_a_column_of_sign_offs_are_a_shift() -> None:
    text = "| Check | Verified |\n|---|---|\n| Filter | ZK |\n| Pressure | QJ |\n| Start | AM |\n| End | PM |\n| Seal | TO |\n"
    lines = text.split("\n")
    starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    body = [(starts[i] + lines[i].rindex("| ", 0, -1) + 2, starts[i] + len(lines[i]) - 2) for i in range(2, 7)]
    header = (starts[0] + 10, starts[0] + 18)
    found = [text[s:e] for s, e in initials_in_column(text, header, body)]
    assert found == ["ZK", "QJ", "TO"]
