"""The speed17 shortcuts give what the plain forms give, on the development texts and on random strings built
from the pieces each shortcut cares about. (Development texts only: a failing assertion names its file.)

A recogniser's ``requires`` is searched for before its pattern: a text without it is not scanned. A sharper
``requires`` is output-neutral when, on every text, the pattern scanned under it finds what it found under the
plain one (``_gated``)."""
from __future__ import annotations

import random
import re

from anonymiser.text import initials_column, speech, termmatch
from anonymiser.text.document import Document
from anonymiser.text.normalise import normalise
from anonymiser.text.recognisers import (code_model, code_name_capitals, date, gtin, handle, initials_actor, licence_number,
                                         mac_address, nickname_cue, organisation_suffix, person, url)
from anonymiser.text.recognisers.person_cues import LO, UP

from tests.anonymiser.dev_corpus import dev_texts, random_texts


def _gated(pattern: re.Pattern[str], requires: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)] if requires.search(text) else []


def _texts(seed: int, parts: list[str], count: int = 30000) -> list[str]:
    return list(dev_texts(normalise)) + random_texts(seed, parts, count)


_LICENCE_PARTS = ["PL", "PLGB", "PLNI", "THR", "PA", "NR", "HR", "EU", "RVG", "NL", "H", "V", "G", "P", "/", " ", "\t",
                  "1", "12", "123", "1234", "12345", "0003", "001", "005", "xxxx", "IA", "WS", "-", "\u2013", "a", "\n"]


def test_licence_numbers_are_found_where_the_plain_requirement_found_them():
    old = re.compile(r"PL|THR|PA|NR|HR|EU/|RVG|/[HV]/")
    patterns = licence_number.RECOGNISER.patterns
    for text in _texts(171, _LICENCE_PARTS):
        for pattern in patterns:
            assert pattern.requires is not None
            assert _gated(pattern.regex, pattern.requires, text) == _gated(pattern.regex, old, text), \
                (getattr(text, "source", text), pattern.regex.pattern)


_MAC_PARTS = ["02", "4C", "9e", "7A", "11", "d3", "0242", "ac11", "0002", "de", "AD", "1", "123", "g", "G", ":", "-",
              ".", " ", "\n", "::", "10:30:00", "2024-03-15", "x", "02:", "4C:", "9e-", "7A-", "0242.", "ac11.", "1f:"]


def test_hardware_addresses_are_found_where_the_plain_requirement_found_them():
    hex_ = "[0-9A-Fa-f]"
    old = re.compile(rf"{hex_}{{2}}[:-]{hex_}{{2}}[:-]|{hex_}{{4}}\.{hex_}{{4}}\.")
    for text in _texts(172, _MAC_PARTS):
        for pattern in mac_address.RECOGNISER.patterns:
            assert pattern.requires is not None
            assert _gated(pattern.regex, pattern.requires, text) == _gated(pattern.regex, old, text), \
                (getattr(text, "source", text), pattern.regex.pattern)


def test_a_hardware_address_is_still_found_whole():
    doc = Document("Port 7 saw 02:4C:9E:7A:11:D3, then DE-AD-BE-EF-10-22 and 0a42.ac11.0002 at 10:30:00 on 2024-03-15.")
    assert [doc.text[s.start:s.end] for s in mac_address.RECOGNISER.find(doc)] == \
        ["02:4C:9E:7A:11:D3", "DE-AD-BE-EF-10-22", "0a42.ac11.0002"]


_GTIN_PARTS = ["gtin", "GTIN", "Gtin", "ean", "EAN", "mean", "clean", "upc", "UPC", "barcode", "Barcode", "-13", "-8",
               "14", " ", "\t", ":", "#", "=", "no.", "number", "code", "5061299300728", "05061299", "1", "0", "x",
               "_", "\n", "\u0131", "\u017f", "G", "e", "b"]


def test_trade_item_numbers_after_their_name_are_found_where_the_plain_requirement_found_them():
    old = re.compile(r"(?i:gtin|ean|upc|barcode)")
    pattern = gtin.RECOGNISER.patterns[1]
    assert pattern.requires is not None
    for text in _texts(173, _GTIN_PARTS):
        assert _gated(pattern.regex, pattern.requires, text) == _gated(pattern.regex, old, text), \
            getattr(text, "source", text)


