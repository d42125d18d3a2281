"""The speed22 shortcuts give what the plain forms give, on the development texts and on random strings built from
the pieces each shortcut cares about. (Development texts only: a failing assertion names its file.)"""
from __future__ import annotations

import re

import pytest

from anonymiser.text import ocr
from anonymiser.text.normalise import normalise
from anonymiser.text.recognisers import date, lower_case_name, person_cues

from tests.anonymiser.dev_corpus import dev_texts, random_texts

_DATE_PARTS = ["13", "1", "3", "11", "26", "2026", "24", "0", "st", "/", "-", " ", "\t", "JUN", "JUNE", "Jun", "SEPT",
               "PCS", "ABC", "MAR", "x", "\n", "A", "of"]


def test_dates_taken_are_the_same_where_their_gates_let_them_be_looked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = list(dev_texts(normalise)) + random_texts(221, _DATE_PARTS, 20000)
    gated = [[(s.start, s.end, s.attrs) for s in date._read(text)] for text in texts]
    monkeypatch.setattr(date, "TAKEN_GATES", {})
    for text, found in zip(texts, gated):
        assert found == [(s.start, s.end, s.attrs) for s in date._read(text)], getattr(text, "source", text)


_NUMBER_PARTS = ["1", "0", "12", "O", "o", "l", "I", ".", ",", ":", "/", " ", "x", "-", "..", "1.", "O.", "A", "\n"]


def test_numbers_read_for_misread_digits_are_those_the_plain_scan_reads() -> None:
    # (the plain scan takes every number; only those with a look-alike are read)
    plain = re.compile(r"[0-9OolI](?<![A-Za-z0-9][0-9OolI])(?<![0-9OolI][.,:/][0-9OolI])"
                       r"[0-9OolI]*+(?:[.,:/][0-9OolI]++)*+(?![A-Za-z0-9])")
    for text in list(dev_texts(normalise)) + random_texts(222, _NUMBER_PARTS, 20000):
        assert [m.span() for m in ocr._NUMBER_READ.finditer(text)] == \
            [m.span() for m in plain.finditer(text) if any(c in "OolI" for c in m.group())], getattr(text, "source", text)


_INITIAL_PARTS = ["M", ".a ", "M.a ", "T. ", "Olabarri", " ", "A", "-", "B.", "Smith", "van ", "No", "\n", "x", "J ", "Ma"]


def test_an_initial_and_surname_are_found_as_the_pattern_led_by_spains_m_a_found_them() -> None:
    plain = re.compile(person_cues.INITIAL_SURNAME.pattern.replace(r"[A-Z](?:(?<=M)\.a[ \t][A-Z])?",
                                                                   r"(?:M\.a[ \t](?=[A-Z]))?[A-Z]", 1))
    assert plain.pattern != person_cues.INITIAL_SURNAME.pattern
    for text in list(dev_texts(normalise)) + random_texts(223, _INITIAL_PARTS, 20000):
        assert [m.span() for m in person_cues.INITIAL_SURNAME.finditer(text)] == [m.span() for m in plain.finditer(text)], \
            getattr(text, "source", text)


@pytest.mark.parametrize("how_many", [3, lower_case_name._FEW_WANTED + 1, 400])
def test_the_wanted_lower_case_words_are_found_where_a_scan_of_every_word_finds_them(how_many: int) -> None:
    parts = ["ana", "al", "x", "'", "-", " ", ".", "@", "\n", "bo", "Ed", "d'"]
    for text in [*dev_texts(normalise)[:80], *random_texts(224, parts, 3000)]:
        every = [m for m in lower_case_name._WORD.finditer(text)]
        wanted = {m.group() for m in every[::7]}
        wanted = set(sorted(wanted)[:how_many])
        found = lower_case_name._words_among(text, wanted)
        assert [m.span() for m in found] == [m.span() for m in every if m.group() in wanted]
