"""Initials in records: a table's column of sign-offs (pipe-, tab-, comma-, semicolon-separated or laid out by
spaces), a log line's actor slot, a record's sign-off field, "per" someone, and a key of initials that spells
each with its person's name; and the capitals in those places that are nobody: statuses, words, teams, units,
shifts, time zones, a glossary's acronyms. (Initials and names invented; none is in the evaluation corpus.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.initials_column import aligned_columns, initials_in_column, role_header
from anonymiser.text.initials_in_records import record_actors
from anonymiser.text.initials_key import initials_keys
from anonymiser.text.recognisers.initials_actor import RECOGNISER as ACTOR
from anonymiser.text.recognisers.table_column import tables


def _people(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "person"]


def _column(text: str, header: str) -> list[str]:
    """The initials ``initials_in_column`` takes in the column under ``header`` of the text's first table."""
    cells = tables(text, semicolons=True)[0]
    head = next(c for c in cells if text[c.start:c.end] == header)
    body = [(c.start, c.end) for c in cells if c.column == head.column and c is not head]
    return [text[s:e] for s, e in initials_in_column(text, (head.start, head.end), body)]


# --- the header of a column of sign-offs -------------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Done by", "Checked by", "checked_by", "Op", "QA", "Verified", "Signed",
                                    "Initials", "Init", "Owner", "WHO", "Resp", "Chkd", "Operator",
                                    "Sign/Date", "Initials & time", "Done by / date"])
def test_a_header_naming_what_a_person_does_on_a_record_is_a_role(header: str) -> None:
    assert role_header(header)


@pytest.mark.parametrize("header", ["QA status", "Date checked", "Shift", "Grade", "Unit", "Operator ID", "Op no.",
                                    "Reach 80 by June", "By-product", "Step", "", "Result (QA)",
                                    "Operator / date", "Time checked"])
def test_a_header_naming_a_thing_or_no_role_is_none(header: str) -> None:
    assert not role_header(header)


# --- columns in delimited tables ---------------------------------------------------------------------------------

_TABBED = ("Item\tCleaned\tSigned\tResp\n"
           "Hopper\tY\tZK/QZ\tJX\n"
           "Chute\tY\tZK / QZ\tJX\n"
           "Sieve\tN\tAY\tQA\n")


def test_initials_under_a_sign_off_header_of_a_tab_separated_table_are_people() -> None:
    assert _column(_TABBED, "Signed") == ["ZK", "QZ", "ZK", "QZ", "AY"]
    out = anonymise_text(_TABBED).text
    for initials in ("ZK", "QZ", "AY", "JX"):
        assert initials not in out
    assert "\tQA\n" in out and "\tY\t" in out and "\tN\t" in out  # (a team; the yes/no column is no one's)


def test_a_cell_of_one_capital_before_a_tab_is_no_initial_of_the_next_cell() -> None:
    found = _people(_TABBED)
    assert "ZK" in found and not any("\t" in f for f in found)


_SEMICOLONS = ("point;text;class;owner;note\n"
               "LT_220_LO;Level low;P3;ZK;Fine, leave it.\n"
               "TT_330_HI;Jacket hot;P2;YV;Raise the limit.\n"
               "PT_410_HH;Vent blocked;P1;ZK;Trip first, then call.\n"
               "GD_500_ALM;Gas alarm;P1;EHS;Safety owns it.\n")


def test_a_table_separated_by_semicolons_is_read_and_its_owner_column_holds_people() -> None:
    out = anonymise_text(_SEMICOLONS).text
    assert "ZK" not in out and "YV" not in out
    assert ";EHS;" in out and "LT_220_LO" in out and ";P1;" in out


def test_prose_with_semicolons_is_no_table() -> None:
    text = "We met; we agreed; we left.\nThe line ran; the labels held; QZ was away.\nNone of it mattered; or did it; no.\n"
    assert tables(text, semicolons=True) == ()


def test_the_codes_reader_is_not_given_tables_split_by_semicolons() -> None:
    assert tables(_SEMICOLONS) == () and tables(_SEMICOLONS, semicolons=True) != ()


_CSV = ("date,step,operator,checked_by,result\n"
        "2024-03-11,weigh,XQ,Z.J.,pass\n"
        "2024-03-11,mix,XQ,Z.J.,pass\n"
        "2024-03-12,blend,WX,VQ,fail\n")


def test_dotted_initials_in_a_checked_by_column_of_a_data_file_are_people() -> None:
    assert _column(_CSV, "checked_by") == ["Z.J.", "Z.J.", "VQ"]


