"""The shortcuts taken for throughput give what the plain computations give.

Each test keeps the plain form (the pattern or algorithm before it was made fast) as the reference
and compares on the development texts of the evaluation corpus, on texts with misspelt declared terms
and on random strings built from the characters the patterns care about. A failure names a corpus text
by its file and offset, never printing it (see ``dev_corpus``).
"""
import dataclasses
import inspect
import random
import re

import phonenumbers
import pytest
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from anonymiser.text import engine
from anonymiser.text.document import Aliases, Document
from anonymiser.text.learn import learn
from anonymiser.text.normalise import normalise
from anonymiser.text.policy import Policy
from anonymiser.text.recognisers import (address, email, handle, identifier_list, initials_actor, money, organisation_context, person,
                                         person_cues, phone, place_context, product_context, quantity, speaker_label, url)
from anonymiser.text.recognisers.date import _PATTERNS as DATE_PATTERNS
from anonymiser.text.recognisers.registry import build, get
from anonymiser.text import residual
from anonymiser.text.residual import residual_warnings
from anonymiser.text.resolve import resolve
from anonymiser.text.result import Finding
from anonymiser.text.spans import Span
from anonymiser.text.termmatch import _WORD, compact, misspellings
from anonymiser.text.spans import entity_key
from tests.anonymiser.dev_corpus import CorpusText, assert_each_same, assert_same, dev_cases, dev_texts, where

_TOKENS = ("1", "2", "12", "31", "45", "2023", "0", "00", "9", ",", ".", "/", "-", " ", " ", "\t", "\n", "£", "$",
           "m", "bn", "million", "pounds", "March", "Mar", "of", "th", "A", "AB", "Z", "x", "Unit", "Road", "Park",
           "Business", "Industrial Estate", "Oak", "SK10", "2NA", "GIR", "AZD", "MK", "SOP", "QA", "(", ")", "+44",
           "07", "@", "at", "[", "]", "dot", "é", "L", "kg", "'", "s", "Ab", "ab", "IT", "ISO", "_", "Building", "Block",
           "Plot", "Street", "Carrow", "4B", "١٢", "regards", "best", " wishes", "thanks", "many", "thank you", "cheers",
           "warm", "yours", "!", "?", "Jo Bloggs", "said", "Head", "(left)", "jo@acme.com", ":", "<at>", "[@]", "&#64;",
           "&#x40;", "\\u0040", "&")


def _texts(lower: bool = False) -> list[str]:
    rng = random.Random(11)
    corpus = dev_texts(lambda text: normalise(text).lower() if lower else normalise(text))
    fuzz = ["".join(rng.choice(_TOKENS) for _ in range(rng.randint(1, 30))) for _ in range(4000)]
    return corpus + [text.lower() if lower else text for text in fuzz]


def _matches(regex: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in regex.finditer(text)]


