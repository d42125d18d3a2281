"""A name whose parts different readers found is one placeholder ("[Person C]", not "[Name A] [Person C]"); a title
repeated in a list of doctors is no name; a Korean name with its surname in capitals is one person, and the initials
of a hyphened given name's both halves introduced after it are that person's."""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.resolve import join_repeats
from anonymiser.text.spans import Span


def _span(start: int, end: int, category: str, key: str) -> Span:
    return Span(start, end, category, "test", 0.9, category.title(), key)


def test_two_parts_of_a_name_one_space_apart_take_the_persons_placeholder() -> None:
    text = "Tobiloba ADEBANJO"
    joined = join_repeats([_span(0, 8, "name", "tobiloba"), _span(9, 17, "person", "adebanjo")], text)
    assert [(s.start, s.end, s.category, s.key) for s in joined] == [(0, 17, "person", "adebanjo")]


def test_a_name_and_a_person_apart_by_more_than_one_space_stay_two() -> None:
    text = "Tobiloba  ADEBANJO, Kestrell"
    spans = [_span(0, 8, "name", "tobiloba"), _span(10, 18, "person", "adebanjo"), _span(20, 28, "name", "kestrell")]
    assert join_repeats(spans, text) == spans


def test_a_name_beside_a_code_is_not_joined_to_it() -> None:
    text = "Kestrell AB-1234"
    spans = [_span(0, 8, "name", "kestrell"), _span(9, 16, "identifier", "ab-1234")]
    assert join_repeats(spans, text) == spans


def test_a_name_found_in_parts_reads_as_one_placeholder_in_the_output() -> None:
    redacted = anonymise_text("PRESENT\nTobiloba ADEBANJO (Chair)\nActions were agreed.\n").text
    assert "Tobiloba" not in redacted and "ADEBANJO" not in redacted
    assert "] [" not in redacted


def test_dr_repeated_in_a_list_of_doctors_is_no_name() -> None:
    result = anonymise_text("Present: Dr. Maro Dorvelle, Dr. Seo-hyun Hwang, Dr. Kestrell Yarrowfield.")
    assert result.text.count("Dr.") == 3
    assert all(f.original != "Dr" for f in result.findings)


def test_a_korean_name_with_its_surname_in_capitals_is_one_person_with_its_initials() -> None:
    result = anonymise_text("Attendees: Seo-hyun HWANG (SHH), Maro Dorvelle.\nAction: SHH to confirm the URS.\n")
    assert "HWANG" not in result.text and "SHH" not in result.text
    keys = {f.replacement for f in result.findings if f.original in ("Seo-hyun HWANG", "SHH")}
    assert len(keys) == 1


def test_an_english_compound_before_a_word_in_capitals_is_no_korean_name() -> None:
    result = anonymise_text("The Set-up PARK area and the Co-op SHOP stay as they are.")
    assert [f for f in result.findings if f.category in ("person", "name")] == []


def test_a_surname_a_kept_vendor_shares_is_a_person_after_a_title() -> None:
    result = anonymise_text("Dr. Emerson and Mr Rockwell signed the FAT. The Emerson DeltaV and Rockwell PLCs stay.")
    people = [f.original for f in result.findings if f.category == "person"]
    assert people == ["Emerson", "Rockwell"]
    assert "The Emerson DeltaV and Rockwell PLCs stay." in result.text


@pytest.mark.parametrize("text", ["We bought Emerson Syncade.", "The Emerson Syncade MES went live; it runs."])
def test_a_kept_vendor_before_its_product_is_no_given_name_and_surname(text: str) -> None:
    assert [f.original for f in anonymise_text(text).findings if f.category in ("person", "name")] == []


def test_a_given_name_a_vendor_shares_before_a_surname_is_still_a_person() -> None:
    result = anonymise_text("We bought it from Emerson Quorrindale.")
    assert [f.original for f in result.findings if f.category == "person"] == ["Emerson Quorrindale"]


def test_a_kept_vendor_without_a_title_stays_even_after_its_namesake_was_redacted() -> None:
    result = anonymise_text("Prof Siemens chaired. Siemens supplied the PLCs.")
    assert result.text.endswith("Siemens supplied the PLCs.")
    assert "Prof Siemens" not in result.text


def test_a_role_in_brackets_after_a_code_name_is_no_other_name_for_it() -> None:
    from anonymiser.text.learn import _reads_as_alias

    assert not _reads_as_alias("Chair", "KESTRAVEL", frozenset())
    assert not _reads_as_alias("Sponsor", "Project Yarrowfield", frozenset())
    assert _reads_as_alias("Falcon", "Project Yarrowfield", frozenset())  # (an everyday word may be its code name)


def test_a_part_of_an_allow_listed_name_of_several_words_is_kept_with_it() -> None:
    text = ("Report defects to the MHRA Defective Medicines Report Centre. The Food and Drug Administration replied. "
            "Funded by the Life Sciences Innovative Manufacturing Fund.")
    assert anonymise_text(text).text == text


def test_a_company_that_shares_words_with_an_allow_listed_name_is_still_redacted() -> None:
    result = anonymise_text("Kestravel Medicines Report Ltd and Yarrowfield Drug Administration Services Ltd signed.")
    assert "Kestravel" not in result.text and "Yarrowfield" not in result.text


@pytest.mark.parametrize("text", [
    "The VELLORAN migration slipped. VELLORAN is now due in June.",
    "Status: the cutover slipped; Phase VELLORAN ends in June and VELLORAN goes live.",
])
def test_a_code_name_in_capitals_after_an_everyday_capitalised_word_is_still_found(text: str) -> None:
    assert "VELLORAN" not in anonymise_text(text).text


def test_two_people_one_space_apart_keep_their_own_placeholders() -> None:
    text = "Maro Dorvelle Kestrell Yarrowfield"
    spans = [_span(0, 13, "person", "maro dorvelle"), _span(14, 34, "person", "kestrell yarrowfield")]
    assert join_repeats(spans, text) == spans


def test_a_surname_a_kept_vendor_shares_is_a_person_after_a_title_abroad() -> None:
    result = anonymise_text("Herr Emerson und Frau Siemens kamen zur Abnahme.")
    assert [f.original for f in result.findings if f.category == "person"] == ["Emerson", "Siemens"]
