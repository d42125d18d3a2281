"""Scanned text: people's names a scanner misread in the shapes forms, registers and faxes give them: an Irish "O'" read
"0'", the second part of a double-barrelled name misread or split by a stray space, a given name split in a run-together
column, a surname's last letter split off, a name in capitals broken at a line's end."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text
from anonymiser.text.ocr import read_as_printed


def _never(head: str, tail: str) -> bool:
    return False


def test_an_irish_o_apostrophe_read_as_a_zero_is_read_as_the_letter():
    assert read_as_printed("Print: Ludovic 0'Garvagh", _never).text == "Print: Ludovic O'Garvagh"
    result = anonymise_text("Print: Ludovic 0'Garvagh (QA)\nPrint: 0\u2019GARVAGH\n")
    assert "Garvagh" not in result.text and "GARVAGH" not in result.text and "(QA)" in result.text


@pytest.mark.parametrize("text", ["a 10' ladder and x0'A", "cell A10'B"])
def test_a_zero_before_an_apostrophe_inside_a_number_or_a_code_is_left(text):
    assert read_as_printed(text, _never).changed == ()


def test_the_misread_second_part_of_a_double_barrelled_name_is_read_as_letters():
    text = "Checked: R. Tavener-0bu\nPrint: S VARDY-0KONTA\n"
    assert read_as_printed(text, _never).text == "Checked: R. Tavener-Obu\nPrint: S VARDY-OKONTA\n"
    result = anonymise_text(text)
    assert "Tavener" not in result.text and "bu" not in result.text and "KONTA" not in result.text


@pytest.mark.parametrize("text", ["QC-0ut of spec", "see SOP-0l2", "Tag KT-0bc", "Room B-0ne"])
def test_a_codes_part_after_a_hyphen_is_not_read_as_a_name(text):
    assert read_as_printed(text, _never).changed == ()


def test_a_double_barrelled_names_second_part_split_by_a_space_is_joined_where_the_name_is_known():
    result = anonymise_text("Contact: Evander Wharrton-Col beck (Eng.)\nTel: 01632 960 118\n",
                            terms=["Evander Wharrton-Colbeck"])
    assert "beck" not in result.text and "(Eng.)" in result.text
    # (not a part no name of the text has: "Quillby-Ven tures" stays as written)
    assert read_as_printed("Quillby-Ven tures Ltd", lambda head, tail: False).changed == ()


def test_a_surnames_last_letter_split_off_is_joined_when_the_surname_is_written_elsewhere_without_its_accent():
    result = anonymise_text("FAO: Mr T. Z\u0105bkowic z, Site Director\nDear Mr Zabkowicz\nThanks.\n")
    assert "bkowic" not in result.text and " z," not in result.text and "Site Director" in result.text


def test_a_given_name_split_by_a_stray_space_before_a_surname_in_a_run_together_register_is_joined():
    text = "23/07/24 Ta rik Ennisford  own car  09:30\n7  Ra domir Okonta   004711    Packaging\n"
    result = anonymise_text(text)
    for part in ("Ta rik", "rik", "Ennisford", "domir", "Okonta"):
        assert part not in result.text
    assert "own car" in result.text and "Packaging" in result.text


@pytest.mark.parametrize("text", ["Go to Settings. No te Taken.", "Ma in Street is shut", "He art Centre"])
def test_words_split_before_a_capitalised_word_are_not_joined_into_a_given_name(text):
    assert anonymise_text(text).text == text


def test_a_declared_name_in_capitals_broken_at_a_lines_end_is_found_with_its_dotted_initials():
    text = "SYSTEM OWNER   Name: KASIMIR QUERNH0\nLDT        Date: 14/03/2024\nFAT moved - ok by me. K.Q.\n"
    result = anonymise_text(text, terms=["Kasimir Quernholdt"])
    assert "LDT" not in result.text and "QUERNH" not in result.text and "K.Q" not in result.text


def test_a_capital_i_read_as_an_l_before_an_l_leading_a_name_is_read_as_printed():
    text = "Ops: Leopold llemoor, Wendell Quarside\nCIP PASS  E. Quarside / L llemoor\n"
    assert read_as_printed(text, _never).text == text.replace("llemoor", "Ilemoor")
    assert "llemoor" not in anonymise_text(text).text
    assert read_as_printed("Bill llama farm", _never).changed == ()


def test_two_names_a_shorter_reading_split_apart_are_one():
    # ("Kurnar" read "Kumar " with a space after it: "Quorindra Kumar" and "Thwaitley" are read apart, then joined)
    result = anonymise_text("Trainer: Quorindra Kurnar Thwait1ey          Trainer's signature: [illegible]\n")
    assert "1ey" not in result.text and "Trainer's signature" in result.text
    assert len([f for f in result.findings if "Quorindra" in f.original or "Thwait" in f.original]) == 1


def test_a_surname_that_is_also_a_word_split_after_a_given_name_is_joined():
    result = anonymise_text("4   | Evander Ba rber            | QZ70212     | Comp. prep|\n")
    assert "rber" not in result.text and "Comp. prep" in result.text


def test_a_surname_split_before_its_given_name_surname_first_is_joined():
    result = anonymise_text("9   | Ellerb ank, Isidore         | QZ70523     | QC Micro  |\n")
    assert "ank" not in result.text and "QC Micro" in result.text
    assert read_as_printed("The Main road, Fred said", _never).changed == ()


def test_a_declared_place_split_by_a_stray_space_is_the_declared_place():
    result = anonymise_text("Site: El lerthwaite, Unit 4   Equipment: buffer vessel\n", terms=["Ellerthwaite"])
    assert "El " not in result.text and "Equipment: buffer vessel" in result.text


def test_a_misread_letter_inside_a_double_barrelled_names_second_part_is_read_as_printed():
    assert read_as_printed("7.5  Add API  3.0 kg   R. Quarside-Ca1der  A. Nkwelle", _never).text \
        == "7.5  Add API  3.0 kg   R. Quarside-Calder  A. Nkwelle"
    assert "Ca1der" not in anonymise_text("7.5  Add API  3.0 kg   R. Quarside-Ca1der  A. Nkwelle\n").text


def test_a_capital_i_read_as_an_l_inside_a_word_in_capitals_is_read_as_printed():
    assert read_as_printed("O3/05/23  RECElVED    by stores", _never).text == "O3/05/23  RECEIVED    by stores"
    result = anonymise_text("THWAITHOLM LABORATORlES LTD     Page 7 of 18\n", terms=["Thwaitholm Laboratories"])
    assert "LABORATOR" not in result.text and "LTD" not in result.text and "Page 7 of 18" in result.text
    assert read_as_printed("vial lOT l, pH lABEL, Level", _never).changed == ()


def test_a_company_whose_words_a_scanner_misread_is_a_company():
    result = anonymise_text("Povidone : Thwaitholm Minera1 Supp1ies (CoA on file)\n")
    assert "Supp1ies" not in result.text and "(CoA on file)" in result.text
