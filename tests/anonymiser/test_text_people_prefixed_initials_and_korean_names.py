"""Initials of prefixed or double-barrelled surnames ("P.McV", "G.O'F", "H.R-T") and Korean names written in the Latin
alphabet ("Hae-won Pyo", "Tak Seo-yun"). (Invented names.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.recognisers import korean_names


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category in ("person", "name")]


@pytest.mark.parametrize("text, initials", [
    ("Cost centre holder:   P.McV   4/2/24", "P.McV"),
    ("the fitter (P.McV) signed the permit", "P.McV"),
    ("| REV | DRN | CHK |\n| C | A.B | G.O'F |\n", "G.O'F"),
    ('"HRT" and "H.R-T" are both me.', "H.R-T"),
    ("Thanks for the quick turnaround.\nH.R-T.\n", "H.R-T."),
    ("4. Spares (WMcQ)\nSpend to date is on plan.", "WMcQ"),
    ("PARTS ARE ON ORDER FOR WEEK 14. - BO'H\n", "BO'H"),
    # spaced, as a hand signs a log or a visitor book: the given name's initial, then the surname's two
    ("Handed over 06:05. Signed W. T-Q.   Received 06:07", "W. T-Q."),
    ("one checklist signed by P. V-S. had the box ticked", "P. V-S."),
    ("| 08:12 | 16:40 | V07 | H Q-B\n29/4/24 | next visitor", "H Q-B"),
])
def test_initials_of_a_prefixed_or_double_barrelled_surname_are_a_person(text: str, initials: str) -> None:
    assert initials in _people(text)


@pytest.mark.parametrize("text", [
    "THE DO'S AND DON'TS OF GOWNING",
    "START AT 8 O'CLOCK SHARP",
    "Install the MacOS update on the kiosk",
    "Ship to the U.S. site via the EU hub.",
    "Model X.AB-12 replaces X.AB-11.",
    "Compare options A B-C and I A-B in the appendix.",
    "Valves V-1 to V-4 on skid 2B-C were checked.",
])
def test_capitals_with_an_apostrophe_or_hyphen_that_are_words_or_codes_stay(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize("text, name", [
    ("Attendees:\n- Hae-won Pyo, Analytical Development\n", "Hae-won Pyo"),
    ("12:00  Methods transfer - Gyu-ri Eom and the QC team\n", "Gyu-ri Eom"),
    ("3) Tak Seo-yun (prefers Sunny)\nCurrently: Process Engineer", "Tak Seo-yun"),
    ("L-R: Dong-hyeon Byeon, then the operators.", "Dong-hyeon Byeon"),
])
def test_a_hyphened_korean_given_name_beside_a_korean_surname_is_a_person(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "Set-up Han is a placeholder tag.",
    "Follow-up Cho",
    "Re-run Go on the second batch.",
    "Sign-in Kim",
    "Co-op Park",
])
def test_a_hyphened_english_word_before_a_short_capitalised_word_is_no_korean_name(text: str) -> None:
    assert list(korean_names.finditer(text)) == []
