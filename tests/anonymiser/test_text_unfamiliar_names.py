"""Names no list knows, found because no dictionary knows them either — and the ordinary capitalised
words (dictionary words, places, months, peoples, trade words, vendors) that stay. (Names here are
invented for the tests.)"""
import gzip

import pytest

from anonymiser import anonymise_text
from anonymiser.text.data import english_words
from anonymiser.text.data.build_english_words import lower_case_words
from anonymiser.text.document import Document
from anonymiser.text.recognisers.unfamiliar_name import RECOGNISER


def _names(text: str) -> list[str]:
    return [text[s.start:s.end] for s in RECOGNISER.find(Document(text))]


@pytest.mark.parametrize("text, name", [
    ("Thanks to Tadhgrin for the night shifts.", "Tadhgrin"),
    ("Ollumidé signed off the protocol.", "Ollumidé"),
    ("The review was led by Hinewaru.", "Hinewaru"),
    ("Raise it with O'Bruadair first.", "O'Bruadair"),
    ("McAllistair chaired the board.", "McAllistair"),
])
def test_a_capitalised_word_no_dictionary_knows_is_a_name_wherever_it_stands(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_neighbouring_unfamiliar_words_are_one_name() -> None:
    assert _names("Approved by Ifeyinwa Nwachukwuma on site.") == ["Ifeyinwa Nwachukwuma"]


@pytest.mark.parametrize("text, name", [
    ("We met Obenave Nwachukwuma there.", "Obenave Nwachukwuma"),     # with the capitalised word before it
    ("Signed by Hope Adebayo-Clarkson.", "Hope Adebayo-Clarkson"),  # double-barrelled
    ("Reviewed by C. Alaimo-Reevesy.", "C. Alaimo-Reevesy"),
])
def test_a_name_takes_the_capitalised_word_before_it_and_both_halves_of_a_double_barrel(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_possessive_leaves_its_s_outside_the_name() -> None:
    assert _names("Priyanthi's team ran the trial.") == ["Priyanthi"]


@pytest.mark.parametrize("text", [
    "Rose and Grant reviewed the Batch Record.",                 # dictionary words, even when they are names
    "Our Nigerian and Hungarian partners met in November.",      # peoples and months
    "Digitalisation of the Cleanroom changed Chemometrics.",     # trade words the dictionary misses
    "Lyophiliser cycles shortened: the lyophiliser now runs 20 h.",  # written in lower case elsewhere
    "Data went to SharePoint, Kubernetes and Grafana.",          # software known by name
    "We spoke to Al and Jo.",                                    # too short to judge
    "Files at www.tadhgrin.example and ops@tadhgrin.example.",   # inside an address
    "An Anglo-Irish venture.",                                   # a compound of known words
    "Stockport and Macclesfield sites were audited.",            # places of the gazetteer
])
def test_ordinary_capitalised_words_are_no_names(text: str) -> None:
    assert _names(text) == []


def test_an_unfamiliar_word_reads_as_a_name_placeholder_and_the_same_word_gets_the_same_one() -> None:
    result = anonymise_text("Tadhgrin ran the pilot. Later Tadhgrin trained the night shift.")
    assert result.text == "[Name A] ran the pilot. Later [Name A] trained the night shift."


def test_a_short_form_of_a_full_name_keeps_the_full_names_placeholder() -> None:
    result = anonymise_text("Dr Ollumide Brannagh led the rollout. Ollumide said it paid back in a year.")
    assert "Ollumide" not in result.text and "Brannagh" not in result.text
    assert result.text.count("[Person A]") == 2 and "[Name" not in result.text


def test_allow_listed_vendors_stay_although_no_dictionary_knows_them() -> None:
    assert anonymise_text("The MES came from Siemens and the robots from Stäubli.").text.count("Siemens") == 1


@pytest.mark.parametrize("vendor", ["Glatt", "Diosna", "Korsch", "Uhlmann", "Yaskawa", "Staubli", "Piab", "Ewellix"])
def test_equipment_vendors_of_the_trade_stay(vendor: str) -> None:
    text = f"The cell was built around a {vendor} unit. Spares for the {vendor} unit are held on site."
    assert anonymise_text(text).text == text


def test_the_dictionary_keeps_lower_case_entries_only_with_possessives_folded() -> None:
    assert lower_case_words(["walk", "walk's", "Ravi", "Ravi's", "o'clock", "isn't", "", "zebra"]) == ["walk", "zebra"]


def test_the_shipped_dictionary_is_lower_case_words_and_holds_everyday_ones() -> None:
    words = english_words()
    assert {"batch", "validation", "rose", "mark", "isolator"} <= words
    assert all(w == w.lower() for w in words)
    assert "tadhgrin" not in words and len(words) > 100_000


def test_the_shipped_dictionary_carries_its_copyright_notice() -> None:
    from importlib import resources
    raw = resources.files("anonymiser.text.data").joinpath("english_words.txt.gz").read_bytes()
    assert "Copyright 2000-2011 by Kevin Atkinson" in gzip.decompress(raw).decode("utf-8")[:2000]


def test_a_name_in_capitals_is_taken_whole_and_headings_and_acronyms_stay() -> None:
    assert _names("THEO VAN DER BRANNAGH (Kestrel Consulting): If I may add") == ["THEO VAN DER BRANNAGH"]
    assert _names("LESSONS LEARNED FROM THE MES AND LIMS ROLLOUT\nQQX TEAM") == []


def test_an_authors_affiliation_mark_does_not_cut_the_name_short() -> None:
    assert _names("Nkechiru Umehna1, Rafaelo Quaresmo Duartel2") == ["Nkechiru Umehna", "Rafaelo Quaresmo Duartel"]


@pytest.mark.parametrize("text, person", [
    ("Sunny Adelekun ran the night shift.", "Sunny Adelekun"),     # a given name that is also a word
    ("Hope Mensahu signed the change.", "Hope Mensahu"),
    ("Attendees: E Nnadira and G. Lloydsen.", "E Nnadira"),       # an initial, with or without its dot
])
def test_a_given_name_or_an_initial_before_an_unfamiliar_surname_makes_a_person(text: str, person: str) -> None:
    spans = [s for s in RECOGNISER.find(Document(text)) if s.category == "person"]
    assert person in [text[s.start:s.end] for s in spans]


@pytest.mark.parametrize("text", ["In March Okafora joined the team.", "A Nnadira-led team won.", "Head Okafora stood."])
def test_months_articles_and_roles_before_an_unfamiliar_word_are_no_given_names(text: str) -> None:
    assert not [s for s in RECOGNISER.find(Document(text)) if s.category == "person"]


def test_a_two_letter_given_name_before_an_unfamiliar_surname_is_part_of_the_person_but_a_title_is_not() -> None:
    text = "Mo Haselis and the team.\nDr Haselis agreed."
    assert [(text[s.start:s.end], s.category) for s in RECOGNISER.find(Document(text))] == [
        ("Mo Haselis", "person"), ("Haselis", "name")]


@pytest.mark.parametrize("text", [
    "Perf. by : operator on line 2; Ver. 3 of the form.",
    "Sanit. report printed at 06:00.",
])
def test_a_word_cut_short_with_a_full_stop_is_an_abbreviation_not_a_name(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize("text, name", [
    ("The handover went to Orrimer. then the shift ended.", "Orrimer"),  # no English word starts so
    ("Thanks Rach. for the cover.", "Rach"),                           # the start of a common given name
])
def test_a_name_before_a_full_stop_is_still_a_name(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_a_field_name_cut_short_before_its_colon_is_no_name() -> None:
    assert _names("Actual: 321 L   Perf: QX 10:22   Ver: ZW 10:24") == []


def test_a_name_no_english_word_starts_before_a_colon_is_still_a_name() -> None:
    assert _names("Orrimer: we will rerun the line.") == ["Orrimer"]


def test_a_role_a_contract_defines_in_brackets_is_no_name_but_the_party_is() -> None:
    text = 'Teodric Quennox of Leeds ("the Secondee") joins. The Secondee shall report weekly; the Secondee may leave.'
    assert _names(text) == ["Teodric Quennox"]
