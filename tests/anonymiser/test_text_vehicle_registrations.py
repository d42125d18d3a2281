"""Vehicle registrations in visitor logs and notes go; codes and words in capitals that only look like one stay."""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize(("text", "reg"), [
    ("| 11/06 | Facilities | FK62 RWD | C-04 | 06:12 |", "FK62 RWD"),
    ("Can someone sort a visitor pass? Reg MT19XBD.", "MT19XBD"),
    ("Vehicle registration: P214 KLM, silver estate", "P214 KLM"),
    ("car: ABC 123D in bay 4", "ABC 123D"),
])
def test_a_vehicle_registration_goes(text: str, reg: str) -> None:
    assert reg not in anonymise_text(text).text


@pytest.mark.parametrize("text", ["Batch GB21 ABQ", "solid MT19XBD without a cue", "line AB12 and CDE", "the ISO9001 QMS"])
def test_codes_that_only_look_like_a_registration_stay(text: str) -> None:
    assert all(f.recogniser != "vehicle_registration" for f in anonymise_text(text).findings)
