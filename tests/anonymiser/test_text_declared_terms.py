"""Contributor-declared terms never survive, whatever the spelling trick."""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.termmatch import compact


def _survives(term: str, text: str) -> bool:
    return compact(term) in compact(text) or compact(term).replace(" ", "") in compact(text).replace(" ", "")


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Biologics built the line.",
        "QUILLON BIOLOGICS built the line.",
        "quillon biologics built the line.",
        "Quillon Biologics' new line and Quillon Biologics's team.",
        "Quillon-Biologics built it.",
        "QuillonBiologics built it.",
        "see quillonbiologics.co.uk for more",
        "Quillon\nBiologics built the line.",
        "Quillon\u00a0Biologics built the line.",
        "Quil\u200blon Bio\u200dlogics built the line.",
        "Quill\u00adon Biologics built the line.",
        "\u0051uill\u043en Biologics (Cyrillic o) built the line.",
        "Ｑｕｉｌｌｏｎ Biologics (full width) built the line.",
        "Quilon Biologics (a misspelling) built the line.",
        "Quillon Biologcs (a misspelling) built the line.",
        "**Quillon Biologics** in Markdown, _Quillon Biologics_ too.",
        "write to ops@quillon-biologics.com today",
        "\u00b9Quillon Biologics, Forfar (an affiliation after a superscript)",
        "2024Quillon Biologics report",
        "proud of the team #TeamQuillonBiologics",
        "Supplier: Quillon: Biologics division (a form's colon between the words)",
    ],
)
def test_declared_term_and_its_variants_never_survive(text):
    result = anonymise_text(text, terms=["Quillon Biologics"])
    assert not _survives("Quillon Biologics", result.text)
    assert not _survives("quillonbiologics", result.text)


@pytest.mark.parametrize(
    "text, term",
    [
        ("The Tarnbeck line ran.", "Tarnbeck"),
        ("TarnbeckFlow is our MES brand.", "Tarnbeck"),
        ("Batch PO-TBK-0042 was released.", "TBK"),
        ("Project Lantern started in 2021.", "Lantern"),
        ("Dr Ysolde Penhallow led it.", "Ysolde Penhallow"),
        ("Penhallow's team led it.", "Ysolde Penhallow"),
        ("Line: K7 (blister + cartoner)", "Line K7"),
    ],
)
def test_declared_term_is_removed_in_context(text, term):
    result = anonymise_text(text, terms=[term])
    assert term.split()[-1].lower() not in result.text.lower()


def test_declared_term_gets_readable_label_from_what_it_looks_like():
    result = anonymise_text("Quillon Biologics and Dr Ysolde Penhallow met.",
                            terms=["Quillon Biologics", "Ysolde Penhallow"])
    assert "[Organisation A]" in result.text
    assert "[Person A]" in result.text


@pytest.mark.parametrize("terms", [[], [""], ["   "], ()])
def test_empty_terms_are_ignored(terms):
    assert anonymise_text("Plain text about OEE.", terms=terms).text == "Plain text about OEE."


def test_short_declared_term_does_not_eat_inside_other_words():
    result = anonymise_text("Science at Ince is fine.", terms=["Ince"])
    assert result.text.startswith("Science at ")
    assert "Ince" not in result.text


def test_declared_term_inside_email_takes_the_whole_address():
    result = anonymise_text("Mail jo.bloggs@tarnbeck.com now.", terms=["Tarnbeck"])
    assert result.text == "Mail [Email A] now."


def test_an_everyday_word_that_a_declared_term_starts_or_misspells_stays() -> None:
    result = anonymise_text("Speke is the site. I spoke to QA about DEVIA and every deviation it raised.",
                            terms=["Speke", "DEVIA"])
    assert "spoke" in result.text and "deviation" in result.text
    assert "Speke" not in result.text and "DEVIA" not in result.text


def test_the_initials_of_a_declared_name_of_three_words_are_that_name() -> None:
    result = anonymise_text("Engineering Manager, PVQ. Send DQP references; PVQs agreed.",
                            terms=["Pennant Vale Quarries", "Dunraven Quay Packaging Ltd"])
    assert "PVQ" not in result.text and "DQP" not in result.text


@pytest.mark.parametrize("text", ["Now NOW is the time.", "The PV line and the CPI team."])
def test_initials_that_are_a_word_a_trade_acronym_or_of_a_two_word_name_are_left(text: str) -> None:
    result = anonymise_text(text, terms=["Northern Oncology Works", "Central Process Innovations", "Pennant Vale"])
    assert result.text == text


def test_a_declared_project_s_code_name_alone_is_the_project() -> None:
    result = anonymise_text('This project, "ANVIL: Autonomous Nucleation", ran for a year.', terms=["Project ANVIL"])
    assert "ANVIL" not in result.text


@pytest.mark.parametrize(("term", "text", "gone"), [
    ("Kestrel EBR", "Labels: GxP-impact needs-QA Kestrel", "Kestrel"),
    ("MES Horizon", "She now leads the Horizon master-data team.", "Horizon"),
    ("GRANITE project", "@dataset{GRANITE_fbg_2023, title = {GRANITE data}}", "GRANITE"),
    ("Arledge Lane plant", "Samples went back to Arledge Lane by van.", "Arledge Lane"),
    ("Plover line", "SOP-STR-0612    Plover isolator: start-up & VHP     3", "Plover"),
    ("Grebe cell", "Cycle times on Grebe fell by a fifth.", "Grebe"),
])
def test_a_declared_system_project_or_site_is_found_without_its_kind_word(term: str, text: str, gone: str) -> None:
    result = anonymise_text(text, terms=[term])
    assert gone not in result.text


