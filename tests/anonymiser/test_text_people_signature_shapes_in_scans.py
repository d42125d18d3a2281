"""Scanned forms and registers: the rest of a person's name beside where it was found (a double-barrelled surname cut to
its initial, a surname's last letter split off, an Iberian or Dutch surname's particle and rest), an initial "I" read
"l", a closing "cz" read "c2", the initials a stamp or a register's key signs with."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text
from anonymiser.text.ocr import read_as_printed


def _never(head: str, tail: str) -> bool:
    return False


def test_a_double_barrelled_surnames_second_part_cut_to_its_initial_goes_with_the_name():
    text = ("SOP updates (SOP-QX-PRD-022)     O. Threadgold-P   03/05/2024\n"
            "Sender sign: [sig]   Print: S QUELHAS-O\nDELIVERED\n")
    result = anonymise_text(text, terms=["Odile Threadgold-Penhurst", "Sidonie Quelhas-Oduor"])
    assert "-P " not in result.text and "-O\n" not in result.text and "03/05" not in result.text.replace("May 2024", "")


def test_a_surnames_last_letter_split_off_by_a_scanner_goes_with_the_name():
    text = "#  NAME (PRINT)          EMP NO.\n2  Radomir Szymanowic z    004582    Granulation\n"
    result = anonymise_text(text)
    assert "Szymanowic" not in result.text and " z " not in result.text and "Granulation" in result.text


@pytest.mark.parametrize("text, kept", [("Met Leopold Quarside c 2 times.", " c "),
                                        ("Visit by Leopold Quarside x 2 engineers", " x ")])
def test_a_lone_letter_after_a_name_before_a_number_or_a_sign_stays(text, kept):
    assert kept in anonymise_text(text).text


def test_an_iberian_surnames_particle_and_rest_go_with_the_name_found_without_them():
    # (a rest that is also a word, "Terra", which nothing else takes for a name)
    result = anonymise_text("22/07/24 I. Quelhas da Terra  Eastholm Labels  Purchasing\nSigned: M. Nkwelle dos Vale\n")
    assert "Terra" not in result.text and "Vale" not in result.text and " da " not in result.text
    assert "Purchasing" in result.text


def test_an_initial_i_read_as_a_lower_case_l_is_an_initial():
    assert read_as_printed("23/07/24 l. Quelhas  Eastholm", _never).text == "23/07/24 I. Quelhas  Eastholm"
    assert read_as_printed("add 5 l. Water, then 2.5 l. Brine", _never).changed == ()


def test_a_closing_cz_read_with_a_two_is_read_as_letters():
    assert read_as_printed("Driver: Eberhard Szymanowic2   Veh:", _never).text == "Driver: Eberhard Szymanowicz   Veh:"
    assert read_as_printed("Valve c2, cell Abc2, run Etc2", _never).changed == ()
    assert "Szymanowic" not in anonymise_text("Driver: Eberhard Szymanowic2   Veh: VN21 ZKR\n").text


def test_initials_a_stamp_or_a_correction_says_it_is_signed_with_act_on_the_record():
    from anonymiser.text.initials_in_records import record_actors
    text = '[stamp: "ENTERED - LMS" with initials "HA"]\nstruck through, initialled by QZ\nINITIALS: KD\n'
    once, _ = record_actors(text)
    assert {text[a:b] for a, b in once} == {"HA", "KD", "QZ"}
    assert '"HA"' not in anonymise_text(text).text
    assert record_actors("left uninitialled KD")[0] == []
    assert anonymise_text("the initials OK mean nothing").text == "the initials OK mean nothing"


def test_a_registers_key_gives_a_double_barrelled_surname_its_initials_by_the_first_part():
    text = ("Signature / initials register (this page)\n"
            " RT  = Rosamund Tavener-Nwaoha  (Supervisor)    [signature]\n")
    result = anonymise_text(text, terms=["Rosamund Tavener-Nwaoha"])
    assert " RT " not in result.text and "(Supervisor)" in result.text
