"""People named by a given name alone: "Gerrit kept the vendor on a weekly cadence", "emailing Dai
directly", "especially Ishbel for the cake", "Also Fenella in QA", "Aled and Meinir from the
automation team", "Special thanks to Mahnoor and Ferdia at …".

A capitalised word standing alone (no capitalised word just before or after it) is a person when
 - it is a known given name and a verb follows ("Gerrit kept", "Nyambura took", "Kjersti on my team will"), or
 - it is a known given name, a cue word comes before it ("especially", "emailing", "and", "with") and no
   ordinary noun after it ("with Raman spectroscopy" stays: "Raman" is a given name, but a noun follows), or
 - it is one of two single words joined by "and" after a word of thanks ("thanks to Mahnoor and Ferdia"),
   known given names or not, or
 - it is a given name that is also a word ("Will", "Hope", "Grace") before a verb of speech ("Will said")
   or written with a capital in mid-sentence ("ask Will about it"), alone.
Places of the gazetteer, trade words, acronyms and words the text also writes in lower case are never taken.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonymiser.text.data import english_words, lines, uk_place_names, words
from anonymiser.text.document import Document
from anonymiser.text.recognisers import anchor_scan, korean_names
from anonymiser.text.recognisers.line_start import LineStartPattern
from anonymiser.text.recognisers.not_names import not_initials, not_name_words
from anonymiser.text.recognisers.person_cues import ACTION_VERBS, LO, ROLE_WORDS, UP
from anonymiser.text.recognisers.person_names import VERB_WORD_NAMES, given_name_words, is_given_name, lower_case_use
from anonymiser.text.spans import Span, entity_key
from anonymiser.text.wordtrie import trie_pattern

# A capitalised word standing alone: not glued to a letter, digit, hyphen, dot, slash or @ on either side.
# (it starts with the capital so ``re`` skips ahead to one; the look-behind then checks the character before it)
_CANDIDATE = re.compile(rf"[{UP}](?<![\w'\u2019.@/&-].)[{LO}]+(?:-[{UP}][{LO}]+)?(?![\w'\u2019@/&-])")
# The word before, in the lower-cased text: cue words, one per line, longest first.
_STRONG_CUES = ("thanks to", "thank you to", "especially", "credit to", "kudos to", "shout-out to", "shout out to",
                "congratulations to", "congrats to", "grateful to", "well done to")
_WEAK_CUES = ("emailing", "e-mailing", "email", "mention", "mentioning", "ask", "asking", "ping", "cc", "also",
              "and", "with", "when", "to", "on", "from", "by", "for", "tell", "told", "message", "call", "calling",
              "contact", "contacting", "thank", "thanks", "praise", "including", "like", "&")
_PAIR_CUES = frozenset(_STRONG_CUES) | {"and", "&"}
_CUE_LAST_WORDS = frozenset(cue.rsplit(None, 1)[-1] for cue in _STRONG_CUES + _WEAK_CUES)
_PAIR_CUE_ENDS = tuple({cue.rsplit(None, 1)[-1] for cue in _PAIR_CUES})
_CUE_BEFORE = re.compile(rf"(?:^|[^\w-])(?P<cue>{trie_pattern(_STRONG_CUES + _WEAK_CUES)}),?[ \t]+$")
# Verbs after the name (a person does these): past tenses and third persons of everyday work.
_VERBS = trie_pattern(
    """said says asked asks explained explains added adds noted notes told tells recalled argued insisted agreed
    suggested suggests noticed spotted found finds wrote writes replied joked reckons admitted admits laughs laughed
    warned warns proposed proposes confirmed confirms who kept keeps took takes built builds made makes gave gives
    sent sends ran runs led leads owned owns handled handles checked checks moved moves brought brings joined joins
    left leaves set sets showed shows spent spends wanted wants tried tries did does has had is was will would can
    could should might may must came comes went goes got gets knows knew thought thinks felt feels looked looks
    started starts stepped steps helped helps worked works designed designs managed manages fixed fixes rebuilt
    reviewed reviews approved approves trained trains taught teaches pushed pushes""".split()
)
_ACTION_VERBS = trie_pattern(ACTION_VERBS)
# What may follow a name: a verb, a preposition phrase ("in QA", "on my team", "from the automation team",
# "at Ulster", "by name"), "and" with another capitalised word, an adverb in -ly, or punctuation.
_AFTER = re.compile(
    rf",?[ \t]+(?:{_VERBS}\b|(?:and|or|&)[ \t]+[{UP}]|(?:in|from|on|at|of)[ \t]+(?:the[ \t]+|my[ \t]+|our[ \t]+|their[ \t]+|his[ \t]+|her[ \t]+)?"
    rf"(?:[A-Z]{{2,}}\b|[A-Z][a-z]|[a-z]+[ \t]+team\b|team\b)|(?:at|from)[ \t]+the[ \t]+[a-z]|by[ \t]+name\b|for[ \t]+(?:the|his|her|their|a|all)\b|[a-z]+ly\b)"
    rf"|[ \t]*(?:[,;:!?)]|\.(?:[ \t]|$)|$|\u2014|\u2013)",
    re.MULTILINE,
)
_VERB_AFTER = re.compile(
    rf"(?:[ \t]+(?:on|in)[ \t]+(?:my|our|his|her|their|the)[ \t]+team|[ \t]+in[ \t]+[A-Z]{{2,}})?,?[ \t]+{_VERBS}\b")
# (past tenses and "says": "Grace notes" is music, "Will confirmed" is no modal)
_SPEECH_AFTER = re.compile(r",?[ \t]+(?:said|says|asked|explained|noted|added|told|wrote|replied|agreed|suggested|joked|"
                           r"recalled|laughed|confirmed|admitted|argued|insisted|warned|reckons|remembers|recalls)\b")
# Asking or telling someone something: the cue before the name, what is asked after it ("ask Bola about", "tell Wale to").
_ASKING_CUES = frozenset({"ask", "asking", "tell", "told", "ping", "message", "call", "calling"})
_ASKED_AFTER = re.compile(r"[ \t]+(?:about|to|if|whether|re|for|when|how|what|why)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]|[-*\u2022>#]|\d[.)])[ \t\"'\u201c\u2018(]*$")
_CAPITALISED_BEFORE = re.compile(rf"[{UP}][\w'\u2019.-]*[ \t]+$")
_CAPITALISED_AFTER = re.compile(rf"[ \t]+(?:[{UP}]|\d)")


@cache
def never_names() -> frozenset[str]:
    """Capitalised words that are not a person alone: places of the gazetteers, trade words, acronyms."""
    organisations = {line.lower() for line in lines("organisations.txt")}
    return frozenset(uk_place_names() | organisations | not_name_words() | {w.lower() for w in not_initials()} | {
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "slide", "page", "table", "figure", "step", "phase",
        "price", "brand"})  # (a price list's or a launch plan's sentence: "Price agreed under the scheme")


class GivenNameAloneRecogniser:
    name = "given_name_alone"

    def find(self, doc: Document) -> Iterator[Span]:
        text, lowered = doc.text, doc.lower
        never, surnames, word_names = never_names(), words("surname_words.txt"), given_name_words()
        for match in _CANDIDATE.finditer(text):
            start, end = match.span()
            word = match.group()
            lower = word.lower()
            if lower in never:
                continue
            if lower in word_names:
                if reason := _word_name(doc, start, end):
                    yield Span(start, end, "person", self.name, 0.75, "Person", entity_key(word), reason)
                continue
            if lower in surnames:
                if reason := _surname_word(doc, start, end):
                    yield Span(start, end, "person", self.name, 0.75, "Person", entity_key(word), reason)
                continue
            known = is_given_name(word)
            before = lowered[max(0, start - 30):start]
            if not known and not before.rstrip(", \t").endswith(_PAIR_CUE_ENDS):
                continue  # (cheap tests first: most capitalised words stop here)
            stripped = before.rstrip(", \t")
            cue = _CUE_BEFORE.search(before) if stripped[stripped.rfind(" ") + 1:] in _CUE_LAST_WORDS else None
            if not known and not (cue and cue.group("cue") in _PAIR_CUES):
                continue
            if not cue and _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) and not _SENTENCE_START.search(before):
                continue  # part of a longer name or title the person recogniser reads
            if _CAPITALISED_AFTER.match(text, end):
                continue
            reason = self._reason(doc, start, end, known, cue.group("cue") if cue else None, before)
            if reason and not lower_case_use(text, word):
                yield Span(start, end, "person", self.name, 0.75, "Person", entity_key(word), reason)
        if "-" in text:
            yield from self._korean(doc)
        if ":" in text:
            yield from self._weekday_names(doc)
        if "," in text:
            yield from self._listed(doc)
        yield from self._lower_case(doc)

    def _weekday_names(self, doc: Document) -> Iterator[Span]:
        """A weekday as a given name ("Sunday", "Monday", as Nigerian families give them) before a surname, the two
        filling a field that names a person: "Caller: Sunday Okafor", "Opened by: Monday Adeyemi" (not "Due: Monday
        12 May", "Next review: Friday")."""
        for match in _WEEKDAY_THEN_NAME.finditer(doc.text):
            if match.group("surname").lower() not in english_words() \
                    and _PERSON_FIELD_BEFORE.search(doc.lower, max(0, match.start() - 24), match.start()):
                yield Span(*match.span("day"), "person", self.name, 0.75, "Person", entity_key(match.group()),
                           "A weekday as a given name before a surname, in a field of a person")

    def _korean(self, doc: Document) -> Iterator[Span]:
        """A Korean given name alone ("Jun-seo", "Seo-yeon"), hyphened as it is romanised, where a known given name
        would be taken: "Jun-seo (nights) reported", "ask Jun-seo about the label"."""
        text, lowered = doc.text, doc.lower
        for match in korean_names.HYPHENED.finditer(text):
            start, end = match.span()
            if not korean_names.korean_given(match.group()) or _CAPITALISED_AFTER.match(text, end):
                continue  # (before a surname: the person recogniser's "Jun-seo Park")
            before = lowered[max(0, start - 30):start]
            cue = _CUE_BEFORE.search(before)
            if not cue and _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) and not _SENTENCE_START.search(before):
                continue  # (after a surname: "Tak Seo-yun")
            if reason := self._reason(doc, start, end, True, cue.group("cue") if cue else None, before):
                yield Span(start, end, "person", self.name, 0.75, "Person", entity_key(match.group()), reason)

    @staticmethod
    def _lower_case(doc: Document) -> Iterator[Span]:
        """A given name written in lower case after a word that asks or thanks someone, as notes and chats
        write them: "ring kofi re drawings", "ask hal", "1:1 w/ leanne", "thanks priya"."""
        never = never_names()
        for match in anchor_scan.finditer(_LOWER_CUED, doc, doc.lower):
            start, end = match.span("name")
            name = doc.text[start:end]
            if not name.islower() or name in never or name in given_name_words() or name in english_words():
                continue
            if is_given_name(name.capitalize()):
                yield Span(start, end, "person", "given_name_alone", 0.7, "Person", entity_key(name),
                           "Given name in lower case after a word that asks or thanks someone")

    def _listed(self, doc: Document) -> Iterator[Span]:
        """Everyone in a list of three or more people by given name when most of the list are known given
        names: "(Dave, Sunny, Marcia, Tom)", "Team: Rhiannon, Kwame, Ewa and Paddy", "(Bishop, Li Na, Hope, Joe B)"."""
        never = never_names()
        for listing in _NAME_LIST.finditer(doc.text):
            items = list(_LIST_ITEM.finditer(doc.text, listing.start("list"), listing.end("list")))
            known = sum(is_given_name(item.group("first")) for item in items)
            if known < 2 or known * 5 < len(items) * 3:
                continue
            for item in items:
                first = item.group("first")
                if first.lower() not in never and not lower_case_use(doc.text, first):
                    yield Span(item.start(), item.end(), "person", self.name, 0.75, "Person", entity_key(item.group()),
                               "Name in a list of given names")

    @staticmethod
    def _reason(doc: Document, start: int, end: int, known: bool, cue: str | None, before: str) -> str | None:
        text = doc.text
        if known and _VERB_AFTER.match(text, end):
            return "Given name before a verb"
        if known and _ROLE_AFTER.match(text, end):
            return "Given name before a role in brackets or an action"
        if known and _TEAM_AFTER.match(text, end):
            return "Given name before a team or a shift"
        if known and cue in _ASKING_CUES and _ASKED_AFTER.match(text, end):
            return "Given name after a cue word"  # ("Ask Bola about the torque check", "tell Wale to sign")
        if cue is None or not _AFTER.match(text, end):
            return None
        if known and not _SENTENCE_START.search(before):
            return "Given name after a cue word"
        if cue in _STRONG_CUES or before.endswith(" and ") or before.endswith(" & "):
            pair = _PAIR_AFTER.match(text, end) or _PAIR_BEFORE.search(text, max(0, start - 60), start)
            if pair and cue_of_pair(doc, pair, start):
                return "Given name in a pair after thanks"
        return None


