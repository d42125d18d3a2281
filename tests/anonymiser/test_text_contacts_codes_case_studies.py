"""Contact pads, tech-transfer documents and case studies: what is no one's name there (weekdays before a date, an
abbreviation the text spells out, a note in a column of people, the end of a press release), and what names a
partner or a code (a vendor by its first word, a fund or a programme, a number cut short or cited by its last
part). (Names and codes here are invented for the tests.)"""
from __future__ import annotations

import pytest

from anonymiser import anonymise_text
from anonymiser.text.spelled_abbreviations import abbreviations_spelled_out


def _found(text: str, category: str | None = None) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if category is None or f.category == category]


def _redacted(text: str) -> str:
    return anonymise_text(text).text


# --- weekdays, headings and ends that are no one's initials ------------------------------------------------

def test_a_weekday_cut_short_before_a_date_is_no_ones_initials() -> None:
    text = ("Messages, w/c 4 March 2024\n\n"
            "MON 04/03 09:12   FOR: Ifor Branwallt\n  Call back on ext 22.      taken: QZ\n\n"
            "TUE 05/03 08:55   FOR: anyone\n  Left a message.      taken: QZ\n\n"
            "WED 06/03 10:05   FOR: Ifor Branwallt\n  Rang again.      taken: VX\n")
    found = _found(text, "person")
    assert not {"MON", "TUE", "WED"} & set(found)
    assert "QZ" in found and "VX" in found  # (a message pad's "taken:" signs it)


def test_initials_beside_a_date_elsewhere_still_go() -> None:
    assert "QZ" in _found("Checked by QZ 04/03/2024, no issues.\nQZ to file the record.", "person")


@pytest.mark.parametrize("text", [
    "Media contact: press@vantorell-sterile.co.uk\n\nENDS\n",
    "INTERVIEWER: Thank you, that is all.\n\n[END - 00:41:07]\nTranscriber's note: none.\n",
])
def test_the_end_of_a_press_release_or_a_transcript_is_no_one(text: str) -> None:
    assert not {"END", "ENDS"} & set(_found(text))


def test_an_initial_after_a_degree_sign_is_the_temperatures_unit() -> None:
    text = "Allowed up to 72 h at <= 25 °C. Lot QXV24K031 had 9 h already; Lot QXV24K032 none."
    found = _found(text)
    assert "C. Lot" not in found and "Lot" not in found
    assert "QXV24K031" in found


# --- abbreviations a text spells out --------------------------------------------------------------------

TRANSFER = ("This protocol moves the blend from the sending unit (SU, Harrowdrift) to the receiving unit (RU, "
            "Quendell). The first RU batches use lot QF-API-24-0661.\n\n"
            "RESPONSIBILITIES\nSU technical lead: Dr Teilo Tenwick\nSU QA: Marisette Quendry-Vance\n"
            "RU site lead: Tobren Pravell\n")


def test_capitals_introduced_after_the_words_they_spell_are_no_ones_initials() -> None:
    assert abbreviations_spelled_out(TRANSFER) >= {"SU", "RU"}
    found = _found(TRANSFER, "person")
    assert not {"RU", "SU", "SU QA"} & set(found)
    assert "Teilo Tenwick" in found and "Tobren Pravell" in found


def test_a_trade_abbreviation_is_no_ones_initials_where_its_words_are_written() -> None:
    text = ("| Code     | Form                          | Status       |\n"
            "| QX-4471  | Tosylate salt, drug substance | CURRENT (DS) |\n"
            "| QX-4472  | 25 mg tablet                  | CURRENT (DS) |\n")
    assert "DS" in abbreviations_spelled_out(text)
    assert "DS" not in _found(text, "person")


@pytest.mark.parametrize("text", [
    "Notes: DS to chase the courier. DS and KO to agree the plan.",   # no "drug substance": anyone's initials
    "Reviewed with Derryth Quennelby (DQ). DQ to issue the report.",     # a person's own, introduced after the name
])
def test_initials_no_words_spell_stay_someones(text: str) -> None:
    assert abbreviations_spelled_out(text).isdisjoint({"DS", "DQ"})


def test_a_label_in_capitals_ending_in_a_trade_acronym_is_a_field_not_a_speaker() -> None:
    found = _found("KX QA: Marisette Quendry-Vance\nYSOLDE PRATHWICK: I agree with that.\n", "person")
    assert "KX QA" not in found
    assert "YSOLDE PRATHWICK" in found


# --- columns of people ------------------------------------------------------------------------------------

QA_LOG = ("#   | Time  | Asker                  | Question / Answer\n"
          "----|-------|------------------------|-----------------------------\n"
          "1   | 12:41 | Dr Tobren Wrenlow      | Is it a product?\n"
          "    |       | A (Inesa, live)        | In-house name. Happy\n"
          "    |       |                        | to introduce.\n"
          "2   | 12:44 | Anonymous attendee     | How many cycles?\n"
          "3   | 12:47 | Ms Ottoline Brascombe  | Did the inspector accept it?\n"
          "4   | 12:52 | Mr Zuleika Kellowbrin  | What did it cost?\n")


def test_a_row_led_by_an_empty_cell_keeps_its_columns_and_a_note_is_no_person() -> None:
    found = _found(QA_LOG, "person")
    assert not {"to introduce.", "Anonymous attendee", "In-house name. Happy"} & set(found)
    assert {"Tobren Wrenlow", "Ottoline Brascombe", "Zuleika Kellowbrin"} <= set(found)


