"""A place speech recognition wrote in lower case on a line of speech without capitals, after a word that places
something ("sat at the depot in bridlington"); not a place that is also an English word ("in reading", "in bath"),
nor a place's name in lower case in a text written with capitals, nor without a word before it."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text

_SAID = ("yeah the driver rang and the pallet is sat at the depot in {place} so we wont see it till monday "
         "and that pushes the install back by a day or so")

CASES = [
    (_SAID.format(place="bridlington"), "bridlington", True),
    (_SAID.format(place="skegness"), "skegness", True),
    (_SAID.format(place="reading"), "reading", False),
    (_SAID.format(place="bath"), "bath", False),
    # a street's name; a word that places nothing ("to")
    (_SAID.format(place="eton road"), "eton", False),
    ("yeah so i rang the stores and then i passed the log to skegness and he said it was fine to go ahead with it",
     "skegness", False),
    ("The Pallet Is At The Depot, see the skegness file.", "skegness", False),
    ("yeah the driver rang and skegness has the pallet so we wont see it till monday and that pushes the install back",
     "skegness", False),
]


@pytest.mark.parametrize("text,place,found", CASES)
def test_places_said_in_lower_case(text: str, place: str, found: bool) -> None:
    start = text.index(place)
    result = anonymise_text(text)
    assert any(f.category == "place" and f.start <= start < f.end for f in result.findings) is found


def test_a_given_name_is_no_place_said(monkeypatch: pytest.MonkeyPatch) -> None:
    # (a place that needs its context and is a given name too, "passed the log at <name>'s desk": made so here,
    # with a place no corpus text names)
    from anonymiser.text.document import Document
    from anonymiser.text.recognisers import person_names
    from anonymiser.text.recognisers.gazetteer import Entry
    from anonymiser.text.recognisers.uk_place import RECOGNISER

    text = _SAID.format(place="skegness")
    doc, start = Document(text), text.index("skegness")
    entry = Entry("Skegness", needs_context=True)
    assert RECOGNISER._said(doc, start, start + len("skegness"), entry)
    monkeypatch.setattr(person_names, "is_given_name", lambda name: name == "Skegness")
    assert not RECOGNISER._said(doc, start, start + len("skegness"), entry)
