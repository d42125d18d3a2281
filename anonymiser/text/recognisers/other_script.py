"""A name written again in another script, in brackets after the name found in Latin letters: "MORIKAWA
Kenji (森川 健二)", "Khalid Al-Zahrani (م. خالد الزهراني)", "Zhejiang Huaxin Pharma (浙江华新康泰药业有限公司)"; or just
before it, the Latin name after it or in brackets: "From: 森川 健二 MORIKAWA Kenji", "检验员: 钱晓梅 (QIAN Xiaomei)".

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
# The same just before a found name: a run of such letters ending a stretch, then spaces or an opening bracket
# (searched in the few characters before the name).
_BEFORE = re.compile(r"(?<![^\x00-\u024f()（）\n])(?P<name>[^\x00-\u024f()（）\n\s](?:[^\x00-\u024f()（）\n]|[ .·-]){0,39}?)"
                     r"(?:[ \t]+|[ \t]*[(（][ \t]*)$")
_REACH = 48


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
            if bracket is not None and _other_letters(bracket.group("name")):
                yield Span(bracket.start("name"), bracket.end("name"), span.category, self.name, span.confidence,
                           span.label, span.key, "The name before it, written in another script")
            before = _BEFORE.search(text, max(0, span.start - _REACH), span.start)
            if before is not None and _other_letters(before.group("name")):
                yield Span(before.start("name"), before.end("name"), span.category, self.name, span.confidence,
                           span.label, span.key, "The name after it, written in another script")


def _other_letters(name: str) -> bool:
    return any(c.isalpha() and ord(c) > _LATIN_MAX for c in name)


RECOGNISER = OtherScriptRecogniser()
