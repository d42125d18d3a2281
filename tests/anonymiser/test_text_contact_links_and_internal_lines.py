"""Contacts written as a link's target ("mailto:", "tel:", "sip:") and a site's internal line written after its word
("internal 2000", "Internal: 2204"). All names and numbers invented."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _contacts(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "contact"]


@pytest.mark.parametrize(("text", "link"), [
    ("[Jo Okafor](mailto:j.okafor@kelvarro.co.uk)", "mailto:j.okafor@kelvarro.co.uk"),
    ("Write to <mailto:j.okafor@kelvarro.co.uk> today.", "mailto:j.okafor@kelvarro.co.uk"),
    ('<a href="MAILTO:qa@kelvarro.co.uk">QA</a>', "MAILTO:qa@kelvarro.co.uk"),
    ("Complaints: mailto:j.okafor@kelvarro.co.uk?subject=Complaint%20CMP-12 please.",
     "mailto:j.okafor@kelvarro.co.uk?subject=Complaint%20CMP-12"),
    ("Softphone: sip:j.okafor@kelvarro.co.uk", "sip:j.okafor@kelvarro.co.uk"),
    ("[+44 1632 960418](tel:+441632960418)", "tel:+441632960418"),
    ("call tel:+441632960418 now", "tel:+441632960418"),
])
def test_a_links_scheme_goes_with_its_address(text, link):
    assert link in _contacts(text)


def test_a_mailto_link_reads_as_the_address_it_links():
    result = anonymise_text("[j.okafor@kelvarro.co.uk](mailto:j.okafor@kelvarro.co.uk)")
    assert "mailto" not in result.text
    assert len({f.replacement for f in result.findings if f.category == "contact"}) == 1


@pytest.mark.parametrize(("text", "number"), [
    ("Tel:01632 960418", "01632 960418"),
    ("TEL:01632 960418", "01632 960418"),
])
def test_a_cards_label_glued_to_its_number_stays_a_label(text, number):
    result = anonymise_text(text)
    assert number in _contacts(text)
    assert result.text.lower().startswith("tel:")
