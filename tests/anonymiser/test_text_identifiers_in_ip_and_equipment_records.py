"""Identifiers as IP notes, regulatory trackers and equipment registers write them: an international patent
application's number whole, a UK clinical trial authorisation, a serial number with its "S/N" in capitals, a serial
with its maker's prefix in a register's serial column; and their look-alikes. (Numbers invented for the tests; none is
in the evaluation corpus.)"""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.category, f.original) for f in anonymise_text(text).findings]


@pytest.mark.parametrize(("text", "number"), [
    ("Crystalline form B filed 2023; PCT PCT/GB2024/061234.", "PCT/GB2024/061234"),
    ("national phase of PCT/EP2022/071122 entered", "PCT/EP2022/071122"),
    ("the old PCT/GB04/00123 lapsed", "PCT/GB04/00123"),
])
def test_an_international_applications_number_is_found_whole(text: str, number: str) -> None:
    assert ("identifier", number) in _found(text)


@pytest.mark.parametrize(("text", "number"), [
    ("initial CTA, authorised: CTA 51234/0062/001-0001 in July", "CTA 51234/0062/001-0001"),
    ("substantial amendment under CTA 51234/0062/001 (pending)", "CTA 51234/0062/001"),
])
def test_a_uk_clinical_trial_authorisation_is_a_licence_number(text: str, number: str) -> None:
    assert ("identifier", number) in _found(text)


@pytest.mark.parametrize("text", [
    "CTA fee 3400/2024 paid",  # (a fee and a year)
    "the CTA was submitted on 10/06/2024",
])
def test_what_only_starts_like_a_clinical_trial_authorisation_is_no_licence(text: str) -> None:
    assert not any(original.startswith("CTA") for _, original in _found(text))


def test_a_serial_numbers_s_n_in_capitals_goes_with_it() -> None:
    result = anonymise_text("high-shear granulator S/N 81-44039, fluid bed dryer to match")
    assert "S/N" not in result.text and "81-44039" not in result.text


def test_a_serial_numbers_s_n_in_lower_case_stays_before_it() -> None:
    result = anonymise_text("the granulator s/n 81-44039 here")
    assert "s/n" in result.text and "81-44039" not in result.text


_REGISTER = """Tag      | Description       | Manufacturer | Serial no.   | IQ
---------|-------------------|--------------|--------------|-----
QV-AUT-01 | Steam autoclave  | Autoclaves   | QE-6612-0448 | done
QV-WFI-01 | WFI still        | Stills       | MS 42-7731   | done
QV-INC-07 | Incubator        | Incubators   | PIN 7720-4416 | done
QV-BMS-01 | Building system  | Systems      | n/a          | done
"""


def test_a_serial_with_its_makers_prefix_in_a_serial_column_is_found_whole() -> None:
    assert ("identifier", "MS 42-7731") in _found(_REGISTER)


def test_a_label_before_a_code_in_a_serial_column_is_no_prefix_of_it() -> None:
    assert ("identifier", "PIN 7720-4416") not in _found(_REGISTER)


@pytest.mark.parametrize(("text", "number"), [
    ("Batch record extract (page 14 of 31, eBR-QX25E0041)", "eBR-QX25E0041"),
    ("see eBMR-24-0117 for the steps", "eBMR-24-0117"),
    ("raised in eQMS-DEV-0412 on Monday", "eQMS-DEV-0412"),
])
def test_an_electronic_records_number_led_by_its_systems_name_is_found_whole(text: str, number: str) -> None:
    assert ("identifier", number) in _found(text)


@pytest.mark.parametrize("text", [
    "all eBR-ready sites go live",  # (no digit: a word)
    "a same-eBR-12345 join",  # (inside a longer token)
    "the eCTD v4.0 readiness",
])
def test_what_only_starts_like_an_electronic_records_number_is_no_record(text: str) -> None:
    assert not any("eBR" in original or "eCTD" in original for _, original in _found(text))
