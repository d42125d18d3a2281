"""Residual-risk pass over the redacted text: what a human should look at before publishing.

Capitalised multi-word names, unknown all-caps acronyms, alphanumeric codes and numbers with
units that could identify a site are returned as warnings, never silently published.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonymiser.text.data import english_words, words
from anonymiser.text.recognisers.not_names import not_name_words
from anonymiser.text.recognisers.person_cues import GREETINGS, ROLE_WORDS, TITLES
from anonymiser.text.result import ResidualWarning

# Each scan starts with a plain character class (fast in ``re``); what must not precede a match is
# checked in Python instead of with a look-behind, which would slow every position down.
_CHECKS: tuple[tuple[re.Pattern[str], str, str, str], ...] = (
    (re.compile(r"[A-Z][a-z]+(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][a-z]+)+(?![\w\]])"), "capitalised_name", "[",
     "Capitalised name left in the text: is it a company, person, site or product?"),
    (re.compile(r"[A-Z][A-Z]{1,5}s?(?![\w\]-])"), "acronym", "[-", "Unknown acronym: could it name the company or a site?"),
    # Whole tokens (a match always consumes its token, so no position is tried twice). Only a token
    # with a digit and a capital can be reported: the look-aheads skip the others without leaving C
    # (they can only fail at a token's start if they fail at every later position in it too), and
    # the look-behind tries them at token starts only.
    (re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9-]*\d)(?=[a-z0-9-]*[A-Z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"), "code", "[-",
     "Alphanumeric code: could it identify a product, batch or document?"),
    # (never from inside a run of digits, commas and dots: tried from each, a long run is read again from every digit
    # of it, quadratic in the run; a match from inside one ends where one from its start would)
    (re.compile(r"\d(?<![\d,.]\d)[\d,.]*[ \t]?(?:L|litres?|kg|tonnes?|m2|m²|sq[ \t]?ft|square[ \t]feet|beds|lines|sites|vials|doses|units)\b"),
     "number_with_unit", ".,", "Exact figure with a unit: could it identify the site?"),
)


def residual_warnings(redacted: str, allow: frozenset[str]) -> tuple[ResidualWarning, ...]:
    found = sorted(_scan(redacted, allow), key=lambda w: (w.start, w.kind))
    return tuple(found)


def _scan(text: str, allow: frozenset[str]) -> Iterator[ResidualWarning]:
    known = _known_capitals()
    for regex, kind, not_after, message in _CHECKS:
        for match in (code_matches(regex, text) if kind == "code" else regex.finditer(text)):
            mention = match.group()
            before = text[match.start() - 1] if match.start() else " "
            if before.isalnum() or before == "_" or before in not_after or _ignorable(mention, kind, known, allow):
                continue
            if kind == "acronym" and mention in _UNITS_AFTER_FIGURES and _FIGURE_BEFORE.search(text, max(0, match.start() - 2),
                                                                                               match.start()):
                continue  # ("4:30 PM", "211 KB": a time's and a size's, whoever "PM" and "KB" stand for elsewhere)
            yield ResidualWarning(match.start(), match.end(), mention, kind, message)


# (not any letter and a figure: "B4", "L24", "M1" are postcodes' districts, "O2" a scanner's "02")
_SHORT_CODE = re.compile(r"Q[1-4]|P[1-5]|L[1-5]|[23]D")
_UNITS_AFTER_FIGURES = frozenset({"AM", "PM", "KB", "MB", "GB", "TB"})
_FIGURE_BEFORE = re.compile(r"\d[ \t]?$")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_DIGITS = re.compile(r"[0-9][0-9]*")  # ("[0-9]+" led by its class, so ``re`` skips ahead to a digit)
_TOKEN_REST = re.compile(r"[A-Za-z0-9-]*")
_CAPITAL = re.compile("[A-Z]")
_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")


def code_matches(regex: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)`` for the code check, scanning only the tokens (runs of letters, digits
    and hyphens) that hold a digit and a capital: its look-aheads need both within the token, so no
    other token has a match. (A text with digits outside ASCII, which the digit class also takes, is scanned whole;
    other characters outside ASCII, a dash or an emoji, change nothing: the pattern's other classes are ASCII.)"""
    if not text.isascii() and any(c.isdecimal() for c in _NON_ASCII.findall(text)):
        yield from regex.finditer(text)
        return
    done = 0
    for digits in _DIGITS.finditer(text):
        if digits.start() < done:
            continue  # in the token already scanned
        start = digits.start()
        while start and text[start - 1] in _TOKEN_CHARS:
            start -= 1
        done = _TOKEN_REST.match(text, digits.end()).end()  # type: ignore[union-attr]
        if not _CAPITAL.search(text, start, done):
            continue  # (its look-ahead for a capital cannot pass in a token without one: "2,000", "12-03-2024")
        yield from regex.finditer(text, start, done)


@cache
def _known_capitals() -> frozenset[str]:
    return words("known_acronyms.txt") | words("everyday_capitals.txt")


def _ignorable(mention: str, kind: str, known: frozenset[str], allow: frozenset[str]) -> bool:
    folded = mention.casefold()
    if folded in allow or mention.upper().rstrip("S") in known or mention.upper() in known:
        return True
    if kind == "code":
        if _SHORT_CODE.fullmatch(mention):
            return True  # ("Q3", "P1", "L4", "2D": a quarter, a priority, a level or line, a drawing's dimensions)
        return not (any(c.isdigit() for c in mention) and any(c.isupper() for c in mention)
                    and ("-" in mention or any(c.isalpha() for c in mention.split("-")[0])))
    if kind == "capitalised_name":
        parts = [w.lower() for w in mention.split() if w not in ("of", "&")]
        return all(p in not_name_words() or p in allow for p in parts) or _job_title(parts) \
            or all(p in GREETINGS or p in TITLES for p in parts)  # ("Dear Mr" before the name it held)
    if kind == "acronym":
        # (a word written in capitals, "REPORT", "NOTES", "THE", is no acronym; two letters only when a small word,
        # "OF", "TO": two capitals may be someone's initials, "DM", "CR", though a dictionary lists them too)
        return mention in _SMALL_WORDS or (len(mention) >= 3 and mention.lower() in english_words())
    return False


# The last word of a job title ("Managing Director", "Qualified Person", "Serialisation Lead"), after everyday words.
_JOB_ENDS = ROLE_WORDS | frozenset("leader person pharmacist partner assistant administrator planner buyer".split())


_BEFORE_TITLES = frozenset("the our their your a an his her its my acting interim new former".split())


def _job_title(parts: list[str]) -> bool:
    """Whether a capitalised phrase (in lower case, word by word) is a job title: words of titles before a role's word
    ("Managing Director", "Qualified Person"; not "Harbour Valley Widgets Buyer" nor "Grace Director")."""
    titled = parts[1:] if parts[0] in _BEFORE_TITLES else parts  # ("The Managing Director", "Our Serialisation Lead")
    return len(titled) > 1 and titled[-1] in _JOB_ENDS and all(p in words("job_title_words.txt") for p in titled[:-1])


_SMALL_WORDS = frozenset("OF IN TO ON NO BY AS IS DO IF UP SO OR AN AT BE GO WE ME MY HE IT".split())
