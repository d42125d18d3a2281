"""Patent and application numbers as the main offices print them: GB2589123, GB2476613.1 (with its check digit),
EP 3 456 789 B1, US 10,123,456 B2, US 2021/0123456 A1, WO2019/123456, JP 2020-123456 A, KR 10-2345678,
DE 10 2019 123 456 A1, CN 112345678 A, IN 202011012345, CA 3,012,345, an international application's number
(PCT/GB2024/053107) and a US application's serial number (USSN 17/234,567)."""
from __future__ import annotations

import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser

# The offices whose two letters are also a word or a common abbreviation in capitals ("IN", "CA" for California,
# "AU"): their numbers count only in the longer shapes (six digits or more in a run, or grouped in thousands, or
# with a kind code).
_AMBIGUOUS_OFFICES = frozenset({"IN", "CA", "AU", "BR", "MX", "RU", "TW"})
_NUMBER = (r"(?:\d{4}/\d{5,7}"  # a publication by year: "WO 2019/123456", "US 2021/0123456"
           r"|\d{4}-\d{5,6}"  # Japan's by year: "JP 2020-123456"
           r"|\d{2}-(?:\d{4}-)?\d{7}"  # Korea's: "KR 10-2345678", "KR 10-2019-0123456"
           r"|\d{2}[ ]\d{4}[ ]\d{3}[ ]\d{3}"  # Germany's: "DE 10 2019 123 456"
           r"|\d{1,2}(?:[ ,.]?\d{3}){2}"  # in thousands: "EP 3 456 789", "US 10,123,456", "CA 3,012,345"
           r"|\d{6,12})")  # in a run: "GB2589123", "IN 202011012345"
_PUBLISHED = re.compile(rf"(?P<office>GB|EP|US|WO|DE|FR|JP|CN|KR|IN|AU|CA|TW|BR|MX|RU)[ \t]?{_NUMBER}"
                        r"(?:\.\d(?!\d))?(?P<kind>[ \t]?[ABCUT]\d?)?\b")
# An international application's number: "PCT/GB2024/053107" (and the older "PCT/GB04/00123"), the office that
# received it and its year (read whole: its tail alone, "GB2024/053107", looks like a publication).
_PCT = re.compile(r"PCT/[A-Z]{2}(?:\d{4}|\d{2})/\d{5,6}\b")
# A US application's serial number, its series and six digits: "16/123,456" (after "USSN", "Serial No." or alone)
_US_SERIAL = re.compile(r"(?:0[89]|1\d)/\d{3},\d{3}(?![\d,]|\.\d)")


def _a_patent(match: re.Match[str], doc: Document) -> bool:
    if match.start() and doc.text[match.start() - 1].isalnum():
        return False  # (inside a word or a number: "MCA 123456", "2016/123,456")
    if match.re is not _PUBLISHED or match.group("office") not in _AMBIGUOUS_OFFICES:
        return True
    number = match.group()[2:]
    return bool(match.group("kind")) or "," in number or max(len(run) for run in re.findall(r"\d+", number)) >= 6


RECOGNISER = PatternRecogniser(
    name="patent",
    category="identifier",
    label="Patent",
    reason="Patent number",
    validate=_a_patent,
    patterns=(
        Pattern(_PUBLISHED, 0.95),
        # (tried where the lower-cased text has "patent": case-insensitive, it was tried at every position)
        Pattern(re.compile(r"(?i:patent(?:[ \t]+application)?(?:[ \t]+(?:no\.?|number))?)[ \t]*(?P<id>[A-Z]{0,2}[ \t]?\d[\d ,./]{5,14}\d)"), 0.9, "id",
                anchor=re.compile("patent")),
        Pattern(_US_SERIAL, 0.9, requires=re.compile(r"/\d{3},\d{3}")),
        Pattern(_PCT, 0.95, requires=re.compile("PCT/")),  # (last: the speed tests index the patterns before it)
    ),
)
