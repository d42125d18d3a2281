"""Telephone numbers, e-mail addresses and websites as people say them, written down by speech recognition,
captions and call notes: in pieces, with fillers and corrections, across speakers' turns, spelled letter by
letter, with asides ("all one word"); and numbers written as they are abroad. Quantities, times and counts
said in number words stay. (Numbers and names invented.)"""
import pytest

from anonymiser import anonymise_text


def _contacts(text: str) -> list[str]:
    return [f.original for f in anonymise_text(text).findings if f.category == "contact"]


def _gone(text: str, said: str) -> bool:
    """Whether every word of ``said`` is inside something found (what the evaluation counts as recalled)."""
    result = anonymise_text(text)
    start = text.index(said)
    covered = [any(f.start <= i < f.end for f in result.findings) for i in range(len(text))]
    return all(covered[i] or not text[i].isalnum() for i in range(start, start + len(said)))


@pytest.mark.parametrize(("text", "said"), [
    ("you can get me on oh one six three two erm nine six oh seven three nine thanks",
     "oh one six three two erm nine six oh seven three nine"),
    ("call me on oh one six three two nine six sorry that's nine six oh seven three nine bye",
     "oh one six three two nine six sorry that's nine six oh seven three nine"),
    ("Oh one six three two. Nine six oh. Seven three nine. That's my direct line.",
     "Oh one six three two. Nine six oh. Seven three nine"),
    ("it's oh one six three two, that's nine six oh, seven three nine", "oh one six three two, that's nine six oh, seven three nine"),
    ("my mobile's oh seven seven treble oh nine double oh eight four seven thanks bye",
     "oh seven seven treble oh nine double oh eight four seven"),
    ("give me a call back on double four seven seven double oh nine double oh eight four seven",
     "double four seven seven double oh nine double oh eight four seven"),
    ("ring me on 0 7 7 0 0, 9 0 0, 8 4 7 any time", "0 7 7 0 0, 9 0 0, 8 4 7"),
    ("the hotline is double oh three five three, one, four nine six, oh seven three nine",
     "double oh three five three, one, four nine six, oh seven three nine"),
    ("out of hours on the mobile oh seven seven double oh comma nine double oh comma eight four seven full stop",
     "oh seven seven double oh comma nine double oh comma eight four seven"),
])
def test_a_telephone_number_said_in_pieces_goes_whole(text: str, said: str) -> None:
    assert _gone(text, said)
    assert anonymise_text(text).findings[0].category == "contact"


def test_a_number_split_over_speakers_turns_goes_piece_by_piece_and_the_listener_s_words_stay() -> None:
    text = "CALLER: it's oh one six three two\nAGENT: yep go on\nCALLER: nine six oh seven three nine"
    assert _contacts(text) == ["oh one six three two", "nine six oh seven three nine"]
    assert "AGENT: yep go on" in anonymise_text(text).text


def test_a_number_split_over_two_captions_goes() -> None:
    captions = ("17\n00:01:35,300 --> 00:01:42,600\nthe line is oh one six three two nine six\n\n"
                "18\n00:01:42,700 --> 00:01:47,000\noh seven three nine or the mailbox\n")
    assert _contacts(captions) == ["oh one six three two nine six", "oh seven three nine"]
    assert "00:01:42,700 --> 00:01:47,000" in anonymise_text(captions).text


@pytest.mark.parametrize(("text", "said"), [
    ("it's extension two four if you need me", "extension two four"),
    ("ring the switchboard on oh one six three two nine six oh seven three nine extension two four thanks",
     "oh one six three two nine six oh seven three nine extension two four"),
    ("dial in then the code seven three five one nine oh four two six hash", "seven three five one nine oh four two six hash"),
    ("call me back on four four two three", "four four two three"),
    ("Hi, it's Kestrow. My number's forty four two three. Thanks.", "forty four two three"),
    ("I'm on four four two three all day", "four four two three"),
])
def test_extensions_dial_in_codes_and_short_numbers_after_a_calling_word_go(text: str, said: str) -> None:
    assert _gone(text, said)


