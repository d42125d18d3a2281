"""Organisations named like companies with the words of contract makers, suppliers and public bodies
("Halstead CDMO", "Trentside Vial Supply", "… NHS Foundation Trust", "… University Health Board"), also
inside brackets and with long names; descriptions and job titles that look alike stay."""
import pytest

from anonymiser import anonymise_text


def _organisations(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "organisation"]


@pytest.mark.parametrize(("text", "name"), [
    ("Following Thursday's call, Quenby CDMO can take the process.", "Quenby CDMO"),
    ("The defect library built with Ashcombe Vial Supply helped.", "Ashcombe Vial Supply"),
    ("We are talking to Tarrant Viral Vectors about capacity.", "Tarrant Viral Vectors"),
    ("A client of mine (Keswick Advanced Therapies) changed film.", "Keswick Advanced Therapies"),
    ("An integrator close by (Wear Line Systems, Sunderland) did it.", "Wear Line Systems"),
    ("Phase II runs with Thornbury Eye Hospital NHS Foundation Trust as lead site.",
     "Thornbury Eye Hospital NHS Foundation Trust"),
    ("Cwm Glas Morfa University Health Board's pharmacy unit prepares doses.", "Cwm Glas Morfa University Health Board"),
    ("Volunteers planted trees with Windrush Wildlife Trust in October.", "Windrush Wildlife Trust"),
    ("The bake sale raised money for KESTON Hospice.", "KESTON Hospice"),
])
def test_contract_makers_suppliers_and_public_bodies_are_organisations(text: str, name: str) -> None:
    assert name in _organisations(text)


@pytest.mark.parametrize("text", [
    "Bartholomew Okelen, VP Supply at the customer, agreed.",
    "Cumbrian CDMO wins funding to automate its QC laboratory.",
    "Funding came from a Knowledge Transfer Partnership.",
    "Our Head of Supply Chain signed the plan.",
    "We bought Siemens and Rockwell Automation controllers; certified to ISO 9001 and GAMP 5.",
])
def test_job_titles_descriptions_programmes_and_vendors_are_no_organisations(text: str) -> None:
    assert _organisations(text) == []


@pytest.mark.parametrize("text, name", [
    ("She trained at Great Ormund Street Hospital before joining.", "Great Ormund Street Hospital"),
    ("Patients came from Aneuran Bevan University Health Board.", "Aneuran Bevan University Health Board"),
    ("We presented to the Midlands Pharmacy Network in May.", "Midlands Pharmacy Network"),
    ("A talk at the Northern Process Industries Forum went well.", "Northern Process Industries Forum"),
])
def test_hospitals_health_boards_networks_and_forums_are_organisations(text: str, name: str) -> None:
    assert name in [f.original for f in anonymise_text(text).findings if f.category == "organisation"]


def test_such_a_word_alone_names_nothing() -> None:
    assert anonymise_text("The network met; the Forum agreed; the hospital was told.").findings == ()


@pytest.mark.parametrize(("text", "name"), [
    ("KESTREL ROBOTIC SYSTEMS LTD\nUnit 14, Halesfield 9", "KESTREL ROBOTIC SYSTEMS LTD"),
    ("Supplied by BRACKEN FLOW CONTROLS LIMITED, Telford.", "BRACKEN FLOW CONTROLS LIMITED"),
])
def test_a_company_name_in_capitals_with_its_legal_suffix_is_an_organisation(text: str, name: str) -> None:
    assert _organisations(text) == [name]


def test_generic_words_in_capitals_before_a_legal_suffix_are_no_company() -> None:
    assert _organisations("ROBOTIC SYSTEMS LTD") == []


@pytest.mark.parametrize(("text", "name"), [
    ("Raising it with Tweedbank Controls, who configured the recipe manager.", "Tweedbank Controls"),
    ("Lot numbers from Colne Valley Excipients carry a prefix.", "Colne Valley Excipients"),
    ("Shipped to Meridian Specialty Distribution for the UK market.", "Meridian Specialty Distribution"),
    ("Our partners at Ashlar Validation were brilliant.", "Ashlar Validation"),
    ("The changeover at Halewood Contract Packing slipped.", "Halewood Contract Packing"),
    ("Lessons shared through the Cumbria Life Sciences Cluster.", "Cumbria Life Sciences Cluster"),
])
def test_integrators_validation_houses_excipient_makers_and_distributors_are_organisations(text: str, name: str) -> None:
    assert _organisations(text) == [name]


