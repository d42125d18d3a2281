"""Speaker labels in chat logs, transcripts, podcasts and minutes: a short name-like label at the
start of a line, optionally after a timestamp or a bullet, followed by a colon ("[09:14] dmitri.k:
morning", "IONA MCKERRACHER: yes", "0600 — Sione: handover") or by a time alone on its line
("MAHMOUD AL-RASHID 23:41").

A label is a person when it is a known given name or looks like a full name, or when it labels at
least two lines of the document, is no single everyday word ("Assessor:", "Confidence:") and none of
its words is used in lower case there; never when it is a header word ("Subject:", "Action:", "Q:"),
a word of the trade or a role ("Host:"). A message's sender after a chat export's date and time stamp
("[16/03/2024, 07:21:48] Mags:") is a person whatever the word.
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache

from anonymiser.text.data import english_words, words
from anonymiser.text.document import Document
from anonymiser.text.recognisers.line_start import LineStartPattern
from anonymiser.text.recognisers.not_names import HEADER_PARTICLES, not_initials, not_name_words
from anonymiser.text.recognisers.person_cues import LO, PARTICLE_WORDS, UP
from anonymiser.text.recognisers.person_names import is_given_name, lower_case_use, looks_like_full_name
from anonymiser.text.spans import Span, entity_key

# A label word: letters with inner dots, hyphens, underscores or apostrophes ("dmitri.k", "AL-RASHID",
# "O'Hare"), an optional final dot ("B.").
_LABEL_WORD = rf"[{UP}{LO}][{UP}{LO}'\u2019]*(?:[.-][{UP}{LO}][{UP}{LO}'\u2019]*)*\.?"
_LABEL = rf"(?P<label>{_LABEL_WORD}(?:[ \t]+{_LABEL_WORD}){{0,3}})"
# "[09:14]", "09:14", "9.14am –", "14/11/2025, 22:41 - " (an Android chat export's stamp), "0600 —", then a bullet
# or quote mark.
_PREFIX = (r"(?:\[[^\]\n]{1,24}\][ \t]*|(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]*[ap]m)?[ \t]*(?:[-\u2013\u2014|][ \t]*)?"
           r"|\d{4}[ \t]*[-\u2013\u2014][ \t]*)?(?P<bullet>[*\u2022-][ \t]*)?(?:>[ \t]*)?")
# (not a URL's "://" nor an assignment's ":=", as in PLC code: "bFanStopReq := tonFilterHi.Q;")
_COLON_LABEL = LineStartPattern.of(rf"[ \t]*{_PREFIX}{_LABEL}[ \t]*:(?!//|=)")
# (a Slack copy gives the display name, two spaces and "10:42 AM")
_TIME_AT_END = re.compile(r"\d:\d\d(?::\d\d)?(?:[ \t]?[APap][Mm])?\]?[ \t]*$", re.MULTILINE)
# A chat export's stamp before its sender: "[16/03/2024, 07:21:48] ", "[3/16/24, 7:21 AM] ", "14/11/2025, 22:41 - ".
_SENT_AT = re.compile(r"(?:\[\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[APap][Mm])?\]"
                      r"|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[APap][Mm])?[ \t]+-)[ \t]*$")
_USER_NAME = re.compile(rf"[{LO}]{{3,}}\.[{LO}]{{1,12}}")
_TIMED_LABEL = LineStartPattern.of(rf"[ \t]*(?P<bullet>[*\u2022-][ \t]*)?{_LABEL}[ \t]+\[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[ \t]?[APap][Mm])?\]?[ \t]*$")

# Labels that head a field or a section, name a role, or speak for no one in particular.
HEADER_WORDS = frozenset("""
    subject to from cc bcc date dates note notes nb ps action actions decision decisions agenda q a qa question
    questions answer answers host hosts interviewer interviewee moderator attendees attendance present apologies
    absent re ref tel telephone phone mobile fax email e-mail web website url link links time times location venue
    summary outcome outcomes update updates status risk risks owner owners step steps item items minutes chair
    chairs secretary guest guests speaker speakers panel panellist panelist audience everyone all both others
    narrator caller presenter presenters reporter voiceover voice intro outro background context problem problems
    solution solutions issue issues result results conclusion conclusions recommendation recommendations next
    previous todo done tip tips warning warnings caution important example examples input output user users
    admin administrator system assistant bot customer client agent operator support team staff comment comments
    reply response feedback source sources reference references author authors title keywords abstract objective
    objectives aim aims method methods purpose scope overview description details detail total cost costs price
    budget deadline due priority category type version revision rev page figure table section part phase stage
    topic topics theme themes lesson lessons learned learning observation observations finding findings
    requirement requirements deliverable deliverables milestone milestones benefit benefits impact challenge
    challenges approach goal goals key quote edit edited posted sent received attachment attachments signed
    approved reviewed prepared distribution copy copies info information contact contacts address hours day week
    month year today tomorrow yesterday morning afternoon evening night am pm utc gmt bst cet pst est note update
    meeting call project programme site plant line area room unit department dept function role position job
    name names yes no ok thanks hi hello dear welcome intro outcome recap tldr tl;dr edit fyi eta ps pps
    call-out callout disclaimer caveat aside hint rule rules policy process procedure standard standards spec
    specification requirement test tests check checks pass fail passed failed open closed raised resolved
    """.split())


@cache
def _never_labels() -> frozenset[str]:
    return HEADER_WORDS | not_name_words()


class SpeakerLabelRecogniser:
    name = "speaker_label"

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        by_label: dict[str, list[tuple[int, int]]] = defaultdict(list)
        bulleted: set[str] = set()
        senders: set[str] = set()
        timed: set[str] = set()
        patterns = (_COLON_LABEL, _TIMED_LABEL) if _TIME_AT_END.search(text) else (_COLON_LABEL,)
        for pattern in patterns:
            for match in pattern.finditer(text):
                by_label[match.group("label")].append(match.span("label"))
                if pattern is _TIMED_LABEL:
                    timed.add(match.group("label"))
                if match.group("bullet"):
                    bulleted.add(match.group("label"))
                if _SENT_AT.search(text, match.start(), match.start("label")):
                    senders.add(match.group("label"))
        people = {label for label, places in by_label.items()
                  if _is_person(text, label, len(places), label in bulleted, label in senders)}
        # A common given name that is a word ("Wren", "Hope") heading a message in a chat whose other speakers are
        # people by names that are no words: a time alone after it on its line ("Wren  10:44 AM"), or its colon on
        # two lines ("Wren: on my way").
        if any(p.lower() not in words("word_names.txt") for p in people):  # (not only "Lily" in a list of flowers' times)
            people |= {label for label, places in by_label.items() if label.lower() in words("word_names.txt")
                       and label[:1].isupper() and (label in timed or len(places) >= 2)}
        for label, places in by_label.items():
            if label not in people:
                continue
            for start, end in places:
                yield Span(start, start + len(label), "person", self.name, 0.85, "Person", entity_key(label),
                           "Speaker label")


_CAMEL_CASE = re.compile(rf"[{LO}][{UP}]")
_PARTICLES = frozenset(PARTICLE_WORDS)


def _is_person(text: str, label: str, uses: int, bulleted: bool, sender: bool = False) -> bool:
    words = label.split()
    parts = [p for w in words for p in re.split(r"[.]", w) if p]
    heads = [re.split(r"[.]", w)[0] for w in words]  # ("brobst.q": its "q" is no header word)
    if len(label.replace(" ", "")) < 2 or any(h.lower().strip("'") in _never_labels() for h in heads if h) \
            or label.lower() in HEADER_PARTICLES:
        return False
    if sender:
        return True  # a message's sender in a chat export ("[16/03/2024, 07:21:48] Mags:"), whatever the word
    if label[0].islower() and _CAMEL_CASE.search(label):
        return False  # "objectClass:", "managedBy:": a key of a directory entry or a record
    if label.upper() in not_initials() or label.isupper() and len(label) <= 4:
        return False  # "QA:", "MES:", "TW:" (initials are left to the minutes)
    first = parts[0]
    if not label.islower() and any(w.islower() and len(w) > 2 and w not in _PARTICLES and w in english_words() for w in words[1:]):
        return False  # "Grant requested:", "Mark complete:": a field's label led by a word that is also a given name
    if is_given_name(first[:1].upper() + first[1:].lower()):
        return True
    titled = [w[:1].upper() + w[1:].lower() if w.isupper() or w.islower() else w for w in words]
    if len(words) >= 2 and looks_like_full_name(" ".join(titled), titled, len(" ".join(titled))):
        return True
    if uses < 2 or label.islower() and not _USER_NAME.fullmatch(label):
        return False  # a lower-case word is a person's only as a user name ("dmitri.k")
    if not label.islower() and any(w.islower() and w not in _PARTICLES for w in words):
        return False  # "Average changeover:", "Serialisation-related deviations:" (field labels)
    if bulleted:
        return False  # "- Outcome:" twice: a field of a list, unless a given name or a full name
    if len(parts) == 1 and first.lower() in english_words():
        return False  # "Assessor:", "BEGIN:", "Confidence:" twice: a field's name, an everyday word
    # used as a label twice: a person's, unless one of its words is an everyday word of this text
    return not any(lower_case_use(text, p) for p in parts if not p.islower())


RECOGNISER = SpeakerLabelRecogniser()
