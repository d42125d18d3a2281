"""People in machine-made text: access-review extracts, commit logs, travel bookings, exports."""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize(("text", "gone"), [
    ("CORP\\tbrennagh2  | Operator | Granulation", "tbrennagh2"),
    ("Last login by PHX\\r.odeagha-lane at 02:11", "r.odeagha-lane"),
])
def test_a_windows_domain_account_is_a_handle(text, gone):
    result = anonymise_text(text)
    assert gone not in result.text
    assert any(f.recogniser == "handle" for f in result.findings)


@pytest.mark.parametrize("text", ["see C:\\Users\\Public", "key HKLM\\Software\\Vendor", "path src\\main"])
def test_paths_and_registry_keys_are_no_accounts(text):
    assert all(f.recogniser != "handle" for f in anonymise_text(text).findings)


def test_a_commit_author_before_the_address_is_a_handle():
    result = anonymise_text("2024-03-02 | ofavorin <oyin.favorin@example-pharma.co.uk> | Fix interlock")
    assert "ofavorin" not in result.text and "favorin" not in result.text


@pytest.mark.parametrize(("text", "gone"), [
    ("Booking ref QX7T  Traveller: MCELANOR/ORLA MS  Seat 14C", "MCELANOR/ORLA"),
    ("  2. ABUBAKAR/SANI MR     E-ticket 125-000", "ABUBAKAR/SANI"),
])
def test_a_travellers_name_as_a_booking_prints_it_is_a_person(text, gone):
    result = anonymise_text(text)
    assert gone not in result.text
    assert any(f.category == "person" for f in result.findings)


def test_slashed_capitals_without_a_title_are_no_traveller():
    assert all(f.category != "person" for f in anonymise_text("Use the HPLC/UV method and N/A fields.").findings)


@pytest.mark.parametrize("text", [
    "| QBP\\x | Okonedo, Tamsin            | Operator |",
    "Reviewer: Foster, Dominik (Vendor) | System admin",
    "Owner\tKhan, Imran\tQA",
])
def test_surname_comma_given_in_a_table_cell_is_a_person(text):
    result = anonymise_text(text)
    assert not any(name in result.text for name in ("Tamsin", "Dominik", "Imran", "Okonedo", "Foster", "Khan"))


@pytest.mark.parametrize(("text", "gone"), [
    ('"Okonedo, Tamsin;Bartek W",100%', "Bartek W"),
    ("Owner\tYusuf K\tQA", "Yusuf K"),
])
def test_a_given_name_and_an_initial_as_a_list_item_is_a_person(text, gone):
    assert gone not in anonymise_text(text).text


def test_plan_letters_are_no_given_name_and_initial():
    assert anonymise_text("Plan A;Plan B;Option C").findings == ()


@pytest.mark.parametrize(("text", "gone"), [
    ('{"fullName": "Ruth Okonedo", "username": "rokonedo", "initials": "RO"}', ("Ruth", "rokonedo", '"RO"')),
    ('{"by": "bwalsh_ext", "date": "2024-01-02"}', ("bwalsh_ext",)),
    ("assignee: Kofi Muchui-Ahuja\nreviewed_by: Ines Caverly", ("Kofi", "Ines")),
    ("signed 10:31   user ID tmcalister", ("tmcalister",)),
])
def test_people_and_log_ins_in_exported_records_go(text, gone):
    result = anonymise_text(text).text
    assert not any(g in result for g in gone)


@pytest.mark.parametrize("text", ['"display_name": "Line 4 Filler"', "reviewed_by: QA", "Sent by: email",
                                  '{"author": "TBC"}'])
def test_record_fields_holding_no_person_stay(text):
    assert anonymise_text(text).text == text


@pytest.mark.parametrize(("text", "gone"), [
    ("Backup: Radoslaw Wiecek (rwiecek) ext. 4417", "rwiecek"),
    ("Signed by: Ines Albuquerque (ext_ialbuquerque)", "ialbuquerque"),
    ("halvard-n opened this issue on 11 March", "halvard-n"),
    ("**mireille-ok** commented on 12 March 2024", "mireille-ok"),
    ("UID=svc_rpt_ktoomey;PWD=********", "ktoomey"),
    ("the account vnd_opatterson had not been used", "opatterson"),
])
def test_log_ins_beside_names_in_threads_and_service_accounts_go(text, gone):
    assert gone not in anonymise_text(text).text


