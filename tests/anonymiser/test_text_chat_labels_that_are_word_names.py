"""A chat's sender whose given name is a word ("Wren", "Hope"), before a Slack copy's time or a colon, in a chat whose
other senders are people; the same words heading a timetable's lines stay. (Invented names.)"""
from anonymiser import anonymise_text


def test_a_slack_display_name_before_a_time_with_am_or_pm_is_a_person() -> None:
    text = "Priyanka Rao  10:42 AM\ncan someone check?\nWren  10:44 AM\non it\nRuairi  10:45 AM\ndone\n"
    redacted = anonymise_text(text).text
    assert "Wren" not in redacted and "Priyanka" not in redacted and "on it" in redacted


def test_a_word_name_labelling_two_messages_of_a_chat_is_a_person() -> None:
    text = "Ruairi: line 2 down\nHope: done, line cleared.\nRuairi: ok\nHope: on my way\nI hope so.\n"
    redacted = anonymise_text(text).text
    assert "Hope:" not in redacted and "I hope so." in redacted


def test_a_timetables_word_before_a_time_is_no_one() -> None:
    text = "Summer  10:00 AM\nOpening hours\nMonday  9:00 AM\nLunch  12:30 PM\n"
    assert anonymise_text(text).text == text


def test_word_names_before_times_where_no_one_speaks_are_no_one() -> None:
    text = "Paint batches\nRose  10:00 AM\nSky  11:30 AM\nAmber  2:15 PM\n"
    assert anonymise_text(text).text == text
