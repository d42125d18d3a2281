"""People in a batch record's signature log, a QP register and their notes: a register's "Surname, Given" with two
surnames ("Castellvi Irujo, Leocadia") or an Irish particle ("Ó Drennagh, Crispin", "Mac an tSelvin, Ailbhe") is one
person; their initials (without the particle's accent: "COD") are that person in the record's columns and notes,
also where they spell a word or an acronym of the trade; initials with a date after them sign a step ("LCI 06/03"),
a correction signed in its quotes ('"wrong time - BAQ"') and an arrow before what a hand did ("-> BAQ added date").
Look-alikes stay: a word before a "Surname, Given", an acronym used as one, initials nobody here has."""
from __future__ import annotations

from anonymiser.text.document import Document
from anonymiser.text.engine import anonymise_text
from anonymiser.text.recognisers.person import RECOGNISER as PERSON

_LOG = ("SIGNATURE LOG\n"
        "Printed name             | Initials | Role          | Emp. no.\n"
        "-------------------------|----------|---------------|---------\n"
        "Castellvi Irujo, Leocadia   | LCI      | Process Tech  | 71118\n"
        "Albornoz Quintanar, Bernat| BAQ      | Process Tech  | 71144\n"
        "Ó Drennagh, Crispin      | CÓD      | QA Shopfloor  | 30201\n"
        "Mac an tSelvin, Ailbhe    | AMS      | Supervisor    | 30107\n"
        "\n"
        "9.4.2 Yield checked   LCI 06/03    AMS 06/03\n"
        'Correction reads "wrong time - BAQ" with no date -> BAQ added date 10/03.\n'
        "QP notes: 12/03 COD: certified. Cover by COD and AMS.\n")


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "person"]


def test_a_register_name_with_two_surnames_or_an_irish_particle_is_one_person() -> None:
    people = _people(_LOG)
    for name in ("Castellvi Irujo, Leocadia", "Albornoz Quintanar, Bernat", "Ó Drennagh, Crispin", "Mac an tSelvin, Ailbhe"):
        assert name in people
    assert "tSelvin" not in anonymise_text(_LOG).text


def test_the_initials_of_a_register_s_people_sign_its_steps_and_notes() -> None:
    redacted = anonymise_text(_LOG).text
    tail = redacted[redacted.index("9.4.2"):]
    for initials in ("LCI", "AMS", "BAQ", "COD"):
        assert initials not in tail, initials


def test_a_word_before_a_surname_first_name_is_no_first_surname() -> None:
    text = ("Remark                   | Role\n"
            "Thanks Vantreck, Osgood  | Lead\n"
            "Checked Cosgrave, Leocadia  | QA\n"
            "Tilda Pellbright, Leocadia  | QA\n")  # (a given name is no first surname)
    people = [text[s.start:s.end] for s in PERSON.find(Document(text)) if s.reason.startswith("Surname and given name")]
    assert sorted(people) == ["Cosgrave, Leocadia", "Pellbright, Leocadia"]


def test_an_acronym_nobody_here_has_stays_beside_a_date_or_in_a_note() -> None:
    text = ("Signed: Leocadia Castellvi Irujo (LCI) 06/03.\n"
            "ERP 06/03 interface down; QA 07/03 reviewed.\n"
            'The label read "batch - QMS" on the drum.\n')
    result = anonymise_text(text)
    assert not {"ERP", "QA", "QMS"} & {f.original for f in result.findings}
    assert "ERP" in result.text and "QMS" in result.text
