"""A system's or a project's code name written in capitals in a sentence: "the TARNWICK approval mails", "logged in
ORRELBY as received", "support for the GLASSWEIR rollout".

Prose writes an acronym in capitals (MSAT, CMMS) and a word it stresses ("do NOT", "REQUIRED"); a word in capitals
that is neither, an everyday noun of five letters or more that the text writes so twice and never in lower case
("the HERON rollout ... HERON"), or a coined word that can be said ("GLASSWEIR", "SABREVANE"), is the name a site gave
its system, project or line. Not an acronym the trade knows, a status (GREEN, PASSED), a deviation's class (MAJOR), a
word stressed once ("the WHOLE line"), a keyword of code (SELECT, USING), a given name, a place, a vendor.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from anonymiser.text.data import english_words, surnames, uk_place_names, words, world_surnames
from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.recognisers.organisation_suffix import generic_words
from anonymiser.text.recognisers.person_names import is_given_name, lower_case_use
from anonymiser.text.recognisers.word_as_name import habitual_words
from anonymiser.text.spans import entity_key

# (after a word in lower case and one space, on a line that goes on in lower case or ends: not a heading)
_CAPITALS = re.compile(r"[A-Z](?<=[a-z] [A-Z])[A-Z]{4,13}(?=[ ,.;:)!?]+[^A-Z\s]|[ ,.;:)!?]*(?:\n|$))")
# Statuses, stressed words and keywords of code that a sentence writes in capitals.
_NOT_NAMES = frozenset("""red amber green pass fail passed failed open closed live done complete completed pending
    major minor critical whole today final first last every again asap still really
    approved rejected none null true false yes note warning error urgent please only never must not always
    select where from join using like order group update delete insert values table between retry return exit
    stop goto else then begin call loop break continue""".split())
# (a name is a noun: a word in capitals with an adjective's or a verb's ending is stressed, "AVAILABLE", "BLOCKED")
_DESCRIBING_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ed", "ing", "ible", "able", "ent", "ant", "id", "ly", "ept")
_VOWELS = frozenset("AEIOUY")
_MIN_WORD = 5
_MIN_COINED = 6


@cache
def _known() -> frozenset[str]:
    return (_NOT_NAMES | {w.lower() for w in words("known_acronyms.txt")} | uk_place_names() | habitual_words()
            | generic_words())


def sayable(word: str) -> bool:
    """A coined word that can be said, as a name is ("SABREVANE", "TERNSAY"), not an acronym read letter by letter
    ("RMSEP", "EPCIS"): six letters or more, a quarter to three fifths of them vowels, no four consonants running."""
    vowels = sum(letter in _VOWELS for letter in word)
    return (len(word) >= _MIN_COINED and 0.25 <= vowels / len(word) <= 0.6
            and re.search(r"[^AEIOUY]{4}", word) is None)


# The word before, written with a capital ("Tobiloba ADEBANJO": a given name no list knows and a surname in capitals,
# as minutes print a name; the pattern's look-behind sees only that word's last letter).
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z'\u2019-]* $")


def _after_a_name(text: str, start: int) -> bool:
    """Whether a given name or a capitalised word no dictionary knows stands just before ``start`` ("Tobiloba
    ADEBANJO"; not "The VELLORAN migration", "Phase VELLORAN")."""
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if before is None:
        return False
    word = before.group().rstrip()
    return is_given_name(word) or word.lower() not in english_words()


def _a_code_name(match: re.Match[str], doc: Document) -> bool:
    word = match.group()
    lower = word.lower()
    if lower in _known() or is_given_name(word.capitalize()):
        return False
    if _after_a_name(doc.text, match.start()):
        return False
    # (Speed: the text's own use of the word in lower case, a scan of its words, read after the cheap tests)
    if lower in english_words():
        # (a word stressed once is no name: a code name of an everyday word recurs, "the HERON rollout ... HERON")
        return len(word) >= _MIN_WORD and not lower.endswith(_DESCRIBING_ENDINGS) \
            and not lower_case_use(doc.text, word) and _recurs(doc.text, word)
    if _a_surname(lower) and not _called_a_project(word, doc):
        return False  # ("the report from HENDERSON": a person's name in capitals, unless called a project)
    return sayable(word) and not lower_case_use(doc.text, word)


# A status report's heading or row: a project's name in capitals leading its line, then a dash, a colon or a cell's bar,
# and a RAG status on the line ("PLOVER – tech transfer (AMBER)", "GODWIT: on track", "| RAZORBILL | Green |"): even an
# everyday word so written is the project's code name, and a coined word in title case ("Ternsay – on track"). Not a
# dimension the report rates ("SCHEDULE – AMBER", "Resourcing – amber").
_RAG_LINE = re.compile(r"^[ \t]*(?:[-*\u2022|][ \t]*)?(?P<n>[A-Z](?:[A-Z]{3,14}|[a-z]{3,14}))[ \t]*(?:[\u2013\u2014:|]|-(?=[ \t]))[^\n]{0,160}?"
                       r"\b(?:RED|AMBER|GREEN|[Rr]ed|[Aa]mber|[Gg]reen|[Oo]n[ \t]track|[Oo]ff[ \t]track|[Aa]t[ \t]risk)\b",
                       re.MULTILINE)
# A glossary's row or a list's entry: a word in capitals, then what it is, a system or a project ("| BLUEBELL | The old
# batch review tool |", "SKUA: our label printing system"): the name a site gave its own thing.
_DEFINED = re.compile(r"^[ \t]*(?:[-*\u2022|][ \t]*)?(?P<n>[A-Z][A-Z]{3,14})[ \t]*(?:[|\t:\u2013\u2014]|[ ]-[ ])[ \t]*"
                      r"(?i:the|our|an?|old)(?:[ \t]+[\w'-]+){0,5}?[ \t]+(?:tool|system|platform|database|spreadsheet|app|application|"
                      r"dashboard|portal|software|robot|project|programme)\b", re.MULTILINE)
_RATED = frozenset("""overall status schedule budget scope quality resource resources risk risks issue issues cost costs
    timeline summary health progress delivery benefits people safety compliance finance financials milestone milestones
    dependencies actions decisions rag trend previous current project projects programme workstream workstreams
    portfolio total plan forecast staffing supply regulatory validation technical commercial operations observation
    observations finding findings recommendation recommendations comment comments note notes
    maintenance warehouse contracts contract spares procurement purchasing recruitment hr engineering production
    manufacturing packaging logistics facilities utilities security audit audits capa deviations documentation
    suppliers supplier vendors inventory stock equipment capex opex sales marketing legal hse ehs environment health
    calibration qualification laboratory lab labs automation digital infrastructure network hardware software data
    reporting sustainability energy waste water site sites headcount overtime absence morale communications
    stakeholders governance change changes interfaces testing migration cutover deployment design build installation
    commissioning handover hypercare support staff shipping distribution customers complaints returns recalls
    labelling artwork serialisation stability batches release releases orders backlog spend savings capacity yield
    downtime training hiring cleaning housekeeping""".split())


def _a_rated_project(match: re.Match[str], doc: Document) -> bool:
    word = match.group("n")
    if not _rated_name_shape(word, doc):
        return False
    lower = word.lower()
    if lower in english_words():
        # (an everyday word leading a status line names a project where the text says so: it is declared, called a
        # project, written in capitals again, or leads its line among code names that are ("GODWIT: on track" beside
        # "KESTREL – tech transfer" where KESTREL is declared); else it is what the line rates, "SPARES – amber")
        return match.re is _DEFINED or _named_a_project(word, doc) or any(
            other != word and _named_a_project(other, doc) for other in _rag_names(doc))
    if _a_surname(lower):
        return _called_a_project(word, doc)  # ("HENDERSON – on track": the owner of the line's work)
    return True


def _rated_name_shape(word: str, doc: Document) -> bool:
    """A name leading a status line as a project's would: not a word the report rates, a status, an acronym, a given
    name, a word the text writes in lower case."""
    lower = word.lower()
    if not word.isupper() and (lower in english_words() or doc.text.count(word) < 2 and not sayable(word.upper())):
        return False  # (a coined name in title case, "Ternsay – on track"; "Resourcing – amber" rates a dimension)
    return not (lower in _known() or lower in _RATED or is_given_name(word.capitalize()) or lower_case_use(doc.text, word)
                or lower in english_words() and lower.endswith(_DESCRIBING_ENDINGS))


@lru_cache(maxsize=8)
def _rag_lines(text: str) -> tuple[str, ...]:
    return tuple(m.group("n") for m in _RAG_LINE.finditer(text))


def _rag_names(doc: Document) -> tuple[str, ...]:
    """The names leading the text's status lines that read as projects' by their shape."""
    return tuple(name for name in _rag_lines(doc.text) if _rated_name_shape(name, doc))


def _named_a_project(word: str, doc: Document) -> bool:
    """Whether the text says ``word`` (leading a status line) names a project: a coined word, declared, called a project,
    or written in capitals twice."""
    lower = word.lower()
    if lower not in english_words() and not _a_surname(lower):
        return word.isupper() or sayable(word.upper())
    return _called_a_project(word, doc) or word.isupper() and _recurs(doc.text, word) and not _a_surname(lower)


def _called_a_project(word: str, doc: Document) -> bool:
    """Declared, or written as a project's name: "Project Gannet", "the GANNET programme", "GANNET go-live"."""
    lower = word.lower()
    return any(entity_key(term) == lower for term in doc.terms) or _PROJECT_CALLED.search(doc.text, word) is not None


class _ProjectCalled:
    """``search(text, word)``: "project WORD", "WORD programme", "WORD rollout" … in any case."""

    @staticmethod
    @lru_cache(maxsize=256)
    def _pattern(word: str) -> re.Pattern[str]:
        w = re.escape(word)
        return re.compile(rf"(?i:\b(?:project|programme|program|proj\.?|operation|workstream)[ \t]+{w}\b"
                          rf"|\b{w}[ \t]+(?:project|programme|program|workstream|roll-?out|go-?live|cut-?over|wave|phase|"
                          rf"pilot|steering|sprint|team|initiative)\b)")

    def search(self, text: str, word: str) -> re.Match[str] | None:
        return self._pattern(word).search(text)


_PROJECT_CALLED = _ProjectCalled()


def _a_surname(lower: str) -> bool:
    """A surname the census or the world lists know that is no English word: a person's in capitals ("HENDERSON")."""
    return (lower in surnames() or lower in world_surnames()) and lower not in english_words()


def _validate(match: re.Match[str], doc: Document) -> bool:
    return _a_rated_project(match, doc) if match.re is _RAG_LINE or match.re is _DEFINED else _a_code_name(match, doc)


def _recurs(text: str, word: str) -> bool:
    """Whether ``word`` in capitals stands in ``text`` twice or more as a whole word."""
    return len(re.findall(rf"(?<![A-Za-z]){word}(?![A-Za-z])", text)) >= 2


# (a lower-case letter, a space and five capitals: led by the space, which ``re`` skips ahead to, not by a class of
# letters tried at every letter of the text)
_CAPITALS_AFTER_LOWER = re.compile(r" (?<=[a-z] )[A-Z]{5}")
# A status word, and a kind of thing a site names, in any case: "(?i:amber|green|red|on track|off track|at risk)" and
# "(?i:tool|system|platform|database|spreadsheet|app|dashboard|portal|software|robot|project|programme)", led by the
# class of their first letters (the long s "\u017f" is an "s" in any case), which ``re`` skips ahead to, each
# alternative looking behind at its letter: led by alternatives in any case, they were tried at every position.
_RAG_HINT = re.compile(r"[AaGgRrOo](?i:(?<=[Aa])mber|(?<=[Gg])reen|(?<=[Rr])ed|(?<=[Oo])n track|(?<=[Oo])ff track"
                       r"|(?<=[Aa])t risk)")
_DEFINED_HINT = re.compile(r"[TtSs\u017fPpDdAaRr](?i:(?<=[Tt])ool|(?<=[Ss])ystem|(?<=[Pp])latform|(?<=[Dd])atabase"
                           r"|(?<=[Ss])preadsheet|(?<=[Aa])pp|(?<=[Dd])ashboard|(?<=[Pp])ortal|(?<=[Ss])oftware"
                           r"|(?<=[Rr])obot|(?<=[Pp])roject|(?<=[Pp])rogramme)")

RECOGNISER = PatternRecogniser(
    name="code_name_capitals",
    category="product",
    label="Project",
    reason="A system's or project's code name written in capitals",
    validate=_validate,
    patterns=(Pattern(_CAPITALS, 0.7, 0, requires=_CAPITALS_AFTER_LOWER),
              Pattern(_RAG_LINE, 0.75, "n", requires=_RAG_HINT), Pattern(_DEFINED, 0.7, "n", requires=_DEFINED_HINT)),
)
