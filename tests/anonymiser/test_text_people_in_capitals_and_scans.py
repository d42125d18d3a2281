"""People in registers and forms printed in capitals, surname first, and in scanned text. (Invented names.)"""
import pytest

from anonymiser import anonymise_text


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category in ("person", "name")]


def test_a_surname_in_capitals_and_a_given_name_before_the_next_column_is_a_person() -> None:
    text = "Candidate: BRANNAGH, Eluned        Student no.: 2019-1"
    assert "BRANNAGH, Eluned" in _people(text)


def test_a_given_name_with_its_second_part_in_lower_case_after_a_surname_in_capitals_is_a_person() -> None:
    assert "BRANNAGH, Hye-rin" in _people("Candidate: BRANNAGH, Hye-rin\nDegree: EngD")


def test_in_a_register_a_given_name_that_is_a_word_after_a_surname_in_capitals_is_a_person() -> None:
    text = ("16/09  KESTELL, Percival     MECH   03:10\n"
            "16/09  MARWICK, Fin        ELEC   04:00\n"
            "16/09  VARRICK, Eluned     ELEC   04:20\n")
    assert "MARWICK, Fin" in _people(text)


def test_out_of_a_register_a_word_after_a_word_in_capitals_is_no_one() -> None:
    assert _people("CAUTION, Wet floor near the airlock") == []
    assert _people("16/09  MARWICK, Fin        ELEC   04:00\n") == []


@pytest.mark.parametrize("row", ["NOTE, Leeds      see below", "TBC, Please      see below"])
def test_in_a_register_a_word_of_a_form_or_a_place_is_no_one(row: str) -> None:
    text = ("KESTELL, Percival     MECH\n"
            "VARRICK, Eluned       ELEC\n" + row)
    assert not any(word in " ".join(_people(text)) for word in ("Leeds", "Please", "NOTE", "TBC"))


@pytest.mark.parametrize(("text", "name"), [
    ("Owner: MARWICK, R.", "MARWICK, R."),
    ("Performed by: KESTELL I.J.   Date: 12/03/24", "KESTELL I.J."),
    ("Line clearance by R. MARWICK and checked", "R. MARWICK"),
    ("Signed off: E.J. PRYNNE-VARRICK", "E.J. PRYNNE-VARRICK"),
    ("Contact O'BRANNAGH, R. for access", "O'BRANNAGH, R."),
    ("1.2\tDR. M. KESTELL\tiPad-04", "DR. M. KESTELL"),
])
def test_a_surname_in_capitals_with_its_initials_is_a_person(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "Complies with GMP A. as written",
    "SEE A.B. for the drawing",
    "Approved by the U.S. FDA in May",
    "TABLE B. shows the limits",
    "MODULO TECNICO N. 4471",
    "P.IVA 01234567890 on the invoice",
])
def test_words_acronyms_and_numbers_beside_initials_are_no_one(text: str) -> None:
    assert [f.original for f in anonymise_text(text).findings if f.category == "person"] == []
