"""E-mail addresses, also obfuscated (``jane [at] acme [dot] com``).

Found from their ``@`` (or ``at`` in brackets) outwards: scanning the text for ``[\\w.+-]+@`` at
every word would cost most of a run.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.languages import ENGLISH_SMALL_WORDS
from anonymiser.text.link_schemes import EMAIL_SCHEMES, scheme_before
from anonymiser.text.recognisers.person_names import is_given_name
from anonymiser.text.recognisers import anchor_scan
from anonymiser.text.spans import Span, entity_key

# "@|[\[({][ \t]*at[ \t]*[\])}]" led by one character class, so ``re`` skips ahead to "@", "[", "(" or "{".
# (and "<at>", "[@]": an HTML page's and a forum's ways of writing it)
# (and "&#64;", "&#x40;", "\\u0040": an HTML page's character reference and a JSON string's escape for it)
_AT = anchor_scan.registered(re.compile(r"[@\[({<&\\](?:(?<=@)|(?<=[\[({<])[ \t]*(?:at|@)[ \t]*[\])}>]|(?<=&)#(?:64|x40);"
                                        r"|(?<=\\)u0040)"))
_LOCAL = re.compile(r"[\w.+-]+[ \t]*$")
# (a part may be broken at its hyphen across a line, as a printed letter breaks it: "quillon-ana-\nlytics.co.uk")
_PART = r"[\w-]+(?:(?<=-)\n[\w-]+)?"
# (a dot written "[dot]", "(DOT)", "<dot>" or defanged "[.]")
_DOMAIN = re.compile(rf"[ \t]*{_PART}(?:(?:\.|[ \t]*[\[({{<][ \t]*(?:(?i:dot)|\.)[ \t]*[\])}}>][ \t]*){_PART})+")
# A domain after an "@" written with its dots as words or spaced, as a page hides it from robots or a caption writes
# it: "@example dot com", "@ example . co . uk" (its last part a known top-level domain).
_SPELLED_DOMAIN = re.compile(r"[ \t]*[\w-]+(?:[ \t]+(?i:dot)[ \t]+[\w-]+|[ \t]+\.[ \t]+[\w-]+)+")
_SPELLED_DOT = re.compile(r"[ \t]+(?i:dot)[ \t]+|[ \t]+\.[ \t]+")
# A picture's size for a screen after an "@", a file's extension after it: "logo@2x.png" is no address.
_FILE_AFTER_AT = re.compile(r"[ \t]*\d(?:\.\d)?x\.|.*\.(?i:png|jpe?g|gif|svg|webp|pdf|docx?|xlsx?|pptx?|csv|txt|zip)$")
# A real domain's last part: letters only ("(at)acme.co.uk"; not "(at) 10.30", a time).
_LETTERS_ENDING = re.compile(r"\.[^\W\d_]{2,}$")
_LETTERS_LAST = re.compile(r"(?<![\w-])[^\W\d_]{2,}$")  # (a domain's last part, however its dot is written)
# A domain a scan broke with a stray space, inside a part or beside a dot: "help@corrow-engineeri ng.co.uk",
# "corrow-engineering .co.uk", "corrow-engineering.co. uk" (taken when the whole, the space dropped, ends as a domain does).
_BROKEN_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*(?:[ ]?\.[ ]?|[ ])[\w-]+(?:\.[\w-]+)*")
_KNOWN_ENDING = re.compile(r"\.(?:co\.uk|org\.uk|ac\.uk|com|net|org|eu|uk|de|ie|nl|fr|pl|it|es)$")
# A domain wrapped after a dot, its ending alone at the next line's start: "jo.okafor@kelvarro.\nco.uk", "...@kelvarro.\nio",
# in capitals too, "...@kelvarro.\nCO.UK" (which endings a domain's are: ``_wraps_a_domains_ending``).
_WRAPPED_DOMAIN = re.compile(r"[\w-]{1,63}(?:\.[\w-]{1,63}){0,8}\.\n[ \t]*(?P<ending>[A-Za-z]{2,6}(?:\.[A-Za-z]{2,3})?)(?![\w@-]|\.\w)")
# The endings taken though they are English words ("com", "net", "org", "de"): as the next line's first word no sentence
# starts with them.
_WRAPPED_ENDINGS = frozenset({"co.uk", "org.uk", "ac.uk", "nhs.uk", "uk", "com", "net", "org", "eu", "de", "ie", "nl", "fr", "pl",
                              "cz", "dk", "se", "fi", "ch", "ae", "cn", "com.cn", "co.in", "biz", "dev", "edu", "gov"})
# A country's ending (its region's code, as ``phonenumbers`` lists them) and the second level before one ("co.za").
_COUNTRY_ENDINGS = frozenset(region.lower() for region in phonenumbers.SUPPORTED_REGIONS) | {"uk"}
_SECOND_LEVELS = frozenset({"co", "com", "org", "net", "ac", "gov", "edu"})
# A domain's last dot misread by a scan as a comma: "jo.bloggs@kelvarro,com" (a known ending after it, then no more).
_NAME_PART = re.compile(r"[\w-]{2,}")
_COMMA_ENDING = re.compile(r",(?i:co\.uk|org\.uk|ac\.uk|com|net|org|eu|de|ie|nl|fr|pl|it|es)(?![\w@.-]|\.\w)")
# A "mailto:" link's query after the address: "?subject=Complaint%20CMP-12&cc=..." (the subject may name the case).
_MAILTO_QUERY = re.compile(r"\?[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?]")


class EmailRecogniser:
    name = "email"

    def find(self, doc: Document) -> Iterator[Span]:
        for at in anchor_scan.finditer(_AT, doc, doc.lower):
            local = _LOCAL.search(doc.text, max(0, at.start() - 64), at.start())
            domain = _DOMAIN.match(doc.text, at.end())
            if at.group() == "@" and (not domain or doc.text.startswith((" .", ". "), domain.end())) \
                    and (broken := _BROKEN_DOMAIN.match(doc.text, at.end())) and " " in broken.group() \
                    and _KNOWN_ENDING.search(broken.group().replace(" ", "")):
                domain = broken  # a scan's stray space inside the domain
            if at.group() == "@" and not domain and doc.text.startswith("\n", at.end()) and local \
                    and local.group()[-1] not in " \t":
                domain = _DOMAIN.match(doc.text, at.end() + 1)  # "jo.bloggs@\nexample.com": wrapped after its "@"
            if at.group() == "@" and (not domain or "." not in domain.group()) \
                    and (spelled := _SPELLED_DOMAIN.match(doc.text, at.end())) \
                    and _KNOWN_ENDING.search("." + _SPELLED_DOT.split(spelled.group().strip())[-1].lower()):
                domain = spelled  # "jo@example dot com", "jo @ example . com"
            if at.group() == "@" and ".\n" in doc.text[at.end():at.end() + 80] \
                    and (wrapped := _WRAPPED_DOMAIN.match(doc.text, at.end())) \
                    and _wraps_a_domains_ending(wrapped.group("ending")):
                domain = wrapped  # "jo.okafor@kelvarro.\nco.uk": wrapped after a dot, a known ending on the next line
            end = domain.end() if domain else 0
            if at.group() == "@" and local and not domain and (name := _NAME_PART.match(doc.text, at.end())) \
                    and (comma := _COMMA_ENDING.match(doc.text, name.end())):
                domain, end = name, comma.end()  # "jo@kelvarro,com": a scan's comma for the last dot
            elif not local or not domain or "." not in domain.group() and "dot" not in domain.group().lower():
                continue
            if at.group() == "@" and _FILE_AFTER_AT.match(domain.group()):
                continue  # "logo@2x.png", "icon@3x.svg"
            if at.group() == "@" and local.group()[-1] in " \t" and domain.group()[:1] not in " \t":
                continue  # "Tobias @t.quarshie": a name, then a mention ("jo @ acme.com" is spaced on both sides)
            if at.group() == "@" and local.group()[-1] in " \t" and not _LETTERS_LAST.search(domain.group()):
                continue  # "e-mail me @ 10.30": a time
            start = local.start()
            if at.group() != "@" and not re.search(r"[\[({<][ \t]*(?:dot|\.)", doc.lower[at.end():end]) \
                    and not _LETTERS_ENDING.search(domain.group()):
                continue  # ("[at] 10.30": a time; "j_doe(at)acme.co.uk" and "jo [at] acme [dot] com" are addresses)
            key = entity_key(doc.text[start:end])
            if at.group() == "@" and (scheme := scheme_before(doc.text, start, EMAIL_SCHEMES)) is not None:
                start = scheme  # (keyed by the address alone: "mailto:jo@acme.com" is the mailbox "jo@acme.com")
                if (query := _MAILTO_QUERY.match(doc.text, end)) and doc.lower.startswith("mailto", start):
                    end = query.end()
            yield Span(start, end, "contact", self.name, 0.99 if at.group() == "@" else 0.9, "Email", key,
                       "E-mail address")
        if " AT " in doc.text or "-at-" in doc.lower or "_at_" in doc.lower:
            yield from _at_and_dot_in_words(doc, self.name)
        yield from _mailboxes_alone(doc, self.name)


def _wraps_a_domains_ending(ending: str) -> bool:
    """Whether the first word of the line after an address's dot ends its domain: a known ending ("co.uk", "com"), or
    a country's with no English word for its start ("io", "co.za"; not "In the end", "no", "me"), in one case
    throughout ("CO.UK"; not "Com")."""
    if not (ending.islower() or ending.isupper()):
        return False
    lower = ending.lower()
    if lower in _WRAPPED_ENDINGS:
        return True
    *second, last = lower.split(".")
    if second:
        return second[0] in _SECOND_LEVELS and last in _COUNTRY_ENDINGS
    return last in _COUNTRY_ENDINGS and last not in english_words() and last not in ENGLISH_SMALL_WORDS


# An address hidden from robots with "AT" and "DOT" in capitals, or joined by dashes or underscores: "anand.s AT
# brezina-chem DOT in", "jo.okafor -at- kelvarro -dot- com", "jo_at_kelvarro_dot_com" (any country's ending: the
# capitals or the joins say it is an address; "at ... dot" in lower case is speech's, read elsewhere).
# (the joined "at" with its domain's dots written as dots too: "jo -at- kelvarro.com", "jo_at_kelvarro.com")
# (found from " AT " / "-at-" / "_at_", which ``re`` skips ahead to; the local part looked back for)
_WORDED_AT = re.compile(r"[ ]AT[ ](?P<domain>[\w-]+(?:[ ]DOT[ ][\w-]+)+)"
                        r"|[ ]?-at-[ ]?(?:(?P<dashed>\w+(?:[ ]?-dot-[ ]?\w+)+)|(?P<dashed_dots>\w+(?:-\w+)*(?:\.\w+(?:-\w+)*)+))"
                        r"|_at_(?:(?P<underscored>[a-z0-9]+(?:_dot_[a-z0-9]+)+)|(?P<underscored_dots>[a-z0-9-]+(?:\.[a-z0-9-]+)+))",
                        re.IGNORECASE)
_WORDED_LOCAL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}$")
_WORDED_ENDING = re.compile(r"(?:DOT|-dot-|_dot_|\.)[ ]?[^\W\d_]{2,6}$", re.IGNORECASE)


def _at_and_dot_in_words(doc: Document, name: str) -> Iterator[Span]:
    for at in _WORDED_AT.finditer(doc.text):
        domain = at.group("domain")
        if domain is not None and (" AT " != doc.text[at.start():at.start() + 4] or " DOT " not in at.group()):
            continue  # (capitals only: "meet at gate dot five" is no address)
        underscored = at.group("underscored") or at.group("underscored_dots")
        if underscored is not None and not doc.text.startswith("_at_", at.start()):
            continue  # (lower case joined by underscores only)
        local = _WORDED_LOCAL.search(doc.text, max(0, at.start() - 64), at.start())
        if local is None or not _WORDED_ENDING.search(at.group()) or not re.search(r"[^\W\d_]", local.group()):
            continue
        if domain is not None and not any(c.islower() for c in local.group() + domain):
            continue  # ("SEE YOU AT THE DOT COM PARTY": a line in capitals)
        if (underscored is not None or at.group("dashed_dots") is not None and not at.group().startswith(" -at- ")) \
                and (local.group().lower() in english_words() or local.group().lower() in ENGLISH_SMALL_WORDS):
            continue  # ("the_at_risk_dot_com": a program's name of words; "look-at-me.com", a site's, its "-at-" unspaced)
        yield Span(local.start(), at.end(), "contact", name, 0.85, "Email", entity_key(doc.text[local.start():at.end()]),
                   "E-mail address written with its signs as words")


# A mailbox's local part written alone after a word for mailing it, the domain taken as known: "mail tbrzeski for
# access", "cc w.mabry on the reply" (in lower case, no English word, no given name alone: "mail procurement").
# (led by the word's first letter, the word's start looked behind at: ``re`` skips ahead to those letters)
_MAILBOX_ALONE = re.compile(r"[EeMmCcBb](?<!\w.)(?i:(?<=e)-?mail|(?<=m)ail|(?<=c)c|(?<=b)cc)(?:[ \t]+(?:it[ \t]+)?to|:)?[ \t]+"
                            r"(?P<local>[a-z][a-z0-9]*(?:[._][a-z][a-z0-9]*)?)(?![\w@-]|\.\w)")
_MAILBOX_HINT = re.compile(r"[emcb](?<!\w.)(?:(?<=e)-?mail|(?<=m)ail|(?<=c)c|(?<=b)cc):? ")
_SHORTEST_MAILBOX = 5


def _mailboxes_alone(doc: Document, name: str) -> Iterator[Span]:
    if not ("mail" in doc.lower or "cc" in doc.lower) or not _MAILBOX_HINT.search(doc.lower):
        return
    for said in _MAILBOX_ALONE.finditer(doc.text):
        local = said.group("local")
        if len(local) < _SHORTEST_MAILBOX or any(part in english_words() or part in ENGLISH_SMALL_WORDS
                                                 or is_given_name(part.capitalize()) for part in re.split(r"[._]", local)):
            continue
        if local.rstrip("s") in english_words() or local.rstrip("0123456789") in english_words():
            continue  # ("mail updates", "cc team2": words)
        yield Span(said.start("local"), said.end("local"), "contact", name, 0.75, "Email", entity_key(local),
                   "Mailbox written without its domain")


RECOGNISER = EmailRecogniser()