_ITEM = rf"[{UP}][{LO}]+(?:[ \t][{UP}](?:[{LO}]+|\.)?)?"
_LOWER_CUED = anchor_scan.registered(re.compile(
    trie_pattern('ask asked ring rang call ping pinged email emailed tell told cc w/ thanks thx cheers ta chase chased '
                 'remind reminded with'.split(), not_after=r"[\w-]") +
    r"[ \t]+(?P<name>[a-z]{3,15})(?:['\u2019]s)?(?![\w@./-])"))
_NAME_LIST = LineStartPattern.either("", r"[(:\u2013\u2014][ \t]*",
                                     rf"(?P<list>{_ITEM}(?:,[ \t]*{_ITEM}){{2,}}(?:,?[ \t]+(?:and|&)[ \t]+{_ITEM})?)"
                                     rf"(?=[ \t]*(?:\)|$|[.;]))", re.MULTILINE)
_LIST_ITEM = re.compile(rf"(?P<first>[{UP}][{LO}]+)(?:[ \t][{UP}](?:[{LO}]+|\.)?)?")
_PAIR_AFTER = re.compile(rf"[ \t]+(?:and|&)[ \t]+(?P<other>[{UP}][{LO}]+)(?![\w'\u2019-])")
_PAIR_BEFORE = re.compile(rf"(?P<other>[{UP}][{LO}]+)[ \t]+(?:and|&)[ \t]+$")
_THANKS_BEFORE = re.compile(rf"(?:{trie_pattern(_STRONG_CUES)}),?[ \t]+$")


