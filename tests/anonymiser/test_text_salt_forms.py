"""A compound's salt or hydrate written after its code goes with it.
(Codes and names here are invented for the tests; none is in the evaluation corpus.)"""
from __future__ import annotations

import pytest

from anonymiser import anonymise_text
from anonymiser.text.salt_forms import attach_salt_forms
from anonymiser.text.spans import Span


def _product(text: str, mention: str, category: str = "product", label: str = "Code") -> Span:
    start = text.index(mention)
    return Span(start, start + len(mention), category, "x", 0.85, label, mention.lower())


@pytest.mark.parametrize(("text", "code", "whole"), [
    ("Supply of QZ-6183 HCl from the plant.", "QZ-6183", "QZ-6183 HCl"),
    ("RL-2093 sodium was filed.", "RL-2093", "RL-2093 sodium"),
    ("Form: TW-5180 mesilate monohydrate (crystalline)", "TW-5180", "TW-5180 mesilate monohydrate"),
    ("TW-5180 free base, 2 kg", "TW-5180", "TW-5180 free base"),
])
def test_a_salt_or_hydrate_after_a_product_code_goes_with_it(text: str, code: str, whole: str) -> None:
    [span] = attach_salt_forms([_product(text, code)], text)
    assert text[span.start:span.end] == whole and span.key == code.lower()


def test_a_salt_after_a_declared_code_goes_with_it_and_shares_its_placeholder() -> None:
    result = anonymise_text("Batch of QZ-6183 HCl shipped; QZ-6183 stable.", terms=["QZ-6183"])
    assert "HCl" not in result.text and len({f.replacement for f in result.findings}) == 1


@pytest.mark.parametrize(("text", "mention", "category", "label"), [
    ("Zentoval sodium tablets", "Zentoval", "product", "Product"),  # (a brand in words: no code)
    ("Lot 24-0117 HCl wash", "24-0117", "identifier", "Code"),  # (a batch, not a substance)
    ("QZ-6183, sodium-free buffer", "QZ-6183", "product", "Code"),  # (punctuation between)
    ("QZ-6183 sodiumless", "QZ-6183", "product", "Code"),  # (a longer word)
])
def test_what_is_no_product_code_and_its_salt_stays_as_found(text: str, mention: str, category: str, label: str) -> None:
    span = _product(text, mention, category, label)
    assert attach_salt_forms([span], text) == [span]


def test_a_salt_word_found_as_something_else_is_not_taken_over() -> None:
    text = "QZ-6183 Na 0.2%"
    code, other = _product(text, "QZ-6183"), Span(8, 10, "person", "y", 0.6, "Person", "na")
    assert attach_salt_forms([code, other], text) == [code, other]


@pytest.mark.parametrize(("text", "code", "whole"), [
    ("Impurity: QZ-6183 N-oxide NMT 0.15 %", "QZ-6183", "QZ-6183 N-oxide"),
    ("called QZ-6183-NO in the LIMS", "QZ-6183", "QZ-6183-NO"),
    ("the QZ-6183 des-fluoro analogue", "QZ-6183", "QZ-6183 des-fluoro"),
    ("TW-5180 O-desmethyl, a major metabolite", "TW-5180", "TW-5180 O-desmethyl"),
    ("RL-2093 glucuronide in plasma", "RL-2093", "RL-2093 glucuronide"),
    ("covering QZ-6183.HCl and its hydrates", "QZ-6183", "QZ-6183.HCl"),
])
def test_a_metabolite_or_a_glued_salt_after_a_product_code_goes_with_it(text: str, code: str, whole: str) -> None:
    [span] = attach_salt_forms([_product(text, code)], text)
    assert text[span.start:span.end] == whole and span.key == code.lower()


@pytest.mark.parametrize(("text", "code"), [
    ("QZ-6183-NOV batch", "QZ-6183"),  # (a longer code)
    ("QZ-6183 oxidesheet", "QZ-6183"),  # (a longer word, and no N- or S- before "oxide")
    ("QZ-6183.HClx", "QZ-6183"),
    ("QZ-6183.pdf", "QZ-6183"),  # (a file's type)
])
def test_what_only_starts_like_a_metabolite_or_a_glued_salt_stays_out(text: str, code: str) -> None:
    span = _product(text, code)
    assert attach_salt_forms([span], text) == [span]


@pytest.mark.parametrize(("text", "whole"), [
    ("Impurity cpd 6683-N-oxide NMT 0.15 %", "cpd 6683-N-oxide"),
    ("known as cpd 6683-NO in the report", "cpd 6683-NO"),
    ("and compound 6683 des-fluoro in ours", "compound 6683 des-fluoro"),
])
def test_a_numbered_compound_and_its_metabolite_are_one_finding(text: str, whole: str) -> None:
    result = anonymise_text(text)
    assert [f.original for f in result.findings] == [whole]
