"""A medicine's mark, release form, strength and dosage form written after its name go with it.
(Names and codes here are invented for the tests; none is in the evaluation corpus.)"""
from __future__ import annotations

import pytest

from anonymiser import anonymise_text
from anonymiser.text.dosage_forms import attach_dosage_forms
from anonymiser.text.spans import Span


def _product(text: str, mention: str, category: str = "product", label: str = "Product") -> Span:
    start = text.index(mention)
    return Span(start, start + len(mention), category, "x", 0.85, label, mention.lower())


@pytest.mark.parametrize(("text", "name", "whole"), [
    ("Quorvamil® 20 mg tablets,national,IB", "Quorvamil", "Quorvamil® 20 mg tablets"),
    ("Renvastel™ oral solution,national,II", "Renvastel", "Renvastel™ oral solution"),
    ("Marketed: Quorvamil® XR (UK launch)", "Quorvamil", "Quorvamil® XR"),
    ("used in Quorvamil® 75 mg), and more", "Quorvamil", "Quorvamil® 75 mg"),
    ("Product: Quorvamil 2.5 mg prolonged-release tablets   Item 4", "Quorvamil 2.5 mg",
     "Quorvamil 2.5 mg prolonged-release tablets"),
    ("FINISHED GOOD: QUORVAMIL 5MG TABS 28  mat 4000318", "QUORVAMIL", "QUORVAMIL 5MG TABS 28"),
    ("export pack QUORVAMIL 5MG TABS 30 IE, shipped", "QUORVAMIL", "QUORVAMIL 5MG TABS 30 IE"),
    ("bulk tablets QZ-4418 5mg core coated  batch BT1", "QZ-4418", "QZ-4418 5mg core coated"),
    ("Renvastel 2.5 mg/5 ml oral solution, 100 ml bottle", "Renvastel", "Renvastel 2.5 mg/5 ml oral solution"),
    ("Renvastel 50 mg/mL concentrate for solution for infusion.", "Renvastel",
     "Renvastel 50 mg/mL concentrate for solution for infusion"),
    ("Quorvamil 10 mg x 28 (carton)", "Quorvamil", "Quorvamil 10 mg x 28"),
    ("Quorvamil® 1 g sachets arrived", "Quorvamil", "Quorvamil® 1 g sachets"),  # (grams before a form: a dose)
    ("Quorvamil 20 mg film coated tablets, 28", "Quorvamil", "Quorvamil 20 mg film coated tablets"),
    ("Quorvamil 10 mg prolonged release tablets", "Quorvamil", "Quorvamil 10 mg prolonged release tablets"),
    ("Quorvamil 400 micrograms inhaler", "Quorvamil", "Quorvamil 400 micrograms inhaler"),
])
def test_what_a_medicines_name_carries_after_it_goes_with_it(text: str, name: str, whole: str) -> None:
    [span] = attach_dosage_forms([_product(text, name)], text)
    assert text[span.start:span.end] == whole and span.key == name.lower()


def test_a_declared_brands_mark_strength_and_form_share_its_placeholder() -> None:
    result = anonymise_text("Quorvamil® 20 mg tablets approved; Quorvamil sales up.", terms=["Quorvamil"])
    assert "20 mg" not in result.text and "tablets" not in result.text
    assert len({f.replacement for f in result.findings}) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("Quorvamil® (UK, IE)", "Quorvamil"),  # (a mark alone: as found)
    ("QZ-4418 API campaign of 240 kg", "QZ-4418"),  # (a batch's mass, no dose)
    ("QZ-4418 500 g retained", "QZ-4418"),
    ("Project Quorvamil core team", "Project Quorvamil"),  # (a team's core, no tablet's)
    ("QZ-4418 oral JAK1 inhibitor", "QZ-4418"),  # (a word that only starts a form)
    ("Quorvamil hard work", "Quorvamil"),
    ("RS24-0031       104 %", "RS24-0031"),  # (a table's next column)
    ("Vendrake Medical's inhaler range", "Vendrake Medical's"),  # (a maker's product)
    ("QZ-4418 1 g retained", "QZ-4418"),  # (grams with no form after them: a mass)
])
def test_what_is_no_strength_or_form_of_the_product_stays_as_found(text: str, name: str) -> None:
    span = _product(text, name)
    assert attach_dosage_forms([span], text) == [span]


