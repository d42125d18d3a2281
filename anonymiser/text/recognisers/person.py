"""People: with a title (Dr, Prof), after a known given name, in attributions, labelled fields,
greetings and sign-offs, as interview speakers, with a job title, and in lists after one of these.

Name-first: runs of capitalised words are found in one fast scan, leading words that are not names
("Chief Executive", "Hi", "Dr") are peeled off and read as context, and the rest is kept when a cue
from ``person_cues`` sits next to it. The span is the name only: honorifics and job titles stay in
the text ("Dr [Person A], Head of Automation").
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import product
from string import ascii_uppercase

from anonymiser.text.data import english_words, uk_place_names, words
from anonymiser.text.document import Document
from anonymiser.text.recognisers import anchor_scan
from anonymiser.text.recognisers.base import Pattern
from anonymiser.text.recognisers import korean_names, names_in_capitals, prefixed_initials
from anonymiser.text.recognisers import person_cues as cues
from anonymiser.text.recognisers.not_names import not_initials, not_name_words
from anonymiser.text.recognisers.person_names import (broad_given_names, fold_accents, given_name_words, is_given_name,
                                                      looks_like_full_name,
                                                      not_surname_words, not_surnames_free, surname_like)
from anonymiser.text.spans import Span, entity_key

_WORD = re.compile(r"\S\S*")  # (led by one character, not a repeat: ``re`` skips ahead to it)
_OPENING = "([\"'\u201c\u2018"
_WORDS_OF_LIST = re.compile(r"[^\W\d_]{2,}")
_MARKDOWN_EMPHASIS = re.compile(r"[*_]*")
_JOB_TITLE = re.compile(cues.ROLE_AFTER)
_NOT_BEFORE_AT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._")


def _worth_checking(window: str) -> bool:
    """Whether the text before a name ends in a word that some ``BEFORE`` cue ends in."""
    stripped = window.rstrip(" \t")
    if not stripped or stripped.endswith((":", "\n")):
        return True
    last = stripped.rsplit(None, 1)[-1]
    return last in cues.CUE_LAST_WORDS


# What a cue of ``cues.BEFORE`` ends in, just before its "$" (the end of the window, or a line break ending it): a
# colon and spaces (a labelled field), a line break and spaces (a sign-off), or a word (or "." or ",") and a space
# or more. A window whose end is none of these is not searched for such cues: most windows are tried for a few.
_COLON, _LINE_BREAK, _WORD_SPACED, _ANY = "colon", "line break", "word and spaces", "any"
_BEFORE_SUFFIXES = ((r":[ \t]*$", _COLON), (r"\n+[ \t]*$", _LINE_BREAK), (r"[ \t]+$", _WORD_SPACED))


def _ending_of(pattern: str) -> str:
    return next((kind for suffix, kind in _BEFORE_SUFFIXES if pattern.endswith(suffix)), _ANY)


_BEFORE_ENDING = {regex: _ending_of(regex.pattern) for regex, _, _, _ in cues.BEFORE}


def _endings(window: str) -> set[str]:
    """The endings (``_BEFORE_ENDING``) a match of a cue anchored at the end of ``window`` may have: read where "$" may
    match, at the end and, after a line break ending the window, before it."""
    found = {_ANY}
    for end in (len(window), len(window) - 1) if window.endswith("\n") else (len(window),):
        stripped = window[:end].rstrip(" \t")
        if not stripped:
            continue
        if stripped[-1] == ":":
            found.add(_COLON)
        elif stripped[-1] == "\n":
            found.add(_LINE_BREAK)
        elif len(stripped) < end:
            found.add(_WORD_SPACED)
    return found


@cache
def _peelable() -> frozenset[str]:
    """Words peeled off the front of a run and read as context: "Chief Executive", "Hi", "Dr"."""
    return not_name_words() | cues.TITLES | cues.GREETINGS | cues.ROLE_WORDS | cues.CREDIT_WORDS


def _register_word(word: str) -> bool:
    """Whether a word may be a surname or a given name in a register's row: no word of a form, no acronym, no place
    ("STONE" and "River" may; "Note", "Leeds" may not)."""
    return all(part.lower() not in not_name_words() and part.upper() not in not_initials()
               and part.lower() not in uk_place_names() for part in word.split("-"))


class PersonRecogniser:
    name = "person"

    def find(self, doc: Document) -> Iterator[Span]:
        found = list(self._from_runs(doc))
        initialled = (m for m in cues.INITIAL_SURNAME.finditer(doc.text) if not _lettered_option(doc.text, m.start(), m.end()))
        found += self._simple(doc, initialled, 0.7, "Initial and surname")
        found += self._simple(doc, cues.TITLED_INITIAL.finditer(doc.text), 0.8, "An initial after a title", group="name")
        speakers = (m for m in cues.CAPS_SPEAKER.finditer(doc.text)
                    if not _everyday_capitals(m.group("name")) and not _field_label(m.group("name")))
        found += self._simple(doc, speakers, 0.8, "Speaker in an interview", group="name")
        signed = (cues.SIGN_OFF_NAME.match(doc.text, m.end()) for m in anchor_scan.finditer(cues.SIGN_OFF, doc, doc.lower))
        found += self._simple(doc, (m for m in signed if m), 0.85, "Name in a sign-off")
        found += self._simple(doc, cues.DASH_SIGNATURE.finditer(doc.text), 0.8, "Name in a signature", group="name")
        last = len(doc.text.rstrip())  # the end of the text signs it whoever the name; elsewhere a given name must start it
        ended = (m for m in cues.DASH_SIGNATURE_END.finditer(doc.text)
                 if m.end() >= last or m.group("name").split()[0] in broad_given_names())
        found += self._simple(doc, ended, 0.8, "Name in a signature", group="name")
        quoted = (m for m in cues.QUOTE_ATTRIBUTION.finditer(doc.text) if (first := m.group("name").split()[0])
                  in broad_given_names() or first.lower() in given_name_words())
        found += self._simple(doc, quoted, 0.8, "Who said a quotation, after it", group="name")
        if " & " in doc.text or " and " in doc.text:
            found += list(_sharing_a_surname(doc))
        tagged = (m for m in cues.MENTION.finditer(doc.text) if not (m.start() and doc.text[m.start() - 1] in _NOT_BEFORE_AT))
        found += self._simple(doc, tagged, 0.8, "A person tagged in a post", group="name")
        before_verbs = (cues.GIVEN_BEFORE_VERB.search(doc.text, max(0, v.start() - 70), v.start())
                        for v in anchor_scan.finditer(cues.SPEECH_VERB, doc, doc.lower))
        alone = (m for m in before_verbs if m and m.group("name") in broad_given_names())
        found += self._simple(doc, alone, 0.75, "Given name before a verb of speech", group="name")
        inline = (cues.INLINE_SIGN_OFF_NAME.match(doc.text, w.end()) for w in inline_sign_off_words(doc.lower, doc))
        found += self._simple(doc, (m for m in inline if m), 0.8, "Name in a sign-off", group="name")
        authors = (m for line in self._author_lines(doc.text)
                   for m in cues.AUTHOR_NAME.finditer(doc.text, line.start(), line.end()))
        found += self._simple(doc, authors, 0.85, "Name in an author list", group="name")
        labelled = (m for m in cues.INITIALS_AFTER_COLON.finditer(doc.text) if m.group("name") not in not_initials()
                    and cues.INITIALS_FIELD.search(doc.lower, max(0, m.start() - 30), m.start()))
        found += self._simple(doc, labelled, 0.75, "Initials in a field that names a person", group="name")
        lists = cues.SURNAME_FIRST_LIST.finditer(doc.text) if cues.SURNAME_FIRST_HINT.search(doc.text) else iter(())
        listed = (n for m in lists
                  if not any(w.lower() in cues.LETTERED for w in _WORDS_OF_LIST.findall(m.group()))
                  for n in cues.SURNAME_FIRST_NAME.finditer(doc.text, m.start(), m.end()))
        found += self._simple(doc, listed, 0.8, _LISTED, group="name")
        found += self._simple(doc, self._undotted(doc.text), 0.8, _LISTED, group="name")
        found += self._simple(doc, self._sole_authors(doc.text), 0.8, _LISTED, group="name")
        found += self._simple(doc, self._cited(doc.text), 0.85, "An author in a reference list", group="name")
        found += self._simple(doc, self._surname_first(doc.text), 0.8, "Surname and given name in a header", group="name")
        found += self._simple(doc, names_in_capitals.with_initials(doc.text), 0.8, "Surname in capitals with initials")
        found += self._simple(doc, names_in_capitals.surname_first(doc.text), 0.8, "Surname and given name in capitals")
        found += self._simple(doc, names_in_capitals.full_names(doc.text), 0.8, "Known given name and surname in capitals")
        found += self._simple(doc, names_in_capitals.given_name_surname_in_capitals(doc.text), 0.8,
                              "Known given name and surname in capitals")
        found += self._simple(doc, self._nicknamed(doc.text), 0.85, "A full name with a nickname in quotes", group="name")
        found += self._simple(doc, _TITLE_BLOCK.finditer(doc), 0.85, "A name in a title block", group="name")
        headed = (m for line in cues.MAIL_HEADER_LINE.finditer(doc.text)
                  for m in cues.HEADER_SURNAME_COMMA.finditer(doc.text, line.start("line"), line.end("line")))
        found += self._simple(doc, headed, 0.85, "Surname and given name in a mail header", group="name")
        booked = cues.BOOKING_NAME.finditer(doc.text) if cues.HAS_SLASHED_CAPITALS.search(doc.text) else iter(())
        found += self._simple(doc, booked, 0.85, "A traveller's name in a booking", group="name")
        items = (m for m in cues.GIVEN_INITIAL_ITEM.finditer(doc.text) if m.group("name").split()[0] in broad_given_names())
        found += self._simple(doc, items, 0.8, "Given name and the initial of a surname in a list", group="name")
        keyed = (m for m in _KEYED.finditer(doc) if m.group("name") not in not_initials())
        found += self._simple(doc, keyed, 0.85, "A person's name in an exported record", group="name")
        dotted = (m for m in cues.DOTTED_INITIALS.finditer(doc.text)
                  if m.group("name").replace(" ", "") not in cues.NOT_DOTTED_INITIALS
                  and not (m.start() and (doc.text[m.start() - 1].isalnum() or doc.text[m.start() - 1] in "_.")))
        found += self._simple(doc, dotted, 0.75, "Initials before a verb", group="name")
        dotted_text = cues.HAS_DOTTED_INITIALS.search(doc.text) is not None
        alone = (m for m in (cues.DOTTED_INITIALS_ALONE.finditer(doc.text) if dotted_text else ())
                 if m.group("name").rstrip(".") + "." not in cues.NOT_DOTTED_INITIALS)
        found += self._simple(doc, alone, 0.75, "Dotted initials signing a table's cell or a note", group="name")
        listed_dotted = (i for m in (cues.DOTTED_INITIALS_LIST.finditer(doc.text) if dotted_text else ())
                         if m.group("list").count(".") >= 6 or " and " in m.group("list")
                         for i in cues.DOTTED_INITIALS_ITEM.finditer(doc.text, m.start("list"), m.end("list"))
                         if i.group() not in cues.NOT_DOTTED_INITIALS)
        found += self._simple(doc, listed_dotted, 0.75, "Initials in a list of people")
        found += self._simple(doc, cues.SIGNING_LETTER.finditer(doc.text), 0.7, "A letter signing a message", group="name")
        found += self._simple(doc, prefixed_initials.finditer(doc.text), 0.8, "Initials of a prefixed or double-barrelled name",
                              group="name")
        korean = (names_in_capitals.Stretch(start, end) for start, end in korean_names.finditer(doc.text))
        found += self._simple(doc, korean, 0.85, "A Korean given name and surname")
        # (or a common given name that is a word, "Faith O.", "Rose T.", after what names a person there: a field's
        # colon, a sign-off, "by" — not "Step 3: Will B. be needed?", "Sample Stone B.", "Vial Amber A.")
        initialled = (m for m in map(self._given_before_initial, cues.LONE_INITIAL.finditer(doc.text))
                      if m and ((first := m.group("name").split()[0]) in broad_given_names()
                                or first.lower() in words("word_names.txt")
                                and _WORD_NAME_CUE_BEFORE.search(doc.lower, max(0, m.start() - 30), m.start())
                                and not _CAPITALISED_WORD_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())))
        found += self._simple(doc, initialled, 0.75, "Given name and the initial of a surname", group="name")
        # (the last initials of a list of authors before its title's first word: "Ó Quarrie S. Continued process …", not
        # "S. Continued", whose length would win over the author's)
        listed_ends = {s.end for s in found if s.reason == _LISTED}
        if listed_ends:
            found = [s for s in found if not (s.start + 1 in listed_ends and doc.text.startswith(".", s.start + 1))]
        yield from found
        yield from self._coordinated(doc, found)

    @staticmethod
    def _nicknamed(text: str) -> Iterator[re.Match[str]]:
        """'Siddharth "Sid" Varadarajan': a nickname in quotes between two name words, when the given
        name or the nickname is a known given name or the nickname shortens the given name."""
        for anchor in cues.NICKNAME_ANCHOR.finditer(text):
            at = anchor.start()
            word = max(text.rfind(" ", 0, at), text.rfind("\n", 0, at), text.rfind("\t", 0, at)) + 1
            match = cues.QUOTED_NICKNAME.match(text, word)
            if match is None:
                continue
            given, nick = match.group("given"), match.group("nick")
            words = [given, nick] + match.group("surname").split()
            if not (is_given_name(given) or is_given_name(nick) or given[:3].lower() == nick[:3].lower()):
                continue
            if any(w.lower() in not_name_words() for w in words) or not not_surnames_free(words):
                continue
            yield match

    @staticmethod
    def _undotted(text: str) -> Iterator[re.Match[str]]:
        """"Otiende J, Lashbrook-Acithefan S, Hoang M-T": every item of a list of surnames and initials
        without dots, when no item is a lettered thing ("Table A, Annex B") or a trade acronym ("Roche UK")."""
        lines: list[tuple[int, int]] = []
        for hint in cues.UNDOTTED_HINT.finditer(text):
            start = text.rfind("\n", 0, hint.start()) + 1
            if not lines or lines[-1][0] != start:
                end = text.find("\n", hint.start())
                lines.append((start, len(text) if end < 0 else end))
        listings = (m for start, end in lines for m in cues.UNDOTTED_LIST.finditer(text, start, end))
        for listing in listings:
            if listing.start() and (text[listing.start() - 1].isalnum() or text[listing.start() - 1] in "-_"):
                continue
            names = list(cues.UNDOTTED_NAME.finditer(text, listing.start(), listing.end()))
            if not _no_one(names, _surname_words(names)):
                yield from names

    @staticmethod
    def _sole_authors(text: str) -> Iterator[re.Match[str]]:
        """"7. Osei K. Real-time release … 2019;121:33-40": a numbered reference's one author, a year on its line or the
        next; no lettered thing ("3. Phase I. …") nor a word ("3. Raise CC. 4 days", "2. Reagent B. 10 mL")."""
        for cited in cues.SOLE_AUTHOR.finditer(text):
            words = _surname_words([cited])
            if _no_one([cited], words) or not all(surname_like(w.lower()) for w in words):
                continue
            line_end = text.find("\n", cited.end())
            next_end = -1 if line_end < 0 else text.find("\n", line_end + 1)
            if _YEAR.search(text, cited.end(), len(text) if next_end < 0 else next_end):
                yield cited

    @staticmethod
    def _surname_first(text: str) -> Iterator[re.Match[str]]:
        """"Cc: Bishop, Stephen", "12:33 Bishop, Andrew: Hello", "| Khan, Aisha |", "LITTLE, Bobby - Technician": a
        known given name (no town: "Templefields, Harlow") after a surname that is no everyday word ("Thanks,
        Mark:" is none), is a common surname that is ("Bishop"), or is written in capitals; after a surname in
        capitals, a given name no list holds if it is no word ("DRUMMOCK, Zilvinas"; not "CAUTION, Wet").

        In a register, where two names or more are surely so written, the rest of its rows are people too: a given
        name that is a word after a surname in capitals ("STONE, River", "FLETCHER, Fin"), a surname that is a
        word before a known given name ("| Monday, Grace |"); never a word of the trade or of a form."""
        sure: list[re.Match[str]] = []
        maybe: list[re.Match[str]] = []
        for comma in cues.COMMA_GIVEN.finditer(text):
            given = comma.group("given")  # ("Sarah-Jane": each part a given name)
            if given.lower() in uk_place_names():
                continue
            before = cues.SURNAME_BEFORE_COMMA.search(text, max(0, comma.start() - 40), comma.start())
            if before is None:
                continue
            known = all(is_given_name(part) for part in given.split("-"))
            written = before.group("surname")
            surname = written.lower()
            # (in capitals, as a register prints surnames, any word will do: "LITTLE, Bobby", "ROSE, Mary"; and
            # a given name no list holds, if it is no word: "PYUN, Dae-sung", "OKONKWO-BELL, Ebubechi")
            capitals = written.isupper() and len(written) >= 3 and written not in not_initials()
            if capitals and (known or names_in_capitals.unlisted_given(given)) \
                    or known and (surname not in not_surname_words() and surname_like(surname)):
                sure.append(_with_first_surname(cues.SURNAME_COMMA_GIVEN.match(text, before.start())))  # type: ignore[arg-type]
            elif (capitals or known) and _register_word(written) and surname not in not_surname_words() \
                    and _register_word(given):
                maybe.append(_with_first_surname(cues.SURNAME_COMMA_GIVEN.match(text, before.start())))  # type: ignore[arg-type]
        yield from sure
        if len(sure) >= 2:
            yield from maybe

    @staticmethod
    def _given_before_initial(initial: re.Match[str]) -> re.Match[str] | None:
        """"Ciaran O.": the word before a lone initial, when it is capitalised."""
        text = initial.string
        start = max(text.rfind(" ", 0, initial.start()), text.rfind("\n", 0, initial.start()), text.rfind("\t", 0, initial.start())) + 1
        while start < initial.start() and text[start] in _OPENING:
            start += 1
        return cues.WORD_BEFORE_INITIAL.match(text, start)

    @staticmethod
    def _author_lines(text: str) -> Iterator[re.Match[str]]:
        """Whole lines that are lists of authors with affiliation marks (only lines with such a mark are tried)."""
        done = -1
        for mark in cues.AUTHOR_MARK.finditer(text):
            if mark.start() < done or not (mark.start() and text[mark.start() - 1].isalpha()):
                continue
            start = text.rfind("\n", 0, mark.start()) + 1
            end = text.find("\n", mark.end())
            done = len(text) if end < 0 else end
            line = cues.AUTHOR_LINE.fullmatch(text, start, done)
            if line:
                yield line

    def _cited(self, text: str) -> Iterator[re.Match[str]]:
        """Each "Surname, I." of a reference list's authors: two or more, or one before the year."""
        if not cues.APA_HINT.search(text):
            return
        for authors in cues.APA_LIST.finditer(text):
            items = list(cues.APA_ITEM.finditer(text, authors.start(), authors.end()))
            if any(w.lower() in cues.LETTERED for item in items for w in item.group().replace(",", " ").split()):
                continue  # "Table, A." is no one
            if len(items) >= 2 or cues.APA_YEAR_AFTER.match(text, authors.end()):
                yield from items

    def _from_runs(self, doc: Document) -> Iterator[Span]:
        for run in cues.RUN.finditer(doc.text):
            start, end = run.span()
            if "\n" not in run.group():
                yield from self._run_spans(doc, start, end)
                continue
            # A run across a line break: a heading or a mail header label may sit on either side
            # ("People\nCredit Jo Bloggs", "To: Jo Bloggs\nCc: …"); the label after the break is cut off,
            # and when the whole run names nobody, each line's part is tried alone.
            lines = _line_parts(doc.text, start, end)
            if len(lines) > 1 and (end < len(doc.text) and doc.text[end] == ":" or _everyday_line(doc.text, *lines[-1])):
                lines.pop()  # (nor is a line of everyday words below a name: "Tamsin\nEvents & Engagement …")
                end = lines[-1][1]
            found = list(self._run_spans(doc, start, end))
            if not found and len(lines) > 1:
                found = [span for part in lines for span in self._run_spans(doc, *part)]
            yield from found

    def _run_spans(self, doc: Document, run_start: int, run_end: int) -> Iterator[Span]:
        stop, peelable = not_name_words(), _peelable()
        words = list(_WORD.finditer(doc.text, run_start, run_end))
        folded = [w.group().lower().strip(".") for w in words]
        lead = 0
        while lead < len(words):
            if folded[lead] in peelable:
                lead += 1
                continue
            # (a lower-case word inside a run is a particle: "Mac an tSaoir", "de Vries")
            tail = next((i for i in range(lead, len(words)) if folded[i] in stop and not words[i].group()[0].islower()),
                        len(words))
            start, end = words[lead].start(), words[tail - 1].end()
            names = [w.group() for w in words[lead:tail]]
            cue = self._cue(doc, run_start, start, end, set(folded[:lead]), tail - lead,
                            lambda: looks_like_full_name(doc.text, names, end))  # noqa: B023 (called at once)
            if cue and cue[1] == _LABELLED and (cut := doc.text.find("\n", start, end)) > 0:
                end = cut  # a field's value ends with its line
                while end > start and doc.text[end - 1] in " \t\r":
                    end -= 1
            if cue:
                key = entity_key(doc.text[start:end])
                yield Span(start, end, "person", self.name, cue[0], "Person", key, cue[1])
                if cue[1] == _EXPLAINED and (short := _SHORT_FORM_BEFORE.search(doc.text, max(0, start - 40), start)):
                    # (and the short form is the same person: "Jo (Joanne Firth)", "gfield (Grace Field)")
                    yield Span(short.start("short"), short.end("short"), "person", self.name, cue[0], "Person", key, cue[1])
            lead = tail

    def _cue(self, doc: Document, run_start: int, start: int, end: int, peeled: set[str], size: int,
             known_given: Callable[[], bool]) -> tuple[float, str] | None:
        if peeled:
            if peeled & cues.TITLES:
                return 0.95, "Name after a title"
            if peeled & cues.CREDIT_WORDS and size >= 2:
                return 0.85, "Name in an attribution"
            if peeled & cues.ROLE_WORDS and size >= 2:
                return 0.85, "Name after a job title"
            if peeled & cues.GREETINGS and cues.LINE_START.search(doc.lower, max(0, run_start - 60), run_start):
                return 0.85, "Name in a greeting"
        window = doc.lower[max(0, start - 60):start].rstrip("*_")  # Markdown emphasis is not context
        if _worth_checking(window):
            endings = _endings(window)
            for regex, confidence, reason, single_ok in cues.BEFORE:
                if (size >= 2 or single_ok) and _BEFORE_ENDING[regex] in endings and regex.search(window):
                    if reason == _AFTER_ROLE and window.rstrip().endswith(",") and _a_department(doc.text[start:end]):
                        continue  # ("Production Supervisor, Sterile Liquids": a role's department after its comma)
                    return confidence, reason
        if size < 2:
            return None
        if (size <= 3 and doc.text[end:end + 1] == ")"
                and (short := _SHORT_FORM_BEFORE.search(doc.text, max(0, start - 40), start))
                and explains(doc.text[start:end].split(), short.group("short"))):
            return 0.85, _EXPLAINED
        end = _MARKDOWN_EMPHASIS.match(doc.text, end).end()  # type: ignore[union-attr]
        after = cues.ANY_AFTER.match(doc.text, end)  # the first of ``cues.AFTER`` that matches
        if after:
            return cues.AFTER[int(after.lastgroup[1:])][1:]  # type: ignore[index]
        if initials_match(doc.text, start, end) and not_surnames_free(doc.text[start:end].split()[1:]):
            return 0.9, "Name with its initials in brackets"
        if cues.SPEAKER_AFTER.match(doc.text, end) and cues.LINE_START.search(window) \
                and not _everyday_line(doc.text, start, end):  # ("Companies House:" is a field's label)
            return 0.8, "Speaker in an interview"
        return (0.85, "Known given name and surname") if known_given() else None

    def _simple(self, doc: Document, matches: Iterator, confidence: float, reason: str,  # type: ignore[type-arg]
                group: str | int = 0) -> list[Span]:
        stop = not_name_words()
        out: list[Span] = []
        for match in matches:
            start, end = match.span(group)
            if start and (doc.text[start - 1].isalnum() or doc.text[start - 1] in _DEGREE_SIGNS):
                continue  # (after a degree sign, "25 °C. Lot 3", the "initial" is the temperature's unit)
            # (a lower-case word is a particle, "J. Mac an tSaoir", "R. ap Gwilym": no evidence against a name)
            words = [w.strip(".") for w in doc.text[start:end].split()]
            if any(w.lower() in stop for w in words if len(w) > 1 and not w[0].islower()):
                continue
            out.append(Span(start, end, "person", self.name, confidence, "Person", entity_key(doc.text[start:end]), reason))
        return out

    def _coordinated(self, doc: Document, seeds: list[Span]) -> Iterator[Span]:
        frontier, seen = seeds, {(s.start, s.end) for s in seeds}
        while frontier:
            nxt: list[Span] = []
            for seed in frontier:
                match = cues.COORDINATED.match(doc.text, seed.end)
                if match and (_JOB_TITLE.match(match.group("name")) or match.group("name").split()[-1] in _ROLE_ENDS):
                    continue  # "Iolanthe Morejon, Qualified Person", "Vesna Toderic, Dispensary Operator": a title
                for span in self._simple(doc, iter([match] if match else []), 0.8, "Name in a list of people", "name"):
                    if (span.start, span.end) not in seen:
                        seen.add((span.start, span.end))
                        nxt.append(span)
            yield from nxt
            frontier = nxt


# (a field's name and its colon, "Trainer: ", "Signed off by: "; a sign-off, "Kind regards,\n"; or "by")
_WORD_NAME_CUE_BEFORE = re.compile(r"(?:[a-z)][ \t]*:|\bby|\b(?:regards|thanks|cheers|best|wishes|sincerely|"
                                   r"faithfully)[,!.]?[ \t]*\n?)[ \t]*$")
# (a capitalised word just before, on the same line and with no mark between: "Sample Stone B.", "Vial Amber A.")
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'-]*[ \t]+$")


# "Martin & Sheila Alaimo", "Tom and Ann Kerr": two given names, the surname after the second theirs both.
# (led by the joining word, which ``re`` finds with a fast search, the given name before it looked behind at)
_SHARED_SURNAME = re.compile(r"[ \t]+(?:&|and)[ \t]+(?P<g2>[A-Z][a-z]{2,14})[ \t]+(?P<s>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'-])")
# (Speed: ``_SHARED_SURNAME`` is led by the spaces before the joining word, and so tried at every space of a text; this
# is led by the joining word's first character, which ``re`` skips ahead to, a space looked behind at. A match of
# ``_SHARED_SURNAME`` starts where the spaces before its joining word start.)
_SHARED_SURNAME_FROM_JOIN = re.compile(
    r"[&a](?<=[ \t].)(?:(?<=&)|(?<=a)nd)[ \t]+(?P<g2>[A-Z][a-z]{2,14})[ \t]+(?P<s>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w'-])")
_GIVEN_BEFORE = re.compile(r"(?<![\w'-])(?P<g1>[A-Z][a-z]{2,14})$")


# A first surname before a second, as Spanish and Portuguese names are written in a register's cell ("| Castellvi Irujo,
# Leocadia |", '"Albornoz Quintanar, Bernat"'): a capitalised word alone at the cell's start, one space before the surname.
_FIRST_SURNAME = re.compile(rf"(?:^|(?<=[|\t\"])|(?<=[|\t\"] )|(?<=  ))(?P<word>{cues.WORD})[ ]\Z", re.MULTILINE)


def _with_first_surname(match: re.Match[str]) -> re.Match[str] | names_in_capitals.Stretch:
    """A register's "Surname, Given" with the first of two surnames before it, if one stands there: no English word,
    no given name, no word that is no surname."""
    text = match.string
    start = match.start("name")
    first = _FIRST_SURNAME.search(text, max(0, start - 30), start)
    if first is None:
        return match
    word = first.group("word")
    lower = word.lower()
    if lower in english_words() or lower in not_surname_words() or is_given_name(word) or word in not_initials():
        return match
    return names_in_capitals.Stretch(first.start("word"), match.end("name"))


_AFTER_ROLE = "Name after a job title"
_LABELLED = "Name in a labelled field"


def _a_department(words: str) -> bool:
    """Whether capitalised words are everyday words only, none a given name: a department or an area after a role and
    its comma ("Sterile Liquids", "Oral Solid Dose"), not a name ("Rose Hill")."""
    return all(w.lower() in english_words() and not is_given_name(w) for w in words.split())


def shared_surname_matches(text: str) -> Iterator[tuple[int, str, str]]:
    """``(m.start(), m.group("g2"), m.group("s")) for m in _SHARED_SURNAME.finditer(text)``, found from the joining word
    (a match ends with a letter, so the spaces before the next one's joining word start after it)."""
    for m in _SHARED_SURNAME_FROM_JOIN.finditer(text):
        start = m.start()
        while start and text[start - 1] in " \t":
            start -= 1
        yield start, m.group("g2"), m.group("s")


def _sharing_a_surname(doc: Document) -> Iterator[Span]:
    """The first of two given names before one surname ("Martin" of "Martin & Sheila Alaimo"): that person,
    keyed with the surname. Both must be known given names, the surname no word of the trade or a place's."""
    stop, never = not_surname_words(), not_name_words()
    for start, g2, surname in shared_surname_matches(doc.text):
        first = _GIVEN_BEFORE.search(doc.text, max(0, start - 16), start)
        if (first and is_given_name(first.group("g1")) and is_given_name(g2) and not is_given_name(surname)
                and surname.lower() not in stop and surname.lower() not in never):
            yield Span(first.start(), first.end(), "person", "person", 0.8, "Person",
                       entity_key(f"{first.group('g1')} {surname}"), "A given name sharing the surname after the next")


_EXPLAINED = "Name explaining its short form in brackets"
# A short form a name in brackets after it explains: a log-in, a nickname or initials ("gfield (Grace
# Field)", "Baz (Barry Heath)", "JN (Jan Nowak)"), one word at a line's or a cell's start or after a label.
_SHORT_FORM_BEFORE = re.compile(r"(?:^|\n|[|:;,]|\t|  )[ \t]*(?P<short>[\w.'-]{2,24})[ \t]+\($")


def login_shapes(given: str, surname: str) -> tuple[str, ...]:
    """The log-ins a user directory makes of a name, from its given name and surname as they are to be written
    (lower case, plain letters): "Ines Tarvold" → "itarvold", "i.tarvold", "ines.tarvold", "inestarvold", "tarvoldi"."""
    initial = given[0]
    return (initial + surname, f"{initial}.{surname}", f"{given}.{surname}", given + surname, surname + initial)


def explains(words: list[str], short: str) -> bool:
    """Whether the name ``words`` is what ``short`` stands for: its initials ("JN"), a log-in made from it
    ("gfield", "j.nowak", "nowakj", with a number or not) or its given name clipped ("Baz" for Barry, "Mags"
    for Margaret: the same first two letters, no longer than the name and two letters; "Jo" for Joanne)."""
    given, surname = fold_accents(words[0]).lower(), fold_accents(words[-1]).lower().replace("'", "")
    bare = short.lower().rstrip("0123456789").replace(".", "")
    if short.isupper() and short.replace(".", "") == name_initials(" ".join(words)):
        return True
    if bare in [login for login in login_shapes(given, surname) if "." not in login]:  # (``bare`` has no full stops)
        return True
    if not (short[0].isupper() and short[1:].islower()) or bare == given:
        return False
    # (two letters only as the name's start: "Jo (Joanne Firth)", not "Mo (Margaret Firth)")
    return given.startswith(bare) if len(short) == 2 else len(short) <= len(given) + 2 and bare[:2] == given[:2]


def inline_sign_off_words(lower: str, owner: object | None = None) -> Iterator[re.Match[str]]:
    """``cues.INLINE_SIGN_OFF_WORD.finditer(lower)``, tried only where a sign-off word and its comma are
    (found in the automaton pass ``owner``, the document of ``lower``, keeps; see ``anchor_scan``).

    A match starts at a line start or at ``.!?`` before the spaces before its word; no match can start
    inside another's word (the words hold no ``.!?`` and no line break), so looking back from each
    word finds every match."""
    after = 0
    for word in anchor_scan.finditer(cues.INLINE_SIGN_OFF_ANCHOR, owner, lower):
        start = word.start()
        while start and lower[start - 1] in " \t":
            start -= 1
        if start and lower[start - 1] != "\n":
            if lower[start - 1] not in ".!?" or start == word.start():
                continue
            start -= 1
        if start >= after and (match := cues.INLINE_SIGN_OFF_WORD.match(lower, start)):
            after = match.end()
            yield match


def _everyday_capitals(words: str) -> bool:
    """Whether a label in capitals is everyday words only, none a given name: a form's field, no speaker ("PRINT
    NAME:", "SHIFT LEAD:")."""
    return all(w.lower() in english_words() and not is_given_name(w.capitalize()) for w in re.split(r"[\s'-]+", words) if w)


# The last word of a form's field in capitals ("CAPA ID:", "PO NUMBER:", "BATCH NO:"), and of a job title after a name
# and its comma ("Dispensary Operator", "Maintenance Tech").
_FIELD_ENDS = frozenset("ID NO NUMBER REF DATE CODE TYPE STATUS OWNER TIME VERSION REV".split())
_ROLE_ENDS = frozenset("""Operator Operators Tech Technician Engineer Manager Lead Supervisor Officer Analyst Scientist
    Specialist Coordinator Controller Assistant Planner Chemist Microbiologist Pharmacist Administrator Director Head
    Inspector Auditor Apprentice Trainee Checker Associate""".split())


_DEGREE_SIGNS = "\u00b0\u00ba"
# A list lettered at its lines' starts: "  A. Do nothing / refurbish …", "  C. Outsource the products …"
_LINE_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?$")
# An option goes on in lower case after its first word: "A. Do nothing", "C. Outsource the three products"
_OPTION_GOES_ON = re.compile(r"[ \t]+(?:[a-z]|/)")
_OPTION_LINE = {letter: re.compile(rf"(?:^|\n)[ \t]*(?:[-*\u2022][ \t]*)?{letter}\.[ \t]") for letter in ascii_uppercase}


def _lettered_option(text: str, start: int, end: int) -> bool:
    """An option of a lettered list, not an initial and a surname: a capital and a full stop at a line's start before
    an English word that the line goes on from in lower case ("A. Do nothing", "C. Outsource the three products"),
    where the line before or after such a line starts with the letter before or after it."""
    if text[start + 1:start + 2] != "." or not _LINE_LEAD.search(text, max(0, start - 12), start):
        return False
    words = text[start + 2:end].split()
    if len(words) != 1 or words[0].lower() not in english_words():
        return False
    after = _OPTION_GOES_ON.match(text, end)
    if after is None:
        return False  # ("J. Mason" alone on its line, "K. Fisher" after it: people, whatever their surnames mean)
    letter = ascii_uppercase.find(text[start])
    return letter >= 0 and any(_OPTION_LINE[ascii_uppercase[near]].search(text, max(0, start - 400), start + 400)
               for near in (letter - 1, letter + 1) if 0 <= near < len(ascii_uppercase))


def _field_label(words: str) -> bool:
    """Whether a label in capitals names a field or a function, no speaker: its last word ends a form's field ("PO
    NUMBER:") or is an acronym of the trade naming a function that is no given name ("SITE QA:", "RU QA:", "PLANT
    HR:": who holds the role follows the colon)."""
    last = words.split()[-1]
    return last in _FIELD_ENDS or last in not_initials() and not is_given_name(last.capitalize())


def _everyday_line(text: str, start: int, end: int) -> bool:
    """Whether a run's part on one line is everyday words only, none a given name ("Events", "Depositor")."""
    return all(w.lower() in english_words() and not is_given_name(w) for w in text[start:end].split())


def _line_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of ``text[start:end]`` on each line, without the line breaks' spaces."""
    parts: list[tuple[int, int]] = []
    while (brk := text.find("\n", start, end)) >= 0:
        parts.append((start, len(text[start:brk].rstrip(" \t")) + start))
        start = brk + 1
        while start < end and text[start] in " \t":
            start += 1
    parts.append((start, end))
    return parts


@lru_cache(maxsize=4096)
def name_initials(name: str) -> str:
    """"Lars-Erik Durgan" → "LED", "Ruairí O'Kellowan" → "RO", "Gráinne Mac an tSaoir" → "GMS"; a particle a register
    prints in capitals inside the name counts as one in lower case does ("Ysmeni DE LA VORRA" → "YV", as "Ysmeni de la
    Vorra")."""
    letters = []
    parts = name.replace("-", " ").split()
    for i, part in enumerate(parts):
        capitals = [c for c in part if c.isupper()]
        if 0 < i < len(parts) - 1 and part.isupper() and part.lower() in cues.PARTICLE_WORDS:
            continue
        if capitals and not (part[0].islower() and len(part) <= 3):
            letters.append(capitals[0] if part[0].isupper() or len(capitals) == 1 else capitals[0])
    return "".join(letters)


_LISTED = "Surname and initials in a list of names"


def _surname_words(names: Sequence[re.Match[str]]) -> list[str]:
    """The capitalised words of each "Surname Initials" item before its initials ("van der Linden" of "van der Linden P")."""
    return [w for n in names for w in n.group("name").split()[:-1] if w[0].isupper()]


def _no_one(names: Sequence[re.Match[str]], words: Sequence[str]) -> bool:
    """Whether items of surnames and initials name nothing: a lettered thing ("Table A", "Phase I"), initials that are
    a trade acronym ("Roche UK"), or a word of the trade, a place's or a company's among the surnames."""
    return (any(w.lower() in cues.LETTERED or w.lower() in cues.LETTERED_MORE for w in words)
            or any(n.group("initials").replace("-", "") in not_initials() for n in names) or not not_surnames_free(words))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLAN_PREFIX = re.compile(r"(?P<prefix>Mac|Mc|O['\u2019])(?P<next>[A-Z])")


def spelled_initials(name: str) -> set[str]:
    """The ways initials spell a name with a particle or a clan's prefix, beside its capitals alone (``name_initials``):
    "Pieter van der Doorn" → "PvdD", "PD"; "Declan McTaverly" → "DMcT", "DMT", "DM"; "Siobhan O'Keshane" → "SOK", "SO", "SK".
    An empty set for a name without either."""
    parts = name.replace("-", " ").split()
    if len(parts) > 5:
        return set()
    options: list[tuple[str, ...]] = []
    plain = True
    for i, part in enumerate(parts):
        if 0 < i < len(parts) - 1 and part.lower() in cues.PARTICLE_WORDS:
            options.append(("", part[0].lower()))
            plain = False
        elif clan := _CLAN_PREFIX.match(part):
            first, following = clan.group("prefix")[0], clan.group("next")
            options.append((first, first + following, following) if clan.group("prefix")[0] == "O"
                           else (first, first + following, clan.group("prefix") + following))
            plain = False
        elif part[:1].isupper():
            options.append((part[0],))
    return set() if plain else {"".join(letters) for letters in product(*options)}


_NAME_PARTS = re.compile(r"[-\s]+")


def initials_match(text: str, start: int, end: int) -> str | None:
    """The initials in brackets just after the name at ``start:end``, or just before it in a list of
    owners, when they are the name's own ("Parveen Coogan (PC)", "Lars-Erik Durgan (LED, chair)", "Ysella Brommage
    (YBR)", "Emeka Uzith (chair) - EU",
    "Owners: RK Rachel Khomo; MD Manon Dumais"); else ``None``."""
    own = name_initials(text[start:end])
    after = cues.INITIALS_AFTER.match(text, end)
    if len(own) == 1:  # (a given name alone with three initials that start with it, "Kofi (KOA)": not a role's)
        initials = after and after.group("initials")
        return initials if initials and len(initials) == 3 and initials[0] == own and initials not in not_initials() \
            else None
    if not own:
        return None
    before = cues.INITIALS_BEFORE.search(text, max(0, start - 8), start)
    if after is None and before is None:
        return None  # (no initials beside the name, as around most names: the forms it may take are not spelled)
    # (or a house's three-letter code, the given name's initial and the surname's first two letters: "Ysella Brommage
    # (YBR)", "Idris Vantwell (IVA)", as minutes and action logs write who is who)
    surname = re.sub(r"[^\w]", "", text[start:end].split()[-1]).upper()
    # (or every part's, a hyphened given name's lower-case half too: "Seo-hyun Hwang (SHH)")
    every = "".join(part[0] for part in _NAME_PARTS.split(text[start:end]) if part).upper()
    forms = (own, own[:1] + own[-1:], own[:1] + surname[:2], every, *spelled_initials(text[start:end]))
    for match in (after, before):
        # the full initials, or the first and last ("RO" for "Ruairí Seán O'Kellowan")
        initials = match and (match.group("initials") or match.groupdict().get("dashed"))
        if initials and initials.replace(".", "") in forms:
            return initials
    return None


# (scans of the lower-cased text read from the automaton pass of ``anchor_scan``, registered on import)
for _scan in (cues.SIGN_OFF, cues.SPEECH_VERB, cues.INLINE_SIGN_OFF_ANCHOR):
    anchor_scan.registered(_scan)

# (scans led by a field's name, looked for in the lower-cased text first)
_KEYED = Pattern(cues.KEYED_PERSON, 0.85, anchor=cues.KEYED_PERSON_ANCHOR)
_TITLE_BLOCK = Pattern(cues.TITLE_BLOCK_NAME, 0.85, anchor=cues.TITLE_BLOCK_ANCHOR)

RECOGNISER = PersonRecogniser()
