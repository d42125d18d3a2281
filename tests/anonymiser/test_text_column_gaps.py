"""A name ends at a column's edge: the next cell's label is not taken with it, nor taught as part of the name."""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.column_gaps import split_at_column_gaps
from anonymiser.text.spans import Span


@pytest.mark.parametrize(("text", "kept"), [
    ("Competent person: Tadeusz Wrelski   Sign: ______   Date 15/3/25", "Sign:"),
    ("Technician: Orla Gilligan   Signed: ________", "Signed:"),
    ("Reviewer:   Folasade Ogulisost      Reviewed by QA", "Reviewed by QA"),
])
def test_the_label_of_the_next_column_stays(text: str, kept: str) -> None:
    result = anonymise_text(text)
    assert kept in result.text
    assert not any("   " in f.original for f in result.findings)


def test_a_name_split_at_a_gap_is_keyed_by_the_name_alone() -> None:
    text = "Tadeusz Wrelski   Sign"
    span = Span(0, len(text), "person", "person", 0.9, "Person", "tadeusz wrelski sign")
    parts = list(split_at_column_gaps(span, text))
    assert [(text[p.start:p.end], p.key) for p in parts] == [("Tadeusz Wrelski", "tadeusz wrelski")]


def test_names_on_both_sides_of_a_gap_are_both_kept() -> None:
    text = "Efficiency\tHanne Acithefan   Pieter Vos"
    span = Span(0, len(text), "person", "person", 0.9, "Person", "x")
    assert [text[p.start:p.end] for p in split_at_column_gaps(span, text)] == ["Hanne Acithefan", "Pieter Vos"]


def test_two_spaces_inside_a_name_are_no_column() -> None:
    result = anonymise_text("Visitor: Kwame  Aghas-Baranski arrived at 09:10")
    assert "Aghas-Baranski" not in result.text and "Kwame" not in result.text


HEADER = ("CORRANDALE PHARMA                                   QA-FRM-0071 Deviation Extension Request\n"
          "Wool Manufacturing Site                             Issue 3\n")


def test_a_company_name_ends_at_a_column_edge_too() -> None:
    findings = anonymise_text(HEADER).findings
    assert not any("   " in f.original for f in findings if f.category == "organisation")


def test_declared_terms_in_a_form_header_laid_out_in_columns_all_go() -> None:
    result = anonymise_text(HEADER, terms=["Corrandale Pharma", "Corrandale", "Wool site"])
    assert "CORRANDALE" not in result.text and "Wool" not in result.text
