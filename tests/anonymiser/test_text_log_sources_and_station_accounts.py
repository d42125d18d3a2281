"""Contacts and codes written as systems write them: the machine in a log line's source column, a station's or a
team's account, a person's log-in with a role after it or in brackets after a given name alone, a telephone number
with a stray group after it, a document's code with its version, a code that names a file. (Invented names, hosts
and codes.)"""
import pytest

from anonymiser import anonymise_text


def _found(text: str) -> dict[str, str]:
    return {f.original: f.category for f in anonymise_text(text).findings}


@pytest.mark.parametrize("line, host", [
    ("2026-04-02T03:14:07Z WARN  QX09-CAM03   grade D on carton 17", "QX09-CAM03"),
    ("2025-06-11 09:20:44,118 [ERROR] VLT07-APP2 upload timed out", "VLT07-APP2"),
    ("Apr  2 03:14:07 PKX7-AGG02 aggd[311]: case closed", "PKX7-AGG02"),
])
def test_the_machine_in_a_log_lines_source_column_is_a_contact(line: str, host: str) -> None:
    assert _found(line + "\n").get(host) == "contact"


def test_a_log_lines_machine_is_that_machine_in_the_notes_under_the_log() -> None:
    text = ("2026-04-02T03:14:07Z WARN  QX09-CAM03   grade D on carton 17\n\n"
            "Notes: please pull the audit trail for QX09-CAM03 from 03:00.\n")
    result = anonymise_text(text)
    assert "QX09-CAM03" not in result.text


def test_a_program_part_in_the_source_column_is_no_machine() -> None:
    found = _found("2025-06-11 09:20:44 INFO  Scheduler started the nightly export\n")
    assert "Scheduler" not in found


@pytest.mark.parametrize("text, account", [
    ("Plate read by stores.team4 at 09:14; 3 CFU.", "stores.team4"),
    ("Reject confirmed by wh07.op3", "wh07.op3"),
    ("Scanned by lx-scan04 before release.", "lx-scan04"),
    ('QA e-signature rbranksome-qa ("R. Branksome") reason: rescanned', "rbranksome-qa"),
    ("Only Bolanle (bakande) knows the parser config.", "bakande"),
    ("member: CN=ext-dkaminsky,OU=Vendors,DC=ot", "ext-dkaminsky"),
    ("Elevated session opened as adm-rbranksome at 02:10", "adm-rbranksome"),
])
def test_station_team_and_role_accounts_are_contacts(text: str, account: str) -> None:
    assert _found(text).get(account) == "contact"


@pytest.mark.parametrize("text, token", [
    ("Saved the clip as video.mp4 and cast it to np.float64 first.", "video.mp4"),
    ("Saved the clip as video.mp4 and cast it to np.float64 first.", "np.float64"),
    ("The site was shut by covid-19 for a month.", "covid-19"),
    ("Signed the Agreement (amended) yesterday.", "amended"),
    ("The ext-display and adm-console panels were cleaned.", "ext-display"),
])
def test_files_types_viruses_and_words_are_no_accounts(text: str, token: str) -> None:
    assert token not in _found(text)


def test_a_number_said_with_a_stray_group_after_it_is_redacted_whole() -> None:
    text = "call me back on that's 07700 900 743 60... sorry, ignore the sixty"
    result = anonymise_text(text)
    assert "07700 900 743 60" in {f.original for f in result.findings if f.category == "contact"}
    assert "743" not in result.text


def test_a_count_that_starts_with_no_nought_is_no_number_with_a_stray_group() -> None:
    assert "1 234 567 890 12" not in _found("Total 1 234 567 890 12 units were counted.")


def test_a_document_code_keeps_its_version() -> None:
    # (its language a standard's prefix too: "EN" alone leads no code)
    result = anonymise_text("Master panel (version LBQ-2207-415-EN-v3) approved.")
    assert "v3" not in result.text and "LBQ" not in result.text


def test_a_code_naming_a_file_is_redacted_before_its_extension() -> None:
    result = anonymise_text("Certificates are named by lot, e.g. QZ2207-3315-B.pdf, on the portal.")
    assert "QZ2207" not in result.text and ".pdf" in result.text


