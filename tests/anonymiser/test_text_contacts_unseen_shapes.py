"""Contacts written in shapes the corpus rarely holds: a number broken across two lines, an address behind a scheme
other than http (or defanged), a log-in in a system log or a home folder, a directory's keys. All names invented."""
from __future__ import annotations

import pytest

from anonymiser.text.engine import anonymise_text


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.original, f.category) for f in anonymise_text(text).findings]


@pytest.mark.parametrize(("text", "halves"), [
    ("Call me on 07700 900\n837 if the line drops.", ("07700 900", "837")),
    ("Phone: 01632\n960 418\nFax: none", ("01632", "960 418")),
    ("Switchboard is 0161\n  496 0000 in office hours.", ("0161", "496 0000")),
])
def test_a_phone_number_broken_across_two_lines_is_one_number(text, halves):
    result = anonymise_text(text)
    phones = {f.original: f.replacement for f in result.findings if f.category == "contact"}
    assert set(halves) <= set(phones)
    assert len({phones[h] for h in halves}) == 1
    assert not any(h in result.text for h in halves)


@pytest.mark.parametrize("text", ["Counts by shift:\n0123\n4567 units", "Totals\n2024\n1234 5678",
                                  "Room 0123\n456 chairs were moved."])
def test_numbers_on_consecutive_lines_that_make_no_phone_number_stay(text):
    assert not [f for f in anonymise_text(text).findings if f.category == "contact"]


@pytest.mark.parametrize(("text", "address"), [
    ("The old site hxxps://legacy.kelvarro-pharma.co.uk/qa was retired.", "hxxps://legacy.kelvarro-pharma.co.uk/qa"),
    ("Drop it in ftp://ftp.kelvarro.nl/outgoing/line4/ tonight.", "ftp://ftp.kelvarro.nl/outgoing/line4/"),
    ("endpoint: opc.tcp://hist01.kelvarro.local:4840", "opc.tcp://hist01.kelvarro.local:4840"),
])
def test_an_address_behind_any_scheme_is_found_whole(text, address):
    assert (address, "contact") in _found(text)


def test_a_template_after_a_scheme_is_no_address():
    assert not [f for f in anonymise_text("ua_endpoint=opc.tcp://{{ host }}:4840").findings if f.recogniser == "url"]


@pytest.mark.parametrize(("text", "login"), [
    ("Sep 12 03:14:07 app03 sshd[2211]: Accepted publickey for dquarrington from 10.4.12.9 port 52110", "dquarrington"),
    ("Sep 12 03:14:09 app03 sshd[2212]: Failed password for invalid user tquillan from 10.4.12.9", "tquillan"),
    ("Sep 12 03:15:10 app03 sudo:   dquarrington : TTY=pts/1 ; PWD=/tmp ; USER=root", "dquarrington"),
    ("pam_unix(sshd:session): session opened for user tquillan(uid=1004) by (uid=0)", "tquillan"),
    ("COMMAND run with PWD=/home/tquillan ; USER=root", "tquillan"),
])
def test_a_log_in_in_a_system_log_or_a_home_folder_is_a_handle(text, login):
    assert (login, "contact") in _found(text)


@pytest.mark.parametrize("text", ["Sep 12 03:15:10 app03 sudo:   root : TTY=pts/1 ; PWD=/home/root ; USER=root",
                                  "Accepted publickey for ubuntu from 10.4.12.9 port 52110"])
def test_a_machines_own_accounts_in_a_system_log_are_no_ones(text):
    assert not [f for f in anonymise_text(text).findings if f.original in ("root", "ubuntu")]


def test_a_directory_names_keys_are_no_ones_initials():
    text = "manager: CN=Trevellyan Quillmarsh,OU=Engineering,DC=kelvarro,DC=local"
    assert not [f for f in anonymise_text(text).findings if f.original == "CN"]


@pytest.mark.parametrize("skype", ["live:.cid.4a7b2c1d9e8f", "live:jo.brannagh_1"])
def test_a_skype_accounts_id_is_a_handle(skype):
    assert (skype, "contact") in _found(f"Skype: {skype} | WhatsApp only at weekends")


@pytest.mark.parametrize("text", ["We go live: Monday.", "The feed is live:stream on the big screen."])
def test_going_live_is_no_skype_account(text):
    assert not [f for f in anonymise_text(text).findings if f.category == "contact"]