# A note's or a quotation's signature after a dash: '... is it 417 or 4l7?? - Pearl"', '"She never missed." - Pearl, Stores'.
_SIGN_OFF_BEFORE = re.compile(r"[.!?\"\u201d)][ \t]+[-\u2013\u2014][ \t]*$")
_SIGN_OFF_AFTER = re.compile(r"[ \t]*(?:[\"\u201d][ \t]*)?(?:\n|$)|,[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*(?:[.(\n]|$)")


def _word_name(doc: Document, start: int, end: int) -> str | None:
    """Why a given name that is also a word ("Will", "Rose", "Dawn") is a person here, if it is: a verb
    of speech after it ("Will said"), or a capital in mid-sentence ("ask Will about it", "thanks,
    Rose!") — a word is written in lower case there, a name is not."""
    text = doc.text
    if _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) or _CAPITALISED_AFTER.match(text, end):
        return None  # part of a longer name or title ("Will Bishop" is the person recogniser's; "Hope Street")
    if _SPEECH_AFTER.match(text, end):
        return "Given name that is also a word, before a verb of speech"
    if _SIGN_OFF_BEFORE.search(text, max(0, start - 8), start) and _SIGN_OFF_AFTER.match(text, end):
        return "Given name that is also a word, signing a note after a dash"
    if _TEAM_AFTER.match(text, end):
        return "Given name that is also a word, before a team or a shift"
    if text[start:end].lower() not in words("word_names.txt"):
        return None  # ("Five", "Major", "Can" in mid-sentence name no one)
    lower = text[start:end].lower()
    if _ROSTER_BEFORE.search(doc.lower, max(0, start - 24), start) and _ROSTER_ITEM_END.match(text, end) \
            and lower not in _MODALS:
        return "Given name that is also a word, in a field of people"
    if _ROLE_IN_BRACKETS.match(text, end):
        return "Given name that is also a word, before a role in brackets"
    if _TASK_AFTER.match(text, end) and lower not in _WISHES and lower not in VERB_WORD_NAMES:
        return "Given name that is also a word, before a task of work"
    before = doc.lower[max(0, start - 30):start]
    if _SENTENCE_START.search(before) or _word_of_a_line(text, before, end) or _DETERMINER_BEFORE.search(before) \
            or text.startswith(("-", "'", '"', "\u2019", "\u201d"), end):
        return None
    return "Given name that is also a word, written with a capital in mid-sentence"


