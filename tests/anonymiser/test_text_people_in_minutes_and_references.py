"""People as minutes, sign-off sheets and papers print them: a given name with a surname in capitals ("Prisca
VREELAND", "Hope GRANT (HG)" with its initials though both are words), particles and clan prefixes in it and in the initials introduced after it ("Anneke van der DOORN (AvdD)"),
affiliation markers glued to an author's name ("O'Keshane¹,³"), and references' authors in the Vancouver style
("Hollinrake P, Ó Quarrie S. Title …"); a journal's abbreviated title is no one."""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.normalise import normalise
from anonymiser.text.recognisers.person import spelled_initials


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "person"]


@pytest.mark.parametrize(("line", "name"), [
    ("PRESENT\nPrisca VREELAND (PV) - Head of Quality\n", "Prisca VREELAND"),
    ("Apologies: Anneke van der DOORN - Engineering Lead\n", "Anneke van der DOORN"),
    ("Witnessed by Padraig O'KESHANE on the day.\n", "Padraig O'KESHANE"),
    ("Chair: Imogen McTAVERLY\n", "Imogen McTAVERLY"),
    ("PRESENT\nHope GRANT (HG) - Finance Business Partner\n", "Hope GRANT"),
])
def test_a_given_name_with_its_surname_in_capitals_is_one_person(line: str, name: str) -> None:
    assert name in _people(line)


@pytest.mark.parametrize("text", [
    "Please NOTE the change before the HPLC run.",
    "Grant APPROVED the protocol on Tuesday.",
    "Mark DONE in the tracker.",
    "The Quality ASSURANCE (QA) team signs off.",
    "Please NOTE (PN) the change.",
])
def test_a_word_in_capitals_after_a_capitalised_word_is_no_surname(text: str) -> None:
    assert _people(text) == []


def test_initials_spell_a_name_with_its_particles_and_clan_prefix() -> None:
    assert {"AvdD", "AD"} <= spelled_initials("Anneke van der Doorn")
    assert {"IMcT", "IMT", "IM"} <= spelled_initials("Imogen McTaverly")
    assert {"POK", "PO", "PK"} <= spelled_initials("Padraig O'Keshane")
    assert spelled_initials("Prisca Vreeland") == set()


def test_initials_with_a_particle_introduced_in_brackets_stand_for_that_person_later() -> None:
    text = ("PRESENT\nAnneke van der DOORN (AvdD) - Engineering Lead\nImogen McTaverly (IMcT) - QA\n\n"
            "Action 4 now owned by AvdD; IMcT to confirm the dates.\n")
    result = anonymise_text(text)
    assert "AvdD" not in result.text and "IMcT" not in result.text
    placeholders = {f.original: f.replacement for f in result.findings}
    assert placeholders["AvdD"] == placeholders["Anneke van der DOORN"]
    assert placeholders["IMcT"] == placeholders["Imogen McTaverly"]


def test_an_affiliation_marker_in_superscript_is_set_apart_from_the_name_not_folded_into_it() -> None:
    assert normalise("Prisca Vreeland¹*, Padraig O'Keshane¹,³ and Lena Quarrieᵃ") == \
        "Prisca Vreeland^1*, Padraig O'Keshane^1,3 and Lena Quarrie^a"
    assert normalise("a room of 25 m² and 3 cm³") == "a room of 25 m2 and 3 cm3"  # (a unit's power stays as it was)


def test_authors_with_affiliation_markers_are_redacted_whole() -> None:
    text = "Prisca Vreeland¹*, Padraig O'Keshane¹,³, Anneke van der Doorn² and Imogen McTaverly²\n"
    redacted = anonymise_text(text).text
    for part in ("Vreeland", "Keshane", "Doorn", "Taverly"):
        assert part not in redacted


