"""Companies abroad named with their own country's legal form: Lithuania's "UAB", Estonia's "OÜ", the Balkans'
"d.o.o.", joint-stock companies, South Africa's "(Pty) Ltd" and South Asia's "(Pvt) Ltd"; a validation's "SIA"
(system impact assessment) or "JSC" (joint steering committee) after a capitalised word is no company."""
import pytest

from anonymiser import anonymise_text


def _organisations(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "organisation"]


@pytest.mark.parametrize(("text", "name"), [
    ("The camera set-up was subcontracted (Kelmora Baltic UAB, Kaunas).", "Kelmora Baltic UAB"),
    ("Serialisation data went to Tallinna Farm OÜ for the Baltic packs.", "Tallinna Farm OÜ"),
    ("Spares are held by Vestrolab d.o.o. in Zagreb.", "Vestrolab d.o.o."),
    ("⁴ Tarnview Instruments (Pty) Ltd, Franschhoek, South Africa", "Tarnview Instruments (Pty) Ltd"),
    ("Validation scripts came from Kavrin Labs (Pvt) Ltd under the MSA.", "Kavrin Labs (Pvt) Ltd"),
    ("The distributor, Ryvola Medika PJSC, confirmed receipt.", "Ryvola Medika PJSC"),
])
def test_a_company_with_its_legal_form_abroad_is_an_organisation(text: str, name: str) -> None:
    assert name in _organisations(text)


@pytest.mark.parametrize("text", [
    "The Line 4 SIA was approved before the IQ started.",
    "Raise the MES SIA with QA first.",
    "Agenda for the Monthly JSC: budget and risks.",
])
def test_a_system_impact_assessment_is_no_company(text: str) -> None:
    assert _organisations(text) == []


@pytest.mark.parametrize(("row", "name"), [
    ("0000512207;Velmark Messtechnik AG;Basel;CH;Kalibrierdienst\n", "Velmark Messtechnik AG"),
    ("0000512208;Skaldvik Farma B.V.;Tilburg;NL;velmark@skaldvik-farma.nl\n", "Skaldvik Farma B.V."),
    ("V-1044;Tarvo Pharma Distribution Ltd;Lagos;NG\n", "Tarvo Pharma Distribution Ltd"),
])
def test_a_company_in_a_semicolon_separated_row_starts_at_its_cell(row: str, name: str) -> None:
    assert name in _organisations(row)
