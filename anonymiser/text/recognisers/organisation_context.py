"""Third-party organisations with no legal suffix or sector word, known by their context:
"our supplier Halvergate", "partnered with Corrie Moss", "contract manufacturer Tolland", "sourced
from Brackenfield".

Keyword first (a cheap scan of the lower-cased text), then one to three capitalised words after it.
A name that starts with a given name ("worked with Priya Shah") is left to the person recogniser,
and words of the trade, places and allow-listed vendors are not names here (the policy keeps vendors).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonymiser.text.document import Document
from anonymiser.text.recognisers.organisation_suffix import generic_words, org_key
from anonymiser.text.recognisers.person_names import broad_given_names
from anonymiser.text.spans import Span
from anonymiser.text.wordtrie import trie_pattern

_ROLES = ("supplier", "suppliers", "vendor", "partner", "partners", "customer", "customers", "client", "clients",
          "contractor", "subcontractor", "integrator", "system integrator", "systems integrator", "distributor",
          "cdmo", "cmo", "cro", "contract manufacturer", "contract manufacturing partner", "licensee", "licensor",
          "wholesaler", "competitor", "rival", "acquirer", "parent company", "sister company", "subsidiary")
_LINKS = ("partnered with", "partnering with", "partnership with", "in partnership with", "collaboration with",
          "collaborating with", "collaborated with", "teamed up with", "joint venture with", "contract with",
          "contracted", "outsourced to", "supplied by", "sourced from", "bought from", "purchased from",
          "acquired by", "acquisition of", "acquired", "subsidiary of", "spun out of", "spin-out from",
          "licensed from", "licensed to", "on behalf of", "manufactured by", "made by", "built by", "installed by", "commissioned from")
_KEYWORD = re.compile(rf"(?<![\w-])(?:(?P<role>{trie_pattern(_ROLES)})|{trie_pattern(_LINKS)}),?[ \t]+")
_UP = "A-ZÀ-ÖØ-Þ"
_NAME = re.compile(rf"(?P<name>[{_UP}][\w'&+-]*[a-z0-9][\w'&+-]*(?:[ \t]+(?:&[ \t]+)?[{_UP}][\w'&+-]*[a-z][\w'&+-]*){{0,2}})"
                   rf"(?![\w-]|[ \t]+(?:[{_UP}]|and[ \t]+[{_UP}]))")


@cache
def _not_names() -> frozenset[str]:
    from anonymiser.text.recognisers.place_context import _NOT_PLACES

    return generic_words() | _NOT_PLACES | frozenset(
        "dr prof mr mrs ms mx miss sir dame lord lady i we our my your his her its their".split())


class OrganisationContextRecogniser:
    name = "organisation_context"

    def find(self, doc: Document) -> Iterator[Span]:
        for keyword in _KEYWORD.finditer(doc.lower):
            match = _NAME.match(doc.text, keyword.end())
            if match is None:
                continue
            words = match.group("name").split()
            if words[0] in broad_given_names() or any(w.strip("'").lower() in _not_names() for w in words):
                continue
            start, end = match.span("name")
            if words[-1].endswith(("'s", "\u2019s")):  # "Halvergate's engineers"
                words[-1], end = words[-1][:-2], end - 2
            mention = " ".join(words)
            # after a role ("supplier X") a town's name is the company's; after a link ("sourced from X")
            # a place keeps its own reading
            confidence = 0.9 if keyword.group("role") else 0.7
            yield Span(start, end, "organisation", self.name, confidence, "Organisation", org_key(mention),
                       "Organisation named by its role (supplier, partner…)")


RECOGNISER = OrganisationContextRecogniser()
