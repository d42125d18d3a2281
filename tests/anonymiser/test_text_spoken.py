"""Contacts and names as speech is written down (speech-to-text, captions, call notes), and numbers misread
from a scan, still go."""
import pytest

from anonymiser import anonymise_text
from anonymiser.text.document import Document


@pytest.mark.parametrize(("text", "gone"), [
    ("or email a dot nnamdi at castlegate healthcare dot co dot uk thank you", "nnamdi at castlegate"),
    ("send it to service at cryotech services dot co dot uk that would be great", "service at cryotech"),
    ("it's k underscore ocearr at wrenfield dash bio dot com", "ocearr at wrenfield"),
    ("My number is oh one two one, four nine six, oh eight seven three, or", "four nine six"),
    ("ring me on forty four two three cheers", "forty four two three"),
    ("the PO is four five double oh two one, something", "double oh two one"),
    ("tracking number six zero three one, eight eight two nine, four four seven.", "eight eight two nine"),
    ("call me back on plus four four seven seven double oh nine double oh five four eight", "seven seven"),
    ("the user was v t underscore service for the whole morning", "underscore service"),
    ("the support line is\noh one three one four nine six oh\nseven seven two or the mailbox", "seven seven two"),
    ("stop emailing the ardent at moorfoot\nbio dot co dot uk address", "moorfoot"),
    ("order from spares dot u k at kartonex dot d e and they ship", "kartonex"),
])
def test_addresses_and_numbers_read_out_go(text, gone):
    assert gone not in anonymise_text(text).text


def test_a_mailbox_of_two_words_read_out_goes_whole_and_the_words_said_before_it_stay():
    out = anonymise_text("alerts go to the qc helpdesk at brantwell pharma dot co dot uk mailbox, "
                         "or e mail jo at brantwell pharma dot co dot uk").text
    assert "helpdesk" not in out and " qc " not in out
    assert "go to the [" in out and "or e mail [" in out


@pytest.mark.parametrize(("text", "code"), [
    ("the asset tag on the printer head says b m p dash p k dash zero four one seven that does not match",
     "b m p dash p k dash zero four one seven"),
    ("probably d e v two four dash oh three one one or whatever number", "d e v two four dash oh three one one"),
    ("OK it's M, B, dash, one nine, dash, zero four four seven, so", "M, B, dash, one nine, dash, zero four four seven"),
    ("fixed under change c h g zero zero four\neight eight one two so", "c h g zero zero four\neight eight one two"),
])
def test_a_code_read_out_letter_by_letter_is_one_identifier(text: str, code: str) -> None:
    result = anonymise_text(text)
    assert [f.original for f in result.findings if f.category == "identifier"] == [code]


@pytest.mark.parametrize("text", ["i have a one two three four", "on press p three was down", "plan b two weeks on"])
def test_an_english_letter_before_numbers_is_no_code(text: str) -> None:
    assert not [f for f in anonymise_text(text).findings if f.recogniser == "spoken_contact"]


def test_an_extension_read_out_is_taken_with_its_word():
    assert anonymise_text("the on call number is on the card extension two two six four and").text == \
        "the on call number is on the card [Phone A] and"


def test_a_number_read_out_is_a_phone_after_a_calling_word_and_an_identifier_otherwise():
    phone = anonymise_text("my direct line is oh one three eight four five five nine two one three")
    order = anonymise_text("the order was four five double oh two one, I think")
    assert phone.text == "my direct line is [Phone A]"
    assert order.text == "the order was [Number A], I think"
    assert [f.category for f in order.findings] == ["identifier"]


@pytest.mark.parametrize("text", [
    "we started in twenty twenty four with one two three shifts",
    "call me in twenty twenty five about it",
    "values 12 15 18 20 22 25 from the run",
    "one, two, three, go",
    "we met at the canteen at noon dot",
    "Founded in 2019\nTwenty years of service",
    "00:41:27 in larne packaging line three\n02:41:28 EXPERT: yes",
])
def test_counting_years_and_tables_of_figures_are_no_spoken_contacts(text):
    assert all(f.recogniser != "spoken_contact" for f in anonymise_text(text).findings)


@pytest.mark.parametrize(("text", "gone"), [
    ("  TEL 0l539 72O 664\n", "72O"),
    ("Fax: O161 496 0l23 (24h)", "496"),
])
def test_phone_numbers_misread_from_a_scan_go(text, gone):
    assert gone not in anonymise_text(text).text


def test_a_letter_beside_digits_outside_a_phone_number_stays():
    assert anonymise_text("Room I12 and bay B4, then 0l539 alone").text == "Room I12 and bay B4, then 0l539 alone"


