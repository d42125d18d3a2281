"""Log-ins made of an initial and a surname go wherever they stand; words that only look like one stay."""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.data import english_words, surnames, world_surnames
from anonymiser.text.data.build_surnames import surnames as census_surnames
from anonymiser.text.data.build_world_surnames import fold, world_surnames as build_world_surnames
from anonymiser.text.document import Document
from anonymiser.text.recognisers.login_name import RECOGNISER


@pytest.mark.parametrize(("text", "login"), [
    ("; 2023-02-14  hprescott added the jump host for the vendor", "hprescott"),
    ("# reviewed by tgallagher on 2024-01-09", "tgallagher"),
    ('If Environ("USERNAME") = "rmontgomery3" Then', "rmontgomery3"),
    ("The raw login (e.g. \"BHENDERSON2\") was re-hashed.", "BHENDERSON2"),
    ("Engineering PC. kcampbell uses it for the old labeller software.", "kcampbell"),
])
def test_a_login_of_an_initial_and_a_surname_is_a_person(text: str, login: str) -> None:
    result = anonymise_text(text)
    assert login not in result.text
    assert any(f.category == "person" and f.original == login for f in result.findings)


@pytest.mark.parametrize(("text", "login"), [
    ("USER LIST\n  rmakoni       Makoni, Rufaro         Operator\n  gdanladi      Danladi, Garba    Technician\n"
     "03/11/2024 02:14:37  WFI-LOOP-3   Sanitisation REQUEST   OWS-04   gdanladi", "gdanladi"),
    ("Approved  : dtrevethan (Dr Rosamund Trevethan, QA)   2024-04-30", "dtrevethan"),
])
def test_a_login_of_an_initial_and_a_surname_the_text_writes_elsewhere_is_a_person(text: str, login: str) -> None:
    assert login not in anonymise_text(text).text


@pytest.mark.parametrize(("text", "login"), [
    ("# 2024-03-02 mpietrasiak re-ran the weigh step", "mpietrasiak"),           # Polish
    ("Reviewer: KADOMAKO2   Status: closed", "KADOMAKO2"),                       # Ghanaian, in capitals with a number
    ("valve V-12 opened manually (abhatnagar), batch on hold", "abhatnagar"),   # Indian
    ("assigned to tadelakun for the PM", "tadelakun"),                           # Yoruba
    ("batch released; oavramchuk signed at 14:02", "oavramchuk"),                  # Ukrainian, transliterated
])
def test_a_login_of_an_initial_and_a_surname_the_census_lacks_is_a_person(text: str, login: str) -> None:
    assert login[1:].rstrip("0123456789").lower() not in surnames()
    result = anonymise_text(text)
    assert login not in result.text
    assert any(f.category == "person" and f.original == login for f in result.findings)


@pytest.mark.parametrize("text", [
    "Prosimy o zgoda na zmiany w recepturze",  # a Polish word, on a line with a Polish small word
    "SKALA 1:50",                               # capitals without a number: a label, not a log-in
])
def test_words_that_only_the_world_surname_list_could_make_a_login_stay(text: str) -> None:
    assert list(RECOGNISER.find(Document(text))) == []


@pytest.mark.parametrize("text", [
    "a gloveless robotic isolator",         # a word with an ending the dictionary leaves out
    "we havent tested it yet",               # a contraction without its apostrophe
    "BEGIN:VCARD\nVERSION:3.0",              # a format
    "the WESSEX region heading",             # capitals, a word after the letter, no number
    "Emma said the batch was fine",          # a given name
    "mount /home/hprescott/data",            # inside a path: read by what reads paths
    "mail hprescott@example.com",            # inside an address
    "<policy_published><adkim>r</adkim><aspf>r</aspf></policy_published> DKIM passed",  # a mark-up tag
    "The Shrike line: eshrike is the recipe set",  # a letter and a capitalised word of the dictionary
])
def test_words_and_tokens_that_only_look_like_logins_stay(text: str) -> None:
    assert all(f.recogniser != "login_name" for f in anonymise_text(text).findings)


