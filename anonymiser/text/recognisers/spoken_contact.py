"""Contacts and numbers written as they were spoken, as speech recognition and call notes write them:
"a dot nnamdi at castlegate healthcare dot co dot uk", "oh one two one, four nine six, oh eight seven
three", "ring me on forty four two three", "four five double oh two one", "w w w dot ... forward slash careers".

An address or website is found from its spoken ending ("dot com", "dot co dot uk") backwards
(``text/spoken_addresses.py``). A run of number words (``text/spoken_numbers.py``) is a number when it spells
six digits or more, or three or more after a word for calling. It is a telephone number after such a word, after
"plus", or with the digits of one ("0" and 10 or 11 digits, "00" and 11 to 15, "44" and 12); otherwise an
identifier (a tracking, order or ticket number read out). A number begun and not finished goes on over fillers,
corrections, the listener's turn or a caption's cue ("oh one six three two, erm, nine six ..."). A quantity with
its unit and a time to call are no numbers.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from anonymiser.text.document import Document
from anonymiser.text.recognisers import anchor_scan
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.spoken_addresses import addresses, domainless_mailboxes, handles, spelled_addresses, websites
from anonymiser.text.spoken_numbers import (CUE_BREAK, DIGIT, TEEN, TENS, TOKEN, TURN, complete_phone,
                                              corrected_group, digits, joined_pieces, phone_start, year_like)

_WORD = r"[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?"
_S = rf"(?:[ \t]+|[ \t]*\n[ \t]*|{CUE_BREAK})"  # (a caption's line may break anywhere, and a caption end)
_CUE_BREAKS = re.compile(CUE_BREAK)
# (for ``search``: "[ \t\n,]dot[ \t\n,]|[ \t\n]at[ \t]+[a-z0-9-]+\." with the class both start with taken first, so
# ``re`` skips ahead to it; led by alternatives, the pattern was tried at every position)
_ADDRESS_HINT = re.compile(r"[ \t\n,](?:dot[ \t\n,]|(?<=[ \t\n])at[ \t]+[a-z0-9-]+\.)")
# An address read out, then a part of it spelled for the listener: "... at skelby q c dot com – that's S-K-E-L-B-Y, Q, C".
_SPELLED_AFTER = re.compile(r"[ \t]*[,.;:\u2013\u2014-]?[ \t]*(?:that's|that[ \t]+is|it's|spelt|spelled)[ \t,:]+"
                            r"(?P<letters>[a-z](?:(?:-|,?[ \t]+)[a-z](?![a-z'])){2,40})")
# "v t underscore service", "tiverly underscore ro": a log-in read out.
_SPOKEN_HANDLE = re.compile(
    rf"(?<![a-z0-9])(?:[a-z][ \t]+)*{_WORD}(?:{_S}underscore{_S}(?:[a-z][ \t]+)?{_WORD})+(?![a-z0-9])")

# (a run goes on across a caption's line break between words only: "2019\nTwenty years" is a year and a heading)
_WORD_BREAK = r"(?<![0-9])[ \t]*\n[ \t]*(?=[a-z])"
_NUMBER_RUN = re.compile(
    rf"(?<![\w-])(?:plus[ \t]+)?{TOKEN}(?:(?:,?[ \t]+|{_WORD_BREAK}|[ \t]*-[ \t]*|,){TOKEN})+(?![\w-])")
# A word for calling, then a few small words before the number: "ring me on", "give me a call back on", "my
# mobile's", "ring the switchboard on", "get hold of me on". "line", "text" and the like only with a word that
# makes them a telephone's ("my direct line", "text me on"): a packing line two three four is no number to ring.
_CALLING_WORD = (r"phone|tel|telephone|mobile|mob|landline|ring|call|extension|extn|ext|dial|hotline|helpline|"
                 r"switchboard|bleep|pager|fax|(?:direct|phone|land|support|help|service|contact|enquiry|enquiries|"
                 r"customer|my|our|his|her|their)[ \t]+line|(?:text|whatsapp|bell|buzz|line)(?=[ \t]+(?:me|us|him|her|them|on)\b)")
_AFTER_CALLING = (r"me|us|him|her|them|is|on|at|it's|its|number|no|back|a|the|my|our|his|their|direct|again|anytime|"
                  r"please|straight|through|via|directly|office|mobile|desk|landline|switchboard|reception|ok|if|you|"
                  r"can|need|want|just|then|instead")
_CALLING = re.compile(
    rf"(?:\b(?:{_CALLING_WORD})(?:'s)?\b(?:[ \t]+(?:{_AFTER_CALLING})\b)*"
    r"|\b(?:get|reach|contact|catch)(?:[ \t]+hold[ \t]+of)?[ \t]+(?:me|us|him|her|them)[ \t]+on"
    # "my number's", "the callback number is", "I'm on": a number of one's own, said as a telephone's is
    r"|\b(?:my|your|his|her|our|their|direct|contact|desk|office|work|home|callback|call[ \t]+back)[ \t]+number(?:'s)?"
    r"(?:[ \t]+is)?|\b(?:i'm|i[ \t]+am|we're|he's|she's|they're)[ \t]+on"
    # "the QA contact is myself on": a person named as the contact, then the number to reach them on
    r"|\b(?:myself|himself|herself|themselves)[ \t]+on)[ \t,:.]*$")
# "call me at two thirty", "ring at oh nine hundred": a time to call, not a number.
_AT_A_TIME = re.compile(r"\b(?:at|around|about|by|after|before|until|till|from|between)[ \t,:.]*$")
# What a quantity is counted in, said after it: "two four hundred litre tanks", "one two zero thousand vials".
_COUNTED_IN = re.compile(r"[ \t]+(?:thousand|million|billion|k|litres?|liters?|millilitres?|mls?|kilos?|kilograms?|kgs?|"
                         r"grams?|tonnes?|tons?|tablets?|capsules?|vials?|units?|bottles?|batches|tanks?|pallets?|doses?|"
                         r"boxes|cartons?|packs?|hours?|hrs|minutes?|mins|seconds?|days?|weeks?|months?|years?|percent|"
                         r"per[ \t]+cent|degrees?|microns?|rpm|bar|people|operators|shifts?|metres?|meters?|mm|"
                         r"pounds|quid|euros?|dollars?)(?![a-z])")
_SPOKEN_WORD = re.compile(r"[a-z]")  # a run of digits alone ("12 15 18 20 22 25") is a table's numbers
_CHEAP = anchor_scan.registered(re.compile(
    r"\b(?:oh|zero|nought|double|triple|treble|one|two|three|four|five|six|seven|eight|nine)\b"))
# "extension twenty four": an extension of one number word (two words or more are a run like any other)
# (Speed, the same matches as "(?<![a-z])(?:extension|extn|ext)…", tried in the same order: led by its "e", which ``re``
# skips ahead to, and the letter before looked behind at; led by a look-behind, it was tried at every position.)
_EXTENSION_ALONE = re.compile(rf"e(?<![a-z]e)xt(?:ension|n)?(?:[ \t]+(?:is|number|no|on))*[ \t]+{TOKEN}(?![\w-])")
# After a telephone number read out: its extension ("..., extension two four") or a dial-in code's "hash".
_EXTENSION_AFTER = re.compile(
    rf"[,.]?[ \t]+(?:(?:and|then)[ \t]+)*(?:extension|extn|ext)(?:[ \t]+(?:is|number|no))*[ \t]+{TOKEN}"
    rf"(?:(?:,?[ \t]+|[ \t]*-[ \t]*){TOKEN})*(?![\w-])")
_HASH_AFTER = re.compile(r"[ \t]+(?:hash|pound)(?:[ \t]+(?:key|sign))?(?![a-z])")
# "0 7 7 0 0 9 0 0 5 1 6": a number read out digit by digit, written in figures by speech recognition.
_SPACED_DIGITS = re.compile(r"(?<![\w.+])(\+[ \t]?)?\d(?:,?[ \t]\d){9,14}(?![\w.]|,?[ \t]\d)")
_SPACED_HINT = re.compile(r" (?<=\d )\d \d \d \d")  # (``\d \d \d \d \d``, from its first space: ``re`` skips ahead to it)
_COUNTING = "0123456789012345"  # ("0 1 2 3 4 5 6 7 8 9": a scale counted, not a number read out)
# Numbers everyone may call: no contact of anyone ("dial nine nine nine").
_PUBLIC = frozenset({"999", "112", "111", "101", "911"})


class SpokenContactRecogniser:
    name = "spoken_contact"

    def find(self, doc: Document) -> Iterator[Span]:
        if _ADDRESS_HINT.search(doc.lower):
            yield from self._addresses(doc)
        for start, end in domainless_mailboxes(doc.lower):
            yield from self._said(doc, start, end, "Email", 0.8, "Mailbox read out without its domain")
        if next(anchor_scan.finditer(_CHEAP, doc, doc.lower), None):  # (``_CHEAP.search``)
            yield from self._numbers(doc)
        if _SPACED_HINT.search(doc.text):
            yield from self._spaced_digits(doc)
        if " on " in doc.lower and " at " in doc.lower:
            for start, end in handles(doc.lower):
                yield from self._said(doc, start, end, "Handle", 0.8, "Social media handle read out")
        if "underscore" in doc.lower:
            for handle in _SPOKEN_HANDLE.finditer(doc.lower):
                yield from self._said(doc, handle.start(), handle.end(), "Handle", 0.8, "Log-in read out")

    def _addresses(self, doc: Document) -> Iterator[Span]:
        emails = sorted(addresses(doc.lower, doc.speech.contains))
        for start, end in emails:
            yield from self._said(doc, start, end, "Email", 0.85, "E-mail address read out")
            if spelled := _SPELLED_AFTER.match(doc.lower, end):
                yield Span(spelled.start("letters"), spelled.end("letters"), "contact", self.name, 0.8, "Email",
                           entity_key(doc.text[start:end]), "E-mail address read out, spelled")
        # (whether a website starts inside an address, by bisection: the furthest end of the addresses starting
        # at or before it; a page of addresses must not compare each website with every address)
        starts = [start for start, _ in emails]
        furthest = list(accumulate((end for _, end in emails), max))
        for start, end in websites(doc.lower):
            i = bisect_right(starts, start) - 1
            if i < 0 or furthest[i] <= start:
                yield from self._said(doc, start, end, "URL", 0.85, "Website read out")
        for start, end in spelled_addresses(doc.lower):
            yield from self._said(doc, start, end, "Email", 0.8, "Address spelled out")

    def _said(self, doc: Document, start: int, end: int, label: str, confidence: float, reason: str) -> Iterator[Span]:
        """A contact read out, as one span; or one span for each caption it was said over, the captions' cues
        between them kept (their numbers and times are no part of it), all with the one key."""
        cues = list(_CUE_BREAKS.finditer(doc.lower, start, end))
        key = entity_key(_CUE_BREAKS.sub(" ", doc.text[start:end]))
        for cue in cues:
            yield Span(start, cue.start(), "contact", self.name, confidence, label, key, reason)
            start = cue.end()
        yield Span(start, end, "contact", self.name, confidence, label, key, reason)

    def _numbers(self, doc: Document) -> Iterator[Span]:
        lower = doc.lower
        runs = [run.span() for run in _NUMBER_RUN.finditer(lower)]
        codes: list[tuple[int, int]] = []
        taken_to = 0  # (runs a found number has already taken, as a piece or its extension)
        for i, (start, end) in enumerate(runs):
            if start < taken_to:
                continue
            if not (codes and codes[-1][0] <= start < codes[-1][1]) and (code := _code_around(lower, start, end)):
                codes.append(code)
                yield Span(code[0], code[1], "identifier", self.name, 0.8, "Code",
                           _CODE_KEY.sub("", _spelled_digits(lower[code[0]:code[1]])), "Code read out")
            run = lower[start:end]
            number = digits(run)
            if not number or year_like(run) or not _SPOKEN_WORD.search(run) or number in _PUBLIC:
                continue
            whole = "00" + number if run.startswith("plus") else number
            if phone_start(whole) and not complete_phone(whole) and (pieces := joined_pieces(lower, runs[i:], whole)):
                taken_to = pieces[-1][1]
                yield from self._pieces(doc, [(start, end), *pieces], whole + "".join(
                    digits(lower[s:e]) for s, e in pieces))
            elif span := self._number(lower, start, end, whole):
                taken_to = span.end
                yield span
                if span.label == "Phone" and (fix := corrected_group(lower, runs[i + 1:], span.end, whole)):
                    taken_to = fix[1]
                    yield Span(fix[0], fix[1], "contact", self.name, 0.8, "Phone", fix[2], "Number read out, corrected")
        for alone in _EXTENSION_ALONE.finditer(lower):
            if len(digits(alone.group())) >= 2 and not any(s <= alone.start() < e for s, e in runs):
                yield Span(alone.start(), alone.end(), "contact", self.name, 0.8, "Phone", digits(alone.group()),
                           "Extension read out")

    def _number(self, lower: str, start: int, end: int, number: str) -> Span | None:
        """A run of number words said alone: a telephone number after a word for calling, after "plus" or with
        the digits of one; an identifier of six digits or more otherwise; nothing when it is a quantity or a
        time ("two four hundred litre tanks", "call me at two thirty")."""
        calling = _CALLING.search(lower, max(0, start - 40), start)
        extension = calling is not None and calling.group().startswith("ext")
        if len(number) < (2 if extension else 3 if calling else 6) or not extension and _COUNTED_IN.match(lower, end):
            return None
        if calling is not None and len(number) <= 4 and _AT_A_TIME.search(calling.group()):
            return None
        phone = calling is not None or lower.startswith("plus", start) or complete_phone(number)
        # ("extension two two six four" is taken with its word, as "ext. 4471" is)
        begin = calling.start() if extension else start
        return Span(begin, _ending(lower, end, phone), "contact" if phone else "identifier", self.name, 0.8,
                    "Phone" if phone else "Number", number, "Number read out")

    def _pieces(self, doc: Document, pieces: list[tuple[int, int]], number: str) -> Iterator[Span]:
        """A telephone number read out in pieces: one span over them, or one each where another speaker's turn or
        a caption's cue stands between them (what is said there is no part of the number)."""
        start, end = pieces[0]
        for next_start, next_end in pieces[1:]:
            if TURN.search(doc.lower, end, next_start):
                yield Span(start, end, "contact", self.name, 0.8, "Phone", number, "Number read out")
                start = next_start
            end = next_end
        yield Span(start, _ending(doc.lower, end), "contact", self.name, 0.8, "Phone", number, "Number read out")

    def _spaced_digits(self, doc: Document) -> Iterator[Span]:
        for spaced in _SPACED_DIGITS.finditer(doc.text):
            number = re.sub(r"\D", "", spaced.group())
            if complete_phone("00" + number if spaced.group(1) else number) and number not in _COUNTING and (
                    doc.speech.contains(spaced.start())
                    or _CALLING.search(doc.lower, max(0, spaced.start() - 40), spaced.start())):
                yield Span(spaced.start(), spaced.end(), "contact", self.name, 0.8, "Phone", number,
                           "Number read out")


