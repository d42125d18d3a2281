"""Given names that are words ("Rose", "Wren", "Mercy", "Blessing") alone at a sentence's start or first in a field of
people ("cc: Mercy, Wren"), taken there or where a role in
brackets or a task of work stands beside them; the same words with no such cue stay. (Invented sentences.)"""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize("text, name", [
    ("Rose (days supervisor) to sign the log.", "Rose"),
    ("Wren (packaging lead) signed off the clearance.", "Wren"),
    ("Mercy (nights) cleared the stopper bowl.", "Mercy"),
    ("Faith will send the plates to QC.", "Faith"),
    ("Comfort to chase the courier.", "Comfort"),
    ("Blessing will confirm the count.", "Blessing"),
])
def test_a_word_name_beside_a_role_in_brackets_or_a_task_is_a_person(text: str, name: str) -> None:
    assert name not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    "Hope to check the label roll tomorrow.",
    "Patience will be needed with the new MES.",
    "Hope (see below) is not a strategy.",
    "Charity (registered no. 1234) sends the volunteers.",
    "Comfort will be improved by the new gowns.",
])
def test_the_same_words_with_no_persons_cue_stay(text: str) -> None:
    assert anonymise_text(text).text == text


@pytest.mark.parametrize("text, name", [
    ("Attendees: Hope, Faith, Joy, Kwabena\n", "Hope"),
    ("cc: Mercy, Wren\n", "Mercy"),
    ("Trainer: Wren\n", "Wren"),
])
def test_a_word_name_first_in_a_field_of_people_is_a_person(text: str, name: str) -> None:
    assert name not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    "Owner: Sky team\n",
    "Apologies: Hope to rejoin next week\n",
    "Reviewer: Mark as complete\n",
])
def test_a_word_first_in_a_field_before_other_words_stays(text: str) -> None:
    assert anonymise_text(text).text == text


@pytest.mark.parametrize("text", [
    "RAG status changed to: Amber\n",  # ("to:" mid-line: a value, not a mail's addressee)
    "Milestone 3 moved to: Amber\n",
    "Trainer: Will\n",  # (a modal)
    "Bill will send the invoice.\n",  # (a noun or a verb before a task: no one's)
    "Mark will check the box.\n",
])
def test_a_rag_colour_a_modal_or_a_verb_word_is_no_person_in_a_field_or_before_a_task(text: str) -> None:
    assert anonymise_text(text).text == text


def test_a_word_name_after_a_mails_to_header_is_still_a_person() -> None:
    assert "Wren" not in anonymise_text("To: Wren\nSubject: seals\n").text
