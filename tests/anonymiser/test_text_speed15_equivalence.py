"""The speed15 shortcuts give what the plain forms give, on the development texts and on random strings built
from the characters each shortcut cares about. (Development texts only: a failing assertion names its file.)"""
from __future__ import annotations

import copy

from anonymiser.text import learn
from anonymiser.text.document import Aliases
from anonymiser.text.engine import first_pass
from anonymiser.text.name_forms import derived_initials
from anonymiser.text.recognisers import person_model
from anonymiser.text.recognisers.person import initials_match

from tests.anonymiser.dev_corpus import dev_texts, random_texts


def test_a_nickname_in_quotes_before_a_name_is_looked_for_only_where_a_quotation_mark_closes_before_it():
    parts = list("\"'\u201c\u201d\u2018\u2019 \t\n|(,;:aZ") + ["Kestrow", "Big Tam", "\"Tamsyn\" ", "'Ravelle'  ", "\u201cBo\u201d\t",
                                                           "\"Quennoch\" \n", "Bellamire", "\u2018Al Bo\u2019 "]
    for text in list(dev_texts()) + random_texts(151, parts, 20000):
        for start in range(len(text) + 1):
            if learn._NICKNAME_BEFORE.search(text, max(0, start - 24), start):
                assert learn._quote_before(text, start), (text, start)


_INVENTED = [
    "Tamsyn Kestrow (TK) chaired. Tamsyn Kestrow agreed; TK to send the plan. Dr Tamsyn Kestrow signed.",
    "Owners: RB Ravelle Bellamire; Ravelle Bellamire and Quennoch Arvale met Ravelle Bellamire again.\n"
    "QA Lead: Quennoch Arvale (QA)\nQuennoch Arvale, Head of Quality, said so. Quennoch Arvale (QA) agreed.",
    "Pemberick Oskarine met Oskarine Pemberick. Pemberick Oskarine (PO) raised the PO. P.O. signed for Pemberick Oskarine.",
]


def test_teaching_a_mentions_initials_once_leaves_nothing_a_second_teaching_would_add():
    """``learn`` teaches the initials of each (mention, person) once: teaching them again afterwards changes no alias,
    so the mentions it passes over would have taught nothing."""
    texts = _INVENTED + dev_texts()[:60]
    for text in texts:
        doc, spans = first_pass(text)
        doc.aliases = Aliases()
        learn.learn([doc], [spans])
        before = copy.deepcopy((doc.aliases.by_alias, doc.aliases.acronym_initials, doc.aliases.capitals_only))
        for span in spans:  # (those ``learn`` reads the initials of: people found surely, with none beside them)
            if span.category == "person" and not person_model.unsure(span) \
                    and not initials_match(doc.text, span.start, span.end):
                derived_initials(doc.text[span.start:span.end], span.key, doc.aliases)
        after = (doc.aliases.by_alias, doc.aliases.acronym_initials, doc.aliases.capitals_only)
        assert after == before, getattr(text, "source", text)


def test_cues_before_a_name_are_searched_only_in_windows_ending_as_they_end():
    """A window is searched for a cue of ``BEFORE`` only when it ends as the cue does (a colon, a line break, a word
    and spaces): every window a cue matches is one so tried, on the development texts and on random windows."""
    from anonymiser.text.recognisers import person
    from anonymiser.text.recognisers import person_cues as cues
    words = ["dr", "dr.", "prof", "said", "according to", "thanks", "ceo", "ceo,", "head", "contact", "owner", "by",
             "hi", "dear", "regards", "best wishes", "cheers", "sincerely", "x"]
    parts = words + [" ", "  ", "\t", "\n", "\n\n", ":", ",", ".", ";", "(", "- ", "*", "a", "Q"]
    windows = [text[max(0, at - 60):at].rstrip("*_") for text in dev_texts(str.lower) for at in range(0, len(text), 7)]
    for window in windows + random_texts(152, parts, 40000, longest=12):
        endings = person._endings(window)
        for regex, _, _, _ in cues.BEFORE:
            if regex.search(window):
                assert person._BEFORE_ENDING[regex] in endings, (window, regex.pattern[-40:])


def test_an_alias_in_its_looked_up_form_is_its_own_form():
    """``Aliases.add_clipped`` stores the form it looked up without forming it again: the form of a form is itself."""
    from anonymiser.text.document import _alias_form
    parts = list("aZ -_/\t\n\r.'\u2013\u2014\u00a0\u2003\u0130\u03a3\u00df") + ["  ", "Kestrow", "O'Neill", "Jean-Luc"]
    words = [w for text in dev_texts() for w in text.split()[:200]]
    for alias in words + random_texts(153, parts, 20000, longest=10):
        form = _alias_form(alias)
        assert _alias_form(form) == form, alias


def test_a_clipped_name_is_stored_as_adding_it_stores_it():
    from anonymiser.text.document import Aliases
    clipped, added = Aliases(), Aliases()
    for alias in ["Kris", "kris", "Tam", "TAM", "Tams", "x", "Jo-", "Ravz", "  Bel  ", "a" * 300]:
        clipped.add_clipped(alias, "key " + alias)
        added.add(alias, "person", "Person", "key " + alias)
    assert list(clipped.by_alias.items()) == list(added.by_alias.items())
    assert clipped.clipped == {"kris", "tam", "tams", "x", "jo", "ravz", "bel", "a" * 300}


def _code_around_every_code(lower: str, run_start: int, run_end: int) -> tuple[int, int] | None:
    """``spoken_contact._code_around`` as it was: every code of the window read, those not holding the run passed."""
    import re
    from anonymiser.text.recognisers import spoken_contact as sc
    from anonymiser.text.spoken_numbers import digits
    for code in sc._CODE.finditer(lower, max(0, run_start - sc._NEAR_CODE), run_end + sc._NEAR_CODE):
        if code.start() > run_start or code.end() < run_end:
            continue
        tokens = list(sc._CODE_TOKENS.finditer(lower, code.start(), code.end()))
        while tokens and (tokens[0].group() in sc._MARKS or tokens[0].group() in "ai" and len(tokens) > 1
                          and not re.fullmatch(sc._LETTER, tokens[1].group())):
            tokens.pop(0)
        while tokens and tokens[-1].group() in sc._MARKS:
            tokens.pop()
        if not tokens:
            return None
        words = [t.group() for t in tokens]
        letters = sum(len(w) == 1 and w.isalpha() and w != "o" for w in words)
        marks = sum(w in sc._MARKS for w in words)
        start, end = tokens[0].start(), tokens[-1].end()
        if (letters >= 2 or letters and marks) and len(digits(lower[start:end])) >= 2:
            return start, end
        return None
    return None


def test_a_code_read_out_around_a_number_is_looked_for_only_up_to_the_number():
    from anonymiser.text.recognisers import spoken_contact as sc
    parts = ["b ", "m ", "p ", "dash ", "hyphen ", "slash ", "zero ", "four ", "one ", "seven ", "oh ", "twenty ", "double ",
             "a ", "i ", "o ", "12 ", "7 ", ", ", "\n", "the ", "call ", "x", "-", "q "]
    for lower in dev_texts(str.lower) + random_texts(154, parts, 20000, longest=40):
        for run in sc._NUMBER_RUN.finditer(lower):
            assert sc._code_around(lower, *run.span()) == _code_around_every_code(lower, *run.span()), (lower, run.span())