def _ending(lower: str, end: int, phone: bool = True) -> int:
    """Where a number read out ends: after a telephone number's extension or a dial-in code's "hash", if said."""
    if phone and (extension := _EXTENSION_AFTER.match(lower, end)):
        end = extension.end()
    if hash_key := _HASH_AFTER.match(lower, end):
        end = hash_key.end()
    return end


# "b m p dash p k dash zero four one seven", "d e v two four dash oh three one one", "M, B, dash, one nine": a
# code read out, letters spelled one by one, its dashes said, its digits as number words.
_LETTER = r"[a-z](?![a-z'])"
_MARK = r"(?:dash|hyphen|slash)"
_CODE_PART = rf"(?:{TOKEN}|{_MARK}|{_LETTER})"
_CODE = re.compile(rf"(?<![\w'-]){_CODE_PART}(?:(?:,?[ \t]+|{_WORD_BREAK}){_CODE_PART})+(?![\w'-])")
_CODE_TOKENS = re.compile(rf"{_MARK}|(?:double|triple|treble)[ \t-]+{DIGIT}|{TENS}|{TEEN}|hundred|\d+|{DIGIT}|{_LETTER}")
_CODE_KEY = re.compile(r"[^a-z0-9]")
_NEAR_CODE = 80


def _code_around(lower: str, run_start: int, run_end: int) -> tuple[int, int] | None:
    """The code read out that a run of number words is part of: two spelled letters or more, or one and a
    dash, and two digits or more; a leading "a" or "i" before a number is an English word ("a one off")."""
    for code in _CODE.finditer(lower, max(0, run_start - _NEAR_CODE), run_end + _NEAR_CODE):
        if code.start() > run_start:
            return None  # (the codes come in order: none after this one holds the run either)
        if code.end() < run_end:
            continue
        tokens = list(_CODE_TOKENS.finditer(lower, code.start(), code.end()))
        while tokens and (tokens[0].group() in _MARKS or tokens[0].group() in "ai" and len(tokens) > 1
                          and not re.fullmatch(_LETTER, tokens[1].group())):
            tokens.pop(0)
        while tokens and tokens[-1].group() in _MARKS:
            tokens.pop()
        if not tokens:
            return None
        words = [t.group() for t in tokens]
        letters = sum(len(w) == 1 and w.isalpha() and w != "o" for w in words)
        marks = sum(w in _MARKS for w in words)
        start, end = tokens[0].start(), tokens[-1].end()
        if (letters >= 2 or letters and marks) and len(digits(lower[start:end])) >= 2:
            return start, end
        return None
    return None


_MARKS = frozenset({"dash", "hyphen", "slash"})


def _spelled_digits(code: str) -> str:
    """A code's letters and digits: "b m p dash zero four" → "bmp04" (its key: read out twice, one placeholder)."""
    return "".join(digits(t.group()) if not re.fullmatch(_LETTER, t.group()) or t.group() == "o" else t.group()
                   for t in _CODE_TOKENS.finditer(code) if t.group() not in _MARKS)


RECOGNISER = SpokenContactRecogniser()
