"""Products and identifiers as QC, clinical and commercial paperwork writes them - tender pricing sheets, formularies,
IRT specifications, sample lists, eCTD indexes, recall notices - with the look-alikes such documents carry that must
stay: generic medicines capitalised in a product column, the vendors' columns, loggers, robots and software named for
the tool used, the trade's words, a regulator's published guideline, a sequence's numbered slots. (Invented names and
codes.)"""
import pytest

from anonymiser import anonymise_text


def _found(text: str, terms: tuple[str, ...] = ()) -> dict[str, str]:
    return {f.original: f.category for f in anonymise_text(text, terms=terms).findings}


_TENDER = (
    "Line | CMU product line              | Offered brand / product          | Pack | Unit price\n"
    "-----|-------------------------------|----------------------------------|------|-----------\n"
    "011  | Lisinopril 10 mg tablets      | Lisinopril 10 mg tabs            | 28   | 0.61\n"
    "012  | Quetiapine 25 mg tablets      | Quetiapine 25 mg tabs            | 60   | 1.20\n"
    "013  | Olanzapine 10 mg orodispersible | Dravonel 10 mg orodispersible  | 28   | 2.15\n"
    "014  | Bisoprolol 5 mg tablets       | NO BID                           | 28   | -\n"
)


@pytest.mark.parametrize("generic", ["Lisinopril", "Quetiapine", "Olanzapine", "Bisoprolol"])
def test_a_generic_medicine_capitalised_in_a_tender_table_is_no_name_or_product(generic: str) -> None:
    assert not any(generic in original for original in _found(_TENDER))


def test_a_brand_in_the_same_tender_table_is_still_a_product() -> None:
    assert _found(_TENDER).get("Dravonel 10 mg") == "product"


def test_an_invented_brand_ending_in_a_short_inn_stem_is_still_read_as_a_name() -> None:
    text = "Prexocept was launched by our partner last spring; Prexocept sales rose in the second quarter."
    assert _found(text).get("Prexocept") in {"name", "product"}


@pytest.mark.parametrize("text, kept", [
    ("Column: Restek Raptor C18 2.7 um, 100 x 2.1 mm, s/n 22-118", "Restek"),
    ("Dissolution bath: Distek 2500 Select, asset QDB-07", "Distek"),
    ("Loggers: ELPRO LIBERO CS, uploaded to the cloud", "ELPRO"),
    ("Shipper: Envirotainer RKN e1 active container", "Envirotainer"),
    ("Robot: Swisslog BoxPicker at the main pharmacy", "Swisslog"),
    ("Stock is held in Pyxis cabinets on each ward.", "Pyxis"),
    ("Labels are printed from Loftware Spectrum at the packaging site.", "Loftware"),
    ("Outbound messages pass through the middleware (MuleSoft) nightly.", "MuleSoft"),
    ("Proofread (GlobalVision text compare): no differences found.", "GlobalVision"),
    ("Kit status messages follow CDISC ODM where possible.", "CDISC"),
])
def test_a_vendors_instrument_or_software_named_for_the_tool_used_is_kept(text: str, kept: str) -> None:
    assert not any(kept in original for original in _found(text))


@pytest.mark.parametrize("text, word", [
    ("Pharmacovigilance: cases are entered within one working day.", "Pharmacovigilance"),
    ("Investigational follow-on products are not implicated.", "Investigational"),
])
def test_the_trades_words_capitalised_are_no_names(text: str, word: str) -> None:
    assert word not in _found(text)


# -- kit number ranges, a range of codes


def test_a_column_of_kit_number_ranges_holds_both_ends_of_each_range() -> None:
    text = ("Arm | Treatment          | Kit type | Kit number range\n"
            "A   | Active 30 mg BID   | 1        | 710001\u2013712400\n"
            "B   | Placebo BID        | 2        | 730001\u2013731200\n")
    found = _found(text)
    assert all(found.get(code) == "identifier" for code in ("710001", "712400", "730001", "731200"))


def test_a_column_of_kit_types_is_no_column_of_codes() -> None:
    text = ("Arm | Treatment          | Kit type | Pack\n"
            "A   | Active 30 mg BID   | 1        | 28\n"
            "B   | Placebo BID        | 2        | 28\n")
    assert not any(category == "identifier" for category in _found(text).values())


def test_codes_of_one_series_joined_by_an_en_dash_are_both_identifiers() -> None:
    found = _found("Test scripts: QTS-UAT-041\u2013QTS-UAT-058 were executed.")
    assert found.get("QTS-UAT-041") == "identifier" and found.get("QTS-UAT-058") == "identifier"


# -- the NHS dictionary of medicines' codes, the MHRA's drug alerts, a regulator's guideline


@pytest.mark.parametrize("text, code", [
    ("EPMA: added to the formulary; dm+d AMPP\n38011511000001108 (10 mg x 28).", "38011511000001108"),
    ("VMP: 42109611000001109", "42109611000001109"),
    ("SNOMED CT 322236009 maps to the order sentence.", "322236009"),
    ("MHRA reference: EL (24)A/17        Company reference: RCL-QX-0031", "EL (24)A/17"),
    ("Drug alert EL(23)A/05 was issued on the same day.", "EL(23)A/05"),
])
def test_a_medicines_dictionary_code_or_a_drug_alert_is_an_identifier(text: str, code: str) -> None:
    assert _found(text).get(code) == "identifier"


@pytest.mark.parametrize("text", [
    "An AMP of 5 mg was drawn up.",
    "The dm+d browser was updated in 2024.",
])
def test_a_dictionary_word_without_its_code_is_no_identifier(text: str) -> None:
    assert not any(category == "identifier" for category in _found(text).values())


def test_a_regulators_published_guideline_number_is_no_identifier() -> None:
    text = "Justification links to ICH Q13 and the EMA/CHMP/QWP/917233/2013 guideline."
    assert not any("917233" in original for original in _found(text))


def test_a_central_procedure_number_is_still_an_identifier() -> None:
    assert _found("Procedure EMEA/H/C/005871 was approved.").get("EMEA/H/C/005871") == "identifier"


# -- a sequence's name built round a declared code, a sequence's numbered slots


def test_a_sequence_name_joined_by_underscores_round_a_declared_code_goes_whole() -> None:
    result = anonymise_text("Sequence name: STAB_QX4410_T6M_2411        Lab: QC Lab 2", terms=("QX-4410",))
    assert "T6M" not in result.text and "2411" not in result.text


def test_a_name_of_two_parts_round_a_declared_code_is_not_widened() -> None:
    result = anonymise_text("Raw data are kept in the QX4410_archive share.", terms=("QX-4410",))
    assert "_archive" in result.text


def test_a_sequences_numbered_system_suitability_slot_is_no_code() -> None:
    text = ("Vial | Sample ID    | Description\n"
            "1    | SST-01       | System suitability\n"
            "2    | STD-02       | Reference standard\n"
            "3    | S24-118302   | Batch sample T6M\n"
            "4    | S24-118303   | Batch sample T6M\n")
    found = _found(text)
    assert "SST-01" not in found and "STD-02" not in found
    assert found.get("S24-118302") in {"identifier", "product"}  # (still found: a real sample's code)
