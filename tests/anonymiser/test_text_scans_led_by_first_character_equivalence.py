"""Scans that were led by a look-behind (tried at every position of a text), rewritten to be led by their first
character, which ``re`` skips ahead to, the look-behind after it: they find what their plain forms find, on the
development texts and on random strings of the characters each cares about. (Development texts only: a failing
assertion names its file.)"""
from __future__ import annotations

import re

from tests.anonymiser.dev_corpus import dev_texts, random_texts, same_scan


def test_lower_case_word_led_by_its_first_letter_is_the_plain_scan():
    from anonymiser.text.recognisers import lower_case_name
    plain = re.compile(r"(?<![\w'\u2019@.])(?<![\w.]-)[a-z]{3,15}(?![\w@-])")
    parts = list("abzA1_'\u2019@.- \n") + ["tamsin", "orvillefixedthelinetoday", "x-ray", "e.g", "bo"]
    same_scan(lower_case_name._WORD, plain, list(dev_texts()) + random_texts(301, parts, 30000))


def test_addresses_in_chinese_korean_and_japanese_led_by_the_name_are_the_plain_scans():
    from anonymiser.text.recognisers import other_script as o
    han, hangul, kana = o._HAN, o._HANGUL, o._KANA
    chinese = re.compile(rf"(?<![{han}])(?P<name>[{o._CHINESE_SURNAMES}](?:(?=[工总])|[{han}]{{0,2}}?(?=经理|老师|先生|女士|小姐|博士)))"
                         rf"(?:工(?![{han}])|总(?![{han}])|经理|老师|先生|女士|小姐|博士)")
    korean = re.compile(o._KOREAN_ADDRESS.pattern.replace(f"(?P<name>[{o._KOREAN_SURNAMES}](?<![{hangul}].)",
                                                          f"(?<![{hangul}])(?P<name>[{o._KOREAN_SURNAMES}]", 1))
    japanese = re.compile(rf"(?<![{han}{kana}])(?P<name>[{han}]{{2,4}})(?:さん|様(?![{han}])|氏(?![{han}]))")
    assert korean.pattern != o._KOREAN_ADDRESS.pattern
    texts = list(dev_texts())
    same_scan(o._CHINESE_ADDRESS, chinese, texts + random_texts(302, list("王李张工总经理老师先生大中 a\n"), 30000))
    same_scan(o._KOREAN_ADDRESS, korean, texts + random_texts(303, list("김이박민준팀장님씨께 ,a\n") + ["부장"], 30000))
    same_scan(o._JAPANESE_ADDRESS, japanese, texts + random_texts(304, list("片桐山田さん様氏のア a\n"), 30000))
