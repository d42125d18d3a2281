"""The default allow-list's names (technology vendors, public bodies, funds) as organisations: under the default
policy the engine keeps every one of them, so this recogniser changes nothing; under a policy whose ``allow`` leaves
some out ("allow: [MHRA]"), those it leaves out are redacted like any other company ("Siemens supplied it" →
"[Organisation A] supplied it"), as no other recogniser takes a vendor's name. A name the list writes in capitals is
one only in capitals: "SAP" and "GEA", not "Sap rises" or "Gea" (a given name)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

from anonymiser.text.data import lines
from anonymiser.text.document import Document
from anonymiser.text.recognisers.gazetteer import Entry, GazetteerRecogniser
from anonymiser.text.spans import Span, entity_key


def _load() -> dict[str, Entry]:
    return {name: Entry(name) for name in lines("allow_list.txt")}


@dataclass
class AllowListedRecogniser(GazetteerRecogniser):
    @cached_property
    def acronyms(self) -> frozenset[str]:
        """The keys of the names the list writes in capitals ("SAP", "ABB")."""
        return frozenset(entity_key(name) for name in self.load() if name.isupper())

    def find(self, doc: Document) -> Iterator[Span]:
        for span in super().find(doc):
            if span.key in self.acronyms and not doc.text[span.start:span.end].isupper():
                continue
            yield span


RECOGNISER = AllowListedRecogniser(
    name="allow_listed", category="organisation", label="Organisation", load=_load,
    confidence=0.7, reason="Vendor or public body this policy does not keep",
)
