"""The gates (``Pattern.requires``) rewritten to be led by a character ``re`` skips ahead to (a colon, a slash, a
bracket, a "+" or an "m") say of every text what their plain forms say: whether it holds what every match of their
pattern holds. (Development texts only: a failing assertion names its file.)"""
from __future__ import annotations

import re

from tests.anonymiser.dev_corpus import dev_texts, random_texts


def _same_gate(fast: re.Pattern[str], plain: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert (fast.search(text) is None) == (plain.search(text) is None), (plain.pattern[:40], text)


def _gate(patterns: tuple, regex: re.Pattern[str]) -> re.Pattern[str]:
    gate = next(p.requires for p in patterns if p.regex is regex)
    assert gate is not None
    return gate


def test_ipv6_gate_led_by_a_colon_is_the_plain_gate():
    from anonymiser.text.recognisers import ip_address
    plain = re.compile(r"::|(?:[0-9A-Fa-f]{1,4}:){7}")
    parts = list("0aF9g:: .-\n") + ["fe80", "2001:db8:", "ab:", "1:2:3:4:5:6:7:", "db8::1", "12345:"]
    _same_gate(_gate(ip_address.RECOGNISER.patterns, ip_address._IPV6), plain,
               list(dev_texts()) + random_texts(201, parts, 30000))


def test_cnpj_gate_led_by_its_slash_is_the_plain_gate():
    from anonymiser.text.recognisers import numbered_field
    plain = re.compile(r"\d{3}/\d{4}-\d")
    parts = list("0123456789/-. a") + ["12.345.678/0001-95", "678/", "0001-", "/0001-9"]
    _same_gate(_gate(numbered_field.RECOGNISER.patterns, numbered_field._CNPJ), plain,
               list(dev_texts()) + random_texts(202, parts, 30000))


def test_dmd_gate_led_by_a_plus_or_an_m_is_the_plain_gate():
    from anonymiser.text.recognisers import numbered_field
    plain = re.compile(r"(?i:dm\+d|snomed)|(?:AMPP|VMPP|AMP|VMP|VTM)\b")
    parts = list("dDmM+sSnNoOeEaAvVpPtT x1_\u017f") + ["dm+d", "DM+D", "snomed", "SNOMED", "\u017fnomed", "AMPP",
                                                      "VMPP", "AMP", "VMP", "VTM", "AMPPP", "VTMs"]
    _same_gate(numbered_field._DMD_MARK, plain, list(dev_texts()) + random_texts(203, parts, 30000, longest=12))


def test_system_in_brackets_gate_led_by_its_bracket_is_the_plain_gate():
    from anonymiser.text.recognisers import project_name
    plain = re.compile(r"[a-z] \((?:e?QMS|LIMS|MES|ERP|EDMS|eDMS|WMS|CDS|RTSM|IRT|CMMS|EBR|eBR|historian)\)")
    parts = list("aZ (() ") + ["(eQMS)", "(QMS)", "(LIMS)", "(historian)", "(EBR", "e (", "Veeva", "  ("]
    _same_gate(project_name._SYSTEM_AFTER_MARK, plain, list(dev_texts()) + random_texts(204, parts, 30000))


def test_grant_gate_led_by_its_slash_is_the_plain_gate():
    from anonymiser.text.recognisers import numbered_field
    plain = re.compile(r"[A-Z]/[A-Z]\d{6}/")
    parts = list("AZa/0123456789 ") + ["MR/T012345/", "B/", "/X123456/", "ES/P9"]
    _same_gate(_gate(numbered_field.RECOGNISER.patterns, numbered_field._GRANT), plain,
               list(dev_texts()) + random_texts(205, parts, 30000))


def test_spaced_digits_hint_led_by_a_space_is_the_plain_hint():
    from anonymiser.text.recognisers import spoken_contact
    plain = re.compile(r"\d \d \d \d \d")
    parts = list("0123456789  \ta") + ["0 7 7 0", "1 2", " 3 "]
    _same_gate(spoken_contact._SPACED_HINT, plain, list(dev_texts()) + random_texts(206, parts, 30000))