CAPTIONS = """14
00:01:16,800 --> 00:01:22,350
ok um are you on
fin from the integrator

15
00:01:22,400 --> 00:01:29,000
hi yeah bronwen tudor so p q executed
fourteen test scripts with no deviations

16
00:01:29,100 --> 00:01:35,200
thanks kwabena and agnes for the training
qa doctor otiende is on the line
tom odef yes and tell derriford the dates
"""


@pytest.mark.parametrize("name", ["bronwen tudor", "kwabena", "agnes", "otiende", "tom odef"])
def test_names_in_captions_without_capitals_are_people(name: str) -> None:
    assert name not in anonymise_text(CAPTIONS).text


@pytest.mark.parametrize("kept", ["tell derriford", "doctor", "thanks", "training"])
def test_verbs_and_words_of_captions_stay(kept: str) -> None:
    assert kept in anonymise_text(CAPTIONS).text


@pytest.mark.parametrize(("text", "gone"), [
    ("so note that for tadhg to check when hes back thats tadhg t a d h g not tiger the phone", "t a d h g"),
    ("Attendee: Priyanka Mcnee, commercial director (spelled M-C-N-E-E)", "M-C-N-E-E"),
])
def test_a_name_spelled_out_letter_by_letter_goes(text: str, gone: str) -> None:
    assert gone not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    "the grading on the screen says a b a a so thats ok for the camera and the line",
    "Scales: S/O/D 1-10. RPN = S x O x D. Any RPN over 100 needs an action.",
    "if theres a near miss you report it and theres a four week trial with the robots",
])
def test_grades_products_and_contractions_are_no_spoken_names(text: str) -> None:
    assert not [f for f in anonymise_text(text).findings if f.category == "person"]


def test_code_names_in_data_and_logs_without_capitals_are_no_spoken_names() -> None:
    text = ('{"cluster": "orion", "env": "prod", "owner": "team-aurora", "service": "helios"}\n'
            '  args: ["--mode", "stella", "--queue", "ebr.events"]\n'
            "2024-03-01 10:02:11 INFO selene worker started pid=4411 user=svc_mes\n"
            "2024-03-01 10:02:12 WARN luna cache miss ratio=0.41 node=gaia-02\n"
            "started the selene job and the luna job on gaia-02 and the orion node\n")
    assert not [f for f in anonymise_text(text).findings if f.recogniser == "spoken_name"]


def test_a_sentence_with_capitals_is_not_read_as_uncased() -> None:
    text = "Tom Odef said the Line 3 robot will go live in May; tell derriford nuc med once dates are firm."
    assert "derriford" in anonymise_text(text).text


@pytest.mark.parametrize(("text", "gone"), [
    ("hi its um dermot calling from harrowgate packaging about the pallet labels that we sent over to the site last week",
     "harrowgate packaging"),
    ("ok so the interface was configured by quellmoor scientific and the validation is now done for the line and the rest",
     "quellmoor scientific"),
    ("so we had to call them and the engineers from tessivane came in and fixed it on the night shift for us again",
     "tessivane"),
    ("right so the modelling was done by the kestrow analytics people and it went live on the line in the spring for us",
     "kestrow analytics"),
])
def test_companies_named_in_speech_without_capitals_go(text: str, gone: str) -> None:
    assert gone not in anonymise_text(text).text


@pytest.mark.parametrize("text", [
    "so we asked the process engineering team from the site and they said it was a data integrity problem for us",
    "then we went with the usual approach from the start and it was fine for the rest of the shift and the week",
    "do not run site.yml against pack_hmis while a batch is open on the line or the rest of the plant",
])
def test_departments_and_words_of_code_in_speech_are_no_companies(text: str) -> None:
    assert all(f.recogniser != "spoken_organisation" for f in anonymise_text(text).findings)


def test_a_name_found_earlier_is_taken_again_in_lower_case_in_speech() -> None:
    text = ("Present: Gary Threlkeld (maintenance lead)\n\n"
            "yeah so our maintenance lead will kill me for saying it on here but threlkeld was the biggest sceptic of the lot "
            "at first and now he is the one who shows it to all the visitors")
    assert "threlkeld" not in anonymise_text(text).text


def test_a_long_transcript_line_between_headers_is_speech() -> None:
    text = ("Voicemail 1 of 4 | Received 02/09/2024 08:12 | From: Internal | Duration 0:48\nTranscription (confidence: low):\n"
            '"hello yes good morning this is the um contract packer calling from doverstone packaging about the renewal '
            'on the licences and the quote for the extra tags so if you can call me back that would be great thanks bye"\n'
            "[Note: Doverstone are our packer. Renewal quote passed on.]")
    assert "doverstone packaging" not in anonymise_text(text).text