@pytest.mark.parametrize("text, header", [
    # statuses, shifts, grades, chemical symbols: no role in the header, or no initials in the cells
    ("| Room | Grade | Shift | Status | Element |\n|---|---|---|---|---|\n| 2.14 | B | A | OK | Na |\n"
     "| 2.15 | C | N | N/A | Fe |\n| 2.16 | D | D | TBC | Cu |\n", "Status"),
    # a column of teams under a role header
    ("| Action | Owner |\n|---|---|\n| Update SOP | QA |\n| Fix interlock | QC |\n| Train shift | ENG |\n", "Owner"),
    # words and statuses under a role header
    ("| Step | Checked |\n|---|---|\n| 1 | OK |\n| 2 | NO |\n| 3 | YES |\n| 4 | NA |\n", "Checked"),
    # a role header over a column of mostly other things
    ("| Step | Done by |\n|---|---|\n| 1 | night shift |\n| 2 | contractor |\n| 3 | ZK |\n| 4 | vendor |\n", "Done by"),
])
def test_a_column_that_holds_no_ones_initials_gives_none(text: str, header: str) -> None:
    assert _column(text, header) == []


def test_two_letters_that_spell_a_word_or_an_acronym_are_initials_among_two_peoples() -> None:
    text = "| Step | Done by |\n|---|---|\n| 1 | ZK |\n| 2 | TO |\n| 3 | PV |\n| 4 | QJ |\n| 5 | AM |\n"
    assert _column(text, "Done by") == ["ZK", "TO", "PV", "QJ", "AM"]


def test_a_status_or_a_team_among_initials_stays() -> None:
    text = "| Step | Done by |\n|---|---|\n| 1 | ZK |\n| 2 | NO |\n| 3 | QA |\n| 4 | QJ |\n| 5 | OK |\n"
    assert _column(text, "Done by") == ["ZK", "QJ"]


def test_a_word_beside_one_persons_initials_only_stays() -> None:
    text = "| Step | Done by |\n|---|---|\n| 1 | ZK |\n| 2 | TO |\n| 3 | ZK |\n"
    assert _column(text, "Done by") == ["ZK", "ZK"]


# --- columns laid out by spaces ----------------------------------------------------------------------------------

_ALIGNED = ("Line clearance, room 4\n\n"
            "Check                         Op    QA\n"
            "Previous labels removed       ZK    QJ\n"
            "Hopper empty                  ZK    QJ\n"
            "Bins labelled                 YV    OK\n"
            "\n"
            "Comments below.\n")


def test_initials_under_a_role_header_of_a_table_laid_out_by_spaces_are_found() -> None:
    found = [(_ALIGNED[h[0]:h[1]], [_ALIGNED[s:e] for s, e in initials_in_column(_ALIGNED, h, b)])
             for h, b in aligned_columns(_ALIGNED)]
    assert found == [("Op", ["ZK", "ZK", "YV"]), ("QA", ["QJ", "QJ"])]
    out = anonymise_text(_ALIGNED).text
    assert "ZK" not in out and "QJ" not in out and "YV" not in out and "OK" in out


def test_a_table_laid_out_by_spaces_ends_at_a_blank_line() -> None:
    text = "Task        Who\nFilters     ZK\nGaskets     QJ\n\nLater       UQ\n"
    assert [[text[s:e] for s, e in body] for _, body in aligned_columns(text)] == [["ZK", "QJ"]]


def test_prose_with_double_spaces_and_no_role_header_has_no_aligned_column() -> None:
    assert list(aligned_columns("The hopper  was empty.  QJ said so.\nNext  line  here.\n")) == []


# --- a log line's actor, a record's field, "per" ------------------------------------------------------------------

@pytest.mark.parametrize("line, initials", [
    ("14:05 UQ \u2013 line cleared, bins removed", "UQ"),
    ("[07:40] YV: bins removed", "YV"),
    ("11/03 14:05 QZ - released to production", "QZ"),
    ("Hopper emptied 15:10 JX", "JX"),
    ("Line cleared ZK 14:05", "ZK"),
    ("Op: ZK  QA: WX", "ZK"),
    ("Dispensed: XQ 12/03", "XQ"),
    ("Second check (QA): VQ", "VQ"),
    ("Spare gasket ordered per ZJ in a note to stores.", "ZJ"),
    ("Sized as per AY's email.", "AY"),
    ("Deviation signed by ZJ in blue ink", "ZJ"),
    ("Sign/date: ZK/12.03.24", "ZK"),
    ("Blend checked QJ / 14-03", "QJ"),
    ("Bins cleaned by QZ after the run", "QZ"),
    ('Secondee: Dorrit Yelland (known as "DY")', "DY"),
])
def test_initials_in_a_log_line_or_a_record_field_are_a_person_once(line: str, initials: str) -> None:
    text = f"Cleaning log, room 2.14\n\n{line}\n"
    assert initials in [text[s.start:s.end] for s in ACTOR.find(Document(text))]


@pytest.mark.parametrize("line", [
    "07:10 AHU \u2013 tripped on high dP",
    "Call at 14:00 CET \u2013 vendor",
    "Meeting starts 14:05 BST",
    "QC: ND",
    "Sampled: EM plates",
    "Gasket sized per BP, checked per CoA.",
    "Retained per QZV data retention policy.",
    "Thu, Mar 7, 2024 at 9:12 AM",
    "Check: OK",
    "Approved by QA on Monday",
    "Order ref WO/23/114 raised",
    "Ratio ZK/12.5 by mass",
    "Checked by SME panel",
])
def test_capitals_in_those_places_that_are_no_one_are_left(line: str) -> None:
    text = f"Cleaning log, room 2.14\n\n{line}\n"
    assert [text[s.start:s.end] for s in ACTOR.find(Document(text))] == []


