"""People's numbers as HR and GMP records write them: after the word for whose number it is ("emp 71390", "badge
(0062815)" across a line break, "Clock no. 812", "agency worker no. 5521"), a National Insurance number with its last
letter, a professional's registration ("NMC PIN 12A3456E"), a number in brackets after a name, an HR case's number
("Grievance G/2024/07"), and the columns of exports that head them "CardNo", "Operator ID", "Works no."; with
look-alikes that stay (years, amounts, everyday words before a number, a visitor book's passes)."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _found(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings]


@pytest.mark.parametrize(("text", "number"), [
    ("Confirmed as Osgood Vantreck (Automation, emp 71390) who made the entries.", "71390"),
    ("The door records show no entry by your badge\n(0062815) between 09:20 and 11:05.", "0062815"),
    ("Staff no 812 and clock no. 813 were checked.", "812"),
    ("Clock no. 813 was used twice.", "813"),
    ("Temp worker (agency worker no. 5521) left early.", "5521"),
    ("His payroll 0057114 was corrected.", "0057114"),
    ("Badge #4471 was swiped at the airlock.", "4471"),
    ("His works number 4091 is on the form.", "4091"),
    ("NI number: QQ 12 34 56 C", "QQ 12 34 56 C"),
    ("Her NMC PIN 12A3456E was checked on the register.", "12A3456E"),
    ("GPhC reg. 2071234 confirmed.", "2071234"),
    ("Osgood Vantreck (40955) and Tilda Pellbright [41003] attended.", "40955"),
    ("Osgood Vantreck (40955) and Tilda Pellbright [41003] attended.", "41003"),
    ("Grievance G/2024/07 and appeal AP/24/3 were heard together.", "G/2024/07"),
    ("Grievance G/2024/07 and appeal AP/24/3 were heard together.", "AP/24/3"),
])
def test_a_person_s_number_is_found(text: str, number: str) -> None:
    assert number in _found(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("The staff 2024 survey closes on Friday.", "2024"),
    ("It works 1000 times before the seal goes.", "1000"),
    ("We pay 2500 for the course.", "2500"),
    ("Osgood Vantreck (2019) wrote the first procedure.", "2019"),
])
def test_a_look_alike_of_a_person_s_number_stays(text: str, kept: str) -> None:
    assert kept in anonymise_text(text).text


def test_a_column_headed_as_people_s_cards_or_operators_holds_their_numbers() -> None:
    text = ("EventTime,Reader,CardNo,Cardholder,Result\n"
            "16/10/2024 22:04:11,AIRLOCK-IN,0063318,\"VANTRECK, Osgood\",Granted\n"
            "16/10/2024 23:51:02,AIRLOCK-IN,0068127,\"PELLBRIGHT, Tilda\",Granted\n"
            "17/10/2024 01:12:40,AIRLOCK-IN,0071146,\"COSGRAVE, Brann\",Denied\n")
    found = _found(text)
    for number in ("0063318", "0068127", "0071146"):
        assert number in found


def test_a_visitor_book_s_badge_column_holds_passes_not_people_s_numbers() -> None:
    text = ("Time in | Name | Company | Badge | Time out\n"
            "08:10 | Osgood Vantreck | Quenwick Ltd | V-071 | 12:00\n"
            "08:40 | Tilda Pellbright | Quenwick Ltd | V-072 | 12:30\n"
            "09:05 | Brann Cosgrave | Quenwick Ltd | V-073 | 13:00\n")
    found = _found(text)
    assert "V-071" not in found and "V-072" not in found


@pytest.mark.parametrize(("text", "number"), [
    ("Raised against WI-203 in the filling hall.", "WI-203"),
    ("The form FRM-0112 was used for the back-entry.", "FRM-0112"),
    ("Alarm matrix PASS w/ DEV-05, signed.", "DEV-05"),
])
def test_a_record_s_kind_and_its_number_alone_is_a_document(text: str, number: str) -> None:
    assert number in _found(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("URS-029 requires the reject bin to lock.", "URS-029"),  # (a requirement's number)
    ("Logbook LB-17 page 41.", "LB-17"),  # (two digits: a book's volume as often)
    ("Training on WI 7 is due.", "WI"),  # (no one's initials)
])
def test_a_short_look_alike_of_a_record_s_number_stays(text: str, kept: str) -> None:
    assert kept in anonymise_text(text).text
