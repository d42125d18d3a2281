"""Telephone extensions written alone: "ext. 4471", "extension 2217", "Ext 310", "x4417" (an internal number
reaches one person as surely as a full one), taken with their word. An extension after a full number goes
with that number. An extension of four digits or more, once written with its word, is the same extension where
the text writes its digits bare again ("the greeting on 5183 still names him")."""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.spans import Span

_WORDED = PatternRecogniser(
    name="phone_extension",
    category="contact",
    label="Phone",
    patterns=(Pattern(re.compile(r"(?i:ext\.?|extn\.?|extension(?:[ \t]+is)?)[ \t]*(?:no\.?[ \t]*)?:?[ \t]*(?P<num>\d{3,6})(?![\d.,/-]\d)(?!\w)"),
                      0.85, anchor=re.compile(r"ext")),
              # a phone system's voicemail box, its extension: "Mailbox: 5183 (Wenna Mabry, QA)"
              Pattern(re.compile(r"(?i:voice[ -]?mail(?:[ \t]+box)?|mailbox)[ \t]*(?:no\.?[ \t]*)?:?[ \t]*(?P<num>\d{3,6})"
                                 r"(?![\d.,/-]\d)(?!\w)"), 0.8, anchor=re.compile(r"voice|mailbox")),
              # the same abroad: "Durchwahl -217", "wewn. 214", "wew. 212", "poste 3127", "interno 22"
              Pattern(re.compile(r"(?i:durchwahl|wewn?\.|wewn|poste|interno)[ \t]*:?[ \t]*-?(?P<num>\d{2,6})(?![\d.,/-]\d)(?!\w)"),
                      0.8, anchor=re.compile(r"durchwahl|wew|poste|interno")),
              # a hospital's or a site's pager: "bleep 4471", "Pager no. 2231" (NHS trusts' "bleep")
              Pattern(re.compile(r"(?i:bleep|pager)(?:[ \t]+(?:no\.?|number))?[ \t]*:?[ \t]*#?(?P<num>\d{3,6})(?![\d.,/-]\d)(?!\w)"),
                      0.8, anchor=re.compile(r"bleep|pager")),
              # "Tasha  x4417", "or x5000": the short form on rotas and cards (not "2x500", "x 10")
              Pattern(re.compile(r"(?<![\w.,/-])x(?P<num>\d{4,5})(?![\w.,/-]?\d|[\w%])"), 0.8,
                      requires=re.compile(r"x\d{4}")),),
    reason="Telephone extension",
)
# A word for another line or number after a comma ("internal 2000, ext 2001", "internal 2204, bleep 4471").
_PHONE_WORD_AFTER = r"(?i:ext|extn|extension|x\d|tel|phone|mob|mobile|bleep|pager|fax|internal|direct|dial|switchboard|voicemail)\b"
# A site's internal line after its word, as an emergency list or a rota writes it under the full number: "internal
# 2000", "Internal: 2204", "int. ext 4471", "short dial 22 14". Not a year or a count read on into a sentence
# ("internal 2024 audit", "internal 3000 series"): the number ends its line or its sentence ("call internal 2204.") or is
# followed by a bracket, a dash, or a comma before another word for a phone ("internal 2000, bleep 4471"; not "the
# internal 3000, 4000 and 5000 series"). ("dial 4000 from any phone" alone is a phone system's service: its voicemail,
# its operator.) A year after the word alone is a heading's or a report's ("Internal 2024"): a line written as one
# says so ("internal line 2024", "internal ext 1990"). (But "internal 2000", a switchboard's round number, is a line.)
# (Not taken as an extension written again: a bare "2000" elsewhere may be a year.)
_INTERNAL = PatternRecogniser(
    name="phone_extension",
    category="contact",
    label="Phone",
    patterns=(Pattern(re.compile(r"(?i:internal[ \t]+(?:ext\.?|extn\.?|extension|line|phone|dial)|int\.[ \t]*ext\.?"
                                 r"|(?:short|speed|internal)[ -]?dial"
                                 r"|internal(?:[ \t]+(?:no\.?|number))?(?![ \t]*:?[ \t]*(?:19\d\d|20(?!00)\d\d)(?!\d)))"
                                 r"[ \t]*:?[ \t]*(?P<num>\d{4,5}|\d{2}[ ]\d{2})"
                                 r"(?=[ \t]*(?:$|\n|[);/|]|\.(?!\S)|,(?=[ \t]*" + _PHONE_WORD_AFTER + r")|[-\u2013\u2014][ \t]|\("
                                 r"|(?i:from|or|and)\b))"),
                      0.8, group="num", anchor=re.compile(r"internal|int\.|speed|short")),),
    reason="Telephone extension",
)
# "Wenna Mabry x482", "ring Oswin on x482": an extension of three digits in its short form, after a name or a word
# for calling (not "sample x100", "2x500": a count or a dilution).
_SHORT_X = re.compile(r"x(?<![\w.,/-]x)\d{3}(?![\w.,/%-]?\d|[\w%])")
_SHORT_X_HINT = re.compile(r"x\d{3}(?!\d)")
_NAME_OR_CALL_BEFORE = re.compile(r"(?:\b(?P<name>[A-Z][a-z]+)|\b(?i:on|call|ring|phone|tel|ext|extension|dial)[ \t]*[:.]?)[ \t]*$")
_DIGITS = re.compile(r"\d{4,6}")
_MIN_REPEATED = 4  # (a number of three digits written bare is too often a count, a room or a code)


class PhoneExtensionRecogniser:
    name = "phone_extension"

    def find(self, doc: Document) -> Iterator[Span]:
        extensions: dict[str, str] = {}
        for span in _WORDED.find(doc):
            yield span
            digits = _DIGITS.search(doc.text, span.start, span.end)
            if digits and len(digits.group()) >= _MIN_REPEATED:
                extensions.setdefault(digits.group(), span.key)
        yield from _INTERNAL.find(doc)
        if _SHORT_X_HINT.search(doc.text):
            for short in _SHORT_X.finditer(doc.text):
                before = _NAME_OR_CALL_BEFORE.search(doc.text, max(0, short.start() - 24), short.start())
                if before and not (before.group("name") and before.group("name").lower() in english_words()):
                    yield Span(short.start(), short.end(), "contact", self.name, 0.75, "Phone", short.group()[1:],
                               "Telephone extension")
        for number, key in extensions.items():
            for bare in _written_again(number).finditer(doc.text):
                if not _WORD_BEFORE.search(doc.text, max(0, bare.start() - 12), bare.start()):
                    yield Span(bare.start(), bare.end(), "contact", self.name, 0.75, "Phone", key,
                               "Telephone extension written again")


def _written_again(number: str) -> re.Pattern[str]:
    """``number`` written bare, led by its digits (``re`` skips ahead to them) and the character before it looked
    behind at."""
    return re.compile(rf"{number}(?<![\w.,/£$€#-]{number})(?![\w%]|[.,/-]\d)")


# (a bare number after its word or an "x" is the worded pattern's already)
_WORD_BEFORE = re.compile(r"(?i:ext\.?|extn\.?|extension|x)[ \t]*(?:no\.?[ \t]*)?:?[ \t]*$")


RECOGNISER = PhoneExtensionRecogniser()