def test_initials_after_a_time_before_a_word_need_a_second_use() -> None:
    once = "Log\n14:05 ZK line cleared\n"
    twice = "Log\n14:05 ZK line cleared\n14:30 ZK floor mopped\n"
    assert record_actors(once)[0] == [] and len(record_actors(once)[1]) == 1
    assert [once[s.start:s.end] for s in ACTOR.find(Document(once))] == []
    assert [twice[s.start:s.end] for s in ACTOR.find(Document(twice))] == ["ZK", "ZK"]


# --- a key of initials ----------------------------------------------------------------------------------------------

def test_a_key_of_initials_gives_each_name_and_its_initials_one_person() -> None:
    text = "Key: DY = Dorrit Yelland (packing), CI = Cliff Ives (stores), BT - Bram Tollick.\n"
    assert [(text[slice(*i)], text[slice(*n)]) for i, n in initials_keys(text)] == [
        ("DY", "Dorrit Yelland"), ("CI", "Cliff Ives"), ("BT", "Bram Tollick")]
    out = anonymise_text(text).text
    for word in ("Dorrit", "Yelland", "Cliff Ives", "CI =", "DY", "BT"):
        assert word not in out
    # (one placeholder for the initials and the name they spell)
    assert out.startswith("Key: [Person A] = [Person A] (packing), [Person B] = [Person B]")


@pytest.mark.parametrize("text", [
    "PM = Project Manager, SME: Subject Matter Expert, DI - Data Integrity\n",
    "BOM - Bill Of Materials\n",
    "QA = Quality Assurance\n",
    "DY = Cliff Ives\n",  # (initials that are not the name's)
])
def test_a_glossary_of_acronyms_is_no_key_of_initials(text: str) -> None:
    assert initials_keys(text) == []


def test_initials_with_a_mac_in_them_spell_the_name_they_key() -> None:
    text = "Initials: NMcT \u2013 Nessa McTollick; QJ: Quinta Jessop\n"
    assert [text[slice(*i)] for i, _ in initials_keys(text)] == ["NMcT", "QJ"]


@pytest.mark.parametrize("text, initials", [
    ("We went live early. ZK told us it was a business decision.\n", "ZK"),
    ("Retro notes (typed up from the whiteboard by QJ for the team wiki)\n", "QJ"),
])
def test_initials_telling_or_typing_up_are_a_person_once(text: str, initials: str) -> None:
    assert [text[s.start:s.end] for s in ACTOR.find(Document(text))] == [initials]


def test_by_after_a_verb_of_writing_too_far_back_is_no_typist() -> None:
    text = "The report was written last year and later revised at length in the plant by QZ engineers\n"
    assert [text[s.start:s.end] for s in ACTOR.find(Document(text))] == []


# --- a matrix headed by initials ----------------------------------------------------------------------------------

_RACI = ("Activity\tZK\tQJ\tYV\tAM\n"
         "URS sign-off\tA\tR\tC\tI\n"
         "Vendor selection\tR\tA\tI\tC\n"
         "IQ/OQ\tC\tR\tA\t-\n")


def test_initials_heading_a_matrix_of_marks_are_people() -> None:
    out = anonymise_text(_RACI).text
    for initials in ("ZK", "QJ", "YV", "AM"):
        assert initials not in out
    assert "\tA\tR\tC\tI" in out


@pytest.mark.parametrize("text", [
    "Activity\tQA\tQC\tEHS\nURS\tA\tR\tC\nFAT\tR\tA\tI\nIQ\tC\tR\tA\n",  # (teams)
    "Market\tDE\tFR\tES\nPack A\tY\tN\tY\nPack B\tN\tY\tY\nPack C\tY\tY\tN\n",  # (countries)
    "Slot\tAM\tPM\nMon\tY\tN\nTue\tN\tY\nWed\tY\tY\n",  # (times of day)
    "Step\tZK\tQJ\nWeigh\t12.1\t12.3\nMix\t4 min\t5 min\nDry\t40\t41\n",  # (cells no marks)
])
def test_a_matrix_headed_by_no_ones_initials_gives_none(text: str) -> None:
    assert [f for f in anonymise_text(text).findings if f.recogniser == "table_column"] == []


def test_another_header_laid_out_by_spaces_starts_another_table() -> None:
    text = ("Author    Module\n"
            "Notes     Reviewed in March\n"
            "Rev  Date        By    Change\n"
            "A    14/03/2023  ZK    First issue\n"
            "B    02/05/2023  QJ    Added a step\n")
    found = [(text[h[0]:h[1]], [text[s:e] for s, e in initials_in_column(text, h, b)]) for h, b in aligned_columns(text)]
    assert ("By", ["ZK", "QJ"]) in found


@pytest.mark.parametrize("header", ["Sampler", "Inspector", "Lead", "Raised", "Logged"])
def test_more_headers_of_people_on_a_record_are_roles(header: str) -> None:
    assert role_header(header)
