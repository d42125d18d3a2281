"""Initials or a given name of someone the text names, written where they are a unit, the half of the day or a verb
opening a question: "10:12 AM", "412 KB", "Will I lose my job?". (Invented names.)"""
import pytest

from anonymiser import anonymise_text


def test_am_and_pm_after_a_clock_time_stay_though_someone_has_those_initials() -> None:
    text = ("Assignee: Annis Mowbray\nCreated: 05/Jun/24 10:12 AM  Updated: 21/Jun/24 4:47 PM\n"
            "Comment by Piers Mallory - 06/Jun/24 2:03 PM\nAM to confirm the fix.")
    result = anonymise_text(text)
    # (each time goes with its date, kept as the month: none of its "AM" or "PM" is a person's)
    assert "Created: June 2024  Updated: June 2024\n" in result.text and "- June 2024\n" in result.text
    assert [f.original for f in result.findings if f.category == "person" and f.original in ("AM", "PM")] == ["AM"]
    assert "AM to confirm" not in result.text


def test_a_unit_after_a_number_stays_though_someone_has_those_initials() -> None:
    text = "Author: Keturah Bowser\n4.3   03/11/2023   412 KB   Approved for issue\nKB to re-sign section 8."
    result = anonymise_text(text)
    assert "412 KB" in result.text and "KB to re-sign" not in result.text


@pytest.mark.parametrize("text", [
    "Owner: Annis Mowbray\nA4 AM - confirm the resource plan\n",
    "Owner: Annis Mowbray\nThe audit is booked for 11 February 2025. AM to confirm.\n",
])
def test_initials_after_an_action_number_or_a_full_stop_are_still_the_person(text: str) -> None:
    assert "AM" not in anonymise_text(text).text


def test_a_given_name_that_is_a_verb_opening_a_question_stays() -> None:
    text = ("Wilmot Brandreth runs the town hall.\nDates will be confirmed by Will at the town hall.\n\n"
            "Will I lose my job because of the new line?\nNo.\n")
    result = anonymise_text(text)
    assert "Will I lose my job" in result.text
    assert "confirmed by Will " not in result.text
