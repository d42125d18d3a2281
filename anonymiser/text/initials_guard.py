"""Where capitals that spell someone's initials stand for something else: a time of day or a unit after a number
("9:05 AM", "2:30 PM", "350 KB", "12 MW", "3 PM"). A person whose initials are "AM", "PM" or "KB" is learned with
their name; the same capitals after a number are the clock's or the measure's, wherever they stand.
"""
from __future__ import annotations

import re

# Times of day, time zones and units written in capitals after a number that two or three letters of a person's
# initials may spell.
UNITS = frozenset("""
    AM PM UTC GMT BST CET CEST EST EDT PST IST
    KB MB GB TB PB KW MW GW KWH MWH KVA MVA KG MG ML HZ KHZ MHZ GHZ RPM PSI KPA MPA LPM CFM BPM DB
    """.split())
# A number just before: a time ("9:05", "8.15") or a quantity ("350", "1,200", "2.5"), after no letter (not "Q2 AK",
# "A1 LP": a numbered question or action) and no slash (not "14/03/2023 KB": a date before a log's initials), then
# one space or none.
_NUMBER_BEFORE = re.compile(r"(?<![\w/.,:-])\d+(?:[.,:]\d+)?[ \t]?$")


def a_unit_after_a_number(text: str, start: int, end: int) -> bool:
    """Whether the capitals at ``start:end`` are a time of day or a unit after a number ("2:30 PM", "350 KB")."""
    return text[start:end] in UNITS and bool(_NUMBER_BEFORE.search(text, max(0, start - 16), start))