_MONEY_NUMBER = (r"(?P<num>(?<!\d)(?<!\d[.,'\u00a0\u202f ])\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d{1,2})?(?![\d,.])|\d{1,3}(?:'\d{3})+(?:\.\d{1,2})?"
                 r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+,\d{1,2}(?![\d,])|\d+(?:\.\d+)?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_PLAIN_ADDRESS = (rf"(?:(?:Unit|Building|Block|Plot)[ \t]+\w+,?[ \t]+(?:\d{{1,4}}[A-Za-z]?,?[ \t]+)?|\d{{1,5}}[A-Za-z]?,?[ \t]+)"
                  rf"(?:[A-Z][a-z]+[ \t]+){{1,3}}"
                  rf"(?:{address._STREET})\b")
_PLAIN_SITE = rf"(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{address._SITE})\b"
_INITIALS = r"[A-Z](?:[a-z]?[A-Z]){1,3}"
_PLAIN_SIGN_OFF = r"(?:regards|best wishes|best|thanks|cheers|many thanks|sincerely|yours|warm regards)[ \t]*,?[ \t]*\n+[ \t]*"
_PLAIN_AND_FAST = [
    (r"(?:(?<![\w/.-])|(?<=[a-z]://))(?:\+|00)?\(?\d[\d \t().-]{7,18}\d(?![\w/-]|\.\d)", phone._CANDIDATE, False),
    (r"@|[\[({<][ \t]*(?:at|@)[ \t]*[\])}>]|&#(?:64|x40);|\\u0040", email._AT, True),
    (r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", quantity._NUMBER, False),
    (money._patterns((), ("euros", "eur", "€"))[0].pattern.replace(money._NUMBER, _MONEY_NUMBER),
     money._patterns((), ("euros", "eur", "€"))[0], True),
    (DATE_PATTERNS[0].pattern.replace(DATE_PATTERNS[0].pattern.split("(?:[ \\t]+of)")[0], _DAY), DATE_PATTERNS[0], False),
    (r"(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)[ \t]?\d[ABD-HJLNP-UW-Z]{2}\b", get("postcode").patterns[0].regex, False),
    (_PLAIN_ADDRESS, get("address").patterns[0].regex, False),
    (_PLAIN_SIGN_OFF, person_cues.SIGN_OFF, True),
    (r"[0-9]+", residual._DIGITS, False),
    (rf"(?<![\w/])(?P<h>{_INITIALS})[ \t]?/[ \t]?(?P<i>{_INITIALS})(?![\w&'\u2019=-])", initials_actor._SLASH, False),
    (rf"(?<![\w&]){_INITIALS}(?![\w&'\u2019=-])", initials_actor._ANY, False),
    (r"(?<![\w-])(?i:photos?|photographs?|photography|pictures?|words|credits?|illustrations?)[ \t]*:"
     r"(?=(?P<list>[^\n]*))", initials_actor._CREDITS, False),
    (r"(?<![\w.])(?P<first>[A-Z])\.[ \t]?(?:[A-Z]\.[ \t]?)?[A-Z][a-z'\u2019-]+(?:-[A-Z][a-z]+)?"
     rf"[ \t]+\((?P<i>{initials_actor._TOKEN}){initials_actor._END}\)", initials_actor._AFTER_INITIAL_AND_SURNAME, False),
    (r"(?:[^\s<>\"'()\[\]]|\[[.:]\])*[^\s<>\"'()\[\].,;:!?]", url._URL_REST, False),
]


@pytest.mark.parametrize("plain, fast, lower", _PLAIN_AND_FAST)
def test_patterns_rewritten_to_start_with_a_character_class_match_as_the_plain_ones(plain, fast, lower):
    plain_regex = re.compile(plain)
    assert plain_regex.pattern != fast.pattern
    for text in _texts(lower):
        assert_same(_matches(fast, text), _matches(plain_regex, text), text, plain)


def test_residual_warnings_are_those_of_the_plain_token_scan(monkeypatch):
    texts = _texts()
    fast = [residual_warnings(text, Policy().allow) for text in texts]
    plain_checks = list(residual._CHECKS)
    plain_checks[1] = (re.compile(r"[A-Z]{2,6}s?(?![\w\]-])"),) + plain_checks[1][1:]
    plain_checks[2] = (re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*"),) + plain_checks[2][1:]
    monkeypatch.setattr(residual, "_CHECKS", tuple(plain_checks))
    assert_each_same(texts, fast, [residual_warnings(text, Policy().allow) for text in texts])
    assert sum(w.kind == "code" for found in fast for w in found) >= 20


def _misspellings_pairwise(terms: dict[str, str], view: str) -> dict[str, str]:
    """The plain algorithm: each term against every candidate n-gram, one ``extract`` call each."""
    words = _WORD.findall(view)
    out: dict[str, str] = {}
    by_size: dict[int, set[str]] = {}
    initials = {term[0] for term in terms if term}
    for term in terms:
        size = term.count(" ") + 1
        solid = term.replace(" ", "")
        if len(solid) < 5 or size > 4:
            continue
        if size not in by_size:
            by_size[size] = set(words) if size == 1 else {
                " ".join(words[i:i + size]) for i in range(len(words) - size + 1) if words[i][0] in initials}
        limit = 1 if len(solid) < 9 else 2
        hits = process.extract(term, list(by_size[size]), scorer=Levenshtein.distance, score_cutoff=limit, limit=None)
        for found, _, _ in hits:
            if found != term and len(found) >= 4 and (found[0].isalpha() or found[0] in "01358"):  # (a scan's digit for a letter)
                out.setdefault(found, term)
    return out


def _misspelt(text: str, terms: list[str], rng: random.Random) -> str:
    for term in terms:
        if len(term) < 5:
            continue
        i = rng.randrange(1, len(term) - 1)
        variant = rng.choice((term[:i] + term[i + 1:], term[:i] + "x" + term[i:], term[:i] + "q" + term[i + 1:],
                              term[:i] + term[i + 1] + term[i] + term[i + 2:]))
        text = text.replace(term, variant, 1)
    return text


def test_misspellings_found_in_one_pass_are_those_found_term_by_term():
    rng = random.Random(5)
    compared = 0
    for case in dev_cases():
        if not case.terms:
            continue
        terms = {compact(t): entity_key(t) for t in case.terms}
        terms.update({compact(w): entity_key(w) for t in case.terms for w in t.split()[:1]})
        view = Document(normalise(_misspelt(case.text, list(case.terms), rng))).compact.text
        expected = _misspellings_pairwise(terms, view)
        assert_same(misspellings(terms, view), expected, CorpusText(view, case.name))
        compared += bool(expected)
    assert compared >= 10  # the corpus does exercise near-misses


def test_second_pass_names_dropped_early_are_ones_resolution_drops():
    policy = Policy()
    recognisers = build(policy.recognisers)
    for case in dev_cases():
        text = CorpusText(normalise(case.text), case.name)
        terms = tuple(sorted({normalise(t).strip() for t in case.terms}))
        doc = Document(text, terms, Aliases(), term_labels=engine._term_labels(terms, recognisers))
        kept = engine.allowed_stretches(doc.lower, policy.allow)
        first = engine._detect(doc, recognisers, policy, kept, second=False)
        learn([doc], [first])
        everything = engine._detect(doc, recognisers, policy, kept, second=True)
        shortcut = engine._detect(doc, recognisers, policy, kept, second=True, shadow=engine._shadow(first))
        shortcut_adds_nothing = len(shortcut) <= len(everything)
        assert shortcut_adds_nothing, where(text)
        assert_same(resolve(first + shortcut), resolve(first + everything), text)


def test_addresses_found_with_the_street_word_precheck_and_the_fast_pattern_are_those_of_the_plain_ones():
    recogniser = get("address")
    plain = dataclasses.replace(recogniser, patterns=(
        dataclasses.replace(recogniser.patterns[0], requires=None, regex=re.compile(_PLAIN_ADDRESS)),
        dataclasses.replace(recogniser.patterns[1], requires=None, regex=re.compile(
            r"(?:[A-Z][a-z]+[ \t]+){1,3}(?:Business[ \t]Park|Industrial[ \t]Estate|Science[ \t]Park|Trading[ \t]Estate|"
            r"Technology[ \t]Park|Enterprise[ \t]Zone|Ind\.?[ \t]Est|Trad\.?[ \t]Est|Bus\.?[ \t]Pk)\b")),
        dataclasses.replace(recogniser.patterns[2], requires=None, regex=re.compile(
            _PLAIN_SITE)),
    ))
    rng = random.Random(3)
    def address() -> str:
        return (rng.choice(("", "Unit 4, ", "Building B ", "Block 7B,\t", "Plot x ", "Unitary 3 ", "U ", "at "))
                + rng.choice(("12", "7B", "\u0661\u0662", "12345", "1234", "4 ", "", "3a")) + rng.choice((" ", ", ", "\t", "", "\n"))
                + " ".join(rng.choice(("Carrow", "Old", "Mill", "old", "P")) for _ in range(rng.randint(0, 4)))
                + " " + rng.choice(("Road", "Lane", "Business Park", "Parkway", "Roads", "Ind. Est.", "Bus Pk")))

    texts = _texts() + ["Unit 4, 12 Carrow Road", "Plot 7 Tarn Side Business Park", "at 3 Old Mill Lane today",
                        "Block B, 45A Station Road", "Building 7 3 Old Mill Lane"] + [
        " ".join(address() for _ in range(rng.randint(1, 3))) for _ in range(3000)]
    found = [list(recogniser.find(Document(text))) for text in texts]
    assert_each_same(texts, found, [list(plain.find(Document(text))) for text in texts])
    assert sum(map(len, found)) >= 100


def test_sign_off_words_found_from_their_word_are_those_of_the_plain_scan():
    rng = random.Random(8)
    parts = ("", "\n", ". ", "!  ", "?\t", "x", " ", ".", "thanks", "many thanks", "thank you", "best", "best wishes",
             "warm regards", "regards", "yours", ",", ", ", ",\t", "jo", "ok")
    texts = _texts(lower=True) + ["thanks, jo", "ok.  many thanks, jo", "\n\t best wishes,x", "x.thanks, a"] + [
        "".join(rng.choice(parts) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    found = [[m.span() for m in person.inline_sign_off_words(text)] for text in texts]
    assert_each_same(texts, found, [[m.span() for m in person_cues.INLINE_SIGN_OFF_WORD.finditer(text)] for text in texts])
    assert sum(map(len, found)) >= 100


def test_one_pattern_for_the_cues_after_a_name_picks_the_first_cue_that_matches():
    compared = 0
    for text in _texts():
        for end in range(len(text) + 1):
            first = next(((c, r) for regex, c, r in person_cues.AFTER if regex.match(text, end)), None)
            match = person_cues.ANY_AFTER.match(text, end)
            assert_same(person_cues.AFTER[int(match.lastgroup[1:])][1:] if match else None, first, text, at=end)
            compared += first is not None
    assert compared >= 100


def test_patterns_built_on_the_fast_name_word_match_as_with_the_plain_one():
    rng = random.Random(4)
    parts = ("O'", "D'", "O", "D", "Brien", "Arcy", "Mc", "Donald", "Mac", "an", "tSaoir", "Anne", "-", "Marie", "J.", "K.",
             " ", "\t", "\n", ",", " and ", "said", "1", "Ó", "Ní", "Bharave", "é", "Łukasz", "@", "—", "(", ")", ":",
             "Regards,\n", "Dr. ", "Smith", "van", "der", "Berg", "Lars-Erik", "O'neil", "D'Stotts", "'")
    texts = _texts() + ["".join(rng.choice(parts) for _ in range(rng.randint(1, 16))) for _ in range(3000)]
    compared = 0
    for name, regex in sorted(vars(person_cues).items()):
        if not isinstance(regex, re.Pattern) or person_cues.WORD not in regex.pattern:
            continue
        plain = re.compile(regex.pattern.replace(person_cues.WORD, person_cues.PLAIN_WORD), regex.flags)
        for text in texts:
            assert_same(_matches(regex, text), _matches(plain, text), text, name)
            compared += bool(_matches(regex, text))
    assert compared >= 500


def test_codes_found_in_the_tokens_with_a_digit_are_those_of_the_whole_scan():
    regex = residual._CHECKS[2][0]
    rng = random.Random(6)
    parts = ("AB", "x", "7", "-", "--", " ", "\n", "Z9", "q", ".", "[", "]", "ISO", "9001", "_", "é", "١", "B-12", "a1", "\u2014",
             "\U0001f44f", "\u00b2")
    texts = _texts() + ["".join(rng.choice(parts) for _ in range(rng.randint(1, 12))) for _ in range(4000)]
    found = [[m.span() for m in residual.code_matches(regex, text)] for text in texts]
    assert_each_same(texts, found, [[m.span() for m in regex.finditer(text)] for text in texts])
    assert sum(map(len, found)) >= 1000


def test_misspellings_in_texts_with_fewer_words_than_a_term_are_those_found_term_by_term():
    terms = {"northfield biologics": "northfield biologics", "kestrel moor pharma": "kestrel moor pharma", "acmeflow": "acmeflow"}
    for view in ("", "hi", "northfeld", "northfeld biologcs", "kestrel mor", "acmeflw now"):
        assert misspellings(terms, view) == _misspellings_pairwise(terms, view), view
    assert misspellings(terms, "northfeld biologcs") == {"northfeld biologcs": "northfield biologics"}


def test_runs_of_capitalised_words_found_from_their_capital_are_those_of_the_plain_scan():
    rest = rf"(?:(?:{person_cues.GAP}[A-Z]\.)?{person_cues.GAP}{person_cues.PARTICLE}{{0,2}}{person_cues.WORD})"
    # (a title with its full stop leads a run of one word more: "Mrs. Rueda")
    plain = re.compile(rf"(?=[{person_cues.UP}])(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|St|Sra|Mme)\.[ \t]+{person_cues.WORD}{rest}{{0,4}}"
                       rf"|{person_cues.WORD}{rest}{{1,4}})")
    rng = random.Random(9)
    parts = ("Dr", "Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "Mx.", "St.", "Sra.", "Mme.", "Mrs", "D", "P", "M", "S", ". ", " ", "\t", "\n",
             "Jo", "O'Brien", "D'Arcy", "Ann-Marie", "McDonald", "van", "der", "Mac an", "t", "Ó", "J.", "x", "1", "é", "Ólafur")
    texts = _texts() + ["Dr. Jo Bloggs", "Mrs. Ann Smith and Mr.  Jo O'Brien", "St. Helens Road", "Prof.\tD'Arcy van der Berg",
                        "Mrs Jo Smith", "Mrs.Jo Smith"] + [
        " ".join(rng.choice(parts) for _ in range(rng.randint(1, 10))) for _ in range(4000)]
    found = [[m.span() for m in person_cues.RUN.finditer(text)] for text in texts]
    assert_each_same(texts, found, [[m.span() for m in plain.finditer(text)] for text in texts])
    assert sum(1 for spans in found for s in spans) >= 1000
    assert any(text.startswith("Dr. ") and spans and spans[0][0] == 0 for text, spans in zip(texts, found))


@pytest.mark.parametrize("cls", [Span, Finding])
def test_hand_written_init_takes_the_declared_fields_in_order_with_their_defaults(cls):
    declared = [(f.name, inspect.Parameter.empty if f.default is dataclasses.MISSING else f.default)
                for f in dataclasses.fields(cls)]
    taken = [(p.name, p.default) for p in list(inspect.signature(cls.__init__).parameters.values())[1:]]
    assert taken == declared
    made = cls(*range(len(declared)))
    assert [getattr(made, name) for name, _ in declared] == list(range(len(declared)))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]


def _generated(parts: tuple[str, ...], seed: int, count: int = 5000) -> list[str]:
    rng = random.Random(seed)
    return _texts() + ["".join(rng.choice(parts) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def test_codes_listed_together_found_from_the_first_character_are_those_of_the_plain_pattern():
    code = identifier_list._CODE
    plain = re.compile(rf"(?=[A-Z0-9])(?<![\w-])(?P<a>{code})(?=(?:[ \t]*[,\u2013][ \t]*|[ \t]+(?:and|&|or|to|through)[ \t]+|"
                       rf"[ \t]*/[ \t]*)(?P<b>{code})(?![\w-]))")
    texts = _generated(("A", "AB", "ARD", "SOP", "QA", "1", "16", "24", "031", "0211", "B", "-", "--", "_", " ", ", ",
                        " and ", " to ", "/", " / ", "\u2013", "x", "\u00e9", "\u0661\u0662", "24B118", "LY", "Z9", "\n", "ARX17-25-044",
                        "24B119", "SOP-QA-0214", "AB1234", "ABCDE12"), 12)
    found = [_matches(identifier_list._PAIR, text) for text in texts]
    assert_each_same(texts, found, [_matches(plain, text) for text in texts])
    assert sum(map(len, found)) >= 100


def test_possessed_staff_and_capitalised_systems_found_from_a_leading_class_are_those_of_the_plain_patterns():
    owned = re.compile(rf"(?:['\u2019]s|,[ \t]+whose)[ \t]+{organisation_context._OWNS}")
    system = re.compile(rf"[A-Z]{{6}}[ \t]+{product_context._CAPITALS_SYSTEM}")
    texts = _generated(("Acme", "'s", "\u2019s", "'", "s", ",", ", whose", " whose", " ", "\t", "engineers", "team", "labs",
                        "CELLTRAK", "ABCDE", "X", " tracking", " system", "x"), 13, count=15000)
    systems = next(p.requires for p in product_context.RECOGNISER.patterns
                   if p.requires is not None and product_context._CAPITALS_SYSTEM in p.requires.pattern)
    for plain, fast in ((owned, organisation_context._OWNED), (system, systems)):
        found = [_matches(fast, text) for text in texts]
        assert_each_same(texts, found, [_matches(plain, text) for text in texts])
        assert sum(map(len, found)) >= 100


def _named_groups(matches) -> list[dict[str, tuple[tuple[int, int], str | None]]]:
    return [{name: (m.span(name), m.group(name)) for name in m.re.groupindex} for m in matches]


@pytest.mark.parametrize("pattern", [speaker_label._COLON_LABEL, initials_actor._LINE_START, place_context._DATELINE],
                         ids=["speaker label", "initials at a line start", "dateline"])
def test_patterns_at_line_starts_found_from_the_line_breaks_are_those_of_the_plain_scan(pattern):
    texts = ["", "\n", "\n\n", "Jo: hi", "\nJo: hi", "Jo: hi\nAl: yo\n", "AK to send\n- TW reported it", "x\n\nJo:"] + _generated(
        ("\n", "\n", " ", "\t", "Jo", "Jo Bloggs", ":", ": ", "[09:14] ", "09:14 ", "- ", "* ", "> ", "AK", "TW", " to ", " reported",
         "Penrith", ", Cumbria", " \u2014 ", "12 March 2024", "x", "http://a", "3. "), 14, count=8000)
    found = [_named_groups(pattern.finditer(text)) for text in texts]
    assert_each_same(texts, found, [_named_groups(pattern.first_line.finditer(text)) for text in texts])
    assert sum(map(len, found)) >= 50


def test_role_key_ends_found_from_a_class_of_first_letters_are_those_of_the_plain_alternation():
    plain = re.compile(r"(?:By|_by|(?i:owner|assignee|assigned[ _]?to|author|approver|reviewer|operator|requester|requestor))"
                       r"(?:[\"']?[ \t]*[:=]|[ \t][^<>\n]*>|>)")
    texts = _generated(("By", "by", "_by", "_BY", "owner", "OWNER", "Owner", "assignee", "assigned_to", "Assigned to", "AssignedTo", "author",
                        "Approver", "reviewer", "OPERATOR", "requester", "Requestor", "created", "x", " ", ":", "=", '"',
                        "'", ">", "<a b>", "\t", "\n", "B", "y", "o", "wner"), 21, count=15000)
    found = [_matches(handle._ROLE_KEY_END, text) for text in texts]
    assert_each_same(texts, found, [_matches(plain, text) for text in texts])
    assert sum(map(len, found)) >= 1000


def _plain_far_abroad(doc: Document, start: int, candidate: str) -> tuple[phonenumbers.PhoneNumber, float] | None:
    """A number written at home further away, straight after its word or a letter label: read afresh."""
    if not (phone._PHONE_WORD_RIGHT_BEFORE.search(doc.lower, max(0, start - 24), start)
            or phone._LETTER_LABEL.search(doc.text, max(0, start - 3), start)
            or phone._LETTER_LABEL_MARKED.search(doc.text, max(0, start - 4), start)):
        return None
    far = phone._national_far_abroad(candidate)
    return (far, 0.7) if far is not None else None


def _plain_phone_number(doc: Document, start: int, candidate: str) -> tuple[phonenumbers.PhoneNumber, float] | None:
    """The phone recogniser's reading of a candidate as it was before readings were kept: parsed wherever it is written."""
    if sum(ch.isdigit() for ch in candidate) < 9 or phone._looks_like_date_or_range(candidate):
        return _plain_far_abroad(doc, start, candidate)
    try:
        number = phonenumbers.parse(candidate, "GB")
    except phonenumbers.NumberParseException:
        return _plain_far_abroad(doc, start, candidate)
    confidence = phone._confidence(candidate, number)
    if confidence == 0.0 and phone._IRISH_NON_GEOGRAPHIC.match(candidate):
        number = phonenumbers.parse(candidate, "IE")
        confidence = 0.9 if phonenumbers.is_valid_number(number) else 0.0
    if confidence == 0.0 and (phone._NORTH_AMERICAN.fullmatch(candidate) or phone._NORTH_AMERICAN_WITH_ONE.fullmatch(candidate)):
        number = phonenumbers.parse(candidate, "US")
        confidence = 0.9 if phonenumbers.is_valid_number(number) else 0.0
    if confidence == 0.0 and phone._DIALLED_FROM_NORTH_AMERICA.match(candidate):
        abroad = phone._parsed("+" + candidate[3:].lstrip(), None)
        if abroad is not None and phonenumbers.is_valid_number(abroad):
            number, confidence = abroad, 0.9
    said = bool(phone._PHONE_WORD.search(doc.lower, max(0, start - 24), start)
                or phone._LETTER_LABEL.search(doc.text, max(0, start - 3), start))
    uk_length = 10 <= sum(ch.isdigit() for ch in candidate) <= 15
    if confidence == 0.0 and uk_length and (
            candidate.startswith("+") or phone._UK_SHAPED.fullmatch(candidate)
            or candidate.lstrip("(").startswith("0") and said):
        confidence = 0.7
    elif confidence == 0.0 and not (uk_length and candidate.lstrip("(").startswith("0")) and (
            phone._PHONE_WORD_RIGHT_BEFORE.search(doc.lower, max(0, start - 24), start)
            or phone._LETTER_LABEL.search(doc.text, max(0, start - 3), start)
            or phone._LETTER_LABEL_MARKED.search(doc.text, max(0, start - 4), start)) \
            and (abroad := phone._national_abroad(candidate)) is not None:
        number, confidence = abroad, 0.7
    elif confidence == 0.0 and not (uk_length and (candidate.startswith("+") or phone._UK_SHAPED.fullmatch(candidate)
                                                   or candidate.lstrip("(").startswith("0"))) \
            and phone._national_abroad(candidate) is None:
        return _plain_far_abroad(doc, start, candidate)  # (a number written at home further away)
    return (number, confidence) if confidence else None


class _PlainReadings:
    """``phone._Readings`` without its memory: each candidate read afresh, the key taken from the last number found."""

    def __init__(self) -> None:
        self._last: phonenumbers.PhoneNumber | None = None

    def number(self, doc: Document, start: int, candidate: str) -> float | None:
        found = _plain_phone_number(doc, start, candidate)
        if found is None:
            return None
        self._last = found[0]
        return found[1]

    def key(self, candidate: str) -> str:
        return phonenumbers.format_number(self._last, phonenumbers.PhoneNumberFormat.E164)


def test_phone_numbers_read_once_per_document_are_those_read_wherever_they_are_written(monkeypatch):
    parts = ("0", "00", "+", "+44 ", "(0)", "(", ")", " ", " ", "\t", ".", "-", "07700", "01632", "960", "0163", "2960",
             "01234", "9008", "(24 h)", " (24", "ring me on ", "phone: ", "fax ", "Batch ", "(610) 555-0148", "555", "2019-2024",
             "2024-09-03", " ext 12", ",,618224903#", "O", "l", "I", "\n", "44", "1800", "180020", "1", "9", "123456", "x",
             "T ", "011 ", "1-800-", "212.555.", "0151 ", "91 234 56 78")
    rng = random.Random(17)
    generated = ["".join(rng.choice(parts) for _ in range(rng.randint(1, 16))) for _ in range(6000)]
    # (each candidate again elsewhere, after a word for a telephone or not: a reading kept must not keep its place)
    texts = _texts() + generated + [f"{a} {b}. {a}\ncall {a}. {b}" for a, b in zip(generated, generated[1:])]
    found = [list(phone.RECOGNISER.find(Document(text))) for text in texts]
    monkeypatch.setattr(phone, "_Readings", _PlainReadings)
    assert_each_same(texts, found, [list(phone.RECOGNISER.find(Document(text))) for text in texts])
    assert sum(map(len, found)) >= 2000
    assert sum(s.confidence == 0.7 for spans in found for s in spans) >= 100
    assert sum(not s.key.startswith("+44") for spans in found for s in spans) >= 100  # (numbers abroad read too)


def _plain_misread_groups(text: str) -> list[tuple[int, int]]:
    return sorted({m.span() for hit in phone._MISREAD.finditer(text)
                   for m in phone._MISREAD_TOKEN.finditer(text, max(0, hit.start() - 6), hit.end() + 6)
                   if m.start() <= hit.start() < m.end() and m.group().translate(phone._AS_DIGITS) != m.group()})


def test_misread_groups_matched_from_the_run_before_each_pair_are_those_searched_for_around_it():
    texts = _generated(("0", "1", "5", "l", "O", "I", "Il", "0l539", "72O", "I1O", "4I6", "x", "a", "_", " ", "\n", ".", "-",
                        "\u0661", "12345", "1234567"), 23, count=20000)
    found = [phone._misread_groups(text) for text in texts]
    assert_each_same(texts, found, [_plain_misread_groups(text) for text in texts])
    assert sum(map(len, found)) >= 1000


def test_the_uk_plans_are_those_the_phone_recogniser_counts_on_to_skip_numbers_too_long_for_them():
    uk = phonenumbers.PhoneMetadata.metadata_for_region("GB")
    assert (uk.country_code, uk.international_prefix, uk.national_prefix_for_parsing) == (44, "00", "0|180020")
    assert uk.national_prefix_transform_rule is None
    descriptions = [phonenumbers.PhoneMetadata.metadata_for_region(region).general_desc
                    for region in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[44]]
    assert max(max(d.possible_length + d.possible_length_local_only) for d in descriptions) == phone._LONGEST_UK_NUMBER


def test_candidates_too_long_for_a_uk_number_are_neither_valid_nor_possible_to_phonenumbers():
    rng = random.Random(29)
    parts = ("0", "00", "1", "4", "44", "180020", "1800", "9", "12", "345", "6789", " ", "\t", "(", ")", ".", "-", "+", "\u0661")
    candidates = ["".join(rng.choice(parts) for _ in range(rng.randint(4, 14))) for _ in range(30000)]
    skipped = parsed = 0
    for candidate in candidates:
        if not phone._too_long_for_a_uk_number(candidate):
            continue
        skipped += 1
        try:
            number = phonenumbers.parse(candidate, "GB")
        except phonenumbers.NumberParseException:
            continue
        parsed += 1
        assert not phonenumbers.is_valid_number(number) and not phonenumbers.is_possible_number(number), candidate
    assert skipped >= 3000 and parsed >= 1000
    assert not phone._too_long_for_a_uk_number("01236 814 500")  # (ten digits after its "0")
    assert phone._too_long_for_a_uk_number("01236 814 500 2") and phone._too_long_for_a_uk_number("(24 01236 814 500")
    assert not any(phone._too_long_for_a_uk_number(c) for c in ("+441236 814 500 24", "441236 814 500 24", "0044 1236 814 500"))