_CUE_PARTS = ["call", "Call", "CALL", "calls", "called", "goes", "go", "going", "GOES", "Going", "by", "BY", "me", "him",
              "her", "them", "HIM", " ", "\t", "'", "\"", "\u201c", "Bax", "Zed", "Tiggs", "x", "a", "recall", "ago",
              ",", ".", "\n", "by the way", "for short", "\u017f", "_", "1"]


def test_the_name_someone_is_called_by_is_found_where_the_plain_scan_finds_it():
    plain = re.compile(r"(?<![\w'])(?i:call(?:s|ed)?[ \t]+(?:me|him|her|them)|goes[ \t]+by|go[ \t]+by|going[ \t]+by)"
                       rf"[ \t]+[\"'\u201c\u2018]?(?P<name>[{UP}][{LO}]{{1,14}})[\"'\u201d\u2019]?"
                       r"(?=[ \t]*(?:[,.!?;:)\n]|$|by[ \t]+the[ \t]+way|to[ \t]+(?:everyone|all|friends)|for[ \t]+short|though|"
                       r"instead))")
    for text in _texts(174, _CUE_PARTS):
        assert [m.span() for m in nickname_cue._CUE.finditer(text)] == [m.span() for m in plain.finditer(text)], \
            getattr(text, "source", text)


def _first(pattern: re.Pattern[str], text: str) -> int | None:
    found = pattern.search(text)
    return None if found is None else found.start()


_LOG_PARTS = ["INFO", "WARN", "WARNING", "ERROR", "ERR", "DEBUG", "TRACE", "FATAL", "CRIT", "AUDIT", "ALERT", " ", "\t",
              "[", "]", "\n", "Nov", "Mar", "Jan", "NOV", "12", "3", "08:15:02", "08:15", ":", "x", "_", "Info", "E"]


def test_log_lines_are_told_where_the_plain_hint_tells_them():
    level = r"(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|TRACE|FATAL|CRIT|CRITICAL|NOTICE|ALARM|ALERT|AUDIT)"
    plain = re.compile(rf"[ \t\[]{level}\b|^[A-Z][a-z]{{2}}[ \t]+\d{{1,2}}[ \t]+\d\d:\d\d:\d\d[ \t]", re.MULTILINE)
    for text in _texts(175, _LOG_PARTS):
        assert _first(url._LOG_LEVEL_HINT, text) == _first(plain, text), getattr(text, "source", text)


_ROLE_PARTS = ["-", "qa", "adm", "admin", "sa", "su", "priv", "ext", "da", "ops", "e", "a", "x", "t", "mqorrin", "tv",
               "7", "_", " ", "\n", "CN=", "Q", "ad", "min", "."]


def test_role_accounts_are_hinted_where_the_plain_hint_finds_them():
    plain = re.compile(r"-(?<=[a-z0-9]-)(?:qa|adm|admin|sa|su|priv|ext|da|ops)\b|(?:ext|adm|admin)-[a-z]")
    for text in _texts(176, _ROLE_PARTS):
        assert (handle._ROLE_HINT.search(text) is None) == (plain.search(text) is None), getattr(text, "source", text)


_RUN_PARTS = ["1", "23", "0", "a", "B", "z", "'", "\u2019", "-", " ", "  ", "\t", "\n", "\u00e9", "\u0141", "_", "\u0663", "\u00b2",
              "x1", ".", "don't", "O'"]


