"""A document's revision after its number goes with it (``anonymiser.text.revisions``)."""
from __future__ import annotations

import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize(("text", "redacted"), [
    ("See SOP-QV-0917 Rev. B", "See [Document A]"),  # (the letter is no initial of someone's)
    ("Form F-QV-8826 rev 6 applies.", "Form [Code A] applies."),
    ("Spec SPEC-DX-0092 v3.0 was issued.", "Spec [Document A] was issued."),
])
def test_a_revision_after_a_document_number_is_redacted_with_it(text, redacted):
    assert anonymise_text(text).text == redacted


def test_a_revision_number_that_starts_a_date_is_left_to_the_date():
    result = anonymise_text("Form F-QX-4472 rev 6 June 2024 applies.")
    assert "F-QX-4472" not in result.text and "2024" in result.text and "6 June" not in result.text
