"""People in registers and forms printed in capitals, surname first, and in scanned text. (Invented names.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.recognisers.person import name_initials
from anonymiser.text.recognisers.registry import get


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category in ("person", "name")]


def test_a_surname_in_capitals_and_a_given_name_before_the_next_column_is_a_person() -> None:
    text = "Candidate: BRANNAGH, Eluned        Student no.: 2019-1"
    assert "BRANNAGH, Eluned" in _people(text)


def test_a_given_name_with_its_second_part_in_lower_case_after_a_surname_in_capitals_is_a_person() -> None:
    assert "BRANNAGH, Hye-rin" in _people("Candidate: BRANNAGH, Hye-rin\nDegree: EngD")


def test_in_a_register_a_given_name_that_is_a_word_after_a_surname_in_capitals_is_a_person() -> None:
    text = ("16/09  KESTELL, Percival     MECH   03:10\n"
            "16/09  MARWICK, Fin        ELEC   04:00\n"
            "16/09  VARRICK, Eluned     ELEC   04:20\n")
    assert "MARWICK, Fin" in _people(text)


def test_out_of_a_register_a_word_after_a_word_in_capitals_is_no_one() -> None:
    assert _people("CAUTION, Wet floor near the airlock") == []
    assert _people("16/09  MARWICK, Fin        ELEC   04:00\n") == []


@pytest.mark.parametrize("row", ["NOTE, Leeds      see below", "TBC, Please      see below"])
def test_in_a_register_a_word_of_a_form_or_a_place_is_no_one(row: str) -> None:
    text = ("KESTELL, Percival     MECH\n"
            "VARRICK, Eluned       ELEC\n" + row)
    assert not any(word in " ".join(_people(text)) for word in ("Leeds", "Please", "NOTE", "TBC"))


@pytest.mark.parametrize(("text", "name"), [
    ("Owner: MARWICK, R.", "MARWICK, R."),
    ("Performed by: KESTELL I.J.   Date: 12/03/24", "KESTELL I.J."),
    ("Line clearance by R. MARWICK and checked", "R. MARWICK"),
    ("Signed off: E.J. PRYNNE-VARRICK", "E.J. PRYNNE-VARRICK"),
    ("Contact O'BRANNAGH, R. for access", "O'BRANNAGH, R."),
    ("1.2\tDR. M. KESTELL\tiPad-04", "DR. M. KESTELL"),
])
def test_a_surname_in_capitals_with_its_initials_is_a_person(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text", [
    "Complies with GMP A. as written",
    "SEE A.B. for the drawing",
    "Approved by the U.S. FDA in May",
    "TABLE B. shows the limits",
    "MODULO TECNICO N. 4471",
    "P.IVA 01234567890 on the invoice",
])
def test_words_acronyms_and_numbers_beside_initials_are_no_one(text: str) -> None:
    assert [f.original for f in anonymise_text(text).findings if f.category == "person"] == []


@pytest.mark.parametrize(("text", "gone"), [
    ("Visitor: Mrs Varr ick (QA)", ("Varr", "ick")),
    ("| 2/5 | Dr Ilsw orth | V11 |", ("Ilsw", "orth")),
    ("Comments to Eluned Brann\n agh please", ("Brann", "agh")),
    ("Signed: Evander Varr-\nick, QA", ("Varr", "ick")),
])
def test_a_surname_split_by_a_stray_space_or_a_line_break_after_a_title_or_given_name_is_a_person(
        text: str, gone: tuple[str, str]) -> None:
    redacted = anonymise_text(text).text
    assert not any(part in redacted for part in gone)


def test_a_given_name_split_by_a_stray_space_whose_head_is_a_word_is_joined() -> None:
    assert "garet" not in anonymise_text("| 2/5 | Mar garet Varrick | QA |").text


@pytest.mark.parametrize("text", [
    "Kontakt dostawcy: pon-pt", "Veuillez trouver ci-joint", "Titrators: Karl Fischer titra tors", "It was in the Bran nagh"])
def test_words_of_other_languages_and_words_split_after_no_name_are_not_joined_into_a_name(text: str) -> None:
    assert list(get("ocr_name").find(Document(text))) == []


@pytest.mark.parametrize("text", ["Dr. lsolde Varrick visited", "| 29/4 | ln-Hye Varrick | V11 |"])
def test_a_lower_case_l_read_for_a_capital_i_leading_a_name_is_read_as_printed(text: str) -> None:
    redacted = anonymise_text(text).text
    assert "lsolde" not in redacted and "ln-Hye" not in redacted


@pytest.mark.parametrize("text", ["run ldifde -f users.ldf", "load of 12 lbs at 40 lx"])
def test_a_word_led_by_l_and_a_consonant_in_no_name_shape_is_left(text: str) -> None:
    assert anonymise_text(text).text == text


def test_a_misread_name_on_the_first_line_of_a_text_is_read_as_printed() -> None:
    assert "0ck" not in anonymise_text("Engineer: Evander Varr0ck\nDate: 07/03/24").text


@pytest.mark.parametrize("label", ["PRINT NAME", "SHIFT LEAD", "WORK ORDER"])
def test_a_forms_field_in_capitals_before_a_colon_is_no_speaker(label: str) -> None:
    assert label not in _people(f"{label}: ISOLDE VARRICK\nDATE: 12/03/24")


def test_a_speaker_in_capitals_with_a_given_name_is_still_a_person() -> None:
    assert "PERCIVAL STONE" not in anonymise_text("PERCIVAL STONE: we ran it twice.\nINTERVIEWER: why?").text


def test_a_name_in_capitals_ends_at_the_gap_before_a_forms_next_column() -> None:
    assert "ELUNED KESTELL" in _people("PRINT NAME: ELUNED KESTELL  SIGNATURE: [signed]")
    assert "SIGNATURE" in anonymise_text("PRINT NAME: ELUNED KESTELL  SIGNATURE: [signed]").text


def test_a_name_in_capitals_leaves_the_verb_and_words_after_it() -> None:
    text = "ISOLDE VARRICK ATTENDED THE BRIEFING"
    assert "ATTENDED" in anonymise_text(text).text and "VARRICK" not in anonymise_text(text).text


@pytest.mark.parametrize(("text", "gone"), [
    ("Spoke to eluned varrick re the CAPA, she agreed.", "eluned varrick"),
    ("Chat 09:14 Please address it to dr kestell before Friday.", "kestell"),
])
def test_a_name_in_lower_case_in_a_cased_note_is_a_person(text: str, gone: str) -> None:
    assert gone not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    "Run the isolde varrick.py script on the server.",
    "Met with mark and will re the spares.",
    "Signed by Prof. dr hab. Zarembska for the institute.",
    "Open it in ms excel and save.",
])
def test_code_words_and_abbreviations_in_lower_case_are_no_name(text: str) -> None:
    assert [f.original for f in anonymise_text(text).findings if f.recogniser == "spoken_name"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Verified: EVANDER BAKER 12/3", "EVANDER BAKER"),
    ("PLEASE ASK ISOLDE KESTELL TO SIGN", "ISOLDE KESTELL"),
    ("| 12/03 | PERCIVAL KESTELL-VARRICK | QA |", "PERCIVAL KESTELL-VARRICK"),
])
def test_a_known_given_name_and_a_surname_in_capitals_is_a_person(text: str, name: str) -> None:
    assert name not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    "WILL STONE BE USED FOR THE FLOOR?",
    "I'M ON LEAVE NEXT WEEK, EVANDER COVERS.",
    "AVI RZE >= MANUAL RZE",
    "BOOKED: VARRICK/EVANDER MR",
])
def test_a_word_name_a_verb_a_code_or_a_title_in_capitals_makes_no_full_name(text: str) -> None:
    assert [f.original for f in anonymise_text(text).findings
            if f.reason == "Known given name and surname in capitals"] == []


def test_an_initial_without_its_full_stop_before_a_surname_in_capitals_is_a_person() -> None:
    assert "VARRICK" not in anonymise_text("[STAMP: RECEIVED 12 MAR 2024 - QA - H VARRICK]").text


@pytest.mark.parametrize("text", ["ZONE B VALVE SHUT", "SEE A FLANGE NOTE"])
def test_a_letter_before_a_word_in_capitals_is_no_initial(text: str) -> None:
    assert [f for f in anonymise_text(text).findings if f.reason == "Surname in capitals with initials"] == []


def test_a_travellers_name_in_a_booking_takes_the_title_printed_with_it() -> None:
    assert "VARRICK/ISOLDE MS" in _people("Booker: VARRICK/ISOLDE MS   Ref: 77")


@pytest.mark.parametrize(("text", "misread"), [
    ("Operator: WiIliam Varrick, shift B", "WiIliam"),
    ("Operator: PhiIippa Varrick, shift B", "PhiIippa"),
    ("Operator: Sarnantha Varrick, shift B", "Sarnantha"),
])
def test_a_given_name_with_an_l_read_as_i_or_an_m_read_as_rn_is_read_as_printed(text: str, misread: str) -> None:
    assert misread not in anonymise_text(text).text


@pytest.mark.parametrize("text", ["See LinkedIn, NodeId and WhatIf in the export.", "Fernando Kestell met Bjorn."])
def test_camel_case_and_names_with_rn_are_left_as_written(text: str) -> None:
    reading_findings = [f for f in anonymise_text(text).findings if f.recogniser == "ocr_name"]
    assert reading_findings == []


@pytest.mark.parametrize(("text", "name"), [
    ("RUN BY: VARRICK, EVANDER (TRAINING LEAD)", "VARRICK, EVANDER"),
    ("NÍ KESTELL, ISOLDE         H05301   C", "NÍ KESTELL, ISOLDE"),
    ("3. KESTELL-VARRICK, ELUNED – SOP EXPIRED", "KESTELL-VARRICK, ELUNED"),
])
def test_a_surname_and_a_known_given_name_all_in_capitals_is_a_person(text: str, name: str) -> None:
    assert name in _people(text)


def test_in_a_register_in_capitals_a_given_name_no_list_holds_is_a_person() -> None:
    text = "VARRICK, EVANDER     H1\nKESTELL, ISOLDE     H2\nBRANNAGH, TORVELLO     H3\n"
    assert "BRANNAGH, TORVELLO" in _people(text)


@pytest.mark.parametrize("text", ["NOTE, PLEASE READ THE SOP", "IN LEEDS, UK.", "WARNING, HOT SURFACE",
                                  "SEARCHED: EPODIX, INSPAC AND WPX"])
def test_words_and_abbreviations_in_capitals_around_a_comma_are_no_one(text: str) -> None:
    assert [f for f in anonymise_text(text).findings if f.reason == "Surname and given name in capitals"] == []


def test_surnames_in_capitals_with_undotted_initials_in_a_list_are_people() -> None:
    text = "SOP-1 - TRAINER HC - VARRICK-KESTELL B, BRANNAGH A (12-JUN-2025), ILSWORTH S L"
    redacted = anonymise_text(text).text
    assert not any(name in redacted for name in ("VARRICK", "BRANNAGH", "ILSWORTH"))


@pytest.mark.parametrize("text", ["ZONE B, GRADE A, ROOM C", "IN SUITE B (ISOLATOR)"])
def test_words_in_capitals_with_a_letter_after_them_are_no_one(text: str) -> None:
    assert anonymise_text(text).text == text


def test_id_is_a_forms_word_not_initials_learned_from_a_name() -> None:
    text = "RUN BY: DUNVARRE, ISOLDE (CO-ORDINATOR)\nREPORT ID: LMS-77\n"
    assert "REPORT ID" in anonymise_text(text).text


def test_a_surname_first_name_takes_the_title_a_register_prints_after_it_in_brackets() -> None:
    text = "| 5 | QA approver | Kestell, Isolde (Dr) | Approved |"
    assert "Kestell, Isolde (Dr)" in _people(text)
    assert "(QA)" in anonymise_text("Cc: Kestell, Isolde (QA)").text


@pytest.mark.parametrize("row, name", [
    ("| Quality Assurance | DE LA VORRA, Ysmeni | 05-Sep-2025 |", "DE LA VORRA, Ysmeni"),
    ("| Engineering | van der Pellorin, Anna | 03-Sep-2025 |", "van der Pellorin, Anna"),
])
def test_a_surname_first_with_its_particles_is_one_name(row: str, name: str) -> None:
    result = anonymise_text(row + "\n")
    assert [f.original for f in result.findings if f.category == "person"] == [name]


def test_a_particle_printed_in_capitals_inside_a_name_gives_no_initial() -> None:
    assert name_initials("Ysmeni DE LA VORRA") == name_initials("Ysmeni de la Vorra") == "YV"
    assert name_initials("AL PELLORIN") == "AP"  # (a given name that is a particle's word, first)


@pytest.mark.parametrize("row", [" 6  VAN DER QUELLBORNE, Ysolde      E10711    Upstream   N",
                                 " 2  MAC AN BRANNOCH, Ysolde          E10518    QA         Y",
                                 "* DE LA QUELLBORNE, Ysolde - to attend session 4"])
def test_a_surname_in_capitals_keeps_its_particles_in_capitals(row: str) -> None:
    redacted = anonymise_text(row).text
    assert not any(word in redacted for word in ("VAN", "DER", "MAC AN", "DE LA", "QUELLBORNE", "BRANNOCH", "Ysolde"))
