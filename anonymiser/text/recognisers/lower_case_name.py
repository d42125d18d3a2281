"""Given names typed in lower case, where chat, transcripts, hurried notes and e-mails put a person: after a greeting
or a word of thanks ("morning hefin", "nice one alwyn", "sorry islwyn"), after a word that hands something to someone
("spoke to conall", "told tinashe", "msg'd laoise"), opening a message before what they do or are ("orville fixed the
seal", "tanveer you around?", "tejinder's off sick", "emlyn + hefin did the CIP"), or alone on the line that signs a
message off ("cheers\\nhefin", "-orville").

Only a known given name that is no English word, no given name that is also a word ("will", "rose", "amber": such
words stay), no contraction written without its apostrophe ("theres"), no place, trade word or small word of another
language. Speaker labels ("murdo:") are ``speaker_label``'s, log-ins ``login_name``'s.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.languages import function_words
from anonymiser.text.recognisers.given_name_alone import never_names
from anonymiser.text.recognisers.line_start import LineStartPattern
from anonymiser.text.recognisers.person_names import given_name_words, is_given_name
from anonymiser.text.recognisers.spoken_name import CONTRACTIONS
from anonymiser.text.recognisers.word_as_name import habitual_words
from anonymiser.text.spans import REVIEW, Span, entity_key

NAME = "lower_case_name"
# (led by its first letter, which ``re`` skips ahead to, the characters before it looked behind at: led by the
# look-behinds, the scan was tried at every position of a text)
_WORD = re.compile(r"[a-z](?<![\w'\u2019@.][a-z])(?<![\w.]-[a-z])[a-z]{2,14}(?![\w@-])")
# The words before a name: greetings, thanks, and words that hand a thing to someone.
_CUE_BEFORE = re.compile(
    r"(?:^|[^\w'-])(?:hi|hey|ok|okay|owner:|assignee:|reviewer:|cover:|by|hiya|morning|evening|afternoon|night|sorry|thanks|thank[ \t]+you|thx|ta|cheers|nice[ \t]+one|"
    r"good[ \t]+shout|great[ \t]+work|well[ \t]+done|bye|cc|ping|pinged|tell|told|ask|asked|msg'?d|messaged|texted|rang|"
    r"spoke[ \t]+to|speak[ \t]+to|talk[ \t]+to|talked[ \t]+to|over[ \t]+to|left[ \t]+(?:a[ \t]+)?(?:msg|message|vm)[ \t]+for|"
    r"waiting[ \t]+on|chase|chased|per|w/|with|from|and|\+|&)[ \t]*,?[ \t]*$")
# What a name opening a message does or is: "orville fixed", "tanveer you around?", "sukhdev is doing nights".
_DOES_AFTER = re.compile(
    r"(?:['\u2019]s\b|[ \t]+(?:is|was|has|had|can|could|will|would|did|does|said|says|sent|fixed|done|covering|"
    r"off|on|in|to|you|pls|please|and|\+|&|-|asked|told|rang|called|phoned|emailed|checked|signed|swapped|"
    r"found|made|took|left|came|went|got|wants|needs|reckons|thinks|knows|back|here|out)\b|[ \t]*[,?!]|[ \t]+[-+&])")
# The start of a message: a line's start, after a time, a bullet or a quote mark.
_MESSAGE_START = re.compile(r"(?:^|\n)[ \t]*(?:\[?\d{1,2}[:.]\d{2}(?::\d{2})?\]?[ \t]*)?(?:[-*>\u2022][ \t]*)?$")
# A sign-off before a name alone on its line: "thanks", "cheers", "regards", "best", "ta", "x".
_SIGN_OFF_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:(?:many[ \t]+|kind[ \t]+|best[ \t]+)?(?:thanks|thx|ta|cheers|regards|best|wishes|np)[ \t]*[,!.]?"
    r"[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[-x\u2013][ \t]*)?|(?:[-\u2013][ \t]*|x[ \t]+))$", re.IGNORECASE)
_LINE_END = re.compile(r"[ \t.!]*(?:\n|$)")


class LowerCaseNameRecogniser:
    name = NAME

    def find(self, doc: Document) -> Iterator[Span]:
        text = doc.text
        if '"' in text or "\u201c" in text:
            for m in _ROLE_AND_QUOTED.finditer(text):
                name = m.group("name")
                if is_given_name(name.capitalize()) and name not in never_names() and name not in function_words() \
                        and not doc.foreign.in_foreign(m.start()):
                    yield Span(m.start("name"), m.end("name"), "person", NAME, 0.75, "Person", entity_key(name),
                               "Given name in lower case quoted after the role of the person it names")
        if ":" in text:
            yield from _roster(doc)
        names: set[str] = set()
        unknown: set[str] = set()
        for word in set(_WORD.findall(text)):
            if (kind := _kind(word)) == _NAME:
                names.add(word)
            elif kind == _UNKNOWN:
                unknown.add(word)
        if not names and not unknown:
            return
        last = -1  # (where the last name found ends: "urszula (days), danuta (nights)" lists them)
        for match in _words_among(text, names | unknown):
            word = match.group()
            if word not in names:
                if word in unknown and not doc.foreign.in_foreign(match.start()) \
                        and _strongly_cued(text, match.start(), match.end()):
                    yield Span(match.start(), match.end(), REVIEW, NAME, 0.5, "Person", entity_key(word),
                               "Possibly a person's name in lower case after a greeting or thanks: check it before "
                               "publishing.")
                continue
            start, end = match.span()
            if doc.foreign.in_foreign(start):
                continue
            if text[start - 1:start] in ("/", "\\"):
                reason = _path_reason(text, end)
            elif text[end:end + 1] in ("/", "\\") or text[end:end + 1] == "." and text[end + 1:end + 2].isalpha():
                continue  # (a path's or a host's first part: "tejinder.log" is read after its "/")
            elif last >= 0 and _LISTED.fullmatch(text, last, start):
                reason = "Given name in lower case listed after another"
            else:
                reason = _reason(text, start, end)
            if reason:
                last = end
                yield Span(start, end, "person", NAME, 0.7, "Person", entity_key(word), reason)


_FEW_WANTED = 24


def _words_among(text: str, wanted: set[str]) -> list[re.Match[str]]:
    """``_WORD``'s matches in ``text`` that are among ``wanted``, in order: each word's places found by ``str.find`` and
    matched there. (A match of ``_WORD`` is a whole word, whatever stands before it, so none hides another; most of a
    text's words are wanted by none, and a scan of them all, one by one, was most of this recogniser's time.)"""
    if len(wanted) > _FEW_WANTED:
        # (each word's search reads the whole text: with many words wanted, as in a long text of unfamiliar words, one
        # scan of every word is linear where a search per word grows with the text's length times their number)
        return [match for match in _WORD.finditer(text) if match.group() in wanted]
    found: list[re.Match[str]] = []
    for word in wanted:
        at = text.find(word)
        while at >= 0:
            if (match := _WORD.match(text, at)) is not None and match.end() == at + len(word):
                found.append(match)
            at = text.find(word, at + 1)
    found.sort(key=lambda match: match.start())
    return found


# A given name in lower case quoted after the role of whom it names, as notes typed live quote what was said: 'found by
# operator "sonny" on lates', 'the engineer, "dougie", reset it' (a given name that is a word too: the quotes and the
# role say it is what someone is called). (Led by the role's first letter, the word's start looked behind at.)
_ROLE_AND_QUOTED = re.compile(
    r"[oeatscfd](?<![\w'-].)(?:(?<=o)perator|(?<=e)ngineer|(?<=a)nalyst|(?<=t)echnician|(?<=t)ech|(?<=s)upervisor|"
    r"(?<=s)hift[ \t]+lead|(?<=t)eam[ \t]+leader|(?<=c)olleague|(?<=c)ontractor|(?<=f)itter|(?<=e)lectrician|(?<=d)river|"
    r"(?<=a)ssistant|(?<=c)hemist)s?,?[ \t]+[\"\u201c](?P<name>[a-z]{3,15})[\"\u201d]")
# Who was there, listed in lower case after their line's word, as notes typed live list them: "present: ifor, torben k,
# wren, yi-fen, tavish, ingvar (vendor, remote)", "panel: ifan, bronach + me". (Read by its line breaks.)
_ROSTER = LineStartPattern.of(
    r"[ \t>*-]*(?i:present|attendees|attending|attendance|apologies|absent|panel|participants|invitees|on[ \t]+the[ \t]+call|"
    r"in[ \t]+the[ \t]+room|dialled[ \t]+in|dial-in)[ \t]*:(?P<list>[^\n]{3,300})")
_ROSTER_ITEM = re.compile(r"(?:^|[,;+&/]|\band\b)[ \t]*(?P<item>(?P<name>[a-z][a-z'\u2019]*(?:-[a-z]+)?)(?:[ \t](?P<initial>[a-z])\.?)?)"
                          r"[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*(?=[,;+&/]|\band\b|$)")
# Who a roster lists that is nobody's name: "present: everyone, the QA team, me".
_NOT_ATTENDEES = frozenset("""me everyone everybody all team others rest us you whole guests visitors none nobody tbc tbd
    n/a na apologies chair host""".split())


def _roster(doc: Document) -> Iterator[Span]:
    """The names of a roster in lower case: each item a name given, of a word and perhaps an initial ("torben k"), when two
    of them at least, and half of them, are given names no dictionary lists ("ifor", "tavish", "ingvar"): then the others are
    names too, a word ("wren"), a hyphened name ("yi-fen") or one no list knows."""
    text = doc.text
    for line in _ROSTER.finditer(text):
        at = line.start("list")
        items = list(_ROSTER_ITEM.finditer(line.group("list")))
        if len(items) < 2 or doc.foreign.in_foreign(at):
            continue
        sure = sum(1 for item in items if _a_given_name(item.group("name")))
        if sure < 2 or sure * 2 < len(items):
            continue
        for item in items:
            name = item.group("name")
            parts = name.split("-")
            if name in _NOT_ATTENDEES or name in function_words() or name in never_names() or name in CONTRACTIONS \
                    or any(len(part) < 2 for part in parts) or _a_department(name):
                continue
            yield Span(at + item.start("item"), at + item.end("item"), "person", NAME, 0.7, "Person", entity_key(name),
                       "Given name in lower case in a list of who was there")


def _a_department(word: str) -> bool:
    """A department's or a trade's word ("maintenance", "qa", "stores"), or a longer dictionary word that is no given
    name ("planning", "purchasing"): who a roster lists as a team, not a person. (A short word may be a name: "wren".)"""
    return word in habitual_words() or len(word) >= 6 and word in english_words() and not is_given_name(word.capitalize())


# Words of chat that no dictionary lists: "btw", "pls", "asap".
_CHAT_WORDS = frozenset("""btw fyi asap pls plz thx thnx lol tbh imo imho atm eod eow cob ooo wfh tbc tba idk cya gonna
    wanna gotta yall hiya heya yep yup nope nah okey okie tmrw tmw tomoz cheers guys peeps folks mate hun babe""".split())
# A greeting, thanks or a word that hands a thing to someone just before: the strong cues alone.
_STRONG_CUE_BEFORE = re.compile(
    r"(?:^|[^\w'-])(?:hi|hey|hiya|morning|sorry|thanks|thank[ \t]+you|thx|ta|cheers|nice[ \t]+one|well[ \t]+done|cc|"
    r"ping|told|ask|asked|msg'?d|messaged|texted|rang|spoke[ \t]+to|speak[ \t]+to)[ \t]*,?[ \t]*$")


def _strongly_cued(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 30):start]
    return bool((_STRONG_CUE_BEFORE.search(before) or _SIGN_OFF_BEFORE.search(before)) and _LINE_END_OR_WORD.match(text, end))


# (what may follow: the line's end, punctuation, or a word, but not another word in the same breath of a phrase
# ending in "-ing": the check is only that it ends a word)
_LINE_END_OR_WORD = re.compile(r"[ \t]*(?:[,.!?:;)]|\n|$|[ \t][a-z])")


@lru_cache(maxsize=65536)
def _no_known_word(word: str) -> bool:
    """A lower-case word of four letters or more that no dictionary, name list or list of the trade knows: "wyng"."""
    return (len(word) >= 4 and word not in english_words() and not is_given_name(word.capitalize())
            and word not in never_names() and word not in function_words() and word not in CONTRACTIONS
            and word not in _CHAT_WORDS and word not in given_name_words())


_NAME, _UNKNOWN = 1, 2


@lru_cache(maxsize=65536)
def _kind(word: str) -> int:
    """``_NAME`` for ``_a_given_name``, ``_UNKNOWN`` for ``_no_known_word`` (none is both), 0 for neither: one look-up
    per word of a text."""
    return _NAME if _a_given_name(word) else _UNKNOWN if _no_known_word(word) else 0


@lru_cache(maxsize=65536)  # (the same words recur on every page)
def _a_given_name(word: str) -> bool:
    return (is_given_name(word.capitalize()) and word not in english_words() and word not in given_name_words()
            and word not in never_names() and word not in function_words() and word not in CONTRACTIONS)


# Between two names of a list: "urszula (days), danuta", "emlyn / hefin".
_LISTED = re.compile(r"[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*(?:,|and|&|\+|/)[ \t]*")
# A name in brackets labelling what follows: "comment (orville):", "speaker 1 (tormod):".
_BRACKETED_LABEL = re.compile(r"\)[ \t]*:")
# A folder or a file named after a person in a path: "\\Validation\\murdo\\IQ", "/ekow/old", "/tejinder.log".
_PATH_AFTER = re.compile(r"[/\\]|\.(?:log|txt|docx?|xlsx?|csv|pdf)\b")


def _path_reason(text: str, end: int) -> str | None:
    return "Given name in lower case naming a folder or a file" if _PATH_AFTER.match(text, end) else None


# A word broken by a hyphen at the line's end before it: "arriv-\n  ing" is no name opening a line.
_BROKEN_BEFORE = re.compile(r"[A-Za-z]-[ \t]*\n[ \t]*$")


def _reason(text: str, start: int, end: int) -> str | None:
    if _BROKEN_BEFORE.search(text, max(0, start - 12), start):
        return None
    if text[start - 1:start] == "(" and _BRACKETED_LABEL.match(text, end):
        return "Given name in lower case in brackets labelling a line"
    before = text[max(0, start - 40):start]
    if _CUE_BEFORE.search(before):
        return "Given name in lower case after a greeting, thanks or a word that hands a thing to someone"
    if _MESSAGE_START.search(before) and _DOES_AFTER.match(text, end):
        return "Given name in lower case opening a message"
    if _SIGN_OFF_BEFORE.search(before) and _LINE_END.match(text, end):
        return "Given name in lower case signing a message off"
    return None


RECOGNISER = LowerCaseNameRecogniser()
