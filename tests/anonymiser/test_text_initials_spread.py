"""Initials known for a person in one place of a text, and capitals that only look like them: a header's word, a
time of day or a unit after a number. (Invented names and initials.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.initials_column import initials_in_column
from anonymiser.text.initials_in_prose import stands_for_someone
from anonymiser.text.recognisers.initials_actor import RECOGNISER


def _initials(text: str) -> list[str]:
    return [text[s.start:s.end] for s in RECOGNISER.find(Document(text))]


def _redacted(text: str) -> str:
    return anonymise_text(text).text


def test_a_headers_word_written_twice_in_capitals_is_no_ones_initials() -> None:
    text = ("| DATE | SIGN | NOTES |\n| 03/02/24 | QW | filter changed |\n\n"
            "| DATE | SIGN | NOTES |\n| 04/02/24 | QW | hopper cleaned |\n")
    found = _initials(text)
    assert "QW" in found
    assert "DATE" not in found and "SIGN" not in found


def test_initials_that_spell_a_given_name_are_still_taken_when_written_twice() -> None:
    text = "| Step | Done by |\n| Mix | ROB |\n| Fill | ROB |\n"
    assert _initials(text) == ["ROB", "ROB"]


def test_a_time_of_day_is_not_the_person_whose_initials_it_spells() -> None:
    text = ("Kaspar Mortenhoe (KM) and Piran Morrigan joined the call.\n"
            "Next call Friday at 3 PM, or 10:30 AM if the line is down.\n"
            "PM to send the minutes; KM to chase the quote.\n")
    redacted = _redacted(text)
    assert "at 3 PM," in redacted and "10:30 AM" in redacted
    assert "PM to send" not in redacted and "KM to chase" not in redacted


def test_a_unit_after_a_number_is_not_the_person_whose_initials_it_spells() -> None:
    text = "Reviewed by Keturah Blessop, QA Manager.\nThe scan is 350 KB, the photo 12 KB.\nKB: approved.\n"
    redacted = _redacted(text)
    assert "350 KB" in redacted and "12 KB" in redacted
    assert "KB: approved" not in redacted


def test_a_word_signing_among_initials_is_that_person_in_actions_not_in_another_column() -> None:
    text = ("| Step | Done by | Shift |\n|---|---|---|\n| Clear line | ZK | PM |\n| Labels | QJ | PM |\n"
            "| Reconcile | AM | AM |\n\nAM to recount the labels.\n")
    redacted = _redacted(text)
    assert "ZK" not in redacted and "QJ" not in redacted
    assert "AM to recount" not in redacted
    assert redacted.count("| PM |") == 2
    assert redacted.splitlines()[4].endswith("| AM |") and not redacted.splitlines()[4].startswith("| Reconcile | AM")


def test_morning_and_afternoon_in_a_column_of_sign_offs_are_a_shift() -> None:
    text = "| Check | Verified |\n|---|---|\n| Filter | ZK |\n| Pressure | QJ |\n| Start | AM |\n| End | PM |\n| Seal | TO |\n"
    lines = text.split("\n")
    starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
    body = [(starts[i] + lines[i].rindex("| ", 0, -1) + 2, starts[i] + len(lines[i]) - 2) for i in range(2, 7)]
    header = (starts[0] + 10, starts[0] + 18)
    found = [text[s:e] for s, e in initials_in_column(text, header, body)]
    assert found == ["ZK", "QJ", "TO"]


def test_initials_acting_in_minutes_are_that_person_in_the_prose_too() -> None:
    text = ("Attendees: XQ (Operations), ZW (Engineering)\n\n- XQ: line 3 is still slow.\n- ZW: protocol signed.\n"
            "The pump trial slipped again. XQ very cross about it, per ZW the supplier is late.\n"
            'She wrote "ZW" on the whiteboard. Agreed XQ, ZW.\n')
    redacted = _redacted(text)
    assert "XQ" not in redacted and "ZW" not in redacted


def test_initials_of_a_name_that_are_an_acronym_are_the_person_where_they_act_not_where_they_name_a_thing() -> None:
    text = ("Reviewed by Perpetua Vantreece, QA Manager.\n\n| Step | Checked by |\n|---|---|\n| Mix | PV |\n| Fill | ZW |\n\n"
            "Open point (PV, draft): the PV system needs a second inverter. PV disagrees, see the log.\n")
    redacted = _redacted(text)
    assert "(PV, draft)" not in redacted and "PV disagrees" not in redacted
    assert "the PV system" in redacted


def test_initials_with_a_particle_are_the_person_wherever_they_stand_alone_but_not_in_a_code() -> None:
    text = ("| Load | Operator |\n|---|---|\n| AC-1 | JdQ |\n| AC-2 | JdQ |\n\n"
            "Both loads released and JdQ initialled the charts. The JdQ-2 form is retired.\n")
    redacted = _redacted(text)
    assert "JdQ initialled" not in redacted
    assert "JdQ-2 form" in redacted


@pytest.mark.parametrize("text", [
    "The pump trial slipped again. XQ very cross about it.",
    "Keep the interlock. XQ disagrees, see the log.",
    "Approved ZW, XQ.",
    "Minutes: XQ\n",
    "per XQ the supplier is late",
    "Open point (XQ, draft): the wording",
    'She wrote "XQ" on the board.',
    "no change once the spares arrive.  - XQ\n",
    "3 retrain the new starters      XQ + ZW on site Tues",
    "ZW led the questions for this one and XQ did not score.",
    "XQ won't sign until the spares arrive.",
    "Overall: XQ and ZW agree - offer.",
    "Overall: ZW and XQ agree - offer.",
    "Objective 2 (agreed with XQ in Jan).",
    "checked it with XQ before release",
])
def test_places_in_prose_where_initials_stand_for_someone(text: str) -> None:
    start = text.index("XQ")
    assert stands_for_someone(text, start, start + 2)


@pytest.mark.parametrize("text", [
    "The XQ system needs a second inverter.",
    "XQ array output dropped by 4%.",
    "Set the XQ to 40 per cent.",
    "Ask about XQ-101 and XQ/2.",
    "The room held at 40% XQ all week.",
    "XQ runs a shared pilot plant.",
    "The XQ did not trip.",
    "Scope: XQ and PQ protocols.",
    "Raised with XQ-101 open.",
])
def test_places_in_prose_where_the_same_capitals_name_a_thing(text: str) -> None:
    start = text.index("XQ")
    assert not stands_for_someone(text, start, start + 2)


def test_a_persons_own_initials_in_brackets_after_a_given_name_and_an_initial_are_that_person() -> None:
    text = ("- ring the glazier back re quote, then Tobin Q (TQ) about the rota\n"
            "- canteen survey: TQ wants the results by Friday\n")
    redacted = _redacted(text)
    assert "TQ" not in redacted and "Tobin" not in redacted
    placeholder = redacted.split("then ")[1].split(" ")[0]
    assert redacted.count(placeholder) == 3


def test_an_acronym_introduced_for_the_words_before_it_stays_an_acronym() -> None:
    text = "Line 4 moves to automated visual inspection (AVI) in May.\n- AVI wants a new recipe for each format\n"
    assert "(AVI)" in _redacted(text) and "AVI wants" in _redacted(text)


def test_a_name_typed_in_lower_case_teaches_its_initials() -> None:
    text = ("Visitors today: orlagh murtagh from the glazing firm, 2 others\n"
            "- frames come in March, OM thinks the old sills can stay\n- Left site at 4 PM.\n")
    redacted = _redacted(text)
    assert "OM" not in redacted and "murtagh" not in redacted
    assert "4 PM" in redacted


def test_the_first_row_of_a_table_names_its_columns_not_who_signed() -> None:
    text = ("| Sheet | Title | DRW | CKD |\n| P-01 | Hopper | YV | QJ |\n| P-02 | Chute | YV | QJ |\n\n"
            "| Sheet | Title | DRW | CKD |\n| P-03 | Screw | QJ | YV |\n")
    found = _initials(text)
    assert "DRW" not in found and "CKD" not in found
    assert found.count("YV") == 3


def test_a_countrys_code_in_a_data_row_is_no_ones_initials() -> None:
    rows = "".join(f"{n},Orvane Kestle,Sales Lead,+31 20 555 01{n}{n},{c},Delegate\n" for n, c in
                   ((1, "NL"), (2, "IE"), (3, "NL"), (4, "BE")))
    redacted = _redacted("id,name,role,phone,country,type\n" + rows)
    assert ",NL," in redacted and ",IE," in redacted and ",BE," in redacted


def test_initials_that_spell_a_small_word_in_a_heading_in_capitals_are_no_one() -> None:
    text = ("OUTCOME OF DISCIPLINARY HEARING - 2 MAY\n\nYou used the login of a colleague, Osric Farrelby, while he was "
            "away. Osric Farrelby (OF) confirmed it. OF signed the log.")
    redacted = anonymise_text(text).text
    assert redacted.startswith("OUTCOME OF DISCIPLINARY HEARING")
    assert "Farrelby" not in redacted and "OF signed" not in redacted