@pytest.mark.parametrize("text", ["Line 4 (fillers) and Suite 2 (cleanrooms)", "The team commented on it.",
                                  "Heads of Agreement (non-binding)", "Supplier Programme (onboarding)",
                                  "column batch_size in vw_ebr_exception_summary", "tags: line_clearance"])
def test_brackets_threads_and_identifiers_with_no_log_in_stay(text):
    assert all(f.recogniser != "handle" for f in anonymise_text(text).findings)


@pytest.mark.parametrize(("text", "gone"), [
    ("├── PRZYBYLSKA, Joanna - Head of Automation", ("PRZYBYLSKA", "Joanna")),
    ("│   ├── LITTLE, Gethin - Automation Technician (nights)", ("LITTLE", "Gethin")),
])
def test_a_surname_in_capitals_before_a_given_name_is_a_person(text, gone):
    result = anonymise_text(text).text
    assert not any(g in result for g in gone)


@pytest.mark.parametrize(("text", "gone"), [
    ("APPROVED: A. 0KORIE-LAMB    DATE: 20.01.25", "0KORIE-LAMB"),
    ("Received by:      B. TREHARNE (print)", "TREHARNE"),
])
def test_a_name_in_a_title_block_or_on_a_delivery_note_is_a_person(text, gone):
    assert gone not in anonymise_text(text).text


def test_initials_after_a_date_in_a_change_history_are_a_person():
    text = "CHANGE HISTORY\n2023-05-11  EW  v1.0  first version\n2024-01-19  EW  v1.2  GAMP cat 4\n"
    result = anonymise_text(text).text
    assert "EW" not in result


def test_a_trade_acronym_after_a_date_stays():
    assert "QA" in anonymise_text("2024-01-02  QA  v1.0 first release").text


@pytest.mark.parametrize(("text", "gone"), [
    ("Queries to me on 01903 555 4410.", "4410"),  # a digit too many, spaced as a UK number
    ("+44 20 7946 0321,,618224903#   United Kingdom, London", "618224903"),  # a dial string's conference code
])
def test_phone_numbers_as_people_write_and_dial_them_go(text, gone):
    assert gone not in anonymise_text(text).text


def test_a_number_not_spaced_like_a_phone_stays():
    assert all(f.recogniser != "phone" for f in anonymise_text("Figures 2024 555 1234 in the table").findings)


@pytest.mark.parametrize(("text", "gone"), [
    ("| A | 09.02.21 | ISSUED FOR REVIEW | T.J.W | R.A-K | - |", ("T.J.W", "R.A-K")),
    ("Check with Bhavin (B.R.S.) before it goes anywhere", ("B.R.S.",)),
    ("Note appended by the office (W.E., 3 June 2024):", ("W.E.",)),
    ("// TODO(hmorcombe): move 0.35 into the recipe", ("hmorcombe",)),
])
def test_initials_and_owners_signing_cells_notes_and_code_go(text, gone):
    result = anonymise_text(text).text
    assert not any(g in result for g in gone)


@pytest.mark.parametrize("text", ["| N.B. | U.K. |", "the (U.S.) market", "see (i.e.) below"])
def test_dotted_abbreviations_are_no_initials(text):
    assert anonymise_text(text).text == text


def test_a_list_of_dotted_initials_is_a_list_of_people():
    text = "Competing interests\nR.T.-M., J.K., O.W. and P.D. are employees of the sponsor."
    result = anonymise_text(text).text
    assert not any(i in result for i in ("R.T.-M.", "J.K.", "O.W.", "P.D."))


@pytest.mark.parametrize("text", ["in the U.S., U.K. and E.U. markets", "It was grade A.\n\nNext item"])
def test_abbreviations_and_graded_letters_are_no_list_or_signature(text):
    assert anonymise_text(text).text == text


