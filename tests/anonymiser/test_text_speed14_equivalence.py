"""The speed14 shortcuts give what the plain forms give, on the development texts and on random strings built
from the characters each shortcut cares about. (Development texts only: a failing assertion names its file.)"""
from __future__ import annotations

import re

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern

from tests.anonymiser.dev_corpus import assert_same, dev_texts, random_texts


def _found(pattern: Pattern, text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(Document(text))]


def _handle_pattern(regex: re.Pattern[str]) -> Pattern:
    from anonymiser.text.recognisers import handle
    return next(p for p in handle.RECOGNISER.patterns if p.regex is regex)


def _same_as_plain_scan(pattern: Pattern, texts: list[str]) -> None:
    """``pattern`` read from its starts finds what ``re`` finds scanning every position."""
    for text in texts:
        plain = [(m.span(), m.groupdict()) for m in pattern.regex.finditer(text)]
        if pattern.requires is not None and pattern.requires.search(text) is None:
            plain = []
        assert_same(_found(pattern, text), plain, text, pattern.regex.pattern[:40])


def test_user_names_with_a_dot_tried_only_where_a_letter_follows_the_dot_are_the_plain_scan():
    from anonymiser.text.recognisers import handle
    parts = list("abzAZ .\n-@/9") + ["m.alaimo", "jess.m", "R.DESTOTTS", "e.g.", "end. Next", "opc.tcp://", "x.y.z",
                                     "priya.venkatesh-ross", "File.txt", "ab.CD", "Dr.", " u.s. "]
    _same_as_plain_scan(_handle_pattern(handle._DOTTED), list(dev_texts()) + random_texts(141, parts, 30000))


def test_thread_users_tried_only_on_lines_with_an_act_are_the_plain_scan():
    from anonymiser.text.recognisers import handle
    parts = list("ab9_- \t\n*@") + ["commented ", "opened ", "force-pushed ", "closed\t", "merged", "ed ", "**",
                                    "gabe-oyenor ", "delphine-k", "reviewed ", "renamed "]
    _same_as_plain_scan(_handle_pattern(handle._THREAD_USER), list(dev_texts()) + random_texts(142, parts, 30000))


def test_member_ids_looked_for_only_in_texts_with_one_are_found_as_before():
    from anonymiser.text.recognisers import handle
    fast = _handle_pattern(handle._MEMBER_ID)
    before = Pattern(handle._MEMBER_ID, 0.8, group="handle", anchor=re.compile(r"[uw](?=[a-z0-9]{8,10}[^\w-])"))
    parts = list("uwUW09AZ @\"'[(-\n") + ["U04RZ7K1QDL", "<@W05A3MPX2TT>", "UNIVERSITY ", "U12345678", "w0", "Kelvin"]
    for text in list(dev_texts()) + random_texts(143, parts, 30000):
        assert_same(_found(fast, text), _found(before, text), text, "member id")


def test_role_keys_tried_only_where_a_role_word_starts_are_the_plain_scan():
    from anonymiser.text.recognisers import handle
    parts = list("aoOrRB_ \t:=<>\"'\n") + ["By", "_by", "by", "BY", "owner", "OWNER", "Operator", "assignee", "assigned_to",
                                         "AssignedTo", "author", "approver", "reviewer", "requester", "requestor", "aſſignee",
                                         "\u0131", "\u0130", "\u212a", "closedBy", "<closed_by display_value=\"x\">", "updatedBy\""]
    for text in list(dev_texts()) + random_texts(144, parts, 30000):
        assert_same([m.span() for m in handle._role_key_ends(text)],
                    [m.span() for m in handle._ROLE_KEY_END.finditer(text)], text, "role key")
    _same_as_plain_scan(_handle_pattern(handle._KEYED_ROLE), list(dev_texts()))


def test_the_letters_that_fold_to_an_ascii_letter_but_lower_case_to_another_are_all_known():
    from anonymiser.text.normalise import lower_view
    from anonymiser.text.recognisers import handle
    letter = re.compile(r"(?i)[a-z]")
    apart = {chr(c) for c in range(0x110000) if letter.fullmatch(chr(c)) and not ("a" <= lower_view(chr(c)) <= "z")}
    assert apart == set(handle._FOLDED_APART)


def test_name_splits_passed_over_when_their_tail_is_a_word_read_as_printed_as_before():
    from anonymiser.text import ocr
    from anonymiser.text.recognisers import ocr_name
    known = frozenset({"quenwood", "dovrick", "adebayo"})
    parts = list("aA \n\t|:-.") + ["Mrs ", "Dr. ", "K. ", "Quen", " wood", "Dov", " rick", "Isol", "de", " de", "Kest",
                                   "-\n ell", " ell", "The", " report", "Mar", " garet", "Ll", " oyd", "Varr", " ick",
                                   " Marwick", "| ", "Jo", " ski", "0yenedun ", "Graharn"]
    texts = list(dev_texts()) + random_texts(145, parts, 20000, 20)
    changed = 0
    for text in texts:
        callbacks = (lambda head, tail: ocr_name._joins(head, tail, known), ocr_name._joins_after,
                     lambda word, printed: ocr_name._reads_as_name(word, printed, known))
        fast = ocr.read_as_printed(text, *callbacks, lambda head, tail: ocr_name._may_join(head, tail, known))
        assert_same(fast, ocr.read_as_printed(text, *callbacks), text, "read as printed")
        changed += bool(fast.changed)
    assert changed >= 1000


def test_log_ins_before_an_address_tried_only_in_the_run_before_its_bracket_are_the_plain_scan():
    from anonymiser.text.recognisers import handle
    parts = list("az09._- \t\n<>@") + ["kaghas", " <kwame.aghas@", "x.y", " <", "@b.c>", "abcdefghijklmnopqrstuvwxyz0123456789",
                                      "\t<j@", "A", "\u00e9"]
    _same_as_plain_scan(_handle_pattern(handle._BEFORE_ADDRESS), list(dev_texts()) + random_texts(147, parts, 30000, 40))


def test_home_folders_tried_only_at_their_marks_are_the_plain_scan():
    from anonymiser.text.recognisers import handle
    parts = list("cC:\\/ a.-_9\n") + ["C:\\Users\\", "c:\\users\\", "\\USERS\\", "\\uſers\\", "/home/", "/Users/", "/home",
                                      "r.obave", "kmuchui", "jo.b", "Users/", "home/", "\u212a:"]
    _same_as_plain_scan(_handle_pattern(handle._HOME_FOLDER), list(dev_texts()) + random_texts(148, parts, 30000))
