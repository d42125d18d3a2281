"""People and contacts in the shapes exports, audit trails and scans write them once the text has named them:
log-ins made from a name with a hyphened part ("hwtorvaine" shape for a two-part given name, "akaur-kellowan" shape for a
double-barrelled surname), a log-in after its Windows domain ("CORP\\user"), an e-mail address's domain written
bare in a contact list, and a name a scanner split (after an initial written without a full stop, in capitals,
or one letter from its end). Names are invented; none occurs in the evaluation corpus.

Each row gives a text, the words that must be found (every letter inside a finding naming someone or a contact)
and the look-alikes that must not be."""
from __future__ import annotations

import re

import pytest

from anonymiser.text.engine import anonymise_text

_NAMING = ("person", "name", "contact", "declared")


def _covered(text: str, word: str, categories: tuple[str, ...]) -> bool:
    match = re.search(rf"(?<![\w@.]){re.escape(word)}(?![\w])", text)
    assert match is not None, f"{word!r} is not in {text!r}"
    spans = [(f.start, f.end) for f in anonymise_text(text).findings if f.category in categories]
    return all(not text[i].isalnum() or any(s <= i < e for s, e in spans) for i in range(*match.span()))


def _touched(text: str, word: str, categories: tuple[str, ...]) -> bool:
    match = re.search(rf"(?<![\w@.]){re.escape(word)}(?![\w])", text)
    assert match is not None, f"{word!r} is not in {text!r}"
    return any(f.start < match.end() and match.start() < f.end
               for f in anonymise_text(text).findings if f.category in categories)


HYPHENED_LOGINS = [
    # a double-barrelled surname: the initial and the surname joined, or hyphened as the directory keeps it
    ("Approver: Araminta Tillard-Rusk (Automation)\nSTATUS: APPROVED · atillardrusk · 17/06", "atillardrusk"),
    ("# export by atillard-rusk ; owner Araminta Tillard-Rusk (Sales)", "atillard-rusk"),
    # a two-part given name: its initials and the surname
    ("Owner: Xiu-ying Ashbrittle (QA)\nchanged by xyashbrittle on 12/03", "xyashbrittle"),
    # surname first with a comma, a short surname: four letters
    ("| A2 | Update checklist | Au, Pui-Ying (pyau) | 02-Apr |\nquery run by pyau, 24/11", "pyau"),
    ("Analyst Amrit Kaur-Vreeland ran it; akaur-vreeland signed.", "akaur-vreeland"),
]


def test_a_log_in_of_a_two_part_given_name_takes_that_persons_placeholder() -> None:
    result = anonymise_text("Reviewer: Hyun-woo Quarrie (QA)\nAudit trail: record approved by hwquarrie at 10:02.\n")
    placeholders = {f.original: f.replacement for f in result.findings}
    assert placeholders["hwquarrie"] == placeholders["Hyun-woo Quarrie"]


def test_a_four_letter_log_in_is_learned_only_from_a_given_names_initials() -> None:
    # ("mali" of "Mo Ali-Khan" would be the country wherever the text names it)
    result = anonymise_text("Mo Ali-Khan joined the team.\nShipment to Mali today.\n")
    assert not any(f.original == "Mali" and f.category == "person" for f in result.findings)


@pytest.mark.parametrize(("text", "login"), HYPHENED_LOGINS)
def test_login_made_from_a_name_with_a_hyphened_part_is_that_person(text: str, login: str) -> None:
    assert _covered(text, login, _NAMING)


WINDOWS_DOMAIN = [
    ("Prepared by: Vivienne Brenchley\nMES audit trail (export by uvm\\vbrenchley), BMR pages 9-11", "vbrenchley"),
    ("QBX\\vbrenchley | Brenchley, Vivienne | Operator | Dispensary", "vbrenchley"),
]


@pytest.mark.parametrize(("text", "login"), WINDOWS_DOMAIN)
def test_login_after_its_windows_domain_is_that_person(text: str, login: str) -> None:
    assert _covered(text, login, _NAMING)


def test_login_after_a_path_is_no_windows_domain_log_in_of_the_learned_person() -> None:
    text = "Vivienne Brenchley saved it to \\\\fs01\\vbrenchley\\notes"
    result = anonymise_text(text)
    assert not any(f.recogniser == "learned_aliases" and f.original == "vbrenchley" for f in result.findings)


def test_bare_domain_of_an_email_address_found_is_a_contact() -> None:
    text = ("KE,Tembo Medics Ltd,Director,+254 20 555 0134,r.okoth@tembomedics.co.ke,tembomedics.co.ke,PPB/2291\n"
            "CL,Andes Sur,Manager,+56 2 2555 0117,c.fuenza@sedgebarrow.cl,sedgebarrow.cl,ISP F-27\n")
    assert _covered(text, "tembomedics.co.ke", ("contact",))
    assert _covered(text, "sedgebarrow.cl", ("contact",))


def test_bare_domain_of_a_webmail_address_is_no_contact() -> None:
    text = "Send it to tavistow.k@yahoo.com.ng, they use yahoo.com.ng for everything."
    assert not _touched(text, "yahoo.com.ng", ("contact",))


SCANS = [
    # an initial without a full stop before a surname split by a stray space
    ("Done by      | Checked by\nT. Orpen  | M Velmon dine  | 07:4O\nReviewed by (QA): Margaret Velmondine",
     "M Velmon dine"),
    # a name in capitals split by a stray space, where the text names the person whole
    ("Narne (print)        Signature\nORLA ITH NEVERSHAW     O.Nevershaw\nQA review: Orlaith Nevershaw", "ORLA ITH NEVERSHAW"),
    # a surname split one letter from its end
    ("7.2  Charge water   802 L   B. Kiptoo\n7.3  Start agitator   B. Kipto o", "B. Kipto o"),
]


@pytest.mark.parametrize(("text", "name"), SCANS)
def test_name_a_scanner_split_is_found_where_the_text_names_the_person(text: str, name: str) -> None:
    assert _covered(text, name, _NAMING)


SCAN_LOOK_ALIKES = [
    # words in capitals split by a space, whose whole is no name of the text
    ("RESULT: PASS ED BY QA ON 12/03\nOperator: Orlaith Nevershaw", "PASS ED"),
    # a lower-case letter alone after a word that is no split name
    ("Step 7.3 start agitator at 120 rpm, see note a on page 4", "note a"),
    # an initial without a full stop before ordinary words
    ("Grade A Clean room B was used; Orlaith Nevershaw signed", "Clean room"),
]


@pytest.mark.parametrize(("text", "words"), SCAN_LOOK_ALIKES)
def test_words_split_like_a_scan_stay_where_the_whole_is_no_name_of_the_text(text: str, words: str) -> None:
    assert not _touched(text, words, ("person", "name"))


def test_a_split_name_in_capitals_after_a_title_in_capitals_leaves_no_part_behind() -> None:
    redacted = anonymise_text("Orlaith Nevershaw joined.\nMS ORLA ITH NEVERSHAW\n").text
    assert "ITH" not in redacted and "ORLA" not in redacted
