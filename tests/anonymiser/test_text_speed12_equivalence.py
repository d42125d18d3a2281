"""The speed12 shortcuts give what the plain forms give, on the development texts and on random strings built
from the characters each shortcut cares about. (Development texts only: a failing assertion prints its text.)"""
import random
import unicodedata
import re

from anonymiser.eval.corpus import load
from anonymiser.text import speech
from anonymiser.text.recognisers import login_name


def _dev_texts() -> list[str]:
    return [case.text for case in load() if case.split != "heldout"]


def _random_texts(seed: int, parts: list[str], count: int, longest: int = 30) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(parts) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_login_tokens_led_by_their_first_letter_are_the_plain_scan():
    plain = re.compile(r"(?<![\w.@/\\<-])(?P<letters>[a-z]{5,20}|[A-Z]{5,20})(?P<digits>\d{0,2})(?![\w@/\\>-]|\.[A-Za-z])")
    parts = list("abcXYZ0129_.@/\\<>-' \t\né") + ["jwilde", "AKUMAR", "abcdefghijklmnopqrstuvwxyz", "Ab"]
    for text in _dev_texts() + _random_texts(121, parts, 30000):
        assert [(m.span(), m.groups()) for m in login_name._TOKEN.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_capitalised_words_for_log_ins_are_the_plain_scan():
    plain = re.compile(r"(?<![\w'-])[A-Z](?:[a-z]{3,19}|[A-Z]{3,19})(?![\w'-])")
    parts = list("abXY0_'- \t\né") + ["Danladi", "MAKONI", "Abcdefghijklmnopqrstuvwxyz"]
    for text in _dev_texts() + _random_texts(122, parts, 30000):
        assert login_name._CAPITALISED.findall(text) == [m.group() for m in plain.finditer(text)], text


def test_ascii_readings_of_speech_lines_are_the_unicode_ones():
    """On a line in ASCII the ASCII classes find the same words and capitals as the Unicode ones."""
    parts = list("abAZ09_'\u2019 \t.,-") + ["Bronwyn", "thanks", "don't", "QA"]
    lines = [line for text in _dev_texts() for line in text.split("\n")] + _random_texts(123, parts, 30000)
    for line in lines:
        if line.isascii():
            assert speech._ASCII_WORD.findall(line) == speech.WORD.findall(line), line
            assert speech._ASCII_CAPITALISED.findall(line) == speech._CAPITALISED.findall(line), line


def test_a_login_among_everyday_words_is_still_read():
    """The tokens judged first as words: a log-in beside them is still found, an everyday word is not."""
    from anonymiser.text.document import Document
    found = [(s.start, s.end) for s in login_name.RECOGNISER.find(Document("Approved by thargrove after review"))]
    assert found == [(12, 21)]
    assert list(login_name.RECOGNISER.find(Document("Approved by reviewers after lunch"))) == []


def test_special_characters_replaced_one_by_one_are_the_translation():
    from anonymiser.text import normalise
    parts = list(normalise._INVISIBLE) + [k for k in normalise._PUNCTUATION if len(k) == 1] + list("ab \n\u00e9") + ["\r\n", "\r"]
    for text in _dev_texts() + _random_texts(124, parts, 20000, longest=20):
        plain = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
        if not plain.isascii() and normalise._SPECIAL.search(plain):
            plain = plain.translate(normalise._TABLE)
        if any(ch in plain for ch in normalise._CONFUSABLE_CHARS):
            plain = plain.translate(normalise._CONFUSABLES)
        expected = text.replace("\r\n", "\n").replace("\r", "\n") if text.replace("\r\n", "\n").replace("\r", "\n").isascii() else plain
        assert normalise.normalise(text) == expected, text


def test_whole_words_read_from_the_characters_outside_ascii_are_the_plain_reading():
    from anonymiser.text.recognisers import person_names

    def plain(text: str) -> frozenset[str]:
        if not text.isascii() and (signs := {c for c in set(text) if not c.isalpha() and person_names._LETTERS.match(c)}):
            text = text.translate(dict.fromkeys(map(ord, signs), " "))
        return frozenset(person_names._FREE_LETTERS.findall(text))

    parts = list("ab1_./@- \n\u00e9\u00b2\u00bd\u2163") + ["x\u00b2", "m\u00b2", "Ab"]
    for text in _dev_texts() + _random_texts(125, parts, 20000):
        assert person_names._whole_words.__wrapped__(text) == plain(text), text
