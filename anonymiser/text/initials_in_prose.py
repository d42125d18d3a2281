"""Where initials learned for someone in one place of a text (a sign-off column, a list of who was present, an action
list) stand for that person in its prose too: as the subject of what a person says or feels ("AB very cross about
the delay", "XQ disagrees, see the log"), after a word of approval or a field that takes initials ("Approved ZW, XQ.",
"Minutes: XQ", "per AB the supplier is late", "agreed with XQ in Jan"), in brackets before more ("(XQ, draft)"), quoted alone ('wrote "AB" on
the board'), signing after a sentence ("... once the spares arrive.  - ZW"), or joined to another in a cell ("XQ +
ZW on site").

Initials the first pass read as someone's only in an action list, and initials made from a name that are also an
acronym of the trade ("PV", "IP"), are taken elsewhere only in such places (``learned_aliases``): "the PV
system", "IP address" and "at 40% RH" stay. Initials written with a lower-case letter inside ("JdQ", "RMcK") are no
word and no acronym: they are the person wherever they stand alone.
"""
from __future__ import annotations

import re

# What a person says, thinks or feels, after their initials as a sentence's subject.
_PERSON_VERBS = (r"(?:agrees|agreed|agree|disagrees|disagreed|disagree|asked|asks|confirmed|confirms|said|says|wants|wanted|thinks|"
                 r"thought|reckons|feels|felt|suggested|suggests|proposed|proposes|explained|mentioned|objected|"
                 r"prefers|preferred|offered|offers|replied|replies|argued|argues|accepted|accepts|rejected|insisted|"
                 r"promised|warned|very|not[ \t]+happy|unhappy|happy|keen|frustrated|concerned|worried|"
                 r"declared|rang|phoned|emailed|spoke|chaired|scored|interviewed|"
                 # (and what a record's hand does: "ZQK added the date", "ZQ corrected the entry")
                 r"added|entered|recorded|corrected|initialled|countersigned|re-signed|back-entered|"
                 r"(?:did|does|do|will|would|could|can|has|had|was|is)(?:[ \t]+not|n't)|won't|can't|cannot)(?![\w'])")
# A line's or a sentence's start (after a bullet or an item's number).
# (or a clause's, after "and" or "but": "... led the questions and XQ did not score")
_SENTENCE_START = re.compile(r"(?:(?:^|\n|[.!?;:][ \t]+|(?:->|=>|\u2192)[ \t]*)[ \t]*(?:[-*\u2022][ \t]*|\d{1,2}[.)][ \t]+)?"
                             r"|[\w,)][ \t]+(?:and|but)[ \t]+)$")
# (with another's initials joined on: "TQ and XW agree")
_SUBJECT_AFTER = re.compile(rf"(?:[ \t]+(?:and|&)[ \t]+[A-Z](?:[a-z]?[A-Z]){{1,3}})?[ \t]+{_PERSON_VERBS}")
# A word of approval or a field that takes initials, just before them.
# (or after others' initials listed after it: "Approved ZW, XQ.")
_APPROVAL_BEFORE = re.compile(r"(?<![\w-])(?i:agreed|approved|initialled|initialed|signed|notes|minutes|reviewed|checked|"
                              r"verified|witnessed)(?:[ \t]+by)?[ \t]*:?[ \t]+"
                              r"(?:[A-Z](?:[a-z]?[A-Z]){1,3}(?:,[ \t]*|[ \t]+and[ \t]+))*$")
_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:)\]|]|$)", re.MULTILINE)
# "per AB": whose word it is.
_PER_BEFORE = re.compile(r"(?<![\w-])(?i:per)[ \t]+$")
_FREE_AFTER = re.compile(r"(?![\w/-]|\.\w)")
# Who something was agreed or talked over with: "agreed with XQ in Jan", "checked it with XQ", "spoke to XQ".
_TALKED_WITH_BEFORE = re.compile(r"(?<![\w-])(?i:agreed|spoke|spoken|talked|checked|discussed|confirmed|met|escalated|"
                                 r"raised|clarified)(?:[ \t]+(?:it|this|that))?[ \t]+(?:with|to)[ \t]+$")
_BRACKET_BEFORE = re.compile(r"\($")
_COMMA_AFTER = re.compile(r",[ \t]")
_QUOTE_BEFORE = re.compile(r"[\"'\u201c\u2018]$")
_CLOSING = {'"': '"', "'": "'", "\u201c": "\u201d", "\u2018": "\u2019"}
_SIGN_OFF_BEFORE = re.compile(r"[.!?)][ \t]+[-\u2013\u2014][ \t]*$")
# A correction or a note signed inside its quotes or brackets: '"wrong time - ZQ"', "(weight re-checked - ZQ)".
_NOTE_SIGN_BEFORE = re.compile(r"\w[ \t]+[-\u2013\u2014][ \t]*$")
_NOTE_END = re.compile(r"[\"\u201d)]")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
_CELL_START = re.compile(r"(?:^|\n|\t|  |\|)[ \t]*$")
_JOINED_AFTER = re.compile(r"[ \t]*\+[ \t]*[A-Z]")
# Initials with a particle's lower-case letter inside: "JdQ", "RMcK", "DdV".
_PARTICLE_SHAPE = re.compile(r"[A-Z](?:[a-z]{1,2}[A-Z]|[A-Z])*[a-z]{1,2}[A-Z](?:[a-z]{1,2}[A-Z]|[A-Z])*")


def stands_for_someone(text: str, start: int, end: int) -> bool:
    """Whether the initials at ``start:end`` stand alone for someone in prose (see the module's docstring)."""
    window = max(0, start - 40)
    if _SENTENCE_START.search(text, window, start) and _SUBJECT_AFTER.match(text, end):
        return True
    if _APPROVAL_BEFORE.search(text, window, start) and _CLAUSE_END.match(text, end):
        return True
    if (_PER_BEFORE.search(text, window, start) or _TALKED_WITH_BEFORE.search(text, window, start)) \
            and _FREE_AFTER.match(text, end):
        return True
    if start and _BRACKET_BEFORE.search(text, start - 1, start) and _COMMA_AFTER.match(text, end):
        return True
    if start and (quote := _QUOTE_BEFORE.search(text, start - 1, start)) and text[end:end + 1] == _CLOSING[quote.group()]:
        return True
    if _SIGN_OFF_BEFORE.search(text, window, start) and _LINE_END.match(text, end):
        return True
    if _NOTE_SIGN_BEFORE.search(text, window, start) and _NOTE_END.match(text, end):
        return True
    return bool(_CELL_START.search(text, window, start) and _JOINED_AFTER.match(text, end))


def particle_initials(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start:end`` is initials with a particle's lower-case letter inside ("JdQ", "RMcK"),
    no word or acronym, standing alone (not "JdQ-2", a code)."""
    return (bool(_PARTICLE_SHAPE.fullmatch(text, start, end)) and _FREE_AFTER.match(text, end) is not None
            and not (start and text[start - 1] in _JOINERS))


_JOINERS = frozenset("-/._\\")
