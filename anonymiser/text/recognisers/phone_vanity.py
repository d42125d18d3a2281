"""Telephone numbers with letters for digits, as advertisements and letterheads print them: "0800 FLOW-KIT",
"1-800-KELVARRO", "1-888-PUMP-NOW", "Hotline 0800 TAPS FIX" (a freephone or toll-free prefix, then letters and
digits in capitals, read on a keypad). A company's vanity number reaches it as surely as the digits do.

The letters follow a freephone or toll-free prefix of the UK, Ireland, Australia or North America. A run of capitals
after such a figure is often something else ("0800 GMT DAILY", "0800 BST-SHIFT"), so the number needs North
America's "1" before its prefix ("1-800-…") or a word for a telephone straight before it ("Phone: 0800 FLOW-KIT").
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.spans import Span

# (scanned only in a text with a hint of one: the look-behind is tried at every position of that text)
_VANITY = re.compile(
    r"(?<![\w+(-])(?P<prefix>(?:\+?1[ .-]?)?\(?8(?:00|33|44|55|66|77|88)\)?|0800|0808|0500|1300|1800)"
    r"[ .-](?P<body>[A-Z0-9]{2,}(?:[ .-][A-Z0-9]{2,}){0,2})(?![\w-])")
_HINT = re.compile(r"8(?:00|33|44|55|66|77|88)[ .)-]+[A-Z0-9]*[A-Z]|(?:0808|0500|1300)[ .-][A-Z0-9]*[A-Z]")
_PHONE_WORD_BEFORE = re.compile(r"(?i:\b(?:phone|tel|telephone|call|ring|dial|hotline|helpline|freephone|freecall|"
                                r"toll[ -]free|fax|order\s+line|sales)\b)[ \t.:/-]*\Z")
_NORTH_AMERICAN = re.compile(r"\+?1[ .-]")
_KEYPAD = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "22233344455566677778889999")


class PhoneVanityRecogniser:
    name = "phone_vanity"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        if not _HINT.search(text):
            return
        for match in _VANITY.finditer(text):
            body = match.group("body")
            letters = sum(c.isalpha() for c in body)
            alnum = sum(c.isalnum() for c in body)
            if letters < 3 or alnum - letters > 2 or not 6 <= alnum <= 10:  # (words on a keypad: not "ABC123X")
                continue
            if not (_NORTH_AMERICAN.match(match.group("prefix"))
                    or _PHONE_WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())):
                continue
            key = "".join(c for c in match.group().translate(_KEYPAD) if c.isdigit())
            yield Span(match.start(), match.end(), "contact", self.name, 0.9, "Phone", key,
                       "Telephone number with letters for digits")


RECOGNISER = PhoneVanityRecogniser()