def _surname_word(doc: Document, start: int, end: int) -> str | None:
    """Why a common surname that is also a word ("Bishop", "Turner") is a person here, if it is: a verb or a
    role in brackets after it ("Bishop thinks", "Bishop (shift engineer)"), or a capital in mid-sentence
    ("please thank Bishop")."""
    text = doc.text
    if _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) or _CAPITALISED_AFTER.match(text, end) \
            or lower_case_use(text, text[start:end]):
        return None
    if _VERB_AFTER.match(text, end) or _ROLE_AFTER.match(text, end) or _TEAM_AFTER.match(text, end):
        return "Common surname before a verb, a role or a team"
    before = doc.lower[max(0, start - 30):start]
    if _SENTENCE_START.search(before) or _word_of_a_line(text, before, end) or _DETERMINER_BEFORE.search(before) \
            or text.startswith(("-", "'", '"', "\u2019", "\u201d"), end):
        return None
    return "Common surname written with a capital in mid-sentence"


# "Jess (night shift radiochemist)", "Bishop (shift engineer; ...)", "Rose (B shift)", "Tom to build a report".
_ROLE_AFTER = re.compile(rf"[ \t]+\((?:[a-z]|[A-Z][ \t]+[a-z]|[A-Z]{{2,}}\b)|[ \t]+to[ \t]+(?:{_ACTION_VERBS})\b")
# (the surname ends the field)
_WEEKDAY_THEN_NAME = re.compile(r"(?<![\w-])(?P<day>(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day)"
                                r"[ \t]+(?P<surname>[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?)(?=[ \t]*(?:$|[,;<(]))", re.MULTILINE)