@pytest.mark.parametrize("text", [
    "we bought two four hundred litre tanks last year",
    "the shift starts at oh nine hundred on the dot",
    "can you call me at two thirty tomorrow",
    "a batch of one two zero thousand vials",
    "it's on packing line one two three",
    "set the dial to four five six",
    "we need two, sorry, three four hundred litre tanks",
    "the score was oh one six three, then four nine six oh after",
    "dial nine nine nine if there is a fire",
    "the PO number is four five six",
    "we're on three five hundred units a shift",
])
def test_quantities_times_and_counts_said_in_words_are_no_contacts(text: str) -> None:
    assert [f for f in anonymise_text(text).findings if f.category in ("contact", "identifier")] == []


@pytest.mark.parametrize(("text", "said"), [
    ("email me at k dot o apostrophe varrow at northbrae labs dot co dot uk thanks",
     "k dot o apostrophe varrow at northbrae labs dot co dot uk"),
    ("the email is k wexley all one word at northbrae dot com", "k wexley all one word at northbrae dot com"),
    ("that's k, w, e, x, l, e, y, at northbrae dot com", "k, w, e, x, l, e, y, at northbrae dot com"),
    ("it's k w e x l e y at n o r t h b r a e dot com", "k w e x l e y at n o r t h b r a e dot com"),
    ("email kwexley seven two at corlan dot com", "kwexley seven two at corlan dot com"),
    ("email kwexley at corlan dot ch", "kwexley at corlan dot ch"),
    ("email k dot wexley @ northbrae dot com", "k dot wexley @ northbrae dot com"),
    ("That's K, W, E, X, L, E, Y, dot, H, A, L, V, E, Y.", "K, W, E, X, L, E, Y, dot, H, A, L, V, E, Y"),
    ("hi its about the report can you send it to kwexley at northbrae.co.uk when you get a minute thanks bye",
     "kwexley at northbrae.co.uk"),
    ("Hi, it's Kestrow. Can you email it to K.Wexley at Northbrae.co.uk please?", "K.Wexley at Northbrae.co.uk"),
])
def test_an_address_said_spelled_or_with_asides_goes_whole(text: str, said: str) -> None:
    assert _gone(text, said)


@pytest.mark.parametrize(("text", "site"), [
    ("go to w w w dot northbrae labs dot co dot uk forward slash careers",
     "w w w dot northbrae labs dot co dot uk forward slash careers"),
    ("it's on www dot northbrae dot com slash recall", "www dot northbrae dot com slash recall"),
    ("have a look at triple w dot corlan dot com", "triple w dot corlan dot com"),
    ("check out northbrae labs dot com for the show notes", "northbrae labs dot com"),
    ("visit h t t p s colon slash slash corlan dot com", "h t t p s colon slash slash corlan dot com"),
    ("the episode is on northbrae dot co dot uk slash podcast", "northbrae dot co dot uk slash podcast"),
])
def test_a_website_said_aloud_goes_and_the_words_before_it_stay(text: str, site: str) -> None:
    assert _contacts(text) == [site]


@pytest.mark.parametrize("text", ["the dot com boom was before my time", "we met on the dot at nine",
                                  "Visit us at northbrae.co.uk today"])
def test_a_dot_com_in_a_sentence_and_a_written_website_are_no_spoken_address(text: str) -> None:
    assert all(f.recogniser != "spoken_contact" for f in anonymise_text(text).findings)


@pytest.mark.parametrize(("text", "number"), [
    ("Labor: 06221 / 58 14-0; bitte Durchwahl angeben", "06221 / 58 14-0"),
    ("Tel. 030 / 901834", "030 / 901834"),
    ("his mobile is +49 (0) 171 - 44 82 19 63.", "+49 (0) 171 - 44 82 19 63"),
    ("Tel. +49 (0) 6221 / 58 14-0", "+49 (0) 6221 / 58 14-0"),
    ("IRT helpdesk: PL 00 800 317 2268 / e-mail", "00 800 317 2268"),
])
def test_numbers_written_as_they_are_abroad_go(text: str, number: str) -> None:
    assert _contacts(text) == [number]