def test_runs_led_by_one_character_find_what_their_repeats_found():
    pairs = [(code_model._SEED, re.compile(r"[0-9]+")),
             (speech.WORD, re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")),
             (speech._ASCII_WORD, re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")),
             (initials_column._HEADER_WORD, re.compile(r"[A-Za-z]+")),
             (initials_column._ALIGNED_CELL, re.compile(r"\S+(?: \S+)*")),
             (person._WORD, re.compile(r"\S+")),
             (organisation_suffix._TOKEN, re.compile(r"\S+")),
             (termmatch._WORD, re.compile(r"[^\W_]+(?:'[^\W_]+)?"))]
    for text in _texts(177, _RUN_PARTS):
        for fast, plain in pairs:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], \
                (getattr(text, "source", text), plain.pattern)


_STATUS_PARTS = ["amber", "AMBER", "Amber", "green", "GREEN", "red", "Red", "on track", "ON TRACK", "off track", "at risk",
                 "At Risk", "tool", "system", "SYSTEM", "\u017fystem", "platform", "database", "spreadsheet", "app", "dashboard",
                 "portal", "software", "robot", "project", "programme", "PROGRAMME", "on", "at", "o", "a", "s", "t", "p",
                 " ", "\t", "\n", "-", "x", "r", "K", "\u212a", "d", "g"]


def test_status_and_kind_hints_are_found_where_the_plain_hints_find_them():
    pairs = [(code_name_capitals._RAG_HINT, re.compile(r"(?i:amber|green|red|on track|off track|at risk)")),
             (code_name_capitals._DEFINED_HINT, re.compile(r"(?i:tool|system|platform|database|spreadsheet|app|"
                                                           r"dashboard|portal|software|robot|project|programme)"))]
    for text in _texts(178, _STATUS_PARTS):
        for fast, plain in pairs:
            assert _first(fast, text) == _first(plain, text), (getattr(text, "source", text), plain.pattern)


_DATE_PARTS = ["13", "1", "3", "11", "26", "2026", "24", "0", "st", "nd", "rd", "th", "/", ".", "-", " ", "\t", " / ",
               "Mar", "JUN", "jun", "March", "x", "and", "\n", "v1.2.3", "12/03/24/7", "A"]


def test_dates_are_found_where_their_gates_let_them_be_looked_for():
    for text in _texts(179, _DATE_PARTS):
        for regex, gate in date.GATES.items():
            assert _gated(regex, gate, text) == [m.span() for m in regex.finditer(text)], \
                (getattr(text, "source", text), regex.pattern)


_MISREAD_PARTS = ["L0G", "granu1ator", "SHlFT", "0.T.", "R.l.W", "0T", "l", "I", "0", "1", "A", "b", "Z", "x", ".", " ",
                  "\n", "10", "ll", "Al", "lA", "Hello"]


def test_a_scans_misreadings_are_counted_from_the_first_one():
    plain = re.compile(r"[A-Za-z](?:[01]|(?<=[A-Z])l(?=[A-Z]))[A-Za-z]")
    for text in _texts(180, _MISREAD_PARTS):
        first = initials_actor._MISREAD_MIDDLE.search(text, 0, 200_000)
        assert (None if first is None else first.start() - 1) == _first(plain, text), getattr(text, "source", text)
        if first is not None:
            assert initials_actor._MISREAD.findall(text, first.start() - 1, 200_000) == plain.findall(text, 0, 200_000), \
                getattr(text, "source", text)
        expected = text if len(plain.findall(text, 0, 200_000)) < 2 else initials_actor._MISREAD_INITIALS.sub(
            lambda m: m.group().replace("0", "O").replace("l", "I"), text)
        assert initials_actor._initials_as_printed(text) == expected, getattr(text, "source", text)


def test_the_code_models_coverage_codes_each_character_by_the_category_over_it():
    from anonymiser.text.spans import Span
    categories = [*code_model._RULE_CATEGORIES, "contact", "other", "misc"]
    rng = random.Random(181)
    for _ in range(2000):
        length = rng.randint(0, 60)
        spans = []
        for _ in range(rng.randint(0, 8)):
            start = rng.randint(0, length)
            end = rng.randint(start, length)
            spans.append(Span(start, end, rng.choice(categories), "r", 0.5, "L", "k"))
        plain = bytearray(length)
        for span in spans:
            code = code_model._RULE_CATEGORIES.index(span.category) + 1 if span.category in code_model._RULE_CATEGORIES \
                else len(code_model._RULE_CATEGORIES) + 1
            plain[span.start:span.end] = bytes([code]) * (span.end - span.start)
        assert code_model.coverage(length, spans) == plain, spans


def test_allow_listed_names_end_where_the_plain_pattern_finds_them_end():
    from anonymiser.text.data import lines
    names = list(lines("allow_list.txt"))
    rng = random.Random(182)
    parts = rng.sample(names, min(40, len(names))) + [n[:3] for n in rng.sample(names, 10)] + \
        [" ", "\n", "x", "-", "XPR205", "&", "/"]
    for text in _texts(182, parts, 20000):
        assert code_model.vendor_name_ends(text) == [m.end() for m in code_model._vendor_names().finditer(text)], \
            getattr(text, "source", text)


def test_words_beside_a_code_are_found_as_the_plain_alternation_finds_them():
    plain = re.compile(r"[A-Za-z]+|#|\d+")
    for text in _texts(183, ["No.", "#", "12", "Lot", "\u0663", "\u00e9", "a", "Z", " ", "-", "_", "x1", "\n", "ab#12"]):
        assert [m.span() for m in code_model._WORD.finditer(text)] == [m.span() for m in plain.finditer(text)], \
            getattr(text, "source", text)
