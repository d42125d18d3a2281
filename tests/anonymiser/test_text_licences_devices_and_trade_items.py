"""Marketing authorisation numbers, hardware addresses and trade item numbers go, whatever their spacing; times,
versions, phone numbers and numbers in groups that are none of them stay."""
from __future__ import annotations

import pytest

from anonymiser.text.document import Document
from anonymiser.text.recognisers import gtin, licence_number, mac_address


def _found(recogniser, text: str) -> list[str]:
    return [text[s.start:s.end] for s in recogniser.find(Document(text))]


@pytest.mark.parametrize("number", [
    "PL 58206/0009", "PL 58206 / 0009", "PL58206/0009", "PLGB 58206/0002/IA/005", "PLNI 58206/0002", "THR 58206/0001",
    "PA 2210/005/001", "EU/1/19/1488/001", "EU/1/19/1488/001\u2013004", "RVG 117402", "NL/H/4410/001/II/021",
    "DE/H/xxxx/WS/0657",
])
def test_an_authorisation_or_procedure_number_goes_whole(number: str) -> None:
    assert _found(licence_number.RECOGNISER, f"Our licence {number} was varied.") == [number]


@pytest.mark.parametrize("text", [
    "The PLC answered on page 12/0004.", "Rev PL2/1 of the drawing.", "The EU 1/21 guidance applies.",
    "Ratio 47213/0009 in the blend",
])
def test_numbers_without_a_licence_prefix_stay(text: str) -> None:
    assert _found(licence_number.RECOGNISER, text) == []


@pytest.mark.parametrize("address", ["02:4C:9E:7A:11:D3", "de-ad-be-ef-10-22", "0242.ac11.0002"])
def test_a_hardware_address_goes(address: str) -> None:
    assert _found(mac_address.RECOGNISER, f"Switch port 4: {address} (HMI).") == [address]


@pytest.mark.parametrize("text", [
    "Logged at 12:30:45 on line 2.",          # a time: three parts
    "Account 1234.5678.9012 was closed.",     # digits in groups of four, no letter
    "Mixed separators 00:50-56:A3:1F:7C.",    # no address mixes them
    "IPv6 fe80::1:2:3:4:5 stays for the IP recogniser.",
])
def test_times_and_numbers_in_groups_are_no_hardware_address(text: str) -> None:
    assert _found(mac_address.RECOGNISER, text) == []


def test_gs1_check_digit() -> None:
    assert gtin.check_digit_valid("4006381333931")
    assert gtin.check_digit_valid("05012345678900")
    assert not gtin.check_digit_valid("4006381333932")


@pytest.mark.parametrize(("text", "number"), [
    ("Pack 4 006381 333931 printed.", "4 006381 333931"),          # a valid check digit in a barcode's groups
    ("GTIN: 05012345678900", "05012345678900"),                     # after its name
    ("EAN-13 400638133393 1", "400638133393 1"),
    ("| 0 5061299 30072 8 | (a table headed GTIN)", "0 5061299 30072 8"),
])
def test_a_trade_item_number_goes(text: str, number: str) -> None:
    assert _found(gtin.RECOGNISER, text) == [number]


@pytest.mark.parametrize("text", [
    "Pack 1 234567 890123 printed.",  # groups like a barcode's, no valid check digit, no word of GTINs
    "Call 0 1632 960001 now.",
    "GTIN 123 due next week.",        # too few digits after the name
])
def test_digits_in_groups_without_a_valid_check_or_the_word_stay(text: str) -> None:
    assert _found(gtin.RECOGNISER, text) == []


@pytest.mark.parametrize("code", ["PXR.7712.BLD.03", "SMP.26.008814", "K517/2604B", "GB31-0884/02", "DR-66213/B11"])
def test_a_code_joined_by_dots_or_slashes_goes(code: str) -> None:
    from anonymiser.text.recognisers import separated_code
    assert _found(separated_code.RECOGNISER, f"Sample {code} was pulled.") == [code]


@pytest.mark.parametrize("text", [
    "Enclosure IP65/IP67 and flange DN50/PN16.",   # specifications: one join, few digits
    "Targets for Q1/2024 and FY24/25.",            # periods
    "Certified to ISO/IEC 27001 and EN/ISO/14644.",  # standards
    "Dated 14/03/2024, version 1.2.3, pi 3.14, N/A.",  # numbers alone, no code
    "Serial 21.4471.0093 is digits alone.",       # (no capital: left to the cue-led recognisers)
    "Dose 10 mg/mL from WWW.EXAMPLE.COM.",
])
def test_specifications_periods_standards_and_numbers_are_no_separated_code(text: str) -> None:
    from anonymiser.text.recognisers import separated_code
    assert _found(separated_code.RECOGNISER, text) == []


@pytest.mark.parametrize("text", ["See 3.2.P.3.5 of the dossier.", "Page P.001/003 of the fax.", "Hotfix HF-11.4.2-07 applied."])
def test_dossier_sections_pages_and_releases_are_no_separated_code(text: str) -> None:
    from anonymiser.text.recognisers import separated_code
    assert _found(separated_code.RECOGNISER, text) == []
