"""Contacts read out loud (speech-to-text, call notes) and numbers misread from a scan still go."""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize(("text", "gone"), [
    ("or email a dot nnamdi at castlegate healthcare dot co dot uk thank you", "nnamdi at castlegate"),
    ("send it to service at cryotech services dot co dot uk that would be great", "service at cryotech"),
    ("it's k underscore osei at wrenfield dash bio dot com", "osei at wrenfield"),
    ("My number is oh one two one, four nine six, oh eight seven three, or", "four nine six"),
    ("ring me on forty four two three cheers", "forty four two three"),
    ("the PO is four five double oh two one, something", "double oh two one"),
    ("tracking number six zero three one, eight eight two nine, four four seven.", "eight eight two nine"),
    ("call me back on plus four four seven seven double oh nine double oh five four eight", "seven seven"),
])
def test_addresses_and_numbers_read_out_go(text, gone):
    assert gone not in anonymise_text(text).text


def test_a_number_read_out_is_a_phone_after_a_calling_word_and_an_identifier_otherwise():
    phone = anonymise_text("my direct line is oh one three eight four five five nine two one three")
    order = anonymise_text("the order was four five double oh two one, I think")
    assert phone.text == "my direct line is [Phone A]"
    assert order.text == "the order was [Number A], I think"
    assert [f.category for f in order.findings] == ["identifier"]


@pytest.mark.parametrize("text", [
    "we started in twenty twenty four with one two three shifts",
    "call me in twenty twenty five about it",
    "values 12 15 18 20 22 25 from the run",
    "one, two, three, go",
    "we met at the canteen at noon dot",
])
def test_counting_years_and_tables_of_figures_are_no_spoken_contacts(text):
    assert all(f.recogniser != "spoken_contact" for f in anonymise_text(text).findings)


@pytest.mark.parametrize(("text", "gone"), [
    ("  TEL 0l539 72O 664\n", "72O"),
    ("Fax: O161 496 0l23 (24h)", "496"),
])
def test_phone_numbers_misread_from_a_scan_go(text, gone):
    assert gone not in anonymise_text(text).text


def test_a_letter_beside_digits_outside_a_phone_number_stays():
    assert anonymise_text("Room I12 and bay B4, then 0l539 alone").text == "Room I12 and bay B4, then 0l539 alone"
