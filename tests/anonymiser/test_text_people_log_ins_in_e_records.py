"""The log-ins an e-signature manifest, an audit trail or a QP register prints beside the people it names in full: a
name with a middle initial and a double-barrelled surname ("jwhitcombeorley" for Jorunn P. Whitcombe-Orley), the
initial and surname cut to the length a directory allows ("kokonjopre" for Korbinian Okonjo-Prenn), with a middle initial
("jpyelverton"), and a person's second account with its suffix ("bhalloway-a", "bhalloway_c", "bhalloway_adm").
Look-alikes stay: a shorter cut than eight letters, another person's, words."""
from __future__ import annotations

from anonymiser.text.engine import anonymise_text

_MANIFEST = ("SIGNATURE MANIFEST\n"
             " #  Signer (Full name)              User ID\n"
             " 1  Jorunn P. Whitcombe-Orley     jwhitcombeorley\n"
             " 2  Korbinian Okonjo-Prenn               kokonjopre\n"
             " 3  Brann Halloway                  bhalloway\n"
             " 4  Jorunn P. Yelverton           jpyelverton\n"
             "\n"
             "Failed attempts: jwhitcombeorley (password), kokonjopre (locked).\n"
             "Admin changes by bhalloway-a; contractor account bhalloway_c; bhalloway_adm reset the role.\n")


def test_log_ins_made_from_the_names_are_those_people() -> None:
    result = anonymise_text(_MANIFEST)
    for login in ("jwhitcombeorley", "kokonjopre", "jpyelverton", "bhalloway"):
        assert login not in result.text, login


def test_a_second_account_s_suffix_goes_with_the_log_in() -> None:
    found = [f.original for f in anonymise_text(_MANIFEST).findings]
    for account in ("bhalloway-a", "bhalloway_c"):
        assert account in found, account


def test_a_short_cut_or_a_word_is_no_log_in() -> None:
    text = ("Signer: Korbinian Okonjo-Prenn (kokonjopre)\n"
            "The kokonjo file (seven letters) and the role admin-a stay.\n")
    redacted = anonymise_text(text).text
    assert "kokonjo file" in redacted and "admin-a" in redacted
