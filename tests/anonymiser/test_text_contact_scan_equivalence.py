"""The URL, e-mail and misheard-product scans rewritten to be led by a character ``re`` can skip ahead to (or gated on
what every match holds) find what their plain forms find, on the development texts and on random strings built from
the characters each rewrite cares about. (Development texts only: a failing assertion names its file.)"""
from __future__ import annotations

import re

from anonymiser.text.document import Document
from tests.anonymiser.dev_corpus import assert_same, dev_texts, random_texts, same_scan


def test_repository_after_its_word_led_by_the_words_first_letter_is_the_plain_scan():
    from anonymiser.text.recognisers import url
    rest = url._REPO.pattern[url._REPO.pattern.index("[ \\t]*[:=]"):]
    plain = re.compile(r"\b(?i:repo|repository|git[ \t]+repo)" + rest)
    parts = list("rRgG a/-_.:`1\t") + ["repo", "Repository", "REPO", "git repo", "Git\trepo", "report", "repo: ",
                                      "quarlby-ot/line-kpis", "x/y", "ſ", "prepo", "_repo"]
    same_scan(url._REPO, plain, list(dev_texts()) + random_texts(141, parts, 30000))


def test_repository_before_its_word_is_looked_for_only_where_the_word_follows_a_space():
    from anonymiser.text.recognisers import url
    parts = list("r a/-_.\t1") + ["repo", "Repository", "REPOS", "report", "quarlby-ot/line-kpis", " repo", "x/y "]
    for text in list(dev_texts()) + random_texts(142, parts, 30000):
        if url._REPO_AFTER.search(text):
            assert url._REPO_WORD_AFTER.search(text), text


def test_host_hint_led_by_its_hyphen_holds_where_the_plain_one_does():
    from anonymiser.text.recognisers import url
    plain = re.compile(r"[a-z]-[a-z]{0,8}\d\d")
    parts = list("aZ-19 .") + ["sg-hist-01", "lims-db01", "covid-19", "-", "x-"]
    for text in list(dev_texts(str.lower)) + list(dev_texts()) + random_texts(143, parts, 30000):
        assert (url._HOST_HINT.search(text) is None) == (plain.search(text) is None), text


def test_mailbox_scans_led_by_the_words_first_letter_are_the_plain_scans():
    from anonymiser.text.recognisers import email
    rest = email._MAILBOX_ALONE.pattern[email._MAILBOX_ALONE.pattern.index("(?:[ \\t]+(?:it"):]
    plain_alone = re.compile(r"\b(?i:e-?mail|mail|cc|bcc)" + rest)
    plain_hint = re.compile(r"\b(?:e-?mail|mail|cc|bcc):? ")
    parts = list("emcbEMCB a.:_-\t1") + ["mail ", "E-mail: ", "email it to ", "cc ", "Bcc: ", "tbrzeskiq", "w.mabryn",
                                         "gmail ", "acc ", "mailbox"]
    texts = list(dev_texts()) + random_texts(144, parts, 30000)
    same_scan(email._MAILBOX_ALONE, plain_alone, texts)
    for text in texts + [text.lower() for text in texts]:
        assert [m.span() for m in email._MAILBOX_HINT.finditer(text)] == [m.span() for m in plain_hint.finditer(text)], text
        if plain_hint.search(text):
            assert "mail" in text or "cc" in text, text


def test_words_begun_as_a_product_are_the_plain_words_of_those_beginnings():
    from anonymiser.text.recognisers import misheard_product
    prefixes = {"vor", "tor", "tab", "qua", "zyl"}
    parts = list("vVtToOrRaAbB .-@/\\_1é") + ["Vortalin", "VORTALENE", "tormel", "Tabrex", "quallion", "Zylphor",
                                             "vortalineabcdefghijklmnopq", "VOrtal", "x.y", "Torr"]
    for text in list(dev_texts()) + random_texts(145, parts, 30000):
        plain = [m.span() for m in misheard_product._WORD.finditer(text) if m.group().lower()[:3] in prefixes]
        assert_same([m.span() for m in misheard_product._words_begun_as(Document(text), prefixes)], plain, text)


def test_repository_hints_led_by_their_word_hold_where_the_plain_ones_do():
    from anonymiser.text.recognisers import url
    plain_hint = re.compile(r"\brepo")
    plain_after = re.compile(r"[ \t](?i:repo|repository)\b")
    parts = list("rR a/-_.\t1ſ") + ["repo", "Repository", "REPOS", "report", "prepo", " repo", "\trepository", "x/y "]
    for text in list(dev_texts()) + list(dev_texts(str.lower)) + random_texts(146, parts, 30000):
        assert [m.start() for m in url._REPO_HINT.finditer(text)] == [m.start() for m in plain_hint.finditer(text)], text
        assert [m.start() - 1 for m in url._REPO_WORD_AFTER.finditer(text)] == [m.start() for m in plain_after.finditer(text)], text


def test_an_extension_written_again_led_by_its_digits_is_the_plain_scan():
    from anonymiser.text.recognisers import phone_extension
    parts = list("41 .,/-£$#%a\n") + ["4471", "44711", "x4471", "4471.5", "4471%", "£4471", "ext 4471", "2217"]
    texts = list(dev_texts()) + random_texts(147, parts, 30000)
    for number in ("4471", "44711", "2217"):
        plain = re.compile(rf"(?<![\w.,/£$€#-]){number}(?![\w%]|[.,/-]\d)")
        same_scan(phone_extension._written_again(number), plain, texts)