def test_a_quoted_reply_written_without_capitals_is_speech_too() -> None:
    text = ("> any joy? the engineers from marlowby robotics say they can be on the line by six if its still down\n"
            "> but only if someone is there to let them in at the gate and sign the permit for the work\n")
    assert "marlowby robotics" not in anonymise_text(text).text


def test_a_word_glued_to_digits_in_speech_is_code_not_a_company() -> None:
    text = ("the lag of 27 on partition 1 is the batch that stuck on the night shift and the rest of it\n"
            "so kavya raised INC0219385 and it was fixed by restarting the app server on the line\n")
    result = anonymise_text(text)
    assert all(f.recogniser != "spoken_organisation" for f in result.findings)
    assert "INC0219385" not in result.text



def test_a_caption_cue_of_few_words_between_cue_numbers_and_timings_is_speech() -> None:
    # (the cue numbers and timings have no words: the lines around a cue are the cues before and after it)
    text = ("7\n00:00:36,500 --> 00:00:41,900\nand so the cluster is on the new share\n\n"
            "8\n00:00:42,000 --> 00:00:48,300\nchange four four one two fixed\n\n"
            "9\n00:00:48,450 --> 00:00:52,100\nthanks then validation next\n\n"
            "10\n00:00:52,300 --> 00:00:59,880\nexecuted twelve test scripts eleven passed\n\n"
            "11\n00:01:00,000 --> 00:01:06,420\nand one failed at the scale so we have a workaround\n")
    assert Document(text).speech.contains(text.index("validation"))


def test_what_a_speaker_says_after_their_label_in_a_transcript_export_is_speech() -> None:
    text = ("[00:01:49] Penetam, Tamsin (Quality): can you put all that in the chat for the team\n"
            "[00:01:52] Pettigrove, Oswin (Integrator): will do and i'll send the evidence to the validation lead\n"
            "[00:01:55] Penetam, Tamsin (Quality): thanks that closes the last open defect on our side\n")
    doc = Document(text)
    assert doc.speech.contains(text.index("can you")) and doc.speech.contains(text.index("will do"))
    assert not doc.speech.contains(text.index("Penetam"))


@pytest.mark.parametrize("text", ["Experiment: EXP-24-0931 in-line Raman model for glucose and lactate\nAuthor: the team",
                                  "[07:55] Huw: noted. also the quote came in at the usual price, sending to Saoirse"])
def test_a_form_field_or_a_chat_first_name_is_no_speaker_label(text: str) -> None:
    assert Document(text).speech.lines == []


@pytest.mark.parametrize(("text", "name"), [
    ("acknowledged by the operator Oswin Pettigrove comma Pettigrove P E T T I G R O V E comma who informed the supervisor",
     "Pettigrove P E T T I G R O V E"),
    ("Please call Ms Pennyfeather back. Marrow is M A R R O W and she is on site till Thursday.",
     "Marrow is M A R R O W"),
])
def test_a_name_said_then_spelled_out_goes_whole_even_when_it_is_a_word(text: str, name: str) -> None:
    result = anonymise_text(text)
    assert name in {f.original for f in result.findings} and " R O W " not in result.text + " "
    assert "V E comma" not in result.text


def test_a_name_said_then_spelled_out_keeps_the_placeholder_of_the_name_in_full() -> None:
    text = "The operator Oswin Pettigrove acknowledged it, that's Pettigrove P E T T I G R O V E, and informed QA."
    replacements = {f.original: f.replacement for f in anonymise_text(text).findings}
    assert replacements["Pettigrove P E T T I G R O V E"] == replacements["Oswin Pettigrove"]


def test_a_word_followed_by_other_letters_spelled_out_stays() -> None:
    text = "the grade on the screen says a b a a and the label says B O X E S so the count is fine"
    assert "B O X E S" in anonymise_text(text).text


@pytest.mark.parametrize(("text", "spelled"), [
    ("I'm the auditor you booked. My surname's spelt T-H-O-R-B-E-C-K-E, the form has it wrong.", "T-H-O-R-B-E-C-K-E"),
    ("and the last name, that's B A K E R, thanks", "B A K E R"),
])
def test_a_run_of_letters_said_to_spell_a_name_goes_even_far_from_the_name_or_when_it_is_a_word(text: str, spelled: str) -> None:
    assert spelled not in anonymise_text(text).text


@pytest.mark.parametrize("text", ["The code is spelt Q-R-S-T on the label.", "Product name: Q R S T"])
def test_letters_spelled_for_a_code_or_after_a_field_name_stay(text: str) -> None:
    assert not [f for f in anonymise_text(text).findings if f.category == "person"]
