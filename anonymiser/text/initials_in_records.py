"""Initials in a log's actor slot, in a record's sign-off field, after a verb of signing and "by", after "per"
and "known as": "14:05 UQ – line cleared", "[07:40] YV: bins removed", "11/03 14:05 QZ - released", "hopper
emptied 15:10 XQ", "line cleared ZK 14:05", "Op: ZK  QA: QJ", "Dispensed: ZK; Second check: QJ", "ZK/12.03.24",
"deviation signed by ZJ in blue ink", "gasket ordered per ZJ in a note to stores", '(known as "DY")'. A cleaning
log, a shift log or a batch record puts whoever acted just after the time or signs the line with their initials
beside it, and names each step's signer by the step; "per" gives whose word an action rests on.

Where initials stand so, one use is enough (``initials_actor`` takes them, bar the trade's acronyms and words);
after a time and before a word ("14:05 ZK line cleared") they need a second use. Beyond those, no time zone
("14:00 CET – call"), no plant, test-result or document abbreviation ("07:10 AHU – tripped", "QC: ND", "per BP",
"per CoA") is anyone.
"""
from __future__ import annotations

import re

from anonymiser.text.recognisers.line_start import LineStartPattern

_TOKEN = r"[A-Z](?:[a-z]?[A-Z]){1,2}"
_END = r"(?![\w&'\u2019./-])"
_TIME = r"\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?(?:[ \t]*(?:h|hrs)\b)?"
# (a date before the time: "11/03", "11/03/24", "2024-03-11")
_DATE = r"(?:(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2})[ \t,]+)?"
# The actor after a log line's time, before a dash or a colon: "14:05 UQ – line cleared", "[07:40] YV: bins removed".
_AFTER_TIME = LineStartPattern.of(rf"[ \t]*(?:[-*\u2022][ \t]*)?{_DATE}{_TIME}[ \t]*(?:[-\u2013\u2014][ \t]*)?"
                                  rf"(?P<i>{_TOKEN}){_END}(?=[ \t]*(?:[-\u2013\u2014]|:)[ \t])")
# A log line signed after its time: "hopper emptied 15:10 XQ", "released 14:05, UQ".
_SIGNED_AFTER_TIME = re.compile(rf"(?m:[a-z.)][ \t]+(?:at[ \t]+)?{_TIME},?[ \t]+(?P<i>{_TOKEN}){_END}\.?[ \t]*$)")
# The actor after a log line's time, before a word: "14:05 ZK line cleared" (as often "07:10 EM plates out").
_BEFORE_WORD = LineStartPattern.of(rf"[ \t]*(?:[-*\u2022][ \t]*)?{_DATE}{_TIME}[ \t]+(?P<i>{_TOKEN}){_END}(?=[ \t]+[a-z])")
# Initials before a time at a line's end, or leading a line before one: "line cleared ZK 14:05", "ZK 14:05 - cleared".
_BEFORE_TIME = re.compile(rf"(?m:(?:[a-z.)][ \t]+|^[ \t]*)(?P<i>{_TOKEN}){_END}[ \t]+(?:at[ \t]+)?{_TIME}"
                          r"(?:[ \t]*$|[ \t]*[-\u2013\u2014:][ \t]))")
# A batch record's or a log's sign-off field: "Op: ZK", "QA: QJ", "Dispensed: ZK", "Second check (QA): QJ", the
# initials alone in it or before a date or the next field (not "Sampled: EM plates").
# (found from the colon, the field's name then looked for before it: a scan led by the names is tried at every letter)
_RECORD_FIELD = re.compile(rf":[ \t]*(?P<i>{_TOKEN}){_END}(?=[ \t]*(?:[,;)/]|\.(?!\w)|$)|[ \t]{{2,}}|[ \t]+\d)", re.MULTILINE)
_RECORD_FIELD_NAME = re.compile(r"(?<![\w-])(?i:op|opr|oper|qa|qc|supv|(?:2nd|second|double|independent)[ \t]+check|"
                                r"check|dispensed|weighed|cleaned|issued|received|sampled|labelled|witness|cleared|"
                                r"released|entered|recorded|done)(?:[ \t]+by)?[ \t]*(?:\([^()\n]{1,20}\))?[ \t]*$")
# Initials after a verb of signing and "by", whatever follows: "Letter signed by ZJ in blue ink", "cleaned by
# ZK after the run".
# (found from "by", the verb then looked for before it)
_SIGNED_BY = re.compile(rf"by(?<!\wby)[ \t]+(?P<i>{_TOKEN}){_END}")
_SIGNING_VERB = re.compile(r"(?i:signed|countersigned|initialled|approved|checked|verified|witnessed|reviewed|cleaned|"
                           r"performed|completed|dispensed|weighed|released)[ \t]+$")
# Initials someone goes by: 'Dorrit Yelland (known as "DY")', "aka QJ"; and those a stamp or a correction is signed with:
# 'with initials "QZ"', 'initialled "QZ"', "initialled by QZ".
# (led by the words' first letters, which ``re`` skips ahead to, each branch looking behind at its own: the same as
# "(?i:known[ \t]+as|a\.?k\.?a\.?|goes[ \t]+by|initials|initialled)", which is tried at every position; "\u212a", the Kelvin sign, is a "k" to it)
_KNOWN_AS = re.compile(rf"[kK\u212aaAgGiI](?:(?<=[kK\u212a])(?i:nown[ \t]+as)|(?<=[aA])(?i:\.?k\.?a\.?)|(?<=[gG])(?i:oes[ \t]+by)"
                       rf"|(?<![\w]i)(?<![\w]I)(?<=[iI])(?i:nitials|nitiall?ed)(?:[ \t]+(?i:by))?[ \t]*:?)"
                       rf"[ \t]+[\"'\u201c\u2018]?(?P<i>{_TOKEN}){_END}")
