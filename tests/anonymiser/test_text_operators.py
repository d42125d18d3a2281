"""Operators: bands, placeholders' letters."""
import pytest

from anonymiser.text.operators.bands import count_band, money_band
from anonymiser.text.operators.placeholder import Placeholders, letters


@pytest.mark.parametrize(
    "value, expected",
    [(0, "under £100k"), (99_999, "under £100k"), (100_000, "£100k–£250k"), (2_300_000, "£1m–£5m"),
     (5_000_000, "£5m–£10m"), (2e9, "over £1bn")],
)
def test_money_band(value, expected):
    assert money_band(value, "£") == expected


@pytest.mark.parametrize("value, expected", [(2, "fewer than 5"), (45, "25–50"), (50, "50–100"), (1e6, "more than 100,000")])
def test_count_band(value, expected):
    assert count_band(value) == expected


@pytest.mark.parametrize("n, expected", [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")])
def test_letters(n, expected):
    assert letters(n) == expected


def test_placeholders_are_per_label_and_per_entity():
    p = Placeholders()
    assert [p.get("Person", "a"), p.get("Person", "b"), p.get("Person", "a"), p.get("Email", "a")] == [
        "[Person A]", "[Person B]", "[Person A]", "[Email A]"]


def test_a_code_has_one_placeholder_however_its_mentions_are_labelled_or_misread() -> None:
    p = Placeholders()
    assert p.code("Batch", "cc-24-0317") == "[Batch A]"
    assert p.code("Document", "CC-24-0317") == "[Batch A]"  # (read as a document's number elsewhere)
    assert p.code("Document", "cc-24-o317") == "[Batch A]"  # (a scanner's O for a zero)
    assert p.code("Code", "xk-07l3") == "[Code A]"
    assert p.code("Batch", "xk-0713") == "[Code A]"
    # look-alikes: letters that are letters, not beside digits, and another code
    assert p.code("Document", "po-2231") == "[Document A]"
    assert p.code("Document", "p0-2231") == "[Document B]"
    assert p.code("Document", "PO1234") == "[Document C]"  # (a purchase order beside a part number)
    assert p.code("Document", "P01234") == "[Document D]"
    assert p.code("Batch", "cc-24-0318") == "[Batch B]"


def test_one_code_written_two_ways_in_a_document_reads_as_one() -> None:
    from anonymiser import anonymise_text
    text = "Batch CC-24-O317 failed on line 3; CC-24-0317 was retested and released with CC-24-0318."
    out = anonymise_text(text).text
    assert out.count("[Batch A]") == 2 and out.count("[") == 3 and out.endswith("with [Document A]."), out