@pytest.mark.parametrize("text", ["Cancel ticket 58814 please. Get well soon. G\n\nRE: outage",
                                  "Good luck, you'll be great. L x\n"])
def test_a_letter_alone_signing_a_message_is_a_person(text):
    assert any(f.category == "person" and len(f.original) == 1 for f in anonymise_text(text).findings)


def test_every_surname_comma_given_on_a_mail_header_line_is_a_person():
    result = anonymise_text("From: Adeyemi, Tolulope\nTo: Hope, Gwilym; Lee, Ana\nCc: Quality, Team\n\nHello").text
    assert not any(n in result for n in ("Adeyemi", "Tolulope", "Gwilym", "Lee, Ana"))
    assert "Cc: Quality, Team" in result


@pytest.mark.parametrize("text", ["Questions raised by MHRA (paraphrased)", "tags: VIB (vibration), PT (pressure)"])
def test_an_everyday_word_in_brackets_after_a_name_is_no_log_in(text):
    assert all(f.recogniser != "handle" for f in anonymise_text(text).findings)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("      1.3  2024-09-03  ofleischmann  write to the event log", "ofleischmann", "1.3"),
    ("! 2023-11-06  kadeyemi   port moved to VLAN 130", "kadeyemi", "VLAN"),
])
def test_a_log_in_after_a_date_in_a_change_history_goes_and_the_version_stays(text, gone, kept):
    result = anonymise_text(text).text
    assert gone not in result and kept in result


@pytest.mark.parametrize(("text", "gone"), [
    ("{TQ: lovely - can we thank her? Retired 2019}", "TQ"),
    ("Not like for like. HW: accepted, footnote it.", "HW"),
])
def test_initials_commenting_in_braces_or_answering_after_a_sentence_are_a_person(text, gone):
    assert gone not in anonymise_text(text).text


@pytest.mark.parametrize("text", ["On 2024-09-03 the batch was released to QA.", "Fine. QA: approved."])
def test_a_word_after_a_date_or_an_acronym_answering_stays(text):
    assert [f for f in anonymise_text(text).findings if f.category in ("person", "contact")] == []


_LDIF = ("dn: CN=GG-MES-Operators,OU=MES Roles,OU=Halbury,DC=ot,DC=example,DC=net\nchangetype: add\nobjectClass: group\n"
         "managedBy: CN=Ravindra Otiende-Lind,OU=Staff,OU=Halbury,DC=ot,DC=example,DC=net\n"
         "member: CN=Ottilie Brannagh,OU=Staff,OU=Halbury,DC=ot,DC=example,DC=net\n"
         "member: CN=Seun Adewale-Hart,OU=Staff,OU=Halbury,DC=ot,DC=example,DC=net\nwhenCreated: 20240402093115.0Z\n\n"
         "dn: CN=GG-MES-Reviewers,OU=MES Roles,OU=Halbury,DC=ot,DC=example,DC=net\nchangetype: add\nobjectClass: group\n"
         "managedBy: CN=Ravindra Otiende-Lind,OU=Staff,OU=Halbury,DC=ot,DC=example,DC=net\nwhenCreated: 20240402093302.0Z\n")


def test_a_directory_export_keeps_its_keys_and_loses_its_people():
    result = anonymise_text(_LDIF)
    people = {f.original for f in result.findings if f.category == "person"}
    assert not people & {"CN", "OU", "DC", "objectClass", "managedBy", "whenCreated"}
    assert "Ottilie" not in result.text and "Otiende-Lind" not in result.text


_VCARDS = "".join(
    f"BEGIN:VCARD\nVERSION:3.0\nN:{surname};{given};;;\nFN:{given} {surname}\nORG:Merrow Fine Chemicals;{unit}\n"
    f"NOTE:{note}\nREV:2025-01-14T10:22:05Z\nEND:VCARD\n\n"
    for given, surname, unit, note in (("Adaeze", "Okelen", "Quality", "Sponsor."), ("Rhys", "Bevan", "Projects", "Owns the group."),
                                       ("Thi Lan", "Nolley", "QA", "Signs off protocols.")))


