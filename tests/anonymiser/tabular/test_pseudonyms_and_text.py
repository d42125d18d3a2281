import pytest

from anonymiser.errors import InvalidInput
from anonymiser.tabular import anonymise_table
from anonymiser.tabular.pseudonym import pseudonymise

KEY = b"k" * 32


def test_pseudonyms_are_keyed_consistent_and_keep_blanks() -> None:
    out = pseudonymise(["B1", "B2", "B1", "", "  "], KEY)
    assert out[0] == out[2] != out[1] and out[0].startswith("P-") and len(out[0]) == 18
    assert out[3:] == ["", ""]
    assert pseudonymise(["B1"], b"j" * 32) != out[:1]


def test_short_keys_are_refused() -> None:
    with pytest.raises(InvalidInput):
        pseudonymise(["B1"], b"short")


def test_identifier_listed_for_pseudonyms_is_replaced_with_the_given_key() -> None:
    rows = [["Batch ID", "Site", "R"]] + [[f"B{i % 4}", "Speke", "ab"[i % 2]] for i in range(10)]
    result = anonymise_table(rows, roles={"Site": "quasi", "R": "sensitive"}, pseudonymise_columns=["Batch ID"], key=KEY)
    column = result.columns[result.header.index("Batch ID")]
    assert column == pseudonymise([r[0] for r in rows[1:]], KEY)
    assert result.pseudonym_key == KEY
    assert result.report.columns["Batch ID"].action.startswith("pseudonymised")


def test_fresh_key_is_made_per_dataset_when_none_is_given() -> None:
    rows = [["Batch ID", "R"]] + [[f"B{i}", "ab"[i % 2]] for i in range(6)]
    a = anonymise_table(rows, roles={"R": "sensitive"}, pseudonymise_columns=["Batch ID"])
    b = anonymise_table(rows, roles={"R": "sensitive"}, pseudonymise_columns=["Batch ID"])
    assert a.pseudonym_key and b.pseudonym_key and a.pseudonym_key != b.pseudonym_key
    assert "pseudonym_key" not in repr(a)


def test_free_text_columns_lose_names_from_the_table_and_contacts() -> None:
    rows = [["Site", "Comments", "R"]]
    rows += [["Speke", "Leak at Speke, call 0161 496 0000 or qa@example.com", "ab"[i % 2]] for i in range(6)]
    result = anonymise_table(rows, roles={"Site": "quasi", "R": "sensitive"}, k=5)
    comments = result.columns[result.header.index("Comments")]
    assert all("Speke" not in c and "example.com" not in c and "496" not in c for c in comments)


@pytest.mark.parametrize(
    ("roles", "pseudo", "message"),
    [
        ({}, ["Nope"], "not in the table: Nope"),
        ({"Batch ID": "measure"}, ["Batch ID"], "must have the identifier role"),
    ],
)
def test_bad_pseudonymisation_requests_are_refused(roles: dict[str, str], pseudo: list[str], message: str) -> None:
    from anonymiser.tabular import InvalidColumnsFile

    rows = [["Batch ID", "R"]] + [[f"B{i}", "ab"[i % 2]] for i in range(6)]
    with pytest.raises(InvalidColumnsFile, match=message):
        anonymise_table(rows, roles={"R": "sensitive", **roles}, pseudonymise_columns=pseudo, key=KEY)


def test_listing_a_column_for_pseudonyms_makes_it_an_identifier() -> None:
    rows = [["Colour", "R"]] + [[("red", "blue")[i % 2], "ab"[i % 3 % 2]] for i in range(6)]
    result = anonymise_table(rows, roles={"R": "sensitive"}, pseudonymise_columns=["Colour"], key=KEY)
    assert result.report.columns["Colour"].suggested == "quasi"
    assert result.report.columns["Colour"].final == "identifier"
    assert result.columns[0] == pseudonymise([r[0] for r in rows[1:]], KEY)
