"""People and contacts in what partners abroad send: the words of a German, French, Spanish or Polish letter, e-mail
header and form that are nobody's name; a Chinese, Japanese or Korean name beside its Latin spelling or before its
form of address; French hyphened initials before a surname in capitals, Spain's "M.ª"; a number after "Tel. directo".
(Invented names.)"""
import pytest

from anonymiser import anonymise_text


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category in ("person", "name")]


def _contacts(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "contact"]


GERMAN_HEADER = ("Von: Ortrud Wenzelmann <o.wenzelmann@example.de>\nGesendet: Donnerstag, 6. Februar 2025 09:12\n"
                 "An: Gwendal Kerbrat <g.kerbrat@example.fr>\nBetreff: AW: Angebot Protokoll\n\nHallo,\n")


def test_a_german_mail_headers_labels_and_weekday_are_no_names() -> None:
    people = _people(GERMAN_HEADER)
    assert "Ortrud Wenzelmann" in people and "Gwendal Kerbrat" in people
    assert not {"Von", "Gesendet", "An", "Betreff", "Donnerstag", "Angebot", "Protokoll"} & set(people)


@pytest.mark.parametrize("text, words", [
    ("Sitz der Gesellschaft: Lahnstein | Registergericht: Amtsgericht Koblenz\nGeschäftsführer: Dr. Ortrud Wenzelmann\n",
     {"Sitz der Gesellschaft", "Registergericht", "Geschäftsführer"}),
    ("Mit freundlichen Grüßen / Kind regards\n\ni.A. Ortrud Wenzelmann\nProjektassistenz Vertrieb\n",
     {"Mit", "Grüßen", "Projektassistenz Vertrieb"}),
    ("Firma / Company: Drevenack AG\nPrüfpunkt / Test item: Korrektur, Nachtest beim SAT (Zeuge: Ms Osterkamp)\n",
     {"Firma", "Prüfpunkt", "Korrektur", "Nachtest", "Zeuge"}),
    ("Objet : Réponse au rapport\nTél. : 04 72 18 36 90\nCordialement,\nGwendal KERBRAT\nPharmacien Responsable Intérimaire\n",
     {"Objet", "Réponse", "Tél", "Cordialement", "Pharmacien Responsable Intérimaire"}),
    ("Nuestra Directora Técnica, Dña. Leocadia Ibarrola, revisará el albarán.\nAtentamente,\n",
     {"Directora Técnica", "Dña", "Atentamente"}),
    ("RAPORT Z URUCHOMIENIA / COMMISSIONING REPORT\nSporządził / Prepared by: Baumgärtel\n",
     {"Z URUCHOMIENIA", "Sporządził"}),
    ("SAS au capital de 50 000 € - SIRET 123 456 789 00012\n", {"SIRET"}),
    ("Warehouse 3, P.O. Box 5521, Sharjah\n", {"P.O. Box"}),
    ("For Drevenack Pharma Limited\n(Sd/-)\nRegd. Office: Plot 9, Hyderabad\n", {"Sd", "Regd"}),
    ("Items: Gefriertrocknerbeladung (freeze dryer loading), Zulassung (licence).\n", {"Gefriertrocknerbeladung", "Zulassung"}),
    ("Maschinen-Nr. 24-0093, Kunden-Bestell-Nr. 4471\n", {"Maschinen-Nr", "Kunden-Bestell-Nr"}),
])
def test_words_of_a_letter_or_form_abroad_are_no_names(text: str, words: set[str]) -> None:
    assert not words & set(_people(text))


@pytest.mark.parametrize("text, name", [
    ("Thanks to Frieda Hartung for the tour.", "Frieda Hartung"),  # a short name with a German noun's ending
    ("Jorinde van Haesendonck will chair.", "Jorinde van Haesendonck"),
    ("De Haesendonck: I agree with the plan.\nDe Haesendonck: and the dates.\n", "De Haesendonck"),
])
def test_names_beside_the_words_abroad_are_still_found(text: str, name: str) -> None:
    assert any(name in found for found in _people(text))