_PERSON_FIELD_BEFORE = re.compile(r"\b(?:caller|requester|requestor|reporter|assignee|owner|from|to|cc|trainer|trainee|"
                                  r"(?:opened|raised|reported|resolved|closed|approved|reviewed|signed|updated)[ \t]+by|"
                                  r"assigned[ \t]+to)[ \t]*:[ \t]*$")
# A field that lists or names people, a common name that is a word first after its colon: "cc: Mercy, Wren",
# "Attendees: Hope, Faith, Kwabena", "Trainer: Wren" (the name ending the item: no other word after it).
# ("to:" only as a mail's header, first on its line: "RAG status changed to: Amber" is a value, not an addressee)
_ROSTER_BEFORE = re.compile(r"(?:^[ \t]*to|\b(?:cc|bcc|attendees|attendance|present|apologies|attending|invitees|participants|"
                            r"assignee|assigned[ \t]+to|reporter|owner|trainer|trainee|assessor|reviewer|approver|"
                            r"witness|buddy|mentor|handover[ \t]+to))[ \t]*:[ \t]*$", re.MULTILINE)
# (a modal is no one in a field either: "Trainer: Will" left unfinished)
_MODALS = frozenset({"will", "may", "can"})
_ROSTER_ITEM_END = re.compile(r"[ \t]*(?:[,;&]|\band\b|$)", re.MULTILINE)
# A common name that is a word, then the person's role or shift in brackets: "Rose (days supervisor)", "Wren (packaging
# lead)", "Faith (nights)"; not "Hope (see below)".
_ROLE_IN_BRACKETS = re.compile(
    r"[ \t]+\((?:[^()\n]{0,30}?[ \t/-])?(?:" + "|".join(sorted(ROLE_WORDS)) +
    r"|operator|technician|planner|trainer|trainee|apprentice|contractor|shift|nights|days|lates|earlies|team[ \t]+leader)s?\)")