def test_a_two_word_names_initials_are_declared_where_a_declared_code_starts_with_them() -> None:
    text = "HB Form QF-PRD-207 rev 3     Printed 13/03/2024 by the line.\nProduct: HB-204 buffer."
    result = anonymise_text(text, terms=["Harnwick Biologics", "HB-204"])
    assert "HB " not in result.text


def test_a_two_word_names_initials_alone_are_left() -> None:
    text = "HB Form QF-PRD-207 rev 3     Printed 13/03/2024 by the line."
    result = anonymise_text(text, terms=["Harnwick Biologics"])
    assert result.text.startswith("HB Form")


@pytest.mark.parametrize("text, model", [
    ("Balance 0.1 mg | Mettler Toledo QXR417 | PASS", "QXR417"),
    ("Zebra QT7713 scanner on booth 3 not reading.", "QT7713"),
    ("Cytiva Xcellerex QXR-4417, serial 1 of 2.", "QXR-4417"),
])
def test_a_code_after_a_technology_vendors_name_is_its_model_not_a_product(text: str, model: str) -> None:
    assert _found(text).get(model) != "product"


def test_a_code_after_an_unknown_maker_is_still_a_product_code() -> None:
    assert _found("Brantwell QXR417 tablets were released.").get("QXR417 tablets") == "product"  # (its form with it)


def test_a_defanged_address_is_an_address_whole() -> None:
    text = "Do not open hxxps://portal[.]quellbrook[.]com/login or quellbrook[.]co[.]uk/reset in the notice."
    result = anonymise_text(text)
    assert "quellbrook" not in result.text and "portal" not in result.text


def test_a_bracketed_dot_in_code_is_no_address() -> None:
    text = "The array a[.] and list[.]items are read in turn."
    assert anonymise_text(text).text == text


@pytest.mark.parametrize("text, number", [
    ("Phone: 0113/496 0742 (desk)", "0113/496 0742"),
    ("Mob. 07700/900743 after six", "07700/900743"),
    ("Tel +49 621/555-1234 ab 8 Uhr", "+49 621/555-1234"),
])
def test_a_number_with_a_slash_after_its_area_code_is_a_phone(text: str, number: str) -> None:
    assert _found(text).get(number) == "contact"


def test_dates_and_ratios_with_slashes_are_no_phones() -> None:
    found = _found("Paths 2024/0113/4960 and the ratio 0113/4960 were logged.")
    assert "contact" not in found.values()


def test_a_change_control_number_after_cc_is_a_document() -> None:
    found = _found("Linked change: CC 27-0419 (reel changeover).")
    assert "CC 27-0419" in found  # (the kind in capitals is part of the number as it is cited)


def test_a_year_after_cc_is_no_document() -> None:
    assert "2027" not in _found("CC 2027 budget line approved; cc: the site lead.")


@pytest.mark.parametrize("text", ["Web: http ://www.quellbrook.com (scanned)", "Assets load from //cdn.quellbrook.com/app.js"])
def test_an_address_broken_from_its_scheme_or_without_one_is_found(text: str) -> None:
    assert "quellbrook" not in anonymise_text(text).text


def test_a_mobile_number_scanned_with_letters_for_noughts_is_found() -> None:
    assert "9OO" not in anonymise_text("Mobile: 077OO 9OO 743 (after six)").text


@pytest.mark.parametrize("text, lot", [
    ("Lot QR 27K 0419 released to market.", "QR 27K 0419"),
    ("The batch QR.2719.0042 was held.", "QR.2719.0042"),
    ("Lot QR2719/0042 failed assay.", "QR2719/0042"),
])
def test_a_lot_number_spaced_dotted_or_slashed_is_found_whole(text: str, lot: str) -> None:
    assert lot in _found(text)


def test_a_team_and_a_year_after_batch_are_no_lot_number() -> None:
    found = _found("Batch QC 2024 review; lot 3 of 5 went; the lot AB 12 was short.")
    assert "QC 2024" not in found and "AB 12" not in found


def test_a_profile_path_beside_the_networks_name_is_an_address() -> None:
    result = anonymise_text("Head of QA | LinkedIn: /in/rbranksome-4a1b | Teams")
    assert "rbranksome" not in result.text