@pytest.mark.parametrize("text, name", [
    ("ZHOU Yiming 周一鸣 | Mob: +86 139 0000 0000\n", "周一鸣"),
    ("our QA (Mr. Bong Ha-neul, 봉하늘 과장) reviewed it", "봉하늘"),
    ("봉하늘 | Ha-neul Bong\nSenior Manager\n", "봉하늘"),
    ("- 沈工 (Shen gong) raised the point about the template", "沈"),
    ("Thanks to 柴崎さん for the data.", "柴崎"),
    ("확인 부탁드립니다. 탁은별님께 전달했습니다.", "탁은별"),
])
def test_a_chinese_japanese_or_korean_name_beside_its_latin_spelling_or_before_its_address_is_a_person(
        text: str, name: str) -> None:
    assert any(name in found for found in _people(text))  # (alone, or one span with the Latin name beside it)


@pytest.mark.parametrize("text", [
    "会议纪要 / MINUTES OF MEETING\n",
    "工作总结见附件。总部在北京。",
    "お客様のご要望により変更しました。",
    "ZHOU Yiming 经理 approved it.",
    "고객님께 감사드립니다. 사장님이 오셨습니다.",
])
def test_words_in_those_scripts_that_name_no_one_stay(text: str) -> None:
    assert not [p for p in _people(text) if not p.isascii()]


@pytest.mark.parametrize("text, name", [
    ("Cordialement,\np.o. J.-Y. LE BRAZIDEC\n", "J.-Y. LE BRAZIDEC"),
    ("Signed: A. VAN DER BERG", "A. VAN DER BERG"),
    ("c.c.: M.ª L. Arrieta (Calidad)", "M.a L. Arrieta"),  # (NFKC writes "M.ª" as "M.a")
])
def test_initials_abroad_before_a_surname_are_a_person(text: str, name: str) -> None:
    assert name in _people(text)


@pytest.mark.parametrize("text, number", [
    ("fjortega@example.es · Tel. directo 963 41 27 55", "963 41 27 55"),
    ("Tél. direct 04 72 18 36 90", "04 72 18 36 90"),
])
def test_a_number_after_a_telephones_word_and_its_line_kind_abroad_is_a_contact(text: str, number: str) -> None:
    assert number in _contacts(text)


def test_a_messenger_named_as_a_contacts_channel_is_no_product_or_name() -> None:
    text = "T. +82-32-850-0000 | KakaoTalk: hn_bong | WeChat ID: gym_2025\n"
    result = anonymise_text(text)
    assert not [f for f in result.findings if f.original in ("KakaoTalk", "WeChat")]


def test_the_words_of_spanish_minutes_and_letters_are_no_names_and_the_person_still_is() -> None:
    text = ("ACTA DE REUNIÓN\nFecha: 12 de marzo. Redacta: Ing. Lucía Ferragudo (Directora de Operaciones)\n"
            "Acción | Responsable | Fecha\nQuedamos atentos. Nota: el Presupuesto incluye la Garantía.\n")
    result = anonymise_text(text)
    assert [f.original for f in result.findings if f.category in ("person", "name")] == ["Lucía Ferragudo"]


@pytest.mark.parametrize(("text", "name"), [
    ("Dr. Freitag approved the protocol.", "Freitag"),
    ("Meeting with Anna Sonntag and Jan Montag.", "Sonntag"),
    ("Meeting with Anna Sonntag and Jan Montag.", "Montag"),
    ("Sra. Abril and Dr. Maggio signed.", "Abril"),
    ("Sra. Abril and Dr. Maggio signed.", "Maggio"),
])
def test_a_surname_that_is_a_weekday_or_a_month_abroad_is_still_redacted(text: str, name: str) -> None:
    assert name not in anonymise_text(text).text


@pytest.mark.parametrize(("text", "kept"), [
    ("白班工人8名，夏季工况稳定。", "夏季工况"),
    ("高温工况下，金属工件需检测。", "金属工件"),
    ("皆様、仕様書は同様に申請様式で。", "仕様書は同様に申請様式"),
    ("申請者氏名：担当者様", "申請者氏名"),
    ("사용자님께 신청자님 제조팀 팀장", "사용자님께 신청자님 제조팀"),
    ("Prepared by: ZHOU Yiming 日期: 2024-03-01", "日期:"),
])
def test_ordinary_words_of_chinese_japanese_and_korean_text_are_no_names(text: str, kept: str) -> None:
    assert kept in anonymise_text(text).text


def test_a_weekday_beside_a_dates_digits_is_no_name_though_the_same_word_is_a_surname_elsewhere() -> None:
    redacted = anonymise_text("Dr. Freitag signed on Freitag, 14.03.2025.\n").text
    assert "Dr. Freitag" not in redacted and "on Freitag," in redacted