def test_a_declared_term_without_its_kind_word_must_still_name_something() -> None:
    result = anonymise_text("The site MES went live; the MES pilot too.", terms=["Line 4 MES"])
    assert result.text == "The site MES went live; the MES pilot too."


def test_initials_of_a_declared_name_that_spell_a_word_are_still_taken_unless_written_for_emphasis() -> None:
    result = anonymise_text('The Contract Giver, hereafter "ASP". Do NOT print.',
                            terms=["Ardmere Sterile Products", "Northern Oncology Trust"])
    assert "ASP" not in result.text and "NOT" in result.text


def test_a_word_ending_in_a_sector_word_gives_two_initials() -> None:
    result = anonymise_text("Data goes out under the CRQ tag standard.", terms=["Cairnbrock Radiopharma"])
    assert "CRQ" in result.text
    result = anonymise_text("Data goes out under the CRP tag standard.", terms=["Cairnbrock Radiopharma"])
    assert "CRP" not in result.text


@pytest.mark.parametrize("term, initials", [
    ("Quaystane Biologics", "QSB"), ("Tarnwell Therapeutics", "TWT"), ("Hollinsbrock Pharma", "HBP"),
    ("TWX-4471", "TWX"),
])
def test_the_initials_of_a_compound_name_and_a_declared_codes_letters_are_that_term(term: str, initials: str) -> None:
    result = anonymise_text(f"Before {initials} she spent six years elsewhere; retained per {initials} policy.", terms=[term])
    assert initials not in result.text


def test_two_word_names_of_plain_words_give_no_two_letter_initials() -> None:
    assert anonymise_text("The KM figure rose.", terms=["Kestrel Moor"]).text == "The KM figure rose."


def test_a_code_inside_a_declared_term_is_declared_alone() -> None:
    result = anonymise_text("Chamber: SX-07 (25°C/60% RH); chamber 7 is fine.", terms=["Chamber SX-07"])
    assert "SX-07" not in result.text and "chamber 7" in result.text


@pytest.mark.parametrize("text", [
    "Yusuf has since joined cogorave & wray as a scientist.",
    "Yusuf joined COGORAVE AND WRAY last year.",
    "The cogorave and wray therapeutics team.",
])
def test_a_declared_company_is_taken_with_and_for_ampersand_and_without_its_sector_word_in_any_case(text: str) -> None:
    result = anonymise_text(text, terms=["Cogorave & Wray Therapeutics"])
    assert "cogorave" not in result.text.lower()


def test_a_declared_company_s_stem_that_is_an_everyday_word_is_not_taken_in_lower_case() -> None:
    result = anonymise_text("A kestrel flew over Kestrel Robotics.", terms=["Kestrel Robotics"])
    assert result.text == "A kestrel flew over [Organisation A]."


@pytest.mark.parametrize("text", ["a call from morven nick about the PO", "Morven-Nick QA", "the Morven Nick site"])
def test_a_one_word_term_broken_in_two_is_still_found(text):
    result = anonymise_text(text, terms=["Morvennick"])
    assert "morven" not in result.text.lower() and "nick" not in result.text.lower()


def test_a_one_word_term_is_not_found_in_two_everyday_words():
    assert anonymise_text("a green field site", terms=["Greenfield"]).text == "a green field site"


@pytest.mark.parametrize(("text", "gone"), [
    ("T O V E L E L A   T H E R A P E U T I C S\nQuality Department\n", "T O V E L E L A"),
    ("ill tell the b m p safety team anyway", "b m p"),
    ("Supplied to the B-M-P line in March.", "B-M-P"),
])
def test_a_declared_term_spelled_out_or_letter_spaced_never_survives(text: str, gone: str) -> None:
    assert gone not in anonymise_text(text, terms=["Tovelela Therapeutics", "BMP"]).text


def test_letters_that_spell_no_declared_term_stay() -> None:
    text = "Plan a b c: options b m and p m are open."
    assert anonymise_text(text, terms=["BMP", "AB"]).text == text


@pytest.mark.parametrize(("text", "term"), [
    ("TOLLERBY signed the form.", "Tollerby Therapeutics Ltd"),
    ("T.O.L.L.E.R.B.Y signed the form.", "Tollerby Therapeutics Ltd"),
    ("TOLLER8Y signed the form.", "Tollerby Therapeutics Ltd"),
    ("T0LLERBY signed the form.", "Tollerby Therapeutics Ltd"),
    ("Tolerby signed the form.", "Tollerby Therapeutics Ltd"),
    ("5ELLOWICK signed the form.", "Sellowick Biologics"),
])
def test_a_declared_names_short_form_survives_neither_a_scans_digits_nor_a_misspelling(text: str, term: str) -> None:
    result = anonymise_text(text, terms=[term])
    assert result.text.startswith("[") and "signed the form." in result.text


@pytest.mark.parametrize(("text", "whole"), [
    ("Registered: Quennivar 10 / Quennivar 20", ["Quennivar 10", "Quennivar 20"]),
    ('"Quennivar 500 (reg. A4-1004)",x', ["Quennivar 500"]),
    ("We ship Quennivar 20 mg tablets.", ["Quennivar 20 mg tablets"]),  # (and its form, ``dosage_forms``)
])
def test_a_declared_medicines_strength_goes_with_it(text: str, whole: list[str]) -> None:
    result = anonymise_text(text, terms=["Quennivar"])
    assert [f.original for f in result.findings if f.category == "declared"] == whole
    assert len({f.replacement for f in result.findings if f.category == "declared"}) == 1


def test_a_number_after_a_declared_place_or_given_name_stays() -> None:
    result = anonymise_text("Site: Holsworthy 10 (units). Contact: Zenobia 20 (ext).", terms=["Holsworthy", "Zenobia"])
    assert "10" in result.text and "20" in result.text
