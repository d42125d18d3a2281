"""Lines in another language: their capitalised words are words of that language, not names; the
people in them and in the English notes around them are still found. (Invented names.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.languages import ForeignLines
from anonymiser.text.recognisers.surname_first import RECOGNISER as SURNAME_FIRST

REPORT = (
    "ABNAHMEPROTOKOLL / FACTORY ACCEPTANCE TEST REPORT\n"
    "Projekt: Kranich (Serialisierung + Aggregation, Linie 3)\n"
    "3.1 Dauerlauf mit 2.400 Faltschachteln und 48 Bündel: bestanden.\n"
    "3.2 Rückmeldung der Seriennummern an das System: 11 Nachrichten ohne Quittung.\n"
    "Herr Weißenrode bittet um Bereitstellung einer Kopie der Spezifikation.\n"
    "Frau Förmel weist darauf hin, dass die Kalibrierzertifikate der Prüfkamera beigefügt sind.\n"
    "{TN: Mr Weißenrode is the project manager; the engineer's name is Ottokar Brenzwick.}\n"
)


def test_a_line_with_small_words_of_another_language_is_foreign_and_an_english_line_is_not() -> None:
    lines = ForeignLines(REPORT, REPORT.lower())
    offset = REPORT.index
    assert lines.in_foreign(offset("Dauerlauf")) and lines.in_foreign(offset("Bereitstellung"))
    assert not lines.in_foreign(offset("TN:"))


def test_a_line_with_one_small_word_of_another_language_has_one_but_is_not_foreign() -> None:
    text = "Status: zgoda na release\nPO 4500123 raised for the line\nthe batch was fine"
    lines = ForeignLines(text, text.lower())
    assert lines.has_small_word(text.index("zgoda")) and not lines.in_foreign(text.index("zgoda"))
    assert not lines.has_small_word(text.index("raised"))  # ("PO" in capitals is a purchase order)
    assert not lines.has_small_word(text.index("batch"))


def test_a_heading_without_small_words_is_foreign_in_a_text_mostly_in_another_language() -> None:
    lines = ForeignLines(REPORT, REPORT.lower())
    assert lines.in_foreign(REPORT.index("Projekt"))


@pytest.mark.parametrize("word", ["Dauerlauf", "Faltschachteln", "Rückmeldung", "Nachrichten", "Bereitstellung",
                                  "Kalibrierzertifikate", "Serialisierung"])
def test_nouns_of_a_german_report_are_no_names(word: str) -> None:
    assert word in anonymise_text(REPORT).text


@pytest.mark.parametrize("name", ["Weißenrode", "Förmel", "Brenzwick"])
def test_people_of_a_german_report_and_its_translator_notes_are_found(name: str) -> None:
    assert name not in anonymise_text(REPORT).text


@pytest.mark.parametrize("text", [
    "Proszę o potwierdzenie, że serwer obsługuje UTF-8 i że nie będzie przerwy.\n",
    "Veuillez agréer nos salutations; les Coordonnées bancaires sont dans la facture.\n",
    "Beidh dhá líne phacála ag obair faoi Mheitheamh agus tá an t-inneall réidh.\n",
])
def test_sentences_in_other_languages_leave_their_capitalised_words(text: str) -> None:
    assert anonymise_text(text).text == text


@pytest.mark.parametrize(("text", "kept"), [
    ("Kunde / Customer: Popovich Therapeutics Ltd\n", "Kunde"),
    ("1. Teilnehmer / Attendees\n", "Teilnehmer"),
    ("Contact / Contactpersoon: see below\n", "Contactpersoon"),
])
def test_a_label_in_two_languages_is_no_name(text: str, kept: str) -> None:
    assert kept in anonymise_text(text).text


def test_a_name_after_a_slash_in_a_sentence_is_still_a_name() -> None:
    assert "Wrenquist" not in anonymise_text("Photo: Liam Shaw / Wrenquist Studio for the site team.\n").text


@pytest.mark.parametrize("text", [
    "Bishop, Li Na, Hope, Joe Bexley and Ottokar Brenzwick.\n",  # "na" is a name here
    "Unit 9 Gateway Park, Glover Industrial Est., PO Box 1170, B46 1AF\n",
])
def test_an_english_line_with_a_name_particle_or_capitals_is_not_foreign(text: str) -> None:
    assert not ForeignLines(text, text.lower()).in_foreign(0)


@pytest.mark.parametrize(("text", "gone", "kept"), [
    ("Write to Mrs. Rueda today.", "Rueda", "Mrs."), ("I met Mr. Green there.", "Green", "Mr."),
    ("Next: call with Mme Dupimith-Hénault.", "Dupimith", "Mme"), ("Escribe a Sra. Rueda hoy.", "Rueda", "Sra."),
])
def test_a_surname_after_a_title_with_its_full_stop_or_a_title_abroad_is_a_person(text: str, gone: str, kept: str) -> None:
    out = anonymise_text(text).text
    assert gone not in out and kept in out


def test_a_translators_note_mark_is_no_ones_initials_but_a_persons_initials_taught_from_a_name_go() -> None:
    notes = "{TN: German uses a point as the thousands separator.}\n[EN: the firmware update needs IT.]\n"
    assert anonymise_text(notes).text == notes
    assert "EN:" not in anonymise_text("Prepared by Emeka Nwokedi.\nEN: send the plan to the vendor.\n").text


def test_words_of_a_welsh_interview_are_not_read_as_people_by_the_model() -> None:
    text = ("SIWAN: Bore da a chroeso nôl. Gyda fi yn y stiwdio mae Dafydd Llisorel-Hirsch.\n"
            "DAFYDD: Diolch, Siwan. Mae pobl yn poeni bod robotiaid yn cymryd swyddi, ond dyw neb wedi colli swydd.\n"
            "SIWAN: Da iawn. Ac os oes rhywun eisiau gweithio gyda chi?\n")
    assert not [f for f in anonymise_text(text).findings if f.original in {"Gyda", "gyda", "Mae", "Diolch", "Da"}]


@pytest.mark.parametrize(("text", "company"), [
    ("Calderbrook Polska Sp. z o.o., ul. Dostawcza 9, Łódź", "Calderbrook Polska Sp. z o.o."),
    ("Service report by MECCANICA FERRARESI S.r.l. for the blister line", "MECCANICA FERRARESI S.r.l."),
    ("Visit hosted by Hajdu Pharmatech Zrt. in Debrecen", "Hajdu Pharmatech Zrt."),
    ("Quote from Vision Ardennes SARL, valid 30 days", "Vision Ardennes SARL"),
])
def test_a_company_abroad_is_found_with_its_legal_form(text: str, company: str) -> None:
    assert company in [f.original for f in anonymise_text(text).findings]


@pytest.mark.parametrize(("text", "gone"), [
    ("Go to deheubarth.cymru/swyddi or ring the office.", "deheubarth.cymru"),
    ("Spares from www.meccanicaferraresi.it and calderbrook.pl", "calderbrook.pl"),
    ("tel. +48 42 639 11 20 wewn. 214\n", "214"),
    ("Queries: a.foelsch@brueckner-lahm.de, Durchwahl -217\n", "217"),
    ('La VPN non ha funzionato (utente "mferr_remote" bloccato).', "mferr_remote"),
    ("Remote access account mferr_remote was locked.", "mferr_remote"),
])
def test_contacts_abroad_are_found(text: str, gone: str) -> None:
    assert gone not in anonymise_text(text).text


def test_an_account_named_with_words_is_no_one() -> None:
    assert "data_owner" in anonymise_text("The account data_owner holds the table.").text


@pytest.mark.parametrize(("text", "gone"), [
    ("Answered by: MORIKAWA Kenji, Overseas Service Section", "Kenji"),
    ("Interpreter: HOU Mingjie, Silk Route Audit Partners", "HOU"),
    ("Résztvevők: NAGY-TÓTH Balázs, műszaki igazgató", "NAGY-TÓTH"),
])
def test_a_surname_in_capitals_before_a_given_name_is_a_person(text: str, gone: str) -> None:
    assert gone not in anonymise_text(text).text


@pytest.mark.parametrize(("text", "name"), [
    ("Signed for the supplier: Mr. FENG Bo, QA", "FENG Bo"),  # (a given name of two letters)
    ("Checked by: XU Jiayi, Production", "XU Jiayi"),  # (a surname of two letters a dictionary also knows)
])
def test_a_short_surname_or_given_name_of_a_name_written_surname_first_is_read_whole(text: str, name: str) -> None:
    assert [text[s.start:s.end] for s in SURNAME_FIRST.find(Document(text))] == [name]


@pytest.mark.parametrize("text", ["The ISO Standard applies.", "FAO Dawit Haile, Goods In", "See the DRAFT Notes and PASS Rate.",
                                  "The OR Gate and IT Support.", "MA Long term plan"])
def test_an_acronym_a_word_or_a_label_in_capitals_before_a_word_is_no_surname(text: str) -> None:
    assert not [f for f in anonymise_text(text).findings if f.recogniser == "surname_first"]


@pytest.mark.parametrize(("text", "gone", "same"), [
    ("Answered by: Kenji Morikawa (森川 健二), Overseas Service", "森川", "Kenji Morikawa"),
    ("Prepared by Eng. Khalid Al-Zahrani (م. خالد الزهراني)", "خالد", "Khalid Al-Zahrani"),
    ("Supplier: Zhejiang Huaxin Pharma Co., Ltd. (浙江华新康泰药业有限公司)", "浙江", "Zhejiang Huaxin Pharma Co., Ltd."),
])
def test_a_name_written_again_in_another_script_is_the_same_entity(text: str, gone: str, same: str) -> None:
    result = anonymise_text(text)
    assert gone not in result.text
    by_original = {f.original: f.replacement for f in result.findings}
    assert len({by_original[same]} | {r for o, r in by_original.items() if gone in o}) == 1


@pytest.mark.parametrize(("text", "gone", "same"), [
    ("From: 堀内 智也 HORIUCHI Tomoya <t-horiuchi@example.co.jp>", "堀内", "HORIUCHI Tomoya"),
    ("Tested by 检验员: 钱晓梅 (QIAN Xiaomei)    Checked by: QA", "钱晓梅", "QIAN Xiaomei"),
])
def test_a_name_in_another_script_just_before_the_name_found_is_the_same_entity(text: str, gone: str, same: str) -> None:
    result = anonymise_text(text)
    assert gone not in result.text
    persons = {f.replacement for f in result.findings if f.category == "person"}
    assert len(persons) == 1 and any(same in f.original for f in result.findings)


def test_a_label_in_another_script_kept_apart_by_its_colon_stays() -> None:
    assert "检验员:" in anonymise_text("检验员: HORIUCHI Tomoya signed.").text


def test_another_script_in_brackets_after_no_name_stays() -> None:
    text = "The term (复核) can mean a second check."
    assert "复核" in anonymise_text(text).text


def test_each_part_of_a_name_in_another_script_is_that_person_where_it_stands_alone() -> None:
    text = ("Checked by: KITAGAWA Haruna (北川 春菜), Quality Assurance Section\n"
            "[Seal: 金沢精機 品質保証課 – checked 北川]\n")
    result = anonymise_text(text)
    assert "北川" not in result.text
    assert len({f.replacement for f in result.findings if f.category == "person"}) == 1
