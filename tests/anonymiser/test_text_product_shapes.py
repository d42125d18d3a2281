"""Products in shapes that lean on their context: a compound's number after its word, or alone once its code is known;
a name in brackets after a code; a project's code name leading a status report's line; a product with its strength;
a product's name misheard or misspelled. (Names, codes and numbers invented.)"""
import pytest

from anonymiser import anonymise_text


def _products(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "product"]


@pytest.mark.parametrize(("text", "product"), [
    ("Data for the former development name compound 0692 are supporting only.", "compound 0692"),
    ("Potency of cpd 8841 was low.", "cpd 8841"),
    ("Cmpd #7392 failed the screen.", "Cmpd #7392"),
    ("Compound-0692 was renamed.", "Compound-0692"),
])
def test_a_number_after_a_word_for_a_compound_is_a_product(text: str, product: str) -> None:
    assert product in _products(text)


def test_a_short_number_after_compound_is_a_chemists_step() -> None:
    assert _products("Compound 12 was isolated as a white solid.") == []


def test_a_codes_number_written_alone_is_that_product() -> None:
    text = "Transfer of QVX-5127 IR tablets. Feeders were refurbished for 5127 (API cohesive)."
    assert _products(text) == ["QVX-5127 IR tablets", "5127"]  # (its release and form with it, ``dosage_forms``)


@pytest.mark.parametrize("text", [
    "RR-1307 opened. RR-1308 opened. RR-1309 opened. Same PO as 1307.",  # a register's records
    "Plant code TRX-6102 is set. Plant code: 6102",  # a field's value
    "Plan for QVX-2024 was agreed in 2024.",  # a year
])
def test_a_registers_records_a_fields_value_or_a_year_are_no_codes_number(text: str) -> None:
    assert not any(p.isdigit() for p in _products(text))


def test_a_name_in_brackets_after_a_code_is_its_product() -> None:
    assert "Vortaline" in _products("Product is VTL-0410 (Vortaline), released today.")


@pytest.mark.parametrize("text", ["Product is QRV-1210 (Tablets).", "Owner of ABC-1234 (Harlan) is away.",
                                  "Deviation DEV-0412 (Quimby) is open; Dr Quimby owns it."])
def test_a_word_or_a_persons_name_in_brackets_is_no_product(text: str) -> None:
    assert not [f for f in anonymise_text(text).findings if f.original in ("Tablets", "Harlan", "Quimby")
                and f.recogniser == "compound_code"]


def test_project_names_leading_a_status_reports_lines_are_found() -> None:
    text = ("Portfolio report\n\nPLOVER – tech transfer to the CDMO (AMBER)\nSCHEDULE – AMBER\nGODWIT: on track\n"
            "| RAZORBILL | Green | fine |\n| STATUS | Red |\nDecisions: approve the CR (PLOVER overspend)")
    assert _products(text) == ["PLOVER", "GODWIT", "RAZORBILL", "PLOVER"]


def test_a_word_the_text_writes_in_lower_case_leading_a_status_line_is_no_project() -> None:
    assert _products("TRAINING – behind plan (RED)\nThe training matrix is late.") == []


@pytest.mark.parametrize(("text", "product"), [
    ("New pack format for Lumidra 20 mg 28s.", "Lumidra 20 mg"),
    ("Tovrix 500 caplets 32s for the pharmacy.", "Tovrix 500 caplets 32s"),  # (and its form and pack)
    ("Tovrix 500 32s for the pharmacy.", "Tovrix 500"),
    ("Nuvessa 250 x 28 packs were short.", "Nuvessa 250"),
    ("Nuvessa 20 mg tablets were packed. Later, Nuvessa 500 for the pharmacy.", "Nuvessa 500"),
])
def test_a_product_is_found_with_its_strength(text: str, product: str) -> None:
    assert product in _products(text)


@pytest.mark.parametrize("text", ["Pack 500 tablets into cartons.", "Line 40 capsules per minute.", "Oral 5 tabs daily.",
                                  "Pack 500 32s, Line 40 x 2, Stage 100 12s"])
def test_an_english_word_before_a_count_and_a_form_is_no_product(text: str) -> None:
    assert _products(text) == []


