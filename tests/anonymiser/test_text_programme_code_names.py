"""A programme's code name in a code key ("Amber Lynx = QRX-118") or with what it is in brackets after it ("Teal
Marten (oral GLP-1 programme, ...)"), and written alone again later; not a form's field, a person with their role, or a
company's name before a programme. (Names and codes are invented for the tests; none is in the evaluation corpus.)"""
from __future__ import annotations

import pytest

from anonymiser.text.document import Document
from anonymiser.text.engine import anonymise_text
from anonymiser.text.recognisers import project_name


def _project_names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in project_name.RECOGNISER.find(Document(text))]


@pytest.mark.parametrize(("text", "name"), [
    ("Programme codes (internal)\n  * Umber Pollack = QRX-441 oral, Ph II ready\n", "Umber Pollack"),
    ("  * Vandrelwing = QRX 612-A, licensed in from a partner\n", "Vandrelwing"),
    ("Code key: QRX-633/B3 = Umber Pollack; deprioritised", "Umber Pollack"),
    ("- Teal Marten (oral GLP-1 programme, code held by a partner) - option deferred.", "Teal Marten"),
    ("- Quorlbeck (inhaled peptide platform) - feasibility batches made.", "Quorlbeck"),
    ("  * Kestrel = KMP-2217 (oral)\n", "Kestrel"),  # (a code name that is a word)
    ("- Osprey (inhaled peptide platform) - paused.", "Osprey"),
])
def test_a_programmes_code_name_in_a_code_key_or_described_is_found(text: str, name: str) -> None:
    assert name in _project_names(text)


def test_a_keyed_code_name_written_alone_later_is_taken_again() -> None:
    text = ("Programme codes\n  * Umber Pollack = QRX-441, Ph II ready\n\nRisks\n  * Umber Pollack - milestone payable "
            "on Ph II start\n  * Stop Umber Pollack, release 4 FTE\n")
    assert "Pollack" not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    "Batch = QRX-4410 (see the form)\nthe batch was released",  # (a field the text writes in lower case)
    "Tamsin Greenhalgh (CMC programme) will chair.",  # (a person: a given name first)
    "Jarrow Biotech (licensing programme) signed.",  # (a company: its sector word)
    "Contact Quorlbeck (programme manager) for access.",  # (a role after the kind word)
    "Big Teal Marten = QRX-441",  # (the end of a longer name)
    "SLIDE 3 (the programme)",
])
def test_what_only_looks_like_a_keyed_or_described_code_name_is_no_project(text: str) -> None:
    assert _project_names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Funding approved for Amber Kestrel (QRX-5521) and more.", "Amber Kestrel"),  # (a colour that is a given name too)
    ("Pipeline: Indigo Marten (QRX 5522), in Ph I", "Indigo Marten"),
])
def test_a_colour_led_code_name_with_its_code_in_brackets_is_found(text: str, name: str) -> None:
    assert name in _project_names(text)


@pytest.mark.parametrize("text", [
    "Freeze Dryer (FD-1200) was serviced.",  # (a machine and its tag: no colour first)
    "Big Blue Heron (QRX-1234)",  # (the end of a longer name)
    "the amber kestrel feeds; Amber Kestrel (QRX-5521)",  # (a word the text writes in lower case)
])
def test_a_name_without_a_colour_first_or_inside_a_longer_one_before_a_bracketed_code_is_no_project(text: str) -> None:
    assert _project_names(text) == []


@pytest.mark.parametrize("text", [
    "Material = MAT-10023",  # (a form's field)
    "Instrument = HPLC-0042",
    "Total = CX-1200",
    "Tank = TK-2001",
    "TK-2001 = Holding Tank",  # (a vessel: a thing's word last)
    "Sodium (new compound) arrived",  # (a substance)
    "Aspirin (old oral candidate)",
    "Atorvastatin (new oral candidate)",  # (a generic medicine)
])
def test_a_fields_word_a_substance_a_generic_medicine_or_a_things_name_keyed_or_described_is_no_project(text: str) -> None:
    assert _project_names(text) == []


@pytest.mark.parametrize("text", [
    "White Room (CR-1021) was cleaned.",  # (a room and its number)
    "Blue Zone (BZ-2002)",
    "Yellow Card (YC-12345)",
    "Orange Book (OB-2023)",
])
def test_a_colour_before_a_place_or_a_things_word_with_a_bracketed_code_is_no_project(text: str) -> None:
    assert _project_names(text) == []