# Initials with a slash and the date they signed: "ZK/12.03.24", "QJ / 14-03" (a day and a month that are one; the
# month of two digits when no year follows: "ZK/12.5" is a ratio).
# (the look-behind after the first capital, which ``re`` skips ahead to)
_SLASH_DATE = re.compile(r"(?P<i>[A-Z](?<![\w&'\u2019./-].)(?:[a-z]?[A-Z]){1,2})[ \t]?/[ \t]?(?P<d>\d{1,2})[./-]"
                         r"(?:(?P<m>\d{1,2})[./-](?:\d{4}|\d{2})|(?P<mm>\d{2}))(?![\w/-]|[.,]\d)")
# "per ZJ in a note", "as per AY's email", "(per QZ)" (not "per QZV data retention", "per XQB procedure": a
# document's or a body's rule).
_PER = re.compile(rf"per(?<!\wper)[ \t]+(?P<i>{_TOKEN})(?=['\u2019]s\b|[ \t]*[,;:)]|\.(?!\w)|[ \t]*$|[ \t]+(?:in|on|at|via|by|and|"
                  r"who|when|after|during|earlier|today|yesterday|this|last|e-?mail|call|phone|text|message|verbally|"
                  r"request|instructions?|conversation|comments?)\b)", re.MULTILINE)
# Time zones, plant, test-result, document and pharmacopoeia abbreviations that take these places too.
_NOT_ACTORS = frozenset("""
    CET CEST EST EDT PST PDT IST BST GMT UTC AHU PW UPS VHP RABS LAF UDAF FBD HSG EMS BMS BMR MBR NCR DEV OOS OOT
    OOE SPC KF LOD PSD TOC IR BP EP JP USP WI SDS MSDS IFU COA BS GB DIN IEC EN VMP SMF PQR APR QTA AM PM
    ND NT NR NAD NOK NG NSF BLQ LOQ
    """.split())


_ANY_TIME = re.compile(r"\d[:.]\d\d")
# (what any ``_BEFORE_TIME`` holds: its initials' last capital before the time; a line without it is not scanned)
_CAPITAL_BEFORE_TIME = re.compile(r"[A-Z][ \t]+(?:at[ \t]+)?\[?\d{1,2}[:.]\d{2}")
_BEFORE = 64  # (how far before a colon or a "by" its field's name or its verb is looked for)


def record_actors(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where initials act in a log line, sign a record's field or stand after "per" (one use enough), and where
    they may act after a log line's time (if used again)."""
    once = [m.span("i") for m in _AFTER_TIME.finditer(text)] if ":" in text else []
    once += [m.span("i") for m in _RECORD_FIELD.finditer(text)
             if _RECORD_FIELD_NAME.search(text, max(0, m.start() - _BEFORE), m.start())] if ":" in text else []
    once += beside_times(text)
    once += [m.span("i") for m in _KNOWN_AS.finditer(text)]
    once += [m.span("i") for m in _SIGNED_BY.finditer(text) if _SIGNING_VERB.search(text, max(0, m.start() - _BEFORE), m.start())]
    if "/" in text:
        once += [m.span("i") for m in _SLASH_DATE.finditer(text) if 1 <= int(m["d"]) <= 31 and 1 <= int(m["m"] or m["mm"]) <= 12]
    if "per " in text:
        once += [m.span("i") for m in _PER.finditer(text)]
    twice = [m.span("i") for m in _BEFORE_WORD.finditer(text)] if ":" in text else []
    return [at for at in once if _may_act(text, at)], [at for at in twice if _may_act(text, at)]


def beside_times(text: str) -> list[tuple[int, int]]:
    """Where ``_SIGNED_AFTER_TIME`` and then ``_BEFORE_TIME`` find initials (their ``finditer`` over the text): both
    are led by a letter or a line start and match within one line, so they are tried on the lines holding a time
    only, and each only on those lines where a quick test finds what it needs (a capital ending the line, a capital
    before the time), not at every letter."""
    lines = _timed_lines(text)
    return [m.span("i") for start, end in lines if _ends_in_capital(text, start, end)
            for m in _SIGNED_AFTER_TIME.finditer(text, start, end)] + \
           [m.span("i") for start, end in lines if _CAPITAL_BEFORE_TIME.search(text, start, end)
            for m in _BEFORE_TIME.finditer(text, start, end)]


def _timed_lines(text: str) -> list[tuple[int, int]]:
    """Where each line holding a time starts and ends (its line break left out)."""
    lines: list[tuple[int, int]] = []
    match = _ANY_TIME.search(text)
    while match:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        lines.append((start, len(text) if end < 0 else end))
        match = _ANY_TIME.search(text, end) if end >= 0 else None  # (the next line's first time)
    return lines


def _ends_in_capital(text: str, start: int, end: int) -> bool:
    """Whether a line ends in a capital, a full stop and spaces aside: where ``_SIGNED_AFTER_TIME`` may match."""
    tail = text[start:end].rstrip(" \t")
    tail = tail[:-1] if tail.endswith(".") else tail
    return tail[-1:].isascii() and tail[-1:].isupper()


def _may_act(text: str, at: tuple[int, int]) -> bool:
    return text[at[0]:at[1]].upper() not in _NOT_ACTORS
