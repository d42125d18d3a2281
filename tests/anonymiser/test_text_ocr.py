"""Scanned text: names misread by the scanner (a digit for a letter, a word split by a stray space)."""
from __future__ import annotations

import pytest

from anonymiser.text.document import Document
from anonymiser.text.engine import anonymise_text
from anonymiser.text.recognisers.registry import get
from anonymiser.text.ocr import read_as_printed


def _never(head: str, tail: str) -> bool:
    return False


def _always(head: str, tail: str) -> bool:
    return True


def test_a_digit_among_letters_is_read_as_the_letter_it_was_misread_for_at_the_same_offsets():
    text = "ATTN: 0yenedun Adebayo\nDriver: Lee Armstr0ng\nOwner: R0SS BAIRD\nSite: Goo1e"
    reading = read_as_printed(text, _never)
    assert reading.text == "ATTN: Oyenedun Adebayo\nDriver: Lee Armstrong\nOwner: ROSS BAIRD\nSite: Goole"
    assert [text[s:e] for s, e in reading.changed] == ["0yenedun", "Armstr0ng", "R0SS", "Goo1e"]


def test_a_lone_zero_before_a_full_stop_and_a_capitalised_word_is_an_initial():
    assert read_as_printed("Print name: 0. ADEBAY0", _never).text == "Print name: O. ADEBAYO"


@pytest.mark.parametrize("text", [
    "Rooms B01 and QC01, SOP010 rev 2, operator1 and qclab1 log in; SMBv1 is off.",
    "Files: plan0a.txt, C:/data/run1b, user@host0a.com, IRC5, v1.0, 10 mg, 0.5 um, Z01A",
    "Valve XV-101a and tag FT0101 read 0.1 bar; IgG1 titre up.",
])
def test_codes_versions_and_numbers_are_not_read_as_misread_words(text):
    assert read_as_printed(text, _never).changed == ()


def test_a_word_split_after_an_initial_is_joined_only_when_the_caller_accepts_it():
    text = "Print name: K. Wrel ski\nNext"
    joined = read_as_printed(text, lambda head, tail: head + tail == "Wrelski")
    assert joined.text == "Print name: K. Wrelski \nNext"
    assert read_as_printed(text, _never).changed == ()
    # (no initial before it: ordinary words after a full stop are never joined)
    assert read_as_printed("so it ran. The ski lift", _always).changed == ()


def test_a_name_with_a_digit_for_a_letter_is_a_name():
    text = ("Role               Name                     Signature        Date\n"
            "System owner       R0SS BAIRD               [illegible]      07/02/24\n")
    result = anonymise_text(text)
    assert "R0SS" not in result.text and "BAIRD" not in result.text and "System owner" in result.text


def test_a_misread_declared_person_gets_the_declared_persons_placeholder():
    text = "ATTN: 0yenedun Adebayo (Eng. Manager)\nAgreed with Mr Adebayo.\nPrint name: 0. ADEBAY0\n"
    result = anonymise_text(text, terms=["Oyenedun Adebayo"])
    assert "0yenedun" not in result.text and "ADEBAY0" not in result.text and "0. " not in result.text


def test_a_surname_split_by_a_space_is_the_person_found_elsewhere_in_the_text():
    text = "Engineer          K. Wrelski\nDate on site      07/03/2024\n\nPrint name: K. Wrel ski\n"
    result = anonymise_text(text)
    assert "Wrel" not in result.text and "ski" not in result.text
    assert len({f.replacement for f in result.findings if f.category == "person"}) == 1


def test_a_known_given_name_split_by_a_space_is_joined_when_its_parts_are_no_words():
    result = anonymise_text("DISTRIBUTION\n  S. Ll oyd             Shift Supervisor B\n")
    assert "oyd" not in result.text and "Shift Supervisor B" in result.text


@pytest.mark.parametrize("text", ["Plan A. Bath room works start.", "Dr J. Van der Berg", "Ms A. Ann marie Cole"])
def test_ordinary_words_or_names_after_an_initial_are_not_joined_into_a_name(text):
    assert list(get("ocr_name").find(Document(text))) == []


def test_capitals_misread_in_a_heading_are_no_person():
    text = "F I E L D   S E R V I C E   R E P 0 R T\n2. W0RK CARRIED 0UT\nSIS SEPARATED FR0M PCS PER HAZ0P REC\n"
    assert not [f for f in anonymise_text(text).findings if f.category in ("person", "name")]
