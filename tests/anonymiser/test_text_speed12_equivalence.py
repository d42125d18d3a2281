"""The speed12 shortcuts give what the plain forms give, on the development texts and on random strings built
from the characters each shortcut cares about. (Development texts only: a failing assertion prints its text.)"""
import unicodedata
import re

from anonymiser.text import speech
from anonymiser.text.recognisers import login_name

from tests.anonymiser.dev_corpus import dev_texts, random_texts


def _dev_texts() -> list[str]:
    return list(dev_texts())


def test_login_tokens_led_by_their_first_letter_are_the_plain_scan():
    # (an underscore closing Markdown emphasis after the token is no part of it: "by kampofo_")
    plain = re.compile(r"(?<![\w.@/\\<-])(?P<letters>[a-z]{5,20}|[A-Z]{5,20})(?P<digits>\d{0,2})"
                       r"(?!(?!_(?![\w@/\\>-]))[\w@/\\>-]|\.[A-Za-z])")
    parts = list("abcXYZ0129_.@/\\<>-' \t\né") + ["jtrevorrow", "ADRUMMOCK", "abcdefghijklmnopqrstuvwxyz", "Ab"]
    for text in _dev_texts() + random_texts(121, parts, 30000):
        assert [(m.span(), m.groups()) for m in login_name._TOKEN.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_capitalised_words_for_log_ins_are_the_plain_scan():
    plain = re.compile(r"(?<![\w'-])[A-Z](?:[a-z]{3,19}|[A-Z]{3,19})(?![\w'-])")
    parts = list("abXY0_'- \t\né") + ["Danladi", "MAKONI", "Abcdefghijklmnopqrstuvwxyz"]
    for text in _dev_texts() + random_texts(122, parts, 30000):
        assert login_name._CAPITALISED.findall(text) == [m.group() for m in plain.finditer(text)], text


def test_ascii_readings_of_speech_lines_are_the_unicode_ones():
    """On a line in ASCII the ASCII classes find the same words and capitals as the Unicode ones."""
    parts = list("abAZ09_'\u2019 \t.,-") + ["Leocadia", "thanks", "don't", "QA"]
    lines = [line for text in _dev_texts() for line in text.split("\n")] + random_texts(123, parts, 30000)
    for line in lines:
        if line.isascii():
            assert speech._ASCII_WORD.findall(line) == speech.WORD.findall(line), line
            assert speech._ASCII_CAPITALISED.findall(line) == speech._CAPITALISED.findall(line), line


def test_a_login_among_everyday_words_is_still_read():
    """The tokens judged first as words: a log-in beside them is still found, an everyday word is not."""
    from anonymiser.text.document import Document
    found = [(s.start, s.end) for s in login_name.RECOGNISER.find(Document("Approved by thargrove after review"))]
    assert found == [(12, 21)]
    assert list(login_name.RECOGNISER.find(Document("Approved by reviewers after lunch"))) == []


def test_special_characters_replaced_one_by_one_are_the_translation():
    from anonymiser.text import normalise
    parts = list(normalise._INVISIBLE) + [k for k in normalise._PUNCTUATION if len(k) == 1] + list("ab \n\u00e9") + ["\r\n", "\r"]
    for text in _dev_texts() + random_texts(124, parts, 20000, longest=20):
        marked = normalise._GLUED_MARKER.sub(normalise._set_apart, text.replace("\r\n", "\n").replace("\r", "\n"))
        plain = "\u2122".join(unicodedata.normalize("NFKC", part)  # (the trade mark sign is kept: it marks a brand)
                               for part in marked.split("\u2122"))
        if not plain.isascii() and normalise._SPECIAL.search(plain):
            plain = plain.translate(normalise._TABLE)
        if any(ch in plain for ch in normalise._CONFUSABLE_CHARS):
            plain = plain.translate(normalise._CONFUSABLES)
        expected = text.replace("\r\n", "\n").replace("\r", "\n") if text.replace("\r\n", "\n").replace("\r", "\n").isascii() else plain
        assert normalise.normalise(text) == expected, text


def test_whole_words_read_from_the_characters_outside_ascii_are_the_plain_reading():
    from anonymiser.text.recognisers import person_names

    def plain(text: str) -> frozenset[str]:
        if not text.isascii() and (signs := {c for c in set(text) if not c.isalpha() and person_names._LETTERS.match(c)}):
            text = text.translate(dict.fromkeys(map(ord, signs), " "))
        return frozenset(person_names._FREE_LETTERS.findall(text))

    parts = list("ab1_./@- \n\u00e9\u00b2\u00bd\u2163") + ["x\u00b2", "m\u00b2", "Ab"]
    for text in _dev_texts() + random_texts(125, parts, 20000):
        assert person_names.free_runs(text) == plain(text), text


def _same_matches(fast: re.Pattern[str], plain: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
            [(m.span(), m.groupdict()) for m in plain.finditer(text)], (fast.pattern[:40], text)


def test_scans_led_by_a_class_are_the_plain_scans():
    """Each scan rewritten to be led by a character class (or a literal) against the pattern as it was written."""
    from anonymiser.text.recognisers import batch_number, handle, numbered_field, person_cues
    dotted = r"[A-Z]\.(?:[A-Z][.'\u2019-]?){1,3}"
    item = r"[A-Z]\.(?:-?[A-Z]\.){1,3}"
    cases = [
        (numbered_field._LETTERED,
         re.compile(r"(?P<id>(?:MIA(?:[ \t]?\(IMP\))?|WDA(?:\(H\))?|PLGB|PL|MA|MS|HRB|HRA|UK[ \t]GMP|CMS[ \t]?#?)[ \t]?\d{5,8}"
                    r"(?:/\d{3,4}(?:-\d{3,4})?)?|[Il]nsp[ \t]GMP(?:/GDP)?[ \t]\d{4,6}/\d{4,8}-\d{4})(?![\w/-])"),
         ["MIA", "WDA", "PLGB", "PL", "MA", "MS", "HRB", "HRA", "UK GMP", "CMS", "#", "Insp GMP", "lnsp GMP/GDP", " ",
          "\t", "12345", "123", "/", "-", "0004", "(IMP)", "(H)", "x", "M", "I"]),
        (batch_number._SHAPED_CORE, re.compile(r"\d{2}[A-Z]\d{3,6}(?![\w/-]|\.\w)"), list("0123ABZ/-.x ") + ["24K1102"]),
        (person_cues.BOOKING_NAME,
         re.compile(r"(?<![\w/])(?P<name>[A-Z][A-Z'-]+/[A-Z][A-Z'-]+(?:[ \t][A-Z][A-Z'-]+)?[ \t]+(?:MR|MRS|MS|MISS|MSTR|DR|PROF))(?![\w/])"),
         ["QUELLBRIDGE", "ORWENNA", "/", " ", "MS", "MR", "'", "-", "a", "A", "1", "\t"]),
        (person_cues.DOTTED_INITIALS_ALONE,
         re.compile(rf"(?:\|[ \t]*|\(|(?<=\bby) )(?P<name>{dotted})(?=[ \t]*\||\)|,[ \t]*\d|[ \t]+for\b)"),
         ["|", "(", ")", " ", "by", "aby", "P.", "J.", "M", "K.A-M", ",", "3", " for", "\t", "x"]),
        (person_cues.DOTTED_INITIALS_LIST,
         re.compile(rf"(?<![\w.])(?P<list>{item}(?:,[ \t]*{item}){{1,}}(?:,?[ \t]+(?:and|&)[ \t]+{item})?)"),
         ["C.", "E.", "-W.", ", ", " and ", " & ", "A.", "x", ".", "T.Z.", "S.K."]),
        (handle._SERVICE_ACCOUNT,
         re.compile(r"(?<![\w.@/\\-])(?P<handle>svc[_-][a-z0-9][a-z0-9_-]{2,40}[a-z0-9])(?![\w@/\\-])"),
         ["svc", "_", "-", "rpt", "a", "1", ".", "@", "/", "\\", " ", "xsvc"]),
    ]
    dev = _dev_texts()
    for i, (fast, plain, parts) in enumerate(cases):
        assert fast.pattern != plain.pattern
        _same_matches(fast, plain, dev + random_texts(130 + i, parts, 20000))


def test_shared_surnames_found_from_the_joining_word_are_the_plain_scan():
    from anonymiser.text.recognisers import person
    parts = [" ", "\t", "and", "&", "Oswin", "Ysoldra", "Quellbridge", "Lee-Park", "x", "Ab", "'", "-", "sand", "\n"]
    for text in _dev_texts() + random_texts(140, parts, 30000):
        assert list(person.shared_surname_matches(text)) == \
            [(m.start(), m.group("g2"), m.group("s")) for m in person._SHARED_SURNAME.finditer(text)], text


def test_speech_lines_without_a_title_or_lower_case_given_name_give_no_name():
    """The lines ``spoken_name`` skips: every name it takes starts at a spoken title or a given name in lower case."""
    from anonymiser.text.document import Document
    from anonymiser.text.recognisers import spoken_name
    doc = Document("ok so the valve was fine and the pump was checked again today\n"
                   "then we spoke to doctor quellbridge about it and the filter was swapped\n"
                   "and after that the line ran fine for the rest of the shift today\n")
    found = [doc.text[s.start:s.end] for s in spoken_name.RECOGNISER.find(doc)]
    assert found == ["quellbridge"]
    assert not spoken_name._may_lead("valve") and spoken_name._may_lead("doctor")


def test_line_start_scans_read_by_their_line_breaks_give_the_plain_groups():
    from anonymiser.text.recognisers import initials_actor, person_cues, place_context, speaker_label
    label = speaker_label._LABEL
    cases = [
        (initials_actor._ROSTER, re.compile(
            r"(?im:^[ \t>]*(?:present|attendees|attendance|attending|apologies|absent|cc|bcc|to|distribution|"
            r"circulation|invitees|participants|panel|interviewers|signatories)[ \t]*:(?P<list>[^\n]*))"),
         ["Present", "CC", "to", ":", " ", ">", "\n", "AB", ", ", "x"]),
        (place_context._LABELLED, re.compile(
            r"(?im:^[ \t]*(?:[-*\u2022][ \t]*)?(?:sites?|locations?|plants?|based)[ \t]*:[ \t]*)(?P<list>[^\n]+)"),
         ["Sites", "plant", "BASED", ":", " ", "-", "*", "\n", "Ysoldra", ", "]),
        (speaker_label._TIMED_LABEL, re.compile(
            rf"(?m:^[ \t]*(?P<bullet>[*\u2022-][ \t]*)?{label}[ \t]+\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]?[ \t]*$)"),
         ["Oswin", "Ysoldra", " ", "\t", "[", "]", "09:14", "9:14:02", "\n", "* ", "-"]),
        (person_cues.MAIL_HEADER_LINE, re.compile(
            r"(?m:^(?P<line>[ \t>]*(?:From|To|Cc|CC|Bcc|BCC|Sent[ \t]+by|Reply-To|Organi[sz]er|Required|Optional)[ \t]*:[^\n]*))"),
         ["From", "To", "Cc", "Sent by", ":", " ", ">", "\n", "Quellbridge, Oswin", ";"]),
    ]
    dev = _dev_texts()
    for i, (fast, plain, parts) in enumerate(cases):
        names = list(plain.groupindex)
        for text in dev + random_texts(150 + i, parts, 20000):
            assert [[m.span(n) for n in names] for m in fast.finditer(text)] == \
                [[m.span(n) for n in names] for m in plain.finditer(text)], (plain.pattern[:40], text)


def test_patents_tried_where_the_word_is_are_the_plain_scan():
    from anonymiser.text.document import Document
    from anonymiser.text.recognisers import patent
    fast = patent.RECOGNISER.patterns[1]
    assert fast.anchor is not None
    parts = ["patent", "PATENT", "Patent", " application", " no.", " number", " ", "GB", "12", "345", "6789", ",", "/", "x"]
    for text in _dev_texts() + random_texts(160, parts, 20000):
        assert [(m.span(), m.groupdict()) for m in fast.finditer(Document(text))] == \
            [(m.span(), m.groupdict()) for m in fast.regex.finditer(text)], text


def test_marker_words_read_from_one_scan_are_each_readers_own_scan():
    """Foreign and Welsh lines read their marker words from one scan for both: the same starts as each one's scan."""
    from anonymiser.text import languages, welsh
    from anonymiser.text.normalise import lower_view
    foreign, welsh_words = languages.function_words(), welsh._marker_words()
    parts = sorted(foreign)[:40] + sorted(welsh_words)[:30] + [" ", "x", "1", "_", "-", "\u00e9", "\n", "'", "am", "yn", "und"]
    for text in [lower_view(t) for t in _dev_texts()] + random_texts(170, parts, 20000, longest=15):
        assert languages.marker_starts(text, foreign) == [m.start() for m in languages._marker().finditer(text)], text
        assert languages.marker_starts(text, welsh_words) == [m.start() for m in welsh._marker().finditer(text)], text


def test_runs_of_capitalised_words_with_letters_never_given_back_are_the_plain_runs():
    from anonymiser.text.recognisers import person_cues as cues
    word = rf"(?:[{cues.UP}]{cues.WORD_REST})"
    rest = rf"(?:(?:{cues.GAP}[A-Z]\.)?{cues.GAP}{cues.PARTICLE}{{0,2}}{word})"
    plain = re.compile(rf"[{cues.UP}](?:{cues._TITLE_REST}\.[ \t]+{word}{rest}{{0,4}}|{cues.WORD_REST}{rest}{{1,4}})")
    assert plain.pattern != cues.RUN.pattern
    parts = ["Ysoldra", "Quellbridge", "O'", "D'", "Mc", "van", "der", "Ó", "Ní", "bh", "al-", "Dr", "Mrs", ".", " ", "\t",
             "\n", "-", "a", "\u0101", "\u0100", "\u1e01", "\u0142\u0141", "\u00e9", "X", "J.", "x1", "'"]
    for text in _dev_texts() + random_texts(180, parts, 40000):
        assert [m.span() for m in cues.RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_spelled_names_and_listed_initials_led_by_a_class_are_the_plain_scans():
    from anonymiser.text.recognisers import initials_actor, spoken_name
    token, end = initials_actor._TOKEN, initials_actor._END
    cases = [
        (spoken_name._SPELLED, re.compile(r"(?<![\w'\u2019-])[A-Za-z](?:(?P<sep>[ -])[A-Za-z])(?:(?P=sep)[A-Za-z]){2,}(?![\w-])"),
         list("abXY -_1\n") + ["k a m", "t-a-d"]),
        (initials_actor._LISTED, re.compile(
            rf"\b(?:between|with|by|from|cc|attendees:|present:)[ \t]+(?P<list>{token}{end}(?:,[ \t]*{token}{end})+"
            rf",?[ \t]+(?:and|&)[ \t]+{token}{end})"),
         ["between", "with", "by", "from", "cc", "attendees:", "present:", "xby", " ", "AB", "CD", ", ", " and ", "&", "x"]),
    ]
    dev = _dev_texts()
    for i, (fast, plain, parts) in enumerate(cases):
        assert fast.pattern != plain.pattern
        _same_matches(fast, plain, dev + random_texts(190 + i, parts, 20000))


def test_role_keys_grouped_by_first_letter_are_the_plain_scan():
    from anonymiser.text.recognisers import handle
    plain = re.compile(r"[B_OoAaRr](?:(?<=B)y|(?<=_)by|(?i:(?<=o)wner|(?<=a)ssignee|(?<=a)ssigned[ _]?to|(?<=a)uthor|"
                       r"(?<=a)pprover|(?<=r)eviewer|(?<=o)perator|(?<=r)equester|(?<=r)equestor))"
                       r"(?:[\"']?[ \t]*[:=]|[ \t][^<>\n]*>|>)")
    parts = ["By", "_by", "owner", "OWNER", "assignee", "assigned_to", "assigned to", "assignedto", "Author", "approver", "reviewer",
             "operator", "requester", "requestor", "\"", "'", " ", ":", "=", ">", "<", "x", "\n", "a", "o", "r"]
    _same_matches(handle._ROLE_KEY_END, plain, _dev_texts() + random_texts(200, parts, 30000))
