"""A common given name that is a word, then a lone initial, as sign-off sheets and e-mails write people ("Faith O.",
"Rose T.", "Hope A."); the same words before a letter that names a thing stay. (Invented names.)"""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize("text, name", [
    ("Trainer: Faith O.   Trainee: Rose T.\n", "Faith"),
    ("Trainer: Faith O.   Trainee: Rose T.\n", "Rose"),
    ("Signed off by: Wren H. on 12/03/2024\n", "Wren"),
    ("Thanks for the update.\n\nKind regards,\nHope A.\n", "Hope"),
])
def test_a_word_name_before_a_lone_initial_is_a_person(text: str, name: str) -> None:
    assert name not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    "Samples were taken from the River A. upstream of the outfall.\n",
    "Use Plan B. The line restarts at six.\n",
    "The Summer B. rota is attached.\n",
])
def test_a_word_before_a_letter_naming_a_thing_stays(text: str) -> None:
    assert anonymise_text(text).text == text


@pytest.mark.parametrize("text", [
    "Step 3: Will B. be needed?\n",  # (a step's number before the colon: no field of a person)
    "Sample Stone B. was cracked.\n",  # (a capitalised noun just before: a thing's name)
    "Vial Amber A. and Vial Amber B.\n",
])
def test_a_word_before_a_lone_initial_without_a_cue_for_a_person_stays(text: str) -> None:
    assert anonymise_text(text).text == text
