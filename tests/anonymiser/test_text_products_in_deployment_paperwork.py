"""Products, systems and codes as a deployment's paperwork writes them - serialisation logs, URS and tech-transfer
tables, MBR extracts, LIMS exports, PQRs - with the look-alikes such documents carry that must stay: a production
line's everyday name in a log's source column, a station's two-part name, a standard's code, a system's kind in
brackets, excipients' names, an instrument maker's model, a file's format. (Invented names and codes.)"""
import pytest

from anonymiser import anonymise_text


def _found(text: str) -> dict[str, str]:
    return {f.original: f.category for f in anonymise_text(text).findings}


# -- a log's source column: a machine, unless the text names it as a production line


def test_a_log_source_the_text_names_as_a_line_is_no_machine() -> None:
    text = ("# event export - line QX-07 - site server\n"
            "2025-03-04 06:02:14.118 INFO  [QX-07] Work order started.\n"
            "2025-03-04 06:41:52.007 WARN  [QX-07][CAM-2] Grade C on 2D code\n")
    assert "QX-07" not in _found(text)


def test_a_log_source_the_text_never_calls_a_line_is_still_a_machine() -> None:
    text = ("2025-03-04 06:02:14.118 INFO  QX09-CAM03 Work order started.\n"
            "2025-03-04 06:41:52.007 WARN  QX09-CAM03 Grade C on 2D code\n")
    assert _found(text).get("QX09-CAM03") == "contact"


def test_a_station_named_like_its_line_is_still_a_machine() -> None:
    text = ("### line QX-07\n"
            "2025-03-04 06:02:14.118 INFO  QX07-CAM03 reject confirmed\n")
    assert _found(text).get("QX07-CAM03") == "contact"


# -- an SSCC or a GTIN with its application identifier


@pytest.mark.parametrize("text, code", [
    ("ERROR [AGG] Case (00)150612345000012347 expected 120 children\n", "(00)150612345000012347"),
    ("Pallet SSCC (00)350612345000098761 held in quarantine.\n", "(00)350612345000098761"),
    ("Carton (01)05012345678900 (10)QB24K0412 printed.\n", "(01)05012345678900"),
])
def test_an_sscc_or_gtin_goes_with_its_bracketed_identifier(text: str, code: str) -> None:
    result = anonymise_text(text)
    assert code in {f.original for f in result.findings}
    assert code[4:] not in result.text


# -- equipment, line and server tags; a model's code with its version; a WBS element


@pytest.mark.parametrize("text, code", [
    ("The receiving unit is your aseptic line 2 (isolator TRX-ISO-L4-03).", "TRX-ISO-L4-03"),
    ("Changes: new punch set, serialisation upgrade on TRX-PK-L1.", "TRX-PK-L1"),
    ("Data stays on the historian TRX-HIST-PRD04 for ten years.", "TRX-HIST-PRD04"),
    ("The PAT platform diverted tablets (model NIR-BL-v2.4).", "NIR-BL-v2.4"),
    ("Storage cost charged to budget line WBS 4410.302.07 this quarter.", "WBS 4410.302.07"),
    ("WBS element: C-2210.04 closed.", "WBS element: C-2210.04"),
])
def test_a_plant_or_budget_code_by_its_parts_is_an_identifier(text: str, code: str) -> None:
    assert _found(text).get(code) == "identifier"


@pytest.mark.parametrize("text", [
    "Camera CAM-2 graded the code; line PK-04 ran on.",
    "The PLC follows IEC-61131-3 and the motor is ATEX-II-2G rated.",
    "The WBS is agreed with finance.",
    "Tested against SARS-COV-2 panels.",
])
def test_two_part_names_standards_and_words_are_no_plant_codes(text: str) -> None:
    assert "identifier" not in _found(text).values()


# -- a system's in-house name: "(our name for ...)", its kind in brackets after it


@pytest.mark.parametrize("text, name", [
    ("Serial data kept in Wendmoor (our name for the site server) - no change.", "Wendmoor"),
    ("IRT is Tolvane (our internal name for the hosted build), ratio 1:1:1.", "Tolvane"),
    ("| 15:40 | Shift lead raises deviation | Harnfold (QMS) |\n", "Harnfold"),
])
def test_a_systems_in_house_name_is_a_product(text: str, name: str) -> None:
    assert _found(text).get(name) == "product"


@pytest.mark.parametrize("text", [
    "Reviewers: Dilys Quarrick (MES) and the QA lead.",
    "Interfaces: TrackWise (QMS) and Veeva (QMS) for documents.",
    "Each lantern is checked; the Lantern (QMS) note is a typo.",
    "| Deviations (QMS) | Recipes (MES) | Integration (ERP) |\n",
])
def test_a_person_a_vendor_or_a_word_before_a_systems_kind_is_no_product(text: str) -> None:
    assert "product" not in _found(text).values()


def test_a_systems_kind_in_brackets_after_its_name_is_no_other_name_for_it() -> None:
    result = anonymise_text("| Harnfold (QMS) | raised |\nAll QMS records are reviewed monthly.\n")
    assert "Harnfold" not in result.text
    assert "All QMS records" in result.text


# -- excipients, instrument makers' models and files' formats stay


@pytest.mark.parametrize("text", [
    "200000215   Hypromellose 2910, 6 mPa.s      6.40  kg\n200000320   Triethyl citrate   1.87  kg\n",
    "Crospovidone, aspartame, peppermint flavour: no changes.",
    "Methacrylic acid copolymer dispersion 30%, Polyacrylate film.",
    "Equipment class: Fluid bed Wurster GPCG 60.",
])
def test_excipients_and_process_eponyms_are_no_names(text: str) -> None:
    assert "name" not in _found(text).values()


@pytest.mark.parametrize("text, kept", [
    ("CAM-2 grading: camera is a Cognex DataMan 470, per ISO/IEC 15415.", "DataMan"),
    ("pH by LQX-PH-014 (Mettler SevenExcellence), passed.", "SevenExcellence"),
    ("Chambers monitored by the Vaisala viewLinc system.", "Vaisala"),
    ("Checkweigher WKX-CW-02 (Anritsu) rejects light packs.", "Anritsu"),
])
def test_an_instrument_makers_name_and_model_stay(text: str, kept: str) -> None:
    assert kept in anonymise_text(text).text


def test_a_files_format_in_an_inventory_column_is_no_person() -> None:
    text = ("| # | Document | ID | Format |\n|---|---|---|---|\n"
            "| 1 | Process description | PD-QX-001 | PDF |\n| 2 | CPP matrix | RA-QX-007 | XLSX |\n"
            "| 3 | Gap assessment | GA-QX-01 | XLSX |\n")
    assert "person" not in _found(text).values()


@pytest.mark.parametrize("term", ["CAR-T-CD19", "ANTI-PD-L1", "HLA-DR-B1", "RT-QPCR-N1", "LC-MS-QTOF2", "GAMP-5-v2"])
def test_a_therapys_target_or_a_techniques_compound_term_is_no_equipment_tag(term: str) -> None:
    assert term in anonymise_text(f"The study used {term} throughout.").text


def test_a_log_source_named_after_in_line_is_still_a_machine() -> None:
    text = ("Probe: in-line QX09-NIR01 fitted.\n2024-05-01 10:00:01 INFO  QX09-NIR01 spectrum ok\n"
            "2024-05-01 10:00:05 INFO  QX09-NIR01 spectrum ok\n")
    assert "QX09-NIR01" not in anonymise_text(text).text