def test_a_folder_named_in_is_no_profile() -> None:
    text = "Copy it to the /in/ folder of the repository."
    assert anonymise_text(text).text == text


@pytest.mark.parametrize("text, code", [
    ("EAN 5012345678917 on the outer carton.", "5012345678917"),
    ("UPC: 012345678929 printed on the tray.", "012345678929"),
    ("Linked record CAPA: 2291 closed.", "2291"),
])
def test_a_bar_code_number_and_a_record_number_after_a_colon_are_found(text: str, code: str) -> None:
    assert code in _found(text)


def test_a_bar_code_standards_name_is_no_code() -> None:
    text = "Cartons carry an EAN-13 barcode to the EAN 13 standard."
    assert anonymise_text(text).text == text


def test_a_code_name_after_a_colon_is_a_project() -> None:
    assert _found("Code name: GODWIT. Budget approved.").get("GODWIT") == "product"


def test_a_name_before_workstream_mid_sentence_is_a_project() -> None:
    assert "Dotterel" in _found("Status: the Dotterel workstream is green this week.")


def test_a_describing_word_before_workstream_is_no_project() -> None:
    assert "Digital" not in _found("Status: the Digital workstream is green this week.")


def test_a_code_broken_after_a_hyphen_across_lines_is_found_in_both_halves() -> None:
    result = anonymise_text("Batch QR-2719-\n0042 was split over a line.")
    assert "2719" not in result.text and "0042" not in result.text


def test_a_word_broken_after_a_hyphen_is_no_code() -> None:
    text = "A well-\nknown risk; step A-\n12 units."
    assert anonymise_text(text).text == text


def test_a_service_desk_task_numbered_as_servicenow_numbers_it_is_found() -> None:
    assert "SCTASK0047719" in _found("Raised task SCTASK0047719 to the MES support group.")


def test_a_log_in_after_assigned_to_is_a_contact() -> None:
    assert _found("Caller: desk ; Assigned to: rbranksome ; Group: OT").get("rbranksome") == "contact"


def test_a_team_after_assigned_to_is_no_log_in() -> None:
    text = "Assigned to: the QA team ; state: open"
    assert anonymise_text(text).text == text


def test_a_machines_name_in_its_field_is_a_contact() -> None:
    assert _found("Windows hostname: DESKTOP-4QZ81TR ; user logged on").get("DESKTOP-4QZ81TR") == "contact"


def test_a_placeholder_in_a_machine_field_is_no_name() -> None:
    text = "Device name: TBC ; Host name: pending"
    assert anonymise_text(text).text == text


def test_a_number_in_a_column_headed_phone_is_a_phone_without_its_plus() -> None:
    text = "lead,company,phone,notes\nL-1,Brantwell,46855519087,demo\nL-2,Quellbrook,6565559183,call\n"
    found = _found(text)
    assert found.get("46855519087") == "contact" and found.get("6565559183") == "contact"


def test_a_short_number_in_a_phone_column_is_left() -> None:
    text = "name | tel | qty\nA | 1234 | 12\n"
    assert anonymise_text(text).text == text


def test_codes_listed_in_a_cell_under_a_kits_header_are_each_found() -> None:
    text = ("ShipID | To site | Kits | Status\n"
            "SHP-1 | QZ-104 | 700447, 700448, 700451 | OK\n"
            "SHP-2 | QZ-512 | 800031-800036 | OK\n")
    result = anonymise_text(text)
    assert not any(code in result.text for code in ("700447", "700448", "700451", "800031", "QZ-104"))


def test_words_listed_under_a_site_header_are_left() -> None:
    text = "Site | Notes\nLeeds north | cold, wet, late\n"
    assert "cold, wet, late" in anonymise_text(text).text


def test_attributes_in_code_and_a_line_in_a_log_column_are_no_accounts() -> None:
    text = "2024-03-01 10:02:11 INFO  Line4 started\nThen model.layer1 and df.col2 were read; Line4 ran on.\n"
    found = _found(text)
    assert not {"Line4", "model.layer1", "df.col2"} & set(found)
