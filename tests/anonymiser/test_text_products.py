"""Products, projects and systems named the way case studies write them: a code name introduced once and then
written alone, a form's product or project field, a code name in capitals, a short code a sentence says is a
product; and the near misses that stay (roles, headings, acronyms, equipment, standards). All names invented."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _product_mentions(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "product"]


def _found(text: str, name: str) -> bool:
    return any(name in f.original for f in anonymise_text(text).findings)


@pytest.mark.parametrize(("text", "alone"), [
    ("Project Quennick starts in May. The Quennick steering group meets weekly.", "Quennick"),
    ("PROJECT QUENNICK - RAID LOG\nRisk 4: Quennick go-live slips past June.", "Quennick"),
    ("Project Quennick starts in May.\nQUENNICK hypercare ends in July.", "QUENNICK"),
    ("Under Project Orrelby MES we replaced paper. Orrelby now runs on line 2.", "Orrelby"),
])
def test_a_project_introduced_once_is_taken_again_by_its_code_name_alone(text, alone):
    mentions = _product_mentions(text)
    assert alone in mentions
    result = anonymise_text(text)
    assert alone not in result.text


@pytest.mark.parametrize("text", [
    "The Project Manager signed the charter.",
    "PROJECT FINANCES (GBP)\nPartner costs are below.",
    "PROJECT CHARTER — GREEN BELT\nScope: changeover.",
    "Program Division Director\nOffice of Manufacturing Quality",
])
def test_a_role_or_a_heading_after_project_is_no_code_name(text):
    assert _product_mentions(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Project: PENNISTOW (AMR deployment, finished goods DC)", "PENNISTOW"),
    ("Project title:        GLASSWEIR – closed-loop robotic dispensing", "GLASSWEIR"),
    ("Project:          10073315 – SABREVANE: autonomous vial handling", "SABREVANE"),
    ("Project / budget code:  DUNHARROW capex", "DUNHARROW"),
    ("Project: Hollinbeck (purification automation upgrade)", "Hollinbeck"),
])
def test_what_a_project_field_holds_is_a_code_name(text, name):
    assert name in _product_mentions(text)


@pytest.mark.parametrize("text", [
    "PROJECT: Robotic bottle packing cell, Line 5",
    "Project: automated aseptic vial handling (Line 6 upgrade)",
    "Project title: Reduce changeover time on Capsule Line 2",
])
def test_a_description_in_a_project_field_is_no_code_name(text):
    assert _product_mentions(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Training for the Quennick programme starts in March.", "Quennick"),
    ("Slides for the Gorsefell steering group are attached.", "Gorsefell"),
    ("Questions on the DUNHARROW go-live go to Amal.", "DUNHARROW"),
    ("Interface work for the Gorsefell MES is late.", "Gorsefell"),
])
def test_a_name_before_what_it_names_is_a_code_name(text, name):
    assert name in _product_mentions(text)


@pytest.mark.parametrize("text", [
    "Training for the MES programme starts in March.",
    "Slides for the Pharmaceutical MES review are attached.",
    "She joined the Digital programme in 2023.",
    "Digital programme: phase two starts in March.",
    "Work on the Swindon project stopped.",
])
def test_an_acronym_a_trade_word_a_place_or_a_heading_before_programme_is_no_code_name(text):
    assert _product_mentions(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ('We moved to full EBR under a programme called "Foxhollow". Capex was £4m.', "Foxhollow"),
    ("The project, which the company calls Quennick, adds robotic case packers.", "Quennick"),
    ("an IgG-like bispecific; internal programme name Orrelby) with a twin", "Orrelby"),
    ("Our internal name for the programme was Glimwick, because it watched everything.", "Glimwick"),
    ("a continuous train, known internally as the Quennick Line. It replaces", "Quennick Line"),
])
def test_a_name_given_to_a_programme_is_a_code_name(text, name):
    assert name in _product_mentions(text)


@pytest.mark.parametrize("text", [
    "They called Bob about the delivery.",
    "It is the internal name for the whole EM digitalisation.",
])
def test_calling_a_person_or_an_acronym_named_internally_is_no_code_name(text):
    assert _product_mentions(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Product: Tessamar (selective oestrogen receptor modulator) 20 mg/mL solution", "Tessamar"),
    ("- Product: QRV-12 drug substance", "QRV-12"),
    ("Priority: P2   Product: Velquora Enterprise", "Velquora Enterprise"),
    ("- Molecule: KPT-3, an Fc-fusion protein", "KPT-3"),
])
def test_what_a_product_field_holds_is_a_product(text, name):
    assert _found(text, name) and name in _product_mentions(text)


@pytest.mark.parametrize("text", [
    "Product: Placebo tablets, 28s",
    "Product: Film-coated tablets 50 mg, blister of 28",
    "Product: Paracetamol 500 mg tablets",
    "Product: Various (see table 2)",
    "An unknown product: stop and raise an alarm.",
])
def test_a_generic_medicine_or_a_filler_in_a_product_field_is_no_product(text):
    assert _product_mentions(text) == []


def test_a_brand_with_its_generic_medicine_in_brackets_is_a_product():
    assert "Velquora" in _product_mentions("our partner for Velquora (ondansetron orodispersible) in the Nordics")


def test_a_generic_medicine_with_its_salt_in_brackets_is_no_brand():
    assert _product_mentions("Supply of Ondansetron (ondansetron hydrochloride) resumed.") == []


@pytest.mark.parametrize(("text", "code"), [
    ("data from 23 runs of QRV-77 and achieved an RMSEP of 1.8", "QRV-77"),
    ("transferred the drug substance process for TLX-4 to a CMO in 2023", "TLX-4"),
    ("to predict final titre of KPT-7 from day-5 data", "KPT-7"),
    ("If asked about the mRNA product ZLT-M04, say the transfer is planned.", "ZLT-M04"),
])
def test_a_short_code_a_sentence_says_is_a_product_is_a_product(text, code):
    assert code in _product_mentions(text)


@pytest.mark.parametrize("text", [
    "AHU-09 tripped twice, FBD-6 was down and BL-7 was cleaned.",
    "The recipe model follows ISA-95 and ISA-88.",
    "Validated to GAMP 5 and 21 CFR Part 11 on an IRB 1200 robot cell.",
    "Runs of the asset AHU-09 were logged.",
])
def test_equipment_standards_and_vendors_models_are_no_product(text):
    assert _product_mentions(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Approval mails from TARNWICK never arrived.", "TARNWICK"),
    ("Samples were logged in GLASSWEIR as received.", "GLASSWEIR"),
    ("Trace for March, filtered on the QUENNICK sender, is below.", "QUENNICK"),
    ("The cutover of the PLOVER rollout slipped; support for the PLOVER rollout ends in May.", "PLOVER"),
])
def test_a_code_name_in_capitals_in_a_sentence_is_a_code_name(text, name):
    assert name in _product_mentions(text)


@pytest.mark.parametrize("text", [
    "This step is REQUIRED and you must NOT skip it.",
    "Ask the MSAT team and log it in the CMMS.",
    "The status is GREEN and the batch PASSED review.",
    "Rows are joined USING the batch key.",
    "Lines stay green; the line went GREEN after the fix.",
])
def test_an_acronym_a_stressed_word_or_a_status_in_capitals_is_no_code_name(text):
    assert not any(f.recogniser == "code_name_capitals" for f in anonymise_text(text).findings)


@pytest.mark.parametrize("text", [
    "We had a MAJOR deviation and the WHOLE line stopped, so close it TODAY before the FINAL report.",
    "Check the SCALE first and then the filter housing.",
])
def test_a_word_stressed_once_or_a_deviation_class_in_capitals_stays(text):
    assert anonymise_text(text).text == text


@pytest.mark.parametrize("text", [
    "TT-4417 inlet air temperature read high; PDT-5126 and PCV-318 were checked.",
    "Loop FIC-276 was retuned and LI-452 recalibrated.",
    "The Siemens S7-1500 CPU talks RS-232 to the printer; labels carry GS1-128 and EAN-13.",
    "A DN150 spool and HEK293 cells were delivered.",
])
def test_instrument_tags_and_standard_codes_are_no_product_or_record(text):
    assert [f.original for f in anonymise_text(text).findings if f.category in ("product", "identifier")] == []


def test_a_record_numbered_like_a_tag_with_a_leading_nought_is_still_a_code():
    assert any(f.original == "TI-0087" for f in anonymise_text("Test incident TI-0087: camera 5 angle wrong.").findings)


def test_a_compound_code_is_still_a_product_beside_the_tag_rule():
    assert {"AZD9291", "PF-06651600"} <= set(_product_mentions("Trials of AZD9291 and PF-06651600 began; TT-4417 read high."))


@pytest.mark.parametrize("text", [
    "rc = CheckTare(scale)",
    "Set $ArchiveDir before the job runs.",
    "<NodeLabel>Press 2</NodeLabel>",
    "[ValueKind] is read before the write.",
    "PumpState, ValueKind, QueueSvc, KeepDays, TareLimit and NodeLabel are the columns; QueueSvc restarts nightly.",
])
def test_identifiers_of_code_in_camel_case_are_no_product(text):
    assert _product_mentions(text) == []


def test_a_coined_name_in_prose_is_still_a_product():
    assert "GownSight" in _product_mentions("Our GownSight tool flags gowning errors.")


@pytest.mark.parametrize(("text", "code"), [
    (" S24-099106       QWB 3310 A     Reference standard, lot", "QWB 3310 A"),
    ("The QWB-4471 batch and QWB 5120 were released.", "QWB 5120"),
])
def test_another_code_of_a_declared_product_family_is_taken_whole(text, code):
    result = anonymise_text(text, terms=["QWB-2207"])
    covered = [f for f in result.findings if f.original.startswith(code.split()[0]) and f.end - f.start >= len(code)]
    assert covered and "3310" not in result.text and "5120" not in result.text


def test_codes_of_no_declared_family_are_no_product_of_it():
    result = anonymise_text("SOP 1234 and IRB 1200 were reviewed by QWB staff to GAMP 5 and 21 CFR Part 11.",
                            terms=["QWB-2207"])
    assert not any(f.category == "product" for f in result.findings)  # (the SOP's number is an identifier's)
    assert "IRB 1200" in result.text and "GAMP 5" in result.text and "21 CFR Part 11" in result.text


def test_a_declared_trade_acronym_leads_no_family():
    result = anonymise_text("MES 3100 was upgraded by QA 204.", terms=["MES", "Ardwick Tablets Ltd"])
    assert "3100" in result.text and "204" in result.text


def test_a_project_name_found_earlier_is_taken_as_a_channel_or_tag_in_lower_case():
    result = anonymise_text("Project Quennick goes live. Questions in #quennick or #quennick-cutover.")
    assert "quennick" not in result.text


def test_a_project_name_in_lower_case_as_a_plain_word_stays():
    assert "the quennick word" in anonymise_text("Project Quennick goes live; the quennick word is odd.").text


def test_a_tag_shaped_code_the_words_before_call_a_product_is_a_product():
    assert "FT-4418" in _product_mentions("Runs use placebo and the development compound FT-4418 only.")


@pytest.mark.parametrize(("text", "whole"), [
    ("Our DoseWand tool is live. DoseWand v4.1 ships in May.", "DoseWand v4.1"),
    ("Our CartWell cartoner works. Two CartWell 400 cartoners came.", "CartWell 400"),
    ("Our PackHand tool is live; the PackHand C2 cell came.", "PackHand C2"),
])
def test_a_products_model_or_release_after_its_name_is_taken_with_it(text, whole):
    assert whole in _product_mentions(text)


@pytest.mark.parametrize(("text", "name"), [
    ("Our PackHand tool is live. PackHand 2 mg was a typo.", "PackHand"),
    ("Our DoseWand tool is live; the DoseWand 2024 plan is out.", "DoseWand"),
])
def test_a_dose_or_a_year_after_a_products_name_is_not_its_model(text, name):
    assert name in _product_mentions(text) and not any(m.startswith(name + " ") for m in _product_mentions(text))


_SPOKEN_LINES = ("so um this is the go no go for project dunmarrow and the project was late and the project file is there "
                 "and yeah we said the project must be done\nand then the project team met about it and uh yeah that was "
                 "it really ok")


def test_a_project_named_on_a_line_of_speech_is_a_code_name():
    assert _product_mentions(_SPOKEN_LINES) == ["project dunmarrow"]


def test_a_small_word_a_verb_or_a_document_after_project_in_speech_is_no_code_name():
    text = anonymise_text(_SPOKEN_LINES).text
    assert all(words in text for words in ("project was", "project file", "project must", "project team"))


@pytest.mark.parametrize(("text", "name"), [
    ("Deficiencies arose from the pace at which our LIMS (ALDER) was brought into use.", "ALDER"),
    ("Line 4 (Vireling) was qualified with the HMI as built.", "Vireling"),
    ("System: Automated weigh and dispense booth (Quennick) in Building 2", "Quennick"),
])
def test_a_name_in_brackets_after_a_system_or_a_line_is_a_code_name(text, name):
    assert name in _product_mentions(text)


@pytest.mark.parametrize("text", [
    "Alarms go to the building management system (BMS) first.",
    "Ask the lead on line 5 (Marek) before the changeover.",
    "Results sit in our LIMS (LabWare) and the robot (STD) log.",
])
def test_an_acronym_a_person_or_a_vendor_in_brackets_after_a_system_is_no_code_name(text):
    assert _product_mentions(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Dunwold, our digital batch record system, went live on all lines.", "Dunwold"),
    ("What is Quennick?\nQuennick is the new manufacturing execution system for the site.", "Quennick"),
    ("This report covers ALDER-QC, the laboratory execution system deployed in QC.", "ALDER-QC"),
])
def test_a_name_with_what_it_is_beside_it_is_a_code_name(text, name):
    assert name in _product_mentions(text)


@pytest.mark.parametrize("text", [
    "Maren, the eBR project would have died without you.",
    "However, the LIMS failed twice; however it was fixed.",
    "Frank, the system owner, agreed.",
    "Upgrade the LAN, the MES and the historian.",
])
def test_a_person_addressed_or_a_word_before_a_system_is_no_code_name(text):
    assert _product_mentions(text) == []


def test_a_name_before_a_release_or_a_phase_is_a_code_name():
    assert "Gorsefell" in _product_mentions("An EBR field had no range check. Fixed in Gorsefell release 3.2.")
    assert "Quennick" not in anonymise_text("Interface for the blender (Quennick Phase 2) is late.").text


def test_a_trade_word_before_a_phase_is_no_code_name():
    assert _product_mentions("The Validation Phase 2 ran late, and the Digital Phase 3 starts in May.") == []


@pytest.mark.parametrize("text", [
    "The export script fails with KeyError after the upgrade.",
    "Set SiteCode to the plant before the PlannedStart field is read.",
    "security: Basic256Sha256/SignAndEncrypt",
    "Received,SenderAddress,RecipientAddress,Subject,Status",
    "Temp files pile up in AppData after each run.",
])
def test_an_identifier_of_code_built_as_one_is_no_product(text):
    assert _product_mentions(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Shift notes live in BrellixLink since May.", "BrellixLink"),
    ("Date,Tool,Hours\n2024-01-02,BrellixLink,4", "BrellixLink"),
    ("| Instrument | BrellixLink | Owner |", "BrellixLink"),
])
def test_a_coined_name_in_camel_case_in_prose_or_a_row_of_data_is_still_a_product(text, name):
    assert name in _product_mentions(text)
