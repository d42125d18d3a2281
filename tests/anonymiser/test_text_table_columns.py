"""People by their column: a table's column that names people names them in every row.
(Names here are invented for the tests; none is in the evaluation corpus.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.recognisers.table_column import RECOGNISER

_MATRIX = """| Name | Login | Role |
|---|---|---|
| Kenji Niblett | kniblett | Operator |
| Rose Gates | rgates | Super-user |
| Aisling Kubow | akubow | Operator |
| Bartosz Wakhungu | bwakhungu | QA |
"""


def test_a_name_of_everyday_words_in_a_column_of_people_is_a_person():
    result = anonymise_text(_MATRIX)
    assert "Rose Gates" not in result.text and "rgates" not in result.text
    assert "| Name |" in result.text and "Super-user" in result.text and "Operator" in result.text


def test_cells_under_a_header_naming_a_role_are_people():
    text = ("Date\tShift\tTechnician\tFault\n16/04/2024\tNights\tKW\tPress 2 stopped\n"
            "17/04/2024\tDays\tdkwiatkowski\tFeeder jam\n18/04/2024\tDays\tTBC\tFeeder jam\n")
    out = anonymise_text(text).text
    assert "\tKW\t" not in out and "dkwiatkowski" not in out
    assert "TBC" in out and "Nights" in out and "Feeder jam" in out


@pytest.mark.parametrize("text", [
    "| Name | Version |\n|---|---|\n| Tracklink | 3.2 |\n| Batch Manager | 4.1 |\n| Vantora Suite | 2.0 |\n",
    "| Field | Length |\n|---|---|\n| SITE | 3 |\n| EQUIP | 6 |\n| MEASURE | 6 |\n",
])
def test_a_column_of_things_names_no_one(text):
    assert [f for f in anonymise_text(text).findings if f.recogniser == "table_column"] == []


def test_a_lone_everyday_word_in_a_column_of_people_is_no_one():
    text = ("| Step | Done by |\n|---|---|\n| 1 | Kenji Niblett |\n| 2 | Aisling Kubow |\n| 3 | Batch |\n"
            "| 4 | Bartosz Wakhungu |\n")
    assert "| Batch |" in anonymise_text(text).text


def test_text_without_a_table_costs_nothing():
    from anonymiser.text.document import Document
    assert list(RECOGNISER.find(Document("Kenji Niblett checked the line."))) == []


def test_a_trade_acronym_under_a_role_header_is_a_team_not_a_person():
    text = "| Action | Owner |\n|---|---|\n| Update SOP | QA |\n| Fix interlock | Kenji Niblett |\n| Train shift | HR |\n"
    out = anonymise_text(text).text
    assert "| QA |" in out and "| HR |" in out and "Niblett" not in out


_LOG = ("Date | In spec? | Init | Comments\n"
        "11/3 | Y        | NO   | pre-shift\n"
        "11/3 | NO       | JH   | contractors cabling\n"
        "12/3 | Y        | NO   |\n"
        "12/3 | Y        | PK   |\n")


def test_initials_that_spell_a_word_are_a_person_in_a_column_of_people_when_that_person_is_named():
    result = anonymise_text(_LOG + "\nChecked: Nkechi Obafemi  13/03/24\n")
    lines = result.text.splitlines()
    assert "NO" not in lines[1] and "NO" not in lines[3]
    assert lines[2].split("|")[1].strip() == "NO"  # (the "In spec?" column is no column of people)


def test_initials_that_spell_a_word_stay_when_no_one_named_has_them():
    result = anonymise_text(_LOG + "\nChecked: Tamsin Velloway  13/03/24\n")
    assert result.text.splitlines()[1].split("|")[2].strip() == "NO"


def test_a_line_ruled_with_plus_signs_under_the_header_does_not_break_the_table():
    text = ("Date    | Time  | Init | Comments\n"
            "--------+-------+------+---------\n"
            "11/3    | 07:10 | NO   | pre-shift\n"
            "11/3    | 07:16 | KT   |\n"
            "11/3    | 07:21 | NO   |\n"
            "\nChecked: Nkechi Obafemi  13/03/24\n")
    assert "NO" not in anonymise_text(text).text.split("Checked")[0]


_SAMPLES_CSV = """SAMPLE_TYPE,BATCH_NO,STAGE,SUBMITTED_BY,LAB,ANALYST,PRIORITY
RELEASE,QX24B0101,CORE,svc_nir_line3,QC-CHEM,tbrennagh,NORMAL
RELEASE,QX24B0102,CORE,svc_nir_line3,QC-CHEM,tbrennagh,NORMAL
STABILITY,QX24B0103,FINISHED,wquarrington,QC-MICRO,kofilani,URGENT
"""


def test_log_ins_under_a_header_naming_who_submitted_in_a_csv_file_are_contacts():
    result = anonymise_text(_SAMPLES_CSV)
    assert {f.category for f in result.findings if f.original == "wquarrington"} == {"contact"}
    assert "wquarrington" not in result.text


def test_the_other_log_ins_of_a_csv_column_of_log_ins_are_contacts():
    text = ("user,action,at\nsvc_mes_line2,login,08:00\nsvc_mes_line4,logout,08:05\nkofilani,login,08:07\n"
            "svc_mes_line7,login,08:09\n")
    result = anonymise_text(text)
    assert "kofilani" not in result.text
    assert ",login," in result.text and ",logout," in result.text


def test_codes_statuses_and_teams_in_a_csv_column_of_log_ins_are_kept():
    result = anonymise_text(_SAMPLES_CSV + "RELEASE,QX24B0104,CORE,qa-team,QC-CHEM,system,NORMAL\n")
    for kept in ("SUBMITTED_BY", "QC-CHEM", "QC-MICRO", "NORMAL", "URGENT", "CORE", "qa-team", "system"):
        assert kept in result.text


def test_a_quoted_cell_holding_commas_is_one_cell():
    text = ('ticket,owner,note\nT-1,svc_helpdesk,"moved, then closed"\nT-2,wquarrington,"opened, see log"\n'
            'T-3,svc_helpdesk,"closed, duplicate"\n')
    result = anonymise_text(text)
    assert "wquarrington" not in result.text and "moved, then closed" in result.text


@pytest.mark.parametrize("text", [
    "Shift cover:\nNights, Kamil Whalen, Hope Adeyemi\nDays, Rose Gates, Bartosz Wakhungu\nLates, lpoyser, tbrennagh\n",
    "Apps,Host name,Port\nTracklink,trk-app01,443\nBatchview,bvw-app02,8443\nLabsync,lsy-app03,443\n",
])
def test_lines_with_commas_that_are_no_data_file_or_no_column_of_people_name_no_one(text):
    assert [f for f in anonymise_text(text).findings if f.recogniser == "table_column"] == []


def test_a_log_in_found_in_a_column_of_log_ins_is_taken_where_the_text_names_it_again():
    text = _SAMPLES_CSV + "\nRow 3 was keyed by Wendeline (wquarrington) before the interface went live.\n"
    result = anonymise_text(text)
    assert "wquarrington" not in result.text
    mentions = [f for f in result.findings if f.original == "wquarrington"]
    assert len(mentions) == 2 and len({f.replacement for f in mentions}) == 1


def test_a_word_in_a_column_of_log_ins_is_not_taken_elsewhere():
    text = ("user,action,at\nsvc_mes_line2,login,08:00\nsvc_mes_line4,logout,08:05\nkofilani,login,08:07\n"
            "system,login,08:09\n\nThe system logged kofilani out at 08:30.\n")
    out = anonymise_text(text).text
    assert "The system logged" in out and "kofilani" not in out


def test_the_header_of_a_ruled_table_is_no_log_in():
    text = (" pid  | state  | usrname\n------+--------+---------------\n 5101 | idle   | svc_rpt_loader\n"
            " 5102 | active | svc_qa_board\n 5107 | idle   | kofilani\n")
    result = anonymise_text(text)
    assert "usrname" in result.text and "kofilani" not in result.text


def test_a_contact_exports_first_and_last_name_columns_and_its_reps_column_are_people():
    text = ("badge_id,first,last,title,company,rep,notes\n"
            "B-1001,Ilka,Tsukimori,Digital Lead,Acme Holdings,QX,badge scan only\n"
            "B-1002,Ondrej,Quennox,Engineer,Acme Holdings,ZW,wants a demo\n"
            "B-1003,Zuri,Haviland,Buyer,Acme Holdings,QX,follow up in May\n"
            "B-1004,Samuel,Tsukimori,Buyer,Acme Holdings,ZW,no conversation\n")
    out = anonymise_text(text).text
    for name in ("Ilka", "Tsukimori", "Quennox", "Zuri", "Haviland", "QX", "ZW"):
        assert name not in out, name
    assert "Digital Lead" in out and "badge_id,first,last" in out
