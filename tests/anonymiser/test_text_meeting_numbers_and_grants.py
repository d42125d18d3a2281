"""A meeting's number written after its service's name without a label ("Zoom 841 5520 3391") and a UK research
council's grant reference ("EP/X931204/1") are references; a team's count or a year after "Zoom" is not, and a
meeting's "Passcode:" label is no name."""
import pytest

from anonymiser import anonymise_text


def _found(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings]


@pytest.mark.parametrize(("text", "number"), [
    ("Where: canteen + Zoom 841 5520 3391", "841 5520 3391"),
    ("Teams: 382 114 907 215 (dial-in below)", "382 114 907 215"),
    ("Join on Webex meeting 2648 771 9025.", "2648 771 9025"),
    ("by an EPSRC studentship to L.Q. (EP/X931204/1).", "EP/X931204/1"),
    ("Thanks to BBSRC (BB/T408812/2) for the funding.", "BB/T408812/2"),
    ("Teams: 263 839 627 81", "263 839 627 81"),
])
def test_a_meeting_number_or_a_grant_reference_is_found(text: str, number: str) -> None:
    assert number in _found(text)


@pytest.mark.parametrize("text", [
    "Teams 4 and 5 won the quiz.",
    "The Zoom 2024 review is due.",
    "See EP/1234/5 in the index.",
])
def test_counts_years_and_other_slashed_numbers_are_no_meeting_or_grant(text: str) -> None:
    assert _found(text) == []


def test_a_meetings_passcode_label_is_no_name_and_its_code_is_redacted() -> None:
    result = anonymise_text("Teams meeting ID: 382 114 907 215  Passcode: Kw3pZd\n")
    assert "Passcode:" in result.text and "Kw3pZd" not in result.text
