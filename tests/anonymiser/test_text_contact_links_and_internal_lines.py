"""Contacts written as a link's target ("mailto:", "tel:", "sip:") and a site's internal line written after its word
("internal 2000", "Internal: 2204"). All names and numbers invented."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _contacts(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "contact"]


@pytest.mark.parametrize(("text", "link"), [
    ("[Jo Okafor](mailto:j.okafor@kelvarro.co.uk)", "mailto:j.okafor@kelvarro.co.uk"),
    ("Write to <mailto:j.okafor@kelvarro.co.uk> today.", "mailto:j.okafor@kelvarro.co.uk"),
    ('<a href="MAILTO:qa@kelvarro.co.uk">QA</a>', "MAILTO:qa@kelvarro.co.uk"),
    ("Complaints: mailto:j.okafor@kelvarro.co.uk?subject=Complaint%20CMP-12 please.",
     "mailto:j.okafor@kelvarro.co.uk?subject=Complaint%20CMP-12"),
    ("Softphone: sip:j.okafor@kelvarro.co.uk", "sip:j.okafor@kelvarro.co.uk"),
    ("[+44 1632 960418](tel:+441632960418)", "tel:+441632960418"),
    ("call tel:+441632960418 now", "tel:+441632960418"),
])
def test_a_links_scheme_goes_with_its_address(text, link):
    assert link in _contacts(text)


def test_a_mailto_link_reads_as_the_address_it_links():
    result = anonymise_text("[j.okafor@kelvarro.co.uk](mailto:j.okafor@kelvarro.co.uk)")
    assert "mailto" not in result.text
    assert len({f.replacement for f in result.findings if f.category == "contact"}) == 1


@pytest.mark.parametrize(("text", "number"), [
    ("Tel:01632 960418", "01632 960418"),
    ("TEL:01632 960418", "01632 960418"),
])
def test_a_cards_label_glued_to_its_number_stays_a_label(text, number):
    result = anonymise_text(text)
    assert number in _contacts(text)
    assert result.text.lower().startswith("tel:")


@pytest.mark.parametrize(("text", "line"), [
    ("Site emergency line ... 0141 775 2000\n                     internal 2000\n", "2000"),
    ("QA office  Internal: 2204 (J. Okafor)", "2204"),
    ("Security gatehouse, short dial 22 14", "22 14"),
    ("Night manager speed-dial 4471", "4471"),
])
def test_a_sites_internal_line_after_its_word_is_a_phone(text, line):
    result = anonymise_text(text)
    assert line in _contacts(text)
    assert ("internal" in text.lower()) <= ("internal" in result.text.lower())  # (the word stays, a label)


@pytest.mark.parametrize("text", [
    "The internal 2024 audit found nothing.",
    "The internal 3000 series valves were swapped.",
    "Dial 999 or 112 in an emergency; for advice dial 111.",
    "dial 0 for reception",
    "To manage your voicemail, dial 4000 from any site phone.",
])
def test_a_year_a_count_or_a_public_service_number_after_those_words_stays(text):
    assert not [f for f in anonymise_text(text).findings if f.category == "contact"]


def test_a_video_calls_id_ending_in_a_single_digit_is_taken_whole():
    result = anonymise_text("Join from a video conferencing device\nVideo ID: 119 442 880 3\nMore info")
    assert ("119 442 880 3", "identifier") in [(f.original, f.category) for f in result.findings]
    assert "880" not in result.text and " 3\n" not in result.text


def test_a_single_digit_after_a_labelled_number_in_a_sentence_stays():
    result = anonymise_text("Ref: 4471 2 pallets were returned.")
    assert "2 pallets" in result.text


@pytest.mark.parametrize("text", [
    "Jo Okafor\t01632 960418\t07700 900311",
    "Jo Okafor  01632 960418  07700 900311",
    "01632 960418\t07700 900311\tj.okafor@kelvarro.co.uk",
])
def test_two_numbers_in_a_tables_next_columns_are_both_found(text):
    result = anonymise_text(text)
    assert {"01632 960418", "07700 900311"} <= set(_contacts(text))
    assert "900311" not in result.text


def test_a_number_and_a_date_in_the_next_column_stay_apart():
    assert _contacts("01632 960 593     13 Mar. 2024") == ["01632 960 593"]


@pytest.mark.parametrize(("text", "number"), [
    ("Tel: 01632 960418 / 960419", "01632 960418 / 960419"),
    ("Tel: +44 1632 960 418 / 419", "+44 1632 960 418 / 419"),
])
def test_an_alternative_after_a_spaced_slash_goes_with_its_number(text, number):
    assert _contacts(text) == [number]


@pytest.mark.parametrize(("text", "kept"), [
    ("Tel 01632 960418 / 24 hours", "/ 24 hours"),
    ("Tel 01632 960418 / 24h", "/ 24h"),
])
def test_a_figure_after_a_spaced_slash_that_reads_on_stays(text, kept):
    assert kept in anonymise_text(text).text


@pytest.mark.parametrize(("text", "number"), [
    ("Tel 01632 960418 Ext.: 22", "01632 960418 Ext.: 22"),
    ("Tel 01632 960418 ext: 4471", "01632 960418 ext: 4471"),
    ("Tel 01632 960418 Extension: 2204", "01632 960418 Extension: 2204"),
])
def test_an_extension_with_its_word_and_a_colon_goes_with_its_number(text, number):
    assert _contacts(text) == [number]


def test_a_lone_x_and_a_colon_after_a_number_is_no_extension():
    assert "x: 22" in anonymise_text("Tel 01632 960418 x: 22 spare").text


@pytest.mark.parametrize(("text", "address"), [
    ("Anand (anand.s AT brezina-chem DOT in) will host.", "anand.s AT brezina-chem DOT in"),
    ("email: jo.okafor -at- kelvarro -dot- com", "jo.okafor -at- kelvarro -dot- com"),
    ("contact jo.okafor_at_kelvarro_dot_com", "jo.okafor_at_kelvarro_dot_com"),
    ("mail anand.s at brezina-chem dot cz", "anand.s at brezina-chem dot cz"),
    ("mail a.s AT brezina DOT co DOT in", "a.s AT brezina DOT co DOT in"),
    ("write to qa at brezina.in", "qa at brezina.in"),
])
def test_an_address_with_its_signs_as_words_and_any_countrys_ending_is_found(text, address):
    assert address in _contacts(text)


@pytest.mark.parametrize("text", [
    "SEE YOU AT THE DOT COM PARTY", "MEET AT GATE DOT 5", "the_at_risk_dot_com flag", "look at the box put a dot in",
    "an up-to-date look-at-dot-com",
])
def test_words_at_and_dot_in_a_sentence_or_a_programs_name_are_no_address(text):
    assert not _contacts(text)


@pytest.mark.parametrize("text", ["07700 900311,07700 900312", "Jo 07700 900311,07700 900312 (either)"])
def test_two_numbers_joined_by_a_comma_are_two_numbers(text):
    assert set(_contacts(text)) == {"07700 900311", "07700 900312"}


@pytest.mark.parametrize(("text", "dial"), [
    ("+44 20 3443 8817,,618224903# United Kingdom", "+44 20 3443 8817,,618224903#"),
    ("+44 20 3443 8817,618224903# United Kingdom", "+44 20 3443 8817,618224903#"),
    ("Tel: +44 161 496 0000, x 204", "+44 161 496 0000, x 204"),
])
def test_a_dial_strings_code_and_an_extension_after_a_comma_stay_with_their_number(text, dial):
    assert dial in _contacts(text)


@pytest.mark.parametrize(("text", "numbers"), [
    ("T+44 (0)1632 960418 | M+44 7700 900311", {"+44 (0)1632 960418", "+44 7700 900311"}),
    ("Tel+353 21 496 0123", {"+353 21 496 0123"}),
])
def test_a_number_whose_plus_is_glued_to_its_label_is_found(text, numbers):
    result = anonymise_text(text)
    assert set(_contacts(text)) == numbers
    assert result.text.startswith("T")


@pytest.mark.parametrize("text", ["C+12 reads high", "Grade A+ 1 of 3", "A+B=12"])
def test_a_plus_after_a_letter_with_no_number_after_it_stays(text):
    assert not _contacts(text)


@pytest.mark.parametrize(("text", "numbers"), [
    ("01632 960418/07700 900311", {"01632 960418", "07700 900311"}),
    ("+44 1632 960418/+44 7700 900311", {"+44 1632 960418", "+44 7700 900311"}),
    ("Mob: 07700900311/07700900312", {"07700900311", "07700900312"}),
])
def test_two_whole_numbers_joined_by_a_slash_are_both_found(text, numbers):
    assert set(_contacts(text)) == numbers


@pytest.mark.parametrize("text", ["SAP 0012345678/0012345679", "07700900311/07700900312 units"])
def test_two_unspaced_codes_joined_by_a_slash_without_a_word_for_a_phone_stay(text):
    assert not _contacts(text)


def test_an_alternative_after_or_goes_with_its_number():
    assert _contacts("Tel: 01632 960418 or 960419") == ["01632 960418 or 960419"]


@pytest.mark.parametrize("text", ["Tel: 01632 960418 or 12.", "Tel: 01632 960418 or 24 hours"])
def test_a_short_figure_after_or_stays(text):
    assert _contacts(text) == ["01632 960418"]


@pytest.mark.parametrize(("text", "number"), [
    ("Tel 01632 960418x4471", "01632 960418x4471"),
    ("Direct +44(0)1632 960418x22", "+44(0)1632 960418x22"),
    ("Tel 01632 960418ext.22", "01632 960418ext.22"),
    ("Tel 01632 960418;ext=22", "01632 960418;ext=22"),
    ("Jo Okafor 07700 900311x22", "07700 900311x22"),
])
def test_an_extension_glued_to_its_number_goes_with_it(text, number):
    assert _contacts(text) == [number]


@pytest.mark.parametrize("text", ["sample 0123456789x10 dilution", "Part 01632960418xyz", "2x500 mL"])
def test_a_code_glued_to_a_count_is_no_number_with_an_extension(text):
    assert not _contacts(text)


@pytest.mark.parametrize(("text", "address"), [
    ("email jo.okafor@kelvarro.\nco.uk please", "jo.okafor@kelvarro.\nco.uk"),
    ("email jo.okafor@kelvarro.co.\nuk please", "jo.okafor@kelvarro.co.\nuk"),
])
def test_an_address_wrapped_after_a_dot_is_found_whole(text, address):
    assert address in _contacts(text)


def test_a_sentence_after_an_address_that_ends_one_is_not_part_of_it():
    assert _contacts("mail jo@kelvarro.com.\nin the end it worked") == ["jo@kelvarro.com"]


@pytest.mark.parametrize(("text", "number"), [
    ("Tel: 020 7946 0321 or 0322", "020 7946 0321 or 0322"),
    ("Tel: 01632 960418 or 960 419", "01632 960418 or 960 419"),
    ("Tel: 01632 960418 / 960 419", "01632 960418 / 960 419"),
    ("Tel: 01632 960 418 or 960 419", "01632 960 418 or 960 419"),
])
def test_an_alternative_with_a_leading_zero_or_spaced_goes_with_its_number(text, number):
    assert _contacts(text) == [number]
    assert not any(ch.isdigit() for ch in anonymise_text(text).text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Ring 01632 960418 or 999.", "or 999."),
    ("Ring 01632 960418 or 111, or 112", "or 111, or 112"),
    ("Tel: 01632 960 418 / 999", "/ 999"),
])
def test_a_public_service_number_after_a_number_stays(text, kept):
    assert kept in anonymise_text(text).text


@pytest.mark.parametrize("text", ["Lot 0123 456789x10", "Sample 01 2345 6789x10 aliquots", "batch 01632 960418x4471"])
def test_a_labelled_code_or_one_grouped_as_no_uk_number_glued_to_a_count_is_no_phone(text):
    assert not _contacts(text)


@pytest.mark.parametrize(("text", "number"), [
    ("Jo 0161-496-0410x3", "0161-496-0410x3"),
    ("Jo (01632) 960418x44", "(01632) 960418x44"),
])
def test_a_uk_number_grouped_as_one_with_its_extension_glued_is_found(text, number):
    assert _contacts(text) == [number]


@pytest.mark.parametrize("text", [
    "The internal 3000, 4000 and 5000 series were retired.",
    "Results of the Internal 2024",
    "Internal 2024\nThe audits found nothing.",
])
def test_a_count_before_a_comma_or_a_year_after_internal_stays(text):
    assert not _contacts(text)


@pytest.mark.parametrize(("text", "line"), [
    ("For the QA lab call internal 2204.", "2204"),
    ("Call internal 2204. It is staffed.", "2204"),
    ("QA office internal 2204, bleep 4471", "2204"),
    ("Stores: internal line 2024", "2024"),
])
def test_an_internal_line_at_a_sentences_end_or_before_another_line_is_a_phone(text, line):
    assert line in _contacts(text)


@pytest.mark.parametrize(("text", "address"), [
    ("email jo.okafor@kelvarro.\nCO.UK please", "jo.okafor@kelvarro.\nCO.UK"),
    ("email jo.okafor@kelvarro.\nio please", "jo.okafor@kelvarro.\nio"),
    ("email jo.okafor@kelvarro.\nco.za please", "jo.okafor@kelvarro.\nco.za"),
])
def test_an_address_wrapped_before_a_countrys_ending_or_one_in_capitals_is_found_whole(text, address):
    assert address in _contacts(text)


@pytest.mark.parametrize("text", ["mail jo@kelvarro.com.\nNo reply yet", "mail jo@kelvarro.com.\nME TOO",
                                  "mail jo@kelvarro.com.\nCom"])
def test_a_line_after_an_address_that_starts_with_a_word_is_not_its_ending(text):
    assert _contacts(text) == ["jo@kelvarro.com"]


@pytest.mark.parametrize(("text", "address"), [
    ("jo -at- kelvarro.com", "jo -at- kelvarro.com"),
    ("write to jo.okafor -at- kelvarro.co.uk.", "jo.okafor -at- kelvarro.co.uk"),
])
def test_a_dashed_at_before_a_dotted_domain_is_an_address(text, address):
    assert _contacts(text) == [address]


@pytest.mark.parametrize("text", ["the_at_risk.com flag", "visit look-at-me.com today"])
def test_a_sites_name_with_at_between_words_is_no_address(text):
    assert "Email" not in anonymise_text(text).text


def test_a_vcards_tel_link_after_its_fields_colon_keeps_its_scheme_with_the_number():
    text = "TEL;TYPE=work;VALUE=uri:tel:+82-32-555-0157"
    assert "tel:+82-32-555-0157" in _contacts(text)
    assert "tel:" not in anonymise_text(text).text


@pytest.mark.parametrize(("text", "link"), [
    ("Skype: facetime://+441632960418 now", "facetime://+441632960418"),
    ("ring tel://01632 960418 today", "tel://01632 960418"),
    ("callto://+44 1632 960418.", "callto://+44 1632 960418"),
])
def test_a_number_after_a_links_scheme_and_its_slashes_goes_with_it(text: str, link: str) -> None:
    assert link in [f.original for f in anonymise_text(text).findings if f.category == "contact"]


@pytest.mark.parametrize("text", ["See /2024/01632960418 in the share.", "Archive\\2024/01632960418 kept."])
def test_digits_after_a_paths_slash_are_no_phone(text: str) -> None:
    assert [f for f in anonymise_text(text).findings if f.category == "contact"] == []


def test_a_calling_apps_name_before_its_link_is_no_name() -> None:
    result = anonymise_text("Skype: facetime://+441632960418 now.")
    assert result.text.startswith("Skype: ") and "1632" not in result.text
