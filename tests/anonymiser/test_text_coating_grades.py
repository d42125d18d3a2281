"""A coating's or an excipient's trade name with its colour and grade is a product: "Velacoat 85F white", "Quillcoat-OM
Yellow 22K"; a machine's model, a supplier's grade alone or a colour in prose is not, nor an excipient's grade after its
name ("MCC PH102") or after the word "grade". (Names invented for the tests; none is in the evaluation corpus.)"""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _products(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "product"]


@pytest.mark.parametrize(("text", "name"), [
    ("          └─ film coat Velacoat 85F white mat 1000402 batch 77", "Velacoat 85F white"),
    ("the revised coating suspension (Quillcoat-OM Yellow 22K, our code)", "Quillcoat-OM Yellow 22K"),
    ("Coating: Velacoat II White 85F18422 at 12% solids", "Velacoat II White 85F18422"),
])
def test_a_coatings_trade_name_with_its_colour_and_grade_is_a_product(text: str, name: str) -> None:
    assert name in _products(text)


@pytest.mark.parametrize("text", [
    "lactose monohydrate, MCC PH102 and magnesium stearate",  # (a supplier's grade alone)
    "Steam autoclave Getinge GEV 6612 in the filling suite",  # (a machine's model: no colour)
    "Tablets were Yellow 22K times brighter",  # (no trade name before the colour)
    "Coating: Ordinary White 85F on the cores",  # (an English word before the colour)
])
def test_what_only_looks_like_a_coatings_grade_is_no_product(text: str) -> None:
    assert _products(text) == []


@pytest.mark.parametrize("text", [
    "     ├─ MCC PH102  mat 1000211  batch 55",
    "HPMC K100LV from the usual supplier",
    'supplier grade "QV-Ac SD-711", supplier item 4',
    "the grade TX-2210 is sold by several makers",
])
def test_an_excipients_grade_is_no_product_code(text: str) -> None:
    assert _products(text) == []


@pytest.mark.parametrize(("text", "code"), [
    ("MCC and lactose blended with QRX-7731 API", "QRX-7731"),  # (a word between: the code is no grade)
    ("Upgrade QRX-7731 batches", "QRX-7731"),  # ("grade" inside a longer word)
])
def test_a_code_near_an_excipient_but_not_its_grade_is_still_a_product(text: str, code: str) -> None:
    assert code in _products(text)
