"""A street address takes the parts of the building written before it ("Level 6, Tower B, 88 Harbour Road", "Suite 1400,
200 Elm Street", "2nd Floor, 9 Quay Street"); its mentions with and without them read as one address. A level, floor or
room that leads no address stays."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _places(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "place"]


@pytest.mark.parametrize(("text", "address"), [
    ("Deliver to Level 6, Tower B, 88 Harbour Road by noon.", "Level 6, Tower B, 88 Harbour Road"),
    ("Our office: Suite 1400, 200 Elm Street.", "Suite 1400, 200 Elm Street"),
    ("Post it to 2nd Floor, 9 Quay Street please.", "2nd Floor, 9 Quay Street"),
    ("Flat 2A, 14 Mossgiel Terrace is the tenant's.", "Flat 2A, 14 Mossgiel Terrace"),
    ("Ground Floor, Room G12, 3 Tanyard Lane, then left.", "Ground Floor, Room G12, 3 Tanyard Lane"),
])
def test_a_buildings_parts_before_a_street_address_are_part_of_it(text: str, address: str) -> None:
    assert address in _places(text)


@pytest.mark.parametrize(("text", "address"), [
    ("We cut the level 6, 88 Harbour Road line.", "88 Harbour Road"),        # a level in lower case: no building's part
    ("Next steps, 12 Carrow Road.", "12 Carrow Road"),
    ("Stored at Level 6; 88 Harbour Road is the depot.", "88 Harbour Road"),  # no comma: another clause
])
def test_words_before_an_address_that_are_no_part_of_a_building_stay(text: str, address: str) -> None:
    assert _places(text) == [address]


def test_an_address_with_and_without_its_floor_reads_as_one() -> None:
    out = anonymise_text("Send it to Level 6, 88 Harbour Road. Parking is behind 88 Harbour Road.").text
    assert out == "Send it to [Address A]. Parking is behind [Address A]."


def test_a_street_number_of_five_digits_abroad_leads_its_address() -> None:
    assert _places("Send it to 10903 New Hampshire Avenue, Silver Spring, MD 20993.")[0] == "10903 New Hampshire Avenue"