def test_a_number_after_a_form_in_prose_is_no_pack_count() -> None:
    text = "Quorvamil tablets 300 were rejected"
    [span] = attach_dosage_forms([_product(text, "Quorvamil")], text)
    assert text[span.start:span.end] == "Quorvamil tablets"


@pytest.mark.parametrize(("text", "name", "label"), [
    ("Quorvamil 20 mg tablets", "Quorvamil", "Person"),  # (a declared term read as a person)
    ("Quorvamil Ltd 20 mg tablets", "Quorvamil Ltd", "Organisation"),
])
def test_a_declared_term_read_as_no_product_takes_no_form(text: str, name: str, label: str) -> None:
    span = _product(text, name, "declared", label)
    assert attach_dosage_forms([span], text) == [span]


def test_a_strength_found_as_something_else_is_not_taken_over() -> None:
    text = "Quorvamil 20 mg tablets"
    name, other = _product(text, "Quorvamil"), Span(10, 15, "quantity", "y", 0.6, "Quantity", "20 mg")
    assert attach_dosage_forms([name, other], text) == [name, other]


def test_a_strength_after_the_form_goes_with_it_and_is_no_pack_count() -> None:
    text = "PACKAGE - QZ-4418 FILM-COATED TABLETS 10 mg / 25 mg"
    [span] = attach_dosage_forms([_product(text, "QZ-4418")], text)
    assert text[span.start:span.end] == "QZ-4418 FILM-COATED TABLETS 10 mg"  # (not "10" as a pack's count)


def test_a_tools_name_in_camel_case_takes_no_dose() -> None:
    text = "Our PackHand tool is live. PackHand 2 mg was a typo."
    span = _product(text, "PackHand 2")
    span = span.moved(span.start, span.start + len("PackHand"))
    assert attach_dosage_forms([span], text) == [span]


@pytest.mark.parametrize(("text", "whole"), [
    ("FINISHED GOOD: ZELQUORAN 5MG TABS 28  mat 4000318", "ZELQUORAN 5MG TABS 28"),
    ('"description": "ZELQUORAN 10MG FCT 28 UK",', "ZELQUORAN 10MG FCT 28 UK"),
    ("material 4000318 ZELQUORAN 5 MG TABS X28", "ZELQUORAN 5 MG TABS X28"),
    ("CORVAQUIN 2.5MG/5ML ORAL SOLN 150ML", "CORVAQUIN 2.5MG/5ML ORAL SOLN 150ML"),
    ('"materialDescription": "ZELQUORAN 10MG FCT 3X10 BLI",', "ZELQUORAN 10MG FCT 3X10 BLI"),
])
def test_an_erp_lines_brand_in_capitals_is_found_with_its_strength_form_and_pack(text: str, whole: str) -> None:
    assert [f.original for f in anonymise_text(text).findings if f.category == "product"] == [whole]


@pytest.mark.parametrize("text", [
    "HPMC 100MG",  # (an excipient's acronym)
    "TOTAL 500MG",  # (a word)
    "DESCRIPTION 10MG",
])
def test_a_word_or_an_acronym_before_a_strength_in_capitals_is_no_brand(text: str) -> None:
    assert anonymise_text(text).findings == ()


def test_a_packs_count_after_a_strength_already_found_goes_with_it() -> None:
    result = anonymise_text("Artwork for Zelquoran 10 mg x 28 carton")
    assert [f.original for f in result.findings] == ["Zelquoran 10 mg x 28"]


@pytest.mark.parametrize(("text", "name", "whole"), [
    ("QUORVAMIL 5MG TABS 30 QA released", "QUORVAMIL", "QUORVAMIL 5MG TABS 30"),  # ("QA": no market)
    ("Quorvamil® 10 mg x 3 days", "Quorvamil", "Quorvamil® 10 mg"),  # (a course's length, no pack)
])
def test_what_follows_a_pack_or_a_dose_and_is_none_of_it_stays(text: str, name: str, whole: str) -> None:
    [span] = attach_dosage_forms([_product(text, name)], text)
    assert text[span.start:span.end] == whole
