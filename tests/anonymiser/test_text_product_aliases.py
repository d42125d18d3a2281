"""What a product's or organisation's bracket teaches: another name for it (an acronym, a code, a coined brand),
never the person or place the bracket names. All names invented."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _categories(text: str, word: str) -> set[str]:
    return {f.category for f in anonymise_text(text).findings if f.original == word}


def test_a_person_in_brackets_after_a_product_code_is_no_alias_of_the_product():
    text = ("Owner: Isolde Brannagh (QA Lead)\n\n"
            "Release notes for DEV-0412 (Brannagh) were approved on Monday.\nBrannagh will chase the supplier.")
    assert _categories(text, "Brannagh") == {"person"}


def test_a_given_name_in_brackets_after_a_product_code_is_no_alias_of_the_product():
    text = "Release notes for DEV-0412 (Ludovica) were approved.\nLudovica asked about it on Friday."
    assert "product" not in _categories(text, "Ludovica")


@pytest.mark.parametrize(("text", "alias"), [
    ("The DEV-0412 (Zumiraxa) launch is in May. Zumiraxa sales start in June.", "Zumiraxa"),
    ("Trelvani Biologics (TVB) signed. TVB will ship in March.", "TVB"),
])
def test_a_coined_name_or_acronym_in_brackets_is_still_taught(text, alias):
    result = anonymise_text(text)
    assert alias not in result.text


@pytest.mark.parametrize("misspelt", ["Trelfaow", "Trelaskwxo"])
def test_a_misspelt_declared_surname_is_never_labelled_a_product(misspelt):
    text = f"Gwithian Trelaskow opened the review. Trelaskow said the batch was fine.\nLater {misspelt} agreed to sign.\n"
    findings = anonymise_text(text, terms=["Gwithian Trelaskow", "Trelaskow"]).findings
    assert not [f for f in findings if f.category == "product" or f.replacement.startswith("[Product")]


def test_a_misspelt_declared_term_keeps_the_terms_own_placeholder():
    text = "Trelaskow said the batch was fine.\nLater Trelaskwxo agreed to sign.\n"
    findings = {f.original: f.replacement for f in anonymise_text(text, terms=["Trelaskow"]).findings}
    assert findings["Trelaskwxo"] == findings["Trelaskow"]



def _product_mentions(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "product"]


@pytest.mark.parametrize("line", ["Packs on the shelf today: Quelmira 30.", "We sent Quelmira 40, plenty left."])
def test_a_count_after_a_medicines_name_is_not_taken_as_its_strength(line):
    text = f"Order: Quelmira 20 mg tablets.\n{line}\n"
    assert "Quelmira" in _product_mentions(text)
    assert not any(m.endswith(("30", "40")) for m in _product_mentions(text))


@pytest.mark.parametrize(("line", "mention"), [
    ("The dose of Quelmira 500, once daily.", "Quelmira 500"),
    ("She was switched to Quelmira 40.", "Quelmira 40"),
    ("Stock: Quelmira 20, twelve packs.", "Quelmira 20"),  # (the same number with its unit elsewhere)
    ("Packs: Quelmira 40 caplets.", "Quelmira 40 caplets"),  # (and its form, ``dosage_forms``)
])
def test_a_bare_strength_is_taken_where_the_text_says_it_is_one(line, mention):
    assert mention in _product_mentions(f"Order: Quelmira 20 mg tablets.\n{line}\n")


def test_another_code_of_a_found_products_family_is_found_in_other_separators():
    text = "- QVZ-2291 (oral JAK inhibitor): tox done\n- QVZ.3307 and QVZ/4410 enter phase I in Q3\n"
    assert {"QVZ.3307", "QVZ/4410"} <= set(_product_mentions(text))


def test_a_trade_acronyms_number_is_no_product_family():
    assert _product_mentions("See SOP-1234 and SOP.5678 for the steps.") == []


def test_a_code_in_lower_case_after_a_word_for_a_compound_is_a_product():
    assert "qz-5512" in _product_mentions("The compound qz-5512 failed solubility; candidate qz5513 replaces it.")


def test_a_trade_acronyms_code_in_lower_case_after_compound_is_no_product():
    assert _product_mentions("The compound sop-1234 was not followed.") == []
