"""E-mail addresses, also obfuscated (``jane [at] acme [dot] com``).

Found from their ``@`` (or ``at`` in brackets) outwards: scanning the text for ``[\\w.+-]+@`` at
every word would cost most of a run.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.document import Document
from anonymiser.text.recognisers import anchor_scan
from anonymiser.text.spans import Span, entity_key

# "@|[\[(][ \t]*at[ \t]*[\])]" led by one character class, so ``re`` skips ahead to "@", "[" or "(".
_AT = anchor_scan.registered(re.compile(r"[@\[(](?:(?<=@)|(?<=[\[(])[ \t]*at[ \t]*[\])])"))
_LOCAL = re.compile(r"[\w.+-]+[ \t]*$")
# (a part may be broken at its hyphen across a line, as a printed letter breaks it: "quillon-ana-\nlytics.co.uk")
_PART = r"[\w-]+(?:(?<=-)\n[\w-]+)?"
_DOMAIN = re.compile(rf"[ \t]*{_PART}(?:(?:\.|[ \t]*[\[(][ \t]*dot[ \t]*[\])][ \t]*){_PART})+")


class EmailRecogniser:
    name = "email"

    def find(self, doc: Document) -> Iterator[Span]:
        for at in anchor_scan.finditer(_AT, doc, doc.lower):
            local = _LOCAL.search(doc.text, max(0, at.start() - 64), at.start())
            domain = _DOMAIN.match(doc.text, at.end())
            if not local or not domain or "." not in domain.group() and "dot" not in domain.group().lower():
                continue
            if at.group() == "@" and local.group()[-1] in " \t" and domain.group()[:1] not in " \t":
                continue  # "Tobias @t.quarshie": a name, then a mention ("jo @ acme.com" is spaced on both sides)
            start, end = local.start(), domain.end()
            if at.group() != "@" and not re.search(r"[\[(][ \t]*dot", doc.lower[at.end():end]):
                continue
            yield Span(start, end, "contact", self.name, 0.99 if at.group() == "@" else 0.9, "Email",
                       entity_key(doc.text[start:end]), "E-mail address")


RECOGNISER = EmailRecogniser()