def test_every_author_of_a_vancouver_reference_is_a_person_and_the_title_and_journal_stay() -> None:
    text = ("3. Hollinrake P, McTaverly R, Ó Quarrie S. Continued process verification in practice. "
            "J Pharm Innov. 2021;16(3):412-25.\n"
            "4. Vreeland MJ, Baker T. An open framework for multivariate CPV. Internal report, 2022.\n"
            "7. Doorn K. Real-time release. Comput Chem Eng 2019;121:33-40.\n")
    result = anonymise_text(text)
    people = [f.original for f in result.findings if f.category == "person"]
    assert {"Hollinrake P", "Ó Quarrie S", "Vreeland MJ", "Baker T", "Doorn K"} <= set(people)
    for kept in ("Continued process verification", "J Pharm Innov", "Real-time release", "Comput Chem Eng"):
        assert kept in result.text


@pytest.mark.parametrize("text", ["8. Phase I. Results of the first study.\n", "9. Table A. Results by site.\n"])
def test_a_numbered_lettered_thing_is_no_sole_author(text: str) -> None:
    assert _people(text) == []


def test_post_nominal_letters_after_a_full_name_are_no_surname() -> None:
    result = anonymise_text("Signed: Prisca Hollinrake MIET, Validation Lead\n")
    assert "Hollinrake" not in result.text and "MIET" in result.text


def test_a_raci_charts_governance_and_serialisation_capitals_are_no_ones_initials() -> None:
    text = ("Owner: PMO   Last edited: 29/05/2024 by pdoorn\n\nActivity\tP. Doorn\tJ. Vreeland\tQA Mgr\n"
            "User requirements\tA\tR\tC\nEMVS / NMVS reporting config\tC\tA\tI\n"
            "Visitor log: 09:05 DHL parcel, signed by J. Vreeland\n")
    result = anonymise_text(text)
    assert "Owner: PMO" in result.text and "EMVS / NMVS reporting" in result.text and "DHL parcel" in result.text
    assert "Doorn" not in result.text and "Vreeland" not in result.text


def test_authors_cited_by_name_and_year_are_redacted_though_a_year_follows_them() -> None:
    redacted = anonymise_text("Sources: Kipruto 2020; Tavrelli 2019.\n(Tavrelli 2019; Kipruto 2020)\n").text
    assert "Kipruto" not in redacted and "Tavrelli" not in redacted


@pytest.mark.parametrize("text", ["3. Raise CC. 4 days.\n", "1. Open CR. Then close it.\n", "2. Reagent B. 10 mL\n",
                                  "2. Approach C. Not used.\n"])
def test_a_numbered_action_or_reagent_is_no_sole_author(text: str) -> None:
    assert _people(text) == []


def test_a_given_name_with_its_surname_in_capitals_is_found_after_a_title_and_an_everyday_word() -> None:
    people = _people("Dr Prisca VREELAND and Prof Padraig KESHANEY met. Contact Prisca VREELAND.\n")
    assert people.count("Prisca VREELAND") == 2 and "Padraig KESHANEY" in people and "Prof" not in people


def test_a_vendors_product_in_capitals_is_no_person() -> None:
    assert _people("Batch control via Emerson DELTAV on both lines.\n") == []


def test_charges_and_subscripts_of_a_formula_take_no_footnote_mark() -> None:
    assert normalise("NH₄⁺, HCO₃⁻ and SO₄²⁻") == "NH4+, HCO3- and SO42-"


@pytest.mark.parametrize(("text", "name"), [
    ("Ask Bola about the torque check before the line restarts.", "Bola"),
    ("Please tell Chuks to sign the log.", "Chuks"),
    ("Can you ping Rhiannon if the filter fails again?", "Rhiannon"),
])
def test_a_given_name_asked_or_told_something_is_a_person(text: str, name: str) -> None:
    assert name in _people(text)


def test_a_technique_after_a_verb_of_use_is_no_one_asked() -> None:
    assert _people("Ask about Raman spectroscopy before the line restarts.") == []
