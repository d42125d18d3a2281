"""Compound and development codes: AZD9291, MK-3475, PF-06651600, BMS-986165, GSK3196165, LY3009104."""
from __future__ import annotations

import re
from collections.abc import Iterator

from anonymiser.text.data import words
from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser, widest

NOT_CODES = frozenset({"ISO", "ISA", "IEC", "EN", "BS", "CFR", "ICH", "GAMP", "USP", "EP", "ASTM", "IP", "PCT",
                        # algorithms, encodings and viruses: "HMAC-SHA256", "UTF-8", "SARS-CoV2"
                        "HMAC", "SHA", "AES", "RSA", "TLS", "SSL", "UTF", "MD", "IEEE", "USB", "PCIE", "DDR", "COVID",
                        "SARS", "MERS", "HIV", "HPV", "IPV", "RFC"})


# A short code (one to three digits) is a product's where the words before it say so: "batches of QRV-12", "the
# process for TLX-4", "titre of KPT-7", "the mRNA product ZLT-M04". Alone such a code is more often a piece of
# equipment ("AHU-09", "FBD-6", "BL-7") or a standard ("ISA-95").
_CUE = (r"(?i:(?:batch(?:es)?|lots?|runs?|titre|yield|potency|supply|release)[ ]of|(?:substance|process|dossier|filing|"
        r"transfer)[ ](?:for|of)|product|molecule|candidate|compound|tracer|biosimilar|antibody|vaccine)[ ](?:the[ ])?")
_SHORT_AFTER_CUE = re.compile(_CUE + r"(?P<code>[A-Z][A-Za-z]{1,5}-[A-Z]?\d{1,3}[a-z]?)(?![\w/-]|\.\d)")
# (Speed: led by case-insensitive alternatives, the pattern would be tried at every position of the text. It is
# tried only where a cue ends just before a code, found from the code's "-" and digit, which ``re`` skips ahead to.)
_CODE_MARK = re.compile(r"-(?<=[A-Za-z]-)[A-Z]?\d")  # ("[A-Za-z]-[A-Z]?\d" led by its "-", one shifted on)
_CUE_REACH = widest(_CUE)


def _short_code_starts(text: str) -> Iterator[int]:
    """Every position a match of ``_SHORT_AFTER_CUE`` may start at, in increasing order: where the cue starts that
    ends (with its space) at a code's first capital, a space before it and one to five more letters to its "-"."""
    found: set[int] = set()
    for mark in _CODE_MARK.finditer(text):
        last = code = mark.start() - 1  # (the code's last letter: read back to its first)
        while code > 0 and last - code < 5 and _ascii_letter(text[code - 1]):
            code -= 1
        if not ("A" <= text[code] <= "Z" and code > 0 and text[code - 1] == " " and code < last):
            continue
        lo = max(0, code - _CUE_REACH)
        while (cue := _CUE_BEFORE.search(text, lo, code)) is not None:
            found.add(cue.start())
            lo = cue.start() + 1
    return iter(sorted(found))


def _ascii_letter(char: str) -> bool:
    return "a" <= char <= "z" or "A" <= char <= "Z"
_CUE_BEFORE = re.compile(_CUE + "$")


# An instrument's tag as ISA-5.1 writes it: the measured variable (analysis, flow, level, pressure, temperature,
# weight), "D" for a difference, then what the instrument does (indicate, transmit, element, control, valve), and
# a loop number of two to four digits, no leading nought ("TI-0087" is a record): "TT-4417", "PDT-5126", "FIC-276",
# "PCV-318". A tag names a plant's instrument, not a product.
_INSTRUMENT_TAG = re.compile(r"[AFLPTW]D?[ITECV][CVTIAHL]?-?[1-9]\d{1,3}[A-Z]?")
# Standards and vendors' families written as codes: serial links ("RS-232"), bar codes ("GS1-128", "EAN-13"),
# a PLC range ("S7-1500"), a pipe's nominal size ("DN150"), a cell line ("HEK293").
_STANDARD_CODE = re.compile(r"RS-?(?:232|422|485)|GS1-\d+|EAN-?(?:8|13)|S7-\d{3,4}|DN\d{2,4}|HEK-?293[A-Z]?")


def instrument_or_standard(code: str) -> bool:
    """Whether a code is an instrument's tag or a standard's or vendor family's code: neither product nor record."""
    return bool(_INSTRUMENT_TAG.fullmatch(code) or _STANDARD_CODE.fullmatch(code))


def _validate(match: re.Match[str], doc: Document) -> bool:
    code = match.group("code")
    prefix = re.match(r"[A-Za-z]+", code)
    if instrument_or_standard(code) and not _CUE_BEFORE.search(doc.text, max(0, match.start("code") - 40),
                                                               match.start("code")):
        return False  # (unless the words before it say it is a product: "the development compound FT-3318")
    return prefix is not None and prefix.group().upper() not in NOT_CODES and prefix.group().upper() not in words("known_acronyms.txt")


RECOGNISER = PatternRecogniser(
    name="compound_code",
    category="product",
    label="Code",
    reason="Compound or development code",
    validate=_validate,
    # Each pattern starts with one capital ("[A-Z][A-Z]{1,4}" for "[A-Z]{2,5}") so ``re`` skips ahead to it.
    patterns=(
        # (with its revision: "TTP-0093 rev C")
        Pattern(re.compile(r"(?P<code>[A-Z][A-Z]{1,4}-?\d{3,9}(?:-[A-Z0-9]{1,4})?[A-Za-z]?(?![\w-])(?:[ \t]+(?:rev|Rev|REV|revision|Revision|issue|Issue|ver|v|V)\.?[ \t]?[A-Z0-9]{1,3}(?:\.\d{1,2})?(?![\w.]))?(?![\w-]))"), 0.85, "code"),
        # a code with letters and digits after the prefix: "TCM-CAR19", "ABX-KT204"
        Pattern(re.compile(r"(?P<code>[A-Z][A-Z]{1,4}-[A-Z]{2,6}\d{1,4}[A-Z]?)(?![\w-])"), 0.8, "code"),
        Pattern(re.compile(r"(?P<code>[A-Z][A-Z]{0,2}\d{1,2}-\d{3,6})(?![\w-])"), 0.8, "code"),
        Pattern(_SHORT_AFTER_CUE, 0.8, "code", requires=re.compile(r"-(?<=[A-Z]-)[A-Z]?\d"),  # ("[A-Z]-[A-Z]?\d" led by its "-")
                starts=_short_code_starts),
    ),
)
