"""A drawing's revision table laid out by spaces ("REV  DATE  DESCRIPTION  BY  CHK  APP"): the initials under "BY", "CHK"
and "APP" sign it, also where a row's description holds a role's word ("ISSUED FOR REVIEW") and its date is scanned
with letters for digits ("O9/O6/23")."""
from __future__ import annotations

from anonymiser.text.engine import anonymise_text

_TABLE = """REVISIONS
REV  DATE        DESCRIPTION                          BY    CHK   APP
A    O9/O6/23    ISSUED FOR REVIEW                     MKQ   DZ    -
B    21/07/23    ISSUED FOR TENDER (HZ)         MKQ   DZ    QW
C    15/09/23    ISSUED FOR APPROVAL               MKQ   DZ    QW
"""


def test_the_initials_signing_a_revision_table_are_people():
    result = anonymise_text(_TABLE)
    for initials in ("MKQ", " DZ ", " QW\n"):
        assert initials not in result.text
    assert "ISSUED FOR TENDER (HZ)" in result.text and "REV  DATE" in result.text


def test_a_column_of_apps_is_no_column_of_sign_offs():
    text = ("APP          OWNER        VERSION\n"
            "MES          Ludovic Quarside   4.2\n"
            "LIMS         Ludovic Quarside   7.1\n")
    result = anonymise_text(text)
    assert "MES " in result.text and "LIMS " in result.text and "Quarside" not in result.text