def test_the_keys_of_a_contact_card_are_no_initials():
    result = anonymise_text(_VCARDS)
    people = {f.original for f in result.findings if f.category == "person"}
    assert not people & {"FN", "ORG", "NOTE", "REV", "END", "N"}
    assert "Okelen" not in result.text and "Bevan" not in result.text


def test_a_line_of_everyday_words_below_a_signed_name_is_no_surname():
    text = "Any dietary needs to me by Friday, please.\n\nThanks,\nTamsin\nEvents & Engagement Coordinator | Pepimelis Ltd\n"
    result = anonymise_text(text)
    assert "Events & Engagement Coordinator" in result.text and "Tamsin" not in result.text


@pytest.mark.parametrize("text", [
    "pk-l1-hmi01   ansible_host=10.41.12.21   line=1\nsyslog_target=10.41.0.40\nhost_name={{ inventory_hostname }}",
    "All packages listed in packages.config are already installed.",
    "opcua_endpoint=opc.tcp://{{ host }}:4840",
    "@article{Ruddock2023granule,\n  author = {Ruddock, P.},\n}\n@manual{Ruddock2019,\n  title = {Granulation}\n}",
    "DECLARE @from DATE = '2024-01-01';\nWHERE p.actual_start >= @from AND p.actual_start < @to",
    "The script renamed the field from LOC_CODE to LOCATION_ID; URS_ID is the key.",
])
def test_names_in_code_and_configuration_are_no_handles(text):
    assert [f.original for f in anonymise_text(text).findings if f.recogniser == "handle"] == []


@pytest.mark.parametrize(("text", "handle"), [
    ("half my exceptions are the same 3 false ones \u2014 summer.h", "summer.h"),
    ("Posted by u/cleanroom_kev", "cleanroom_kev"),
    ("thanks @hdowling for the review", "hdowling"),
])
def test_user_names_made_of_words_or_given_names_are_still_handles(text, handle):
    assert handle not in anonymise_text(text).text


def test_a_log_in_made_from_a_name_is_found_with_a_number_after_it():
    text = ("Developer: Arjun Kumbhare (ABAP).\n\nD01K904533   AKUMBHARE2   ABAP: order download IDoc extension\n"
            "D01K904577   akumbhare2   ABAP: fix for batch split\n")
    result = anonymise_text(text)
    assert "KUMBHARE2" not in result.text and "kumbhare2" not in result.text
    assert len({f.replacement for f in result.findings if f.category == "person"}) == 1


def test_numbers_after_words_that_are_no_ones_log_in_stay():
    text = "Arjun Kumbhare checked PK3 on Line4; see report2 and batch12."
    assert all(w in anonymise_text(text).text for w in ("PK3", "Line4", "report2", "batch12"))


@pytest.mark.parametrize(("text", "gone"), [
    ('2024-04-11 18:02 type="event" action="admin-change" user="zcullinan" msg="ok"', "zcullinan"),
    ("S-0884213 | cfr_ahmad.rahimi | Copperfield Robotics | PAL-CELL-2", "cfr_ahmad.rahimi"),
])
def test_log_ins_in_key_value_logs_and_vendor_prefixed_accounts_are_handles(text, gone):
    assert gone not in anonymise_text(text).text


def test_short_extensions_on_a_rota_are_phone_numbers():
    text = "Days A     Tasha   x4417     Deepak   x4452\nIT helpdesk: or x5000\n$ openssl x509 -in cert.der; 2x7500 ml"
    out = anonymise_text(text).text
    assert "4417" not in out and "4452" not in out and "x5000" not in out
    assert "x509" in out and "2x7500" in out


@pytest.mark.parametrize(("text", "gone"), [
    ("Saved by jlimbani to the Engineering shared drive (Alarms/2024).", "jlimbani"),
    ("Printed: 2024-11-24 07:55 by cobriainn\n", "cobriainn"),
    ("REVIEW HISTORY  Generated by: kpenroseq   Vault: PHB-QualityDocs-PROD", "kpenroseq"),
])
def test_a_log_in_after_what_was_done_to_a_record_is_a_handle(text, gone):
    assert gone not in anonymise_text(text).text


