"""Speaker labels in chat logs, transcripts and minutes, and what they are not: header words, roles,
trade acronyms, ordinary words used as labels. (Names here are invented for the tests.)"""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document
from anonymiser.text.recognisers.speaker_label import RECOGNISER


def _labels(text: str) -> list[str]:
    doc = Document(text)
    return [text[s.start:s.end] for s in RECOGNISER.find(doc)]


def test_a_label_used_on_two_lines_after_timestamps_is_a_person() -> None:
    text = "[09:14] Zorvath: line 2 is down\n[09:15] Zorvath: restarting now\n"
    assert _labels(text) == ["Zorvath", "Zorvath"]


@pytest.mark.parametrize("line", [
    "TAVISH MCQUORQUODALE: we are on it", "0600 \u2014 Leocadia Brannigan-Oyo: handover done",
    "> Ingeborg: agreed", "- Wilhelmina: see above", "09:14 Ottilie: yes",
])
def test_a_known_given_name_or_a_full_name_labels_a_line_once(line: str) -> None:
    assert len(_labels(line + "\n")) == 1


@pytest.mark.parametrize("line", ["Grant requested: £40,000", "Mark complete: yes", "Will attend: 12"])
def test_a_field_label_led_by_a_word_that_is_also_a_given_name_is_no_speaker(line: str) -> None:
    assert _labels(line + "\n") == []


def test_a_user_name_used_twice_is_a_person_and_lower_case_word_labels_are_not() -> None:
    text = "[07:02] brobst.q: morning\n[07:03] brobst.q: tags flat\n[07:04] update: none\n[07:05] update: still none\n"
    assert _labels(text) == ["brobst.q", "brobst.q"]


def test_a_name_above_its_message_with_a_time_is_a_speaker() -> None:
    text = "ODALYS VANTERPOOL 23:41\nline 3 tripped again\n\nODALYS VANTERPOOL 23:50\nreset\n"
    assert _labels(text) == ["ODALYS VANTERPOOL", "ODALYS VANTERPOOL"]


@pytest.mark.parametrize("text", [
    "Subject: batch 44\nTo: the team\nDate: Monday\nNote: draft\nNote: second draft\n",
    "Q: what changed?\nA: the gains\nQ: why?\nA: tuning\n",
    "Host: welcome\nHost: thanks\nInterviewer: so\nInterviewer: and\n",
    "Action: send the plan\nActions: none\nDecision: approved\nDecision: deferred\n",
    "QA: no comment\nQA: approved\nMES: live\nMES: stable\n",
    "Background: the line is old\nBackground: more\nThe background is long.\n",
    "Usage: run it\nUsage: again\nusage is simple\n",
    "- Average changeover: 3.5 h\n- Average changeover: 1.6 h\n",
    "- Throughput: 40/h\n- Throughput: 55/h\n",
])
def test_header_words_roles_acronyms_and_everyday_words_are_no_speakers(text: str) -> None:
    assert _labels(text) == []


def test_a_person_named_in_full_earlier_with_a_misread_surname_keeps_ordinary_lower_case_words() -> None:
    text = "Approved by Radomir Kestenbaum\nClosure of actions\nThe closure date moved."
    assert "The closure date" in anonymise_text(text).text


def test_a_speaker_label_is_redacted_and_its_case_variants_follow() -> None:
    text = "[10:01] GWENLLIAN: morning all\n[10:02] Florimond: morning\n[10:03] GWENLLIAN: thanks Gwenllian said\n"
    result = anonymise_text(text)
    assert "GWENLLIAN" not in result.text


def test_an_everyday_word_labelling_lines_is_a_field_not_a_speaker():
    text = "Assessor: checked the gowning\nAssessor: second check\nConfidence: 64%\nConfidence: 71%\n"
    assert [f for f in anonymise_text(text).findings if f.category == "person"] == []


def test_an_assignment_in_plc_code_is_no_speaker():
    text = "bFanStopReq    := tonFilterHi.Q;\nbFanStopReq    := FALSE;\n"
    assert anonymise_text(text).text == text


def test_currency_codes_in_a_table_are_no_initials():
    text = "| Item | Amount | Currency |\n| Hotel | 120.00 | EUR |\n| Taxi | 30.00 | GBP |\n| Dinner | 80.00 | EUR |\n"
    assert [f for f in anonymise_text(text).findings if f.category == "person"] == []


@pytest.mark.parametrize("text", ["Companies House: 09154488\nThe contractor is an SME: Yes",
                                  "Registered Office: Unit 4, Brunel Way\nTrading Name: Moorfield"])
def test_a_field_label_of_everyday_words_at_a_line_start_is_no_speaker(text):
    assert all(f.reason != "Speaker in an interview" for f in anonymise_text(text).findings)


def test_a_chat_exports_sender_is_a_person_even_when_the_name_is_a_word():
    text = ("[16/03/2024, 07:21:48] Mags: permit is under the usual number\n"
            "[16/03/2024, 09:58:21] Mags: at the site now\n[3/16/24, 7:21 AM] Rusty: on my way")
    result = anonymise_text(text)
    assert "Mags" not in result.text and "Rusty" not in result.text


def test_a_header_word_after_a_chat_stamp_stays():
    result = anonymise_text("[16/03/2024, 10:01:00] Subject: test run")
    assert all(f.recogniser != "speaker_label" for f in result.findings)


def test_the_sender_after_an_android_chat_exports_stamp_is_a_person_whatever_its_case() -> None:
    text = ("14/11/2025, 22:41 - ottoline v: labeller down again on line 2\n"
            "14/11/2025, 22:43 - Jolanta N: on my way\n"
            "14/11/2025, 22:44 - ottoline v: cheers\n")
    redacted = anonymise_text(text).text
    assert "ottoline" not in redacted and "Jolanta" not in redacted
    assert " v:" not in redacted and " N:" not in redacted