# --- partners in case studies ---------------------------------------------------------------------------------

def test_a_vendor_named_by_a_coined_word_is_that_vendor_by_its_first_word_alone() -> None:
    text = ("The model was built with Astrolabe Process Modelling. Rework by Astrolabe is due in May, "
            "and Astrolabe will reassign the modeller if we pause.")
    assert "Astrolabe" not in _redacted(text)
    assert {"Astrolabe Process Modelling", "Astrolabe"} <= set(_found(text, "organisation"))


def test_a_vendors_dictionary_word_is_taken_alone_only_where_the_text_never_writes_it_as_a_word() -> None:
    kept = _redacted("We hired Astrolabe Process Analytics for the twin. The astrolabe on the skid is lit; "
                     "Astrolabe will support it.")
    assert "astrolabe on the skid" in kept


@pytest.mark.parametrize("text, kept", [
    ("Project: QUARRELBY - Effluent Treatment Automation Upgrade. Effluent volumes fell.", "Effluent volumes fell"),
    ("Levels in Automation, Instrumentation and Pharmaceutical Manufacturing. Year 3 Instrumentation.",
     "Year 3 Instrumentation"),
])
def test_a_headings_first_word_is_no_company_alone(text: str, kept: str) -> None:
    assert kept in _redacted(text)


@pytest.mark.parametrize("text, name", [
    ("Funding: £4.5 million from the New Tamsett Advanced Manufacturing Fund; the rest from us.",
     "New Tamsett Advanced Manufacturing Fund"),
    ("Total spend £690k, including £210k from the Wenstroud Life Sciences Growth Fund.",
     "Wenstroud Life Sciences Growth Fund"),
    ("Part-funded by the Kerrowmaen Manufacturing Innovation Programme.", "Kerrowmaen Manufacturing Innovation Programme"),
])
def test_funds_and_programmes_of_a_place_or_a_coined_name_are_organisations(text: str, name: str) -> None:
    assert name in _found(text, "organisation")


def test_a_companys_own_programme_of_everyday_words_is_kept() -> None:
    assert "Digital Transformation Programme" in _redacted("The Digital Transformation Programme ran late.")


# --- codes cut short or cited by their last part -------------------------------------------------------------

def test_a_number_cut_short_after_an_ellipsis_is_an_identifier() -> None:
    assert "047219" in _found("Lot QXV24K032 was on pallet ...047219 with no excursion.", "identifier")


def test_an_ellipsis_before_a_year_is_no_identifier() -> None:
    assert _found("Sales rose from 2019 ...2024 as planned.", "identifier") == []


def test_a_conference_abstracts_number_is_an_identifier() -> None:
    assert "P-204" in _found("Abstract P-204 — Session 4B: Process Analytical Technology", "identifier")


def test_a_codes_last_part_cited_alone_is_that_code() -> None:
    text = ("The drums carry batch QX-INT-24-1187, but the CoA says QX-INT-24-1178. WMS has booked them "
            "against 1178 and we moved 1178 kg.")
    result = anonymise_text(text)
    assert "against 1178" not in result.text
    assert [f.category for f in result.findings if f.original == "1178 kg"] == ["quantity"]  # (a weight stays a weight)


def test_a_codes_last_part_that_is_a_year_is_not_taught() -> None:
    assert "in 2024 we" in _redacted("Batch QX-LOT-24-2024 was released; in 2024 we made nine.")


def test_a_project_close_out_report_heading_is_no_project() -> None:
    assert "PROJECT CLOSE-OUT REPORT" in _redacted("QUARRY PHARMA LIMITED — PROJECT CLOSE-OUT REPORT\nProject: Project Gannetby\n")


@pytest.mark.parametrize("text, name", [
    ("SHANGHAI QUANFENG PHARMACEUTICAL MACHINERY CO., LTD.\nBooth 4F21", "SHANGHAI QUANFENG PHARMACEUTICAL MACHINERY CO., LTD."),
    ("QASRAWEN PHARMA PROJECTS FZ-LLC  -  Jebel Ali", "QASRAWEN PHARMA PROJECTS FZ-LLC"),
    ("VARROWBY ENGINEERING PTE LTD\nProject Engineer", "VARROWBY ENGINEERING PTE LTD"),
])
def test_a_company_in_capitals_with_a_legal_suffix_from_abroad_is_found_whole(text: str, name: str) -> None:
    assert name in _found(text, "organisation")


def test_a_surname_spelled_like_a_weekday_is_still_a_person_beside_a_count() -> None:
    redacted = anonymise_text("Contact Wei Sun on 07700 900123. Sun 4 samples were late. Sun confirmed.").text
    assert "Sun" not in redacted


def test_a_trade_abbreviations_initials_acting_in_an_action_log_are_still_a_person() -> None:
    text = ("Action log\nDS to chase the courier. OB to file it.\n"
            "The drug substance and drug product specs are attached.\n")
    assert "DS" in _found(text, "person")


def test_an_abbreviation_introduced_in_brackets_never_acts_as_a_person() -> None:
    text = "The receiving unit (RU) signs the protocol.\nRU to approve the transfer plan.\n"
    assert "RU" not in _found(text, "person")


def test_a_codes_last_digits_that_measure_or_number_a_page_elsewhere_stay() -> None:
    redacted = anonymise_text("Lot QX-LOT-24-3391 released. Then 3391 mL used. Order PO-EU-25-1044 on page 1044.").text
    assert "3391 mL used" in redacted and "page 1044" in redacted