@pytest.mark.parametrize("text", ["ratio 0125 / 2345 on the chart", "issued 01 / 02 / 2024", "PL 00 800 317 22 only"])
def test_figures_with_a_slash_and_short_freephone_shapes_are_no_numbers(text: str) -> None:
    assert _contacts(text) == []


def test_a_wide_international_number_stops_before_the_figures_after_it() -> None:
    assert _contacts("+49 (0) 171 - 44 82 19 63 12 34 56 78") == ["+49 (0) 171 - 44 82 19 63"]


def test_a_handle_read_out_before_its_network_goes_and_a_place_before_one_stays() -> None:
    assert _contacts("find us at kestrow pharma on linkedin or at northbrae underscore labs on instagram") == \
        ["at kestrow pharma", "at northbrae underscore labs"]
    assert _contacts("we met at the conference on linkedin and i was at work on twitter") == []


def test_an_address_read_out_in_welsh_with_its_snail_goes() -> None:
    assert _contacts("anfonwch e-bost at dafydd dot l h malwen corlan dot cymru") == \
        ["dafydd dot l h malwen corlan dot cymru"]


def test_a_log_in_and_an_address_said_over_two_captions_go_and_the_cues_between_stay() -> None:
    captions = ("21\n00:02:01,400 --> 00:02:06,700\naccounts are like k w underscore\n\n"
                "22\n00:02:06,800 --> 00:02:11,200\nj halvey so that is fine or mail kestrow at northbrae\n\n"
                "23\n00:02:11,300 --> 00:02:18,600\nlabs dot co dot uk instead\n")
    result = anonymise_text(captions)
    assert _contacts(captions) == ["k w underscore", "j halvey", "kestrow at northbrae", "labs dot co dot uk"]
    assert "22\n00:02:06,800 --> 00:02:11,200\n" in result.text and "23\n00:02:11,300 --> 00:02:18,600\n" in result.text


@pytest.mark.parametrize("text", ["drop me an email, it's kerys dot wexley at northbrae dot co dot uk. thanks",
                                  "that's kerys dot wexley at northbrae dot co dot uk"])
def test_the_s_of_it_s_said_before_an_address_is_no_letter_of_it(text: str) -> None:
    redacted = anonymise_text(text).text
    assert "kerys" not in redacted and ("it's [" in redacted or "that's [" in redacted)


def test_the_last_group_of_a_number_said_again_differently_after_a_correction_goes_with_the_corrected_number() -> None:
    text = ("ring me back on oh one six three two, nine six oh, seven three nine, no sorry, scrap that, seven nine three. "
            "Oh one six three two, nine six oh, seven nine three. Cheers.")
    result = anonymise_text(text)
    assert "seven nine three" not in result.text
    fixed = [f.replacement for f in result.findings if f.original in ("seven nine three", "Oh one six three two, nine six oh, seven nine three")]
    assert len(fixed) == 2 and len(set(fixed)) == 1


def test_a_count_said_after_a_correction_is_no_group_of_the_number() -> None:
    text = "call me on oh one six three two nine six oh seven three nine, sorry, the number of tanks is four"
    assert "tanks is four" in anonymise_text(text).text


def test_the_words_of_an_address_read_out_do_not_make_the_name_an_everyday_word() -> None:
    # ("ondrusek" and "fenwhistle" in lower case inside the address are spelled for the listener: the name and the
    # company said in full before it are still names)
    text = ("Hi, it's Tomas, Tomas Ondrusek from Fenwhistle Analytical, about the audit. Or e-mail me, it's "
            "tomas dot ondrusek at fenwhistle hyphen analytical dot co dot uk. Cheers.")
    redacted = anonymise_text(text).text
    assert "Ondrusek" not in redacted and "Fenwhistle" not in redacted


def test_a_name_the_text_writes_in_lower_case_outside_an_address_is_still_a_word_there() -> None:
    from anonymiser.text.recognisers.person_names import lower_case_use

    assert not lower_case_use("write to tomas dot ondrusek at fenwhistle dot com", "Ondrusek")
    assert lower_case_use("the ondrusek valve; write to tomas dot ondrusek at fenwhistle dot com", "Ondrusek")
