"""A word processor's comment markers, "Comment [KO3]:", "Commented [TvdS1]:", "Reply [AND2]": the commenter's initials
run together with the comment's number; and bracketed codes that only look like them. (Invented names and initials.)"""
from anonymiser import anonymise_text
from anonymiser.text.comment_markers import comment_marker_initials


def _initials(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in comment_marker_initials(text)]


def test_a_markers_initials_after_its_cue_word_are_someones_whatever_letters_they_are() -> None:
    text = ("Comment [QM3]: please add the hopper.\n"
            "   Reply [AND1]: agreed, added.\n"
            "Commented [TvdS2]: the recipe must be checked too.\n")
    assert _initials(text) == ["QM", "AND", "TvdS"]


def test_a_markers_initials_are_someones_where_the_name_after_its_colon_has_them() -> None:
    text = ("[QM3]: Quilla Marrowby, 12/06/2024 14:40\nStep 5: who verifies?\n"
            "[PV2]: Varley, Petronella, 12/06/2024 15:11\nThe team leader.\n"
            "[KOB1]: Kesi Oyelade-Brandt\nFine by me.\n")
    assert _initials(text) == ["QM", "PV", "KOB"]


def test_the_same_initials_in_a_marker_elsewhere_are_that_persons() -> None:
    text = ("Comment [QM3]: Quilla Marrowby, 12/06/2024\nLine 4 is gone.\n\n"
            "All comments addressed except [QM3] and [QM4].\n")
    assert _initials(text) == ["QM", "QM", "QM"]
    redacted = anonymise_text(text).text
    assert "QM3" not in redacted and "QM4" not in redacted and "Quilla" not in redacted


def test_bracketed_codes_with_no_commenters_cue_are_no_ones() -> None:
    text = ("See [REF1] and standard [EN12]; code [AB12] applies.\n"
            "[ISO9]: International Standard, clause 4\n"
            "Comments: see [QM3] in the annex.\n")
    assert _initials(text) == []


def test_a_cued_markers_initials_are_redacted_in_the_whole_text() -> None:
    redacted = anonymise_text("Reply [HIS2]: agreed, the hopper was the cause.\n").text
    assert "[HIS2]" not in redacted and "agreed, the hopper" in redacted


def test_a_trades_acronym_in_a_cued_marker_is_no_ones_nor_are_its_other_markers() -> None:
    text = ("Response [RFI3]: The company agrees.\nReplied [HTTP2]: ok\nSee comment [GMP1].\n"
            "Open items: [RFI4], [RFI5].\n")
    assert _initials(text) == []
    assert anonymise_text(text).text == text


def test_reply_or_response_is_a_cue_only_first_on_a_line_with_a_colon_after_the_marker() -> None:
    assert _initials("The inflammatory response [IL6]: raised at day 3.\n") == []
    assert _initials("Markers after the response [IL6] were raised.\n") == []
    assert _initials("Response [KOB2]: the hopper is fixed.\n") == ["KOB"]
