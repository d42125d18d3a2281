"""The name someone says they go by is a person, there and wherever else it stands.
(Names here are invented for the tests; none is in the evaluation corpus.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.recognisers.nickname_cue import RECOGNISER


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize(("text", "name"), [
    ("Morning Jo. Everyone calls me Bax, by the way.", "Bax"),
    ('He said "please call me Zed".', "Zed"),
    ("The lads call him Tiggs.", "Tiggs"),
    ("She goes by Quorra, though.", "Quorra"),
])
def test_the_name_someone_is_called_by_is_a_person(text: str, name: str) -> None:
    assert _found(text) == [name]


@pytest.mark.parametrize("text", [
    "Call me Monday.", "call me at 3 if it trips", "They call it Phoenix internally", "call me back later",
    "goes by the book", "Call them Tuesday, they close early.",
])
def test_a_day_a_time_a_thing_or_a_word_after_the_cue_stays(text: str) -> None:
    assert _found(text) == []


def test_a_nickname_that_is_also_a_month_is_the_person_wherever_it_stands() -> None:
    text = "NOVELLA: Everyone calls me Nov, by the way.\nJO: Nov it is.\nNOV: Right, the filling hall."
    redacted = anonymise_text(text).text
    assert "Nov" not in redacted and "NOV" not in redacted


def test_a_nickname_that_clips_a_full_name_before_it_is_that_persons() -> None:
    text = "My guide is the plant manager, Tobrin Quill. TOBRIN: Everyone calls me Tob, by the way."
    placeholder = {f.original: f.replacement for f in anonymise_text(text).findings}
    assert placeholder["Tob"] == placeholder["Tobrin Quill"]