def test_the_surname_list_is_the_census_list_in_lower_case() -> None:
    names = surnames()
    assert {"smith", "campbell", "konopka", "suda"} <= names
    assert len(names) == 20_000 and all(n.islower() and n.isalpha() for n in names)


def test_building_the_surname_list_keeps_the_most_common_first() -> None:
    lines = ["SMITH 1.006 1.006 1", "O'BRIEN 0.1 1.1 2", "JONES 0.6 1.7 3", ""]
    assert census_surnames(lines, count=2) == ["smith", "jones"]


def test_the_world_surname_list_is_folded_to_lower_case_ascii_without_words_or_short_names() -> None:
    names = world_surnames()
    assert {"ocearr", "gorecka", "wojtak", "chatterjee", "shevchenko"} <= names
    assert all(n.isascii() and n.isalpha() and n.islower() and len(n) >= 4 for n in names)
    assert not names & english_words()


@pytest.mark.parametrize(("name", "folded"), [
    ("Wójtak", "wojtak"), ("Nausėda", "nauseda"), ("Łukasik", "lukasik"), ("Van Daele", "vandaele"),
    ("Ó Cewenund", "ocewenund"), ("Müller-Lüdenscheidt", "mullerludenscheidt"), ("Gorecka", "gorecka"),
])
def test_building_the_world_list_folds_a_surname_as_a_login_spells_it(name: str, folded: str) -> None:
    assert fold(name) == folded


def test_building_the_world_list_drops_words_short_names_and_other_scripts() -> None:
    names = ["Kwiatkowski", "Wójtak", "Brown", "Lis", "Шевченко", "Ocearr", "Ocearr"]
    assert build_world_surnames(names, frozenset({"brown"})) == ["kwiatkowski", "ocearr", "wojtak"]


@pytest.mark.parametrize(("text", "login"), [
    ("Operator comment (jtrevorrow): jacket steam valve stuck open, closed manually.", "jtrevorrow"),
    ("The audit trail shows two recipe edits by jtrevorrow on 14/08/2024.", "jtrevorrow"),
    ("user: jtrevorrow\nrole: supervisor", "jtrevorrow"),
])
def test_a_login_no_list_knows_is_a_person_where_a_log_names_who_did_a_thing(text: str, login: str) -> None:
    assert login not in anonymise_text(text).text


def test_a_login_read_where_a_log_names_its_user_is_that_person_in_the_log_s_cells_too() -> None:
    text = ("E01  MAJ  Oil phase heating  Temp over limit   jtrevorrow   24-May-2024 09:12\n"
            "     Operator comment (jtrevorrow): jacket steam valve stuck open.\n")
    result = anonymise_text(text)
    assert "jtrevorrow" not in result.text
    assert len({f.replacement for f in result.findings if f.original == "jtrevorrow"}) == 1


@pytest.mark.parametrize("text", ["The cells were deployed by ansible on Monday.", "Changed by default on 14/08/2024.",
                                  "Operator comment (see above): valve stuck."])
def test_a_tool_or_a_word_where_a_log_names_who_did_a_thing_stays(text: str) -> None:
    assert anonymise_text(text).text.split()[:3] == text.split()[:3]


def test_a_log_in_closing_markdown_emphasis_is_still_a_log_in() -> None:
    assert "hpettigrew" not in anonymise_text("## Rules\n\n_Last updated 2025-06-18 by hpettigrew_\n").text


def test_a_log_in_joined_to_a_word_by_an_underscore_stays_part_of_a_file_name() -> None:
    assert "hpettigrew_notes.txt" in anonymise_text("Attach the file hpettigrew_notes.txt to the ticket.").text


def test_two_initials_and_a_surname_in_lower_case_are_warned_for_review_not_redacted() -> None:
    # ("rjbrinkerhoff": a log-in of two initials and a surname, or a word of code of the same shape, "pytest": no finding,
    # a warning the contributor must confirm)
    result = anonymise_text("Checked by rjbrinkerhoff after the run; tests ran under pytest.")
    assert "rjbrinkerhoff" in result.text
    assert [w.text for w in result.warnings if w.kind == "possible_person"] == ["rjbrinkerhoff", "pytest"]