@pytest.mark.parametrize("text", [
    "QA Validation signed it off; Sterility Assurance and QA Systems agreed; SAP Integration is live.",
    "The Computer System Validation plan covers Access Controls and Process Controls.",
    "Print Quality and Pack Integrity were checked by the Data Alliance.",
])
def test_departments_and_disciplines_named_with_those_words_are_no_organisation(text: str) -> None:
    assert _organisations(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("He did his PhD at Heriot-Watt University.", "Heriot-Watt University"),
    ("Orders for Countess of Chester Hospital are held.", "Countess of Chester Hospital"),
    ("An apprentice from Mid-Cheshire College of Technology joined.", "Mid-Cheshire College of Technology"),
    ("The customer order for NHS Lothian shipped late.", "NHS Lothian"),
])
def test_hyphenated_universities_hospitals_with_of_and_scottish_health_boards_are_organisations(text: str, name: str) -> None:
    assert _organisations(text) == [name]


def test_a_person_of_a_university_stays_a_person() -> None:
    result = anonymise_text("Our guest judge Prof Li Na Zhou of Nottingham Trent University met on Monday.")
    assert [(f.original, f.category) for f in result.findings] == [
        ("Li Na Zhou", "person"), ("Nottingham Trent University", "organisation")]


@pytest.mark.parametrize(("text", "name"), [
    ("an apprenticeship delivered with Pendle and Ribble Technical College.", "Ribble"),
    ("Academic partner Cardigan Institute of Process Science.", "Cardigan"),
    ("part-funded by the Fenland Manufacturing Fund", "Fenland"),
    ("due for the Whitsand Pharmacy order on Friday", "Whitsand"),
    ("5. Settle & District Advertiser, 7 March 2024", "Settle"),
    ("won the Furness Engineering Academy award", "Furness"),
])
def test_academies_institutes_funds_pharmacies_and_local_papers_are_organisations(text, name):
    assert name not in anonymise_text(text).text


def test_two_organisations_joined_by_and_stay_two():
    result = anonymise_text("Our customers, Brenlow Healthcare and Tarrant Pharmacy Group, have grown.")
    assert sorted(f.original for f in result.findings if f.category == "organisation") == [
        "Brenlow Healthcare", "Tarrant Pharmacy Group"]


def test_public_innovation_centres_are_kept():
    text = "funded by the Industrial Biotechnology Innovation Centre (IBioIC)"
    assert anonymise_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Technology Transfer Manager\nCarnmore Biomanufacturing DAC | Little Island", "Carnmore Biomanufacturing DAC"),
    ("supported by Harbourside Makers CIC and Tollgate Learning CLG", "Tollgate Learning CLG"),
])
def test_irish_and_community_legal_forms_end_an_organisation(text, gone):
    result = anonymise_text(text)
    assert gone not in result.text and "DAC" not in result.text and "CLG" not in result.text


def test_a_company_at_the_start_of_a_row_does_not_take_the_last_word_of_the_table_header_above():
    text = ("Supplier                          Invoice       Description                        Cost\n"
            "Pellowen Weighing Systems Ltd     PWS-30418     Load cells x4                      6,120\n")
    found = [f.original for f in anonymise_text(text).findings if f.category == "organisation"]
    assert found == ["Pellowen Weighing Systems Ltd"]
    assert anonymise_text(text).text.startswith("Supplier ") and "Cost\n" in anonymise_text(text).text


def test_a_company_name_wrapped_in_prose_is_still_read_whole():
    text = ("After a long tender the contract for the new blister line went to the integrator Thornbarrow\n"
            "Packaging Systems Ltd, who delivered it in March.")
    assert "Thornbarrow" not in anonymise_text(text).text


@pytest.mark.parametrize(("text", "company"), [
    ("Distributor: Kelana Sentul Farmasi Sdn. Bhd., Selangor", "Kelana Sentul Farmasi Sdn. Bhd."),
    ("KELANA MEDIKA SDN BHD - import permit holder", "KELANA MEDIKA SDN BHD"),
])
def test_a_malaysian_private_company_ends_at_its_legal_form(text, company):
    assert company in [f.original for f in anonymise_text(text).findings if f.category == "organisation"]


def test_a_company_in_a_comma_separated_row_starts_after_the_comma_before_it():
    text = "country,distributor,contact\nMY,Kelana Sentul Medika Sdn. Bhd.,imports\nIE,Drumcaw Kesterly Pharma Ltd,QA\n"
    found = [f.original for f in anonymise_text(text).findings if f.category == "organisation"]
    assert found == ["Kelana Sentul Medika Sdn. Bhd.", "Drumcaw Kesterly Pharma Ltd"]


def test_a_sector_word_starting_a_data_file_cell_makes_no_company_of_the_cell_before():
    text = "Activity,PM,QA,IT OT,Packaging Ops,Vendor\nURS sign-off,R,A,C,I,C\n"
    assert not [f for f in anonymise_text(text).findings if f.category == "organisation"]
