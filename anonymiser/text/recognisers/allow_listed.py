"""The default allow-list's names (technology vendors, public bodies, funds) as organisations: under the default
policy the engine keeps every one of them, so this recogniser changes nothing; under a policy whose ``allow`` leaves
some out ("allow: [MHRA]"), those it leaves out are redacted like any other company ("Siemens supplied it" →
"[Organisation A] supplied it"), as no other recogniser takes a vendor's name."""
from __future__ import annotations

from anonymiser.text.data import lines
from anonymiser.text.recognisers.gazetteer import Entry, GazetteerRecogniser


def _load() -> dict[str, Entry]:
    return {name: Entry(name) for name in lines("allow_list.txt")}


RECOGNISER = GazetteerRecogniser(
    name="allow_listed", category="organisation", label="Organisation", load=_load,
    confidence=0.7, reason="Vendor or public body this policy does not keep",
)