@pytest.mark.parametrize("text", ["Updated by email to the supplier.", "Generated by software in the cloud.",
                                  "Printed by thermal transfer on the carton."])
def test_how_a_record_was_made_is_no_log_in(text):
    assert all(f.recogniser != "handle" for f in anonymise_text(text).findings)


def test_a_surname_in_capitals_before_a_given_name_is_a_person_even_when_it_is_a_word():
    text = "\u2502   \u251c\u2500\u2500 CROSS, Hannah - PMO Analyst\n\u2502   \u2514\u2500\u2500 STONE, River - Apprentice (Yr 2)\n"
    out = anonymise_text(text).text
    assert "CROSS" not in out and "Hannah" not in out and "PMO Analyst" in out


def test_a_surname_before_a_double_barrelled_given_name_in_a_cell_is_a_person():
    result = anonymise_text("04  | Mabbott, Sarah-Jane       | Vexford           | Validation")
    assert "Mabbott, Sarah-Jane" in {f.original for f in result.findings if f.category == "person"}
    assert "Validation" in result.text


@pytest.mark.parametrize(("text", "gone"), [
    ('  File "C:\\Users\\r.obave\\src\\fennel-export\\export_batches.py", line 212', "r.obave"),
    ("cd /home/kmuchui/projects && make", "kmuchui"),
    ("+44 1698 330 415 | Teams: lzuberek\n", "lzuberek"),
])
def test_a_home_folder_and_a_chat_account_name_a_log_in(text, gone):
    assert gone not in anonymise_text(text).text


@pytest.mark.parametrize("text", ["C:\\Users\\Public\\Documents\\report.pdf", "We discussed it in Teams: everyone agreed."])
def test_shared_folders_and_words_after_a_chat_tool_are_no_log_ins(text):
    assert all(f.recogniser != "handle" for f in anonymise_text(text).findings)


def test_a_lower_case_value_in_quotes_is_a_setting_not_a_person():
    text = '  args: ["--mode", "stella", "--queue", "ebr.events"]\n  env: {"tier": "luna"}\n'
    assert anonymise_text(text).text == text


def test_a_mention_with_hyphens_goes_and_so_does_the_handle_written_without_its_at():
    text = "Reviewers: @tkowalczuk approved\nAssignees: @sana-rahimi-qc\n\n    sana-rahimi-qc replied\n    good shout"
    result = anonymise_text(text)
    assert "sana-rahimi" not in result.text and "rahimi-qc" not in result.text


def test_an_email_address_with_hyphens_is_no_mention():
    result = anonymise_text("write to ops@north-bay.example.com today")
    assert all(f.recogniser != "handle" for f in result.findings)


def test_chat_member_ids_in_an_export_go():
    text = '{"user": "U04RZ7K1QDL", "reactions": [{"users": ["U05A3MPX2TT"]}], "text": "<@U02HH8WQ0NB> done"}'
    result = anonymise_text(text)
    assert not any(code in result.text for code in ("U04RZ7K1QDL", "U05A3MPX2TT", "U02HH8WQ0NB"))


@pytest.mark.parametrize("text", ["UNIVERSITY OF LEEDS", "serial U12345678 on the plate", "WESTMINSTER"])
def test_capitals_and_numbers_that_are_no_member_ids_stay(text):
    assert all(f.recogniser != "handle" for f in anonymise_text(text).findings)


@pytest.mark.parametrize(("text", "account"), [
    ('3.4 Benutzerverwaltung: Konten "bl_service" und "rkt_qa_sat" angelegt', "rkt_qa_sat"),
    ('Default "ADMIN" and "TORVEKI" account exist.', "TORVEKI"),
    ('the HMI uses one login "wsg4" for all operators', "wsg4"),
])
def test_an_account_named_in_quotes_beside_its_word_goes(text, account):
    assert f'"{account}"' not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    'the "QCLAB" account, the "ENGINEER" account, login "operator1", user "AVI_ENG", the "Admin" account',
    'action="ssl-login-fail" user="x"',
])
def test_shared_role_accounts_and_keys_of_a_log_line_stay(text):
    assert all(f.recogniser != "handle" for f in anonymise_text(text).findings)
