"""A place abroad named after a UK one is no UK site: "New York" and "New Durham" stay (a place abroad, left like a
country); a town before a state abroad ("Boston, Massachusetts", "Durham, North Carolina") is a placeholder, not an
English region; "York" and "Durham" alone are still generalised. States abroad that are nobody's given name are no
unfamiliar names either."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


@pytest.mark.parametrize(("text", "kept"), [
    ("Our office is in the US (New York).", "(New York)"),
    ("The plant in New Durham was sold.", "in New Durham"),
])
def test_a_new_place_abroad_named_after_a_uk_place_stays(text: str, kept: str) -> None:
    out = anonymise_text(text).text
    assert kept in out and "England" not in out and "Humber" not in out, out


@pytest.mark.parametrize(("text", "redacted", "kept"), [
    ("Flights from Boston, Massachusetts on Monday.", "Boston", ", Massachusetts on"),
    ("Our partner in Durham, North Carolina, fills vials.", "Durham", ", North"),
    ("The lab in Cambridge, Ontario opened.", "Cambridge", ", Ontario opened"),
])
def test_a_town_before_a_state_abroad_is_a_placeholder_not_an_english_region(text: str, redacted: str, kept: str) -> None:
    out = anonymise_text(text).text
    assert redacted not in out and kept in out and "England" not in out, out


@pytest.mark.parametrize(("text", "region"), [
    ("The plant in York was sold.", "Yorkshire and The Humber"),
    ("We moved from Durham to the coast.", "North East England"),
    ("Our site in Boston, Lincolnshire ships daily.", "East Midlands"),
])
def test_the_uk_place_itself_is_still_generalised(text: str, region: str) -> None:
    assert region in anonymise_text(text).text