def test_a_products_name_misheard_gets_its_placeholder() -> None:
    text = ('06:15 | "batch set up filling vortalin {?} vortaline ten mil vials"\n'
            "   > review: product is VTL-0410 (Vortaline), the speech engine heard it wrong.")
    result = anonymise_text(text)
    assert [f.original for f in result.findings if f.recogniser == "misheard_product"] == ["vortalin", "vortaline"]


def test_a_products_name_misspelled_in_title_case_or_capitals_gets_its_placeholder() -> None:
    text = "Product is VTL-0410 (Vortaline). Then Vortalene was filled; the box read VORTALYNE."
    assert {"Vortalene", "VORTALYNE"} <= set(_products(text))


def test_words_the_dictionary_knows_or_far_from_the_name_are_not_misheard() -> None:
    text = "Product is VTL-0410 (Vortaline). The vortex mixer and Vortigern and vortalinexxxx stay."
    assert not [f for f in anonymise_text(text).findings if f.recogniser == "misheard_product"]


def test_a_word_in_capitals_a_glossary_defines_as_a_tool_is_its_name() -> None:
    text = ("| Term | Meaning |\n| LIMS | The laboratory information system |\n"
            "| GODWIT | The old batch review tool | Retired. |\nSKUA: our label printing system\n"
            "OBSERVATION — The site plans to replace its level 3 software with a cloud platform.")
    assert _products(text) == ["GODWIT", "SKUA"]


def test_a_coined_name_in_title_case_leading_a_status_line_is_a_project() -> None:
    text = "Report\nTovrix – tech transfer (AMBER)\n| Brelvane | Green |\n| Quality | Red |\nMonday: on track"
    assert _products(text) == ["Tovrix", "Brelvane"]


def test_a_name_in_capitals_after_project_in_lower_case_is_its_code_name() -> None:
    text = "Planned for QVX-6040 (project SKERRYVORE) in Q2; the project MES and project RMSEP stay."
    assert _products(text) == ["QVX-6040", "SKERRYVORE"]


def test_everyday_words_leading_a_status_reports_lines_are_no_projects() -> None:
    text = ("Department report\n\nSPARES – amber, two gearboxes on order\nCONTRACTS – at risk until legal signs\n"
            "WAREHOUSE | Green | racking inspected\nPLOVER – tech transfer (AMBER)\n")
    assert _products(text) == []


def test_an_everyday_word_leading_a_status_line_among_code_names_is_a_project() -> None:
    text = "Portfolio\n\nSKELLOCK – MES roll-out (GREEN)\nPLOVER – tech transfer (AMBER)\n"
    assert _products(text) == ["SKELLOCK", "PLOVER"]


def test_an_everyday_word_called_a_project_elsewhere_leads_its_status_line_as_one() -> None:
    assert _products("PLOVER – tech transfer (AMBER)\nThe Plover project closes in May.") == ["PLOVER", "Plover"]


@pytest.mark.parametrize("text", ["ABERNATHY – on track with the FAT scripts\nSKELLOCK – MES roll-out (GREEN)",
                                  "The scripts came back from ABERNATHY yesterday, all signed."])
def test_a_surname_in_capitals_is_no_code_name(text: str) -> None:
    assert "ABERNATHY" not in _products(text)


def _identifiers(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "identifier"]


@pytest.mark.parametrize(("text", "number"), [
    ("Lot#: 7716-C quarantined.", "7716-C"),
    ("LOT #: 26Q093 on the carton.", "26Q093"),
    ("Batch No.: 26Q093 released.", "26Q093"),
])
def test_a_batch_or_lot_label_with_both_a_number_sign_and_a_colon_keeps_its_number(text: str, number: str) -> None:
    assert any(number in found for found in _identifiers(text))


@pytest.mark.parametrize(("text", "number"), [
    ("Raised change request CR#7716 for the recipe.", "7716"),
    ("OOS 26-093 opened on the assay.", "26-093"),
    ("OOS no.: 26-093 closed.", "26-093"),
    ("Deviation #7716 raised by the line lead.", "7716"),
    ("NCR 26-0913 against the supplier.", "26-0913"),
])
def test_a_records_number_after_its_kind_is_an_identifier(text: str, number: str) -> None:
    assert any(number in found for found in _identifiers(text))


def test_a_year_after_a_records_kind_is_no_identifier() -> None:
    assert _identifiers("The annual report 2024 was late.") == []
