"""The speed14 shortcuts of the name recognisers read from scanned and spoken text (``spoken_name``, ``ocr_name``,
``code_name_capitals``) give what the plain forms give, on the development texts and on random strings built from
the characters each shortcut cares about. (Development texts only: a failing assertion names its file.)"""
from __future__ import annotations

import re

from tests.anonymiser.dev_corpus import assert_same, dev_texts, random_texts


# The plain forms: a word in lower case led by its look-behind, and an alternation of the leads compiled for a text.
_PLAIN_LOWER_WORD = re.compile(r"(?<![\w'\u2019])[a-z]{2,15}(?![\w'\u2019])")


def _plain_lower_pair(leads: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(sorted(map(re.escape, leads), key=len, reverse=True))
    return re.compile(rf"(?<![\w'\u2019])(?P<lead>{alternatives}) (?P<surname>[a-z]{{3,20}})(?![\w'\u2019])")


def test_lower_case_words_led_by_their_first_letter_and_pairs_found_from_their_leads_are_the_plain_scans():
    from anonymiser.text.recognisers import spoken_name
    parts = list("aAzZ9 \t\n-'_.\u2019é") + ["dr ", "mr", "ms ", "ms", "items ", "ianto ", "ianto", "xianto ", "zelda ",
                                           "kemuel", "dr hab ", "prof ", "anna ", "ann ", "annamaria ", "the ", "of "]
    for text in list(dev_texts()) + random_texts(141, parts, 30000):
        words = spoken_name._LOWER_WORD.findall(text)
        assert_same(words, _PLAIN_LOWER_WORD.findall(text), text, "lower words")
        # (the leads the recogniser would take, and every lower-case word as a lead: many leads, overlapping pairs)
        for leads in (frozenset(filter(spoken_name._cased_lead, set(words))), frozenset(words)):
            if not leads:
                continue
            assert_same([(m.span(), m.groupdict()) for m in spoken_name.lower_pairs(text, leads)],
                        [(m.span(), m.groupdict()) for m in _plain_lower_pair(leads).finditer(text)], text, "pairs")


def test_names_split_by_a_space_with_their_letters_taken_whole_are_the_plain_scan():
    from anonymiser.text import ocr
    from anonymiser.text.recognisers.person_cues import LO, UP
    # (the runs are given nothing back: no letter is a space, a hyphen or a line break, and every letter is a word's)
    letters = [chr(c) for c in range(0x2000) if re.fullmatch(f"[{LO}]", chr(c))]
    assert all(re.fullmatch(r"\w", c) for c in letters) and not {" ", "-", "\n"} & set(letters)
    # (a head after a hyphen only where a letter is before it: a double-barrelled name's second part)
    plain = re.compile(rf"(?<![\w'\u2019])(?<![\W\d_]-)[{UP}](?P<head_rest>[{LO}]{{1,11}})(?P<gap> |-?\n[ \t]*)"
                       rf"(?P<tail>[{LO}]{{1,10}})(?![\w'\u2019-])")
    parts = list("aAzZ9 \t\n-'\u2019éŁß") + ["Quel ", "varro", "Dalget ty", "Zbiś", "varrowska", "Mar garet", "K. Wrel ski", "-\n  ",
                                             "abcdefghijklm", "Mrs ", "ski-", "Ab-Cd ef", "9-Ab cd"]
    for text in list(dev_texts()) + random_texts(142, parts, 30000):
        assert_same([(m.span(), m.groupdict()) for m in ocr._NAME_SPLIT.finditer(text)],
                    [(m.span(), m.groupdict()) for m in plain.finditer(text)], text, "name splits")


def test_code_names_in_capitals_required_from_the_space_before_them_are_required_where_the_plain_test_holds():
    from anonymiser.text.recognisers import code_name_capitals
    plain = re.compile(r"[a-z] [A-Z]{5}")
    parts = list("aAzZ9 \t\n-.") + ["the ", "TARNS", "GLASSWEIR ", " ABCD", "x ABCDE", "Q ABCDEF"]
    for text in list(dev_texts()) + random_texts(143, parts, 30000):
        assert (code_name_capitals._CAPITALS_AFTER_LOWER.search(text) is None) == (plain.search(text) is None), text