# Then a task of work, as an action list or a chat's plan gives one: "Faith will send the plates", "Wren to brief days",
# "Mercy can check the log" (a work verb: "Grace will be needed" is no one's).
_TASK_AFTER = re.compile(rf"[ \t]+(?:will|to|can|could|should|must)[ \t]+(?:{_ACTION_VERBS})\b")
# ("Hope to check the roll" is the writer's hope as often as a person's task)
_WISHES = frozenset({"hope"})
# "Sunny from QA", "Sunny on B shift", "Grant in comms", "Wren in planning", "Gemma at reception": someone of a team.
_TEAM_AFTER = re.compile(
    r"[ \t]+(?:in|from|on|at)[ \t]+(?:the[ \t]+)?(?:(?:QA|QC|IT|OT|HR|EHS|MSAT|R&D|[A-D])[ \t]+shift\b|(?:QA|QC|IT|OT|HR|EHS|MSAT)\b"
    r"|(?:comms|communications|security|planning|engineering|finance|procurement|purchasing|maintenance|production|"
    r"quality|validation|automation|stores|warehouse|logistics|reception|packing|packaging|microbiology|chemistry|"
    r"facilities|utilities|nights|days|lates|earlies|payroll|legal|regulatory|operations|the[ \t]+lab|goods[ \t]+in)\b)")
# "the Grace period", "our Hope" are words; so is a compound ("Will-power"), a quoted word ('"Lean"'), a table
# cell's first word ("| Grant requested |", "£1.2m    Grant requested:"), and a line's first word before a lower-case
# one ("\nWill my hon. Friend give way?", "\nGrant drawdown to date") — not one standing alone ("\nRose - Caxton").
_CELL_OR_QUOTE_BEFORE = re.compile(r"(?:[|\"'\u2018\u201c\t]|  )[ \t]*$")
_LINE_START_BEFORE = re.compile(r"\n[ \t]*$")
_LOWER_CASE_WORD_AFTER = re.compile(r"[ \t]+[a-z]")


def _word_of_a_line(text: str, before: str, end: int) -> bool:
    """Whether a word is a cell's, a quote's, or a line's first word before a lower-case one: as capitalised there
    as at a sentence's start."""
    return bool(_CELL_OR_QUOTE_BEFORE.search(before)
                or _LINE_START_BEFORE.search(before) and _LOWER_CASE_WORD_AFTER.match(text, end))
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|our|their|this|that|each|every|no|any|your|my|its)[ \t]+$")


def cue_of_pair(doc: Document, pair: re.Match[str], start: int) -> bool:
    """Whether a pair of single names ("Mahnoor and Ferdia") follows a word of thanks."""
    first = min(start, pair.start("other"))
    other = pair.group("other")
    return (other.lower() not in never_names() and bool(_AFTER.match(doc.text, pair.end("other")))
            and not lower_case_use(doc.text, other)
            and bool(_THANKS_BEFORE.search(doc.lower, max(0, first - 30), first)))


RECOGNISER = GivenNameAloneRecogniser()
