"""What is written in a form's signature field is a person, however it is scrawled or misread; the field's
label in prose, a placeholder or a word after it stays."""
import pytest

from anonymiser import anonymise_text


@pytest.mark.parametrize(("text", "signature"), [
    ("Stage 5/6 completed by (print)  HINA MASOOD         Sign  H.Mas00d      Date 12/03/2024", "H.Mas00d"),
    ("Reviewed by Prod. Supervisor    E. O'DONOVAN        Sign  ~~ EOD ~~      Date 13/03/2024", "EOD"),
    (" Supervisor check     LEKAN EZEAKOR      LE   Sign LEzeako     Date 08/07/24", "LEzeako"),
    (" QA           K. B. Ansong      Sign  KBAnsong     09/07/24  11:45", "KBAnsong"),
    ("Signature: /G Rhydderch-Gwatkin/          Date: 19 July 2024", "G Rhydderch-Gwatkin"),
    ("| Line clearance | Signed (Op) Tkachenko | 14/11/23 |", "Tkachenko"),
])
def test_the_signature_in_a_forms_field_is_a_person(text: str, signature: str) -> None:
    result = anonymise_text(text)
    assert signature not in result.text
    assert any(f.category == "person" and signature in f.original for f in result.findings)


@pytest.mark.parametrize("text", [
    "Signature: [signed]   Date: 09/07/24",
    "Signature: ______   Date: 20/01/2025",
    "Signature Algorithm: sha256WithRSAEncryption",
    "Sign off the batch before the shift ends.",
    "Signed for and on behalf of the company",
    "Signature        Date",
    "Init | Comments",
    "QA must sign here and initial each page.",
    "  Sign  L10   Date 12/03/2024",
])
def test_a_signature_field_without_a_signature_or_the_word_in_prose_names_no_one(text: str) -> None:
    assert all(f.recogniser != "signature_field" for f in anonymise_text(text).findings)
