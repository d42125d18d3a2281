"""The initials scans of records rewritten for speed find what their plain forms find, on the development texts
and on random strings built from the characters each cares about. (Development texts only: a failing assertion
names its file.)"""
from __future__ import annotations

import re

from anonymiser.text import initials_in_records as records

from tests.anonymiser.dev_corpus import assert_same, dev_texts, random_texts


def _spans(regex: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span("i") for m in regex.finditer(text)]


def test_names_someone_goes_by_led_by_their_first_letters_are_the_plain_scan():
    plain = re.compile(rf"(?:(?i:known[ \t]+as|a\.?k\.?a\.?|goes[ \t]+by)"
                       rf"|(?<!\w)[iI](?i:nitials|nitiall?ed)(?:[ \t]+(?i:by))?[ \t]*:?)"
                       rf"[ \t]+[\"'\u201c\u2018]?(?P<i>{records._TOKEN}){records._END}")
    parts = list("aAkKgGiI .\t\n\"'\u212a\u017f:") + ["known as ", "KNOWN AS ", "a.k.a. ", "aka ", "AKA", "goes by ",
                                                   "GOES BY", "\u212anown as ", "ZQ", "QJ", "ZqJ", "x", "Ak.a",
                                                   "initials ", "INITIALLED ", "initialed by ", "xinitials ", "nitials",
                                                   "initial\u017f ", "\u0130nitials "]
    for text in dev_texts() + random_texts(141, parts, 30000):
        assert_same(_spans(records._KNOWN_AS, text), _spans(plain, text), text)


def test_initials_and_date_slashed_led_by_a_capital_are_the_plain_scan():
    plain = re.compile(rf"(?<![\w&'\u2019./-])(?P<i>{records._TOKEN})[ \t]?/[ \t]?(?P<d>\d{{1,2}})[./-]"
                       r"(?:(?P<m>\d{1,2})[./-](?:\d{4}|\d{2})|(?P<mm>\d{2}))(?![\w/-]|[.,]\d)")
    parts = list("ZQJa /.-&'\n19") + ["ZK/12.03.24", "QJ / 14-03", "12", "2024", "xZK", "Z", "K/"]
    for text in dev_texts() + random_texts(142, parts, 30000):
        assert_same(_spans(records._SLASH_DATE, text), _spans(plain, text), text)


def test_initials_after_per_led_by_its_p_are_the_plain_scan():
    plain = re.compile(records._PER.pattern.replace(r"per(?<!\wper)", r"\bper", 1), re.MULTILINE)
    assert plain.pattern != records._PER.pattern
    parts = list("pPeEr ZQJ's,.;)\n\t_9") + ["per ", "as per ", "upper ", "_per ", "per ZJ in", "ZJ", "QZV ", " email"]
    for text in dev_texts() + random_texts(143, parts, 30000):
        assert_same(_spans(records._PER, text), _spans(plain, text), text)


def test_scans_beside_a_time_tried_on_lines_holding_one_are_the_plain_scan():
    parts = list("aZ .)\t\n,[]-:") + ["14:05", "7.30", "at ", " XQ", " ZK", "hrs", "h", "\u2013", "released ", "12:3",
                                      "ZK 14:05 - ", "emptied 15:10 XQ\n", "\n\n", "1", "QJ.", "\r", "\u00c9", "[07:40] "]
    for text in dev_texts() + random_texts(144, parts, 30000):
        assert_same(records.beside_times(text), _spans(records._SIGNED_AFTER_TIME, text) + _spans(records._BEFORE_TIME, text), text)


def test_header_lines_read_only_where_a_role_word_stands_are_the_plain_reading():
    from anonymiser.text import initials_column as column

    def plain_heads(line: str) -> list[tuple[int, int]]:
        if not column._aligned_row(line, header=True) or column._DATED.search(line):
            return []
        heads = [m.span() for m in column._ALIGNED_CELL.finditer(line)]
        return heads if len(heads) >= 2 and any(column.role_header(line[a:b]) for a, b in heads) else []

    parts = list("aZ \t|/&.9") + ["  ", "   ", "Done by", "BY", "Op", "QA", "Date checked", "Sign/Date", "WHO", "wHo",
                                  "bypass", "Kelvin\u212a", "ZK", "Task", "Owner code", "Initials"]
    for text in dev_texts() + random_texts(145, parts, 30000):
        for line in text.split("\n"):
            assert_same(column._heads(line), plain_heads(line), text)


def test_tables_read_with_semicolons_where_no_line_holds_two_are_those_read_without(monkeypatch):
    from anonymiser.text.recognisers import table_column
    parts = list("ab ;,|\t\n\r\"") + [";;", "a;b;c\n", "a,b,c\n", "x;y\n", "p,q;r\n", "\"a;b\",c,d\n", "LT_1;low;P3;ZK\n"]
    texts = dev_texts() + random_texts(146, parts, 20000)
    fast = []
    for text in texts:
        table_column.tables.cache_clear()
        fast.append(table_column.tables(text, semicolons=True))
    monkeypatch.setattr(table_column, "_TWO_SEMICOLONS", re.compile(""))  # (a line with two, everywhere: the plain reading)
    for text, found in zip(texts, fast):
        table_column.tables.cache_clear()
        assert_same(found, table_column.tables(text, semicolons=True), text)
    table_column.tables.cache_clear()
