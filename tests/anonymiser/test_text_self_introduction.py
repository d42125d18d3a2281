"""The name a caller gives for themselves in speech written without capitals is a person.
(Names here are invented for the tests; none is in the evaluation corpus.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.recognisers.self_introduction import RECOGNISER

_AFTER = (" just to say the pallet has arrived and it is sitting in the goods in bay so if someone can come and sign"
          " for it that would be great cheers\n")


def _found(line: str) -> list[str]:
    text = "Voicemail 1 - 09:14 - 42 sec\n" + line + _AFTER
    return [text[s.start:s.end] for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize(("line", "name"), [
    ("hiya this is bax from stores", "bax"),
    ("hi its tiggs quorrell at haviland calibration", "tiggs quorrell"),
    ("morning my name is ilka calling from the lab", "ilka"),
    ("hi it's zuri here from packing", "zuri"),
])
def test_the_name_a_caller_gives_is_a_person(line: str, name: str) -> None:
    assert _found(line) == [name]


@pytest.mark.parametrize("line", [
    "hi this is the line from stores", "it's fine from here", "this is just from memory", "it's done at last",
])
def test_words_after_the_same_cue_stay(line: str) -> None:
    assert _found(line) == []


def test_a_capitalised_line_is_left_to_the_other_recognisers() -> None:
    text = "Voicemail 1: Hi, this is the Stores Manager from Haviland. Please call back.\n"
    assert list(RECOGNISER.find(Document(text))) == []


def test_the_name_is_redacted_where_it_recurs() -> None:
    text = "Voicemail 1 - 09:14 - 42 sec\nhiya this is bax from stores" + _AFTER + "\nnote: ring bax back re pallet\n"
    assert "bax" not in anonymise_text(text).text


@pytest.mark.parametrize("word", """Accounts Planning Shipping Housekeeping Cleaning Sterility Dispensary Goods Receiving
    Medical Calibration Metrology Laundry Occupational""".split())
def test_a_department_calling_is_no_person(word: str) -> None:
    text = f"Hi, this is {word} calling about the order."
    assert list(RECOGNISER.find(Document(text))) == []
    assert word in anonymise_text(text).text


def test_many_introductions_are_read_with_one_pass_over_the_words() -> None:
    # (each distinct word was searched for over the whole text; the words in lower case are now read once)
    words = ["Vokram", "Zelbin", "Quenza", "Tirrow"]
    text = "".join(f"Hi. It's {w} again. " for w in words) + "we saw tirrow later."
    assert [text[s.start:s.end] for s in RECOGNISER.find(Document(text))] == ["Vokram", "Zelbin", "Quenza"]
