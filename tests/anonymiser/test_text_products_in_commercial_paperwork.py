"""Products and identifiers in commercial paperwork (price lists, portfolio reviews, board papers, competitor analyses):
a brand in capitals that is an ordinary word before its form and strength; and the table
headings, drug classes and generic medicines such papers carry that are no one's name and no brand. All names
invented."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _found(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in anonymise_text(text).findings:
        out.setdefault(f.original, set()).add(f.category)
    return out


@pytest.mark.parametrize("cell", [
    "LAGOON nasal spray 0.05%",
    "TUNDRA cream 1%",
    "PLOVER film-coated tablets 10 mg",
])
def test_a_brand_in_capitals_that_is_a_word_before_its_form_and_strength_is_a_product(cell):
    text = f"| OHX-5512 | {cell} (own brand for a pharmacy chain) | Keep |\n"
    assert _found(text).get(cell) == {"product"}  # (its form and strength with it, ``dosage_forms``)


def test_a_heading_in_capitals_before_a_form_without_strength_is_no_product():
    found = _found("SUMMARY tablets remain the largest format this year.\n")
    assert "SUMMARY" not in found


@pytest.mark.parametrize("word", ["Brand", "SKU", "Delist"])
def test_a_commercial_tables_headings_and_decisions_are_no_person(word):
    text = ("| Brand | Strength / form | Pack | SKU | Decision |\n"
            "|---|---|---|---|---|\n"
            "| Quiverel | 5 mg tablets | 28 | 7710-028 | Delist |\n"
            "| Cobblan | 10 mg tablets | 56 | 7711-056 | Keep |\n")
    assert "person" not in _found(text).get(word, set())


def test_price_opening_a_sentence_is_no_given_name():
    found = _found("Price agreed under the voluntary scheme: £12.40 per pack.\n")
    assert "person" not in found.get("Price", set())


def test_a_drug_class_in_capitals_is_no_product():
    found = _found("Our inhaler holds 9% of the branded ICS/LABA segment; SSRI and DOAC volumes are flat.\n")
    assert not {"ICS", "LABA", "SSRI", "DOAC"} & set(found)


def test_an_antiplatelet_generic_before_its_strength_is_no_brand():
    found = _found("| 2.07 | Cangrelor 50 mg powder | generic (no brand) | 10 | £41.00 |\n")
    assert not any("Cangrelor" in original for original in found)
