"""What minutes and board papers hold beside people: the options of a lettered list ("A. Do nothing"), the boards
and reviews of change in capitals ("CCB 24/21", "PIR"), a role's abbreviation ("Compliance Mgr"); and a paragraph
break is no space inside a name."""
import pytest

from anonymiser import anonymise_text


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category in ("person", "name")]


@pytest.mark.parametrize("text", [
    "3. Options considered\n  A. Do nothing / refurbish the old granulator.\n  B. A new line.\n"
    "  C. Outsource the three products to a contract manufacturer.\n",
    "Options:\nA. Renew for three years\nB. Renew for one year\nC. Tender the service\n",
])
def test_the_options_of_a_lettered_list_are_no_initials_and_surnames(text: str) -> None:
    assert _people(text) == []


def test_a_signatory_list_lettered_by_initials_still_names_its_people() -> None:
    assert _people("Signed:\nA. Quorrindale\nB. Vethamuthu\n") == ["A. Quorrindale", "B. Vethamuthu"]


@pytest.mark.parametrize("text", [
    "Interviewed by:\nJ. Mason\nK. Fisher\nL. Hunter\n",
    "- R. Wood\n- S. Marsh\n",
])
def test_people_listed_one_a_line_with_surnames_that_are_words_are_people(text: str) -> None:
    assert len(_people(text)) == text.count(". ")


def test_an_initial_and_surname_at_a_line_start_outside_a_lettered_list_is_a_person() -> None:
    assert _people("Witnessed:\nC. Ossington\n") == ["C. Ossington"]


@pytest.mark.parametrize("text", [
    "Implementation plan to come back to CCB 24/21. Previous CCB (24/18) closed.\nCCB 24/19 - Minutes\n",
    "KD: chase the PIR for CC-24-0288 ........ 14/05\nPIR to be signed off by the CAB.\n",
    "Gurvinder Ossington (GO)   | QA Compliance Mgr (Chair)   | Y\nLaila Quorrindale (LQ)  | Engineering Mgr   | Y\n",
])
def test_boards_reviews_and_abbreviated_roles_are_no_one(text: str) -> None:
    assert [p for p in _people(text) if p in ("CCB", "PIR", "CAB", "Mgr", "Compliance Mgr", "Engineering Mgr")] == []


def test_initials_acting_beside_a_board_are_still_someone() -> None:
    assert "CB" in _people("Change Control Board minutes.\nCB to chase the vendor before the next CCB.\nCB agreed.\n")


def test_a_name_learned_as_surname_and_initial_does_not_span_a_paragraph_break() -> None:
    text = "Signed:\nA. Quorrindale\nB. Baker\n\nJ. Baker and R. Bishop signed.\n"
    result = anonymise_text(text)
    assert all("\n\n" not in f.original for f in result.findings)
    assert "\n\n" in result.text
