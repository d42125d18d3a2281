"""A name written again in another script, in brackets after the name found in Latin letters: "MORIKAWA
Kenji (森川 健二)", "Khalid Al-Zahrani (م. خالد الزهراني)", "Zhejiang Huaxin Pharma (浙江华新康泰药业有限公司)".

Documents from partners abroad give a person's or a company's name in both scripts. A second opinion: the
bracket is taken as what the name before it was found to be (person or organisation), with the same
placeholder; a bracket of another script after anything else is left to the residual-risk warnings.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.spans import Span

NAME = "other_script"
# A bracket of letters of no Latin script (CJK, Arabic, Cyrillic, Greek, Hebrew, Devanagari ...), with the
# spaces, dots and middle dots names are written with; found from the bracket's first letter.
_BRACKET = re.compile(r"[ \t]*[(（][ \t]*(?P<name>(?:[^\x00-\u024f()（）\n]|[ .·-]){1,40}?)[ \t]*[)）]")
_LATIN_MAX = 0x024F


class OtherScriptRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        text = doc.text
        if text.isascii():
            return
        for span in found:
            if span.label not in ("Person", "Organisation") and span.category not in ("person", "organisation"):
                continue
            bracket = _BRACKET.match(text, span.end)
            if bracket is None or not any(c.isalpha() and ord(c) > _LATIN_MAX for c in bracket.group("name")):
                continue
            yield Span(bracket.start("name"), bracket.end("name"), span.category, self.name, span.confidence,
                       span.label, span.key, "The name before it, written in another script")


RECOGNISER = OtherScriptRecogniser()
