"""A person's learned name in other cases in the same document: UPPER CASE, lower case, a user name
made from the given name; and the everyday words a lower-case name must not take. (Invented names.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.learn import lower_case_variant_ok


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "person"]


def test_the_lower_case_given_name_of_a_person_found_in_full_is_that_person() -> None:
    text = '"We rebuilt it," said Radomir Abernathy-Quaye.\n\nlater: radomir can you check the trend'
    result = anonymise_text(text)
    assert "radomir" not in result.text
    assert len({f.replacement for f in result.findings if f.category == "person"}) == 1


def test_the_upper_case_name_is_the_person_named_in_title_case() -> None:
    text = "Dr Hesketh Marlowe-Pyne joined in May.\nAttendance was logged by MARLOWE-PYNE and HESKETH."
    assert "HESKETH" not in anonymise_text(text).text


def test_a_user_name_teaches_its_given_name_in_any_case() -> None:
    text = "[07:02] radomir.v: morning\n[07:03] radomir.v: tags flat\n[07:04] Ana: not naming names Radomir\n"
    result = anonymise_text(text)
    assert "radomir" not in result.text.lower()


@pytest.mark.parametrize(("text", "word"), [
    ("Dr Jo Green presented.\nThe green light stayed on.", "green"),
    ("Mark Torgersen said the line ran well.\nPlease mark the batch.", "mark"),
    ("Ewan Hall said so.\nThe hall was full.", "hall"),
])
def test_everyday_words_that_are_also_names_stay_in_lower_case(text: str, word: str) -> None:
    assert f" {word} " in anonymise_text(text).text


def test_a_misread_name_that_is_no_given_name_is_not_taken_in_lower_case() -> None:
    text = "Author: Brindle Qunorefelin\nThe brindle pattern on the label."
    assert "The brindle pattern" in anonymise_text(text).text


def test_a_learned_name_in_a_file_name_or_host_is_not_taken_in_lower_case() -> None:
    text = "Dr Radomir Peselanel approved it.\nSee /srv/peselanel/report.pdf and peselanel-dev.local"
    assert "/srv/peselanel/" in anonymise_text(text).text


@pytest.mark.parametrize(("alias", "ok"), [("radomir", True), ("green", False), ("line", False), ("al", False),
                                          ("will", False), ("van der", False)])
def test_lower_case_variants_are_taken_only_for_words_that_are_no_everyday_words(alias: str, ok: bool) -> None:
    assert lower_case_variant_ok(alias) is ok
