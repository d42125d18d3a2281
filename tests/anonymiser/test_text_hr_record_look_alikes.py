"""What HR records write that is nobody and nowhere: a rota's legend of codes ("AL = annual leave", "TR = training",
"Red = below minimum") and those codes in its cells; a department after a role and its comma ("Production Supervisor,
Sterile Liquids"); the Bradford factor, an absence score named after a town. The people beside them are still found."""
from __future__ import annotations

from anonymiser.text.engine import anonymise_text

_ROTA = ("Codes: E = early  L = late  N = night  AL = annual leave  TR = training  S = sickness\n"
         "Red = below minimum. Ring the supervisor if you can swap.\n"
         "\n"
         "Name (payroll no.)          | Mon | Tue | Wed | Thu\n"
         "----------------------------|-----|-----|-----|----\n"
         "Vantreck, Osgood            | E   | E   | AL  | AL\n"
         "Pellbright, Tilda           | L   | TR  | L   | L\n"
         "Cosgrave, Brann             | N   | N   | AL  | S\n"
         "\n"
         "Tilda: third sickness episode, so she hits the Bradford factor trigger (score 96).\n"
         "--\n"
         "Osgood Vantreck | Production Supervisor, Sterile Liquids | Quenwick Medicines\n")


def test_a_legend_s_codes_a_department_and_a_measure_are_no_one() -> None:
    result = anonymise_text(_ROTA)
    taken = {f.original for f in result.findings}
    assert not taken & {"AL", "TR", "Red", "Sterile Liquids", "Bradford"}
    assert "Bradford factor" in result.text and "Sterile Liquids" in result.text


def test_the_people_beside_them_are_found() -> None:
    redacted = anonymise_text(_ROTA).text
    for name in ("Vantreck", "Osgood", "Pellbright", "Tilda", "Cosgrave", "Brann"):
        assert name not in redacted, name


def test_a_key_of_initials_with_names_is_no_legend_of_codes() -> None:
    text = ("Initials key: OV = Osgood Vantreck, TP = Tilda Pellbright\n"
            "14:05 OV - line cleared\n"
            "14:40 TP - checked\n")
    redacted = anonymise_text(text).text
    assert "OV" not in redacted and "TP" not in redacted


def test_a_person_after_a_role_and_its_comma_is_still_found() -> None:
    result = anonymise_text("Approved: Head of Quality, Tilda Pellbright\n")
    assert "Pellbright" not in result.text


def test_a_form_s_second_column_labels_its_person() -> None:
    text = ("Employee name: Osgood Vantreck          Employee no: 71417\n"
            "Companion: none requested               Note taker: Amber Hill\n"
            "Witness: Tilda Pellbright\n")
    redacted = anonymise_text(text).text
    assert "Amber Hill" not in redacted and "Vantreck" not in redacted and "Pellbright" not in redacted
    assert "none requested" in redacted


def test_a_labelled_field_s_name_ends_with_its_line() -> None:
    text = ("Roles\n"
            "   Study manager: Osgood Vantreck       Supply lead: Tilda Pellbright\n"
            "   Independent statistician: Brann Cosgrave\n")
    findings = [f.original for f in anonymise_text(text).findings if f.category == "person"]
    assert "Tilda Pellbright" in findings and not any("Independent" in f for f in findings)
